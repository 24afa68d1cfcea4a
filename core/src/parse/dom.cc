#include "parse/dom.h"

#include <algorithm>

#include "parse/arena.h"
#include "parse/raw_text.h"
#include "parse/tags.h"
#include "util/text.h"

namespace clearsource {

Document::Document() = default;
Document::~Document() = default;  // the arena releases gumbo's whole tree at once

std::string_view Document::TagName(NodeId id) const {
  const Node& n = nodes_[id];
  if (n.tag < GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(n.tag);
  return n.text;
}

std::string_view Document::Attr(NodeId id, std::string_view name, bool* found) const {
  for (const Attribute *a = AttrsBegin(id), *e = AttrsEnd(id); a != e; ++a) {
    if (a->name == name) {
      if (found) *found = true;
      return a->value;
    }
  }
  if (found) *found = false;
  return {};
}

bool Document::HasAttr(NodeId id, std::string_view name) const {
  bool found;
  Attr(id, name, &found);
  return found;
}

std::string Document::TextOf(NodeId id) const {
  std::string out;
  for (NodeId i = id, e = nodes_[id].end; i < e; ++i) {
    const Node& n = nodes_[i];
    if (n.kind == NodeKind::kText || n.kind == NodeKind::kWhitespace) out.append(n.text);
  }
  return out;
}

NodeId Document::FindFirst(GumboTag tag, NodeId from, NodeId to) const {
  to = std::min<NodeId>(to, size());
  for (NodeId i = from; i < to; ++i) {
    if (IsTag(i, tag)) return i;
  }
  return kNoNode;
}

class DomBuilder {
 public:
  DomBuilder(Document* doc, const ParseBudget& budget) : doc_(doc), budget_(budget) {}

  void Build(const GumboNode* root) {
    // Iterative pre-order walk: pages may nest 100,000 deep.
    struct Item {
      const GumboNode* node;
      NodeId parent;
      uint32_t depth;
    };
    std::vector<Item> stack;
    std::vector<NodeId> last_child;
    stack.push_back({root, kNoNode, 0});
    while (!stack.empty()) {
      if (doc_->nodes_.size() >= kMaxDomNodes) {  // parse/limits.h: the rest of the page is cut
        truncated_ = true;
        break;
      }
      Item item = stack.back();
      stack.pop_back();
      NodeId id = Add(item.node, item.parent, item.depth, &last_child);
      if (id == kNoNode) continue;
      const GumboVector* children = nullptr;
      if (item.node->type == GUMBO_NODE_DOCUMENT) {
        children = &item.node->v.document.children;
      } else if (item.node->type == GUMBO_NODE_ELEMENT || item.node->type == GUMBO_NODE_TEMPLATE) {
        children = &item.node->v.element.children;
      }
      if (!children) continue;
      // Scripting-on parsing keeps <noscript> as raw text; lazy-loading pages put the real
      // <img> there. Parse that text as a fragment so later stages see the element.
      if (item.node->type == GUMBO_NODE_ELEMENT && item.node->v.element.tag == GUMBO_TAG_NOSCRIPT &&
          item.node->v.element.tag_namespace == GUMBO_NAMESPACE_HTML) {
        if (const GumboVector* parsed = ParseNoscript(children)) children = parsed;
      }
      for (unsigned i = children->length; i-- > 0;) {
        stack.push_back({static_cast<const GumboNode*>(children->data[i]), id, item.depth + 1});
      }
    }
    // Subtree ends, bottom-up: children have larger ids than their parents.
    auto& nodes = doc_->nodes_;
    for (NodeId i = static_cast<NodeId>(nodes.size()); i-- > 1;) {
      NodeId p = nodes[i].parent;
      nodes[p].end = std::max(nodes[p].end, nodes[i].end);
    }
  }

 private:
  // The children of a fragment parse of a <noscript>'s text when it holds markup worth having
  // (images), else nullptr. The fragment lives in the document's arena like the page itself.
  const GumboVector* ParseNoscript(const GumboVector* children) {
    if (children->length != 1) return nullptr;
    const GumboNode* text = static_cast<const GumboNode*>(children->data[0]);
    if (text->type != GUMBO_NODE_TEXT) return nullptr;
    std::string_view raw(text->v.text.text);
    if (FindIgnoreCase(raw, "<img") == std::string_view::npos &&
        FindIgnoreCase(raw, "<picture") == std::string_view::npos) {
      return nullptr;
    }
    // The text is the page's: the same limits as for the page (parse/limits.h).
    auto flattened = std::make_unique<std::string>();
    if (DefuseInput(raw, flattened.get())) {
      raw = *flattened;
      doc_->owned_.push_back(std::move(flattened));
    }
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;
    options.fragment_context = GUMBO_TAG_DIV;
    ParseBudget budget = budget_;
    budget.max_arena_bytes = doc_->arena_->bytes_reserved() + DefaultParseMemoryBudget(raw.size());
    ParseOutcome outcome;
    GumboOutput* out = ParseWithBudget(options, raw, doc_->arena_.get(), budget, &outcome);
    if (!out || !out->root || out->root->type != GUMBO_NODE_ELEMENT) return nullptr;
    return &out->root->v.element.children;
  }

  NodeId Add(const GumboNode* g, NodeId parent, uint32_t depth, std::vector<NodeId>* last_child) {
    Node n{};
    n.parent = parent;
    n.next_sibling = kNoNode;
    n.depth = depth;
    n.ns = Ns::kHtml;
    n.tag = GUMBO_TAG_UNKNOWN;
    switch (g->type) {
      case GUMBO_NODE_DOCUMENT:
        n.kind = NodeKind::kDocument;
        break;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        n.kind = NodeKind::kElement;
        FillElement(g, &n);
        break;
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
        n.kind = NodeKind::kText;
        n.text = std::string_view(g->v.text.text);
        break;
      case GUMBO_NODE_WHITESPACE:
        n.kind = NodeKind::kWhitespace;
        n.text = std::string_view(g->v.text.text);
        break;
      case GUMBO_NODE_COMMENT:
        n.kind = NodeKind::kComment;
        n.text = std::string_view(g->v.text.text);
        break;
    }
    auto& nodes = doc_->nodes_;
    NodeId id = static_cast<NodeId>(nodes.size());
    n.end = id + 1;
    nodes.push_back(n);
    last_child->push_back(kNoNode);
    if (parent != kNoNode) {
      NodeId prev = (*last_child)[parent];
      if (prev != kNoNode) nodes[prev].next_sibling = id;
      (*last_child)[parent] = id;
    }
    doc_->class_and_id_.emplace_back(0, 0);
    if (n.kind == NodeKind::kElement) IndexElement(id);
    return id;
  }

  void FillElement(const GumboNode* g, Node* n) {
    const GumboElement& e = g->v.element;
    n->tag = e.tag;
    n->ns = e.tag_namespace == GUMBO_NAMESPACE_SVG      ? Ns::kSvg
            : e.tag_namespace == GUMBO_NAMESPACE_MATHML ? Ns::kMathMl
                                                        : Ns::kHtml;
    if (e.tag == GUMBO_TAG_UNKNOWN) {
      GumboStringPiece piece = e.original_tag;
      gumbo_tag_from_original_text(&piece);
      auto name = std::make_unique<std::string>(piece.data ? piece.data : "", piece.length);
      AsciiLowerInPlace(name.get());
      n->text = *name;
      n->tag = ExtendedTagFor(n->text);
      doc_->owned_.push_back(std::move(name));
    }
    n->attr_begin = static_cast<uint32_t>(doc_->attrs_.size());
    n->attr_count = e.attributes.length;
    for (unsigned i = 0; i < e.attributes.length; ++i) {
      const GumboAttribute* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
      doc_->attrs_.push_back({a->name, a->value});
    }
  }

  void IndexElement(NodeId id) {
    Document& d = *doc_;
    const Node& n = d.nodes_[id];
    if (n.ns == Ns::kHtml) {
      if (n.tag == GUMBO_TAG_HTML && d.html_ == kNoNode) d.html_ = id;
      if (n.tag == GUMBO_TAG_HEAD && d.head_ == kNoNode) d.head_ = id;
      if (n.tag == GUMBO_TAG_BODY && d.body_ == kNoNode) d.body_ = id;
    }
    std::string_view cls = d.Attr(id, "class"), ident = d.Attr(id, "id");
    if (cls.empty() && ident.empty()) return;
    uint32_t offset = static_cast<uint32_t>(d.class_pool_.size());
    d.class_pool_.append(cls);
    d.class_pool_.push_back(' ');
    d.class_pool_.append(ident);
    for (size_t i = offset; i < d.class_pool_.size(); ++i) {
      char& c = d.class_pool_[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    d.class_and_id_[id] = {offset, static_cast<uint32_t>(d.class_pool_.size() - offset)};
  }

  Document* doc_;
  ParseBudget budget_;

 public:
  bool truncated_ = false;  // stopped at kMaxDomNodes
};

void ParseHtml(std::string_view page, Document* doc) {
  ParseBudget budget;
  budget.max_arena_bytes = DefaultParseMemoryBudget(page.size());
  ParseHtml(page, doc, budget);
}

ParseReport ParseHtml(std::string_view page, Document* doc, const ParseBudget& budget) {
  ParseReport report;
  // Script and style contents never reach the DOM's users; not tokenizing them halves the parse.
  doc->source_ = ElideRawText(page);
  // Hostile nesting is flattened before gumbo's quadratic scope checks see it, and numeric
  // references gumbo would overflow on are made U+FFFD (parse/limits.h).
  std::string defused;
  if (DefuseInput(doc->source_, &defused, &report.nesting)) doc->source_.swap(defused);
  std::string_view html = doc->source_;
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never read parse errors; recording them costs time and memory
  ParseBudget attempt = budget;
  for (;;) {
    doc->arena_ = std::make_unique<Arena>(std::max<size_t>(64 * 1024, html.size() * 2));
    ParseOutcome outcome;
    doc->output_ = ParseWithBudget(options, html, doc->arena_.get(), attempt, &outcome);
    if (!report.truncated) report.outcome = outcome;
    if (doc->output_) break;
    // Over budget: a shorter prefix, down to the empty page (which always fits).
    report.truncated = true;
    html = PrefixForRetry(html);
    attempt.deadline = budget.retry_deadline;
  }
  report.parsed_bytes = html.size();
  doc->nodes_.reserve(html.size() / 40 + 16);
  DomBuilder builder(doc, budget);
  builder.Build(doc->output_->document);
  if (builder.truncated_) {
    if (!report.truncated) report.outcome = ParseOutcome::kOverMemory;
    report.truncated = true;
  }
  return report;
}

}  // namespace clearsource
