// A small, depth-bounded JSON reader for JSON-LD blocks and option objects. Pages embed broken
// JSON-LD routinely: parsing fails soft (returns false) and never recurses without bound.
#ifndef CLEARSOURCE_UTIL_JSON_H_
#define CLEARSOURCE_UTIL_JSON_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clearsource {

struct JsonValue {
  enum class Type { kNull, kBool, kNumber, kString, kArray, kObject };
  Type type = Type::kNull;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonValue> array;
  std::vector<std::pair<std::string, JsonValue>> object;

  bool is_object() const { return type == Type::kObject; }
  bool is_array() const { return type == Type::kArray; }
  bool is_string() const { return type == Type::kString; }
  // Member lookup; returns nullptr when absent or not an object.
  const JsonValue* Get(std::string_view key) const;
};

// Depth beyond this fails the parse: JSON-LD never needs it, attackers might.
constexpr int kMaxJsonDepth = 64;

bool ParseJson(std::string_view text, JsonValue* out, std::string* error = nullptr);

}  // namespace clearsource

#endif  // CLEARSOURCE_UTIL_JSON_H_
