// core/src/provenance/template_junk.cc: farm template residue.
#include <gtest/gtest.h>

#include "provenance/template_junk.h"
#include "provenance_test_util.h"

namespace clearsource {
namespace {

using testing_util::FloodStory;
using testing_util::LoadPage;
using testing_util::Page;

TEST(ProvenanceTemplateJunkTest, CopyNoticeIsStrongAlone) {
  auto p =
      LoadPage(Page("", FloodStory(),
                    "<div class=\"notice\">Statement: The content of this article comes from the "
                    "Internet and the copyright belongs to the original author. If there is any "
                    "infringement, please contact us for deletion.</div>"),
               "https://www.example-farm.xyz/a");
  TemplateJunkResult r = AnalyzeTemplateJunk(*p->ctx);
  EXPECT_TRUE(r.copy_notice);
  EXPECT_TRUE(r.strong());
  EXPECT_GE(r.strength, 0.6);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.signal->evidence[0].where, "page");
}

TEST(ProvenanceTemplateJunkTest, TheOriginalsFeedFooterOnAnIndexedPage) {
  const std::string footer =
      "<p>The post <a href=\"https://mspoweruser.com/river-floods/\">River floods old town</a> "
      "appeared first on <a href=\"https://mspoweruser.com\">MSPoweruser</a>.</p>";
  // An autoblog importing the feed: the footer is in the text, the page is indexed.
  auto blog = LoadPage(Page("<title>River floods old town</title>", FloodStory() + footer),
                       "https://techfeed-example.net/river-floods/");
  TemplateJunkResult r = AnalyzeTemplateJunk(*blog->ctx);
  EXPECT_TRUE(r.feed_footer);
  EXPECT_TRUE(r.notice_strong());
  // A feed reader shows the same item out of search, or with the original as canonical.
  auto reader = LoadPage(Page("<title>River floods old town</title><meta name=\"robots\" "
                              "content=\"noindex\">",
                              FloodStory() + footer),
                         "https://app.feedreader-example.net/item/1");
  EXPECT_FALSE(AnalyzeTemplateJunk(*reader->ctx).feed_footer);
  auto canonical = LoadPage(Page("<title>River floods old town</title><link rel=\"canonical\" "
                                 "href=\"https://mspoweruser.com/river-floods/\">",
                                 FloodStory() + footer),
                            "https://app.feedreader-example.net/item/2");
  EXPECT_FALSE(AnalyzeTemplateJunk(*canonical->ctx).feed_footer);
}

TEST(ProvenanceTemplateJunkTest, AnAggregatorSayingItCollectsNewsAutomatically) {
  auto p = LoadPage(Page("", FloodStory(),
                         "<div class=\"disclaimer-small\">NewsRadar24 is an automated news "
                         "aggregator. All news is collected automatically from open sources. "
                         "Trademarks and content belong to their respective owners.</div>"),
                    "https://newsradar-example.info/a");
  TemplateJunkResult r = AnalyzeTemplateJunk(*p->ctx);
  EXPECT_TRUE(r.copy_notice);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.signal->evidence[0].text, "All news is collected automatically from open sources.");
}

TEST(ProvenanceTemplateJunkTest, GluedWidgetResidueInTheText) {
  auto p =
      LoadPage(Page("", FloodStory() +
                            "<p><a href=\"#\">Twitter</a><span>veryGood! (<em>2</em>)</span></p>"),
               "https://www.example-farm.xyz/a");
  TemplateJunkResult r = AnalyzeTemplateJunk(*p->ctx);
  EXPECT_TRUE(r.widget);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.signal->evidence[0].text, "TwitterveryGood! (2)");
}

TEST(ProvenanceTemplateJunkTest, OrdinaryCountersAreNotResidue) {
  auto p = LoadPage(Page("", FloodStory() + "<p>8 comments</p><p>Share this article</p>"),
                    "https://www.valleypaper.com/a");
  EXPECT_FALSE(AnalyzeTemplateJunk(*p->ctx).signal);
}

TEST(ProvenanceTemplateJunkTest, AShareBarRunTogetherIsNotResidue) {
  // Share buttons written without spaces between them: any site's share bar, in or around the
  // article. A counter or a reaction glued to them is a farm template's.
  auto bar = LoadPage(Page("",
                           FloodStory() + "<p><a href=\"#\">Facebook</a><a href=\"#\">Twitter</a>"
                                          "<a href=\"#\">LinkedIn</a></p>",
                           "<div class=share><a href=\"#\">Facebook</a><a href=\"#\">Twitter</a>"
                           "<a href=\"#\">WhatsApp</a></div>"),
                      "https://www.valleypaper.com/a");
  EXPECT_FALSE(AnalyzeTemplateJunk(*bar->ctx).signal);
  auto counted = LoadPage(Page("", FloodStory(),
                               "<div class=share><a href=\"#\">Facebook</a><a href=\"#\">Like</a>"
                               "<span>(12)</span></div>"),
                          "https://www.example-farm.xyz/a");
  TemplateJunkResult r = AnalyzeTemplateJunk(*counted->ctx);
  EXPECT_TRUE(r.page_widget);
}

TEST(ProvenanceTemplateJunkTest, CmsDefaultByline) {
  auto p = LoadPage(Page("<meta name=\"author\" content=\"admin\">", FloodStory()),
                    "https://www.example-farm.xyz/a");
  TemplateJunkResult r = AnalyzeTemplateJunk(*p->ctx);
  EXPECT_TRUE(r.default_byline);
  // Supporting evidence only: small magazines post as "admin" too.
  EXPECT_FALSE(r.strong());
  EXPECT_FALSE(r.residue_strong());
  auto real = LoadPage(Page("<meta name=\"author\" content=\"Dana Whitfield\">", FloodStory()),
                       "https://www.valleypaper.com/a");
  EXPECT_FALSE(AnalyzeTemplateJunk(*real->ctx).default_byline);
}

TEST(ProvenanceTemplateJunkTest, SourceLineCreditingTheInternet) {
  for (const char* line :
       {"<div class=\"meta\"><span>Source: Internet</span><span>Updated: Jun 26, 2014</span></div>",
        "<p>Time: 2023/10/10 22:46&nbsp;&nbsp;Source: Network&nbsp;&nbsp;Views: 16181</p>",
        "<p>\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A\xE7\xBD\x91\xE7\xBB\x9C</p>",
        "<p>Date:2015-10-29 15:03:41 Origin: web Views: 402</p>"}) {
    auto p = LoadPage(Page("", line + FloodStory()), "https://www.example-farm.xyz/a");
    TemplateJunkResult r = AnalyzeTemplateJunk(*p->ctx);
    EXPECT_TRUE(r.anonymous_source) << line;
    EXPECT_TRUE(r.strong()) << line;
  }
  // Data sources and named outlets are not anonymous.
  for (const char* line :
       {"<p>Source: Online survey of 2,000 adults, October 2019</p>", "<p>Source: Reuters</p>",
        "<p>Source: Internet Society annual report</p>",
        "<p>Sources: Network Rail, Department for Transport</p>",
        "<figure><img src=\"a.jpg\"><figcaption>Image source: Internet</figcaption></figure>"}) {
    auto p = LoadPage(Page("", FloodStory() + line), "https://www.valleypaper.com/a");
    EXPECT_FALSE(AnalyzeTemplateJunk(*p->ctx).anonymous_source) << line;
  }
}

TEST(ProvenanceTemplateJunkTest, ASiteDisowningItsArticleIsSupportingEvidence) {
  auto p = LoadPage(
      Page("", FloodStory() +
                   "<p class=\"meta\">The views in this article are the author's own and do "
                   "not represent the position of this site.</p>"),
      "https://www.example-farm.xyz/a");
  TemplateJunkResult r = AnalyzeTemplateJunk(*p->ctx);
  EXPECT_TRUE(r.disowned);
  EXPECT_FALSE(r.strong());
  EXPECT_LT(r.strength, 0.3);
  // An opinion desk naming itself is not disowning the article.
  auto op =
      LoadPage(Page("", FloodStory() + "<p>The views and opinions expressed in the article do not "
                                       "necessarily reflect those of The Valley Paper.</p>"),
               "https://www.valleypaper.com/a");
  EXPECT_FALSE(AnalyzeTemplateJunk(*op->ctx).disowned);
}

}  // namespace
}  // namespace clearsource
