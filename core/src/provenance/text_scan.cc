#include "provenance/text_scan.h"

#include <array>

#include "provenance/hash_set.h"
#include "util/text.h"

namespace clearsource {
namespace {

size_t PrevStart(std::string_view s, size_t i) {
  size_t start = i - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  return start;
}

bool IsUpperCp(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) return cp % 2 == 0;  // Latin Extended-A pairs (approximate)
  if (cp >= 0x391 && cp <= 0x3A9) return true;         // Greek
  if (cp >= 0x400 && cp <= 0x42F) return true;         // Cyrillic
  return false;
}

bool IsDigitAt(std::string_view s, size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; }

// Lower-case joiners allowed between capitalised words of a name.
bool IsJoiner(std::string_view w) {
  static constexpr std::string_view kJoiners[] = {"of",  "de", "and", "for", "the", "du", "des",
                                                  "del", "la", "le",  "di",  "da",  "on", "in"};
  for (std::string_view j : kJoiners) {
    if (w == j) return true;
  }
  return false;
}

}  // namespace

bool IsWordCharAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  size_t j = i;
  return IsWordCodePoint(NextCodePoint(s, &j));
}

bool IsWordCharBefore(std::string_view s, size_t i) {
  if (i == 0 || i > s.size()) return false;
  size_t j = PrevStart(s, i);
  return IsWordCodePoint(NextCodePoint(s, &j));
}

bool WordStartsAt(std::string_view s, size_t i) {
  return IsWordCharAt(s, i) && !IsWordCharBefore(s, i);
}
bool WordEndsAt(std::string_view s, size_t i) {
  return IsWordCharBefore(s, i) && !IsWordCharAt(s, i);
}

bool IsUpperAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  size_t j = i;
  return IsUpperCp(NextCodePoint(s, &j));
}

std::string LowerAscii(std::string_view s) { return AsciiLower(s); }

size_t FindCue(std::string_view s, std::string_view cue, size_t from) {
  if (cue.empty()) return std::string_view::npos;
  bool word_first = IsWordCharAt(cue, 0);
  bool word_last = IsWordCharBefore(cue, cue.size());
  for (size_t p = FindIgnoreCase(s, cue, from); p != std::string_view::npos;
       p = FindIgnoreCase(s, cue, p + 1)) {
    // Adjacent inline elements run together in text ("Sputnik InternationalProvided by"): a
    // lower-case letter followed by a capital starts a word too.
    bool camel = p > 0 && s[p - 1] >= 'a' && s[p - 1] <= 'z' && s[p] >= 'A' && s[p] <= 'Z';
    if (word_first && IsWordCharBefore(s, p) && !camel) continue;
    if (word_last && IsWordCharAt(s, p + cue.size())) continue;
    return p;
  }
  return std::string_view::npos;
}

size_t FindLowerCue(std::string_view s, std::string_view lower, std::string_view cue, size_t from) {
  if (cue.empty()) return std::string_view::npos;
  bool word_first = IsWordCharAt(cue, 0);
  bool word_last = IsWordCharBefore(cue, cue.size());
  for (size_t p = lower.find(cue, from); p != std::string_view::npos; p = lower.find(cue, p + 1)) {
    bool camel = p > 0 && s[p - 1] >= 'a' && s[p - 1] <= 'z' && s[p] >= 'A' && s[p] <= 'Z';
    if (word_first && IsWordCharBefore(s, p) && !camel) continue;
    if (word_last && IsWordCharAt(s, p + cue.size())) continue;
    return p;
  }
  return std::string_view::npos;
}

std::string_view SentenceAround(std::string_view s, size_t pos) {
  if (pos > s.size()) pos = s.size();
  auto is_end = [&](size_t k) {  // s[k] ends a sentence
    char c = s[k];
    if (c != '.' && c != '!' && c != '?') return false;
    if (k + 1 < s.size() && s[k + 1] != ' ') return false;
    // "U.S. officials", "Mr. Biden": a one-letter or title-like word before the dot.
    size_t w = k;
    while (w > 0 && IsWordCharBefore(s, w)) w = PrevStart(s, w);
    size_t len = k - w;
    if (len <= 1) return false;
    if (len <= 3 && w < k && s[w] >= 'A' && s[w] <= 'Z' && k + 2 < s.size() && s[k + 2] >= 'A' &&
        s[k + 2] <= 'Z' &&
        (s.substr(w, len) == "Mr" || s.substr(w, len) == "Mrs" || s.substr(w, len) == "Ms" ||
         s.substr(w, len) == "Dr" || s.substr(w, len) == "St"))
      return false;
    return true;
  };
  size_t begin = 0;
  for (size_t k = pos; k-- > 0;) {
    if (is_end(k)) {
      begin = k + 1;
      break;
    }
  }
  size_t end = s.size();
  for (size_t k = pos; k < s.size(); ++k) {
    if (is_end(k)) {
      end = k + 1;
      break;
    }
  }
  return TrimView(s.substr(begin, end - begin));
}

std::string_view NamePhraseAt(std::string_view s, size_t i, int max_words) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '"' || s[i] == '\'')) ++i;
  // Curly quotes.
  while (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
         static_cast<unsigned char>(s[i + 1]) == 0x80 &&
         (static_cast<unsigned char>(s[i + 2]) == 0x9C ||
          static_cast<unsigned char>(s[i + 2]) == 0x98))
    i += 3;
  size_t start = i, end = i;
  int words = 0;
  bool first = true;
  while (i < s.size() && words < max_words) {
    size_t ws = i;
    // One word: word characters plus inner ".", "'", "-", "&" between word characters.
    size_t j = i;
    while (j < s.size()) {
      if (IsWordCharAt(s, j)) {
        NextCodePoint(s, &j);
        continue;
      }
      char c = s[j];
      if ((c == '.' || c == '\'' || c == '-' || c == '&') && IsWordCharAt(s, j + 1) && j > ws) {
        ++j;
        continue;
      }
      break;
    }
    if (j == ws) {
      if (s[ws] == '&' && !first) {  // "Barnes & Noble"
        i = ws + 1;
        while (i < s.size() && s[i] == ' ') ++i;
        continue;
      }
      break;
    }
    std::string_view w = s.substr(ws, j - ws);
    bool cap = IsUpperAt(s, ws) || IsDigitAt(s, ws);
    // A number after a name ("Internet 2019-11-21", "Reuters 2019") ends it: names carry
    // digits inside words ("9to5Mac", "Vegas777"), not as words of their own.
    if (!first && IsDigitAt(s, ws)) {
      bool digits_only = true;
      for (char ch : w)
        digits_only &= (ch >= '0' && ch <= '9') || ch == '-' || ch == '.' || ch == '/' || ch == ':';
      if (digits_only) break;
    }
    if (first) {
      if (!cap && !(w == "the" || w == "The")) break;
      if (w == "the") cap = true;
    } else if (!cap && !IsJoiner(w)) {
      break;
    }
    // "U.S." style abbreviations keep their final dot.
    if (j < s.size() && s[j] == '.' && w.find('.') != std::string_view::npos) ++j;
    if (cap) end = j;
    ++words;
    first = false;
    i = j;
    if (i < s.size() && s[i] == ' ')
      ++i;
    else
      break;
  }
  std::string_view out = s.substr(start, end - start);
  if (out == "the" || out == "The") return std::string_view();
  return out;
}

size_t SkipCopyrightPrefix(std::string_view s, size_t i) {
  for (;;) {
    size_t before = i;
    while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == ':')) ++i;
    if (s.substr(i, 2) == "\xC2\xA9")
      i += 2;  // ©
    else if (s.size() - i >= 3 && (s.substr(i, 3) == "(c)" || s.substr(i, 3) == "(C)"))
      i += 3;
    else if (FindIgnoreCase(s.substr(i, 9), "copyright") == 0)
      i += 9;
    while (IsDigitAt(s, i)) {
      size_t k = i;
      while (IsDigitAt(s, k)) ++k;
      if (k - i != 4) break;  // years only
      i = k;
      while (i < s.size() && (s[i] == '-' || s[i] == ' ' || s[i] == ',')) ++i;
      if (s.substr(i, 3) == "\xE2\x80\x93") i += 3;  // en dash
    }
    if (i == before) return i;
  }
}

std::string_view TrimHolder(std::string_view name) {
  name = TrimView(name);
  for (bool changed = true; changed && !name.empty();) {
    changed = false;
    while (!name.empty() && (name.back() == '.' || name.back() == ',' || name.back() == ' ')) {
      name.remove_suffix(1);
      changed = true;
    }
    for (std::string_view tail : {"All rights reserved", "All Rights Reserved", "Inc", "LLC", "Ltd",
                                  "Limited", "Corp", "Co"}) {
      if (name.size() > tail.size() + 1 && EndsWith(name, tail) &&
          !IsWordCharBefore(name, name.size() - tail.size())) {
        name.remove_suffix(tail.size());
        changed = true;
      }
    }
    // A trailing year ("CBS News 2019").
    if (name.size() > 5 && IsDigitAt(name, name.size() - 1)) {
      size_t k = name.size();
      while (k > 0 && IsDigitAt(name, k - 1)) --k;
      if (name.size() - k == 4 && k > 0 && name[k - 1] == ' ') {
        name = name.substr(0, k);
        changed = true;
      }
    }
  }
  return name;
}

namespace {

// Key words of the cue phrases in attribution.cc and template_junk.cc, by kind (lower case).
constexpr std::string_view kNoteWords[] = {
    "appeared",    "published",  "courtesy",    "provided",  "distributed", "syndicated",
    "licensed",    "permission", "republished", "reprinted", "reposted",    "partnership",
    "commons",     "agreement",  "posted",      "ran",       "original",    "originally",
    "source",      "sources",    "via",         "license",   "licence",     "full",
    "syndication", "origin"};
constexpr std::string_view kNoticeWords[] = {"internet",   "deletion",  "delete",       "remove",
                                             "reproduced", "reprinted", "infringement", "author",
                                             "authors",    "position",  "stance"};
// Words of notices that the text was collected automatically ("All news is collected
// automatically from open sources"): a kind of their own, indexed after the others so that the
// words above keep their bits in the 64-bit word masks (ScanTriggers).
constexpr std::string_view kCollectedWords[] = {"collected", "gathered", "aggregated"};
// Key words of the origin notes and source labels in other languages ("Dieser Artikel erschien
// zuerst auf", "publicado originalmente en", "Fuente:"): note words, indexed last for the same
// reason. Trigger words have 3 to 12 letters: "originalmente" is read through "publicado", and
// words end at a non-ASCII letter ("apareci" of "apareció").
constexpr std::string_view kForeignNoteWords[] = {
    "erschien", "zuerst", "initialement", "publicado", "pubblicato", "apareci",  // "apareció"
    "fuente",   "fonte",  "quelle",       "comparso",  "apparso"};
constexpr std::string_view kDateWords[] = {"date", "current", "location", "position",
                                           "here", "time",    "updated"};
constexpr std::string_view kBioWords[] = {
    "reporter",    "correspondent", "writer", "editor",  "journalist", "producer", "columnist",
    "contributor", "anchor",        "critic", "analyst", "intern",     "fellow",   "photographer",
    "host",        "covers",        "writes", "reports", "reporting",  "author"};
constexpr std::string_view kSelfWords[] = {
    "told",     "interview", "spoke",    "speaking",    "reached",   "contacted",
    "provided", "obtained",  "reviewed", "shared",      "statement", "exclusively",
    "asked",    "seen",      "learned",  "contributed", "confirmed", "reporting"};

// Each distinct trigger word: its kinds (TriggerBits) and its index (for word masks).
struct TriggerTable {
  HashBits words{256};                 // hash -> (kinds << 8) | (index + 1)
  std::array<uint16_t, 26> shapes{};   // (first letter, length) pairs present
  std::array<uint32_t, 26> seconds{};  // (first letter, second letter) pairs present
  std::vector<std::string_view> list;
  TriggerTable() {
    auto add = [&](std::string_view w, uint32_t kind) {
      for (size_t i = 0; i < list.size(); ++i) {
        if (list[i] == w) {
          words.Add(HashLower(w), kind << 8);
          return;
        }
      }
      list.push_back(w);
      words.Add(HashLower(w), (kind << 8) | static_cast<uint32_t>(list.size()));
      shapes[w[0] - 'a'] |= static_cast<uint16_t>(1u << w.size());
      seconds[w[0] - 'a'] |= 1u << (w[1] - 'a');
    };
    for (std::string_view w : kNoteWords) add(w, kTrigNote);
    add("copyright", kTrigCopyright);
    for (std::string_view w : kNoticeWords) add(w, kTrigNotice);
    for (std::string_view w : kDateWords) add(w, kTrigDate);
    for (std::string_view w : kSelfWords) add(w, kTrigSelf);
    for (std::string_view w : kBioWords) add(w, kTrigBio);
    for (std::string_view w : kCollectedWords) add(w, kTrigCollected);
    for (std::string_view w : kForeignNoteWords) add(w, kTrigNote | kTrigForeignNote);
  }
};

const TriggerTable& Table() {
  static const TriggerTable* t = new TriggerTable();
  return *t;
}

}  // namespace

TriggerScan ScanTriggers(std::string_view t) {
  const TriggerTable& table = Table();
  TriggerScan out;
  size_t i = 0;
  while (i < t.size()) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    if (!letter) {
      if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA9)
        out.kinds |= kTrigCopyright;
      if (c == '(' && i + 2 < t.size() && (t[i + 1] | 0x20) == 'c' && t[i + 2] == ')')
        out.kinds |= kTrigCopyright;
      ++i;
      continue;
    }
    size_t start = i;
    ++i;
    // A word ends at a non-letter, or where a capital follows a lower-case letter: adjacent
    // inline elements run together ("Sputnik InternationalProvided by").
    while (i < t.size() && ((t[i] >= 'a' && t[i] <= 'z') ||
                            (t[i] >= 'A' && t[i] <= 'Z' && !(t[i - 1] >= 'a' && t[i - 1] <= 'z'))))
      ++i;
    size_t len = i - start;
    if (len < 3 || len > 12) continue;
    int first = (t[start] | 0x20) - 'a';
    if (!(table.shapes[first] >> len & 1) ||
        !(table.seconds[first] >> ((t[start + 1] | 0x20) - 'a') & 1))
      continue;
    uint32_t v = table.words.Get(HashLower(t.substr(start, len)));
    if (!v) continue;
    out.kinds |= v >> 8;
    uint32_t index = v & 0xFF;
    if (index > 0 && index <= 64) out.words |= uint64_t{1} << (index - 1);
  }
  return out;
}

uint32_t Triggers(std::string_view t) { return ScanTriggers(t).kinds; }

size_t RFindSeparator(std::string_view t, std::string_view sep) {
  if (sep.empty() || t.size() < sep.size()) return std::string_view::npos;
  for (size_t i = t.size() - sep.size() + 1; i-- > 0;) {
    if (t[i] == sep[0] && t.compare(i, sep.size(), sep) == 0) return i;
  }
  return std::string_view::npos;
}

uint64_t CueWords(std::string_view cue) {
  // The trigger words of a cue phrase: a block can hold the cue only if it has them all.
  return ScanTriggers(cue).words;
}

}  // namespace clearsource
