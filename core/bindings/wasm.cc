// Embind bindings: this file only binds. Strings in, JSON string out; the thin JS wrapper
// (clearsource.js) parses it, so nothing crosses the boundary that JS would have to free.
#include <emscripten/bind.h>

#include <string>

#include "clearsource/extract.h"
#include "provenance/fingerprint.h"

namespace {

std::string ExtractJson(const std::string& html, const std::string& url,
                        const std::string& options) {
  return clearsource::ExtractToJson(html, url, options);
}

std::string CompareFingerprints(const std::string& a, const std::string& b) {
  return clearsource::CompareFingerprintsJson(a, b);
}

std::string CoreVersion() { return clearsource::Version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(clearsource) {
  emscripten::function("extractJson", &ExtractJson);
  emscripten::function("compareFingerprintsJson", &CompareFingerprints);
  emscripten::function("version", &CoreVersion);
}
