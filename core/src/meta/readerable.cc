#include "meta/readerable.h"

#include <cmath>

namespace clearsource {

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
    uint32_t len = ws.Stats(i).chars;
    if (len < static_cast<uint32_t>(patterns::kReaderableMinBlockChars)) continue;
    score += std::sqrt(static_cast<double>(len - patterns::kReaderableMinBlockChars));
    if (score > patterns::kReaderableMinScore) return true;
  }
  return false;
}

}  // namespace clearsource
