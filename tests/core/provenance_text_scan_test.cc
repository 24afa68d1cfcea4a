// core/src/provenance/text_scan.cc (+ page_text.cc, words.cc): shared text helpers.
#include <gtest/gtest.h>

#include "provenance/text_scan.h"
#include "provenance/words.h"

namespace clearsource {
namespace {

TEST(ProvenanceTextScanTest, FindCueRespectsWordsAndGluedInlineText) {
  EXPECT_EQ(FindCue("This was Provided by X", "provided by"), 9u);
  EXPECT_EQ(FindCue("unprovided by", "provided by"), std::string_view::npos);
  // Adjacent inline elements run together: a capital after a lower-case letter starts a word.
  EXPECT_EQ(FindCue("Sputnik InternationalProvided by Sputnik", "provided by"), 21u);
  std::string_view s = "Read the ORIGINAL story";
  std::string lower = "read the original story";
  EXPECT_EQ(FindLowerCue(s, lower, "original"), 9u);
}

TEST(ProvenanceTextScanTest, NamePhrases) {
  EXPECT_EQ(NamePhraseAt("for CBS News Digital.", 4), "CBS News Digital");
  EXPECT_EQ(NamePhraseAt("at The New York Times, said", 3), "The New York Times");
  EXPECT_EQ(NamePhraseAt("for Barnes & Noble today", 4), "Barnes & Noble");
  EXPECT_EQ(NamePhraseAt("of the U.S. Army Corps of Engineers", 3),
            "the U.S. Army Corps of Engineers");
  EXPECT_EQ(NamePhraseAt("for the weekend", 4), "");
}

TEST(ProvenanceTextScanTest, CopyrightHolders) {
  std::string_view line =
      "Copyright \xC2\xA9 2019-2024 Profound Wealth Insights All Rights Reserved";
  size_t i = SkipCopyrightPrefix(line, 0);
  EXPECT_EQ(TrimHolder(NamePhraseAt(line, i, 8)), "Profound Wealth Insights");
  EXPECT_EQ(TrimHolder("CBS News 2019."), "CBS News");
  EXPECT_EQ(TrimHolder("Capitol Hill Publishing Corp."), "Capitol Hill Publishing");
}

TEST(ProvenanceTextScanTest, SentenceAroundKeepsAbbreviations) {
  std::string_view t = "First sentence here. Mr. Biden met U.S. officials on Tuesday. Last one.";
  EXPECT_EQ(SentenceAround(t, 30), "Mr. Biden met U.S. officials on Tuesday.");
}

TEST(ProvenanceTextScanTest, Triggers) {
  EXPECT_TRUE(Triggers("This article originally appeared on X") & kTrigNote);
  EXPECT_TRUE(Triggers("\xC2\xA9 2019 X") & kTrigCopyright);
  EXPECT_TRUE(Triggers("(c) X 2019") & kTrigCopyright);
  EXPECT_TRUE(Triggers("Please contact us for deletion") & kTrigNotice);
  EXPECT_TRUE(Triggers("he told CBS News") & kTrigSelf);
  EXPECT_EQ(Triggers("The river rose three metres overnight."), 0u);
}

TEST(ProvenanceTextScanTest, ScriptsAndEnglish) {
  EXPECT_EQ(DominantScript("The river rose"), Script::kLatin);
  EXPECT_EQ(
      DominantScript(
          "\xD0\x9D\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB9 \xD1\x81\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBD"),
      Script::kCyrillic);
  EXPECT_EQ(DominantScript("\xE6\x97\xA5\xE6\x9C\xAC\xE3\x81\xAE"), Script::kKana);  // 日本の
  TextProfile en =
      ProfileText("The river rose in the town and it was the worst flood of the decade.");
  EXPECT_GT(en.english_share, 0.2);
  TextProfile pt =
      ProfileText("O rio subiu durante a noite e as ruas ficaram alagadas na cidade velha.");
  EXPECT_LT(pt.english_share, 0.1);  // "as" is Portuguese too
}

}  // namespace
}  // namespace clearsource
