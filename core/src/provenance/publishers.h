// The publisher table (core/data/publishers.tsv, compiled in): look publishers up by registrable
// domain or by name, and find their names in page text. The indexes are sorted arrays of views
// into the compiled-in strings, built once on first use with a handful of allocations (the
// service worker that runs the core restarts often: a cold start must stay cheap); lookups are
// binary searches, the text scan is linear in the text.
#ifndef CLEARSOURCE_PROVENANCE_PUBLISHERS_H_
#define CLEARSOURCE_PROVENANCE_PUBLISHERS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace clearsource {

// A run of string views inside the table's shared storage (no allocation per row).
struct ViewRange {
  const std::string_view* b = nullptr;
  const std::string_view* e = nullptr;
  const std::string_view* begin() const { return b; }
  const std::string_view* end() const { return e; }
  size_t size() const { return static_cast<size_t>(e - b); }
  bool empty() const { return b == e; }
  std::string_view operator[](size_t i) const { return b[i]; }
};

struct Publisher {
  uint32_t id = 0;
  std::string_view name;  // canonical display name ("CBS News")
  std::string_view kind;  // wire, newspaper, broadcaster, magazine, digital, agency-photo
  std::string_view country;
  std::string_view lang;
  std::string_view group;  // owner slug; "" when none
  ViewRange domains;
  ViewRange names;  // name + aliases, as written
  bool wire = false;
  bool press_release = false;   // copies of its texts are expected everywhere
  bool aggregator = false;      // hosts licensed copies of many publishers
  bool syndicator = false;      // distributes other outlets' articles: a credit is a licence
  bool free_republish = false;  // lets anyone republish its articles with a credit line
  bool all_ambiguous = false;   // every name needs attribution context
  ViewRange ambiguous;          // names needing attribution context

  bool IsAmbiguousName(std::string_view n) const;
  bool OwnsDomain(std::string_view registrable) const;
};

// One occurrence of a publisher name in text.
struct PublisherMention {
  const Publisher* publisher;
  size_t begin, end;  // byte range in the scanned text
  bool ambiguous;     // the matched name needs attribution context to count
};

class PublisherTable {
 public:
  static const PublisherTable& Get();

  size_t size() const { return rows_.size(); }
  const Publisher& at(size_t i) const { return rows_[i]; }

  // The publisher owning a registrable domain ("cbsnews.com"), or nullptr.
  const Publisher* ByDomain(std::string_view registrable) const;
  // The publisher with this name or alias, compared on letters and digits, case-folded, with a
  // leading "The" optional ("CBS NEWS", "cbsnews.com", "Associated Press"). nullptr if none.
  const Publisher* ByName(std::string_view name) const;
  // The publisher whose name or alias starts `s` (longest match, word boundary after it), as in
  // "CBS News Digital" or "Reuters staff". Sets *len to the bytes matched.
  const Publisher* NameAt(std::string_view s, size_t* len) const;

  // Every publisher name in `text`, left to right, longest match at each word start. Names match
  // as written in the table or in all capitals ("REUTERS"), at word boundaries.
  std::vector<PublisherMention> FindMentions(std::string_view text) const;

  // Whether two publishers are the same outlet or sister brands (same group).
  static bool SameOwner(const Publisher* a, const Publisher* b);

 private:
  PublisherTable();
  struct Name {
    uint64_t first;         // hash of the first word, as it must appear in text
    std::string_view text;  // the whole name, as it must appear in text
    uint32_t row;
    bool ambiguous;
  };
  using Entry = std::pair<uint64_t, uint32_t>;  // key hash -> row
  std::vector<Publisher> rows_;
  std::vector<std::string_view> views_;  // domains, names, ambiguous names of all rows
  std::string upper_pool_;               // upper-case spellings (reserved: never reallocates)
  // Indexes keyed by 64-bit hashes and sorted by integer: built in well under a millisecond
  // (no string sorting); a hash match is confirmed on the strings.
  std::vector<Entry> by_domain_;
  std::vector<Entry> by_key_;        // PublisherKey-style squashed names (with "the")
  std::vector<Name> by_first_word_;  // longest name first within a first word
};

// The key names are compared by: letters and digits, case-folded, without a leading "the".
std::string PublisherKey(std::string_view name);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_PUBLISHERS_H_
