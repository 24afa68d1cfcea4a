#include "provenance/publishers.h"

#include <algorithm>

#include "provenance/domains.h"
#include "provenance/hash_set.h"
#include "provenance/tables.h"
#include "util/text.h"

namespace clearsource {
namespace {

// Calls f(piece) for each non-empty piece of `s` split at `sep`.
template <class F>
void ForEachPiece(std::string_view s, char sep, F&& f) {
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(sep, start);
    if (end == std::string_view::npos) end = s.size();
    if (end > start) f(s.substr(start, end - start));
    start = end + 1;
  }
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
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9')) break;
      ++i;
      continue;
    }
    size_t j = i;
    if (!IsWordCodePoint(NextCodePoint(s, &j))) break;
    i = j;
  }
  return s.substr(0, i);
}

uint64_t HashBytes(std::string_view s) {
  uint64_t h = kFnvOffset;
  for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * kFnvPrime;
  return h;
}

// Hash of SquashName(s) without building it.
uint64_t SquashHash(std::string_view s) {
  uint64_t h = kFnvOffset;
  size_t i = 0;
  while (i < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      char l = AsciiLowerChar(static_cast<char>(c));
      if ((l >= 'a' && l <= 'z') || (l >= '0' && l <= '9'))
        h = (h ^ static_cast<unsigned char>(l)) * kFnvPrime;
      ++i;
      continue;
    }
    size_t start = i;
    uint32_t cp = NextCodePoint(s, &i);
    if (IsWordCodePoint(cp)) {
      for (size_t k = start; k < i; ++k) h = (h ^ static_cast<unsigned char>(s[k])) * kFnvPrime;
    }
  }
  return h;
}

bool HasLowerAscii(std::string_view s) {
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return true;
  }
  return false;
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

PublisherTable::PublisherTable() {
  // Sizes first, so that every vector and pool is allocated once and views stay valid.
  size_t n_views = 0, name_bytes = 0;
  for (unsigned i = 0; i < kPublisherRowCount; ++i) {
    const PublisherRow& r = kPublisherRows[i];
    n_views += 2;  // name + at least one domain, roughly
    for (const char* col : {r.aliases, r.domains, r.flags}) {
      for (const char* c = col; *c; ++c) n_views += (*c == '|' || *c == ',' || *c == '=');
    }
    name_bytes +=
        std::char_traits<char>::length(r.name) + std::char_traits<char>::length(r.aliases) + 1;
  }
  views_.reserve(n_views + kPublisherRowCount * 3);
  upper_pool_.reserve(name_bytes + 16);
  rows_.resize(kPublisherRowCount);

  // Ranges are recorded as offsets and turned into pointers once views_ is complete (a
  // reallocation while filling would otherwise leave them dangling).
  struct Offsets {
    size_t domains[2], names[2], ambiguous[2];
  };
  std::vector<Offsets> offsets(kPublisherRowCount);
  auto range_from = [&](size_t begin, size_t(&out)[2]) {
    out[0] = begin;
    out[1] = views_.size();
  };
  for (unsigned i = 0; i < kPublisherRowCount; ++i) {
    const PublisherRow& r = kPublisherRows[i];
    Publisher& p = rows_[i];
    p.id = i;
    p.name = r.name;
    p.kind = r.kind;
    p.country = r.country;
    p.lang = r.lang;
    p.wire = p.kind == "wire";
    size_t begin = views_.size();
    ForEachPiece(r.domains, '|', [&](std::string_view d) { views_.push_back(d); });
    range_from(begin, offsets[i].domains);
    begin = views_.size();
    views_.push_back(p.name);
    ForEachPiece(r.aliases, '|', [&](std::string_view a) { views_.push_back(a); });
    range_from(begin, offsets[i].names);
    begin = views_.size();
    ForEachPiece(r.flags, ',', [&](std::string_view f) {
      if (f == "ambiguous")
        p.all_ambiguous = true;
      else if (f.substr(0, 10) == "ambiguous=")
        ForEachPiece(f.substr(10), '|', [&](std::string_view a) { views_.push_back(a); });
      else if (f.substr(0, 6) == "group=")
        p.group = f.substr(6);
      else if (f == "press-release")
        p.press_release = true;
      else if (f == "aggregator")
        p.aggregator = true;
      else if (f == "syndicator")
        p.syndicator = true;
      else if (f == "free-republish")
        p.free_republish = true;
    });
    range_from(begin, offsets[i].ambiguous);
  }
  auto range = [&](const size_t(&o)[2]) {
    ViewRange v;
    v.b = views_.data() + o[0];
    v.e = views_.data() + o[1];
    return v;
  };
  for (unsigned i = 0; i < kPublisherRowCount; ++i) {
    rows_[i].domains = range(offsets[i].domains);
    rows_[i].names = range(offsets[i].names);
    rows_[i].ambiguous = range(offsets[i].ambiguous);
  }

  by_domain_.reserve(views_.size());
  by_key_.reserve(views_.size());
  by_first_word_.reserve(views_.size() * 2);
  for (const Publisher& p : rows_) {
    for (std::string_view d : p.domains) by_domain_.emplace_back(HashBytes(d), p.id);
    for (std::string_view n : p.names) {
      // A qualified name ("The Star (Malaysia)") never appears in text: only its aliases do.
      if (n.find('(') != std::string_view::npos) continue;
      // Domain-like aliases ("AS.com") are found through ByDomain; squashed they would collide
      // with names ("Ascom").
      bool domain_like =
          n.find('.') != std::string_view::npos && n.find(' ') == std::string_view::npos;
      if (!domain_like) by_key_.emplace_back(SquashHash(n), p.id);
      bool amb = p.IsAmbiguousName(n);
      std::string_view w = FirstWord(n);
      if (w.empty()) continue;
      by_first_word_.push_back({HashBytes(w), n, p.id, amb});
      if (HasLowerAscii(n)) {  // the all-capitals spelling ("REUTERS")
        size_t at = upper_pool_.size();
        for (char c : n)
          upper_pool_.push_back((c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c);
        std::string_view u = std::string_view(upper_pool_).substr(at, n.size());
        by_first_word_.push_back({HashBytes(FirstWord(u)), u, p.id, amb});
      }
    }
  }
  // Integer sorts; ties keep table order (the first row listing a key wins).
  std::sort(by_domain_.begin(), by_domain_.end());
  std::sort(by_key_.begin(), by_key_.end());
  std::sort(by_first_word_.begin(), by_first_word_.end(), [](const Name& a, const Name& b) {
    if (a.first != b.first) return a.first < b.first;
    if (a.text.size() != b.text.size()) return a.text.size() > b.text.size();  // longest first
    return a.row < b.row;
  });
}

const PublisherTable& PublisherTable::Get() {
  static const PublisherTable* table = new PublisherTable();  // built on first use, never freed
  return *table;
}

const Publisher* PublisherTable::ByDomain(std::string_view registrable) const {
  uint64_t h = HashBytes(registrable);
  auto it = std::lower_bound(by_domain_.begin(), by_domain_.end(), Entry{h, 0});
  for (; it != by_domain_.end() && it->first == h; ++it) {
    if (rows_[it->second].OwnsDomain(registrable)) return &rows_[it->second];
  }
  return nullptr;
}

const Publisher* PublisherTable::ByName(std::string_view name) const {
  // A domain written as a name ("CBSNews.com", "www.bbc.co.uk").
  std::string_view t = TrimView(name);
  if (t.find('.') != std::string_view::npos && t.find(' ') == std::string_view::npos) {
    std::string d = AsciiLower(t);
    if (d.compare(0, 4, "www.") == 0) d.erase(0, 4);
    if (const Publisher* p = ByDomain(d)) return p;
  }
  std::string k = SquashName(name);
  if (k.size() < 2) return nullptr;
  auto find = [&](std::string_view key) -> const Publisher* {
    uint64_t h = HashBytes(key);
    auto it = std::lower_bound(by_key_.begin(), by_key_.end(), Entry{h, 0});
    for (; it != by_key_.end() && it->first == h; ++it) {
      for (std::string_view n : rows_[it->second].names) {
        if (SquashName(n) == key) return &rows_[it->second];
      }
    }
    return nullptr;
  };
  if (const Publisher* p = find(k)) return p;
  // "Associated Press" for "The Associated Press" and back; never for one-word names, so that
  // a bare "News" or "Hill" does not find "The News" or "The Hill".
  if (CountWords(TrimView(name)) < 2) return nullptr;
  bool has_the = k.size() > 5 && k.compare(0, 3, "the") == 0;
  return find(has_the ? k.substr(3) : "the" + k);
}

namespace {

template <class Names, class Match>
const typename Names::value_type* Candidates(const Names& names, uint64_t h, Match&& match) {
  auto it =
      std::lower_bound(names.begin(), names.end(), h,
                       [](const typename Names::value_type& n, uint64_t k) { return n.first < k; });
  for (; it != names.end() && it->first == h; ++it) {
    if (match(*it)) return &*it;
  }
  return nullptr;
}

}  // namespace

const Publisher* PublisherTable::NameAt(std::string_view s, size_t* len) const {
  std::string_view w = FirstWord(s);
  if (w.empty()) return nullptr;
  const Name* n = Candidates(by_first_word_, HashBytes(w), [&](const Name& c) {
    return s.size() >= c.text.size() && s.compare(0, c.text.size(), c.text) == 0 &&
           !IsWordAt(s, c.text.size());
  });
  if (!n) return nullptr;
  *len = n->text.size();
  return &rows_[n->row];
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
    size_t next = i + w.size();
    std::string_view rest = text.substr(i);
    const Name* n = Candidates(by_first_word_, HashBytes(w), [&](const Name& c) {
      return rest.size() >= c.text.size() && rest.compare(0, c.text.size(), c.text) == 0 &&
             !IsWordAt(rest, c.text.size());
    });
    if (n) {
      out.push_back({&rows_[n->row], i, i + n->text.size(), n->ambiguous});
      next = i + n->text.size();
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
