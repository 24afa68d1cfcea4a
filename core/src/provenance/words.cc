#include "provenance/words.h"

#include "util/text.h"

namespace clearsource {
namespace {

constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL, kFnvPrime = 0x100000001b3ULL;

uint64_t HashLower(std::string_view w) {
  uint64_t h = kFnvOffset;
  for (char c : w) h = (h ^ static_cast<unsigned char>(AsciiLowerChar(c))) * kFnvPrime;
  return h;
}

// Function words of 4+ letters (shorter words are skipped anyway): grammar, not topics.
constexpr std::string_view kFunctionWords[] = {
    "that", "this", "with", "from", "have", "will", "they", "their", "there", "what", "when",
    "which", "would", "could", "should", "about", "after", "before", "been", "were", "into",
    "than", "then", "them", "these", "those", "over", "also", "just", "more", "most", "some",
    "such", "only", "other", "your", "said", "says", "year", "years", "first", "last", "where",
    "while", "being", "because", "does", "here", "make", "many", "much", "very", "even", "back",
    "still", "like", "time", "says", "news", "what", "know", "take", "each", "week", "today",
    "para", "como", "pero", "sobre", "esta", "este", "entre", "para", "mais", "pelo", "pela",
    "dans", "pour", "avec", "sont", "mais", "nach", "nicht", "eine", "einer", "und", "sich",
    "auch", "wird", "oder", "della", "sono", "anche", "more", "dari", "yang", "untuk", "dengan"};

bool IsFunctionWord(uint64_t h) {
  static const std::unordered_set<uint64_t>* set = [] {
    auto* s = new std::unordered_set<uint64_t>();
    for (std::string_view w : kFunctionWords) s->insert(HashLower(w));
    return s;
  }();
  return set->count(h) > 0;
}

Script ScriptOf(uint32_t cp) {
  if (cp < 0x80) return ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') ? Script::kLatin : Script::kNone;
  if (cp < 0x250) return (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7) ? Script::kLatin : Script::kNone;
  if (cp >= 0x1E00 && cp <= 0x1EFF) return Script::kLatin;  // Vietnamese and other extended Latin
  if (cp >= 0x370 && cp <= 0x3FF) return Script::kGreek;
  if (cp >= 0x400 && cp <= 0x52F) return Script::kCyrillic;
  if (cp >= 0x590 && cp <= 0x5FF) return Script::kHebrew;
  if (cp >= 0x600 && cp <= 0x6FF) return Script::kArabic;
  if (cp >= 0x900 && cp <= 0x97F) return Script::kDevanagari;
  if (cp >= 0xE00 && cp <= 0xE7F) return Script::kThai;
  if (cp >= 0x3040 && cp <= 0x30FF) return Script::kKana;
  if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF)) return Script::kCjk;
  if (cp >= 0xAC00 && cp <= 0xD7AF) return Script::kHangul;
  return IsWordCodePoint(cp) ? Script::kOther : Script::kNone;
}

}  // namespace

void ContentWords(std::string_view text, std::vector<uint64_t>* out) {
  size_t i = 0, start = 0;
  int letters = 0;
  bool in_word = false;
  auto finish = [&](size_t end) {
    if (in_word && letters >= 4) {
      uint64_t h = HashLower(text.substr(start, end - start));
      if (!IsFunctionWord(h)) out->push_back(h);
    }
    in_word = false;
    letters = 0;
  };
  while (i < text.size()) {
    size_t at = i;
    uint32_t cp = NextCodePoint(text, &i);
    if (IsWordCodePoint(cp) && !IsUnspacedScript(cp)) {
      if (!in_word) in_word = true, start = at;
      ++letters;
    } else {
      finish(at);
      // Unspaced scripts: each character pair stands in for a word (bigrams of CJK text).
      if (IsUnspacedScript(cp) && i < text.size()) {
        size_t j = i;
        uint32_t next = NextCodePoint(text, &j);
        if (IsUnspacedScript(next)) out->push_back(HashLower(text.substr(at, j - at)) ^ 0x5bd1e995);
      }
    }
  }
  finish(text.size());
}

Script DominantScript(std::string_view text) {
  int counts[static_cast<int>(Script::kOther) + 1] = {};
  size_t i = 0;
  while (i < text.size()) {
    uint32_t cp = NextCodePoint(text, &i);
    ++counts[static_cast<int>(ScriptOf(cp))];
  }
  if (counts[static_cast<int>(Script::kKana)] > 0 &&
      counts[static_cast<int>(Script::kKana)] * 10 >= counts[static_cast<int>(Script::kCjk)])
    counts[static_cast<int>(Script::kKana)] += counts[static_cast<int>(Script::kCjk)];
  int best = 0;
  for (int s = 1; s <= static_cast<int>(Script::kOther); ++s) {
    if (counts[s] > counts[best] || (best == 0 && counts[s] > 0)) best = s;
  }
  return counts[best] > 0 ? static_cast<Script>(best) : Script::kNone;
}

double EnglishFunctionWordShare(std::string_view text) {
  static constexpr std::string_view kEnglish[] = {"the", "and", "of", "to", "in", "is", "that",
                                                  "for", "it", "was", "on", "with", "as", "are"};
  size_t words = 0, hits = 0, i = 0, start = 0;
  bool in_word = false;
  auto finish = [&](size_t end) {
    if (!in_word) return;
    ++words;
    std::string_view w = text.substr(start, end - start);
    for (std::string_view e : kEnglish) {
      if (EqualsIgnoreCase(w, e)) {
        ++hits;
        break;
      }
    }
    in_word = false;
  };
  while (i < text.size()) {
    size_t at = i;
    uint32_t cp = NextCodePoint(text, &i);
    if (IsWordCodePoint(cp)) {
      if (!in_word) in_word = true, start = at;
    } else {
      finish(at);
    }
  }
  finish(text.size());
  return words ? static_cast<double>(hits) / words : 0.0;
}

}  // namespace clearsource
