// Helpers for the security tests: the XSS fixture corpus (tests/fixtures/xss, same format and
// embedding as tests/fixtures/xss/vectors.mjs) and file reading.
#ifndef CLEARSOURCE_TESTS_CORE_SECURITY_UTIL_H_
#define CLEARSOURCE_TESTS_CORE_SECURITY_UTIL_H_

#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "../fuzz/content_oracle.h"
#include "gumbo.h"

namespace clearsource {
namespace security {

inline std::string FixturesDir() { return CLEARSOURCE_FIXTURES_DIR; }

inline std::string ReadFile(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

inline void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  for (size_t p = s->find(from); p != std::string::npos; p = s->find(from, p + to.size())) {
    s->replace(p, from.size(), to);
  }
}

inline std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

struct Vector {
  std::string id, family, place, html;
};
inline void PrintTo(const Vector& v, std::ostream* os) { *os << v.id; }

inline std::vector<Vector> LoadVectors() {
  std::vector<Vector> out;
  std::istringstream in(ReadFile(FixturesDir() + "/xss/vectors.txt"));
  std::string line;
  std::vector<std::string> lines;
  auto flush = [&]() {
    if (out.empty()) return;
    while (!lines.empty() && lines.back().empty()) lines.pop_back();
    std::string html;
    for (size_t i = 0; i < lines.size(); ++i) html += (i ? "\n" : "") + lines[i];
    out.back().html = html;
    lines.clear();
  };
  while (std::getline(in, line)) {
    if (line.rfind("=== ", 0) == 0) {
      flush();
      std::string_view rest = std::string_view(line).substr(4);
      Vector v;
      size_t a = rest.find('|'), b = rest.find('|', a + 1);
      v.id = std::string(Trim(rest.substr(0, a)));
      v.family = std::string(Trim(rest.substr(a + 1, b - a - 1)));
      v.place = std::string(Trim(rest.substr(b + 1)));
      out.push_back(v);
    } else if (!out.empty()) {
      lines.push_back(line);
    }
  }
  flush();
  return out;
}

inline std::string BuildPage(const Vector& v) {
  std::string page = ReadFile(FixturesDir() + "/xss/article.html");
  std::string html = v.html;
  ReplaceAll(&html, "XSSID", v.id);
  ReplaceAll(&html, "{{NUL}}", std::string(1, '\0'));
  ReplaceAll(&html, "PORT", "8080");
  auto put = [&](std::string_view marker, const std::string& text) {
    size_t p = page.find(marker);
    if (p != std::string::npos) page.replace(p, marker.size(), text);
  };
  if (v.place == "wrap") {
    size_t sep = html.find("\n---\n");
    put("<!--XSS:WRAP-OPEN-->", html.substr(0, sep));
    put("<!--XSS:WRAP-CLOSE-->", sep == std::string::npos ? "" : html.substr(sep + 5));
  } else {
    std::string marker = v.place == "head"         ? "<!--XSS:HEAD-->"
                         : v.place == "body-start" ? "<!--XSS:BODY-START-->"
                         : v.place == "paragraph"  ? "<!--XSS:PARAGRAPH-->"
                         : v.place == "body-end"   ? "<!--XSS:BODY-END-->"
                                                   : "<!--XSS:ARTICLE-->";
    put(marker, html);
  }
  return page;
}

// Same list as LEGIT_SENTENCES in tests/fixtures/xss/vectors.mjs.
inline const std::vector<std::string>& LegitSentences() {
  static const std::vector<std::string> kSentences = {
      "Councillors in Northbay voted by nine votes to two",
      "a row of steel gates that will rest on the harbour floor",
      "Residents of Quay Street, where water reached the first-floor windows",
      "Several said they had stopped keeping furniture downstairs altogether",
      "Engineers from the harbour authority told the meeting",
      "The two councillors who voted against the plan",
      "a detailed maintenance plan would be published before the contract is signed",
  };
  return kSentences;
}

// White-space runs collapsed to one space, trimmed.
inline std::string Collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    bool ws = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (ws) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

// The page's text as a reader sees it: text nodes outside elements whose content is not shown
// as text (script, style, template, raw-text and form elements...), white space collapsed.
inline std::string VisibleText(const std::string& page) {
  GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, page.data(), page.size());
  std::string text;
  struct Item {
    const GumboNode* node;
    bool hidden;
  };
  std::vector<Item> stack{{out->document, false}};
  while (!stack.empty()) {
    Item item = stack.back();
    stack.pop_back();
    const GumboNode* n = item.node;
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      if (!item.hidden) text.append(n->v.text.text).push_back(' ');
      continue;
    }
    const GumboVector* children = nullptr;
    bool hidden = item.hidden;
    if (n->type == GUMBO_NODE_DOCUMENT) {
      children = &n->v.document.children;
    } else if (n->type == GUMBO_NODE_ELEMENT || n->type == GUMBO_NODE_TEMPLATE) {
      children = &n->v.element.children;
      switch (n->v.element.tag) {
        case GUMBO_TAG_SCRIPT:
        case GUMBO_TAG_STYLE:
        case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_NOSCRIPT:
        case GUMBO_TAG_TEXTAREA:
        case GUMBO_TAG_TITLE:
        case GUMBO_TAG_XMP:
        case GUMBO_TAG_IFRAME:
        case GUMBO_TAG_NOEMBED:
        case GUMBO_TAG_NOFRAMES:
        case GUMBO_TAG_PLAINTEXT:
        case GUMBO_TAG_SELECT:
        case GUMBO_TAG_HEAD:
        case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_SVG:
          hidden = true;
          break;
        default:
          break;
      }
      if (n->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) hidden = true;
    }
    if (!children) continue;
    for (unsigned i = children->length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(children->data[i]), hidden});
    }
  }
  gumbo_destroy_output(&kGumboDefaultOptions, out);
  return Collapse(text);
}

}  // namespace security
}  // namespace clearsource

#endif  // CLEARSOURCE_TESTS_CORE_SECURITY_UTIL_H_
