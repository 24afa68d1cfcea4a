#include "parse/raw_text.h"

#include "util/text.h"

namespace clearsource {
namespace {

constexpr size_t npos = std::string_view::npos;

bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Index just past the '>' that ends a tag whose name ends at `i`; quoted attribute values may
// hold '>' (and "<script>"). Returns h.size() for an unterminated tag.
size_t SkipTag(std::string_view h, size_t i) {
  size_t n = h.size();
  while (i < n) {
    char c = h[i];
    if (c == '>') return i + 1;
    if (c == '=') {
      ++i;
      while (i < n && IsTagSpace(h[i])) ++i;
      if (i < n && (h[i] == '"' || h[i] == '\'')) {
        size_t close = h.find(h[i], i + 1);
        if (close == npos) return n;
        i = close + 1;
      }
      continue;
    }
    ++i;
  }
  return n;
}

// End of the tag name that starts at `i` (at white space, '/', '>' or the end of the page).
size_t TagNameEnd(std::string_view h, size_t i) {
  while (i < h.size() && !IsTagSpace(h[i]) && h[i] != '/' && h[i] != '>') ++i;
  return i;
}

// Start of "</name" (any case) followed by a tag-ending character, at or after `from`; h.size()
// when absent (the element runs to the end of the page).
size_t FindCloseTag(std::string_view h, size_t from, std::string_view name) {
  size_t n = h.size();
  for (size_t i = h.find("</", from); i != npos; i = h.find("</", i + 2)) {
    size_t end = i + 2 + name.size();
    if (end > n) return n;
    if (!EqualsIgnoreCase(h.substr(i + 2, name.size()), name)) continue;
    if (end == n || IsTagSpace(h[end]) || h[end] == '/' || h[end] == '>') return i;
  }
  return n;
}

enum class RawKind { kNone, kElide, kVerbatim, kPlaintext, kSvg };

// Elements whose white space is content (<textarea> and <plaintext> are raw text, handled apart).
bool KeepsWhiteSpace(std::string_view name) {
  return EqualsIgnoreCase(name, "pre") || EqualsIgnoreCase(name, "listing");
}

// The separator a run of white space between two tags collapses to: a line break when it had one.
char CollapsedSpace(std::string_view run) { return run.find('\n') != npos ? '\n' : ' '; }

bool AllTagSpace(std::string_view s) {
  for (char c : s) {
    if (!IsTagSpace(c)) return false;
  }
  return true;
}

RawKind KindOf(std::string_view name) {
  if (EqualsIgnoreCase(name, "script") || EqualsIgnoreCase(name, "style")) return RawKind::kElide;
  if (EqualsIgnoreCase(name, "svg")) return RawKind::kSvg;
  for (std::string_view v :
       {"textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript"}) {
    if (EqualsIgnoreCase(name, v)) return RawKind::kVerbatim;
  }
  if (EqualsIgnoreCase(name, "plaintext")) return RawKind::kPlaintext;
  return RawKind::kNone;
}

}  // namespace

std::string ElideRawText(std::string_view h) {
  std::string out;
  out.reserve(h.size());
  size_t n = h.size(), i = 0, copy_from = 0;
  // The first "</svg" at or after svg_from. Nested or unclosed <svg>s would otherwise rescan the
  // rest of the page for every tag (100,000 nested: minutes); the answer holds until passed.
  size_t svg_from = npos, svg_close = npos;
  // Open <pre>/<listing> elements: white space inside them is kept as it is.
  int keep_space_depth = 0;
  while (i < n) {
    size_t lt = h.find('<', i);
    if (lt == npos || lt + 1 >= n) break;
    // Indentation between tags (a tenth of a typical page) costs the tokenizer one token per
    // character and renders as one space: outside <pre>, a run of it becomes one character.
    if (keep_space_depth == 0 && lt - i >= 2 && AllTagSpace(h.substr(i, lt - i))) {
      out.append(h.substr(copy_from, i - copy_from));
      out.push_back(CollapsedSpace(h.substr(i, lt - i)));
      copy_from = lt;
    }
    char c = h[lt + 1];
    if (c == '!') {
      if (h.compare(lt, 4, "<!--") == 0) {
        if (lt + 4 < n && h[lt + 4] == '>') {
          i = lt + 5;  // "<!-->"
        } else if (h.compare(lt + 4, 2, "->") == 0) {
          i = lt + 6;  // "<!--->"
        } else {
          size_t e = h.find("-->", lt + 4);
          i = e == npos ? n : e + 3;
        }
      } else if (h.compare(lt, 9, "<![CDATA[") == 0) {
        size_t e = h.find("]]>", lt + 9);
        i = e == npos ? n : e + 3;
      } else {
        size_t e = h.find('>', lt + 2);  // doctype, bogus comment
        i = e == npos ? n : e + 1;
      }
      continue;
    }
    if (c == '?') {
      size_t e = h.find('>', lt + 2);
      i = e == npos ? n : e + 1;
      continue;
    }
    if (c == '/') {
      if (lt + 2 < n && IsAsciiAlpha(h[lt + 2])) {
        size_t name_end = TagNameEnd(h, lt + 2);
        if (keep_space_depth > 0 && KeepsWhiteSpace(h.substr(lt + 2, name_end - lt - 2))) {
          --keep_space_depth;
        }
        i = SkipTag(h, name_end);
      } else {
        i = lt + 2;
      }
      continue;
    }
    if (!IsAsciiAlpha(c)) {
      i = lt + 1;
      continue;
    }
    size_t name_end = TagNameEnd(h, lt + 1);
    std::string_view name = h.substr(lt + 1, name_end - lt - 1);
    size_t tag_end = SkipTag(h, name_end);
    RawKind kind = KindOf(name);
    if (kind == RawKind::kNone) {
      if (KeepsWhiteSpace(name)) ++keep_space_depth;
      i = tag_end;
      continue;
    }
    if (kind == RawKind::kPlaintext || tag_end >= n) break;
    size_t close;
    if (kind == RawKind::kSvg) {
      if (svg_from == npos || tag_end < svg_from || tag_end > svg_close) {
        svg_from = tag_end;
        svg_close = FindCloseTag(h, tag_end, name);
      }
      close = svg_close;
    } else {
      close = FindCloseTag(h, tag_end, name);
    }
    if (kind == RawKind::kSvg) {
      // Inline SVG (icons, sprites, charts) is dropped by the sanitizer: its path data need not be
      // tokenized. Kept when it could hide HTML or its own end tag: nested svg, foreignObject,
      // CDATA, comments.
      std::string_view body = h.substr(tag_end, close - tag_end);
      if (close < n && h[tag_end - 2] != '/' && FindIgnoreCase(body, "<svg") == npos &&
          FindIgnoreCase(body, "foreignobject") == npos && body.find("<!") == npos &&
          !body.empty()) {
        out.append(h.substr(copy_from, tag_end - copy_from));
        copy_from = close;
        i = close;
      } else {
        i = tag_end;  // tokenized as usual
      }
      continue;
    }
    if (kind == RawKind::kElide) {
      std::string_view tag = h.substr(lt, tag_end - lt);
      std::string_view body = h.substr(tag_end, close - tag_end);
      bool data_block = FindIgnoreCase(tag, "json") != npos;
      bool escaped = body.find("<!--") != npos;
      if (!data_block && !escaped && !body.empty()) {
        out.append(h.substr(copy_from, tag_end - copy_from));
        copy_from = close;
      }
    }
    i = close;
  }
  out.append(h.substr(copy_from));
  return out;
}

}  // namespace clearsource
