// core/src/provenance/fingerprint.cc: SimHash + MinHash of article text and their comparison.
#include <gtest/gtest.h>

#include <string>

#include "provenance/fingerprint.h"

namespace clearsource {
namespace {

std::string Paragraphs(int n, int seed) {
  static const char* kWords[] = {"river",  "storm",    "council", "budget", "school",
                                 "vote",   "minister", "market",  "shares", "flood",
                                 "police", "court",    "judge",   "winter", "energy",
                                 "prices", "rail",     "strike",  "union",  "hospital"};
  std::string out;
  unsigned x = static_cast<unsigned>(seed) * 2654435761u + 1;
  for (int p = 0; p < n; ++p) {
    for (int w = 0; w < 40; ++w) {
      x = x * 1103515245u + 12345u;
      out += kWords[(x >> 16) % 20];
      out += w == 39 ? ".\n\n" : " ";
    }
  }
  return out;
}

TEST(ProvenanceFingerprintTest, ShortTextHasNoFingerprint) {
  EXPECT_FALSE(ComputeFingerprint("Too short to say anything.").has_value());
}

TEST(ProvenanceFingerprintTest, IdenticalTextsMatchExactly) {
  std::string t = Paragraphs(10, 1);
  auto a = ComputeFingerprint(t), b = ComputeFingerprint(t);
  ASSERT_TRUE(a && b);
  FingerprintMatch m = CompareFingerprints(*a, *b);
  EXPECT_EQ(m.hamming, 0);
  EXPECT_DOUBLE_EQ(m.similarity, 1.0);
  EXPECT_TRUE(m.same_article);
}

TEST(ProvenanceFingerprintTest, CaseAndSpacingDoNotMatter) {
  std::string t =
      "The River Rose three metres overnight, flooding streets in the old town while "
      "residents were told to move to higher ground before dawn on Tuesday morning. "
      "Emergency crews worked through the night to reinforce the embankments and "
      "volunteers filled sandbags outside the town hall as schools closed early.";
  std::string u =
      "the river rose   three metres overnight flooding streets in the old town, while\n"
      "residents were told to move to higher ground before dawn on tuesday morning "
      "emergency crews worked through the night to reinforce the embankments and "
      "volunteers filled sandbags outside the town hall as schools closed early";
  auto a = ComputeFingerprint(t), b = ComputeFingerprint(u);
  ASSERT_TRUE(a && b);
  EXPECT_EQ(a->simhash, b->simhash);
  EXPECT_EQ(a->minhash, b->minhash);
}

TEST(ProvenanceFingerprintTest, TruncatedCopyWithChromeStillMatches) {
  std::string original = Paragraphs(12, 7);
  std::string copy = "SafeX Pro Exchange Home News Markets\n\n" +
                     original.substr(0, original.size() * 6 / 10) +
                     "\n\nTwitter veryGood! (2) Related: celebrity gossip of the week";
  auto a = ComputeFingerprint(original), b = ComputeFingerprint(copy);
  ASSERT_TRUE(a && b);
  FingerprintMatch m = CompareFingerprints(*a, *b);
  EXPECT_GT(m.similarity, 0.3);
  EXPECT_TRUE(m.same_article);
}

TEST(ProvenanceFingerprintTest, UnrelatedTextsDoNotMatch) {
  auto a = ComputeFingerprint(Paragraphs(10, 1)), b = ComputeFingerprint(Paragraphs(10, 2));
  ASSERT_TRUE(a && b);
  FingerprintMatch m = CompareFingerprints(*a, *b);
  EXPECT_LT(m.similarity, 0.1);
  EXPECT_GT(m.hamming, 12);
  EXPECT_FALSE(m.same_article);
}

TEST(ProvenanceFingerprintTest, JsonRoundTripAndCompareJson) {
  auto a = ComputeFingerprint(Paragraphs(5, 3));
  ASSERT_TRUE(a);
  std::string json = FingerprintToJson(*a);
  Fingerprint back;
  ASSERT_TRUE(FingerprintFromJson(json, &back));
  EXPECT_EQ(back.simhash, a->simhash);
  EXPECT_EQ(back.minhash, a->minhash);
  EXPECT_EQ(back.words, a->words);
  std::string r = CompareFingerprintsJson(json, json);
  EXPECT_NE(r.find("\"sameArticle\":true"), std::string::npos) << r;
  std::string bad = CompareFingerprintsJson(json, "{\"simhash\":\"xyz\"}");
  EXPECT_NE(bad.find("bad-fingerprint"), std::string::npos) << bad;
}

TEST(ProvenanceFingerprintTest, UnspacedScriptsCountEachCharacter) {
  // 60 CJK characters: enough words to fingerprint, although there is not one space.
  std::string t;
  for (int i = 0; i < 60; ++i) t += i % 2 ? "\xE6\x97\xA5" : "\xE6\x9C\xAC";
  auto f = ComputeFingerprint(t);
  ASSERT_TRUE(f);
  EXPECT_EQ(f->words, 60u);
}

TEST(ProvenanceFingerprintTest, FindMatchPicksTheClosestSameArticle) {
  std::string original = FingerprintToJson(*ComputeFingerprint(Paragraphs(10, 1)));
  std::string other = FingerprintToJson(*ComputeFingerprint(Paragraphs(10, 2)));
  std::string copy =
      FingerprintToJson(*ComputeFingerprint(Paragraphs(8, 1) + " Subscribe to our newsletter."));
  // A malformed entry (another version's memory) is skipped, not fatal.
  std::string list = "[" + other + ",{\"simhash\":\"zz\"},null," + copy + "," + original + "]";
  std::string r = FindFingerprintMatchJson(original, list);
  EXPECT_NE(r.find("\"ok\":true"), std::string::npos) << r;
  EXPECT_NE(r.find("\"index\":4"), std::string::npos) << r;  // the identical text beats the copy
  EXPECT_NE(r.find("\"skipped\":2"), std::string::npos) << r;

  r = FindFingerprintMatchJson(copy, "[" + other + "," + original + "]");
  EXPECT_NE(r.find("\"index\":1"), std::string::npos) << r;
  r = FindFingerprintMatchJson(original, "[" + other + "]");
  EXPECT_NE(r.find("\"index\":-1"), std::string::npos) << r;
  EXPECT_EQ(r.find("similarity"), std::string::npos) << r;
  r = FindFingerprintMatchJson(original, "[]");
  EXPECT_NE(r.find("\"index\":-1"), std::string::npos) << r;

  EXPECT_NE(FindFingerprintMatchJson("{}", "[]").find("bad-fingerprint"), std::string::npos);
  EXPECT_NE(FindFingerprintMatchJson(original, "{}").find("bad-candidates"), std::string::npos);
  EXPECT_NE(FindFingerprintMatchJson(original, "[").find("bad-candidates"), std::string::npos);
}

}  // namespace
}  // namespace clearsource
