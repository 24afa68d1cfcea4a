// core/src/provenance/attribution.cc: claims that the article belongs to another publisher.
#include <gtest/gtest.h>

#include "provenance/attribution.h"
#include "provenance/weights.h"
#include "provenance_test_util.h"

namespace clearsource {
namespace {

using testing_util::FloodStory;
using testing_util::LoadPage;
using testing_util::Page;

const Claim* Find(const AttributionResult& r, ClaimKind k) {
  for (const Claim& c : r.claims) {
    if (c.kind == k) return &c;
  }
  return nullptr;
}

// Keeps the result alive for the claims it hands out.
struct Analyzed {
  AttributionResult r;
  const Claim* Get(ClaimKind k) const { return Find(r, k); }
};
Analyzed Analyze(const testing_util::TestPage& p) { return {AnalyzeAttribution(*p.ctx)}; }
// The claim exists and names this table publisher.
testing::AssertionResult NamesPublisher(const Claim* c, std::string_view name) {
  if (!c) return testing::AssertionFailure() << "no such claim";
  if (!c->publisher)
    return testing::AssertionFailure() << "\"" << c->name << "\" is no table publisher";
  if (c->publisher->name != name)
    return testing::AssertionFailure() << "names " << c->publisher->name;
  return testing::AssertionSuccess();
}
// The claims of a page holding FloodStory followed by `after` (a credit line), served at `url`.
Analyzed AnalyzeStoryWith(const std::string& after,
                          const std::string& url = "https://www.example-farm.xyz/a.html") {
  return Analyze(*LoadPage(Page("", FloodStory() + after), url));
}

TEST(ProvenanceAttributionTest, BylineBioNamesTheOriginalOutlet) {
  auto p = LoadPage(Page("<title>Flood | Golden Market Daily</title>",
                         FloodStory() + "<p>Dana Whitfield is a reporter covering the Midwest for "
                                        "CBS News Digital.</p>"),
                    "https://www.goldenmarketdaily.com/news/flood.html");
  AttributionResult r = AnalyzeAttribution(*p->ctx);
  const Claim* bio = Find(r, ClaimKind::kBio);
  ASSERT_TRUE(NamesPublisher(bio, "CBS News"));
  EXPECT_EQ(bio->evidence.text,
            "Dana Whitfield is a reporter covering the Midwest for CBS News Digital.");
  EXPECT_EQ(r.publisher, "CBS News");
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.signal->id, "attribution-mismatch");
  EXPECT_GE(r.signal->weight, 0.5);
}

TEST(ProvenanceAttributionTest, AnOutletNamingTheRoleInABio) {
  // "X is a New York Times columnist": the tagline news-service clients print under a column.
  Analyzed a = AnalyzeStoryWith("<p><em>Jamelle Bouie is a New York Times columnist.</em></p>",
                                "https://www.startribune-example.com/opinion/1/");
  const Claim* bio = a.Get(ClaimKind::kBio);
  ASSERT_TRUE(NamesPublisher(bio, "The New York Times"));
  EXPECT_EQ(bio->evidence.text, "Jamelle Bouie is a New York Times columnist.");
  // An outlet after the role still wins when none names it ("a columnist for CNN").
  EXPECT_TRUE(NamesPublisher(
      AnalyzeStoryWith("<p>Dana Whitfield is a senior columnist for CNN.</p>").Get(ClaimKind::kBio),
      "CNN"));
  // A word that only looks like an outlet ("a Times columnist": ambiguous) names nobody.
  EXPECT_EQ(AnalyzeStoryWith("<p>Dana Whitfield is a Times columnist.</p>").Get(ClaimKind::kBio),
            nullptr);
}

TEST(ProvenanceAttributionTest, PastEmployersInABioAreNoCredit) {
  const std::string cillizza =
      "<p>Chris Cillizza is a CNN Politics reporter and editor-at-large. Before joining CNN in "
      "2017, he spent more than a decade at The Washington Post, where he wrote The Fix.</p>";
  // On the outlet's own site the bio is its writer's.
  EXPECT_EQ(AnalyzeStoryWith(cillizza, "https://www.cnn.com/2019/11/18/politics/a/index.html")
                .Get(ClaimKind::kBio),
            nullptr);
  // Nor are the other outlets a writer of the site names.
  EXPECT_EQ(AnalyzeStoryWith("<p>Dana Whitfield is a CNN Politics reporter who also writes for The "
                             "Guardian.</p>",
                             "https://www.cnn.com/2019/11/18/world/b/index.html")
                .Get(ClaimKind::kBio),
            nullptr);
  // Elsewhere the past employer is still no credit.
  EXPECT_EQ(AnalyzeStoryWith(cillizza).Get(ClaimKind::kBio), nullptr);
  EXPECT_EQ(AnalyzeStoryWith("<p>Dana Whitfield is a former New York Times columnist.</p>")
                .Get(ClaimKind::kBio),
            nullptr);
  EXPECT_EQ(AnalyzeStoryWith("<p>Dana Whitfield is a columnist. She previously worked as a "
                             "reporter for CNN.</p>")
                .Get(ClaimKind::kBio),
            nullptr);
}

TEST(ProvenanceAttributionTest, NewsroomRolesNameAnOutletAfterAt) {
  // "at" an outlet the table does not know, after a role only a newsroom gives.
  Analyzed a = AnalyzeStoryWith("<p>Chris Davies is a staff writer at SlashGear.</p>");
  const Claim* bio = a.Get(ClaimKind::kBio);
  ASSERT_NE(bio, nullptr);
  EXPECT_EQ(bio->name, "SlashGear");
  // After other roles "at" names an institution, not the article's owner.
  auto fellow =
      LoadPage(Page("", FloodStory() +
                            "<p>Dana Whitfield is a senior fellow at the Riverside Institute.</p>"),
               "https://www.valleypaper.com/a.html");
  EXPECT_EQ(Analyze(*fellow).Get(ClaimKind::kBio), nullptr);
}

TEST(ProvenanceAttributionTest, HotlinkedImageFromAPublishersCdnIsAWeakClaim) {
  const std::string head =
      "<meta property=\"og:image\" content=\"https://i.guim.co.uk/img/media/abc/master/1.jpg\">";
  auto copy = LoadPage(Page(head, FloodStory()), "https://www.example-farm.xyz/a.html");
  Analyzed a = Analyze(*copy);
  const Claim* image = a.Get(ClaimKind::kImage);
  ASSERT_TRUE(NamesPublisher(image, "The Guardian"));
  EXPECT_EQ(image->evidence.where, "meta:og:image");
  EXPECT_LT(a.r.top_strength, 0.5);  // weak alone: an image may be licensed
  // The Guardian's own page serves the same image: no claim.
  auto own = LoadPage(Page(head, FloodStory()), "https://www.theguardian.com/world/flood");
  EXPECT_EQ(Analyze(*own).Get(ClaimKind::kImage), nullptr);
}

// FloodStory with links in its paragraphs.
std::string LinkedStory(const std::vector<std::string>& hrefs) {
  std::string links;
  for (size_t i = 0; i < hrefs.size(); ++i)
    links += "<p>Earlier coverage: <a href=\"" + hrefs[i] + "\">the embankments debate, part " +
             std::to_string(i + 1) + "</a>.</p>";
  return FloodStory() + links;
}

TEST(ProvenanceAttributionTest, ArticleLinksIntoAnotherOutletsSite) {
  auto copy = LoadPage(Page("", LinkedStory({"https://www.cbsnews.com/news/flood-embankments/",
                                             "https://www.cbsnews.com/news/river-levels/",
                                             "https://www.cbsnews.com/live-updates/flood/"})),
                       "https://www.example-farm.xyz/a.html");
  Analyzed a = Analyze(*copy);
  const Claim* links = a.Get(ClaimKind::kBodyLinks);
  ASSERT_TRUE(NamesPublisher(links, "CBS News"));
  EXPECT_EQ(links->evidence.text, "https://www.cbsnews.com/news/flood-embankments/");
  EXPECT_EQ(links->evidence.where, "article-link");
  EXPECT_DOUBLE_EQ(links->strength, 0.5);  // three links, none into the host
  // Two links, and one into the host: weak.
  auto weak = LoadPage(
      Page("", LinkedStory({"https://www.cbsnews.com/news/a/", "https://www.cbsnews.com/news/b/",
                            "/news/our-own-story.html"})),
      "https://www.example-farm.xyz/a.html");
  Analyzed aw = Analyze(*weak);  // keeps the claims alive
  const Claim* w = aw.Get(ClaimKind::kBodyLinks);
  ASSERT_NE(w, nullptr);
  EXPECT_DOUBLE_EQ(w->strength, 0.3);
}

TEST(ProvenanceAttributionTest, CitingOutletsIsNotALinkClaim) {
  // An original linking into its own site as often as to the outlet it cites.
  auto own = LoadPage(
      Page("", LinkedStory({"https://www.cbsnews.com/news/a/", "https://www.cbsnews.com/news/b/",
                            "/news/one.html", "https://www.valleypaper.com/news/two.html"})),
      "https://www.valleypaper.com/a.html");
  EXPECT_EQ(Analyze(*own).Get(ClaimKind::kBodyLinks), nullptr);
  // A round-up citing several outlets.
  auto roundup =
      LoadPage(Page("", LinkedStory({"https://www.nytimes.com/a", "https://www.nytimes.com/b",
                                     "https://www.reuters.com/c", "https://www.npr.org/d",
                                     "https://www.washingtonpost.com/e"})),
               "https://www.valleypaper.com/a.html");
  EXPECT_EQ(Analyze(*roundup).Get(ClaimKind::kBodyLinks), nullptr);
}

TEST(ProvenanceAttributionTest, TheOutletsOwnPagesCreditNobody) {
  auto p = LoadPage(
      Page("<title>Flood | CBS News</title><meta property=\"og:site_name\" content=\"CBS News\">",
           FloodStory() + "<p>Dana Whitfield is a reporter for CBS News Digital.</p>",
           "<footer><p>Copyright &copy; 2024 CBS Interactive Inc. All Rights "
           "Reserved.</p></footer>"),
      "https://www.cbsnews.com/news/flood/");
  AttributionResult r = AnalyzeAttribution(*p->ctx);
  EXPECT_TRUE(r.claims.empty()) << r.claims[0].evidence.text;
  EXPECT_FALSE(r.signal);
}

TEST(ProvenanceAttributionTest, AnOutletsPageThroughAnAmpCacheCreditsNobody) {
  auto p = LoadPage(
      Page("<title>Flood | CBS News</title><meta property=\"og:site_name\" content=\"CBS News\">"
           "<link rel=\"canonical\" href=\"https://www.cbsnews.com/news/flood/\">",
           FloodStory() + "<p>Dana Whitfield is a reporter for CBS News Digital.</p>"),
      "https://www-cbsnews-com.cdn.ampproject.org/c/s/www.cbsnews.com/amp/news/flood/");
  EXPECT_TRUE(AnalyzeAttribution(*p->ctx).claims.empty());
}

TEST(ProvenanceAttributionTest, RegistrableDomainsOfLinks) {
  auto p = LoadPage(Page("", FloodStory()), "https://news.example-paper.co.uk/a/b.html");
  const ProvenanceContext& c = *p->ctx;
  EXPECT_EQ(c.RegistrableOf("https://WWW.CBSNews.com/news/a"), "cbsnews.com");
  EXPECT_EQ(c.RegistrableOf("  //edition.cnn.com/x  "), "cnn.com");
  EXPECT_EQ(c.RegistrableOf("https://www.cbsnews.com:443/a"), "cbsnews.com");
  EXPECT_EQ(c.RegistrableOf("https://user:pw@www.reuters.com/a"), "reuters.com");
  EXPECT_EQ(c.RegistrableOf("https://www.bbc.co.uk./news"), "bbc.co.uk");
  EXPECT_EQ(c.RegistrableOf("https://www-cbsnews-com.cdn.ampproject.org/c/s/www.cbsnews.com/a"),
            "cbsnews.com");
  EXPECT_EQ(c.RegistrableOf("/news/other.html"), "example-paper.co.uk");
  EXPECT_EQ(c.RegistrableOf("mailto:desk@cbsnews.com"), "");
  EXPECT_EQ(ProvenanceContext::RegistrableOfAbsolute("https://Sub.Example.org?q=1"), "example.org");
  EXPECT_EQ(ProvenanceContext::RegistrableOfAbsolute(
                "https://web.archive.org/web/2020/https://www.reuters.com/a"),
            "reuters.com");
}

TEST(ProvenanceAttributionTest, AnOutletsPageInAWebArchiveCreditsNobody) {
  // The Wayback Machine replays the page under its own URL and rewrites every link into itself.
  const std::string wb = "https://web.archive.org/web/20200101000000/";
  auto p = LoadPage(
      Page(
          "<title>Flood | CBS News</title><meta property=\"og:site_name\" content=\"CBS News\">"
          "<link rel=\"canonical\" href=\"" +
              wb + "https://www.cbsnews.com/news/flood/\">",
          FloodStory() +
              "<p>Dana Whitfield is a reporter for CBS News Digital.</p>"
              "<p>Read <a href=\"/web/20200101000000/https://www.cbsnews.com/news/a/\">one</a> and "
              "<a href=\"" +
              wb +
              "https://www.cbsnews.com/news/b/\">two</a> and "
              "<a href=\"/web/20200101000000/https://www.cbsnews.com/news/c/\">three</a>.</p>"),
      wb + "https://www.cbsnews.com/news/flood/");
  EXPECT_TRUE(p->ctx->proxied);
  EXPECT_TRUE(p->ctx->IsSameSiteHref("/web/20200101000000/https://www.cbsnews.com/news/a/"));
  EXPECT_FALSE(p->ctx->IsSameSiteHref("/web/20200101000000/https://www.reuters.com/world/a/"));
  EXPECT_FALSE(p->ctx->IsSameSiteHref(wb + "https://www.reuters.com/world/a/"));
  EXPECT_TRUE(AnalyzeAttribution(*p->ctx).claims.empty());

  // A relative canonical the archive left as it was resolves into the archive: the page itself.
  auto relative =
      LoadPage(Page("<title>Flood | CBS News</title><link rel=\"canonical\" href=\"/news/flood/\">",
                    FloodStory()),
               wb + "https://www.cbsnews.com/news/flood/");
  EXPECT_TRUE(AnalyzeAttribution(*relative->ctx).claims.empty());

  // An archived copy still credits its original, links included.
  auto farm = LoadPage(
      Page("<title>Flood - Daily Wire Hub</title>",
           FloodStory() + "<p>Read <a href=\"/web/2020/https://www.cbsnews.com/news/a/\">one</a>, "
                          "<a href=\"/web/2020/https://www.cbsnews.com/news/b/\">two</a> and "
                          "<a href=\"/web/2020/https://www.cbsnews.com/news/c/\">three</a>.</p>"),
      "https://web.archive.org/web/2020/https://www.dailywirehub.com/flood/");
  EXPECT_TRUE(NamesPublisher(Analyze(*farm).Get(ClaimKind::kBodyLinks), "CBS News"));
}

TEST(ProvenanceAttributionTest, TheSitesOwnNamesInOtherShapesCreditNobody) {
  // og:site_name written as the site's address.
  auto url_name =
      LoadPage(Page("<meta property=\"og:site_name\" content=\"https://www.hawaiinewsnow.com\">",
                    FloodStory(), "<footer><p>&copy; 2019 Hawaii News Now</p></footer>"),
               "https://www.hawaiinewsnow.com/2019/11/19/a/");
  EXPECT_TRUE(AnalyzeAttribution(*url_name->ctx).claims.empty());
  // A brand's local station: "NBC" on nbcdfw.com.
  auto station = LoadPage(Page("", FloodStory() + "<p>Copyright NBC 5 Dallas-Fort Worth</p>"),
                          "https://www.nbcdfw.com/news/local/a/");
  EXPECT_TRUE(AnalyzeAttribution(*station->ctx).claims.empty());
  // The owner company in the site's footer ("© Time Inc.").
  auto owner = LoadPage(
      Page("", FloodStory(), "<footer><p>&copy; Time Inc. All rights reserved.</p></footer>"),
      "https://www.morebikes.co.uk/a/");
  EXPECT_EQ(Analyze(*owner).Get(ClaimKind::kCopyright), nullptr);
  // An outlet's line in a farm's footer still counts.
  auto farm = LoadPage(
      Page("", FloodStory(), "<footer><p>&copy; 2019 CBS News. All rights reserved.</p></footer>"),
      "https://www.example-farm.xyz/a.html");
  EXPECT_TRUE(NamesPublisher(Analyze(*farm).Get(ClaimKind::kCopyright), "CBS News"));
}

TEST(ProvenanceAttributionTest, CopyrightLinesNeedAYearUnlessTheOutletIsKnown) {
  Analyzed a_c = AnalyzeStoryWith("<p>&copy; 2019 Riverside Courier</p>");
  const Claim* c = a_c.Get(ClaimKind::kCopyright);
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->name, "Riverside Courier");

  auto person =
      LoadPage(Page("", FloodStory() + "<p>&copy; Regan</p>"), "https://blog.example.org/a");
  EXPECT_EQ(Analyze(*person).Get(ClaimKind::kCopyright), nullptr);

  auto wire = LoadPage(Page("", FloodStory() + "<p>Copyright 2024 The Associated Press. All rights "
                                               "reserved.</p>"),
                       "https://www.example-farm.xyz/a.html");
  Analyzed a_w = Analyze(*wire);
  const Claim* w = a_w.Get(ClaimKind::kCopyright);
  ASSERT_NE(w, nullptr);
  ASSERT_NE(w->publisher, nullptr);
  EXPECT_TRUE(w->publisher->wire);
}

TEST(ProvenanceAttributionTest, PhotoCreditsAreNotTheArticlesOwner) {
  auto p = LoadPage(Page("", FloodStory() + "<p>Photo: &copy; 2024 Reuters</p>"),
                    "https://www.example-farm.xyz/a.html");
  EXPECT_EQ(Analyze(*p).Get(ClaimKind::kCopyright), nullptr);
}

TEST(ProvenanceAttributionTest, DataFeedCreditsAreNotTheArticlesOwner) {
  // A markets page credits its quotes, not its article.
  auto p = LoadPage(Page("", FloodStory() + "<p>Market data provided by FactSet.</p>"),
                    "https://www.example-markets.com/a.html");
  EXPECT_EQ(Analyze(*p).Get(ClaimKind::kLicensedNote), nullptr);
  // The same cue before an outlet is a licence.
  auto q = LoadPage(Page("", FloodStory() + "<p>Content provided by Reuters.</p>"),
                    "https://www.example-markets.com/b.html");
  EXPECT_NE(Analyze(*q).Get(ClaimKind::kLicensedNote), nullptr);
}

TEST(ProvenanceAttributionTest, ACopyrightLineForThisSiteIsTheSitesOwn) {
  // Inside the article container, naming a company: "this site" makes it the site's own line.
  auto p = LoadPage(
      Page("", FloodStory() + "<p>The contents of this site are &copy;2024 Riverside Courier "
                              "Holdings. All rights reserved.</p>"),
      "https://www.example-news.com/a.html");
  EXPECT_EQ(Analyze(*p).Get(ClaimKind::kCopyright), nullptr);
  auto q =
      LoadPage(Page("", FloodStory() + "<p>&copy;2024 Riverside Courier. All rights reserved.</p>"),
               "https://www.example-news.com/b.html");
  EXPECT_NE(Analyze(*q).Get(ClaimKind::kCopyright), nullptr);
}

TEST(ProvenanceAttributionTest, SiteFooterCopyrightIsTheSitesOwn) {
  // An unknown parent company in the site's footer is the host, not a credit.
  auto p =
      LoadPage(Page("<meta property=\"og:site_name\" content=\"The Valley Paper\">", FloodStory(),
                    "<footer><p>&copy; 2024 Valley Media Holdings LLC</p></footer>"),
               "https://www.valleypaper.com/a.html");
  EXPECT_EQ(Analyze(*p).Get(ClaimKind::kCopyright), nullptr);
}

TEST(ProvenanceAttributionTest, ACopyrightLineLedByTheSitesNameIsTheSitesOwn) {
  // A forum's line in the thread: the site's name, then its owner.
  auto p = LoadPage(
      Page("<meta property=\"og:site_name\" content=\"Valley Talk\">",
           FloodStory() + "<p>Valley Talk - Copyright &copy; 2005 - 2018 Oluwaseun Osewa.</p>"),
      "https://www.valleytalk.com/4781736/river-floods");
  EXPECT_EQ(Analyze(*p).Get(ClaimKind::kCopyright), nullptr);
  // Led by another name, the line is a credit.
  auto q = LoadPage(
      Page("<meta property=\"og:site_name\" content=\"Valley Talk\">",
           FloodStory() + "<p>Riverside Courier - Copyright &copy; 2018 Oluwaseun Osewa.</p>"),
      "https://www.valleytalk.com/4781737/river-floods");
  EXPECT_NE(Analyze(*q).Get(ClaimKind::kCopyright), nullptr);
}

TEST(ProvenanceAttributionTest, ASourceLineClosingAPostNamesTheOutletOfItsAddress) {
  // A forum post: one block, lines set apart by <br>, the address as the link's text.
  std::string post = "<div class=\"content\">";
  for (int i = 0; i < 6; ++i) {
    post +=
        "The river rose three metres overnight, flooding low-lying streets in the old town, "
        "and residents were told to move to higher ground before dawn.<br><br>";
  }
  post +=
      "Source: <a href=\"https://www.cbssports.com/nfl/news/river-floods-old-town-after-"
      "the-storm-of-the-century/\">https://www.cbssports.com/nfl/news/river-floods-old-town-"
      "after-the-storm-of-the-century/</a></div>";
  auto p = LoadPage(Page("", post), "https://valleyforum.example.net/viewtopic.php?t=1");
  Analyzed a = Analyze(*p);
  const Claim* o = a.Get(ClaimKind::kOriginNote);
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->name, "CBS Sports");
  EXPECT_EQ(o->registrable, "cbssports.com");
  // A long line that merely starts with the word is prose, not a label.
  auto q =
      LoadPage(Page("", FloodStory() + "<p>Source: officials in the old town said on Tuesday "
                                       "that the CBS Sports broadcast had shown the "
                                       "embankments holding through the worst of the night.</p>"),
               "https://valleyforum.example.net/viewtopic.php?t=2");
  EXPECT_EQ(Analyze(*q).Get(ClaimKind::kOriginNote), nullptr);
}

TEST(ProvenanceAttributionTest, ALicensedAggregatorsLineIsALicence) {
  auto p =
      LoadPage(Page("", FloodStory() + "<p>This article is from <a href=\"https://www.inkl.com/"
                                       "publishers/space-com\">Space.com</a> and is published "
                                       "on inkl under licence. Read the original article.</p>"),
               "https://www.example-reader.com/news/river-floods");
  Analyzed a = Analyze(*p);
  const Claim* l = a.Get(ClaimKind::kLicensedNote);
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->name, "Space.com");
}

TEST(ProvenanceAttributionTest, AFactChecksClaimBoxNamesTheClaimsSource) {
  // The claim a fact-check examines, in a box beside the article: its "Source:" is the
  // claimant's, not the article's.
  const std::string box =
      "<aside class=\"claim\"><p>The defence ministries said the camp was blocked.</p><p>Source: "
      "Reuters, October 25, 2019</p></aside>";
  auto fact_check = LoadPage(
      Page("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":"
           "\"ClaimReview\",\"claimReviewed\":\"The camp was blocked\"}</script>",
           FloodStory(), box),
      "https://www.factcheck-example.info/a/1.html");
  EXPECT_TRUE(fact_check->meta.fact_check);
  EXPECT_TRUE(AnalyzeAttribution(*fact_check->ctx).claims.empty());
  // Without ClaimReview the same box is a source label.
  auto plain = LoadPage(Page("", FloodStory(), box), "https://www.factcheck-example.info/a/2.html");
  EXPECT_FALSE(plain->meta.fact_check);
  EXPECT_FALSE(AnalyzeAttribution(*plain->ctx).claims.empty());
}

TEST(ProvenanceAttributionTest, AnOwnersCompanyLineInTheFooterCreditsNobody) {
  // "© 2019 RFE/RL, Inc." under a site the table does not know: its owner, a company.
  auto p = LoadPage(Page("<meta property=\"og:site_name\" content=\"Polygraph\">", FloodStory(),
                         "<footer><p>&copy; 2019 RFE/RL, Inc.</p></footer>"),
                    "https://www.polygraph-example.info/a/1.html");
  EXPECT_EQ(Analyze(*p).Get(ClaimKind::kCopyright), nullptr);
}

TEST(ProvenanceAttributionTest, OriginAndLicenceNotes) {
  auto origin =
      LoadPage(Page("", FloodStory() + "<p>This article originally appeared on "
                                       "<a href=\"https://www.reuters.com/x\">Reuters</a>.</p>"),
               "https://www.example-farm.xyz/a.html");
  AttributionResult r = AnalyzeAttribution(*origin->ctx);
  const Claim* o = Find(r, ClaimKind::kOriginNote);
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->url, "https://www.reuters.com/x");
  EXPECT_EQ(r.url, "https://www.reuters.com/x");

  auto licensed =
      LoadPage(Page("", "<p class=\"credit\">Provided by Riverside Courier</p>" + FloodStory()),
               "https://www.partner-paper.com/a.html");
  EXPECT_NE(Analyze(*licensed).Get(ClaimKind::kLicensedNote), nullptr);

  // Dates and data sources are not outlets.
  auto dated = LoadPage(Page("", FloodStory() + "<p>First Published on Nov 20, 2019 01:38 pm</p>"),
                        "https://www.example.com/a.html");
  EXPECT_TRUE(AnalyzeAttribution(*dated->ctx).claims.empty());
  auto issue = LoadPage(Page("", FloodStory() + "<p>This article first appeared in the October "
                                                "2018 issue of Valley Rider.</p>"),
                        "https://www.example.com/b.html");
  // ...the outlet follows the date: "the October 2018 issue of X".
  AttributionResult ir = AnalyzeAttribution(*issue->ctx);
  const Claim* in_issue = Find(ir, ClaimKind::kOriginNote);
  ASSERT_NE(in_issue, nullptr);
  EXPECT_EQ(in_issue->name, "Valley Rider");
}

TEST(ProvenanceAttributionTest, LicenceLinesNameTheOutletAfterFromOrOf) {
  // Quanta Magazine's reprint line, with both parts linked.
  Analyzed q = AnalyzeStoryWith(
      "<p><em><a href=\"https://www.quantamagazine.org/tuft/\">Original story</a> reprinted "
      "with permission from <a href=\"https://www.quantamagazine.org/\">Quanta Magazine</a>, "
      "an editorially independent publication.</em></p>",
      "https://labnotesmag.com/a");
  const Claim* l = q.Get(ClaimKind::kLicensedNote);
  ASSERT_NE(l, nullptr);
  EXPECT_EQ(l->name, "Quanta Magazine");
  // An outlet written as a domain ends its sentence.
  Analyzed d = AnalyzeStoryWith(
      "<p>Republished with permission from <a href=\"http://www.panarmenian.net/eng/news/1/\">"
      "PanARMENIAN.Net</a>. Read the original story.</p>");
  const Claim* ld = d.Get(ClaimKind::kLicensedNote);
  ASSERT_NE(ld, nullptr);
  EXPECT_EQ(ld->name, "PanARMENIAN.Net");
}

TEST(ProvenanceAttributionTest, OriginNotesAndSourceLabelsInOtherLanguages) {
  // The notes partners and copies print in the languages of the table's other outlets.
  struct Case {
    const char* line;
    const char* outlet;
  };
  for (const Case& k : {
           Case{"<p>Dieser Artikel erschien zuerst auf Spiegel Online.</p>", "Der Spiegel"},
           Case{"<p>Cet article a \xC3\xA9t\xC3\xA9 publi\xC3\xA9 initialement dans Le "
                "Monde.</p>",
                "Le Monde"},
           Case{"<p>Este art\xC3\xAD"
                "culo fue publicado originalmente en El Pa\xC3\xADs.</p>",
                "El Pa\xC3\xADs"},
           Case{"<p>Questo articolo \xC3\xA8 stato pubblicato originariamente su Corriere della "
                "Sera.</p>",
                "Corriere della Sera"},
           Case{"<p><em>Questo articolo \xC3\xA8 comparso originariamente su Corriere della "
                "Sera. Traduzione della redazione.</em></p>",
                "Corriere della Sera"},
       }) {
    Analyzed a = AnalyzeStoryWith(k.line);
    EXPECT_TRUE(NamesPublisher(a.Get(ClaimKind::kOriginNote), k.outlet)) << k.line;
  }
  // "Quelle:", "Fuente:", "Fonte:" as "Source:" at the start of a short line.
  EXPECT_TRUE(NamesPublisher(
      AnalyzeStoryWith("<p>Quelle: NBC News</p>").Get(ClaimKind::kOriginNote), "NBC News"));
  EXPECT_TRUE(
      NamesPublisher(AnalyzeStoryWith("<p>Fuente: El Pa\xC3\xADs</p>").Get(ClaimKind::kOriginNote),
                     "El Pa\xC3\xADs"));
  // A label in parentheses, as Tumblr prints a post's source ("(Source: indiewire.com)").
  EXPECT_TRUE(NamesPublisher(
      AnalyzeStoryWith("<p class=\"source\">(Source: <a href=\"https://t.umblr.com/redirect?z=x\">"
                       "indiewire.com</a>)</p>")
          .Get(ClaimKind::kOriginNote),
      "IndieWire"));
  // Inside a sentence it is no label ("die Quelle: ein Bericht...").
  EXPECT_EQ(AnalyzeStoryWith("<p>Die Polizei nannte die Quelle: El Pa\xC3\xADs.</p>")
                .Get(ClaimKind::kOriginNote),
            nullptr);
}

TEST(ProvenanceAttributionTest, FeedFooterOfAnAutoblog) {
  Analyzed a = AnalyzeStoryWith(
      "<p>The post <a href=\"https://www.space.com/jupiter-moon\">Jupiter's moon "
      "vents plumes</a> appeared first on <a href=\"https://www.space.com\">Space.com</a>.</p>",
      "https://trendwiredaily.blogspot.com/2019/11/plumes.html");
  const Claim* o = a.Get(ClaimKind::kOriginNote);
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->name, "Space.com");
}

TEST(ProvenanceAttributionTest, ACrossPostNamesItsOrigin) {
  // An organisation's own copy on a community site: a visible credit (with the canonical link
  // home, a partner's page).
  Analyzed a = AnalyzeStoryWith(
      "<p><em>Cross-posted from the <a href=\"https://blog.cleanriversfund.org/\">Clean Rivers "
      "Fund Blog</a>. Written by Maya Okafor.</em></p>",
      "https://forum.rivercommons.org/posts/x7Qp2/a");
  const Claim* o = a.Get(ClaimKind::kOriginNote);
  ASSERT_NE(o, nullptr);
  EXPECT_NE(o->name.find("Clean Rivers Fund Blog"), std::string::npos);
}

TEST(ProvenanceAttributionTest, ABioNamingTheSitesSisterBrand) {
  // "Hill.TV" is not in the table; on The Hill's site it is the site's own video newsroom.
  const char kBio[] = "<p><em>Tess Bonn is a reporter for Hill.TV covering politics.</em></p>";
  Analyzed own = AnalyzeStoryWith(kBio, "https://thehill.com/homenews/news/471033-meth/");
  EXPECT_EQ(own.Get(ClaimKind::kBio), nullptr);
  // Elsewhere it is an outlet the bio credits.
  Analyzed other = AnalyzeStoryWith(kBio, "https://www.dailyfeed.example/meth/");
  const Claim* b = other.Get(ClaimKind::kBio);
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->name, "Hill.TV");
}

TEST(ProvenanceAttributionTest, EmailAddressesOfAnotherNewsroom) {
  // A table outlet's address: the reporter's, whatever the words around it.
  Analyzed a = AnalyzeStoryWith("<p>Email the writer at louise_matsakis@wired.com.</p>");
  const Claim* e = a.Get(ClaimKind::kEmail);
  ASSERT_TRUE(NamesPublisher(e, "Wired"));
  EXPECT_EQ(e->evidence.text, "Email the writer at louise_matsakis@wired.com.");
  // Introduced as the writer's own, it is as plain as a bio; a bare address is weaker.
  EXPECT_DOUBLE_EQ(e->strength, weights::kClaimEmailWriter);
  Analyzed b = AnalyzeStoryWith("<p>paul.takahashi@chron.com</p>");
  EXPECT_TRUE(NamesPublisher(b.Get(ClaimKind::kEmail), "Houston Chronicle"));
  EXPECT_DOUBLE_EQ(b.Get(ClaimKind::kEmail)->strength, weights::kClaimEmail);
  // Another domain only when the text speaks for it ("us", "the writer").
  Analyzed own = AnalyzeStoryWith(
      "<p>As always, you are welcome to email us at info@givewell.org with questions.</p>");
  const Claim* o = own.Get(ClaimKind::kEmail);
  ASSERT_NE(o, nullptr);
  EXPECT_EQ(o->name, "givewell.org");
  // A company's press contact, a mail provider and the site's own address are no claims.
  Analyzed press = AnalyzeStoryWith("<p>Media contact: press@acme-robotics.com, +1 555 0100.</p>");
  EXPECT_EQ(press.Get(ClaimKind::kEmail), nullptr);
  Analyzed mail = AnalyzeStoryWith("<p>Send us your tips at riverdesk@gmail.com.</p>");
  EXPECT_EQ(mail.Get(ClaimKind::kEmail), nullptr);
  Analyzed self = AnalyzeStoryWith("<p>Email us at news@valleypaper.com.</p>",
                                   "https://www.valleypaper.com/a.html");
  EXPECT_EQ(self.Get(ClaimKind::kEmail), nullptr);
  Analyzed handle = AnalyzeStoryWith("<p>Follow her on Twitter @jane.doe and on Mastodon.</p>");
  EXPECT_EQ(handle.Get(ClaimKind::kEmail), nullptr);
  // The newsroom's own mail domain spelling the site's name another way ("the-sun.co.uk" on
  // thesun.co.uk): the site's address, not another outlet's.
  Analyzed sun = AnalyzeStoryWith("<p>Email us at tips@the-sun.co.uk or call 0207 782 4368.</p>",
                                  "https://www.thesun.co.uk/news/1/hunter/");
  EXPECT_EQ(sun.Get(ClaimKind::kEmail), nullptr);
  // The same line on another site still names that newsroom.
  Analyzed elsewhere =
      AnalyzeStoryWith("<p>Email us at tips@the-sun.co.uk or call 0207 782 4368.</p>",
                       "https://www.dailyfeed.example/a");
  ASSERT_NE(elsewhere.Get(ClaimKind::kEmail), nullptr);
}

TEST(ProvenanceAttributionTest, ReadMoreLinesAfterATruncatedCopy) {
  Analyzed a =
      AnalyzeStoryWith("<p>Read more at Fox News</p>", "https://forum.example-board.net/t/1");
  const Claim* o = a.Get(ClaimKind::kOriginNote);
  ASSERT_TRUE(NamesPublisher(o, "Fox News"));
  EXPECT_EQ(o->evidence.text, "Read more at Fox News");
  // The outlet written as its domain, in lower case.
  Analyzed d = AnalyzeStoryWith("<p>Read full article at aljazeera.com</p>",
                                "https://forum.example-board.net/t/2");
  const Claim* od = d.Get(ClaimKind::kOriginNote);
  ASSERT_TRUE(NamesPublisher(od, "Al Jazeera English"));
  // A "Read more" button and a sentence that happens to start with "Read" are not credits.
  auto button = LoadPage(
      Page("", FloodStory() + "<p>Read more</p><p>Read the council's statement below.</p>"),
      "https://www.valleypaper.com/a.html");
  EXPECT_TRUE(AnalyzeAttribution(*button->ctx).claims.empty());
}

TEST(ProvenanceAttributionTest, ABareReadMoreLinkIntoAnOutletsSite) {
  Analyzed a = AnalyzeStoryWith(
      "<p class=\"read-more\"><a href=\"https://www.latimes.com/business/story/2019-11-19/"
      "disney-plus\">Read more &raquo;</a></p>",
      "https://streamhq.example/2019/11/disney.html");
  const Claim* o = a.Get(ClaimKind::kOriginNote);
  ASSERT_TRUE(NamesPublisher(o, "Los Angeles Times"));
  EXPECT_EQ(o->url, "https://www.latimes.com/business/story/2019-11-19/disney-plus");
  // Into the site itself, into an unknown site, or to several outlets (a digest): no claim.
  EXPECT_EQ(
      AnalyzeStoryWith("<p><a href=\"/more/flood\">Read more</a></p>").Get(ClaimKind::kOriginNote),
      nullptr);
  EXPECT_EQ(AnalyzeStoryWith("<p><a href=\"https://someblog.example/x\">Read more</a></p>")
                .Get(ClaimKind::kOriginNote),
            nullptr);
  EXPECT_EQ(AnalyzeStoryWith("<p><a href=\"https://www.latimes.com/a\">Read more</a></p>"
                             "<p><a href=\"https://www.nytimes.com/b\">Read more</a></p>")
                .Get(ClaimKind::kOriginNote),
            nullptr);
}

TEST(ProvenanceAttributionTest, AFeedPluginsSourceButton) {
  // Autoblogs fed by RSS-import plugins end each post with a "Source link" button to the
  // original (WP Automatic and its kind): a bare read-more link, the outlet in its address.
  Analyzed a = AnalyzeStoryWith(
      "<p><a class=\"button\" rel=\"nofollow\" href=\"https://www.macrumors.com/2019/11/18/"
      "scissor-keyboard/\">Source link </a></p>",
      "https://applegadgetwire-example.com/scissor-keyboard/");
  const Claim* o = a.Get(ClaimKind::kOriginNote);
  ASSERT_TRUE(NamesPublisher(o, "MacRumors"));
  EXPECT_EQ(o->url, "https://www.macrumors.com/2019/11/18/scissor-keyboard/");
  EXPECT_TRUE(NamesPublisher(
      AnalyzeStoryWith("<p><a href=\"https://www.latimes.com/a\">Original source</a></p>")
          .Get(ClaimKind::kOriginNote),
      "Los Angeles Times"));
}

TEST(ProvenanceAttributionTest, ReadFullStoryAtTheSourceUnderTheTextsContainer) {
  // An aggregator clone: the text in its own <div>, the link to the original after it inside
  // the same <article>, naming "the source" and leaving the outlet to its address.
  auto p = LoadPage(
      "<!doctype html><html><head><title>River floods old town</title></head><body><main>"
      "<article class=\"story\"><h1>River floods old town</h1><div class=\"story-text\">" +
          FloodStory() +
          "</div><div class=\"read-full\"><a href=\"https://www.usatoday.com/story/news/2019/11/"
          "19/river-floods/1/\">Read full story at the source &rarr;</a></div></article>"
          "</main></body></html>",
      "https://newsradar-example.info/us/politics/river-floods");
  Analyzed a = Analyze(*p);
  const Claim* o = a.Get(ClaimKind::kOriginNote);
  ASSERT_TRUE(NamesPublisher(o, "USA Today"));
  EXPECT_EQ(o->evidence.where, "article-link");
}

TEST(ProvenanceAttributionTest, AnOutletLeadingTheTitle) {
  // "Washington Examiner: Headline": a forum thread or link aggregator titling what it took.
  auto p = LoadPage(Page("<title>Washington Examiner: River floods old town | Hardline "
                         "Forums</title>",
                         FloodStory()),
                    "https://www.hardlineforums-example.net/threads/river-floods.418223/");
  Analyzed a = Analyze(*p);
  const Claim* t = a.Get(ClaimKind::kTitle);
  ASSERT_TRUE(NamesPublisher(t, "Washington Examiner"));
  // Not a word the table does not know as an outlet.
  auto kicker =
      LoadPage(Page("<title>Analysis: River floods old town | Valley Paper</title>", FloodStory()),
               "https://www.valleypaper.com/a");
  EXPECT_EQ(Analyze(*kicker).Get(ClaimKind::kTitle), nullptr);
}

// FloodStory led by a first paragraph that starts with `dateline`.
std::string StoryAfter(const std::string& dateline) {
  return "<p>" + dateline +
         " The river rose three metres overnight, flooding low-lying streets in the old "
         "town, officials said.</p>" +
         FloodStory();
}

TEST(ProvenanceAttributionTest, DatelineWithoutItsDashAtTheHeadOfTheStory) {
  auto p = LoadPage(Page("", StoryAfter("(CNN)")), "https://www.example-farm.xyz/a.html");
  Analyzed a = Analyze(*p);
  const Claim* d = a.Get(ClaimKind::kDateline);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->publisher->name, "CNN");
  EXPECT_EQ(d->evidence.text, "(CNN)");
  auto place =
      LoadPage(Page("",
                    "<p>Hong Kong (CNN Business) Markets were mixed in early trading on Tuesday "
                    "as investors weighed the latest trade news.</p>" +
                        FloodStory()),
               "https://www.example-farm.xyz/b.html");
  EXPECT_NE(Analyze(*place).Get(ClaimKind::kDateline), nullptr);
  // Mid-sentence, an outlet in parentheses is a citation.
  auto cited =
      LoadPage(Page("",
                    "<p>The mayor said in an interview with a local station (CNN) that the "
                    "embankments held, and crews stayed overnight.</p>" +
                        FloodStory()),
               "https://www.example-farm.xyz/c.html");
  EXPECT_EQ(Analyze(*cited).Get(ClaimKind::kDateline), nullptr);
}

TEST(ProvenanceAttributionTest, HouseBylinesAndPlatformsAreNotOutlets) {
  // "Newsroom" is also a New Zealand outlet's name; alone in a byline it is a house byline.
  auto house = LoadPage(Page("<meta name=\"author\" content=\"Newsroom\">", FloodStory()),
                        "https://www.example-deals.com/a.html");
  EXPECT_EQ(Analyze(*house).Get(ClaimKind::kByline), nullptr);
  // A wire's initials alone are its byline.
  auto wire = LoadPage(Page("<meta name=\"author\" content=\"PTI\">", FloodStory()),
                       "https://www.example-news.in/a.html");
  EXPECT_NE(Analyze(*wire).Get(ClaimKind::kByline), nullptr);
  // Blogspot themes name the platform as the JSON-LD publisher.
  auto blog = LoadPage(
      Page("<meta property=\"og:site_name\" content=\"Naija Daily Links\">"
           "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Flood\","
           "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Blogger\"}}</script>",
           FloodStory()),
      "https://www.example-blog.com/a.html");
  EXPECT_EQ(Analyze(*blog).Get(ClaimKind::kJsonLdPublisher), nullptr);
}

TEST(ProvenanceAttributionTest, OwnerCompaniesInFootersAreTheSitesOwn) {
  // A Hearst paper's footer names its owner: the same group, not another outlet.
  auto own = LoadPage(
      Page("", FloodStory(), "<footer><p>&copy; 2019 Hearst Communications, Inc.</p></footer>"),
      "https://www.chron.com/news/a.html");
  EXPECT_TRUE(AnalyzeAttribution(*own->ctx).claims.empty());
  // On another site the owner's name points to its outlet.
  Analyzed a = AnalyzeStoryWith("<p>&copy; 2019 NYP Holdings, Inc.</p>");
  const Claim* c = a.Get(ClaimKind::kCopyright);
  ASSERT_TRUE(NamesPublisher(c, "New York Post"));
}

TEST(ProvenanceAttributionTest, WireDateline) {
  auto p = LoadPage(Page("", StoryAfter("WASHINGTON (AP) \xE2\x80\x94")),
                    "https://www.example-farm.xyz/a.html");
  Analyzed a_d = Analyze(*p);
  const Claim* d = a_d.Get(ClaimKind::kDateline);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->name, "AP");
  EXPECT_TRUE(d->publisher->wire);
}

TEST(ProvenanceAttributionTest, AWireLeadQuotedInABlockquoteIsNoDateline) {
  // A newsletter quotes one paragraph of an AP story, then writes its own analysis.
  const std::string quote =
      "<blockquote><p>HANOI, Vietnam (AP) \xE2\x80\x94 The defence secretary accused China of "
      "coercion against smaller nations in the region on Wednesday.</p><p>\xE2\x80\x94 "
      "Associated Press</p></blockquote>";
  auto p = LoadPage(Page("", quote + FloodStory()), "https://pacificwatch.example.com/p/esper");
  EXPECT_EQ(Analyze(*p).Get(ClaimKind::kDateline), nullptr);
  // A forum member pasting the whole story into a quote box still carries its dateline.
  auto q = LoadPage(Page("", "<blockquote>" + StoryAfter("WASHINGTON (AP) \xE2\x80\x94") +
                                 "</blockquote><p>Thoughts?</p>"),
                    "https://debatehall.example.net/threads/66935/");
  EXPECT_NE(Analyze(*q).Get(ClaimKind::kDateline), nullptr);
}

TEST(ProvenanceAttributionTest, HeadMetadataAndCanonical) {
  auto p =
      LoadPage(Page("<meta property=\"og:site_name\" content=\"Reuters\">"
                    "<link rel=\"canonical\" href=\"https://www.reuters.com/world/flood-2024/\">",
                    FloodStory()),
               "https://news.example-farm.xyz/a.html");
  AttributionResult r = AnalyzeAttribution(*p->ctx);
  EXPECT_NE(Find(r, ClaimKind::kSiteName), nullptr);
  const Claim* canon = Find(r, ClaimKind::kCanonical);
  ASSERT_NE(canon, nullptr);
  EXPECT_EQ(canon->registrable, "reuters.com");
  // Both name the same outlet: one group, one likely original with its URL.
  EXPECT_EQ(canon->group, Find(r, ClaimKind::kSiteName)->group);
  EXPECT_EQ(r.publisher, "Reuters");
  EXPECT_EQ(r.url, "https://www.reuters.com/world/flood-2024/");
}

TEST(ProvenanceAttributionTest, SelfReferencesCountOnlyOnUnknownHosts) {
  std::string story =
      FloodStory() + "<p>\"We were lucky,\" the mayor told NBC News on Tuesday.</p>";
  auto farm = LoadPage(Page("", story), "https://www.example-farm.xyz/a.html");
  Analyzed a_s = Analyze(*farm);
  const Claim* s = a_s.Get(ClaimKind::kSelfReference);
  ASSERT_NE(s, nullptr);
  EXPECT_LT(s->strength, 0.5);  // weak alone
  // On a known outlet's site the phrase is a citation of another outlet.
  auto known = LoadPage(Page("", story), "https://www.theguardian.com/world/flood");
  EXPECT_EQ(Analyze(*known).Get(ClaimKind::kSelfReference), nullptr);
}

TEST(ProvenanceAttributionTest, TwoLetterNamesInBylinesAreIgnored) {
  // "ET" (Eastern Time) is also a table alias; a byline's time zone is not an outlet.
  auto p =
      LoadPage(Page("<meta name=\"author\" content=\"by Sam Hill Nov 18, 2019 at 9:24 pm ET\">",
                    FloodStory()),
               "https://www.example.com/a.html");
  EXPECT_EQ(Analyze(*p).Get(ClaimKind::kByline), nullptr);
}

TEST(ProvenanceAttributionTest, OgSiteNameOfAnotherSite) {
  // The logo, the footer and the domain say "Urban Coin Report"; og:site_name was copied from
  // the original's head.
  std::string chrome_before = "<header><a href=\"/\">Urban Coin Report</a></header>";
  std::string after =
      "<footer><p>Urban Coin Report \xC2\xA9 2025. All rights reserved.</p></footer>";
  auto farm = LoadPage(
      "<!doctype html><html><head><title>River floods old town</title>"
      "<meta property=\"og:site_name\" content=\"Riverside Racing\"></head><body>" +
          chrome_before + "<div id=\"story\">" + FloodStory() + "</div>" + after + "</body></html>",
      "https://en.urbancoinreport.site/economy/river-830610.html");
  EXPECT_EQ(farm->ctx->foreign_site_name, "Riverside Racing");
  Analyzed a = Analyze(*farm);
  const Claim* site = a.Get(ClaimKind::kSiteName);
  ASSERT_NE(site, nullptr);
  EXPECT_EQ(site->name, "Riverside Racing");
  EXPECT_GE(a.r.top_strength, 0.5);
  // A brand name that does not spell the domain is the site's own when the page shows it.
  auto own = LoadPage(
      "<!doctype html><html><head><title>River floods old town | Valley Notes</title>"
      "<meta property=\"og:site_name\" content=\"Valley Notes\"></head><body>"
      "<header><a href=\"/\">Valley Notes</a></header><div id=\"story\">" +
          FloodStory() + "</div></body></html>",
      "https://www.vnotes-online.com/a.html");
  EXPECT_TRUE(own->ctx->foreign_site_name.empty());
  EXPECT_EQ(Analyze(*own).Get(ClaimKind::kSiteName), nullptr);
  // A tagline in og:site_name names nobody ("Expert how-to for English Riders" on a magazine
  // whose logo, footer and domain say its name).
  auto tagline = LoadPage(
      "<!doctype html><html><head><title>River floods old town</title>"
      "<meta property=\"og:site_name\" content=\"Expert how-to for river rafters\"></head>"
      "<body>" +
          chrome_before + "<div id=\"story\">" + FloodStory() + "</div>" + after + "</body></html>",
      "https://en.urbancoinreport.site/economy/river-830611.html");
  EXPECT_TRUE(tagline->ctx->foreign_site_name.empty());
  EXPECT_EQ(Analyze(*tagline).Get(ClaimKind::kSiteName), nullptr);
  // ...and when nothing else on the page names the site, og:site_name is taken at its word.
  auto bare =
      LoadPage(Page("<meta property=\"og:site_name\" content=\"Valley Notes\">", FloodStory()),
               "https://www.vnotes-online.com/a.html");
  EXPECT_TRUE(bare->ctx->foreign_site_name.empty());
}

TEST(ProvenanceAttributionTest, CreditsNamingAnOutletInAScriptWithoutCapitals) {
  // "Provided by ノート100YEN.com": the name starts with katakana, which has no capitals.
  auto p = LoadPage(
      Page("", FloodStory() +
                   "<div class=\"source-credit\">Provided by \xE3\x83\x8E\xE3\x83\xBC\xE3\x83\x88"
                   "100YEN.com</div>"),
      "https://www.harborcitychronicle.com/a.html");
  Analyzed a = Analyze(*p);
  const Claim* lic = a.Get(ClaimKind::kLicensedNote);
  ASSERT_NE(lic, nullptr);
  EXPECT_EQ(lic->name,
            "\xE3\x83\x8E\xE3\x83\xBC\xE3\x83\x88"
            "100YEN.com");
  // Lower-case Latin after a cue is still not a name.
  auto q = LoadPage(
      Page("", FloodStory() + "<p>Provided by the council, the sandbags were stacked.</p>"),
      "https://www.valleypaper.com/a.html");
  EXPECT_EQ(Analyze(*q).Get(ClaimKind::kLicensedNote), nullptr);
}

}  // namespace
}  // namespace clearsource
