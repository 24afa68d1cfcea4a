#include "provenance/words.h"

#include <array>
#include <iterator>
#include <type_traits>

#include "provenance/fingerprint.h"
#include "provenance/hash_set.h"
#include "util/text.h"

namespace clearsource {
namespace {

// Function words of 4+ letters (shorter words are skipped anyway): grammar, not topics.
constexpr std::string_view kFunctionWords[] = {
    "that",  "this",  "with",  "from",  "have",   "will",    "they",  "their",  "there", "what",
    "when",  "which", "would", "could", "should", "about",   "after", "before", "been",  "were",
    "into",  "than",  "then",  "them",  "these",  "those",   "over",  "also",   "just",  "more",
    "most",  "some",  "such",  "only",  "other",  "your",    "said",  "says",   "year",  "years",
    "first", "last",  "where", "while", "being",  "because", "does",  "here",   "make",  "many",
    "much",  "very",  "even",  "back",  "still",  "like",    "time",  "says",   "news",  "what",
    "know",  "take",  "each",  "week",  "today",  "para",    "como",  "pero",   "sobre", "esta",
    "este",  "entre", "para",  "mais",  "pelo",   "pela",    "dans",  "pour",   "avec",  "sont",
    "mais",  "nach",  "nicht", "eine",  "einer",  "und",     "sich",  "auch",   "wird",  "oder",
    "della", "sono",  "anche", "more",  "dari",   "yang",    "untuk", "dengan"};

bool IsFunctionWord(uint64_t h) {
  static const HashBits& set = *WordHashes(kFunctionWords);
  return set.Contains(h);
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

namespace {

// The commonest English words (running text is about a quarter of them).
constexpr std::string_view kEnglishFunctionWords[] = {
    "the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "as", "are"};

// Bytes that are ASCII word characters: kAlpha for letters (kUpper also for capitals: or-ing it
// in lower-cases them), kDigit for digits; 0 for everything else, UTF-8 bytes included.
constexpr uint8_t kAlpha = 1, kDigit = 2, kUpper = 0x20;
constexpr std::array<uint8_t, 256> kAsciiWordClass = [] {
  std::array<uint8_t, 256> t{};
  for (int c = 'a'; c <= 'z'; ++c) t[c] = kAlpha;
  for (int c = 'A'; c <= 'Z'; ++c) t[c] = kAlpha | kUpper;
  for (int c = '0'; c <= '9'; ++c) t[c] = kDigit;
  return t;
}();

// One walk over `text`: calls word(hash, letters, number) for each word of a spaced script (hash
// of the ASCII-lower-cased bytes; an apostrophe inside a word splits it: "Biden's" -> biden, s;
// `number` when it is digits only),
// bigram(hash) for each pair of unspaced-script characters, letter(script, n) for n letters, and
// fp(hash) for each fingerprint word (apostrophes inside words do not split: "don't" is one;
// each unspaced character is one). ASCII bytes skip UTF-8 decoding.
template <class Word, class Bigram, class Letter, class Fp>
void WalkText(std::string_view text, Word&& word, Bigram&& bigram, Letter&& letter, Fp&& fp) {
  // h hashes the current word part, hf the whole fingerprint word. They agree until an
  // apostrophe splits the word ("don't"), so hf is only kept separately after a split: one
  // multiplication per letter instead of two.
  uint64_t h = kFnvOffset, hf = kFnvOffset;
  bool split = false;
  int letters = 0;
  bool digits_only = true;  // the current word part is a number ("2019")
  bool in_fp = false;
  size_t i = 0;
  auto finish_part = [&]() {  // an apostrophe inside a word
    if (letters > 0) word(h, letters, digits_only);
    if (!split) hf = h, split = true;
    h = kFnvOffset;
    letters = 0;
    digits_only = true;
  };
  auto finish = [&]() {
    uint64_t whole = split ? hf : h;
    if (letters > 0) word(h, letters, digits_only);
    if (in_fp) fp(whole);
    h = kFnvOffset;
    hf = kFnvOffset;
    split = false;
    letters = 0;
    digits_only = true;
    in_fp = false;
  };
  auto apostrophe_inside = [&](size_t after) {
    if (!in_fp || after >= text.size()) return false;
    size_t j = after;
    return IsWordCodePoint(NextCodePoint(text, &j));
  };
  const size_t n = text.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if (uint8_t k = kAsciiWordClass[c]) {
        // A run of ASCII letters and digits in one tight loop (most of running text): the hash
        // and the counts are kept in registers and handed over once per run.
        // The whole-word hash hf is kept apart only after an apostrophe split the word: one
        // loop for each case, so the common one multiplies once per letter.
        const unsigned char* s = reinterpret_cast<const unsigned char*>(text.data());
        uint64_t hh = h, hhf = hf;
        int alpha = 0;
        size_t start = i;
        auto run = [&](auto with_split) {
          do {
            unsigned l = c | (k & kUpper);
            hh = (hh ^ l) * kFnvPrime;
            if constexpr (decltype(with_split)::value) hhf = (hhf ^ l) * kFnvPrime;
            alpha += k & kAlpha;
            if (++i == n) break;
            c = s[i];
            k = kAsciiWordClass[c];
          } while (k);
        };
        if (split) {
          run(std::true_type{});
          hf = hhf;
        } else {
          run(std::false_type{});
        }
        h = hh;
        letters += static_cast<int>(i - start);
        in_fp = true;
        if (alpha) letter(Script::kLatin, alpha), digits_only = false;
        continue;
      }
      ++i;
      if (c == '\'' && apostrophe_inside(i)) {
        finish_part();
      } else {
        finish();
      }
      continue;
    }
    size_t at = i;
    uint32_t cp = NextCodePoint(text, &i);
    if (!IsWordCodePoint(cp)) {
      if (cp == 0x2019 && apostrophe_inside(i))
        finish_part();
      else
        finish();
      continue;
    }
    Script sc = ScriptOf(cp);
    if (sc != Script::kNone) letter(sc, 1);
    if (IsUnspacedScript(cp)) {
      finish();
      uint64_t u = kFnvOffset;
      for (size_t k = at; k < i; ++k) u = (u ^ static_cast<unsigned char>(text[k])) * kFnvPrime;
      fp(u);
      if (i < text.size()) {
        size_t j = i;
        uint32_t next = NextCodePoint(text, &j);
        if (IsUnspacedScript(next)) bigram(HashLower(text.substr(at, j - at)) ^ 0x5bd1e995);
      }
      continue;
    }
    for (size_t k = at; k < i; ++k) {
      h = (h ^ static_cast<unsigned char>(text[k])) * kFnvPrime;
      if (split) hf = (hf ^ static_cast<unsigned char>(text[k])) * kFnvPrime;
    }
    ++letters;
    digits_only = false;
    in_fp = true;
  }
  finish();
}

Script Dominant(const int* counts) {
  int kana = static_cast<int>(Script::kKana), cjk = static_cast<int>(Script::kCjk);
  int adjusted[static_cast<int>(Script::kOther) + 1];
  for (int s = 0; s <= static_cast<int>(Script::kOther); ++s) adjusted[s] = counts[s];
  if (adjusted[kana] > 0 && adjusted[kana] * 10 >= adjusted[cjk]) adjusted[kana] += adjusted[cjk];
  int best = 0;
  for (int s = 1; s <= static_cast<int>(Script::kOther); ++s) {
    if (adjusted[s] > adjusted[best] || (best == 0 && adjusted[s] > 0)) best = s;
  }
  return adjusted[best] > 0 ? static_cast<Script>(best) : Script::kNone;
}

}  // namespace

Script ContentWords(std::string_view text, std::vector<uint64_t>* out) {
  int counts[static_cast<int>(Script::kOther) + 1] = {};
  WalkText(
      text,
      [&](uint64_t h, int letters, bool number) {
        if (letters >= 4 && !number && !IsFunctionWord(h)) out->push_back(h);
      },
      [&](uint64_t h) { out->push_back(h); },
      [&](Script s, int k) { counts[static_cast<int>(s)] += k; }, [](uint64_t) {});
  return Dominant(counts);
}

void FeedFingerprint(std::string_view text, FingerprintBuilder* fingerprint) {
  WalkText(
      text, [](uint64_t, int, bool) {}, [](uint64_t) {}, [](Script, int) {},
      [&](uint64_t h) { fingerprint->AddWord(h); });
}

TextProfile ProfileText(std::string_view text, FingerprintBuilder* fingerprint) {
  TextProfile p;
  int counts[static_cast<int>(Script::kOther) + 1] = {};
  size_t words = 0, english = 0;
  // Both word lists in one table, one lookup per word: bit 1 English, bit 2 function word.
  static const HashBits& kWordKinds = *[] {
    auto* set = new HashBits(std::size(kEnglishFunctionWords) + std::size(kFunctionWords));
    for (std::string_view w : kEnglishFunctionWords) set->Add(HashLower(w), 1);
    for (std::string_view w : kFunctionWords) set->Add(HashLower(w), 2);
    return set;
  }();
  p.content_words.reserve(text.size() / 12);  // about one content word in 12 bytes of prose
  WalkText(
      text,
      [&](uint64_t h, int letters, bool number) {
        ++words;
        uint32_t kinds = kWordKinds.Get(h);
        if (letters <= 4 && (kinds & 1)) ++english;
        if (letters >= 4 && !number && !(kinds & 2)) p.content_words.push_back(h);
      },
      [&](uint64_t h) {
        ++words;
        p.content_words.push_back(h);
      },
      [&](Script s, int k) { counts[static_cast<int>(s)] += k; },
      [&](uint64_t h) {
        if (fingerprint) fingerprint->AddWord(h);
      });
  p.script = Dominant(counts);
  p.english_share = words ? static_cast<double>(english) / words : 0.0;
  return p;
}

Script DominantScript(std::string_view text) {
  int counts[static_cast<int>(Script::kOther) + 1] = {};
  size_t i = 0;
  while (i < text.size()) {
    uint32_t cp = NextCodePoint(text, &i);
    ++counts[static_cast<int>(ScriptOf(cp))];
  }
  return Dominant(counts);
}

}  // namespace clearsource
