#include "parse/limits.h"

#include <algorithm>
#include <csetjmp>
#include <cstring>
#include <vector>

#include "parse/arena.h"
#include "util/text.h"

namespace clearsource {
namespace {

// ---- CapNesting: an approximate model of gumbo's stack of open elements ----------------------
//
// Keys: gumbo's tag enum for known names; unknown names hash into a fixed number of buckets
// (collisions only make end-tag matching approximate; they keep memory bounded whatever the
// page invents).
constexpr uint32_t kUnknownBuckets = 4096;
constexpr uint32_t kKeyCount = GUMBO_TAG_LAST + 1 + kUnknownBuckets;

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsTagSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

uint32_t KeyFor(const char* name, size_t len) {
  GumboTag t = gumbo_tagn_enum(name, static_cast<unsigned>(len));
  if (t != GUMBO_TAG_UNKNOWN) return static_cast<uint32_t>(t);
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < len; ++i) h = (h ^ static_cast<unsigned char>(Lower(name[i]))) * 16777619u;
  return GUMBO_TAG_LAST + 1 + h % kUnknownBuckets;
}

bool Is(uint32_t key, GumboTag t) { return key == static_cast<uint32_t>(t); }

template <size_t N>
bool In(uint32_t key, const GumboTag (&set)[N]) {
  for (GumboTag t : set) {
    if (key == static_cast<uint32_t>(t)) return true;
  }
  return false;
}

constexpr GumboTag kVoid[] = {
    GUMBO_TAG_AREA,
    GUMBO_TAG_BASE,
    GUMBO_TAG_BASEFONT,
    GUMBO_TAG_BGSOUND,
    GUMBO_TAG_BR,
    GUMBO_TAG_COL,
    GUMBO_TAG_EMBED,
    GUMBO_TAG_HR,
    GUMBO_TAG_IMG,
    GUMBO_TAG_IMAGE,
    GUMBO_TAG_INPUT,
    GUMBO_TAG_KEYGEN,
    GUMBO_TAG_LINK,
    GUMBO_TAG_META,
    GUMBO_TAG_PARAM,
    GUMBO_TAG_SOURCE,
    GUMBO_TAG_TRACK,
    GUMBO_TAG_WBR,
    GUMBO_TAG_FRAME,
    GUMBO_TAG_ISINDEX,
    // Merged into the existing elements, never pushed twice.
    GUMBO_TAG_HTML,
    GUMBO_TAG_HEAD,
    GUMBO_TAG_BODY,
    GUMBO_TAG_FRAMESET,
};
// Their content is text up to the matching end tag (gumbo runs with scripting off, so
// <noscript> is ordinary markup).
constexpr GumboTag kRawText[] = {
    GUMBO_TAG_SCRIPT,  GUMBO_TAG_STYLE,    GUMBO_TAG_XMP,      GUMBO_TAG_IFRAME,
    GUMBO_TAG_NOEMBED, GUMBO_TAG_NOFRAMES, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TITLE,
};
// Start tags that close an open <p> in button scope (gumbo 0.10.1's list).
constexpr GumboTag kClosesP[] = {
    GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE,  GUMBO_TAG_ASIDE,      GUMBO_TAG_BLOCKQUOTE,
    GUMBO_TAG_CENTER,  GUMBO_TAG_DETAILS,  GUMBO_TAG_DIR,        GUMBO_TAG_DIV,
    GUMBO_TAG_DL,      GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION, GUMBO_TAG_FIGURE,
    GUMBO_TAG_FOOTER,  GUMBO_TAG_HEADER,   GUMBO_TAG_HGROUP,     GUMBO_TAG_MENU,
    GUMBO_TAG_MAIN,    GUMBO_TAG_NAV,      GUMBO_TAG_OL,         GUMBO_TAG_P,
    GUMBO_TAG_SECTION, GUMBO_TAG_SUMMARY,  GUMBO_TAG_UL,         GUMBO_TAG_H1,
    GUMBO_TAG_H2,      GUMBO_TAG_H3,       GUMBO_TAG_H4,         GUMBO_TAG_H5,
    GUMBO_TAG_H6,      GUMBO_TAG_PRE,      GUMBO_TAG_LISTING,    GUMBO_TAG_FORM,
    GUMBO_TAG_LI,      GUMBO_TAG_DD,       GUMBO_TAG_DT,         GUMBO_TAG_PLAINTEXT,
    GUMBO_TAG_TABLE,   GUMBO_TAG_HR,       GUMBO_TAG_XMP,
};
constexpr GumboTag kHeadings[] = {GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3,
                                  GUMBO_TAG_H4, GUMBO_TAG_H5, GUMBO_TAG_H6};
constexpr GumboTag kFormatting[] = {
    GUMBO_TAG_A,      GUMBO_TAG_B,      GUMBO_TAG_BIG,  GUMBO_TAG_CODE, GUMBO_TAG_EM,
    GUMBO_TAG_FONT,   GUMBO_TAG_I,      GUMBO_TAG_NOBR, GUMBO_TAG_S,    GUMBO_TAG_SMALL,
    GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_TT,   GUMBO_TAG_U,
};
// Boundaries of "has an element in scope" (HTML ones; foreign integration points are flagged).
constexpr GumboTag kScopeBoundary[] = {
    GUMBO_TAG_APPLET, GUMBO_TAG_CAPTION, GUMBO_TAG_HTML,   GUMBO_TAG_TABLE,    GUMBO_TAG_TD,
    GUMBO_TAG_TH,     GUMBO_TAG_MARQUEE, GUMBO_TAG_OBJECT, GUMBO_TAG_TEMPLATE,
};
// gumbo's "special" elements that are not scope boundaries already.
constexpr GumboTag kSpecial[] = {
    GUMBO_TAG_ADDRESS,  GUMBO_TAG_AREA,     GUMBO_TAG_ARTICLE,  GUMBO_TAG_ASIDE,
    GUMBO_TAG_BASE,     GUMBO_TAG_BASEFONT, GUMBO_TAG_BGSOUND,  GUMBO_TAG_BLOCKQUOTE,
    GUMBO_TAG_BODY,     GUMBO_TAG_BR,       GUMBO_TAG_BUTTON,   GUMBO_TAG_CENTER,
    GUMBO_TAG_COL,      GUMBO_TAG_COLGROUP, GUMBO_TAG_MENUITEM, GUMBO_TAG_DD,
    GUMBO_TAG_DETAILS,  GUMBO_TAG_DIR,      GUMBO_TAG_DIV,      GUMBO_TAG_DL,
    GUMBO_TAG_DT,       GUMBO_TAG_EMBED,    GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION,
    GUMBO_TAG_FIGURE,   GUMBO_TAG_FOOTER,   GUMBO_TAG_FORM,     GUMBO_TAG_FRAME,
    GUMBO_TAG_FRAMESET, GUMBO_TAG_H1,       GUMBO_TAG_H2,       GUMBO_TAG_H3,
    GUMBO_TAG_H4,       GUMBO_TAG_H5,       GUMBO_TAG_H6,       GUMBO_TAG_HEAD,
    GUMBO_TAG_HEADER,   GUMBO_TAG_HGROUP,   GUMBO_TAG_HR,       GUMBO_TAG_IFRAME,
    GUMBO_TAG_IMG,      GUMBO_TAG_INPUT,    GUMBO_TAG_ISINDEX,  GUMBO_TAG_LI,
    GUMBO_TAG_LINK,     GUMBO_TAG_LISTING,  GUMBO_TAG_MENU,     GUMBO_TAG_META,
    GUMBO_TAG_NAV,      GUMBO_TAG_NOEMBED,  GUMBO_TAG_NOFRAMES, GUMBO_TAG_NOSCRIPT,
    GUMBO_TAG_OL,       GUMBO_TAG_P,        GUMBO_TAG_PARAM,    GUMBO_TAG_PLAINTEXT,
    GUMBO_TAG_PRE,      GUMBO_TAG_SCRIPT,   GUMBO_TAG_SECTION,  GUMBO_TAG_SELECT,
    GUMBO_TAG_STYLE,    GUMBO_TAG_SUMMARY,  GUMBO_TAG_TBODY,    GUMBO_TAG_TEXTAREA,
    GUMBO_TAG_TFOOT,    GUMBO_TAG_THEAD,    GUMBO_TAG_TITLE,    GUMBO_TAG_TR,
    GUMBO_TAG_UL,       GUMBO_TAG_WBR,      GUMBO_TAG_XMP,      GUMBO_TAG_MAIN,
};
// HTML start tags that end foreign (SVG/MathML) content.
constexpr GumboTag kBreakout[] = {
    GUMBO_TAG_B,      GUMBO_TAG_BIG,    GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BODY,  GUMBO_TAG_BR,
    GUMBO_TAG_CENTER, GUMBO_TAG_CODE,   GUMBO_TAG_DD,         GUMBO_TAG_DIV,   GUMBO_TAG_DL,
    GUMBO_TAG_DT,     GUMBO_TAG_EM,     GUMBO_TAG_EMBED,      GUMBO_TAG_H1,    GUMBO_TAG_H2,
    GUMBO_TAG_H3,     GUMBO_TAG_H4,     GUMBO_TAG_H5,         GUMBO_TAG_H6,    GUMBO_TAG_HEAD,
    GUMBO_TAG_HR,     GUMBO_TAG_I,      GUMBO_TAG_IMG,        GUMBO_TAG_LI,    GUMBO_TAG_LISTING,
    GUMBO_TAG_MENU,   GUMBO_TAG_META,   GUMBO_TAG_NOBR,       GUMBO_TAG_OL,    GUMBO_TAG_P,
    GUMBO_TAG_PRE,    GUMBO_TAG_RUBY,   GUMBO_TAG_S,          GUMBO_TAG_SMALL, GUMBO_TAG_SPAN,
    GUMBO_TAG_STRONG, GUMBO_TAG_STRIKE, GUMBO_TAG_SUB,        GUMBO_TAG_SUP,   GUMBO_TAG_TABLE,
    GUMBO_TAG_TT,     GUMBO_TAG_U,      GUMBO_TAG_UL,         GUMBO_TAG_VAR,   GUMBO_TAG_FONT,
};
// Foreign elements whose content is HTML again.
constexpr GumboTag kIntegration[] = {
    GUMBO_TAG_MI,
    GUMBO_TAG_MO,
    GUMBO_TAG_MN,
    GUMBO_TAG_MS,
    GUMBO_TAG_MTEXT,
    GUMBO_TAG_ANNOTATION_XML,
    GUMBO_TAG_FOREIGNOBJECT,
    GUMBO_TAG_DESC,
    GUMBO_TAG_TITLE,
};
// What a <head> holds; any other start tag means the body has begun.
constexpr GumboTag kHeadContent[] = {
    GUMBO_TAG_HTML,    GUMBO_TAG_HEAD,     GUMBO_TAG_TITLE,    GUMBO_TAG_META, GUMBO_TAG_LINK,
    GUMBO_TAG_STYLE,   GUMBO_TAG_SCRIPT,   GUMBO_TAG_NOSCRIPT, GUMBO_TAG_BASE, GUMBO_TAG_BASEFONT,
    GUMBO_TAG_BGSOUND, GUMBO_TAG_NOFRAMES, GUMBO_TAG_TEMPLATE,
};
constexpr GumboTag kTableSections[] = {GUMBO_TAG_TBODY, GUMBO_TAG_THEAD, GUMBO_TAG_TFOOT};

class NestingModel {
 public:
  NestingModel(std::string_view html, uint32_t max_depth, std::string* out)
      : s_(html), max_depth_(max_depth), out_(out), open_(kKeyCount), dropped_(kKeyCount, 0) {}

  bool Run(NestingReport* report) {
    const size_t n = s_.size();
    size_t pos = 0;
    while (pos < n) {
      const void* hit = std::memchr(s_.data() + pos, '<', n - pos);
      if (!hit) break;
      size_t lt = static_cast<const char*>(hit) - s_.data();
      pos = Token(lt);
    }
    if (report) {
      report->dropped_attributes = dropped_attributes_;
      report->dropped_tags = dropped_tags_;
      report->max_depth = max_seen_;
    }
    if (!rewriting_) return false;
    out_->append(s_.substr(copied_));
    return true;
  }

 private:
  struct Entry {
    uint32_t key;
    bool foreign;
    bool integration;  // foreign element whose content is HTML
    // Index of the nearest entry at or below this one that bounds each kind of search (-1: none).
    int32_t scope, button, list, table, special, marker, html;
  };

  // Handles the markup starting at s_[lt] == '<'; returns the position after it.
  size_t Token(size_t lt) {
    const size_t n = s_.size();
    size_t i = lt + 1;
    if (i >= n) return n;
    char c = s_[i];
    if (c == '!') {
      if (s_.compare(i, 3, "!--") == 0) return SkipComment(i + 3);
      if (InForeign() && s_.compare(i, 8, "![CDATA[") == 0) {
        size_t e = s_.find("]]>", i + 8);
        return e == std::string_view::npos ? n : e + 3;
      }
      return SkipPast('>', i);
    }
    if (c == '?') return SkipPast('>', i);
    if (c == '/') {
      if (i + 1 < n && IsAlpha(s_[i + 1])) {
        size_t name_end = NameEnd(i + 1);
        size_t gt = TagEnd(name_end);
        if (gt >= n) return n;  // EOF inside a tag: gumbo drops it
        EndTag(KeyFor(s_.data() + i + 1, name_end - i - 1), lt, gt + 1);
        return gt + 1;
      }
      if (i + 1 < n && s_[i + 1] == '>') return i + 2;
      return SkipPast('>', i);
    }
    if (!IsAlpha(c)) return i;  // a lone '<' is text
    size_t name_end = NameEnd(i);
    attrs_.clear();
    size_t gt = TagEnd(name_end, &attrs_);
    if (gt >= n) return n;
    bool self_closing = gt > name_end && s_[gt - 1] == '/';
    LimitAttributes(lt);
    return StartTag(KeyFor(s_.data() + i, name_end - i), lt, gt + 1, self_closing);
  }

  // gumbo compares every attribute name with all earlier ones of the tag (quadratic in their
  // number), and after its error limit a repeated attribute without a value leaves its name in
  // the tag buffer, so "a b a b ..." builds ever longer names: both are cut here. Attributes past
  // kMaxAttributes and repeated valueless ones are removed (HTML ignores repeats anyway).
  void LimitAttributes(size_t lt) {
    tag_lt_ = lt;
    tag_mark_out_ = rewriting_ ? out_->size() : 0;
    tag_mark_copied_ = copied_;
    for (size_t k = 0; k < attrs_.size(); ++k) {
      const Attr& a = attrs_[k];
      bool drop = k >= kMaxAttributes;
      if (!drop && !a.has_value) {
        for (size_t m = 0; m < k && !drop; ++m) {
          drop = EqualsIgnoreCase(attrs_[m].name, a.name);
        }
      }
      if (!drop) continue;
      StartRewrite();
      out_->append(s_.substr(copied_, a.begin - copied_));
      copied_ = a.end;
      ++dropped_attributes_;
    }
  }

  size_t NameEnd(size_t i) const {
    while (i < s_.size() && !IsTagSpace(s_[i]) && s_[i] != '/' && s_[i] != '>') ++i;
    return i;
  }

  struct Attr {
    size_t begin, end;  // the attribute's bytes (name and value)
    std::string_view name;
    bool has_value;
  };

  // Walks a tag's attributes as the HTML tokenizer does, from the end of the tag name `i`.
  // Returns the position of the closing '>' (or s_.size() when the page ends first); fills
  // *attrs when given.
  size_t TagEnd(size_t i, std::vector<Attr>* attrs = nullptr) const {
    const size_t n = s_.size();
    for (;;) {
      // Before attribute name: white space and stray '/' are skipped.
      while (i < n && (IsTagSpace(s_[i]) || s_[i] == '/')) ++i;
      if (i >= n) return n;
      if (s_[i] == '>') return i;
      size_t begin = i;
      ++i;  // the first character is part of the name, even '='
      while (i < n && !IsTagSpace(s_[i]) && s_[i] != '/' && s_[i] != '>' && s_[i] != '=') ++i;
      std::string_view name = s_.substr(begin, i - begin);
      size_t j = i;
      while (j < n && IsTagSpace(s_[j])) ++j;
      bool has_value = j < n && s_[j] == '=';
      if (has_value) {
        i = j + 1;
        while (i < n && IsTagSpace(s_[i])) ++i;
        if (i < n && (s_[i] == '"' || s_[i] == '\'')) {
          size_t close = s_.find(s_[i], i + 1);
          if (close == std::string_view::npos) return n;
          i = close + 1;
        } else {
          while (i < n && !IsTagSpace(s_[i]) && s_[i] != '>') ++i;
        }
      }
      if (attrs) attrs->push_back({begin, i, name, has_value});
    }
  }

  size_t SkipPast(char c, size_t i) const {
    size_t e = s_.find(c, i);
    return e == std::string_view::npos ? s_.size() : e + 1;
  }

  size_t SkipComment(size_t i) const {
    // "<!-->" and "<!--->" are complete (empty) comments.
    if (s_.compare(i, 1, ">") == 0) return i + 1;
    if (s_.compare(i, 2, "->") == 0) return i + 2;
    for (size_t p = i;;) {
      size_t d = s_.find("--", p);
      if (d == std::string_view::npos) return s_.size();
      if (s_.compare(d + 2, 1, ">") == 0) return d + 3;
      if (s_.compare(d + 2, 2, "!>") == 0) return d + 4;
      p = d + 1;
    }
  }

  // After a raw-text start tag: the position of its end tag (`</name` then a delimiter).
  size_t SkipRawText(size_t i, uint32_t key) const {
    const char* name = gumbo_normalized_tagname(static_cast<GumboTag>(key));
    size_t len = std::strlen(name);
    const size_t n = s_.size();
    while (i < n) {
      size_t lt = s_.find("</", i);
      if (lt == std::string_view::npos) return n;
      size_t k = 0;
      while (k < len && lt + 2 + k < n && Lower(s_[lt + 2 + k]) == name[k]) ++k;
      size_t after = lt + 2 + len;
      if (k == len &&
          (after >= n || IsTagSpace(s_[after]) || s_[after] == '/' || s_[after] == '>')) {
        return lt;
      }
      i = lt + 2;
    }
    return n;
  }

  bool InForeign() const {
    return !stack_.empty() && stack_.back().foreign && !stack_.back().integration;
  }

  int32_t Top(int32_t Entry::*field) const { return stack_.empty() ? -1 : stack_.back().*field; }
  // Index of the topmost open element with `key`, or -1.
  int32_t Last(uint32_t key) const {
    const std::vector<int32_t>& v = open_[key];
    return v.empty() ? -1 : v.back();
  }
  // Topmost `key` not hidden behind a boundary of the given kind.
  int32_t InScope(uint32_t key, int32_t Entry::*boundary) const {
    int32_t at = Last(key);
    if (at < 0) return -1;
    int32_t b = Top(boundary);
    // The element itself may be the boundary (a <table> is in table scope).
    return at >= b ? at : -1;
  }

  void PopTo(int32_t index) {  // pops the entry at `index` and everything above it
    while (static_cast<int32_t>(stack_.size()) > index) {
      open_[stack_.back().key].pop_back();
      stack_.pop_back();
    }
  }

  void Push(uint32_t key, bool foreign) {
    Entry e{};
    e.key = key;
    e.foreign = foreign;
    e.integration = foreign && In(key, kIntegration);
    int32_t idx = static_cast<int32_t>(stack_.size());
    const Entry* below = stack_.empty() ? nullptr : &stack_.back();
    auto bound = [&](bool here, int32_t Entry::*field) {
      e.*field = here ? idx : (below ? below->*field : -1);
    };
    bool html = !foreign;
    bool scope = (html && In(key, kScopeBoundary)) || e.integration;
    bool marker =
        html && (Is(key, GUMBO_TAG_TD) || Is(key, GUMBO_TAG_TH) || Is(key, GUMBO_TAG_CAPTION) ||
                 Is(key, GUMBO_TAG_APPLET) || Is(key, GUMBO_TAG_OBJECT) ||
                 Is(key, GUMBO_TAG_MARQUEE) || Is(key, GUMBO_TAG_TEMPLATE));
    bound(scope, &Entry::scope);
    bound(scope || (html && Is(key, GUMBO_TAG_BUTTON)), &Entry::button);
    bound(scope || (html && (Is(key, GUMBO_TAG_OL) || Is(key, GUMBO_TAG_UL))), &Entry::list);
    bound(html && (Is(key, GUMBO_TAG_TABLE) || Is(key, GUMBO_TAG_TEMPLATE)), &Entry::table);
    bound(scope || (html && In(key, kSpecial)), &Entry::special);
    bound(marker, &Entry::marker);
    bound(html, &Entry::html);
    stack_.push_back(e);
    open_[key].push_back(idx);
    if (stack_.size() > max_seen_) max_seen_ = static_cast<uint32_t>(stack_.size());
  }

  // Removes s_[begin, end) from the output.
  void Drop(size_t begin, size_t end) {
    StartRewrite();
    if (copied_ > begin && begin == tag_lt_) {
      // Attributes of this very tag were cut already: undo that, the whole tag goes.
      out_->resize(tag_mark_out_);
      copied_ = tag_mark_copied_;
    }
    out_->append(s_.substr(copied_, begin - copied_));
    copied_ = end;
    ++dropped_tags_;
  }

  size_t StartTag(uint32_t key, size_t lt, size_t after, bool self_closing) {
    if (!in_body_ && (key > GUMBO_TAG_LAST || !In(key, kHeadContent))) in_body_ = true;
    if (InForeign()) {
      bool breakout = key <= GUMBO_TAG_LAST && In(key, kBreakout);
      if (!breakout) {
        if (!self_closing) PushOrDrop(key, true, lt, after);
        return after;
      }
      while (InForeign()) PopTo(static_cast<int32_t>(stack_.size()) - 1);
    }
    if (key <= GUMBO_TAG_LAST) {
      if (In(key, kRawText)) return SkipRawText(after, key);
      if (Is(key, GUMBO_TAG_NOSCRIPT) && in_body_) return NoscriptAsText(after);
      if (Is(key, GUMBO_TAG_PLAINTEXT)) return s_.size();  // the rest of the page is text
      if (In(key, kClosesP)) {
        int32_t p = InScope(GUMBO_TAG_P, &Entry::button);
        if (p >= 0) PopTo(p);
      }
      if (In(key, kVoid)) return after;
      if (Is(key, GUMBO_TAG_SVG) || Is(key, GUMBO_TAG_MATH)) {
        if (!self_closing) PushOrDrop(key, true, lt, after);
        return after;
      }
      if (Is(key, GUMBO_TAG_LI)) {
        int32_t li = Last(GUMBO_TAG_LI);
        if (li >= 0 && li >= Top(&Entry::list)) PopTo(li);
      } else if (Is(key, GUMBO_TAG_DD) || Is(key, GUMBO_TAG_DT)) {
        int32_t d = std::max(Last(GUMBO_TAG_DD), Last(GUMBO_TAG_DT));
        if (d >= 0 && d >= Top(&Entry::list)) PopTo(d);
      } else if (In(key, kHeadings)) {
        if (!stack_.empty() && !stack_.back().foreign && In(stack_.back().key, kHeadings)) {
          PopTo(static_cast<int32_t>(stack_.size()) - 1);
        }
      } else if (Is(key, GUMBO_TAG_A) || Is(key, GUMBO_TAG_NOBR) || Is(key, GUMBO_TAG_BUTTON)) {
        // A second <a>/<nobr>/<button> closes the first (adoption agency / implied end).
        int32_t prev = Last(key);
        if (prev >= 0 && prev >= Top(&Entry::marker)) CloseFormatting(prev);
      } else if (Is(key, GUMBO_TAG_OPTION) || Is(key, GUMBO_TAG_OPTGROUP)) {
        if (!stack_.empty() && Is(stack_.back().key, GUMBO_TAG_OPTION)) {
          PopTo(static_cast<int32_t>(stack_.size()) - 1);
        }
      } else if (Is(key, GUMBO_TAG_TD) || Is(key, GUMBO_TAG_TH)) {
        int32_t cell =
            std::max(InScope(GUMBO_TAG_TD, &Entry::table), InScope(GUMBO_TAG_TH, &Entry::table));
        if (cell >= 0) PopTo(cell);
      } else if (Is(key, GUMBO_TAG_TR)) {
        int32_t row = InScope(GUMBO_TAG_TR, &Entry::table);
        if (row >= 0) PopTo(row);
      } else if (In(key, kTableSections)) {
        int32_t section = -1;
        for (GumboTag t : kTableSections) section = std::max(section, InScope(t, &Entry::table));
        if (section >= 0) PopTo(section);
      } else if (Is(key, GUMBO_TAG_TABLE)) {
        // <table> directly inside a table (not in a cell) closes the first one.
        int32_t table = Last(GUMBO_TAG_TABLE);
        if (table >= 0 && table >= Top(&Entry::marker) && table >= Top(&Entry::scope)) {
          PopTo(table);
        }
      }
    }
    PushOrDrop(key, false, lt, after);
    return after;
  }

  // A browser tab runs scripts, so it reads a <noscript> in the body as raw text up to
  // </noscript>; gumbo parses it as markup (scripting off), where `<noscript><p>` swallows the
  // rest of the page when `</noscript>` meets the open <p>, and markup inside a title attribute
  // differs from what the page shows (a classic mXSS differential). Escaping the content makes
  // gumbo see the browser's text node (parse/dom.cc re-parses it when it holds a lazy image).
  size_t NoscriptAsText(size_t after) {
    size_t close = SkipRawText(after, GUMBO_TAG_NOSCRIPT);
    std::string_view body = s_.substr(after, close - after);
    if (body.find_first_of("<&") == std::string_view::npos) return close;
    StartRewrite();
    out_->append(s_.substr(copied_, after - copied_));
    for (char c : body) {
      if (c == '<') {
        out_->append("&lt;");
      } else if (c == '&') {
        out_->append("&amp;");
      } else {
        out_->push_back(c);
      }
    }
    copied_ = close;
    return close;
  }

  void StartRewrite() {
    if (rewriting_) return;
    rewriting_ = true;
    out_->clear();
    out_->reserve(s_.size() + s_.size() / 8);
  }

  void PushOrDrop(uint32_t key, bool foreign, size_t lt, size_t after) {
    if (stack_.size() < max_depth_) {
      Push(key, foreign);
      return;
    }
    Drop(lt, after);
    ++dropped_[key];
  }

  // </b> and friends: the adoption agency. When a special element is open inside the formatting
  // element, that block stays open (with a clone of the formatting element): depth is unchanged.
  void CloseFormatting(int32_t at) {
    if (Top(&Entry::special) > at) return;
    PopTo(at);
  }

  void EndTag(uint32_t key, size_t lt, size_t after) {
    if (Is(key, GUMBO_TAG_HEAD) || Is(key, GUMBO_TAG_BODY)) in_body_ = true;
    if (dropped_[key] > 0) {  // pairs with a start tag we dropped
      --dropped_[key];
      Drop(lt, after);
      return;
    }
    if (InForeign()) {
      int32_t at = Last(key);
      if (at >= 0 && at > Top(&Entry::html)) {
        PopTo(at);
        return;
      }
    }
    if (key > GUMBO_TAG_LAST) {
      AnyOtherEndTag(key);
      return;
    }
    if (Is(key, GUMBO_TAG_P)) {
      int32_t p = InScope(key, &Entry::button);
      if (p >= 0) PopTo(p);
    } else if (Is(key, GUMBO_TAG_LI)) {
      int32_t li = InScope(key, &Entry::list);
      if (li >= 0) PopTo(li);
    } else if (In(key, kHeadings)) {
      int32_t h = -1;
      for (GumboTag t : kHeadings) h = std::max(h, InScope(t, &Entry::scope));
      if (h >= 0) PopTo(h);
    } else if (In(key, kFormatting)) {
      int32_t at = InScope(key, &Entry::scope);
      if (at >= 0) CloseFormatting(at);
    } else if (Is(key, GUMBO_TAG_TABLE) || Is(key, GUMBO_TAG_TR) || Is(key, GUMBO_TAG_TD) ||
               Is(key, GUMBO_TAG_TH) || In(key, kTableSections)) {
      int32_t at = InScope(key, &Entry::table);
      if (at >= 0) PopTo(at);
    } else if (In(key, kVoid) || Is(key, GUMBO_TAG_HTML) || Is(key, GUMBO_TAG_BODY)) {
      // </br> acts as <br>; </body> and </html> leave content after them in the body.
    } else if (In(key, kSpecial) || In(key, kScopeBoundary)) {
      int32_t at = InScope(key, &Entry::scope);
      if (at >= 0) PopTo(at);
    } else {
      AnyOtherEndTag(key);
    }
  }

  // "Any other end tag": closes the topmost element with that name unless a special element
  // is open above it.
  void AnyOtherEndTag(uint32_t key) {
    int32_t at = Last(key);
    if (at >= 0 && at >= Top(&Entry::special)) PopTo(at);
  }

  std::string_view s_;
  uint32_t max_depth_;
  std::string* out_;
  std::vector<Entry> stack_;
  std::vector<std::vector<int32_t>> open_;  // key -> stack indexes of open elements
  std::vector<uint32_t> dropped_;           // key -> start tags dropped, awaiting end tags
  bool rewriting_ = false;
  std::vector<Attr> attrs_;  // of the start tag being read
  size_t tag_lt_ = std::string_view::npos, tag_mark_out_ = 0, tag_mark_copied_ = 0;
  size_t dropped_attributes_ = 0;
  bool in_body_ = false;  // past the head: a tag that only the body holds has been seen
  size_t copied_ = 0;
  size_t dropped_tags_ = 0;
  uint32_t max_seen_ = 0;
};

// ---- ParseWithBudget ----------------------------------------------------------------------------

constexpr unsigned kClockEvery = 1024;  // allocations between clock reads

struct Guard {
  Arena* arena;
  size_t max_bytes;
  std::chrono::steady_clock::time_point deadline;
  unsigned countdown;
  volatile int tripped;  // 0 ok, 1 memory, 2 time
  jmp_buf escape;
};

void* GuardedAlloc(void* userdata, size_t bytes) {
  Guard* g = static_cast<Guard*>(userdata);
  if (g->arena->bytes_reserved() + bytes > g->max_bytes) {
    g->tripped = 1;
    longjmp(g->escape, 1);
  }
  if (--g->countdown == 0) {
    g->countdown = kClockEvery;
    if (std::chrono::steady_clock::now() > g->deadline) {
      g->tripped = 2;
      longjmp(g->escape, 1);
    }
  }
  return g->arena->Allocate(bytes);
}

void GuardedFree(void* userdata, void* ptr) { static_cast<Guard*>(userdata)->arena->Free(ptr); }

// Kept apart and trivial: nothing with a destructor lives in a frame that longjmp unwinds.
GumboOutput* RunGuarded(Guard* g, const GumboOptions* options, const char* data, size_t size) {
  GumboOutput* volatile out = nullptr;
  if (setjmp(g->escape) == 0) out = gumbo_parse_with_options(options, data, size);
  return g->tripped ? nullptr : out;
}

}  // namespace

bool CapNesting(std::string_view html, uint32_t max_depth, std::string* out,
                NestingReport* report) {
  return NestingModel(html, max_depth, out).Run(report);
}

std::string_view PrefixForRetry(std::string_view html) {
  size_t cut = html.size() / 4;
  size_t lt = cut == 0 ? std::string_view::npos : html.rfind('<', cut - 1);
  if (lt != std::string_view::npos && cut - lt < 4096) cut = lt;
  return html.substr(0, cut);
}

bool NeutralizeCharRefOverflow(std::string_view html, std::string* out) {
  bool rewriting = false;
  size_t copied = 0, pos = 0;
  const size_t n = html.size();
  while (pos < n) {
    const void* hit = std::memchr(html.data() + pos, '&', n - pos);
    if (!hit) break;
    size_t amp = static_cast<const char*>(hit) - html.data();
    pos = amp + 1;
    if (pos >= n || html[pos] != '#') continue;
    size_t i = pos + 1;
    bool hex = i < n && (html[i] == 'x' || html[i] == 'X');
    if (hex) ++i;
    size_t digits = i;
    uint32_t value = 0;
    for (; i < n; ++i) {
      char c = html[i];
      int d = (c >= '0' && c <= '9')          ? c - '0'
              : hex && (c >= 'a' && c <= 'f') ? c - 'a' + 10
              : hex && (c >= 'A' && c <= 'F') ? c - 'A' + 10
                                              : -1;
      if (d < 0) break;
      value = std::min<uint32_t>(value * (hex ? 16 : 10) + d, 0x110000);
    }
    pos = i;
    if (i == digits || value <= 0x10FFFF) continue;
    if (!rewriting) {
      rewriting = true;
      out->clear();
      out->reserve(n);
    }
    out->append(html.substr(copied, digits - copied));
    out->append(hex ? "FFFD" : "65533");
    copied = i;
  }
  if (!rewriting) return false;
  out->append(html.substr(copied));
  return true;
}

bool DefuseInput(std::string_view html, std::string* out, NestingReport* report) {
  std::string refs;
  bool changed = NeutralizeCharRefOverflow(html, &refs);
  if (changed) html = refs;
  if (CapNesting(html, kMaxNestingDepth, out, report)) return true;
  if (changed) out->swap(refs);
  return changed;
}

size_t DefaultParseMemoryBudget(size_t input_bytes) {
  constexpr size_t kMiB = 1024 * 1024;
  // Real pages use 6-23x their (script-elided) size, a million bare <p>s about 60x.
  size_t budget = 64 * kMiB + input_bytes * 72;
  return std::min<size_t>(budget, 768 * kMiB);
}

GumboOutput* ParseWithBudget(GumboOptions options, std::string_view html, Arena* arena,
                             const ParseBudget& budget, ParseOutcome* outcome) {
  Guard g{};
  g.arena = arena;
  g.max_bytes = budget.max_arena_bytes;
  g.deadline = budget.deadline;
  g.countdown = kClockEvery;
  g.tripped = 0;
  options.allocator = &GuardedAlloc;
  options.deallocator = &GuardedFree;
  options.userdata = &g;
  GumboOutput* out = RunGuarded(&g, &options, html.data(), html.size());
  *outcome = g.tripped == 1   ? ParseOutcome::kOverMemory
             : g.tripped == 2 ? ParseOutcome::kOverTime
                              : ParseOutcome::kOk;
  return out;
}

}  // namespace clearsource
