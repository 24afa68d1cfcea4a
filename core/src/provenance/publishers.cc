#include "provenance/publishers.h"

#include <algorithm>

#include "provenance/domains.h"
#include "provenance/tables.h"
#include "util/text.h"

namespace clearsource {
namespace {

std::vector<std::string_view> SplitList(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  if (s.empty()) return out;
  for (std::string_view p : Split(s, sep)) {
    if (!p.empty()) out.push_back(p);
  }
  return out;
}

bool IsWordAt(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  size_t j = i;
  return IsWordCodePoint(NextCodePoint(s, &j));
}

// Whether the code point ending at s[i) is a word character.
bool IsWordBefore(std::string_view s, size_t i) {
  if (i == 0) return false;
  size_t start = i - 1;
  while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
  size_t j = start;
  return IsWordCodePoint(NextCodePoint(s, &j));
}

// The first word of `s`: a run of word code points.
std::string_view FirstWord(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    size_t j = i;
    if (!IsWordCodePoint(NextCodePoint(s, &j))) break;
    i = j;
  }
  return s.substr(0, i);
}

std::string AsciiUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

}  // namespace

bool Publisher::IsAmbiguousName(std::string_view n) const {
  if (all_ambiguous) return true;
  for (std::string_view a : ambiguous) {
    if (a == n) return true;
  }
  return false;
}

bool Publisher::OwnsDomain(std::string_view registrable) const {
  for (std::string_view d : domains) {
    if (d == registrable) return true;
  }
  return false;
}

std::string PublisherKey(std::string_view name) {
  std::string k = SquashName(name);
  if (k.size() > 5 && k.compare(0, 3, "the") == 0) k.erase(0, 3);
  return k;
}

namespace {
// Table keys keep a leading "the" ("thehill", "thenews"); lookups try the name as written, then
// with "the" added or dropped, the latter only for names of two words or more, so that a bare
// "News" or "Hill" never finds "The News" or "The Hill".
std::string StrictKey(std::string_view name) { return SquashName(name); }
}  // namespace

PublisherTable::PublisherTable() {
  rows_.resize(kPublisherRowCount);
  for (unsigned i = 0; i < kPublisherRowCount; ++i) {
    const PublisherRow& r = kPublisherRows[i];
    Publisher& p = rows_[i];
    p.id = i;
    p.name = r.name;
    p.kind = r.kind;
    p.country = r.country;
    p.lang = r.lang;
    p.wire = p.kind == "wire";
    p.domains = SplitList(r.domains, '|');
    p.names.push_back(p.name);
    for (std::string_view a : SplitList(r.aliases, '|')) p.names.push_back(a);
    for (std::string_view f : SplitList(r.flags, ',')) {
      if (f == "ambiguous") p.all_ambiguous = true;
      else if (f.substr(0, 10) == "ambiguous=") p.ambiguous = SplitList(f.substr(10), '|');
      else if (f.substr(0, 6) == "group=") p.group = f.substr(6);
      else if (f == "press-release") p.press_release = true;
      else if (f == "aggregator") p.aggregator = true;
    }
  }
  for (const Publisher& p : rows_) {
    for (std::string_view d : p.domains) by_domain_.emplace(d, p.id);
    for (std::string_view n : p.names) {
      // A qualified name ("The Star (Malaysia)") never appears in text: only its aliases do.
      bool qualified = n.find('(') != std::string_view::npos;
      // Domain-like aliases ("AS.com") are found through ByDomain; squashed they would collide
      // with names ("Ascom").
      bool domain_like = n.find('.') != std::string_view::npos && n.find(' ') == std::string_view::npos;
      if (!qualified && !domain_like) by_key_.emplace(StrictKey(n), p.id);
      if (qualified) continue;
      bool amb = p.IsAmbiguousName(n);
      std::string_view w = FirstWord(n);
      if (w.empty()) continue;
      by_first_word_[w].push_back({p.id, n, amb});
      std::string upper = AsciiUpper(n);
      if (upper != n) {
        owned_.push_back(upper);
        std::string_view u = owned_.back();
        by_first_word_[FirstWord(u)].push_back({p.id, u, amb});
      }
    }
  }
  // Longest names first, so the first match at a position is the longest.
  for (auto& [word, list] : by_first_word_) {
    std::stable_sort(list.begin(), list.end(),
                     [](const Name& a, const Name& b) { return a.text.size() > b.text.size(); });
  }
}

const PublisherTable& PublisherTable::Get() {
  static const PublisherTable* table = new PublisherTable();  // built on first use, never freed
  return *table;
}

const Publisher* PublisherTable::ByDomain(std::string_view registrable) const {
  auto it = by_domain_.find(registrable);
  return it == by_domain_.end() ? nullptr : &rows_[it->second];
}

const Publisher* PublisherTable::ByName(std::string_view name) const {
  // A domain written as a name ("CBSNews.com", "www.bbc.co.uk").
  std::string_view t = TrimView(name);
  if (t.find('.') != std::string_view::npos && t.find(' ') == std::string_view::npos) {
    std::string d = AsciiLower(t);
    if (d.compare(0, 4, "www.") == 0) d.erase(0, 4);
    if (const Publisher* p = ByDomain(d)) return p;
  }
  std::string k = StrictKey(name);
  if (k.size() < 2) return nullptr;
  auto it = by_key_.find(k);
  if (it != by_key_.end()) return &rows_[it->second];
  if (CountWords(TrimView(name)) < 2) return nullptr;
  bool has_the = k.size() > 5 && k.compare(0, 3, "the") == 0;
  it = by_key_.find(has_the ? k.substr(3) : "the" + k);
  return it == by_key_.end() ? nullptr : &rows_[it->second];
}

const Publisher* PublisherTable::NameAt(std::string_view s, size_t* len) const {
  std::string_view w = FirstWord(s);
  if (w.empty()) return nullptr;
  auto it = by_first_word_.find(w);
  if (it == by_first_word_.end()) return nullptr;
  for (const Name& n : it->second) {
    if (s.size() >= n.text.size() && s.compare(0, n.text.size(), n.text) == 0 &&
        !IsWordAt(s, n.text.size())) {
      *len = n.text.size();
      return &rows_[n.row];
    }
  }
  return nullptr;
}

std::vector<PublisherMention> PublisherTable::FindMentions(std::string_view text) const {
  std::vector<PublisherMention> out;
  size_t i = 0;
  while (i < text.size()) {
    size_t j = i;
    uint32_t cp = NextCodePoint(text, &j);
    if (!IsWordCodePoint(cp) || IsWordBefore(text, i)) {
      i = j;
      continue;
    }
    std::string_view w = FirstWord(text.substr(i));
    auto it = by_first_word_.find(w);
    size_t next = i + w.size();
    if (it != by_first_word_.end()) {
      for (const Name& n : it->second) {
        if (text.size() - i >= n.text.size() && text.compare(i, n.text.size(), n.text) == 0 &&
            !IsWordAt(text, i + n.text.size())) {
          out.push_back({&rows_[n.row], i, i + n.text.size(), n.ambiguous});
          next = i + n.text.size();
          break;
        }
      }
    }
    i = std::max(next, j);
  }
  return out;
}

bool PublisherTable::SameOwner(const Publisher* a, const Publisher* b) {
  if (!a || !b) return false;
  if (a == b) return true;
  return !a->group.empty() && a->group == b->group;
}

}  // namespace clearsource
