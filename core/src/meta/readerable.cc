#include "meta/readerable.h"

#include <cmath>

#include "util/text.h"

namespace clearsource {

namespace {

// Characters of a block, with characters of unspaced scripts (CJK, Thai...) counted as
// kReaderableUnspacedWeight: a Chinese sentence says in 60 characters what English says in 180.
uint32_t ReadableLength(const Workspace& ws, NodeId id) {
  const Document& doc = ws.doc();
  uint32_t chars = ws.Stats(id).chars;
  if (chars >= static_cast<uint32_t>(patterns::kReaderableMinBlockChars) ||
      chars * patterns::kReaderableUnspacedWeight <
          static_cast<uint32_t>(patterns::kReaderableMinBlockChars) ||
      doc[id].end - id > static_cast<NodeId>(patterns::kTextCheckMaxNodes)) {
    return chars;
  }
  uint32_t unspaced = 0;
  for (NodeId k = id + 1; k < doc[id].end; ++k) {
    if (doc[k].kind != NodeKind::kText) continue;
    std::string_view t = doc[k].text;
    for (size_t pos = 0; pos < t.size();) {
      if (IsUnspacedScript(NextCodePoint(t, &pos))) ++unspaced;
    }
  }
  return chars + unspaced * (patterns::kReaderableUnspacedWeight - 1);
}

}  // namespace

bool IsProbablyReaderable(const Workspace& ws) {
  const Document& doc = ws.doc();
  NodeId body = doc.body();
  if (body == kNoNode) return false;
  double score = 0;
  for (NodeId i = body + 1; i < doc[body].end; ++i) {
    if (!doc.IsElement(i) || doc[i].ns != Ns::kHtml) continue;
    GumboTag t = doc[i].tag;
    bool block = t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_ARTICLE;
    if (!block && t == GUMBO_TAG_DIV) {
      // div > br: text laid out with line breaks instead of paragraphs.
      for (NodeId c = doc.FirstChild(i); c != kNoNode; c = doc.NextSibling(c)) {
        if (doc.IsTag(c, GUMBO_TAG_BR)) {
          block = true;
          break;
        }
      }
    }
    if (!block) continue;
    if (!ws.IsProbablyVisible(i)) continue;
    if (ws.Matches(i, patterns::kUnlikely) && !ws.Matches(i, patterns::kMaybeCandidate)) continue;
    if (t == GUMBO_TAG_P && doc.IsTag(doc.Parent(i), GUMBO_TAG_LI)) continue;
    uint32_t len = ReadableLength(ws, i);
    if (len < static_cast<uint32_t>(patterns::kReaderableMinBlockChars)) continue;
    score += std::sqrt(static_cast<double>(len - patterns::kReaderableMinBlockChars));
    if (score > patterns::kReaderableMinScore) return true;
  }
  return false;
}

}  // namespace clearsource
