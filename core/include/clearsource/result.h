// The one result of Extract(). Field names follow @mozilla/readability so users can switch.
// Absent facts are std::nullopt (JSON null), never guessed.
#ifndef CLEARSOURCE_RESULT_H_
#define CLEARSOURCE_RESULT_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "clearsource/status.h"

namespace clearsource {

struct Timings {
  double parse_ms = 0;    // gumbo parse + DOM build
  double extract_ms = 0;  // scoring, cleaning, metadata, serialization
  double analyze_ms = 0;  // provenance
};

// Sizeable prose left out of the article (see clean/dropped.h), so a view can say so.
struct DroppedBlock {
  std::string text;   // plain text, blocks separated by blank lines, capped
  std::string where;  // "inside the article" | "next to the article"
  size_t chars = 0;   // length before capping, in code points
};

struct Result {
  Status status;  // status.ok() == false: only status is meaningful

  std::optional<std::string> title;
  std::optional<std::string> byline;
  std::optional<std::string> site_name;
  std::optional<std::string> published_time;  // ISO 8601
  std::optional<std::string> lang;
  std::optional<std::string> dir;
  std::optional<std::string> excerpt;
  std::optional<std::string> lead_image;  // absolute URL

  std::string content;       // sanitized article HTML
  std::string text_content;  // article text, paragraphs separated by blank lines
  size_t length = 0;         // characters (code points) of text_content
  bool readerable = false;   // cheap "is this an article page" answer

  // The call ran out of budget and this result is incomplete. partial_reason says why:
  // "time-budget" (Options::time_budget_ms ran out: only a prefix of the page was parsed, or
  // later extraction attempts / provenance were skipped) or "memory-budget" (the parser needed
  // more memory than the page's size justifies: only a prefix of the page was parsed).
  bool partial = false;
  std::string partial_reason;

  // Provenance analysis, already serialized as a JSON object (filled by the provenance stage);
  // empty means "not run" and is written as null.
  std::string provenance_json;

  std::vector<DroppedBlock> dropped_blocks;

  Timings timings;
};

}  // namespace clearsource

#endif  // CLEARSOURCE_RESULT_H_
