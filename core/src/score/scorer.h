// Stage "score": finds the element holding the article and the siblings that belong with it.
#ifndef CLEARSOURCE_SCORE_SCORER_H_
#define CLEARSOURCE_SCORE_SCORER_H_

#include <string_view>

#include "score/workspace.h"

namespace clearsource {

// Runs one attempt: marks unlikely/hidden nodes removed, scores paragraphs into their ancestors,
// picks the top candidate and fills ws->roots. `title` lets the scorer drop a heading that
// repeats the title. Returns false when the page has no body.
bool ScoreAttempt(Workspace* ws, std::string_view title, int top_candidates);

// Whether the attempt's top candidate is, or sits inside, a container that declares itself the
// article (<article>, itemprop=articleBody, hentry...). O(depth).
bool InDeclaredArticle(const Workspace& ws);

// Similarity of two texts by shared words, 0..1 (used to spot headings repeating the title).
double TextSimilarity(std::string_view a, std::string_view b);

}  // namespace clearsource

#endif  // CLEARSOURCE_SCORE_SCORER_H_
