// libFuzzer harness for the whole core: bytes -> Extract() -> JSON, with invariants that turn
// silent misbehaviour into crashes the fuzzer reports:
//   - the JSON result parses, and is valid UTF-8;
//   - a success's `content` passes the independent allowlist oracle (content_oracle.h);
//   - `length` counts the code points of `textContent`; errors carry a documented code.
// The first byte picks options so option-dependent paths get explored too. No time budget: a
// slow input must show up as a libFuzzer timeout, not hide behind a partial result.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "clearsource/extract.h"
#include "content_oracle.h"
#include "fuzz_util.h"
#include "util/json.h"
#include "util/text.h"

using namespace clearsource;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  uint8_t selector = data[0];
  std::string_view html(reinterpret_cast<const char*>(data) + 1, size - 1);
  Options options;
  options.time_budget_ms = 0;
  options.want_html = (selector & 1) == 0;
  options.want_provenance = (selector & 2) == 0;
  if (selector & 4) options.char_threshold = 0;
  if (selector & 8) options.top_candidates = 1;
  const char* url = (selector & 16) ? "" : "https://news.example.com/2024/05/story.html";

  Result r = Extract(html, url, options);
  std::string json = ResultToJson(r);
  JsonValue v;
  std::string error;
  fuzz::Require(ParseJson(json, &v, &error), "result is not valid JSON", error + "\n" + json);
  fuzz::Require(fuzz::ValidUtf8(json), "result JSON is not valid UTF-8", json);
  if (!r.status.ok()) {
    std::string code = ErrorCodeName(r.status.code);
    fuzz::Require(code == "empty-input" || code == "not-html" || code == "input-too-large",
                  "undocumented or unexpected error code", code + ": " + r.status.message);
    return 0;
  }
  fuzz::Require(r.length == CountCodePoints(r.text_content), "length != code points of text",
                std::to_string(r.length));
  fuzz::Require(!r.partial, "partial result without a budget", r.partial_reason);
  for (const std::string& problem : oracle::CheckContent(r.content)) {
    fuzz::Require(false, "unsafe content", problem + "\n" + r.content);
  }
  return 0;
}
