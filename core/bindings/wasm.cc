// Embind bindings: this file only binds. Page bytes in (written into wasm memory by the thin JS
// wrapper, clearsource.js), JSON out; the wrapper parses it and owns every buffer, so callers
// never free anything.
#include <emscripten/bind.h>

#include <string>

#include "clearsource/extract.h"
#include "provenance/fingerprint.h"

namespace {

// The fast path the wrapper uses: it writes the page's UTF-8 straight into wasm memory
// (TextEncoder.encodeInto) and reads the JSON back with TextDecoder. Both run at native speed,
// where Embind's std::string conversion walks every byte in JS (a fifth of the time on big pages).
std::string g_result;

uintptr_t ExtractJsonRaw(uintptr_t html, size_t length, const std::string& url,
                         const std::string& options) {
  g_result = clearsource::ExtractToJson(
      std::string_view(reinterpret_cast<const char*>(html), length), url, options);
  return reinterpret_cast<uintptr_t>(g_result.data());
}

size_t ResultLength() { return g_result.size(); }

void ReleaseResult() { std::string().swap(g_result); }

std::string CompareFingerprints(const std::string& a, const std::string& b) {
  return clearsource::CompareFingerprintsJson(a, b);
}

std::string FindFingerprintMatch(const std::string& fingerprint, const std::string& candidates) {
  return clearsource::FindFingerprintMatchJson(fingerprint, candidates);
}

std::string CoreVersion() { return clearsource::Version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(clearsource) {
  emscripten::function("extractJsonRaw", &ExtractJsonRaw);
  emscripten::function("resultLength", &ResultLength);
  emscripten::function("releaseResult", &ReleaseResult);
  emscripten::function("compareFingerprintsJson", &CompareFingerprints);
  emscripten::function("findFingerprintMatchJson", &FindFingerprintMatch);
  emscripten::function("version", &CoreVersion);
}
