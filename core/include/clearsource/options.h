// Options accepted by Extract(). Every field has a reason to exist; defaults suit a reader view.
#ifndef CLEARSOURCE_OPTIONS_H_
#define CLEARSOURCE_OPTIONS_H_

#include <cstddef>
#include <string_view>

#include "clearsource/status.h"

namespace clearsource {

struct Options {
  // Refuse larger inputs with kInputTooLarge: bounds memory (parse tree ~6x input) and time.
  size_t max_input_bytes = 32u * 1024u * 1024u;
  // An article shorter than this (characters) triggers the next, more permissive attempt.
  int char_threshold = 500;
  // How many top-scoring candidates are compared when choosing the article container.
  int top_candidates = 5;
  // Produce `content` (sanitized HTML). Benchmarks that only need text can turn it off.
  bool want_html = true;
  // Run the provenance analysis (scraped-copy detection).
  bool want_provenance = true;
  // Wall-clock budget for one call, in milliseconds (0: none). Checked inside the parser and
  // between stages; when it runs out, later stages are skipped or cut short and the result is
  // flagged partial (Result::partial). A real page needs a few tens of milliseconds.
  double time_budget_ms = 10000;
};

// Parses a JSON object such as {"charThreshold": 300, "wantHtml": false}. Unknown keys are an
// error so that typos do not pass silently. Empty input means defaults.
Status ParseOptionsJson(std::string_view json, Options* options);

}  // namespace clearsource

#endif  // CLEARSOURCE_OPTIONS_H_
