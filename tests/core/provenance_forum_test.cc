// core/src/provenance/forum.cc: news articles pasted into forum threads.
#include <gtest/gtest.h>

#include "clearsource/extract.h"
#include "provenance/forum.h"
#include "provenance_test_util.h"
#include "util/json.h"

namespace clearsource {
namespace {

using testing_util::FloodStory;
using testing_util::LoadPage;
using testing_util::Page;

// The verdict of the whole pipeline on the page.
std::string VerdictOf(const std::string& html, const std::string& url) {
  JsonValue v;
  if (!ParseJson(ExtractToJson(html, url, "{}"), &v) || !v.Get("provenance")) return "";
  return v.Get("provenance")->Get("verdict")->string;
}

ForumResult Forum(const testing_util::TestPage& p) {
  AttributionResult a = AnalyzeAttribution(*p.ctx);
  return AnalyzeForum(*p.ctx, a, AnalyzeSyndication(*p.ctx, a));
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

TEST(ProvenanceForumTest, AnArticlePastedWithItsAddressIsAPaste) {
  // A member pastes a whole article under its address: the address is the text's source.
  const std::string kUrl = "https://www.cbsnews.com/news/river-floods-old-town/";
  const std::string kLong = FloodStory() + FloodStory() + FloodStory();  // over 250 words
  auto post = [&](const std::string& lead, const std::string& text, const std::string& footer) {
    return Page("<title>River floods old town - Valley Talk Forums</title>",
                "<p>" + lead + "</p><blockquote>" + text + "</blockquote>", footer);
  };
  const std::string pasted = "Pasting the whole thing since they have a meter now: <a href=\"" +
                             kUrl + "\">" + kUrl + "</a>";
  const std::string kThread = "https://valleytalkforums.net/threads/river-floods.4411/";
  auto p = LoadPage(post(pasted, kLong, kForumFooter), kThread);
  AttributionResult a = AnalyzeAttribution(*p->ctx);
  EXPECT_EQ(a.publisher, "CBS News");
  EXPECT_EQ(a.url, kUrl);
  ForumResult r = Forum(*p);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.signal->evidence.back().text, kUrl);
  EXPECT_EQ(VerdictOf(p->html, kThread), "suspected-copy");
  // The same address on a news site is a citation, a member's short comment is no article, and
  // addresses of two outlets make a digest.
  auto site = LoadPage(post(pasted, kLong, ""), "https://www.valleypaper.com/river-floods");
  EXPECT_EQ(AnalyzeAttribution(*site->ctx).publisher, "");
  auto comment = LoadPage(post(pasted, FloodStory(), kForumFooter), kThread);
  EXPECT_FALSE(Forum(*comment).signal);
  auto digest =
      LoadPage(post(pasted + " and <a href=\"https://www.nbcnews.com/news/river-floods-3381\">"
                             "https://www.nbcnews.com/news/river-floods-3381</a>",
                    kLong, kForumFooter),
               kThread);
  EXPECT_FALSE(Forum(*digest).signal);
  // A link post on a platform: its title links the outlet's article, a bot pastes the text.
  const std::string kReddit = "https://old.reddit.com/r/worldnews/comments/dyq7k2/river_floods/";
  auto link_post =
      LoadPage(Page("<title>River floods old town after record rain : worldnews</title>",
                    "<p>Full article text for those who can't load the page:</p><blockquote>" +
                        kLong + "</blockquote>",
                    "<div class=\"thing link\"><a class=\"title\" href=\"" + kUrl +
                        "\">River floods old town after record rain</a></div>"),
               kReddit);
  ForumResult lp = Forum(*link_post);
  ASSERT_TRUE(lp.signal);
  EXPECT_EQ(lp.signal->id, "platform-post");
  // Under a link post, a long text of one's own (not quoted) is a comment, not a paste; and an
  // address in a sidebar is not the post's.
  auto comment_thread =
      LoadPage(Page("<title>River floods old town after record rain : worldnews</title>", kLong,
                    "<div class=\"thing link\"><a class=\"title\" href=\"" + kUrl +
                        "\">River floods old town after record rain</a></div>"),
               kReddit);
  EXPECT_FALSE(Forum(*comment_thread).signal);
  auto sidebar = LoadPage(
      Page("<title>River floods old town - Valley Talk Forums</title>",
           "<div class=\"thread\"><div class=\"message\"><div class=\"message-inner\"><div "
           "class=\"message-main\"><div id=\"post\"><p>What a week.</p><blockquote>" +
               kLong + "</blockquote></div></div></div></div></div>",
           "<aside><a href=\"" + kUrl + "\">" + kUrl + "</a></aside>" + kForumFooter),
      kThread, "post");
  EXPECT_FALSE(Forum(*sidebar).signal);
}

TEST(ProvenanceForumTest, UserPlatformsAreKnownByHost) {
  EXPECT_EQ(UserPlatformOf("medium.com"), "Medium");
  EXPECT_EQ(UserPlatformOf("thesundaybriefing.substack.com"), "Substack");
  EXPECT_EQ(UserPlatformOf("worldnews4u.blogspot.com"), "Blogger");
  EXPECT_EQ(UserPlatformOf("baijiahao.baidu.com"), "Baijiahao");
  // Only the platform and its subdomains: not a look-alike, not the rest of a parent domain.
  EXPECT_EQ(UserPlatformOf("notmedium.com"), "");
  EXPECT_EQ(UserPlatformOf("news.baidu.com"), "");
  EXPECT_EQ(UserPlatformOf("www.cbsnews.com"), "");
}

TEST(ProvenanceForumTest, AUserPostCreditedToAnOutletIsAPlatformPost) {
  // A Medium import: the outlet's canonical link and "Originally published at" kept.
  auto p = LoadPage(
      Page("<title>River floods old town | by Jonah Reyes | Medium</title>"
           "<link rel=\"canonical\" href=\"https://www.cbsnews.com/news/river-floods/\">",
           FloodStory() + "<p>Originally published at www.cbsnews.com on November 19, 2019.</p>"),
      "https://medium.com/@jonahreyes/river-floods-old-town-6b1f0e3a9c2d");
  ForumResult r = Forum(*p);
  EXPECT_EQ(r.platform, "Medium");
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.signal->id, "platform-post");
  EXPECT_NE(r.signal->message.find("CBS News"), std::string::npos);
  ASSERT_GE(r.signal->evidence.size(), 2u);
  EXPECT_EQ(r.signal->evidence[0].text, "medium.com");
  EXPECT_EQ(VerdictOf(p->html, "https://medium.com/@jonahreyes/river-floods-old-town-6b1f0e3a9c2d"),
            "suspected-copy");
}

TEST(ProvenanceForumTest, APlatformPostCitingOrLicensedIsNoCopy) {
  // A newsletter quoting an outlet in its own words: a self-reference is no credit of the text.
  auto own = LoadPage(Page("<title>What the flood tells us - The Sunday Briefing</title>",
                           FloodStory() + "<p>The mayor told CBS News the defences had held.</p>"),
                      "https://thesundaybriefing.substack.com/p/what-the-flood-tells-us");
  EXPECT_FALSE(Forum(*own).signal);
  // A user reposting an article under the licence the outlet offers everyone.
  auto licensed =
      LoadPage(Page("<title>River floods old town</title>",
                    FloodStory() + "<p>This article is republished from The Conversation under a "
                                   "Creative Commons license. Read the original article.</p>"),
               "https://riverwatcher.wordpress.com/2019/11/20/river-floods/");
  EXPECT_FALSE(Forum(*licensed).signal);
  // The outlet's own account on the platform posting its article.
  const std::string imported = Page(
      "<title>River floods old town</title>"
      "<link rel=\"canonical\" href=\"https://www.cbsnews.com/news/river-floods/\">",
      FloodStory() + "<p>Originally published at www.cbsnews.com on November 19, 2019.</p>");
  auto own_account = LoadPage(imported, "https://medium.com/cbs-news/river-floods-6b1f0e3a9c2d");
  EXPECT_FALSE(Forum(*own_account).signal);
  auto bylined = LoadPage(
      Page("<title>River floods old town</title><meta name=\"author\" content=\"CBS News\">"
           "<link rel=\"canonical\" href=\"https://www.cbsnews.com/news/river-floods/\">",
           FloodStory() + "<p>Originally published at www.cbsnews.com on November 19, 2019.</p>"),
      "https://medium.com/@newsdesk/river-floods-6b1f0e3a9c2d");
  EXPECT_FALSE(Forum(*bylined).signal);
  auto user = LoadPage(imported, "https://medium.com/@riverfan/river-floods-6b1f0e3a9c2d");
  EXPECT_TRUE(Forum(*user).signal);
}

}  // namespace
}  // namespace clearsource
