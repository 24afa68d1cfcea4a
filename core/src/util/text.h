// Text helpers shared by every stage: ASCII case folding, whitespace, UTF-8 walking.
#ifndef CLEARSOURCE_UTIL_TEXT_H_
#define CLEARSOURCE_UTIL_TEXT_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clearsource {

inline bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
inline char AsciiLowerChar(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}
std::string AsciiLower(std::string_view s);
void AsciiLowerInPlace(std::string* s);
bool EqualsIgnoreCase(std::string_view a, std::string_view b);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
bool EndsWith(std::string_view s, std::string_view suffix);
// Case-insensitive (ASCII) substring search; returns npos when absent.
size_t FindIgnoreCase(std::string_view haystack, std::string_view needle, size_t from = 0);

std::string_view TrimView(std::string_view s);  // ASCII whitespace and NBSP
// Collapses every run of Unicode white space (incl. NBSP, ideographic space) to one ASCII space
// and trims both ends.
std::string NormalizeSpace(std::string_view s);
// Appends `s` to `out` collapsing white space; `*pending_space` carries a space across calls so
// that text split over several nodes joins correctly.
void AppendNormalized(std::string_view s, std::string* out, bool* pending_space);

// Decodes one code point at s[*i] (advancing *i); invalid bytes decode as U+FFFD one at a time.
uint32_t NextCodePoint(std::string_view s, size_t* i);
void AppendUtf8(uint32_t cp, std::string* out);
size_t CountCodePoints(std::string_view s);
// Replaces invalid UTF-8 sequences with U+FFFD; NUL becomes U+FFFD too.
std::string SanitizeUtf8(std::string_view s);
bool IsUnicodeSpace(uint32_t cp);
// Letters, digits, marks: a rough \w for word counting in any script.
bool IsWordCodePoint(uint32_t cp);
// Scripts written without spaces between words (CJK, Thai...): each character counts as a word.
bool IsUnspacedScript(uint32_t cp);

// Number of words: space-separated runs, with unspaced-script characters counted one each.
size_t CountWords(std::string_view s);

// Splits on a single character, keeping empty pieces.
std::vector<std::string_view> Split(std::string_view s, char sep);

}  // namespace clearsource

#endif  // CLEARSOURCE_UTIL_TEXT_H_
