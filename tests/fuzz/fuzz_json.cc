// libFuzzer harness for the JSON reader (JSON-LD blocks, options) and writer:
//   - ParseJson never crashes or recurses without bound, whatever the bytes;
//   - any string written by the JSON writer reads back (valid JSON, valid UTF-8);
//   - ParseOptionsJson only ever fails with bad-options.
#include <cstdint>
#include <string>
#include <string_view>

#include "clearsource/options.h"
#include "fuzz_util.h"
#include "output/json_writer.h"
#include "util/json.h"

using namespace clearsource;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  JsonValue v;
  std::string error;
  ParseJson(text, &v, &error);

  Options options;
  Status s = ParseOptionsJson(text, &options);
  fuzz::Require(s.ok() || s.code == ErrorCode::kBadOptions, "options failed with another code",
                s.message);

  std::string written;
  AppendJsonString(text, &written);
  JsonValue back;
  fuzz::Require(ParseJson(written, &back, &error), "written string does not read back",
                error + "\n" + written);
  fuzz::Require(back.is_string(), "written string reads back as another type");
  fuzz::Require(fuzz::ValidUtf8(written), "written JSON is not valid UTF-8", written);
  return 0;
}
