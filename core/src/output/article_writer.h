// Stage "output": serializes the selected article as sanitized HTML and as plain text in one walk.
#ifndef CLEARSOURCE_OUTPUT_ARTICLE_WRITER_H_
#define CLEARSOURCE_OUTPUT_ARTICLE_WRITER_H_

#include <string>

#include "clean/urls.h"
#include "score/workspace.h"

namespace clearsource {

struct ArticleOutput {
  std::string html;
  std::string text;  // blocks separated by blank lines, <br> as a line break
};

// `base` resolves relative URLs. Requires up-to-date stats for the roots (ArticleChars()).
ArticleOutput WriteArticle(const Workspace& ws, const Url& base, bool want_html);

}  // namespace clearsource

#endif  // CLEARSOURCE_OUTPUT_ARTICLE_WRITER_H_
