// A flat, immutable DOM built once from gumbo's tree. Nodes are stored in document (pre-)order,
// so a node's descendants are exactly the ids in [id + 1, end): subtree questions become range
// scans, and bottom-up aggregates are one reverse loop. Later stages never mutate it; they keep
// their decisions (removed, renamed, scored) in side arrays indexed by NodeId, which makes retries
// with other settings cheap and keeps every pass linear.
#ifndef CLEARSOURCE_PARSE_DOM_H_
#define CLEARSOURCE_PARSE_DOM_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "gumbo.h"
#include "parse/limits.h"

namespace clearsource {

using NodeId = uint32_t;
constexpr NodeId kNoNode = UINT32_MAX;

enum class NodeKind : uint8_t { kDocument, kElement, kText, kWhitespace, kComment };
enum class Ns : uint8_t { kHtml, kSvg, kMathMl };

struct Attribute {
  std::string_view name;  // lower-case (gumbo normalizes HTML attribute names)
  std::string_view value;
};

struct Node {
  NodeKind kind;
  Ns ns;
  GumboTag tag;  // GUMBO_TAG_UNKNOWN for custom elements: see Document::TagName
  NodeId parent;
  NodeId next_sibling;
  NodeId end;  // one past the last descendant
  uint32_t depth;
  uint32_t attr_begin;
  uint32_t attr_count;
  std::string_view text;  // text/comment data; lower-case tag name for unknown elements
};

class Arena;

class Document {
 public:
  Document();
  ~Document();
  Document(const Document&) = delete;
  Document& operator=(const Document&) = delete;

  const Node& operator[](NodeId id) const { return nodes_[id]; }
  NodeId size() const { return static_cast<NodeId>(nodes_.size()); }
  NodeId root() const { return 0; }
  NodeId html() const { return html_; }
  NodeId head() const { return head_; }
  NodeId body() const { return body_; }

  bool IsElement(NodeId id) const { return nodes_[id].kind == NodeKind::kElement; }
  bool IsTag(NodeId id, GumboTag tag) const {
    return nodes_[id].kind == NodeKind::kElement && nodes_[id].tag == tag &&
           nodes_[id].ns == Ns::kHtml;
  }
  bool HasChildren(NodeId id) const { return nodes_[id].end > id + 1; }
  NodeId FirstChild(NodeId id) const { return HasChildren(id) ? id + 1 : kNoNode; }
  NodeId NextSibling(NodeId id) const { return nodes_[id].next_sibling; }
  NodeId Parent(NodeId id) const { return nodes_[id].parent; }
  bool Contains(NodeId ancestor, NodeId id) const {
    return id >= ancestor && id < nodes_[ancestor].end;
  }

  std::string_view TagName(NodeId id) const;
  // Returns the attribute value, or an empty view with *found = false.
  std::string_view Attr(NodeId id, std::string_view name, bool* found = nullptr) const;
  bool HasAttr(NodeId id, std::string_view name) const;
  const Attribute* AttrsBegin(NodeId id) const { return attrs_.data() + nodes_[id].attr_begin; }
  const Attribute* AttrsEnd(NodeId id) const { return AttrsBegin(id) + nodes_[id].attr_count; }
  // class + " " + id, lower-cased: what class/id patterns are matched against.
  std::string_view ClassAndId(NodeId id) const {
    const auto& r = class_and_id_[id];
    return std::string_view(class_pool_).substr(r.first, r.second);
  }

  // Raw text of a subtree (text nodes concatenated, no normalization).
  std::string TextOf(NodeId id) const;

  // First element with this tag in document order inside [from, to), or kNoNode.
  NodeId FindFirst(GumboTag tag, NodeId from = 0, NodeId to = kNoNode) const;

 private:
  friend class DomBuilder;
  friend ParseReport ParseHtml(std::string_view html, Document* doc, const ParseBudget& budget);
  std::vector<Node> nodes_;
  std::vector<Attribute> attrs_;
  std::vector<std::pair<uint32_t, uint32_t>> class_and_id_;  // (offset, length) in class_pool_
  std::string class_pool_;
  std::vector<std::unique_ptr<std::string>> owned_;  // lower-cased unknown tag names
  std::string source_;                               // the page as parsed (raw text elided)
  std::unique_ptr<Arena> arena_;                     // owns gumbo's tree: all string_views
  GumboOutput* output_ = nullptr;
  NodeId html_ = kNoNode, head_ = kNoNode, body_ = kNoNode;
};

// Parses `html` (UTF-8) into `doc`. Gumbo never fails on any input. The document keeps its own
// copy of the page (with script/style contents elided: parse/raw_text.h).
void ParseHtml(std::string_view html, Document* doc);
// The same under a budget (parse/limits.h): nesting beyond kMaxNestingDepth is flattened first,
// and when gumbo runs out of memory or time a shorter prefix of the page is parsed instead
// (report.truncated). Never fails.
ParseReport ParseHtml(std::string_view html, Document* doc, const ParseBudget& budget);

}  // namespace clearsource

#endif  // CLEARSOURCE_PARSE_DOM_H_
