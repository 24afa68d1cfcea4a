// A minimal streaming JSON writer. Strings are emitted as valid UTF-8 JSON whatever the input
// bytes (invalid sequences become U+FFFD), so the wasm boundary never sees malformed text.
#ifndef CLEARSOURCE_OUTPUT_JSON_WRITER_H_
#define CLEARSOURCE_OUTPUT_JSON_WRITER_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace clearsource {

class JsonWriter {
 public:
  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& OptString(const std::optional<std::string>& value);
  JsonWriter& Number(double value);
  JsonWriter& Int(long long value);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // Inserts an already-serialized JSON value.
  JsonWriter& Raw(std::string_view json);

  // Sizes the output buffer up front: the writer otherwise grows it by doubling.
  void Reserve(size_t bytes) { out_.reserve(bytes); }
  const std::string& str() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  void Separate();
  std::string out_;
  std::vector<bool> first_;  // per open container: no element written yet
  bool after_key_ = false;
};

// Appends `s` as a quoted JSON string.
void AppendJsonString(std::string_view s, std::string* out);

}  // namespace clearsource

#endif  // CLEARSOURCE_OUTPUT_JSON_WRITER_H_
