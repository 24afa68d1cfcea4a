// Stage "clean": removes what does not belong inside the chosen article (forms, share bars,
// link lists, empty paragraphs...), deciding bottom-up so that every node is judged once on what
// remains beneath it.
#ifndef CLEARSOURCE_CLEAN_CLEANER_H_
#define CLEARSOURCE_CLEAN_CLEANER_H_

#include "score/workspace.h"

namespace clearsource {

void CleanArticle(Workspace* ws);

// Text length (code points) of the article as currently selected.
uint32_t ArticleChars(Workspace* ws);

}  // namespace clearsource

#endif  // CLEARSOURCE_CLEAN_CLEANER_H_
