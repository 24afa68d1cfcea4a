// Every weight and threshold of the provenance stage, in one table, each with a one-line why.
// Signals report a weight in 0..1 (how strongly they suggest the page is someone else's article
// or a content farm); verdict.cc combines them. Change numbers here, nowhere else.
#ifndef CLEARSOURCE_PROVENANCE_WEIGHTS_H_
#define CLEARSOURCE_PROVENANCE_WEIGHTS_H_

namespace clearsource {
namespace weights {

// --- fingerprint -----------------------------------------------------------------------------
// Below ~40 words a 3-shingle sketch says more about boilerplate than about an article.
constexpr int kMinFingerprintWords = 40;
// MinHash needs this many bins filled in both sketches before its estimate means anything.
constexpr int kFingerprintMinBins = 16;
// Unrelated texts share almost no 3-shingles (estimate ~0); truncated or spun copies keep 0.3+.
constexpr double kFingerprintSameArticleSimilarity = 0.3;
// SimHash near-duplicate distance for 64-bit sketches (Manku et al. use 3; copies with chrome
// in the extracted text drift a little further).
constexpr int kFingerprintSameArticleHamming = 6;

}  // namespace weights
}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_WEIGHTS_H_
