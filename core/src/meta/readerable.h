// A cheap "is this an article page?" answer (Readability's isProbablyReaderable), so the
// extension can show whether the toolbar button will do something.
#ifndef CLEARSOURCE_META_READERABLE_H_
#define CLEARSOURCE_META_READERABLE_H_

#include "score/workspace.h"

namespace clearsource {

// Requires ws->ComputeStats over the whole document with no removals.
bool IsProbablyReaderable(const Workspace& ws);

}  // namespace clearsource

#endif  // CLEARSOURCE_META_READERABLE_H_
