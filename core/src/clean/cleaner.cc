#include "clean/cleaner.h"

#include <algorithm>
#include <string>

#include "parse/tags.h"
#include "util/text.h"

namespace clearsource {
namespace {

namespace pt = patterns;

// Readability's _cleanConditionally: a node with little text relative to its links, images,
// inputs or list items is clutter. Decided on the node's final stats (its subtree already judged).
bool ShouldRemoveConditionally(const Workspace& ws, NodeId id) {
  const Document& doc = ws.doc();
  const Node& n = doc[id];
  const SubtreeStats& s = ws.Stats(id);
  if (n.tag == GUMBO_TAG_TABLE && ws.IsDataTable(id)) return false;
  if (ws.HasAncestorBit(id, kInCode) || s.data_tables > 0 || s.videos > 0) return false;
  if (ws.Matches(id, pt::kEmbeddedPost)) return false;
  bool is_list = n.tag == GUMBO_TAG_UL || n.tag == GUMBO_TAG_OL;
  if (is_list && s.chars > 0) {
    uint32_t li_chars = 0;
    for (NodeId c = doc.FirstChild(id); c != kNoNode; c = doc.NextSibling(c)) {
      if (doc.IsTag(c, GUMBO_TAG_LI) && !ws.removed[c]) li_chars += ws.Stats(c).chars;
    }
    is_list = static_cast<double>(li_chars) / s.chars > 0.9;
  }
  int weight = ws.ClassWeight(id);
  // A negative class ("media", "meta"...) condemns a box, not a plain paragraph of prose the box
  // happens to wrap (a lead paragraph styled as "sourced media" is still the lead).
  bool prose = s.p >= 1 && s.chars >= static_cast<uint32_t>(pt::kProseMinChars) &&
               ws.LinkDensity(id) < pt::kProseMaxLinkDensity && s.li == 0 && s.input == 0 &&
               s.embeds == 0 && !ws.Matches(id, pt::kUnlikely);
  if (weight < 0 && !prose) return true;
  if (s.commas >= 10) return false;

  double link_density = ws.LinkDensity(id);
  int p = static_cast<int>(s.p), img = static_cast<int>(s.img);
  int li = static_cast<int>(s.li) - 100, input = static_cast<int>(s.input);
  int embeds = static_cast<int>(s.embeds);
  double heading_density = s.chars ? static_cast<double>(s.heading_chars) / s.chars : 0;
  bool in_figure = ws.HasAncestorBit(id, kInFigure);
  uint32_t chars = s.chars;
  bool remove =
      (img > 1 && static_cast<double>(p) / img < 0.5 && !in_figure) || (!is_list && li > p) ||
      (input > p / 3) ||
      (!is_list && heading_density < 0.9 && chars < 25 && (img == 0 || img > 2) &&
       link_density > 0 && !in_figure) ||
      (!is_list && weight < pt::kClassWeight && link_density > pt::kCleanLinkDensityLowWeight) ||
      (weight >= pt::kClassWeight && link_density > pt::kCleanLinkDensityHighWeight) ||
      (embeds == 1 && chars < 75) || embeds > 1;
  // Image galleries: a list whose items each hold one image and no text stays.
  if (is_list && remove) {
    int items = 0;
    for (NodeId c = doc.FirstChild(id); c != kNoNode; c = doc.NextSibling(c)) {
      if (!doc.IsElement(c) || ws.removed[c]) continue;
      ++items;
      if (ws.Stats(c).img != 1 || ws.Stats(c).chars > 0) return remove;
    }
    if (items > 0) return false;
  }
  return remove;
}

// Normalized text of a small subtree under the current removals; false when the subtree has more
// than kTextCheckMaxNodes nodes (callers only read short blocks, so each check is constant time).
bool SmallText(const Workspace& ws, NodeId id, std::string* out) {
  const Document& doc = ws.doc();
  NodeId end = doc[id].end;
  if (end - id > static_cast<NodeId>(pt::kTextCheckMaxNodes)) return false;
  std::string raw;
  for (NodeId k = id + 1; k < end; ++k) {
    if (ws.removed[k]) {
      k = doc[k].end - 1;
      continue;
    }
    const Node& n = doc[k];
    if (n.kind == NodeKind::kText || n.kind == NodeKind::kWhitespace)
      raw.append(n.text);
    else if (n.kind == NodeKind::kElement && IsBlockTag(n.tag))
      raw.push_back(' ');
  }
  *out = NormalizeSpace(raw);
  return true;
}

// Whether the whole text is a furniture label. Bare numbers ("6", "2 of 9") count only as whole
// blocks: inline numbers are footnote marks and page links.
bool IsLabel(std::string_view text, bool block) {
  // The label's shape: digit runs folded to '#', ASCII punctuation to one space ("Image 1 of / 8"
  // and "Image 1 of 8" read the same).
  std::string shape;
  bool digits = false;
  for (char c : text) {
    unsigned char u = static_cast<unsigned char>(c);
    bool digit = c >= '0' && c <= '9';
    digits |= digit;
    if (digit) {
      if (shape.empty() || shape.back() != '#') shape.push_back('#');
    } else if (u >= 0x80 || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      shape.push_back(c);
    } else if (!shape.empty() && shape.back() != ' ') {
      shape.push_back(' ');
    }
  }
  while (!shape.empty() && shape.back() == ' ') shape.pop_back();
  bool letters = false;
  for (char c : shape) letters |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (digits && !letters && !block) return false;
  if (!block && EqualsIgnoreCase(shape, "more")) return false;  // "More" links expand text
  for (std::string_view label : pt::kBoilerplateLabels) {
    if (EqualsIgnoreCase(shape, label)) return true;
  }
  return false;
}

bool HasBoilerplatePhrase(std::string_view text) {
  for (std::string_view phrase : pt::kBoilerplatePhrases) {
    if (FindIgnoreCase(text, phrase) != std::string_view::npos) return true;
  }
  return false;
}

bool IsUpperCaseText(std::string_view text) {
  int upper = 0;
  for (char c : text) {
    if (c >= 'a' && c <= 'z') return false;
    upper += c >= 'A' && c <= 'Z';
  }
  return upper >= 8;
}

// A one-line teaser pointing elsewhere ("READ MORE: ...", an upper-case linked headline).
bool IsPromoLine(std::string_view text, double link_density) {
  bool upper = IsUpperCaseText(text);
  if (upper && link_density > pt::kUpperPromoLinkDensity) return true;
  for (std::string_view prefix : pt::kPromoPrefixes) {
    if (!StartsWithIgnoreCase(text, prefix)) continue;
    // "Related: ...", "Related Roundup: ..." point away; "Related studies found..." is prose.
    if (prefix == "related" &&
        text.substr(0, pt::kPromoLabelMaxChars).find(':') == std::string_view::npos && !upper) {
      continue;
    }
    return upper || link_density > pt::kPromoLinkDensity;
  }
  return false;
}

// Byline rows, teasers, sign-up boxes and the like that article containers carry inside them.
bool IsArticleClutter(const Workspace& ws, NodeId id) {
  if (!ws.Matches(id, pt::kArticleClutter) || ws.Matches(id, pt::kEmbeddedPost)) return false;
  if (ws.HasAncestorBit(id, kInCode)) return false;
  const SubtreeStats& s = ws.Stats(id);
  if (s.data_tables > 0 || s.videos > 0) return false;
  return s.chars <= static_cast<uint32_t>(pt::kArticleClutterMaxChars) ||
         ws.LinkDensity(id) > pt::kArticleClutterLinkDensity;
}

bool IsCleanConditionallyTag(GumboTag t) {
  return t == GUMBO_TAG_TABLE || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DIV ||
         t == GUMBO_TAG_SECTION;
}

bool IsMediaTag(GumboTag t) {
  return t == GUMBO_TAG_IMG || t == GUMBO_TAG_PICTURE || t == GUMBO_TAG_VIDEO ||
         t == GUMBO_TAG_AUDIO || t == GUMBO_TAG_SVG || t == GUMBO_TAG_MATH ||
         t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_EMBED || t == GUMBO_TAG_OBJECT;
}

void CleanRange(Workspace* ws, NodeId root) {
  const Document& doc = ws->doc();
  NodeId from = root, to = doc[root].end;

  // Pass A (top-down): elements never kept inside an article.
  for (NodeId i = from; i < to; ++i) {
    if (ws->removed[i]) {
      i = doc[i].end - 1;
      continue;
    }
    const Node& n = doc[i];
    if (n.kind != NodeKind::kElement || n.ns != Ns::kHtml) continue;
    bool remove = false;
    switch (n.tag) {
      case GUMBO_TAG_OBJECT:
      case GUMBO_TAG_EMBED:
      case GUMBO_TAG_IFRAME:
        remove = !ws->IsVideoEmbed(i);
        break;
      case GUMBO_TAG_FOOTER:
      case GUMBO_TAG_LINK:
      case GUMBO_TAG_ASIDE:
      case GUMBO_TAG_NAV:
      case GUMBO_TAG_INPUT:
      case GUMBO_TAG_TEXTAREA:
      case GUMBO_TAG_SELECT:
      case GUMBO_TAG_BUTTON:
      case GUMBO_TAG_FORM:
      case GUMBO_TAG_FIELDSET:
        remove = i != root;
        break;
      case GUMBO_TAG_H1:
      case GUMBO_TAG_H2:
        remove = ws->ClassWeight(i) < 0;
        break;
      default:
        break;
    }
    // Clutter anywhere but the top candidate itself (siblings joined as roots may be clutter).
    if (!remove && (i != root || root != ws->top)) remove = IsArticleClutter(*ws, i);
    if (remove) {
      ws->removed[i] = 1;
      i = n.end - 1;
    }
  }

  // Pass B (bottom-up): share bars, conditional cleaning, empty paragraphs, link-heavy headings.
  bool conditional = ws->flags().clean_conditionally;
  ws->ComputeStatsWith(from, to, [&](NodeId i) {
    const Node& n = doc[i];
    if (i == root || n.ns != Ns::kHtml) return false;
    const SubtreeStats& s = ws->Stats(i);
    if (ws->Matches(i, pt::kShareElements) && s.chars < 500) return true;
    GumboTag tag = ws->rename[i] != GUMBO_TAG_UNKNOWN ? ws->rename[i] : n.tag;
    bool block = IsBlockTag(tag);
    if ((block || tag == GUMBO_TAG_SPAN || tag == GUMBO_TAG_A || tag == GUMBO_TAG_LABEL) &&
        !ws->HasAncestorBit(i, kInCode) && s.chars > 0 &&
        s.chars <= static_cast<uint32_t>(pt::kPromoMaxChars) && s.img == 0 && s.media == 0 &&
        s.videos == 0) {
      std::string text;
      if (SmallText(*ws, i, &text)) {
        if (IsLabel(text, block) && !ws->HasAncestorBit(i, kInTable) && tag != GUMBO_TAG_LI &&
            tag != GUMBO_TAG_TD && tag != GUMBO_TAG_TH) {
          return true;
        }
        if (block && HasBoilerplatePhrase(text)) return true;
        if ((tag == GUMBO_TAG_P || IsHeadingTag(tag) || tag == GUMBO_TAG_DIV) &&
            IsPromoLine(text, ws->LinkDensity(i))) {
          return true;
        }
      }
    }
    if (n.tag == GUMBO_TAG_P || ws->rename[i] == GUMBO_TAG_P) {
      if (s.chars > 0 || s.img > 0 || s.embeds > 0 || s.videos > 0) return false;
      for (NodeId k = i + 1; k < n.end; ++k) {
        if (doc[k].kind == NodeKind::kElement && IsMediaTag(doc[k].tag) && !ws->removed[k]) {
          return false;
        }
      }
      return true;
    }
    if (IsHeadingTag(n.tag)) return ws->LinkDensity(i) > pt::kHeadingMaxLinkDensity;
    if (conditional && IsCleanConditionallyTag(n.tag)) return ShouldRemoveConditionally(*ws, i);
    return false;
  });
}

// The article's head: its title (shown by the view from the metadata), kicker, byline and date
// rows come before the first real paragraph; <h1> and <header> there are not body text.
void CleanLeadingFurniture(Workspace* ws) {
  const Document& doc = ws->doc();
  for (NodeId root : ws->roots) {
    for (NodeId i = root, end = doc[root].end; i < end; ++i) {
      if (ws->removed[i]) {
        i = doc[i].end - 1;
        continue;
      }
      if (!doc.IsElement(i) || doc[i].ns != Ns::kHtml) continue;
      GumboTag tag = ws->rename[i] != GUMBO_TAG_UNKNOWN ? ws->rename[i] : doc[i].tag;
      if (tag == GUMBO_TAG_P &&
          ws->Stats(i).chars >= static_cast<uint32_t>(pt::kLeadParagraphChars)) {
        return;
      }
      bool remove =
          i != root && (tag == GUMBO_TAG_H1 ||
                        (tag == GUMBO_TAG_HEADER &&
                         ws->Stats(i).chars <= static_cast<uint32_t>(pt::kLeadHeaderMaxChars)));
      if (remove) {
        ws->removed[i] = 1;
        i = doc[i].end - 1;
      }
    }
  }
}

// "Updated Nov 20, 2019 1:35 a.m.": a short block made mostly of a date is a dateline.
void CleanDatelines(Workspace* ws, NodeId root) {
  const Document& doc = ws->doc();
  for (NodeId i = root + 1, end = doc[root].end; i < end; ++i) {
    if (ws->removed[i]) {
      i = doc[i].end - 1;
      continue;
    }
    if (!doc.IsElement(i)) continue;
    std::string_view itemprop = doc.Attr(i, "itemprop");
    if (!doc.IsTag(i, GUMBO_TAG_TIME) && itemprop != "datePublished" &&
        itemprop != "dateModified") {
      continue;
    }
    uint32_t date_chars = ws->Stats(i).chars;
    NodeId block = i;
    int levels = 0;
    for (NodeId p = doc.Parent(i); p != root && p != kNoNode && levels < pt::kDatelineMaxLevels;
         p = doc.Parent(p), ++levels) {
      if (ws->Stats(p).chars > static_cast<uint32_t>(pt::kDatelineMaxChars)) break;
      block = p;
    }
    uint32_t block_chars = ws->Stats(block).chars;
    if (block_chars <= static_cast<uint32_t>(pt::kDatelineMaxChars) &&
        date_chars * 100 >= block_chars * pt::kDatelineMinDatePercent) {
      ws->removed[block] = 1;
      i = doc[block].end - 1;
    }
  }
}

// "___", "* * *", "---": a paragraph drawn as a horizontal rule.
bool IsSeparatorBlock(const Workspace& ws, NodeId id) {
  const Document& doc = ws.doc();
  if (!doc.IsTag(id, GUMBO_TAG_P) && ws.rename[id] != GUMBO_TAG_P) return false;
  uint32_t chars = ws.Stats(id).chars;
  if (chars < 3 || chars > 40) return false;
  std::string text;
  if (!SmallText(ws, id, &text)) return false;
  for (char c : text) {
    if (c != '_' && c != '-' && c != '*' && c != '=' && c != '~' && c != ' ') return false;
  }
  return true;
}

// A short tail after the article's last <hr> is an appendix: the publisher's "About us", an author
// bio, an editor's note, a newsletter plug. Dropped when it is a small share of the article.
void CleanTrailingAppendix(Workspace* ws) {
  const Document& doc = ws->doc();
  NodeId hr = kNoNode;
  size_t hr_root = 0;
  uint64_t total = 0;
  uint64_t through_hr = 0;  // text up to the end of the last rule (its own "* * *" included)
  NodeId hr_end = kNoNode;
  for (size_t r = 0; r < ws->roots.size(); ++r) {
    NodeId root = ws->roots[r];
    if (ws->removed[root]) continue;
    for (NodeId i = root, end = doc[root].end; i < end; ++i) {
      if (i == hr_end) through_hr = total;  // first node after the rule's subtree
      if (ws->removed[i]) {
        i = doc[i].end - 1;
        continue;
      }
      if (doc.IsTag(i, GUMBO_TAG_HR) || IsSeparatorBlock(*ws, i))
        hr = i, hr_root = r, hr_end = doc[i].end;
      if (doc[i].kind == NodeKind::kText) total += ws->TextChars(i);
    }
    if (r == hr_root && hr != kNoNode && hr_end >= doc[root].end)
      through_hr = total;  // rule ends the root
  }
  if (hr == kNoNode || total == 0) return;
  // One walk: the tail is the text after the rule's subtree.
  uint64_t tail = total - through_hr;
  if (tail == 0 || tail > static_cast<uint64_t>(pt::kAppendixMaxChars) ||
      tail * 100 > total * pt::kAppendixMaxPercent) {
    return;
  }
  ws->removed[hr] = 1;
  for (size_t r = hr_root; r < ws->roots.size(); ++r) {
    NodeId root = ws->roots[r];
    for (NodeId i = r == hr_root ? doc[hr].end : root, end = doc[root].end; i < end; ++i) {
      ws->removed[i] = 1;
      i = doc[i].end - 1;  // the whole subtree follows the <hr>
    }
  }
}

}  // namespace

void CleanArticle(Workspace* ws) {
  for (NodeId root : ws->roots) {
    CleanRange(ws, root);
    CleanDatelines(ws, root);
  }
  CleanLeadingFurniture(ws);
  CleanTrailingAppendix(ws);
}

uint32_t ArticleChars(Workspace* ws) {
  uint32_t total = 0;
  for (NodeId root : ws->roots) {
    if (ws->removed[root]) continue;
    ws->ComputeStats(root, ws->doc()[root].end);
    total += ws->Stats(root).chars;
  }
  return total;
}

}  // namespace clearsource
