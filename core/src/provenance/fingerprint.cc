#include "provenance/fingerprint.h"

#include "output/json_writer.h"
#include "provenance/weights.h"
#include "provenance/words.h"
#include "util/json.h"
#include "util/text.h"

namespace clearsource {
namespace {

// splitmix64's finalizer: a fast, well-mixed 64-bit hash step.
inline uint64_t Mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

int HexDigit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

bool ParseHex(std::string_view s, uint64_t* out) {
  if (s.empty() || s.size() > 16) return false;
  uint64_t v = 0;
  for (char c : s) {
    int d = HexDigit(c);
    if (d < 0) return false;
    v = v << 4 | static_cast<uint64_t>(d);
  }
  *out = v;
  return true;
}

}  // namespace

// SimHash counters are bit-sliced: lanes_[k] holds 8 byte-wide counters for bits 8k..8k+7 of
// the shingle hashes (kExpand spreads a byte's bits over a word's bytes), flushed into counts_
// before a byte could overflow: 8 additions per shingle instead of 64.
// A constant table, not a function-local static: no initialisation guard on every shingle.
static constexpr std::array<uint64_t, 256> kExpand = [] {
  std::array<uint64_t, 256> a{};
  for (int v = 0; v < 256; ++v) {
    for (int b = 0; b < 8; ++b) {
      if (v >> b & 1) a[v] |= uint64_t{1} << (8 * b);
    }
  }
  return a;
}();

FingerprintBuilder::FingerprintBuilder() {
  static_assert(kMinHashBins == 64, "top 6 bits pick the bin");
}

void FingerprintBuilder::Flush() {
  for (int k = 0; k < 8; ++k) {
    for (int b = 0; b < 8; ++b) counts_[8 * k + b] += static_cast<int>(lanes_[k] >> (8 * b) & 0xFF);
    lanes_[k] = 0;
  }
  pending_ = 0;
}

void FingerprintBuilder::AddWord(uint64_t w) {
  ++n_;
  if (n_ >= 3) {
    uint64_t s = Mix(w1_ * 0x9E3779B97F4A7C15ULL ^ Mix(w2_ + 0x632BE59BD9B4E019ULL) ^ w);
    ++f_.shingles;
    for (int k = 0; k < 8; ++k) lanes_[k] += kExpand[(s >> (8 * k)) & 0xFF];
    if (++pending_ == 255) Flush();
    // One-permutation MinHash: the top 6 bits choose the bin, the low 32 bits are the value
    // minimised, and 16 other bits of the winning shingle are stored (b-bit MinHash): equal
    // bins mean the same shingle won in both texts, except with probability 2^-16.
    int bin = static_cast<int>(s >> 58);
    uint32_t value = static_cast<uint32_t>(s);
    if (!filled_[bin] || value < mins_[bin]) {
      filled_[bin] = true;
      mins_[bin] = value;
      uint16_t stored = static_cast<uint16_t>(s >> 32);
      f_.minhash[bin] = stored == 0 ? 1 : stored;  // 0 marks an empty bin
    }
  }
  w1_ = w2_;
  w2_ = w;
}

std::optional<Fingerprint> FingerprintBuilder::Finish() {
  Flush();
  f_.words = n_;
  if (n_ < static_cast<uint32_t>(weights::kMinFingerprintWords)) return std::nullopt;
  // A bit is set when more than half of the shingles have it (the +1/-1 vote of SimHash).
  for (int b = 0; b < 64; ++b) {
    if (2 * static_cast<uint64_t>(counts_[b]) > f_.shingles) f_.simhash |= uint64_t{1} << b;
  }
  return f_;
}

std::optional<Fingerprint> ComputeFingerprint(std::string_view text) {
  FingerprintBuilder b;
  FeedFingerprint(text, &b);
  return b.Finish();
}

FingerprintMatch CompareFingerprints(const Fingerprint& a, const Fingerprint& b) {
  FingerprintMatch m;
  m.hamming = __builtin_popcountll(a.simhash ^ b.simhash);
  int both = 0, equal = 0;
  for (int i = 0; i < kMinHashBins; ++i) {
    if (a.minhash[i] == 0 || b.minhash[i] == 0) continue;
    ++both;
    if (a.minhash[i] == b.minhash[i]) ++equal;
  }
  m.bins = both;
  m.similarity = both ? static_cast<double>(equal) / both : 0.0;
  m.same_article = (both >= weights::kFingerprintMinBins &&
                    m.similarity >= weights::kFingerprintSameArticleSimilarity) ||
                   m.hamming <= weights::kFingerprintSameArticleHamming;
  return m;
}

// Lower-case hex of the low `digits` nibbles of v (no printf: it is slow in wasm).
// Writes `digits` lower-case hex digits of v at out (most significant first).
void WriteHex(uint64_t v, int digits, char* out) {
  static constexpr char kDigits[] = "0123456789abcdef";
  for (int k = digits - 1; k >= 0; --k) *out++ = kDigits[(v >> (4 * k)) & 0xF];
}

std::string FingerprintToJson(const Fingerprint& f) {
  // Written directly: hex needs no escaping, and every page with an article has a fingerprint
  // (a JSON writer call per field and an append per bin cost more than the rest of this).
  char simhash[16];
  WriteHex(f.simhash, 16, simhash);
  char minhash[kMinHashBins * 4];
  for (int i = 0; i < kMinHashBins; ++i) WriteHex(f.minhash[i], 4, minhash + 4 * i);
  std::string out;
  out.reserve(96 + sizeof(minhash));
  out.append("{\"version\":1,\"simhash\":\"");
  out.append(simhash, sizeof(simhash));
  out.append("\",\"minhash\":\"");
  out.append(minhash, sizeof(minhash));
  out.append("\",\"words\":");
  out.append(std::to_string(f.words));
  out.push_back('}');
  return out;
}

namespace {

bool FingerprintFromValue(const JsonValue& v, Fingerprint* out) {
  if (!v.is_object()) return false;
  const JsonValue* sh = v.Get("simhash");
  const JsonValue* mh = v.Get("minhash");
  if (!sh || !sh->is_string() || !mh || !mh->is_string()) return false;
  if (sh->string.size() != 16 || mh->string.size() != kMinHashBins * 4) return false;
  Fingerprint f;
  if (!ParseHex(sh->string, &f.simhash)) return false;
  for (int i = 0; i < kMinHashBins; ++i) {
    uint64_t x;
    if (!ParseHex(std::string_view(mh->string).substr(i * 4, 4), &x)) return false;
    f.minhash[i] = static_cast<uint16_t>(x);
  }
  if (const JsonValue* w = v.Get("words"); w && w->type == JsonValue::Type::kNumber) {
    f.words = w->number > 0 ? static_cast<uint32_t>(w->number) : 0;
  }
  *out = f;
  return true;
}

void WriteBadInput(std::string_view code, std::string_view message, JsonWriter* w) {
  w->Key("ok").Bool(false);
  w->Key("error").BeginObject();
  w->Key("code").String(code);
  w->Key("message").String(message);
  w->EndObject();
  w->EndObject();
}

constexpr std::string_view kFingerprintShape =
    "expected {\"simhash\": 16 hex digits, \"minhash\": 256 hex digits}";

}  // namespace

bool FingerprintFromJson(std::string_view json, Fingerprint* out) {
  JsonValue v;
  return ParseJson(json, &v) && FingerprintFromValue(v, out);
}

std::string CompareFingerprintsJson(std::string_view a, std::string_view b) {
  Fingerprint fa, fb;
  JsonWriter w;
  w.BeginObject();
  if (!FingerprintFromJson(a, &fa) || !FingerprintFromJson(b, &fb)) {
    WriteBadInput("bad-fingerprint", kFingerprintShape, &w);
    return w.Take();
  }
  FingerprintMatch m = CompareFingerprints(fa, fb);
  w.Key("ok").Bool(true);
  w.Key("similarity").Number(m.similarity);
  w.Key("hamming").Int(m.hamming);
  w.Key("bins").Int(m.bins);
  w.Key("sameArticle").Bool(m.same_article);
  w.EndObject();
  return w.Take();
}

std::string FindFingerprintMatchJson(std::string_view fingerprint, std::string_view candidates) {
  JsonWriter w;
  w.BeginObject();
  Fingerprint f;
  if (!FingerprintFromJson(fingerprint, &f)) {
    WriteBadInput("bad-fingerprint", kFingerprintShape, &w);
    return w.Take();
  }
  JsonValue list;
  if (!ParseJson(candidates, &list) || !list.is_array()) {
    WriteBadInput("bad-candidates", "expected a JSON array of fingerprints", &w);
    return w.Take();
  }
  // The closest same-article candidate: highest MinHash similarity, then smallest SimHash
  // distance. Malformed entries (a memory written by another version) are skipped, not fatal.
  int best = -1, skipped = 0;
  FingerprintMatch best_match;
  for (size_t i = 0; i < list.array.size(); ++i) {
    Fingerprint c;
    if (!FingerprintFromValue(list.array[i], &c)) {
      ++skipped;
      continue;
    }
    FingerprintMatch m = CompareFingerprints(f, c);
    if (!m.same_article) continue;
    if (best < 0 || m.similarity > best_match.similarity ||
        (m.similarity == best_match.similarity && m.hamming < best_match.hamming)) {
      best = static_cast<int>(i);
      best_match = m;
    }
  }
  w.Key("ok").Bool(true);
  w.Key("index").Int(best);
  if (best >= 0) {
    w.Key("similarity").Number(best_match.similarity);
    w.Key("hamming").Int(best_match.hamming);
  }
  w.Key("skipped").Int(skipped);
  w.EndObject();
  return w.Take();
}

}  // namespace clearsource
