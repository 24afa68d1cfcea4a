#include "clean/dropped.h"

#include <algorithm>

#include "util/text.h"

namespace clearsource {
namespace {

// Shorter than this is a caption, a label or a stray line, not lost article text.
constexpr size_t kMinDroppedChars = 100;
// More link text than this share is navigation (related links, tag lists), not prose.
constexpr double kMaxDroppedLinkShare = 0.3;
// Bounds the result for pathological pages: the note is about a few blocks, not a dump.
constexpr size_t kMaxDroppedBlocks = 20;
constexpr size_t kMaxDroppedBlockChars = 4000;

// Elements whose content is never shown or never prose.
bool IsNonProse(const Document& doc, NodeId id) {
  const Node& n = doc[id];
  if (n.kind != NodeKind::kElement) return n.kind != NodeKind::kText;
  if (n.ns != Ns::kHtml) return true;
  switch (n.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
      return true;
    default:
      return false;
  }
}

// Text of a subtree with block boundaries as blank lines, and the share of it inside links.
// Invisible and non-prose descendants are skipped. Linear in the subtree.
std::string BlockText(const Workspace& ws, NodeId root, double* link_share) {
  const Document& doc = ws.doc();
  std::string text;
  size_t link_chars = 0;
  NodeId link_end = 0;  // inside <a> while i < link_end
  bool pending = false;
  for (NodeId i = root; i < doc[root].end; ++i) {
    const Node& n = doc[i];
    if (n.kind == NodeKind::kElement) {
      if (i != root && (IsNonProse(doc, i) || !ws.IsProbablyVisible(i))) {
        i = n.end - 1;
        continue;
      }
      if (n.tag == GUMBO_TAG_A && i >= link_end) link_end = n.end;
      if (n.tag == GUMBO_TAG_P || n.tag == GUMBO_TAG_LI || n.tag == GUMBO_TAG_BR ||
          n.tag == GUMBO_TAG_DIV || n.tag == GUMBO_TAG_BLOCKQUOTE) {
        if (!text.empty() && text.back() != '\n') text.append("\n\n");
        pending = false;
      }
      continue;
    }
    if (n.kind != NodeKind::kText) continue;
    size_t before = text.size();
    AppendNormalized(n.text, &text, &pending);
    if (i < link_end) link_chars += text.size() - before;
  }
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  *link_share = text.empty() ? 1.0 : static_cast<double>(link_chars) / text.size();
  return text;
}

void Consider(const Workspace& ws, NodeId id, const char* where, std::vector<DroppedBlock>* out) {
  const Document& doc = ws.doc();
  if (out->size() >= kMaxDroppedBlocks || IsNonProse(doc, id) || !ws.IsProbablyVisible(id)) return;
  double link_share;
  std::string text = BlockText(ws, id, &link_share);
  size_t chars = CountCodePoints(text);
  if (chars < kMinDroppedChars || link_share > kMaxDroppedLinkShare) return;
  if (chars > kMaxDroppedBlockChars) {
    size_t cut = 0, count = 0;
    while (cut < text.size() && count < kMaxDroppedBlockChars) {
      NextCodePoint(text, &cut);
      ++count;
    }
    text.resize(cut);
    text.append("\xE2\x80\xA6");  // …
  }
  out->push_back({std::move(text), where, chars});
}

}  // namespace

std::vector<DroppedBlock> CollectDroppedBlocks(const Workspace& ws) {
  const Document& doc = ws.doc();
  std::vector<DroppedBlock> out;
  // 1. Removed from inside the article: the outermost removed nodes of each root.
  for (NodeId root : ws.roots) {
    if (ws.removed[root]) continue;
    for (NodeId i = root + 1; i < doc[root].end; ++i) {
      if (!ws.removed[i]) continue;
      Consider(ws, i, "inside the article", &out);
      i = doc[i].end - 1;
    }
  }
  // 2. Beside it: elements under the top candidate's parent that did not join the article.
  if (ws.top != kNoNode && doc.Parent(ws.top) != kNoNode) {
    for (NodeId s = doc.FirstChild(doc.Parent(ws.top)); s != kNoNode; s = doc.NextSibling(s)) {
      if (!doc.IsElement(s)) continue;
      if (std::find(ws.roots.begin(), ws.roots.end(), s) != ws.roots.end()) continue;
      Consider(ws, s, "next to the article", &out);
    }
  }
  return out;
}

}  // namespace clearsource
