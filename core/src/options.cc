#include "clearsource/options.h"

#include "util/json.h"
#include "util/text.h"

namespace clearsource {

Status ParseOptionsJson(std::string_view json, Options* options) {
  *options = Options{};
  if (TrimView(json).empty()) return Status::Ok();
  JsonValue v;
  std::string error;
  if (!ParseJson(json, &v, &error)) {
    return Status::Error(ErrorCode::kBadOptions, "options are not valid JSON: " + error);
  }
  if (!v.is_object()) return Status::Error(ErrorCode::kBadOptions, "options must be an object");
  for (const auto& kv : v.object) {
    const std::string& key = kv.first;
    const JsonValue& value = kv.second;
    auto number = [&](double lo, double hi, double* out) {
      if (value.type != JsonValue::Type::kNumber || value.number < lo || value.number > hi) {
        return false;
      }
      *out = value.number;
      return true;
    };
    auto boolean = [&](bool* out) {
      if (value.type != JsonValue::Type::kBool) return false;
      *out = value.boolean;
      return true;
    };
    double d;
    bool ok;
    if (key == "maxInputBytes") {
      ok = number(1, 1024.0 * 1024 * 1024, &d);
      if (ok) options->max_input_bytes = static_cast<size_t>(d);
    } else if (key == "charThreshold") {
      ok = number(0, 1e6, &d);
      if (ok) options->char_threshold = static_cast<int>(d);
    } else if (key == "topCandidates") {
      ok = number(1, 50, &d);
      if (ok) options->top_candidates = static_cast<int>(d);
    } else if (key == "wantHtml") {
      ok = boolean(&options->want_html);
    } else if (key == "wantProvenance") {
      ok = boolean(&options->want_provenance);
    } else if (key == "timeBudgetMs") {
      ok = number(0, 3600.0 * 1000, &d);
      if (ok) options->time_budget_ms = d;
    } else {
      return Status::Error(ErrorCode::kBadOptions, "unknown option \"" + key + "\"");
    }
    if (!ok) return Status::Error(ErrorCode::kBadOptions, "option \"" + key + "\" out of range");
  }
  return Status::Ok();
}

}  // namespace clearsource
