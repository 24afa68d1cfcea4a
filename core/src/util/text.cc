#include "util/text.h"

#include <algorithm>

namespace clearsource {

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  AsciiLowerInPlace(&out);
  return out;
}

void AsciiLowerInPlace(std::string* s) {
  for (char& c : *s) c = AsciiLowerChar(c);
}

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (AsciiLowerChar(a[i]) != AsciiLowerChar(b[i])) return false;
  }
  return true;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCase(s.substr(0, prefix.size()), prefix);
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

size_t FindIgnoreCase(std::string_view h, std::string_view n, size_t from) {
  if (n.empty()) return from <= h.size() ? from : std::string_view::npos;
  if (h.size() < n.size()) return std::string_view::npos;
  char first = AsciiLowerChar(n[0]);
  for (size_t i = from; i + n.size() <= h.size(); ++i) {
    if (AsciiLowerChar(h[i]) != first) continue;
    size_t j = 1;
    while (j < n.size() && AsciiLowerChar(h[i + j]) == AsciiLowerChar(n[j])) ++j;
    if (j == n.size()) return i;
  }
  return std::string_view::npos;
}

uint32_t NextCodePoint(std::string_view s, size_t* i) {
  const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), k = *i;
  unsigned char c = p[k];
  if (c < 0x80) {
    *i = k + 1;
    return c;
  }
  int len;
  uint32_t cp, min;
  if ((c & 0xE0) == 0xC0) {
    len = 2, cp = c & 0x1F, min = 0x80;
  } else if ((c & 0xF0) == 0xE0) {
    len = 3, cp = c & 0x0F, min = 0x800;
  } else if ((c & 0xF8) == 0xF0) {
    len = 4, cp = c & 0x07, min = 0x10000;
  } else {
    *i = k + 1;
    return 0xFFFD;
  }
  if (k + len > n) {
    *i = k + 1;
    return 0xFFFD;
  }
  for (int j = 1; j < len; ++j) {
    unsigned char cc = p[k + j];
    if ((cc & 0xC0) != 0x80) {
      *i = k + 1;
      return 0xFFFD;
    }
    cp = (cp << 6) | (cc & 0x3F);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    *i = k + 1;
    return 0xFFFD;
  }
  *i = k + len;
  return cp;
}

void AppendUtf8(uint32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

size_t CountCodePoints(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

std::string SanitizeUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      size_t start = i;
      uint32_t cp = NextCodePoint(s, &i);
      if (cp == 0xFFFD && !(i - start == 3 && s.compare(start, 3, "\xEF\xBF\xBD") == 0)) {
        AppendUtf8(0xFFFD, &out);
      } else {
        out.append(s.substr(start, i - start));
      }
    } else {
      if (c == 0) {
        AppendUtf8(0xFFFD, &out);
      } else {
        out.push_back(static_cast<char>(c));
      }
      ++i;
    }
  }
  return out;
}

bool IsUnicodeSpace(uint32_t cp) {
  if (cp < 0x80) return IsAsciiSpace(static_cast<unsigned char>(cp));
  return cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 ||
         cp == 0x2029 || cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0x85;
}

bool IsUnspacedScript(uint32_t cp) {
  return (cp >= 0x3040 && cp <= 0x30FF) ||  // Hiragana, Katakana
         (cp >= 0x3400 && cp <= 0x4DBF) ||  // CJK Extension A
         (cp >= 0x4E00 && cp <= 0x9FFF) ||  // CJK Unified
         (cp >= 0xF900 && cp <= 0xFAFF) ||  // CJK Compatibility
         (cp >= 0x0E00 && cp <= 0x0E7F) ||  // Thai
         (cp >= 0x0E80 && cp <= 0x0EFF) ||  // Lao
         (cp >= 0x1000 && cp <= 0x109F) ||  // Myanmar
         (cp >= 0x1780 && cp <= 0x17FF) ||  // Khmer
         (cp >= 0x20000 && cp <= 0x2FFFF);  // CJK Extensions B+
}

bool IsWordCodePoint(uint32_t cp) {
  if (cp < 0x80) {
    return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') ||
           cp == '_';
  }
  if (IsUnicodeSpace(cp)) return false;
  // General punctuation, symbols (™ and ℠ too) and CJK punctuation blocks are not word characters.
  if ((cp >= 0x2000 && cp <= 0x206F) || (cp >= 0x3000 && cp <= 0x303F) ||
      (cp >= 0xFF00 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20) || cp == 0xAB ||
      cp == 0xBB || cp == 0xA9 || cp == 0xAE || cp == 0xB7 || cp == 0xBF || cp == 0xA1 ||
      cp == 0xD7 || cp == 0xF7 || cp == 0x2122 || cp == 0x2120 || (cp >= 0x2190 && cp <= 0x2BFF) ||
      cp == 0xFFFD || cp == 0x060C || cp == 0x061B || cp == 0x061F || cp == 0x06D4) {
    return false;
  }
  return true;
}

size_t CountWords(std::string_view s) {
  size_t words = 0, i = 0;
  bool in_word = false;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // ASCII: no decoding, never an unspaced script
      ++i;
      bool word = (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || c == '_';
      if (word) {
        if (!in_word) ++words;
        in_word = true;
      } else if (IsAsciiSpace(c)) {
        in_word = false;
      }
      continue;
    }
    uint32_t cp = NextCodePoint(s, &i);
    if (IsUnspacedScript(cp)) {
      ++words;
      in_word = false;
    } else if (IsWordCodePoint(cp)) {
      if (!in_word) ++words;
      in_word = true;
    } else if (IsUnicodeSpace(cp)) {
      in_word = false;
    }
  }
  return words;
}

std::string_view TrimView(std::string_view s) {
  auto is_trim = [](std::string_view v, size_t pos, size_t* len) {
    unsigned char c = static_cast<unsigned char>(v[pos]);
    if (IsAsciiSpace(c)) return *len = 1, true;
    if (c == 0xC2 && pos + 1 < v.size() && static_cast<unsigned char>(v[pos + 1]) == 0xA0)
      return *len = 2, true;
    return false;
  };
  size_t len;
  while (!s.empty() && is_trim(s, 0, &len)) s.remove_prefix(len);
  while (!s.empty()) {
    if (IsAsciiSpace(static_cast<unsigned char>(s.back()))) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && static_cast<unsigned char>(s[s.size() - 2]) == 0xC2 &&
               static_cast<unsigned char>(s.back()) == 0xA0) {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

void AppendNormalized(std::string_view s, std::string* out, bool* pending_space) {
  // Whether a visible character starts at s[k] (printable ASCII, or a well-formed non-space
  // code point), and where it ends. Such characters, and single spaces between them, are
  // written as they are: a run goes in with one append (a sentence at a time, accents and curly
  // quotes included; in wasm every append is a call).
  auto visible = [&](size_t k, size_t* next) {
    unsigned char d = static_cast<unsigned char>(s[k]);
    if (d < 0x80) {
      *next = k + 1;
      return d > ' ';
    }
    size_t j = k;
    uint32_t cp = NextCodePoint(s, &j);
    if (IsUnicodeSpace(cp) || (cp == 0xFFFD && j - k != 3)) return false;
    *next = j;
    return true;
  };
  size_t i = 0;
  while (i < s.size()) {
    size_t next = i;
    if (visible(i, &next)) {
      size_t run = next;
      const size_t n = s.size();
      while (run < n) {
        // Printable ASCII, and single spaces before it, without the general test: most text.
        unsigned char d = static_cast<unsigned char>(s[run]);
        if (d > ' ' && d < 0x80) {
          ++run;
          continue;
        }
        if (d == ' ' && run + 1 < n) {
          unsigned char e = static_cast<unsigned char>(s[run + 1]);
          if (e > ' ' && e < 0x80) {
            run += 2;
            continue;
          }
        }
        if (visible(run, &next)) {
          run = next;
        } else if (s[run] == ' ' && run + 1 < s.size() && visible(run + 1, &next)) {
          run = next;
        } else {
          break;
        }
      }
      if (*pending_space && !out->empty()) out->push_back(' ');
      *pending_space = false;
      out->append(s.data() + i, run - i);
      i = run;
      continue;
    }
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (IsAsciiSpace(c)) {
        *pending_space = true;
      } else {
        if (*pending_space && !out->empty()) out->push_back(' ');
        *pending_space = false;
        out->push_back(static_cast<char>(c));
      }
      ++i;
      continue;
    }
    // A Unicode space, or a malformed sequence (written as U+FFFD).
    size_t start = i;
    uint32_t cp = NextCodePoint(s, &i);
    if (IsUnicodeSpace(cp)) {
      *pending_space = true;
    } else {
      if (*pending_space && !out->empty()) out->push_back(' ');
      *pending_space = false;
      if (cp == 0xFFFD && i - start != 3) {
        AppendUtf8(0xFFFD, out);
      } else {
        out->append(s.substr(start, i - start));
      }
    }
  }
}

std::string NormalizeSpace(std::string_view s) {
  std::string out;
  bool pending = false;
  AppendNormalized(s, &out, &pending);
  return out;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t pos = s.find(sep, start);
    if (pos == std::string_view::npos) {
      parts.push_back(s.substr(start));
      return parts;
    }
    parts.push_back(s.substr(start, pos - start));
    start = pos + 1;
  }
}

}  // namespace clearsource
