// core/src/provenance/forum.cc: news articles pasted into forum threads.
#include <gtest/gtest.h>

#include "provenance/forum.h"
#include "provenance_test_util.h"

namespace clearsource {
namespace {

using testing_util::FloodStory;
using testing_util::LoadPage;
using testing_util::Page;

ForumResult Forum(const testing_util::TestPage& p) {
  return AnalyzeForum(*p.ctx, AnalyzeAttribution(*p.ctx));
}

TEST(ProvenanceForumTest, FooterCreditsNameTheEngine) {
  EXPECT_EQ(ForumEngineIn("Powered by phpBB\xC2\xAE Forum Software \xC2\xA9 phpBB Limited"),
            "phpBB");
  EXPECT_EQ(ForumEngineIn("Forum software by XenForo\xC2\xAE \xC2\xA9 2010-2019 XenForo Ltd."),
            "XenForo");
  EXPECT_EQ(ForumEngineIn("Community platform by XenForo\xC2\xAE \xC2\xA9 2010-2019 XenForo Ltd."),
            "XenForo");
  EXPECT_EQ(ForumEngineIn("Powered by Discourse, best viewed with JavaScript enabled"),
            "Discourse");
  EXPECT_EQ(ForumEngineIn("Powered by SMF 2.0.15 | SMF \xC2\xA9 2017, Simple Machines"), "SMF");
  // A blog or news CMS is no forum, and a name must be whole.
  EXPECT_EQ(ForumEngineIn("Proudly powered by WordPress"), "");
  EXPECT_EQ(ForumEngineIn("Powered by SMFoo Hosting"), "");
  // Text about forum software is no footer credit.
  EXPECT_EQ(ForumEngineIn(std::string(200, 'x') + " powered by phpBB"), "");
}

const char kForumFooter[] =
    "<div class=\"copyright\">Powered by <a href=\"https://www.phpbb.com/\">phpBB</a>&reg; Forum "
    "Software &copy; phpBB Limited</div>";

TEST(ProvenanceForumTest, ACreditedArticleInAForumIsAPaste) {
  auto p = LoadPage(
      Page("<title>River floods old town - Valley Talk Forums</title>",
           FloodStory() + "<p><a href=\"https://www.cbsnews.com/news/river-floods/\">Read more "
                          "at CBS News</a></p>",
           kForumFooter),
      "https://valleytalkforums.net/viewtopic.php?t=4411");
  ForumResult r = Forum(*p);
  EXPECT_EQ(r.engine, "phpBB");
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.signal->id, "forum-paste");
  EXPECT_GT(r.signal->weight, 0.5);
  EXPECT_NE(r.signal->message.find("CBS News"), std::string::npos);
  ASSERT_GE(r.signal->evidence.size(), 2u);
  EXPECT_EQ(r.signal->evidence[0].where, "page");
  EXPECT_NE(r.signal->evidence[0].text.find("phpBB"), std::string::npos);
  EXPECT_EQ(r.signal->evidence[1].text, "Read more at CBS News");
}

TEST(ProvenanceForumTest, NoCreditOrNoForumIsNoPaste) {
  // A member's own post, as far as the page tells: nothing credited.
  auto own = LoadPage(
      Page("<title>River floods old town - Valley Talk Forums</title>", FloodStory(), kForumFooter),
      "https://valleytalkforums.net/viewtopic.php?t=4412");
  EXPECT_FALSE(Forum(*own).signal);
  // A news site's credited story with a blog engine's footer.
  auto blog = LoadPage(
      Page("<title>River floods old town</title>", FloodStory() + "<p>Read more at CBS News</p>",
           "<footer>Proudly powered by WordPress</footer>"),
      "https://www.valleypaper.com/a");
  ForumResult b = Forum(*blog);
  EXPECT_FALSE(b.signal);
  EXPECT_EQ(b.engine, "");
}

}  // namespace
}  // namespace clearsource
