// Small text helpers the provenance signals share: ASCII-case-insensitive cue search at word
// boundaries, the sentence around a position, and the capitalised name phrase after a cue
// ("for CBS News Digital." -> "CBS News Digital").
#ifndef CLEARSOURCE_PROVENANCE_TEXT_SCAN_H_
#define CLEARSOURCE_PROVENANCE_TEXT_SCAN_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace clearsource {

// Whether s[i] starts a word / s[i) ends one (word = letters, digits, marks in any script).
bool WordStartsAt(std::string_view s, size_t i);
bool WordEndsAt(std::string_view s, size_t i);
bool IsWordCharAt(std::string_view s, size_t i);
bool IsWordCharBefore(std::string_view s, size_t i);

// Case-insensitive (ASCII) search for `cue` with word boundaries at both ends (where the cue
// itself starts/ends with a word character). npos when absent.
size_t FindCue(std::string_view s, std::string_view cue, size_t from = 0);

// FindCue on a text whose ASCII-lower-cased copy `lower` (same offsets) is at hand, for blocks
// searched for many cues: the copy is made once and each cue is a plain (memchr-fast) find.
// `cue` must be lower case.
size_t FindLowerCue(std::string_view s, std::string_view lower, std::string_view cue,
                    size_t from = 0);

// The sentence containing s[pos]: from after the previous ". ", "! ", "? " (or the start) to the
// next one (or the end), trimmed.
std::string_view SentenceAround(std::string_view s, size_t pos);

// The last occurrence of `sep` in `t` (npos if none), comparing only where its first byte is:
// std::string_view::rfind compares at every position, and titles are searched for many
// separators.
size_t RFindSeparator(std::string_view t, std::string_view sep);

// The name phrase starting at s[i] (after leading spaces, quotes and a leading "the"/"The" kept):
// capitalised words, digits, "&", and lower-case joiners between capitalised words ("of", "de",
// "and", "for"), up to `max_words`. Stops at punctuation other than "." inside a word ("U.S.",
// "CBSNews.com"), "'", "-" and "&". Returns "" when the first word is not capitalised.
std::string_view NamePhraseAt(std::string_view s, size_t i, int max_words = 6);

// Skips spaces, "©", "(c)", years and year ranges ("2019", "2019-2024,") from s[i].
size_t SkipCopyrightPrefix(std::string_view s, size_t i);

// Strips a trailing year, "Inc.", "LLC", "Ltd", "All rights reserved" and punctuation from a
// copyright holder's name.
std::string_view TrimHolder(std::string_view name);

// Whether a code point is a letter in a script with case and is upper-case (ASCII, Latin-1,
// Latin Extended, Greek, Cyrillic).
bool IsUpperAt(std::string_view s, size_t i);

// Lower-cased ASCII copy (same byte offsets as `s`).
std::string LowerAscii(std::string_view s);

// Which kinds of cue a text may hold, from one pass over its words: the scanners look for their
// (many) cue phrases only in blocks that have one of the phrases' key words.
enum TriggerBits : uint32_t {
  kTrigNote = 1,           // "originally appeared", "provided by", "republished with permission"...
  kTrigCopyright = 2,      // ©, (c), "copyright"
  kTrigNotice = 4,         // "comes from the internet", "contact us for deletion"...
  kTrigDate = 8,           // "Date:", "Current:", "Location:" CMS residue
  kTrigSelf = 16,          // "told", "interview", "has learned", "contributed"...
  kTrigBio = 32,           // "reporter", "correspondent", "writes"... (byline bios)
  kTrigCollected = 64,     // "collected", "gathered", "aggregated" (automatic-collection notices)
  kTrigForeignNote = 128,  // "erschien", "publicado", "Quelle"...: notes in other languages
};
uint32_t Triggers(std::string_view text);

// The kinds plus one bit per trigger word seen. Only the first 64 trigger words get a bit (the
// cue words: note, notice, date and self lists come first); a cue whose words have none is
// simply always searched.
struct TriggerScan {
  uint32_t kinds = 0;
  uint64_t words = 0;
};
TriggerScan ScanTriggers(std::string_view text);
// The trigger-word bits of a cue phrase; a text can contain the cue only if
// (ScanTriggers(text).words & CueWords(cue)) == CueWords(cue).
uint64_t CueWords(std::string_view cue);

// A cue list with each cue's trigger words, computed once.
struct CueList {
  std::vector<std::pair<std::string_view, uint64_t>> cues;
  template <size_t N>
  explicit CueList(const std::string_view (&list)[N]) {
    for (std::string_view c : list) cues.emplace_back(c, CueWords(c));
  }
};
inline bool MayContain(uint64_t text_words, uint64_t cue_words) {
  return (text_words & cue_words) == cue_words;
}

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_TEXT_SCAN_H_
