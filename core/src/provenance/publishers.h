// The publisher table (core/data/publishers.tsv, compiled in): look publishers up by registrable
// domain or by name, and find their names in page text. Built once on first use; lookups are hash
// probes, the text scan is linear in the text.
#ifndef CLEARSOURCE_PROVENANCE_PUBLISHERS_H_
#define CLEARSOURCE_PROVENANCE_PUBLISHERS_H_

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace clearsource {

struct Publisher {
  uint32_t id = 0;
  std::string_view name;      // canonical display name ("CBS News")
  std::string_view kind;      // wire, newspaper, broadcaster, magazine, digital, agency-photo
  std::string_view country;
  std::string_view lang;
  std::string_view group;     // owner slug; "" when none
  std::vector<std::string_view> domains;
  std::vector<std::string_view> names;  // name + aliases, as written
  bool wire = false;
  bool press_release = false;  // copies of its texts are expected everywhere
  bool aggregator = false;     // hosts licensed copies of many publishers
  bool all_ambiguous = false;  // every name needs attribution context
  std::vector<std::string_view> ambiguous;  // names needing attribution context

  bool IsAmbiguousName(std::string_view n) const;
  bool OwnsDomain(std::string_view registrable) const;
};

// One occurrence of a publisher name in text.
struct PublisherMention {
  const Publisher* publisher;
  size_t begin, end;   // byte range in the scanned text
  bool ambiguous;      // the matched name needs attribution context to count
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
    uint32_t row;
    std::string_view text;  // as it must appear in text
    bool ambiguous;
  };
  std::vector<Publisher> rows_;
  std::unordered_map<std::string_view, uint32_t> by_domain_;
  std::unordered_map<std::string, uint32_t> by_key_;
  std::unordered_map<std::string_view, std::vector<Name>> by_first_word_;  // first word -> names
  std::deque<std::string> owned_;  // upper-case spellings the views above point into
};

// The key names are compared by: letters and digits, case-folded, without a leading "the".
std::string PublisherKey(std::string_view name);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_PUBLISHERS_H_
