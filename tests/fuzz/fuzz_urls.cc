// libFuzzer harness for URL resolution and the sanitizer's URL checks, judged by the oracle's
// browser-style scheme parser: whatever the page writes in href/src (and in <base href>), a URL
// the sanitizer accepts must be one a browser reads as http(s)/mailto/tel (links) or
// http(s)/raster data: (media).
#include <cstdint>
#include <string>
#include <string_view>

#include "clean/sanitize.h"
#include "clean/urls.h"
#include "content_oracle.h"
#include "fuzz_util.h"

using namespace clearsource;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in(reinterpret_cast<const char*>(data), size);
  // "base\x01ref": the part before the first \x01 is the base URL, else a fixed page URL.
  size_t sep = in.find('\x01');
  std::string_view base_text =
      sep == std::string_view::npos ? "https://news.example.com/a/b.html" : in.substr(0, sep);
  std::string_view ref = sep == std::string_view::npos ? in : in.substr(sep + 1);
  Url base = ParseUrl(base_text);
  std::string resolved = ResolveUrl(base, ref);
  if (IsSafeLinkUrl(resolved)) {
    fuzz::Require(oracle::SafeLink(resolved),
                  "sanitizer accepts a link the browser reads as unsafe", resolved);
  }
  if (IsSafeMediaUrl(resolved)) {
    fuzz::Require(oracle::SafeMedia(resolved),
                  "sanitizer accepts media the browser reads as unsafe", resolved);
  }
  return 0;
}
