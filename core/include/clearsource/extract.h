// The one entry point of the Clearsource core.
//   HTML string -> parse -> score -> clean -> metadata -> provenance -> Result
#ifndef CLEARSOURCE_EXTRACT_H_
#define CLEARSOURCE_EXTRACT_H_

#include <string>
#include <string_view>

#include "clearsource/options.h"
#include "clearsource/result.h"

namespace clearsource {

// Never throws. `url` is the page URL (used to absolutize links and for provenance); may be empty.
Result Extract(std::string_view html, std::string_view url, const Options& options = {});

// Serializes a result as one JSON object (the contract documented in README and clearsource.d.ts).
std::string ResultToJson(const Result& result);

// Convenience for bindings and CLI: parse options JSON, extract, serialize; never throws.
std::string ExtractToJson(std::string_view html, std::string_view url, std::string_view options);

const char* Version();

}  // namespace clearsource

#endif  // CLEARSOURCE_EXTRACT_H_
