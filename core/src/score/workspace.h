// The extractor's working state for one page: static per-node text facts computed once, and the
// per-attempt decisions (removed subtrees, renames, scores, chosen roots) kept beside the
// immutable Document.
#ifndef CLEARSOURCE_SCORE_WORKSPACE_H_
#define CLEARSOURCE_SCORE_WORKSPACE_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "parse/dom.h"
#include "score/patterns.h"

namespace clearsource {

// Which of the extractor's heuristics an attempt uses; later attempts switch them off when the
// first finds too little (as Readability does).
struct AttemptFlags {
  bool strip_unlikely = true;
  bool weight_classes = true;
  bool clean_conditionally = true;
};

// Aggregated text facts of one subtree under the current removals.
struct SubtreeStats {
  uint32_t chars = 0;    // normalized text length in code points
  float link_chars = 0;  // chars inside links (same-page anchors count 0.3)
  uint32_t commas = 0;
  uint32_t p = 0, img = 0, li = 0, input = 0, heading_chars = 0;
  uint32_t embeds = 0;       // iframes/embeds/objects not on the video allowlist
  uint32_t videos = 0;       // allowlisted video embeds
  uint32_t data_tables = 0;  // tables judged to hold data
  uint32_t media = 0;        // picture, video, audio, svg, math

  void Add(const SubtreeStats& o) {
    chars += o.chars;
    link_chars += o.link_chars;
    commas += o.commas;
    p += o.p;
    img += o.img;
    li += o.li;
    input += o.input;
    heading_chars += o.heading_chars;
    embeds += o.embeds;
    videos += o.videos;
    data_tables += o.data_tables;
    media += o.media;
  }
};

// Static facts about a node's ancestors, computed once per page.
enum AncestorBits : uint8_t {
  kInTable = 1,
  kInCode = 2,  // code or pre: never cleaned or reflowed
  kInFigure = 4,
};

class Workspace {
 public:
  explicit Workspace(const Document& doc);

  const Document& doc() const { return doc_; }

  // --- static facts (independent of attempts) ---
  uint32_t TextChars(NodeId id) const { return text_chars_[id]; }  // text nodes only
  uint32_t TextCommas(NodeId id) const { return text_commas_[id]; }
  bool MatchesAny(NodeId id, const patterns::Pattern* begin, const patterns::Pattern* end) const;
  // Class/id pattern test. The lists the stages ask about per node and per attempt are matched
  // once per page (class and id never change); any other list is matched on demand.
  template <size_t N>
  bool Matches(NodeId id, const patterns::Pattern (&list)[N]) const {
    for (size_t k = 0; k < kCachedLists; ++k) {
      if (cached_lists_[k] != list) continue;
      uint16_t known = 1u << (2 * k), value = 2u << (2 * k);
      if (!(class_bits_[id] & known)) {
        class_bits_[id] |= known | (MatchesAny(id, list, list + N) ? value : 0);
      }
      return class_bits_[id] & value;
    }
    return MatchesAny(id, list, list + N);
  }
  int ClassWeight(NodeId id) const {  // -50..50, 0 when the attempt ignores classes
    if (!flags_.weight_classes) return 0;
    if (class_weight_[id] == kUnknownWeight) {
      class_weight_[id] = static_cast<int8_t>(ComputeClassWeight(id));
    }
    return class_weight_[id];
  }
  bool IsProbablyVisible(NodeId id) const;
  bool HasAncestorBit(NodeId id, AncestorBits bit) const { return ancestor_bits_[id] & bit; }
  bool IsVideoEmbed(NodeId id) const { return node_flags_[id] & kVideoEmbedFlag; }
  // An <img> with a real source (not a lazy loader's placeholder without data-src/srcset).
  bool IsRealImage(NodeId id) const { return node_flags_[id] & kRealImageFlag; }
  // Readability's data-table heuristics (layout tables get cleaned, data tables kept).
  bool IsDataTable(NodeId id) const { return data_table_[id]; }

  // --- per-attempt state ---
  void Reset(const AttemptFlags& flags);
  const AttemptFlags& flags() const { return flags_; }
  std::vector<uint8_t> removed;    // 1: this node and its subtree are not part of the article
  std::vector<GumboTag> rename;    // GUMBO_TAG_UNKNOWN: keep; else emit this tag instead
  std::vector<uint8_t> collapsed;  // a wrapper div replaced by its only paragraph
  std::vector<float> score;
  std::vector<uint8_t> scored;  // score initialized (a candidate)
  std::vector<NodeId> roots;    // the article's top-level nodes, document order
  NodeId top = kNoNode;

  // Whether `id` or one of its ancestors (up to `stop`, exclusive) was removed.
  bool IsRemoved(NodeId id, NodeId stop = kNoNode) const;
  // Recomputes `stats` for every node in [from, to) under the current removals, bottom-up.
  void ComputeStats(NodeId from, NodeId to) {
    ComputeStatsWith(from, to, [](NodeId) { return false; });
  }
  // The same walk, asking `decide(id)` once per element whose stats are final (its whole subtree
  // judged); returning true removes it before it is folded into its parent. Linear in the range.
  template <class Decide>
  void ComputeStatsWith(NodeId from, NodeId to, Decide&& decide);
  const SubtreeStats& Stats(NodeId id) const { return stats_[id]; }
  double LinkDensity(NodeId id) const {
    const SubtreeStats& s = stats_[id];
    return s.chars ? s.link_chars / s.chars : 0.0;
  }

 private:
  const Document& doc_;
  std::vector<uint32_t> text_chars_;
  std::vector<uint32_t> text_commas_;
  void PrepareRange(NodeId from, NodeId to);
  void FinishNode(NodeId id);

  std::vector<SubtreeStats> stats_;
  std::vector<uint8_t> effective_removed_;
  std::vector<uint8_t> ancestor_bits_;
  std::vector<uint8_t> data_table_;
  static constexpr size_t kCachedLists = 8;
  static const patterns::Pattern* const cached_lists_[kCachedLists];
  // Filled lazily, once per node: bit 2k "list k tested", bit 2k+1 "list k matches".
  mutable std::vector<uint16_t> class_bits_;
  static constexpr int8_t kUnknownWeight = INT8_MIN;
  mutable std::vector<int8_t> class_weight_;  // Readability's class/id weight
  int ComputeClassWeight(NodeId id) const;
  enum : uint8_t { kVideoEmbedFlag = 1, kRealImageFlag = 2 };
  std::vector<uint8_t> node_flags_;  // static per-node facts read by every stats pass
  bool ComputeVideoEmbed(NodeId id) const;
  void MarkDataTables();
  AttemptFlags flags_;
};

template <class Decide>
void Workspace::ComputeStatsWith(NodeId from, NodeId to, Decide&& decide) {
  if (from >= to) return;
  PrepareRange(from, to);
  for (NodeId i = to; i-- > from;) {
    if (effective_removed_[i]) continue;
    FinishNode(i);
    if (doc_[i].kind == NodeKind::kElement && decide(i)) {
      removed[i] = 1;
      continue;
    }
    NodeId p = doc_.Parent(i);
    if (i != from && p != kNoNode && p >= from) stats_[p].Add(stats_[i]);
  }
}

}  // namespace clearsource

#endif  // CLEARSOURCE_SCORE_WORKSPACE_H_
