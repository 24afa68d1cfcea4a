// Small helpers shared by the fuzz harnesses.
#ifndef CLEARSOURCE_TESTS_FUZZ_FUZZ_UTIL_H_
#define CLEARSOURCE_TESTS_FUZZ_FUZZ_UTIL_H_

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

namespace clearsource {
namespace fuzz {

// Aborts (the fuzzer records the input) when an invariant does not hold.
inline void Require(bool ok, const char* what, const std::string& detail = "") {
  if (ok) return;
  std::string shown = detail.substr(0, 2000);
  std::fprintf(stderr, "INVARIANT FAILED: %s\n%s\n", what, shown.c_str());
  std::abort();
}

// Strict UTF-8: no overlongs, no surrogates, nothing above U+10FFFF.
inline bool ValidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    int len;
    uint32_t cp;
    if ((c & 0xE0) == 0xC0) {
      len = 2, cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3, cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4, cp = c & 0x07;
    } else {
      return false;
    }
    if (i + len > s.size()) return false;
    for (int k = 1; k < len; ++k) {
      unsigned char d = static_cast<unsigned char>(s[i + k]);
      if ((d & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (d & 0x3F);
    }
    if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000)) {
      return false;
    }
    if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    i += len;
  }
  return true;
}

}  // namespace fuzz
}  // namespace clearsource

#endif  // CLEARSOURCE_TESTS_FUZZ_FUZZ_UTIL_H_
