// Fingerprints of an article's text, so the extension can remember articles read on their
// publishers' own domains and recognise a later copy elsewhere ("this page is a copy of <url>
// you read on <date>"). The memory lives in the extension; the fingerprint and the comparison
// live here.
//
// Two sketches over word 3-shingles (lower-cased words; characters of unspaced scripts count as
// words): a 64-bit SimHash (one number, near-duplicates differ in few bits; cheap to index) and a
// 64-bin one-permutation MinHash keeping 16 bits per bin (estimates the Jaccard similarity of the
// shingle sets, so truncated or partly rewritten copies still match). One hash per shingle:
// linear in the text.
#ifndef CLEARSOURCE_PROVENANCE_FINGERPRINT_H_
#define CLEARSOURCE_PROVENANCE_FINGERPRINT_H_

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace clearsource {

constexpr int kMinHashBins = 64;

struct Fingerprint {
  uint64_t simhash = 0;
  std::array<uint16_t, kMinHashBins> minhash{};  // 0 = empty bin
  uint32_t words = 0;
  uint32_t shingles = 0;
};

struct FingerprintMatch {
  double similarity = 0;  // MinHash estimate of the shingle-set Jaccard similarity, 0..1
  int hamming = 64;       // SimHash bit distance, 0..64
  int bins = 0;           // bins filled in both sketches (the estimate's sample size)
  bool same_article = false;
};

// Builds a fingerprint from a stream of word hashes (see FeedFingerprint in words.h, which
// also lets the article's one profiling pass feed it).
class FingerprintBuilder {
 public:
  FingerprintBuilder();
  void AddWord(uint64_t word_hash);
  // nullopt below kMinFingerprintWords words.
  std::optional<Fingerprint> Finish();

 private:
  void Flush();
  Fingerprint f_;
  int counts_[64] = {};
  uint64_t lanes_[8] = {};
  int pending_ = 0;
  uint32_t mins_[kMinHashBins] = {};
  bool filled_[kMinHashBins] = {};
  uint64_t w1_ = 0, w2_ = 0;  // the two previous words
  uint32_t n_ = 0;
};

// nullopt when the text has too few words to fingerprint meaningfully (kMinFingerprintWords).
std::optional<Fingerprint> ComputeFingerprint(std::string_view text);

FingerprintMatch CompareFingerprints(const Fingerprint& a, const Fingerprint& b);

// {"version":1,"simhash":"<16 hex>","minhash":"<256 hex>","words":N}
std::string FingerprintToJson(const Fingerprint& f);
// Reads the object above (extra keys ignored); false when malformed.
bool FingerprintFromJson(std::string_view json, Fingerprint* out);

// For the wasm binding: two fingerprint JSON objects in, {"ok":true,"similarity":..,"hamming":..,
// "sameArticle":..} out, or {"ok":false,"error":{"code":"bad-fingerprint",...}}.
std::string CompareFingerprintsJson(std::string_view a, std::string_view b);

// For the extension's read-before memory: one fingerprint and a JSON array of remembered ones
// in, the closest same-article entry out: {"ok":true,"index":i,"similarity":..,"hamming":..,
// "skipped":n} (index -1 when none matches; malformed entries are skipped and counted), or
// {"ok":false,"error":{"code":"bad-fingerprint"|"bad-candidates",...}}. One call for the whole
// memory: a thousand calls across the wasm boundary would cost more than the comparisons.
std::string FindFingerprintMatchJson(std::string_view fingerprint, std::string_view candidates);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_FINGERPRINT_H_
