// Stage "provenance": is this page a scraped copy or a content-farm republication? Returns the
// `provenance` JSON object of the result.
#ifndef CLEARSOURCE_PROVENANCE_ANALYZE_H_
#define CLEARSOURCE_PROVENANCE_ANALYZE_H_

#include <string>

#include "clean/urls.h"
#include "clearsource/result.h"
#include "meta/metadata.h"
#include "parse/dom.h"
#include "score/workspace.h"

namespace clearsource {

std::string AnalyzeProvenance(const Document& doc, const Workspace& ws, const Metadata& meta,
                              const Url& page_url, const Result& result);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_ANALYZE_H_
