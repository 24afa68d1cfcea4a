// Content words for topical comparisons: lower-cased words of 4+ letters that are not among the
// commonest function words of the languages the corpus meets (a fixed grammar list, not a topic
// list), hashed. Also the dominant script of a text.
#ifndef CLEARSOURCE_PROVENANCE_WORDS_H_
#define CLEARSOURCE_PROVENANCE_WORDS_H_

#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace clearsource {

using WordSet = std::unordered_set<uint64_t>;

enum class Script : uint8_t {
  kNone,
  kLatin,
  kCyrillic,
  kGreek,
  kArabic,
  kHebrew,
  kCjk,
  kHangul,
  kKana,
  kThai,
  kDevanagari,
  kOther
};

// Appends the hash of each content word of `text`: 4+ letters, not a function word, not a number
// (a year shared with the article says nothing about the topic).
// Returns the script most of its letters are written in, from the same pass (as DominantScript,
// punctuation aside).
Script ContentWords(std::string_view text, std::vector<uint64_t>* out);

// The script most letters of `text` are written in (kNone without letters). Kana wins over CJK
// when present (Japanese mixes both).
Script DominantScript(std::string_view text);

// The three above in one pass (with an ASCII fast path), for the article text that several
// signals read.
struct TextProfile {
  std::vector<uint64_t> content_words;  // as ContentWords
  Script script = Script::kNone;        // as DominantScript
  double english_share = 0;             // share of the commonest English function words
};
class FingerprintBuilder;
// `fingerprint`, when given, is fed the text's words in the same pass.
TextProfile ProfileText(std::string_view text, FingerprintBuilder* fingerprint = nullptr);
// Feeds the words of `text` to a fingerprint: lower-cased (ASCII) word hashes, apostrophes
// inside words kept out of the hash ("don't" is one word), each character of an unspaced
// script (CJK, Thai...) a word of its own.
void FeedFingerprint(std::string_view text, FingerprintBuilder* fingerprint);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_WORDS_H_
