// A small open-addressing hash set (and map to bits) of 64-bit word hashes: the provenance
// signals look words up by the million, and std::unordered_set's node-per-entry layout costs
// more in cache misses than the lookups themselves.
#ifndef CLEARSOURCE_PROVENANCE_HASH_SET_H_
#define CLEARSOURCE_PROVENANCE_HASH_SET_H_

#include <cstdint>
#include <iterator>
#include <string_view>
#include <vector>

#include "util/text.h"

namespace clearsource {

// FNV-1a, the word hash every provenance table and walk uses.
inline constexpr uint64_t kFnvOffset = 0xcbf29ce484222325ULL, kFnvPrime = 0x100000001b3ULL;

// FNV-1a of `w` with ASCII letters lower-cased.
inline uint64_t HashLower(std::string_view w) {
  uint64_t h = kFnvOffset;
  for (char c : w) h = (h ^ static_cast<unsigned char>(AsciiLowerChar(c))) * kFnvPrime;
  return h;
}

class HashBits {
 public:
  explicit HashBits(size_t expected = 16) {
    size_t cap = 16;
    while (cap < expected * 2) cap <<= 1;
    keys_.assign(cap, 0);
    bits_.assign(cap, 0);
  }
  // Key 0 is reserved (empty slot); hashes of real words are never 0 in practice, and a 0 is
  // remapped to 1 to be safe.
  void Add(uint64_t key, uint32_t bits = 1) {
    if ((count_ + 1) * 2 > keys_.size()) Grow();
    size_t i = Slot(key);
    if (keys_[i] == 0) keys_[i] = Fix(key), ++count_;
    bits_[i] |= bits;
  }
  uint32_t Get(uint64_t key) const {
    size_t i = Slot(key);
    return keys_[i] ? bits_[i] : 0;
  }
  bool Contains(uint64_t key) const { return keys_[Slot(key)] != 0; }
  size_t size() const { return count_; }

 private:
  static uint64_t Fix(uint64_t k) { return k ? k : 1; }
  size_t Slot(uint64_t key) const {
    key = Fix(key);
    size_t mask = keys_.size() - 1;
    size_t i = static_cast<size_t>((key ^ (key >> 29)) * 0x9E3779B97F4A7C15ULL >> 20) & mask;
    while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask;
    return i;
  }
  void Grow() {
    std::vector<uint64_t> keys;
    std::vector<uint32_t> bits;
    keys.swap(keys_);
    bits.swap(bits_);
    keys_.assign(keys.size() * 2, 0);
    bits_.assign(keys.size() * 2, 0);
    count_ = 0;
    for (size_t i = 0; i < keys.size(); ++i) {
      if (keys[i]) Add(keys[i], bits[i]);
    }
  }
  std::vector<uint64_t> keys_;
  std::vector<uint32_t> bits_;
  size_t count_ = 0;
};

// A word list as a set of HashLower hashes, built once and never destroyed (the tables live as
// long as the module): `static const HashBits& kSet = *WordHashes(kWords);`.
template <class Words>
const HashBits* WordHashes(const Words& words) {
  auto* set = new HashBits(std::size(words));
  for (std::string_view w : words) set->Add(HashLower(w));
  return set;
}

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_HASH_SET_H_
