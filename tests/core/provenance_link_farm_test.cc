// core/src/provenance/link_farm.cc: headline blocks unrelated to the article.
#include <gtest/gtest.h>

#include <algorithm>

#include "provenance/link_farm.h"
#include "provenance_test_util.h"

namespace clearsource {
namespace {

using testing_util::FloodStory;
using testing_util::LoadPage;
using testing_util::Page;

std::string Block(const std::string& heading, const std::vector<std::string>& headlines,
                  const std::string& host = "") {
  std::string out = "<div class=\"rail\"><h3>" + heading + "</h3><ul>";
  int k = 0;
  for (const std::string& h : headlines) {
    out += "<li><a href=\"" + host + "/news/item-" + std::to_string(k++) + ".html\">" + h +
           "</a></li>";
  }
  return out + "</ul></div>";
}

const std::vector<std::string> kUnrelated = {
    "Pop star announces a surprise stadium tour for next summer",
    "Five budget smartphones reviewed and ranked for battery life",
    "Championship side sacks manager after a run of heavy defeats",
    "Celebrity chef opens a noodle bar in the harbour district",
    "Streaming service raises prices for its premium subscribers"};
const std::vector<std::string> kForeign = {
    "\xD0\x9D\xD0\xBE\xD0\xB2\xD1\x8B\xD0\xB9 \xD1\x81\xD0\xB5\xD0\xB7\xD0\xBE\xD0\xBD "
    "\xD1\x81\xD0\xB5\xD1\x80\xD0\xB8\xD0\xB0\xD0\xBB\xD0\xB0 "
    "\xD0\xBD\xD0\xB0\xD1\x87\xD0\xBD\xD1\x91\xD1\x82\xD1\x81\xD1\x8F",
    "Tax rebate deadline extended by two weeks for small firms",
    "Astronomers spot a comet that will pass close to Earth",
    "Vintage car auction breaks a record for a sports coupe",
    "Airline adds new routes to holiday islands this winter"};
const std::vector<std::string> kRelated = {
    "River flood: how the old town embankments held overnight",
    "Flood warnings: residents of low-lying streets told to move",
    "Sandbags and volunteers: the night the river rose in town",
    "Forecasters expect more rain after the river peaks Wednesday"};

TEST(ProvenanceLinkFarmTest, OneUnrelatedRailIsWeak) {
  auto p = LoadPage(Page("", FloodStory(), Block("Most read", kUnrelated)),
                    "https://www.valleypaper.com/a");
  LinkFarmResult r = AnalyzeLinkFarm(*p->ctx);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.incoherent_blocks, 1);
  EXPECT_LT(r.strength, 0.5);
  EXPECT_FALSE(r.strong);
  EXPECT_EQ(r.signal->evidence[0].text, "Most read");
  EXPECT_EQ(r.signal->evidence[0].where, "link-block");
}

TEST(ProvenanceLinkFarmTest, SeveralMixedScriptBlocksAreStrong) {
  auto p =
      LoadPage(Page("", FloodStory(), Block("Related", kUnrelated) + Block("Ranking", kForeign)),
               "https://www.example-farm.xyz/a");
  LinkFarmResult r = AnalyzeLinkFarm(*p->ctx);
  EXPECT_EQ(r.incoherent_blocks, 2);
  EXPECT_EQ(r.foreign_script, 1);
  EXPECT_TRUE(r.strong);
  EXPECT_GE(r.strength, 0.5);
}

// Headlines in Title Case, as some newsrooms write them.
const std::vector<std::string> kTitleCase = {
    "Senate Passes Sweeping Farm Bill After Late Night Session",
    "Five Budget Smartphones Ranked for Battery Life",
    "Championship Side Sacks Manager After Heavy Defeats",
    "Celebrity Chef Opens a Noodle Bar in the Harbour District",
    "Streaming Service Raises Prices for Premium Subscribers"};
// Sentence case with proper nouns: still one style.
const std::vector<std::string> kSentenceCase = {
    "Pop star Taylor Swift announces a surprise stadium tour for next summer",
    "Tax rebate deadline extended by two weeks for small firms in Ohio",
    "Astronomers at NASA spot a comet that will pass close to Earth",
    "Vintage car auction in London breaks a record for a sports coupe",
    "Airline adds new routes to holiday islands this winter"};

TEST(ProvenanceLinkFarmTest, HeadlinesInSeveralHouseStylesAreStrong) {
  std::vector<std::string> mixed = kTitleCase;
  mixed.insert(mixed.end(), kSentenceCase.begin(), kSentenceCase.end());
  auto p = LoadPage(Page("", FloodStory(), Block("Recommendation", mixed)),
                    "https://www.example-farm.xyz/a");
  LinkFarmResult r = AnalyzeLinkFarm(*p->ctx);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.incoherent_blocks, 1);
  EXPECT_EQ(r.title_case, 5);
  EXPECT_EQ(r.sentence_case, 5);
  EXPECT_TRUE(r.mixed_styles);
  EXPECT_TRUE(r.strong);
  EXPECT_NE(r.signal->message.find("styles of several publishers"), std::string::npos);
}

TEST(ProvenanceLinkFarmTest, OneHouseStyleIsNotMixed) {
  for (const auto* rail : {&kTitleCase, &kSentenceCase}) {
    auto p = LoadPage(Page("", FloodStory(), Block("Most read", *rail)),
                      "https://www.valleypaper.com/a");
    LinkFarmResult r = AnalyzeLinkFarm(*p->ctx);
    ASSERT_TRUE(r.signal);
    EXPECT_FALSE(r.mixed_styles);
    EXPECT_FALSE(r.strong);
    EXPECT_EQ(std::min(r.title_case, r.sentence_case), 0);
  }
}

TEST(ProvenanceLinkFarmTest, FewOddHeadlinesDoNotMakeAMix) {
  // A sentence-case rail with three Title Case section links: below the minimum per style.
  std::vector<std::string> rail = kSentenceCase;
  rail.insert(rail.end(), kTitleCase.begin(), kTitleCase.begin() + 3);
  auto p =
      LoadPage(Page("", FloodStory(), Block("Most read", rail)), "https://www.valleypaper.com/a");
  LinkFarmResult r = AnalyzeLinkFarm(*p->ctx);
  EXPECT_EQ(r.title_case, 3);
  EXPECT_FALSE(r.mixed_styles);
}

TEST(ProvenanceLinkFarmTest, CardLinksWithDatesAreReadAsHeadlines) {
  // Cards: headline and date in separate blocks inside one link. The date's year is shared with
  // the article, which does not make the headlines related, and the date does not run into the
  // headline's last word.
  std::string cards = "<div class=\"sc-6a4ec1\"><div>Most Read</div>";
  int k = 0;
  for (const std::string& h : kUnrelated) {
    cards += "<div class=\"card\"><a href=\"/article/" + std::to_string(k++) + "\"><div>" + h +
             "</div><div>Nov 22, 2024</div></a></div>";
  }
  cards += "</div>";
  auto p = LoadPage(
      Page("", FloodStory() + "<p>The last flood of this size struck in November 2024.</p>", cards),
      "https://www.example-farm.xyz/a");
  LinkFarmResult r = AnalyzeLinkFarm(*p->ctx);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.incoherent_blocks, 1);
  EXPECT_EQ(r.unrelated, 5);
  bool spaced = false;
  for (const Evidence& e : r.signal->evidence) spaced |= e.text == kUnrelated[0] + " Nov 22, 2024";
  EXPECT_TRUE(spaced);
}

TEST(ProvenanceLinkFarmTest, RelatedCoverageIsNotAFarm) {
  auto p = LoadPage(Page("", FloodStory(), Block("More on the flood", kRelated)),
                    "https://www.valleypaper.com/a");
  LinkFarmResult r = AnalyzeLinkFarm(*p->ctx);
  EXPECT_EQ(r.blocks, 1);
  EXPECT_EQ(r.incoherent_blocks, 0);
  EXPECT_FALSE(r.signal);
}

TEST(ProvenanceLinkFarmTest, LinksToOtherSitesAreAdsNotAFarm) {
  auto p = LoadPage(
      Page("", FloodStory(), Block("Around the web", kUnrelated, "https://ads.example.net")),
      "https://www.valleypaper.com/a");
  EXPECT_FALSE(AnalyzeLinkFarm(*p->ctx).signal);
}

}  // namespace
}  // namespace clearsource
