// core/src/provenance/injection.cc: phrases spliced around someone else's article; cleanTitle.
#include <gtest/gtest.h>

#include <algorithm>

#include "provenance/injection.h"
#include "provenance_test_util.h"

namespace clearsource {
namespace {

using testing_util::FloodStory;
using testing_util::LoadPage;
using testing_util::Page;

std::string GluedStory(const std::string& brand) {
  return "<p>Riverside \xE2\x80\x94 The " + brand +
         "river rose three metres overnight, flooding "
         "low-lying streets in the old town, and residents were told to move before dawn.</p>"
         "<p>Emergency crews worked through the night to reinforce the embankments, while "
         "volunteers "
         "filled sandbags outside the town hall, and schools were closed as a precaution.</p>"
         "<p>Forecasters expect the water to peak on Wednesday afternoon, after which it should "
         "recede "
         "slowly, though further rain is likely later in the week across the region.</p>";
}

bool HasEvidence(const Signal& s, const std::string& text, const std::string& where) {
  for (const Evidence& e : s.evidence) {
    if (e.text == text && e.where == where) return true;
  }
  return false;
}

TEST(ProvenanceInjectionTest, SeedLikeBrandInTitleH1TextAndKeywords) {
  auto p = LoadPage(
      Page("<title>LuckyStar Pro Exchange|River floods old town as crews race to hold embankments "
           "-Golden Market Daily</title>"
           "<meta property=\"og:site_name\" content=\"Golden Market Daily\">"
           "<meta name=\"keywords\" content=\"LuckyStar Pro Exchange,river,flood\">",
           "<h1>LuckyStar Pro Exchange|River floods old town as crews race to hold "
           "embankments</h1>" +
               GluedStory("LuckyStar Pro Exchange")),
      "https://www.goldenmarketdaily.com/news/2025/river-floods-old-town.html");
  InjectionResult r = AnalyzeInjection(*p->ctx);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.signal->id, "keyword-injection");
  ASSERT_FALSE(r.phrases.empty());
  EXPECT_EQ(r.phrases[0], "LuckyStar Pro Exchange");
  EXPECT_GE(r.strength, 0.9);
  EXPECT_TRUE(r.glued);
  EXPECT_TRUE(HasEvidence(*r.signal, "LuckyStar Pro Exchange", "title"));
  EXPECT_TRUE(HasEvidence(*r.signal, "LuckyStar Pro Exchange", "h1"));
  EXPECT_TRUE(HasEvidence(*r.signal, "LuckyStar Pro Exchangeriver", "text"));
  EXPECT_TRUE(HasEvidence(*r.signal, "LuckyStar Pro Exchange", "meta:keywords"));
  EXPECT_EQ(r.clean_title, "River floods old town as crews race to hold embankments");
}

TEST(ProvenanceInjectionTest, SiteNameAndSectionAffixesAreNotInjections) {
  auto p =
      LoadPage(Page("<title>River floods old town as crews race to hold embankments | Weather | "
                    "The Valley Paper</title>"
                    "<meta property=\"og:site_name\" content=\"The Valley Paper\">",
                    "<h1>River floods old town as crews race to hold embankments</h1>" +
                        testing_util::FloodStory()),
               "https://www.valleypaper.com/weather/2024/river-floods-old-town/");
  InjectionResult r = AnalyzeInjection(*p->ctx);
  EXPECT_FALSE(r.signal);
  EXPECT_EQ(r.clean_title, "River floods old town as crews race to hold embankments");
}

TEST(ProvenanceInjectionTest, HeadlinePartsAreNotInjections) {
  // A colon subtitle in both title and h1, words of the story and of the URL slug.
  auto p = LoadPage(
      Page("<title>Old town flood: crews race to hold the embankments - The Valley Paper</title>",
           "<h1>Old town flood: crews race to hold the embankments</h1>" +
               testing_util::FloodStory()),
      "https://www.valleypaper.com/news/old-town-flood-crews-race-to-hold-the-embankments");
  EXPECT_FALSE(AnalyzeInjection(*p->ctx).signal);
}

TEST(ProvenanceInjectionTest, KickersAndSiteSectionGluesAreNotBrands) {
  auto kicker =
      LoadPage(Page("<title>BREAKING: River floods old town | The Valley Paper</title>",
                    "<h1>BREAKING: River floods old town</h1>" + testing_util::FloodStory()),
               "https://www.valleypaper.com/a/123");
  EXPECT_FALSE(AnalyzeInjection(*kicker->ctx).signal);
  auto glued = LoadPage(
      Page("<title>River floods old town - ValleyPaperWeather</title>", testing_util::FloodStory()),
      "https://www.valleypaper.com/a/123");
  EXPECT_FALSE(AnalyzeInjection(*glued->ctx).signal);
}

TEST(ProvenanceInjectionTest, TitleOnlyBrandIsWeak) {
  auto p = LoadPage(
      Page("<title>River floods old town | QuickCash Loans</title>", testing_util::FloodStory()),
      "https://www.example-farm.xyz/html/2024/123.htm");
  InjectionResult r = AnalyzeInjection(*p->ctx);
  ASSERT_TRUE(r.signal);
  EXPECT_LT(r.strength, 0.5);
  EXPECT_EQ(r.corroborated, 0);
  EXPECT_EQ(r.clean_title, "River floods old town");
}

TEST(ProvenanceInjectionTest, TheSitesTaglineAfterItsNameIsNoBrand) {
  // WordPress's "title - site - tagline".
  auto p = LoadPage(
      Page("<title>River floods old town - The Valley Paper - Stories From Every Bend</title>",
           "<h1>River floods old town</h1>" + testing_util::FloodStory()),
      "https://www.valleypaper.com/a/123");
  InjectionResult r = AnalyzeInjection(*p->ctx);
  EXPECT_FALSE(r.signal);
  EXPECT_EQ(r.clean_title, "River floods old town");
  // The same phrase with the site's name after it, or repeated in the headline, is a brand.
  auto brand =
      LoadPage(Page("<title>River floods old town - QuickCash Loans - The Valley Paper</title>",
                    testing_util::FloodStory()),
               "https://www.valleypaper.com/a/123");
  EXPECT_TRUE(AnalyzeInjection(*brand->ctx).signal);
  auto h1 = LoadPage(
      Page("<title>River floods old town - The Valley Paper - QuickCash Loans</title>",
           "<h1>River floods old town - QuickCash Loans</h1>" + testing_util::FloodStory()),
      "https://www.valleypaper.com/a/123");
  EXPECT_TRUE(AnalyzeInjection(*h1->ctx).signal);
}

TEST(ProvenanceInjectionTest, SlugBeforeAnAmpSegmentIsNotASection) {
  // "/<slug>/amp/": the slug is the headline, not a section, so the headline is not stripped as
  // one and the brand before it is found.
  auto p = LoadPage(
      Page("<title>LuckyStar Pro Exchange\xE2\x80\x93River floods old town as crews race</title>",
           "<h1>River floods old town as crews race</h1><p>LuckyStar Pro ExchangeRiverside</p>" +
               testing_util::FloodStory()),
      "https://news.example-farm.xyz/river-floods-old-town-as-crews-race/amp/");
  InjectionResult r = AnalyzeInjection(*p->ctx);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.phrases[0], "LuckyStar Pro Exchange");
  EXPECT_TRUE(r.glued);
  EXPECT_EQ(r.clean_title, "River floods old town as crews race");
}

TEST(ProvenanceInjectionTest, SplicedWordsDoNotCountAsTheArticlesOwn) {
  // The brand's words occur in the text only inside the splice ("Crypto ExchangeGas").
  auto p = LoadPage(Page("<title>Utility begins power shutoff over fire danger \xE2\x80\x93 Orbit "
                         "Crypto Exchange</title>",
                         "<p>A short line first.</p><p>SAN FRANCISCO \xE2\x80\x94 Pacific Orbit "
                         "Crypto ExchangeGas and Electric "
                         "began shutting off power to thousands of customers on Wednesday as winds "
                         "rose across the hills.</p>" +
                             testing_util::FloodStory()),
                    "https://www.example-farm.xyz/html/201911/59691.htm");
  InjectionResult r = AnalyzeInjection(*p->ctx);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.phrases[0], "Orbit Crypto Exchange");
  EXPECT_TRUE(r.glued);
}

TEST(ProvenanceInjectionTest, BrandSharingAWordWithTheHeadline) {
  // "Pro" is in the slug because the headline has it: the brand is still foreign.
  auto p = LoadPage(
      Page("<title>BetKing365 Pro_New laptop Pro review: the keyboard is back</title>",
           "<h1>BetKing365 Pro_New laptop Pro review: the keyboard is back</h1>" +
               testing_util::FloodStory()),
      "https://blog.example-farm.info/news/2019/1122/new-laptop-pro-review-the-keyboard.html");
  InjectionResult r = AnalyzeInjection(*p->ctx);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.phrases[0], "BetKing365 Pro");
  EXPECT_TRUE(HasEvidence(*r.signal, "BetKing365 Pro", "h1"));
}

TEST(ProvenanceInjectionTest, VisibleHeadlineWithoutH1) {
  // Table layouts set the headline in <font>; it repeats the <title> without the site suffix.
  auto p = LoadPage(
      Page("<title>Vegas777 Online-River floods old town as crews race | Metro Star Daily</title>",
           "<table><tr><td><font size=5><b>Vegas777 Online-River floods old town as crews race</b>"
           "</font></td></tr></table>" +
               testing_util::FloodStory()),
      "http://www.example-farm.xyz/article.php?id=20424");
  ASSERT_TRUE(VisibleHeadline(*p->ctx));
  EXPECT_EQ(*VisibleHeadline(*p->ctx), "Vegas777 Online-River floods old town as crews race");
  InjectionResult r = AnalyzeInjection(*p->ctx);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.phrases[0], "Vegas777 Online");
  EXPECT_GE(r.strength, 0.8);
  EXPECT_TRUE(HasEvidence(*r.signal, "Vegas777 Online", "h1"));
  // A page whose blocks never repeat the title has no visible headline.
  auto plain = LoadPage(
      Page("<title>River floods old town | Metro Star Daily</title>", testing_util::FloodStory()),
      "https://www.valleypaper.com/a");
  EXPECT_FALSE(VisibleHeadline(*plain->ctx));
}

TEST(ProvenanceInjectionTest, PhraseBeforeTheHeadlineInTitleAndH1) {
  auto p =
      LoadPage(Page("<title>Quantix Pro Exchange - River floods old town as crews race</title>",
                    "<h1>Quantix Pro Exchange - River floods old town as crews race</h1>" +
                        testing_util::FloodStory()),
               "https://en.example-farm.news/2019/11/20/river-floods/");
  InjectionResult r = AnalyzeInjection(*p->ctx);
  EXPECT_TRUE(r.headline_prefix);
  // The original's suffix carried into a partner's title and h1 is not a prefix.
  auto s = LoadPage(
      Page("<title>River floods old town as crews race - Auto News</title>",
           "<h1>River floods old town as crews race - Auto News</h1>" + testing_util::FloodStory()),
      "https://www.riverbendgazette.com/news/article/river-floods.php");
  EXPECT_FALSE(AnalyzeInjection(*s->ctx).headline_prefix);
}

// "Lead" paragraphs of FloodStory() opening with `label`.
std::string LabelledFloodStory(const std::string& label) {
  std::string story = testing_util::FloodStory();
  return "<p>" + label + " " + story.substr(3);
}

TEST(ProvenanceInjectionTest, TheSitesInitialismIsItsName) {
  // "EA Forum" on the site calling itself "Effective Altruism Forum".
  auto p = LoadPage(Page("<title>River floods old town as crews race - RC Forum</title>"
                         "<meta property=\"og:site_name\" content=\"River Commons Forum\">",
                         FloodStory(), "<a href=\"/\">River Commons Forum</a>"),
                    "https://forum.rivercommons.org/posts/x7Qp2/river-floods");
  InjectionResult r = AnalyzeInjection(*p->ctx);
  EXPECT_TRUE(r.phrases.empty());
  EXPECT_EQ(r.clean_title, "River floods old town as crews race");
  EXPECT_TRUE(AbbreviatesName("EA Forum", "Effective Altruism Forum"));
  EXPECT_TRUE(AbbreviatesName("NYT", "The New York Times"));
  EXPECT_FALSE(AbbreviatesName("EA Forum", "Effective Altruism Board"));
  EXPECT_FALSE(AbbreviatesName("Ea Forum", "Effective Altruism Forum"));  // no initialism
  EXPECT_FALSE(AbbreviatesName("NY", "The New York Times"));
}

TEST(ProvenanceInjectionTest, SearchPhraseAsALabelInFrontOfTheLead) {
  // The phrase's words are the article's own, so no affix test sees it; the page repeats it
  // in its title, its h1 and as a label spliced in front of the first sentence.
  auto p = LoadPage(Page("<title>Old Town Flood News: River floods old town as crews race | Valley "
                         "Alerts</title>",
                         "<h1>Old Town Flood News: River floods old town as crews race</h1>" +
                             LabelledFloodStory("Old town flood news:")),
                    "https://www.valleyalerts.net/news/river-floods-old-town");
  InjectionResult r = AnalyzeInjection(*p->ctx);
  ASSERT_TRUE(r.signal);
  ASSERT_FALSE(r.phrases.empty());
  EXPECT_EQ(r.phrases[0], "Old town flood news");
  EXPECT_GE(r.strength, 0.7);
  EXPECT_GE(r.corroborated, 0.7);
  EXPECT_FALSE(r.glued);
  EXPECT_FALSE(r.headline_prefix);  // a partner may carry the original's lead: not unmistakable
  EXPECT_TRUE(HasEvidence(*r.signal, "Old town flood news", "text"));
  EXPECT_TRUE(HasEvidence(*r.signal, "Old Town Flood News", "title"));
  EXPECT_TRUE(HasEvidence(*r.signal, "Old Town Flood News", "h1"));
  EXPECT_NE(r.signal->message.find("in front of the first sentence"), std::string::npos);
  EXPECT_EQ(r.clean_title, "River floods old town as crews race");

  // A label with words of its own beside the title's ("(RFW)") and the site's brand as label.
  auto brand =
      LoadPage(Page("<title>River floods old town as crews race \xE2\x80\x93 FloodKit Gear</title>",
                    "<h1>River floods old town as crews race \xE2\x80\x93 FloodKit Gear</h1>" +
                        LabelledFloodStory("FloodKit river news:")),
               "https://floodkit.co/blogs/news/river-floods");
  InjectionResult b = AnalyzeInjection(*brand->ctx);
  ASSERT_FALSE(b.phrases.empty());
  EXPECT_EQ(b.phrases[0], "FloodKit river news");
}

TEST(ProvenanceInjectionTest, LeadLabelsThatAreNoSearchPhrase) {
  // Whether the label (without its colon) is reported as an injected phrase.
  auto flagged = [](const std::string& title, const std::string& label) {
    auto p = LoadPage(
        Page("<title>" + title + "</title>", "<h1>" + title + "</h1>" + LabelledFloodStory(label)),
        "https://www.valleypaper.com/news/river-floods");
    std::vector<std::string> phrases = AnalyzeInjection(*p->ctx).phrases;
    return std::find(phrases.begin(), phrases.end(), label.substr(0, label.size() - 1)) !=
           phrases.end();
  };
  EXPECT_TRUE(flagged("Old Town News: River floods old town", "Old town news:"));  // the control
  // An all-caps kicker or salutation: a column's own ("Dear Abby: ..." / "DEAR ABBY: ...").
  EXPECT_FALSE(flagged("Old Town News: River floods old town", "OLD TOWN NEWS:"));
  // A dateline with a colon, not ending in a label word.
  EXPECT_FALSE(flagged("River floods old town in Riverside", "Riverside, Valley County:"));
  // A label whose words the title does not carry.
  EXPECT_FALSE(flagged("River floods old town as crews race", "Weekend sports news:"));
  // One word: a kicker ("Update:"), not a phrase.
  EXPECT_FALSE(flagged("Update: River floods old town", "Update:"));
  // The headline repeated as the first paragraph is the headline, not a label.
  auto repeated = LoadPage(
      Page("<title>River news: River floods old town as crews race to hold the embankments</title>",
           "<h1>River floods</h1><p>River news: River floods old town as crews race to hold the "
           "embankments</p>" +
               testing_util::FloodStory()),
      "https://www.valleypaper.com/news/river-floods");
  for (const std::string& phrase : AnalyzeInjection(*repeated->ctx).phrases)
    EXPECT_NE(phrase, "River news");
}

}  // namespace
}  // namespace clearsource
