// Error codes returned across every boundary (C++, wasm, CLI). No exceptions cross the wasm
// boundary: failures are values.
#ifndef CLEARSOURCE_STATUS_H_
#define CLEARSOURCE_STATUS_H_

#include <string>

namespace clearsource {

enum class ErrorCode {
  kOk = 0,
  kEmptyInput,     // nothing but whitespace / zero bytes
  kInputTooLarge,  // above Options::max_input_bytes
  kNotHtml,        // binary data or text with no markup at all
  kBadOptions,     // options JSON malformed or out of range
  kInternal,       // a bug: never expected, always reported
};

// Stable kebab-case name used in JSON ("empty-input", ...).
const char* ErrorCodeName(ErrorCode code);

struct Status {
  ErrorCode code = ErrorCode::kOk;
  std::string message;

  bool ok() const { return code == ErrorCode::kOk; }
  static Status Ok() { return {}; }
  static Status Error(ErrorCode c, std::string m) { return {c, std::move(m)}; }
};

}  // namespace clearsource

#endif  // CLEARSOURCE_STATUS_H_
