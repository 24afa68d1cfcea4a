#include <gtest/gtest.h>

#include <string>

#include "parse/raw_text.h"

namespace clearsource {
namespace {

TEST(ParseRawTextTest, ElidesScriptAndStyleBodiesKeepingTags) {
  EXPECT_EQ(ElideRawText("<p>a</p><script>var x = '<p>';</script><style>p{}</style><p>b</p>"),
            "<p>a</p><script></script><style></style><p>b</p>");
  EXPECT_EQ(ElideRawText("<SCRIPT type=text/javascript>x()</SCRIPT >"),
            "<SCRIPT type=text/javascript></SCRIPT >");
}

TEST(ParseRawTextTest, KeepsJsonDataBlocksAndEscapedScripts) {
  std::string ld = R"(<script type="application/ld+json">{"headline":"x"}</script>)";
  EXPECT_EQ(ElideRawText(ld), ld);
  std::string escaped = "<script><!--<script>a</script>b--></script>";
  EXPECT_EQ(ElideRawText(escaped), escaped);
}

TEST(ParseRawTextTest, NeverTouchesTextOutsideScripts) {
  // "<script>" inside comments, attribute values and RCDATA/RAWTEXT elements is not a tag.
  for (const char* html : {
           "<!-- <script> --><p>kept</p><!-- </script> -->",
           R"(<div title="<script>">kept</div><p title='</script>'>kept too</p>)",
           "<textarea><script>kept</textarea><p>after</p>",
           "<title>a <script> b</title><p>after</p>",
           "<noscript><script>x</script><img src=a.jpg></noscript>",
           "<svg><foreignObject><p>html</p></foreignObject></svg>",
       }) {
    EXPECT_EQ(ElideRawText(html), html) << html;
  }
}

TEST(ParseRawTextTest, NestedSvgKeepsTheOuterOne) {
  // The outer svg is tokenized as usual; the inner one, simple, loses its body.
  EXPECT_EQ(ElideRawText("<svg><svg><path d='M0'/></svg><text>t</text></svg>"),
            "<svg><svg></svg><text>t</text></svg>");
}

TEST(ParseRawTextTest, ElidesSimpleInlineSvg) {
  EXPECT_EQ(ElideRawText("<a><svg viewBox='0 0 1 1'><path d='M0 0L1 1'/></svg>Share</a>"),
            "<a><svg viewBox='0 0 1 1'></svg>Share</a>");
}

TEST(ParseRawTextTest, CollapsesIndentationBetweenTagsOutsidePre) {
  EXPECT_EQ(
      ElideRawText("<div>\n    <p>a</p>\n    <p>b</p>  <b>c</b>\t\t<i>d</i> <u>e</u>\n</div>"),
      "<div>\n<p>a</p>\n<p>b</p> <b>c</b> <i>d</i> <u>e</u>\n</div>");
  // Text is never touched, only runs of white space with a tag on both sides.
  EXPECT_EQ(ElideRawText("<p>a    b</p>"), "<p>a    b</p>");
  // Inside <pre> and <listing> white space is content, up to the matching end tag.
  for (const char* html : {
           "<pre><code>\n  <b>if</b> (x)\n    <i>y</i>();\n</code></PRE >",
           "<pre>a<pre>  <b>x</b>  </pre>  <b>y</b></pre>",
           "<listing>  <b>x</b>  </listing>",
           "<textarea>  <b>x</b>  </textarea>",
       }) {
    EXPECT_EQ(ElideRawText(html), html) << html;
  }
  EXPECT_EQ(ElideRawText("<pre>  <b>x</b>  </pre>  <b>y</b>"), "<pre>  <b>x</b>  </pre> <b>y</b>");
}

TEST(ParseRawTextTest, UnterminatedConstructsAreSafe) {
  // An unclosed script swallows the rest of the page either way.
  EXPECT_EQ(ElideRawText("<p>x<script>never closed"), "<p>x<script>");
  EXPECT_EQ(ElideRawText("<!-- open comment <script>"), "<!-- open comment <script>");
  EXPECT_EQ(ElideRawText("<div class=\"open"), "<div class=\"open");
  EXPECT_EQ(ElideRawText("<"), "<");
  EXPECT_EQ(ElideRawText(""), "");
}

}  // namespace
}  // namespace clearsource
