#include "score/workspace.h"

#include <algorithm>

#include "clean/images.h"
#include "parse/tags.h"
#include "score/patterns.h"
#include "util/text.h"

namespace clearsource {
namespace {

// Commas in the scripts we read: Latin, CJK full-width and ideographic, Arabic.
bool IsComma(uint32_t cp) {
  return cp == ',' || cp == 0xFF0C || cp == 0x3001 || cp == 0x060C || cp == 0xFE50 ||
         cp == 0xFE51 || cp == 0x2E41 || cp == 0x2E34 || cp == 0x2E32;
}

bool TokenMatch(std::string_view hay, std::string_view word) {
  size_t pos = 0;
  while ((pos = hay.find(word, pos)) != std::string_view::npos) {
    bool start_ok = pos == 0 || hay[pos - 1] == ' ';
    size_t end = pos + word.size();
    bool end_ok = end == hay.size() || hay[end] == ' ';
    if (start_ok && end_ok) return true;
    pos = end;
  }
  return false;
}

// Whether the lower-cased class/id string `s` matches any pattern of [begin, end).
bool AnyPattern(std::string_view s, const patterns::Pattern* begin, const patterns::Pattern* end) {
  uint32_t letters = patterns::LetterMask(s);
  for (const patterns::Pattern* p = begin; p != end; ++p) {
    if ((p->letters & ~letters) != 0) continue;  // a letter of the pattern is missing
    if (p->match == patterns::Match::kSubstring ? s.find(p->text) != std::string_view::npos
                                                : TokenMatch(s, p->text)) {
      return true;
    }
  }
  return false;
}

template <size_t N>
bool AnyPattern(std::string_view s, const patterns::Pattern (&list)[N]) {
  return AnyPattern(s, list, list + N);
}

}  // namespace

Workspace::Workspace(const Document& doc)
    : doc_(doc), text_chars_(doc.size(), 0), text_commas_(doc.size(), 0) {
  for (NodeId i = 0; i < doc.size(); ++i) {
    const Node& n = doc[i];
    if (n.kind != NodeKind::kText) continue;
    NodeId parent = n.parent;
    if (parent != kNoNode &&
        (doc.IsTag(parent, GUMBO_TAG_SCRIPT) || doc.IsTag(parent, GUMBO_TAG_STYLE))) {
      continue;  // never article text (and JSON-LD blocks can be large)
    }
    uint32_t chars = 0, commas = 0;
    bool in_space = true;  // leading space does not count
    bool pending = false;
    size_t k = 0;
    while (k < n.text.size()) {
      uint32_t cp = NextCodePoint(n.text, &k);
      if (IsUnicodeSpace(cp)) {
        if (!in_space) pending = true;
        in_space = true;
        continue;
      }
      if (pending) ++chars, pending = false;
      in_space = false;
      ++chars;
      commas += IsComma(cp);
    }
    // One joining space to the next node's text, as textContent normalization would keep.
    text_chars_[i] = chars + (pending ? 1 : 0);
    text_commas_[i] = commas;
  }
  // Ancestor context, top-down (parents precede children).
  ancestor_bits_.assign(doc.size(), 0);
  for (NodeId i = 1; i < doc.size(); ++i) {
    NodeId p = doc[i].parent;
    uint8_t bits = ancestor_bits_[p];
    if (doc.IsTag(p, GUMBO_TAG_TABLE)) bits |= kInTable;
    if (doc.IsTag(p, GUMBO_TAG_CODE) || doc.IsTag(p, GUMBO_TAG_PRE)) bits |= kInCode;
    if (doc.IsTag(p, GUMBO_TAG_FIGURE)) bits |= kInFigure;
    ancestor_bits_[i] = bits;
  }
  MarkDataTables();
  class_bits_.assign(doc.size(), 0);
  class_weight_.assign(doc.size(), kUnknownWeight);
  node_flags_.assign(doc.size(), 0);
  for (NodeId i = 0; i < doc.size(); ++i) {
    if (doc[i].kind != NodeKind::kElement || doc[i].ns != Ns::kHtml) continue;
    switch (doc[i].tag) {
      case GUMBO_TAG_IMG: {
        ImageSources src = PickImageSources(doc, i);
        if (!src.src.empty() || !src.srcset.empty()) node_flags_[i] |= kRealImageFlag;
        break;
      }
      case GUMBO_TAG_EMBED:
      case GUMBO_TAG_OBJECT:
      case GUMBO_TAG_IFRAME:
        if (ComputeVideoEmbed(i)) node_flags_[i] |= kVideoEmbedFlag;
        break;
      default:
        break;
    }
  }
}

void Workspace::MarkDataTables() {
  // One bottom-up pass: each table learns about its own rows and markers without rescanning
  // nested tables (linear even for tables nested thousands deep).
  struct Acc {
    bool marker = false;  // th, thead, tfoot, col, colgroup below
    bool table = false;   // a nested table below
    uint32_t rows = 0;
    uint32_t max_cols = 0;
  };
  std::vector<Acc> acc(doc_.size());
  data_table_.assign(doc_.size(), 0);
  for (NodeId i = doc_.size(); i-- > 1;) {
    const Node& n = doc_[i];
    Acc& a = acc[i];
    if (n.kind == NodeKind::kElement && n.ns == Ns::kHtml) {
      switch (n.tag) {
        case GUMBO_TAG_COL:
        case GUMBO_TAG_COLGROUP:
        case GUMBO_TAG_TFOOT:
        case GUMBO_TAG_THEAD:
        case GUMBO_TAG_TH:
          a.marker = true;
          break;
        case GUMBO_TAG_CAPTION:
          if (doc_.HasChildren(i)) a.marker = true;
          break;
        case GUMBO_TAG_TR: {
          uint32_t cols = 0;
          for (NodeId c = doc_.FirstChild(i); c != kNoNode; c = doc_.NextSibling(c)) {
            if (doc_.IsTag(c, GUMBO_TAG_TD) || doc_.IsTag(c, GUMBO_TAG_TH)) {
              std::string_view span = doc_.Attr(c, "colspan");
              uint32_t v = 0;
              for (char ch : span.substr(0, 4)) {
                if (ch < '0' || ch > '9') break;
                v = v * 10 + (ch - '0');
              }
              cols += v > 0 ? v : 1;
            }
          }
          a.rows += 1;
          a.max_cols = std::max(a.max_cols, cols);
          break;
        }
        case GUMBO_TAG_TABLE: {
          bool data = false;
          if (doc_.Attr(i, "role") == "presentation" || doc_.Attr(i, "datatable") == "0") {
            data = false;
          } else if (!doc_.Attr(i, "summary").empty() || a.marker) {
            data = true;
          } else if (!a.table) {
            data = a.rows >= 10 || a.max_cols > 4 || a.rows * a.max_cols > 10;
          }
          data_table_[i] = data;
          a = Acc{a.marker, true, 0, 0};  // the parent sees "a table below", not our rows
          break;
        }
        default:
          break;
      }
    }
    Acc& pa = acc[n.parent];
    pa.marker |= a.marker;
    pa.table |= a.table;
    pa.rows += a.rows;
    pa.max_cols = std::max(pa.max_cols, a.max_cols);
  }
}

bool Workspace::MatchesAny(NodeId id, const patterns::Pattern* begin,
                           const patterns::Pattern* end) const {
  std::string_view s = doc_.ClassAndId(id);
  return !s.empty() && AnyPattern(s, begin, end);
}

const patterns::Pattern* const Workspace::cached_lists_[kCachedLists] = {
    patterns::kUnlikely,         patterns::kMaybeCandidate, patterns::kArticleClutter,
    patterns::kCaption,          patterns::kEmbeddedPost,   patterns::kShareElements,
    patterns::kArticleContainer, patterns::kByline,
};

int Workspace::ComputeClassWeight(NodeId id) const {
  // Class and id are weighed separately, as in Readability: each may add or subtract.
  int weight = 0;
  auto weigh = [&](std::string_view raw) {
    if (raw.empty()) return;
    std::string s = AsciiLower(raw);
    if (AnyPattern(s, patterns::kNegative)) weight -= patterns::kClassWeight;
    if (AnyPattern(s, patterns::kPositive)) weight += patterns::kClassWeight;
  };
  weigh(doc_.Attr(id, "class"));
  weigh(doc_.Attr(id, "id"));
  return weight;
}

bool Workspace::IsProbablyVisible(NodeId id) const {
  std::string_view style = doc_.Attr(id, "style");
  if (!style.empty()) {
    std::string s = AsciiLower(style);
    s.erase(std::remove_if(s.begin(), s.end(), [](char c) { return IsAsciiSpace(c); }), s.end());
    if (s.find("display:none") != std::string::npos ||
        s.find("visibility:hidden") != std::string::npos) {
      return false;
    }
  }
  if (doc_.HasAttr(id, "hidden")) return false;
  // aria-hidden images are often the visible fallback of a lazy loader: keep them.
  if (doc_.Attr(id, "aria-hidden") == "true" &&
      doc_.ClassAndId(id).find("fallback-image") == std::string_view::npos) {
    return false;
  }
  return true;
}

void Workspace::Reset(const AttemptFlags& flags) {
  flags_ = flags;
  size_t n = doc_.size();
  removed.assign(n, 0);
  rename.assign(n, GUMBO_TAG_UNKNOWN);
  collapsed.assign(n, 0);
  score.assign(n, 0.0f);
  scored.assign(n, 0);
  roots.clear();
  top = kNoNode;
  stats_.assign(n, SubtreeStats{});
  effective_removed_.assign(n, 0);
}

bool Workspace::IsRemoved(NodeId id, NodeId stop) const {
  for (NodeId p = id; p != kNoNode && p != stop; p = doc_.Parent(p)) {
    if (removed[p]) return true;
  }
  return false;
}

void Workspace::PrepareRange(NodeId from, NodeId to) {
  // Removal is inherited by descendants; only the range's own root decides for itself.
  for (NodeId i = from; i < to; ++i) {
    NodeId p = doc_.Parent(i);
    effective_removed_[i] =
        removed[i] || (i != from && p != kNoNode && p >= from && effective_removed_[p]);
    stats_[i] = SubtreeStats{};
  }
}

// Adds a node's own contribution once its children are folded in.
void Workspace::FinishNode(NodeId i) {
  const Node& n = doc_[i];
  SubtreeStats& s = stats_[i];
  if (n.kind == NodeKind::kText) {
    s.chars += text_chars_[i];
    s.commas += text_commas_[i];
    return;
  }
  if (n.kind != NodeKind::kElement) return;
  if (n.ns != Ns::kHtml) {
    if (n.tag == GUMBO_TAG_MATH || n.tag == GUMBO_TAG_SVG) ++s.media;
    return;
  }
  if (n.tag == GUMBO_TAG_PICTURE) ++s.media;
  switch (n.tag) {
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
      ++s.media;
      break;
    case GUMBO_TAG_A: {
      std::string_view href = doc_.Attr(i, "href");
      s.link_chars = s.chars * ((!href.empty() && href[0] == '#') ? 0.3f : 1.0f);
      break;
    }
    case GUMBO_TAG_P:
      ++s.p;
      break;
    case GUMBO_TAG_IMG:
      // A lazy loader's placeholder with no real source behind it is not an image to count.
      if (IsRealImage(i)) ++s.img;
      break;
    case GUMBO_TAG_LI:
      ++s.li;
      break;
    case GUMBO_TAG_INPUT:
      ++s.input;
      break;
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_IFRAME:
      ++(IsVideoEmbed(i) ? s.videos : s.embeds);
      break;
    case GUMBO_TAG_TABLE:
      s.data_tables += data_table_[i];
      break;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
      s.heading_chars = s.chars;
      break;
    default:
      break;
  }
}

bool Workspace::ComputeVideoEmbed(NodeId id) const {
  std::string_view src = doc_.Attr(id, "src");
  if (src.empty()) src = doc_.Attr(id, "data");
  if (src.empty()) return false;
  for (std::string_view host : patterns::kVideoHosts) {
    if (FindIgnoreCase(src, host) != std::string_view::npos) return true;
  }
  return false;
}

}  // namespace clearsource
