// What every provenance signal reports: an id, a weight (0..1, how strongly it points to a copy
// or a content farm; see weights.h), a message for people, and the exact text that triggered it
// with where it was found ("title", "h1", "byline", "text", "page", "meta:og:site_name",
// "jsonld:publisher", "canonical", "link-block" ...), so the view can highlight it and a report
// can quote it.
#ifndef CLEARSOURCE_PROVENANCE_SIGNAL_H_
#define CLEARSOURCE_PROVENANCE_SIGNAL_H_

#include <string>
#include <string_view>
#include <vector>

namespace clearsource {

struct Evidence {
  std::string text;
  std::string where;
};

struct Signal {
  std::string id;
  double weight = 0;
  std::string message;
  std::vector<Evidence> evidence;
};

// Evidence text is quoted, not the whole page: long snippets are cut at this many bytes (on a
// UTF-8 boundary) with an ellipsis.
std::string Quote(std::string_view s, size_t max_bytes = 240);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_SIGNAL_H_
