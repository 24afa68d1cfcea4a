// The sanitizer's allowlist, checked on the core's output (Extract -> content) for each class of
// script vector: what must never come out, and the legitimate markup that must still come out.
// Every output is also judged by the independent oracle (tests/fuzz/content_oracle.h).
#include <gtest/gtest.h>

#include <cctype>
#include <string>

#include "clean/sanitize.h"
#include "clearsource/extract.h"
#include "security_util.h"

namespace clearsource {
namespace {

// A realistic article with `inner` between its paragraphs (and `head` in the head).
std::string Page(const std::string& inner, const std::string& head = "") {
  return "<!doctype html><html lang=en><head><title>Storm closes coastal road for a week</title>" +
         head +
         "</head><body><nav><a href=/>Home</a></nav><article><h1>Storm closes coastal road</h1>"
         "<p>The coastal road between Marsden and Holt will stay closed for at least a week after "
         "Saturday's storm washed away a section of the sea wall, the county council said on "
         "Monday, warning drivers to expect long diversions through the hills.</p>" +
         inner +
         "<p>Engineers said the repair would need a temporary steel barrier before the wall could "
         "be rebuilt, and that the work depended on calmer weather over the coming days, with "
         "more high tides forecast for the end of the month.</p></article></body></html>";
}

std::string Content(const std::string& inner, const std::string& head = "") {
  Result r = Extract(Page(inner, head), "https://coast-news.example/2025/road-closed");
  EXPECT_TRUE(r.status.ok()) << r.status.message;
  EXPECT_NE(r.text_content.find("Engineers said the repair"), std::string::npos) << r.content;
  for (const std::string& problem : oracle::CheckContent(r.content)) {
    ADD_FAILURE() << problem << "\nfrom: " << inner;
  }
  return r.content;
}

bool Has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

// An attribute named on* inside a tag (text such as " on Monday" does not count).
bool HasHandlerAttribute(const std::string& html) {
  bool in_tag = false;
  for (size_t i = 0; i < html.size(); ++i) {
    if (html[i] == '<') in_tag = true;
    if (html[i] == '>') in_tag = false;
    if (!in_tag || html.compare(i, 3, " on") != 0) continue;
    size_t k = i + 3;
    while (k < html.size() && isalpha(static_cast<unsigned char>(html[k]))) ++k;
    if (k < html.size() && html[k] == '=') return true;
  }
  return false;
}

TEST(SecuritySanitizerTest, ScriptElementsAreDroppedWithTheirText) {
  for (const char* v : {"<script>alert(1)</script>", "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
                        "<svg><script>alert(1)</script></svg>", "<script/x>alert(1)</script>",
                        "<noscript><script>alert(1)</script></noscript>"}) {
    std::string c = Content(v);
    EXPECT_FALSE(Has(c, "<script")) << v;
    EXPECT_FALSE(Has(c, "alert(1)")) << v << "\n" << c;
  }
}

TEST(SecuritySanitizerTest, EventHandlersAreDroppedOnEveryElement) {
  for (const char* tag :
       {"p",       "div",     "a",          "img",    "video",      "audio",   "source", "table",
        "td",      "li",      "blockquote", "figure", "figcaption", "h2",      "span",   "b",
        "details", "summary", "time",       "abbr",   "x-custom",   "section", "pre",    "code"}) {
    std::string v = std::string("<") + tag +
                    " src=\"https://coast-news.example/a.jpg\" onclick=alert(1) onerror=alert(2)"
                    " onmouseover=alert(3) onfocus=alert(4) autofocus>Handler text for " +
                    tag + "</" + tag + ">";
    std::string c = Content(v);
    EXPECT_FALSE(HasHandlerAttribute(c)) << v << "\n" << c;
    EXPECT_FALSE(Has(c, "autofocus")) << c;
  }
}

TEST(SecuritySanitizerTest, ScriptUrlsAreDroppedWhateverTheirSpelling) {
  for (const char* url : {"javascript:alert(1)", "JaVaScRiPt:alert(1)", "jav&#x09;ascript:alert(1)",
                          "jav&#x0A;ascript:alert(1)", "&#106;avascript:alert(1)",
                          "&#0000106&#0000097vascript:alert(1)", "javascript&colon;alert(1)",
                          " &#14; javascript:alert(1)", "vbscript:msgbox(1)",
                          "data:text/html,<script>alert(1)</script>",
                          "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
                          "data:image/svg+xml,<svg onload=alert(1)>", "data:image/pngx,a"}) {
    std::string v = std::string("<p>See <a href=\"") + url + "\">the map</a> and <img src=\"" +
                    url + "\" alt=\"map\"> and <video poster=\"" + url + "\" src=\"" + url +
                    "\"></video></p>";
    std::string c = Content(v);
    EXPECT_FALSE(Has(c, "href=")) << url << "\n" << c;
    EXPECT_FALSE(Has(c, "src=")) << url << "\n" << c;
    EXPECT_FALSE(Has(c, "poster=")) << url << "\n" << c;
    EXPECT_TRUE(Has(c, "the map")) << c;
  }
}

TEST(SecuritySanitizerTest, SafeUrlsAreKeptAbsolute) {
  std::string c = Content(
      "<p>See <a href=\"/maps/road\">the map</a>, <a href=\"mailto:desk@coast-news.example\">mail"
      "</a> and <img src=\"/img/wall.jpg\" alt=\"wall\" srcset=\"/img/wall-2x.jpg 2x, "
      "javascript:alert(1) 3x\"></p>");
  EXPECT_TRUE(Has(c, "href=\"https://coast-news.example/maps/road\"")) << c;
  EXPECT_TRUE(Has(c, "href=\"mailto:desk@coast-news.example\"")) << c;
  EXPECT_TRUE(Has(c, "src=\"https://coast-news.example/img/wall.jpg\"")) << c;
  EXPECT_TRUE(Has(c, "srcset=\"https://coast-news.example/img/wall-2x.jpg 2x\"")) << c;
}

TEST(SecuritySanitizerTest, SrcdocAndNonPlayerIframesAreDropped) {
  std::string c = Content(
      "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>"
      "<iframe src=\"https://evil.example/?u=//www.youtube.com/embed/x\"></iframe>"
      "<iframe src=\"https://www.youtube.com@evil.example/embed/x\"></iframe>"
      "<iframe src=\"javascript:alert(1)//www.youtube.com/\"></iframe>"
      "<iframe src=\"https://evil.example/\"></iframe>");
  EXPECT_FALSE(Has(c, "<iframe")) << c;
  EXPECT_FALSE(Has(c, "srcdoc")) << c;
}

TEST(SecuritySanitizerTest, VideoPlayersStaySandboxedWithoutSrcdoc) {
  std::string c = Content(
      "<iframe src=\"https://www.youtube.com/embed/abc\" srcdoc=\"<script>alert(1)</script>\" "
      "onload=alert(1) allow=\"camera\" sandbox=\"allow-top-navigation\"></iframe>");
  ASSERT_TRUE(Has(c, "<iframe src=\"https://www.youtube.com/embed/abc\"")) << c;
  EXPECT_TRUE(Has(c, "sandbox=\"allow-scripts allow-same-origin allow-presentation\"")) << c;
  EXPECT_FALSE(Has(c, "srcdoc")) << c;
  EXPECT_FALSE(Has(c, "top-navigation")) << c;
  EXPECT_FALSE(Has(c, "camera")) << c;
  EXPECT_TRUE(IsAllowedEmbedUrl("https://player.vimeo.com/video/1"));
  EXPECT_FALSE(IsAllowedEmbedUrl("https://player.vimeo.com.evil.example/video/1"));
  EXPECT_FALSE(IsAllowedEmbedUrl("https://evil.example/player.vimeo.com/"));
  EXPECT_FALSE(IsAllowedEmbedUrl("http://www.youtube.com@evil.example/"));
  EXPECT_FALSE(IsAllowedEmbedUrl("javascript://www.youtube.com/%0aalert(1)"));
}

TEST(SecuritySanitizerTest, BaseAndMetaRefreshNeverReachTheOutputOrItsUrls) {
  std::string c = Content(
      "<base href=\"https://other.example/\"><p>A <a href=\"x\">relative</a></p>"
      "<meta http-equiv=refresh content=\"0;url=javascript:alert(1)\">",
      "<base href=\"javascript:alert(1)//\">"
      "<meta http-equiv=refresh content=\"0;url=https://evil.example/\">");
  EXPECT_FALSE(Has(c, "<base")) << c;
  EXPECT_FALSE(Has(c, "<meta")) << c;
  EXPECT_FALSE(Has(c, "javascript")) << c;
  EXPECT_FALSE(Has(c, "refresh")) << c;
}

TEST(SecuritySanitizerTest, FormsAndTheirActionsAreDropped) {
  std::string c = Content(
      "<form action=\"javascript:alert(1)\"><p>Sign up for our newsletter about the coast road "
      "repairs and other local news.</p><input name=email><button formaction=javascript:alert(2)>"
      "Go</button><input type=image formaction=javascript:alert(3)></form>"
      "<button form=f formaction=javascript:alert(4)>x</button><isindex "
      "action=javascript:alert(5)>");
  for (const char* bad : {"<form", "<input", "<button", "action", "<isindex", "alert("}) {
    EXPECT_FALSE(Has(c, bad)) << bad << "\n" << c;
  }
}

TEST(SecuritySanitizerTest, SvgIsDroppedAndMathMlKeepsOnlyPresentation) {
  std::string c = Content(
      "<svg onload=alert(1)><animate onbegin=alert(2) attributeName=x dur=1s/>"
      "<set attributeName=onmouseover to=alert(3)/><a xlink:href=\"javascript:alert(4)\">"
      "<text>svg text</text></a><foreignObject><img src=x onerror=alert(5)></foreignObject></svg>"
      "<p>The formula <math display=block href=\"javascript:alert(6)\" onclick=alert(7)><mi>a</mi>"
      "<mo>+</mo><mi xlink:href=\"javascript:alert(8)\">b</mi><annotation-xml "
      "encoding=\"text/html\">"
      "<img src=x onerror=alert(9)></annotation-xml><maction actiontype=statusline>m</maction>"
      "<mglyph src=x></mglyph></math> was shown.</p>");
  for (const char* bad : {"<svg", "animate", "<set", "foreignObject", "xlink", "href", "onclick",
                          "annotation-xml", "maction", "mglyph", "onerror", "alert("}) {
    EXPECT_FALSE(Has(c, bad)) << bad << "\n" << c;
  }
  EXPECT_TRUE(Has(c, "<math display=\"block\"><mi>a</mi><mo>+</mo><mi>b</mi>")) << c;
}

TEST(SecuritySanitizerTest, CssVectorsAreDropped) {
  std::string c = Content(
      "<style>@import 'javascript:alert(1)'; p{behavior:url(x.htc)}</style>"
      "<p style=\"background:url(javascript:alert(2));width:expression(alert(3))\">Styled "
      "paragraph about the diversion through the hills and the villages on the way.</p>"
      "<div style=\"-moz-binding:url(x.xml#x)\">bound</div><link rel=stylesheet href=x.css>");
  for (const char* bad :
       {"<style", "style=", "expression", "url(", "behavior", "<link", "@import"}) {
    EXPECT_FALSE(Has(c, bad)) << bad << "\n" << c;
  }
  EXPECT_TRUE(Has(c, "Styled paragraph")) << c;
}

TEST(SecuritySanitizerTest, PluginsAndFramesAreDropped) {
  std::string c = Content(
      "<object data=\"javascript:alert(1)\"><param name=src value=javascript:alert(2)>fallback"
      "</object><embed src=\"data:image/svg+xml,<svg onload=alert(3)>\"><applet code=x>a</applet>"
      "<frameset><frame src=javascript:alert(4)></frameset>");
  for (const char* bad : {"<object", "<param", "<embed", "<applet", "<frame", "alert("}) {
    EXPECT_FALSE(Has(c, bad)) << bad << "\n" << c;
  }
}

TEST(SecuritySanitizerTest, TemplateNoscriptAndRawTextDifferentialsStayText) {
  std::string c = Content(
      "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">ns</p></noscript>"
      "<template><img src=x onerror=alert(2)></template>"
      "<p><abbr title=\"</abbr><img src=x onerror=alert(3)>\">RNLI</abbr> crews helped.</p>"
      "<xmp><img src=x onerror=alert(4)></xmp><textarea></textarea><img src=x onerror=alert(5)>"
      "</textarea><title><img title=\"</title><img src=x onerror=alert(6)>\"></title>"
      "<math><mtext><table><mglyph><style><img src=x onerror=alert(7)></style></mglyph></table>"
      "</mtext></math>");
  EXPECT_FALSE(Has(c, "<img src=x")) << c;
  EXPECT_FALSE(Has(c, "<template")) << c;
  EXPECT_FALSE(Has(c, "<noscript")) << c;
  EXPECT_FALSE(Has(c, "<style")) << c;
  // The abbr title survives, escaped: a re-parse reads it as an attribute value.
  EXPECT_TRUE(Has(c, "title=\"&lt;/abbr&gt;&lt;img src=x onerror=alert(3)&gt;\"")) << c;
}

TEST(SecuritySanitizerTest, AttributeBreakingCannotEscapeEscaping) {
  std::string c = Content(
      "<p>Quote: <img src=\"/a.jpg\" alt='\"><script>alert(1)</script>' title=\"&quot;&gt;&lt;"
      "svg onload=alert(2)&gt;\"> and <a href=\"https://example.org/?a=&quot;onmouseover=alert(3)"
      "\" title=`x`onmouseover=alert(4)>link</a>.</p>");
  for (const std::string& problem : oracle::CheckContent(c)) ADD_FAILURE() << problem;
  EXPECT_FALSE(Has(c, "<script")) << c;
  EXPECT_FALSE(Has(c, "<svg")) << c;
  EXPECT_TRUE(Has(c, "alt=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\"")) << c;
}

TEST(SecuritySanitizerTest, OnlyCodeLanguageClassesSurvive) {
  std::string c = Content(
      "<pre class=\"language-js cs-x1\tcs-y2\nlanguage-x&gt;y\"><code class=\"lang-c++ "
      "hljs\">int main() {\n  int gates = 12;\n  for (int g = 0; g < gates; ++g) raise(g);\n"
      "  return 0;\n}</code></pre><p class=\"cs-error\">Classes on prose are dropped.</p>");
  EXPECT_TRUE(Has(c, "<pre class=\"language-js\"><code class=\"lang-c++\">")) << c;
  EXPECT_FALSE(Has(c, "cs-")) << c;
  EXPECT_FALSE(Has(c, "hljs")) << c;
}

TEST(SecuritySanitizerTest, DomClobberingNamesAreDropped) {
  std::string c = Content(
      "<p id=\"cs-main\" name=\"body\">Clobbering <a id=\"getElementById\" name=\"location\" "
      "href=\"https://example.org/\">link</a> <img name=\"cookie\" id=\"defaultView\" "
      "src=\"/a.jpg\" alt=\"x\"> and <form id=chrome><input name=runtime></form>.</p>");
  EXPECT_FALSE(Has(c, " id=")) << c;
  EXPECT_FALSE(Has(c, " name=")) << c;
  EXPECT_FALSE(Has(c, "<form")) << c;
}

TEST(SecuritySanitizerTest, NulAndInvalidUtf8NeverBreakEscaping) {
  std::string v = std::string("<p>Null ") + '\0' + " byte <img src=x on" + '\0' +
                  "error=alert(1)> and \xed\xa0\x80 surrogate, \xff\xfe junk &#0; &#xD800; "
                  "&#99999999999; <scr" +
                  '\0' + "ipt>alert(2)</scr" + '\0' + "ipt></p>";
  std::string c = Content(v);
  EXPECT_EQ(c.find('\0'), std::string::npos);
  EXPECT_FALSE(Has(c, "error=")) << c;
  EXPECT_FALSE(Has(c, "<scr")) << c;
}

TEST(SecuritySanitizerTest, MediaUrlsNeedAnExactRasterType) {
  EXPECT_TRUE(IsSafeMediaUrl("data:image/png;base64,AAAA"));
  EXPECT_TRUE(IsSafeMediaUrl("data:image/jpeg,xyz"));
  EXPECT_FALSE(IsSafeMediaUrl("data:image/pngA"));
  EXPECT_FALSE(IsSafeMediaUrl("data:image/png"));
  EXPECT_FALSE(IsSafeMediaUrl("data:image/svg+xml,<svg/onload=alert(1)>"));
  EXPECT_FALSE(IsSafeMediaUrl("data:text/html,x"));
  EXPECT_FALSE(IsSafeMediaUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsSafeLinkUrl("javascript:alert(1)"));
  EXPECT_FALSE(IsSafeLinkUrl("data:text/html,x"));
  EXPECT_TRUE(IsSafeLinkUrl("#section-2"));
  EXPECT_TRUE(IsSafeLinkUrl("https://example.org/"));
}

}  // namespace
}  // namespace clearsource
