// Coverage: sizeable prose the article leaves out. A reader view that silently cuts an article
// short is the top complaint about reader modes; reporting what was dropped lets the view say
// "2 text blocks not shown" and show them on request.
#ifndef CLEARSOURCE_CLEAN_DROPPED_H_
#define CLEARSOURCE_CLEAN_DROPPED_H_

#include <vector>

#include "clearsource/result.h"
#include "score/workspace.h"

namespace clearsource {

// Text blocks of at least kMinDroppedChars, mostly prose (few links), that were visible on the
// page but are not in the article: removed from inside it by cleaning, or standing beside it
// under the same parent. Runs after the final attempt; linear (the blocks are disjoint).
std::vector<DroppedBlock> CollectDroppedBlocks(const Workspace& ws);

}  // namespace clearsource

#endif  // CLEARSOURCE_CLEAN_DROPPED_H_
