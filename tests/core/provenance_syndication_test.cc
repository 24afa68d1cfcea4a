// core/src/provenance/syndication.cc: legitimate republication markers.
#include <gtest/gtest.h>

#include "provenance/syndication.h"
#include "provenance_test_util.h"

namespace clearsource {
namespace {

using testing_util::FloodStory;
using testing_util::LoadPage;
using testing_util::Page;

SyndicationResult Syndicate(const testing_util::TestPage& p) {
  AttributionResult a = AnalyzeAttribution(*p.ctx);
  return AnalyzeSyndication(*p.ctx, a);
}

TEST(ProvenanceSyndicationTest, LicenceWording) {
  auto p = LoadPage(Page("",
                         "<p>This story was originally published by Riverside Courier and is "
                         "republished here with permission.</p>" +
                             FloodStory()),
                    "https://www.civicledger-example.org/a");
  SyndicationResult r = Syndicate(*p);
  EXPECT_TRUE(r.licensed);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.signal->id, "syndication");
  EXPECT_LT(r.signal->weight, 0);  // lowers the score
}

TEST(ProvenanceSyndicationTest, TheConversationsRepublicationLine) {
  // "Read the original article" is the line of Creative Commons republication (The Conversation
  // and its partners): the origin note is a licence.
  auto p = LoadPage(
      Page("", FloodStory() +
                   "<p>This article was originally published by Futurism. "
                   "<a href=\"https://futurism.com/x\">Read the original article</a>.</p>"),
      "https://www.orbital-example.org/a");
  EXPECT_TRUE(Syndicate(*p).licensed);
  // The origin note alone is a credit, not a licence.
  auto plain =
      LoadPage(Page("", FloodStory() + "<p>This article was originally published by Futurism.</p>"),
               "https://www.orbital-example.org/b");
  EXPECT_FALSE(Syndicate(*plain).licensed);
}

TEST(ProvenanceSyndicationTest, SyndicationAgencyMarksAreLicences) {
  // "Via SyndiGate.info" under a portal's story, "The-CNN-Wire™ & ©" under an affiliate's.
  auto via =
      LoadPage(Page("", FloodStory() +
                            "<p>Via SyndiGate.info</p><p>Copyright &copy; 2024 Khaleej Times.</p>"),
               "https://www.gulfportal-example.net/a");
  SyndicationResult r = Syndicate(*via);
  EXPECT_TRUE(r.licensed);
  EXPECT_FALSE(r.wire);  // an agency distributes; it is no wire that wrote the story
  auto cnn = LoadPage(
      Page("", FloodStory() + "<p>The-CNN-Wire&trade; &amp; &copy; 2024 Cable News Network, Inc. "
                              "All rights reserved.</p>"),
      "https://www.wkxr9-example.com/a");
  EXPECT_TRUE(Syndicate(*cnn).licensed);
  // "Via" before anything else is no licence ("via Getty Images", "via a statement").
  auto other = LoadPage(Page("", FloodStory() + "<p>Via Khaleej Times</p>"),
                        "https://www.gulfportal-example.net/b");
  EXPECT_FALSE(Syndicate(*other).licensed);
}

TEST(ProvenanceSyndicationTest, AnAgencysCopyrightLineIsALicence) {
  // A column distributor's copyright under the column ("COPYRIGHT 2019 ANDREWS MCMEEL
  // SYNDICATION"): the agency holds the rights its clients print under. It never names the
  // original.
  auto p = LoadPage(Page("", FloodStory() + "<p>COPYRIGHT 2019 ANDREWS MCMEEL SYNDICATION</p>"),
                    "https://www.columnportal-example.com/advice/s-2301447");
  AttributionResult a = AnalyzeAttribution(*p->ctx);
  EXPECT_TRUE(a.claims.empty());
  EXPECT_TRUE(AnalyzeSyndication(*p->ctx, a).licensed);
  auto creators = LoadPage(Page("", FloodStory() + "<p>&copy; 2019 Creators Syndicate</p>"),
                           "https://www.columnportal-example.com/advice/s-2301448");
  EXPECT_TRUE(Syndicate(*creators).licensed);
}

TEST(ProvenanceSyndicationTest, ASiteDistributingUnderLicenceTheOutletItCredits) {
  // A digital newsstand's line: the site names itself as the distributor ("Printed and
  // distributed by PressReader" on pressreader.com) beside the outlet's copyright, which the
  // licence covers.
  auto p = LoadPage(
      "<!doctype html><html><head><title>River floods old town - PressReader</title>"
      "<meta property=\"og:site_name\" content=\"PressReader\"></head><body>"
      "<header><a href=\"/\">PressReader</a></header><div id=\"story\">" +
          FloodStory() +
          "<p>Houston Chronicle &mdash; Copyright &copy; 2019 Hearst Newspapers, LLC. Printed and "
          "distributed by PressReader.</p></div></body></html>",
      "https://www.pressreader.com/usa/houston-chronicle/20191120/281887299950226");
  AttributionResult a = AnalyzeAttribution(*p->ctx);
  const Claim* lic = nullptr;
  for (const Claim& cl : a.claims) {
    if (cl.kind == ClaimKind::kLicensedNote) lic = &cl;
  }
  ASSERT_NE(lic, nullptr);
  ASSERT_NE(lic->publisher, nullptr);
  EXPECT_EQ(lic->publisher->name, "Houston Chronicle");
  EXPECT_TRUE(AnalyzeSyndication(*p->ctx, a).licensed);
  // Distributed by another outlet: that outlet is the licensor, as before.
  auto other =
      LoadPage(Page("", FloodStory() + "<p>Distributed by Tribune Content Agency, LLC.</p>"),
               "https://www.valleypaper-example.com/a");
  EXPECT_TRUE(Syndicate(*other).licensed);
}

TEST(ProvenanceSyndicationTest, AnOutletThatLetsAnyoneRepublishGrantsALicence) {
  auto p =
      LoadPage(Page("", FloodStory() + "<p>This story was originally published by ProPublica.</p>"),
               "https://www.valleyledger-example.org/a");
  SyndicationResult r = Syndicate(*p);
  EXPECT_TRUE(r.free_licence);
  EXPECT_GE(r.strength, 0.5);
  // The same line crediting an outlet that does not is a credit only.
  auto q = LoadPage(
      Page("", FloodStory() + "<p>This story was originally published by The Atlantic.</p>"),
      "https://www.valleyledger-example.org/b");
  EXPECT_FALSE(Syndicate(*q).free_licence);
  EXPECT_LT(Syndicate(*q).strength, 0.5);
}

TEST(ProvenanceSyndicationTest, CanonicalAloneIsNotALicence) {
  auto p = LoadPage(
      Page("<link rel=\"canonical\" href=\"https://www.nbcnews.com/news/flood\">", FloodStory()),
      "https://www.example.com/a");
  SyndicationResult r = Syndicate(*p);
  EXPECT_TRUE(r.canonical);
  EXPECT_LT(r.strength, 0.5);
  auto both = LoadPage(Page("<link rel=\"canonical\" href=\"https://www.nbcnews.com/news/flood\">"
                            "<meta name=\"robots\" content=\"noindex\">",
                            FloodStory()),
                       "https://www.example.com/a");
  EXPECT_GE(Syndicate(*both).strength, 0.5);
}

TEST(ProvenanceSyndicationTest, WireCopyAndAggregators) {
  auto wire =
      LoadPage(Page("",
                    "<p>WASHINGTON (AP) \xE2\x80\x94 The river rose three metres overnight, "
                    "officials said.</p>" +
                        FloodStory()),
               "https://www.valleypaper.com/a");
  EXPECT_TRUE(Syndicate(*wire).wire);
  auto msn = LoadPage(
      Page("<link rel=\"canonical\" href=\"https://www.nbcnews.com/news/flood\">", FloodStory()),
      "https://www.msn.com/en-us/news/us/flood/ar-AA1");
  SyndicationResult r = Syndicate(*msn);
  EXPECT_TRUE(r.aggregator);
  EXPECT_GE(r.strength, 0.5);
}

}  // namespace
}  // namespace clearsource
