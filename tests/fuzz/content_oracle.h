// An independent check of the core's sanitized `content`: it is re-parsed the way the reader view
// does it (a browser HTML parser, `<body>` + content) and every element, attribute and URL of the
// resulting tree is judged against this file's own allowlist and browser-style URL rules. It
// shares no code with core/src/clean/sanitize.cc on purpose: a bug there must not hide here.
// Header-only: used by the libFuzzer harness (tests/fuzz) and the security unit tests
// (tests/core/security_*_test.cc).
#ifndef CLEARSOURCE_TESTS_FUZZ_CONTENT_ORACLE_H_
#define CLEARSOURCE_TESTS_FUZZ_CONTENT_ORACLE_H_

#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "gumbo.h"

namespace clearsource {
namespace oracle {

inline std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

template <size_t N>
inline bool OneOf(std::string_view s, const char* const (&list)[N]) {
  for (const char* item : list) {
    if (s == item) return true;
  }
  return false;
}

// The scheme a browser's URL parser finds: leading/trailing C0 controls and spaces are
// stripped, ASCII tab and newlines removed anywhere, then [alpha][alnum+-.]* followed by ':'.
// Returns "" for a relative URL.
inline std::string BrowserScheme(std::string_view value) {
  size_t b = 0, e = value.size();
  while (b < e && static_cast<unsigned char>(value[b]) <= 0x20) ++b;
  while (e > b && static_cast<unsigned char>(value[e - 1]) <= 0x20) --e;
  std::string s;
  for (size_t i = b; i < e; ++i) {
    if (value[i] != '\t' && value[i] != '\n' && value[i] != '\r') s.push_back(value[i]);
  }
  if (s.empty()) return "";
  auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
  if (!alpha(s[0])) return "";
  size_t i = 1;
  while (i < s.size() && (alpha(s[i]) || (s[i] >= '0' && s[i] <= '9') || s[i] == '+' ||
                          s[i] == '-' || s[i] == '.')) {
    ++i;
  }
  if (i >= s.size() || s[i] != ':') return "";
  return Lower(std::string_view(s).substr(0, i));
}

inline std::string_view TrimAscii(std::string_view s) {
  while (!s.empty() && static_cast<unsigned char>(s.front()) <= 0x20) s.remove_prefix(1);
  while (!s.empty() && static_cast<unsigned char>(s.back()) <= 0x20) s.remove_suffix(1);
  return s;
}

// Links may leave for the web or a mail/phone app, or jump inside the article.
inline bool SafeLink(std::string_view v) {
  std::string scheme = BrowserScheme(v);
  if (scheme.empty()) return !TrimAscii(v).empty() && TrimAscii(v)[0] == '#';
  return scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

// Media may load from the web or be an inline raster image.
inline bool SafeMedia(std::string_view v) {
  std::string scheme = BrowserScheme(v);
  if (scheme == "http" || scheme == "https") return true;
  if (scheme != "data") return false;
  std::string rest = Lower(TrimAscii(v).substr(5));
  for (const char* ok : {"image/png", "image/gif", "image/jpeg", "image/webp", "image/avif"}) {
    if (rest.compare(0, std::strlen(ok), ok) == 0) {
      char next = rest.size() > std::strlen(ok) ? rest[std::strlen(ok)] : ';';
      return next == ';' || next == ',';
    }
  }
  return false;
}

// Hosts whose players may be embedded (sandboxed) in the view.
inline bool VideoHost(std::string_view url) {
  std::string s = Lower(TrimAscii(url));
  size_t p = s.find("://");
  if (p == std::string::npos) return false;
  std::string scheme = s.substr(0, p);
  if (scheme != "https" && scheme != "http") return false;
  size_t start = p + 3;
  size_t end = s.find_first_of("/?#\\", start);
  std::string authority =
      s.substr(start, end == std::string::npos ? std::string::npos : end - start);
  if (authority.find('@') != std::string::npos) return false;
  size_t colon = authority.find(':');
  std::string host = authority.substr(0, colon);
  static const char* const kHosts[] = {
      "www.youtube.com",     "youtube.com",     "www.youtube-nocookie.com", "player.vimeo.com",
      "www.dailymotion.com", "dailymotion.com", "player.twitch.tv",         "v.qq.com",
      "player.bilibili.com", "archive.org",     "upload.wikimedia.org"};
  return OneOf(host, kHosts);
}

constexpr const char* kHtmlElements[] = {
    "html",       "head",    "body",  // implied by the re-parse
    "p",          "div",     "section",    "article", "h1",       "h2",      "h3",     "h4",
    "h5",         "h6",      "blockquote", "q",       "ul",       "ol",      "li",     "dl",
    "dt",         "dd",      "pre",        "code",    "kbd",      "samp",    "var",    "figure",
    "figcaption", "img",     "picture",    "source",  "table",    "thead",   "tbody",  "tfoot",
    "tr",         "th",      "td",         "caption", "colgroup", "col",     "a",      "em",
    "strong",     "b",       "i",          "u",       "s",        "sub",     "sup",    "small",
    "mark",       "abbr",    "cite",       "dfn",     "time",     "br",      "hr",     "del",
    "ins",        "details", "summary",    "video",   "audio",    "track",   "iframe", "wbr",
    "ruby",       "rt",      "rp",         "bdi",     "bdo",      "address",
};
constexpr const char* kMathElements[] = {
    "math",        "mi",         "mn",       "mo",      "ms",         "mtext",
    "mspace",      "mrow",       "mfrac",    "msqrt",   "mroot",      "mstyle",
    "merror",      "mpadded",    "mphantom", "mfenced", "menclose",   "msub",
    "msup",        "msubsup",    "munder",   "mover",   "munderover", "mmultiscripts",
    "mprescripts", "none",       "mtable",   "mtr",     "mtd",        "mlabeledtr",
    "semantics",   "annotation",
};
constexpr const char* kAttributes[] = {
    "lang",    "dir",      "title",   "href",  "src",    "srcset",   "alt",     "sizes",
    "width",   "height",   "type",    "media", "poster", "kind",     "srclang", "label",
    "colspan", "rowspan",  "headers", "scope", "abbr",   "span",     "start",   "reversed",
    "value",   "datetime", "cite",    "open",  "class",  "controls", "sandbox", "allowfullscreen",
    "loading",
};
constexpr const char* kMathAttributes[] = {
    "display",      "mathvariant", "mathsize",   "mathcolor",  "mathbackground", "dir",
    "fence",        "separator",   "stretchy",   "symmetric",  "largeop",        "movablelimits",
    "accent",       "accentunder", "lspace",     "rspace",     "linethickness",  "scriptlevel",
    "displaystyle", "columnalign", "rowalign",   "columnspan", "rowspan",        "notation",
    "open",         "close",       "separators", "encoding",
};

inline std::string ElementName(const GumboElement& e) {
  if (e.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(e.tag);
  GumboStringPiece piece = e.original_tag;
  gumbo_tag_from_original_text(&piece);
  return Lower(std::string_view(piece.data ? piece.data : "", piece.length));
}

inline void CheckAttribute(const std::string& element, bool math, const GumboAttribute& a,
                           std::vector<std::string>* problems) {
  std::string name = Lower(a.name);
  std::string_view value = a.value;
  auto bad = [&](const std::string& why) {
    problems->push_back("<" + element + " " + name + "=\"" + std::string(value) + "\">: " + why);
  };
  if (a.attr_namespace != GUMBO_ATTR_NAMESPACE_NONE) return bad("namespaced attribute");
  if (math) {
    if (!OneOf(name, kMathAttributes)) bad("attribute not allowed on MathML");
    return;
  }
  if (!OneOf(name, kAttributes)) return bad("attribute not allowed");
  if (name == "href") {
    if (element != "a") return bad("href outside <a>");
    if (!SafeLink(value)) bad("unsafe link URL");
  } else if (name == "cite") {
    if (!SafeLink(value)) bad("unsafe cite URL");
  } else if (name == "src" || name == "poster") {
    if (!SafeMedia(value)) bad("unsafe media URL");
    if (element == "iframe" && !VideoHost(value)) bad("iframe from a non-video host");
  } else if (name == "srcset") {
    // Candidates are "URL [descriptor]" separated by commas; check every URL-looking token.
    std::string_view rest = value;
    while (!rest.empty()) {
      size_t comma = rest.find(',');
      std::string_view part = TrimAscii(rest.substr(0, comma));
      size_t sp = part.find_first_of(" \t\n\f\r");
      std::string_view url = part.substr(0, sp);
      if (!url.empty() && !BrowserScheme(url).empty() && !SafeMedia(url)) {
        bad("unsafe srcset URL");
      }
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
  } else if (name == "class") {
    if (element != "code" && element != "pre") return bad("class outside code/pre");
    std::string v = Lower(value);
    size_t i = 0;
    while (i < v.size()) {
      size_t j = v.find_first_of(" \t\n\f\r", i);
      std::string token = v.substr(i, j == std::string::npos ? std::string::npos : j - i);
      if (!token.empty() && token.rfind("language-", 0) != 0 && token.rfind("lang-", 0) != 0) {
        bad("class other than a code language");
      }
      if (j == std::string::npos) break;
      i = j + 1;
    }
  } else if (name == "sandbox") {
    if (element != "iframe") return bad("sandbox outside iframe");
    std::string v = Lower(value);
    if (v.find("top-navigation") != std::string::npos || v.find("popups") != std::string::npos ||
        v.find("modals") != std::string::npos || v.find("forms") != std::string::npos) {
      bad("iframe sandbox too permissive");
    }
  }
}

// Returns the problems found in `content` (empty: the content is safe to show).
inline std::vector<std::string> CheckContent(std::string_view content) {
  std::vector<std::string> problems;
  std::string page = "<body>";
  page.append(content);
  page.append("</body>");
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
  std::vector<const GumboNode*> stack{out->document};
  while (!stack.empty()) {
    const GumboNode* node = stack.back();
    stack.pop_back();
    const GumboVector* children = nullptr;
    if (node->type == GUMBO_NODE_DOCUMENT) {
      children = &node->v.document.children;
    } else if (node->type == GUMBO_NODE_TEMPLATE) {
      problems.push_back("<template> in content");
      children = &node->v.element.children;
    } else if (node->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& e = node->v.element;
      std::string name = ElementName(e);
      bool math = e.tag_namespace == GUMBO_NAMESPACE_MATHML;
      if (e.tag_namespace == GUMBO_NAMESPACE_SVG) {
        problems.push_back("<" + name + "> (SVG) in content");
      } else if (math ? !OneOf(name, kMathElements) : !OneOf(name, kHtmlElements)) {
        problems.push_back("<" + name + "> in content");
      }
      if (name == "iframe" && !math) {
        bool sandboxed = false;
        for (unsigned i = 0; i < e.attributes.length; ++i) {
          auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
          if (Lower(a->name) == "sandbox") sandboxed = true;
        }
        if (!sandboxed) problems.push_back("<iframe> without sandbox");
      }
      for (unsigned i = 0; i < e.attributes.length; ++i) {
        CheckAttribute(name, math, *static_cast<const GumboAttribute*>(e.attributes.data[i]),
                       &problems);
      }
      children = &e.children;
    }
    if (children) {
      for (unsigned i = children->length; i-- > 0;) {
        stack.push_back(static_cast<const GumboNode*>(children->data[i]));
      }
    }
  }
  // The default allocator's destroy recurses; content depth is bounded by the core's nesting cap.
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return problems;
}

}  // namespace oracle
}  // namespace clearsource

#endif  // CLEARSOURCE_TESTS_FUZZ_CONTENT_ORACLE_H_
