#include <gtest/gtest.h>

#include <string>

#include "clean/cleaner.h"
#include "clearsource/extract.h"

namespace clearsource {
namespace {

std::string Paragraphs() {
  std::string out;
  for (int i = 0; i < 5; ++i) {
    out +=
        "<p>The committee met on Tuesday to review the budget, and members agreed that the "
        "new library would open next spring after a long delay caused by supply problems, "
        "rising costs and a dispute over the design of the roof.</p>";
  }
  return out;
}

Result ExtractInArticle(const std::string& inner) {
  std::string html =
      "<html><head><title>Library opens | Town News</title></head><body>"
      "<nav class=menu><a href=/>Home</a></nav><article class=story>" +
      inner + "</article><footer>Footer</footer></body></html>";
  return Extract(html, "https://news.example/a");
}

TEST(CleanCleanerTest, DropsLabelsAndPromoLines) {
  Result r = ExtractInArticle(
      Paragraphs() + "<p>Advertisement</p><div>Image 3 of 12</div>" +
      "<p><a href=/x><strong>READ MORE: Council votes on parking</strong></a></p>" +
      "<p><a href=/y>ALSO IN THE NEWS TODAY HERE</a></p>" + Paragraphs());
  ASSERT_TRUE(r.status.ok());
  EXPECT_EQ(r.text_content.find("Advertisement"), std::string::npos);
  EXPECT_EQ(r.text_content.find("Image 3 of 12"), std::string::npos);
  EXPECT_EQ(r.text_content.find("READ MORE"), std::string::npos);
  EXPECT_EQ(r.text_content.find("ALSO IN THE NEWS"), std::string::npos);
  EXPECT_NE(r.text_content.find("supply problems"), std::string::npos);
}

TEST(CleanCleanerTest, KeepsOrdinaryShortParagraphs) {
  Result r = ExtractInArticle(Paragraphs() +
                              "<p>Read more about it next week.</p><p>More details soon.</p>");
  EXPECT_NE(r.text_content.find("Read more about it next week."), std::string::npos);
  EXPECT_NE(r.text_content.find("More details soon."), std::string::npos);
}

TEST(CleanCleanerTest, DropsBylineRowsAndDatelinesInsideTheArticle) {
  Result r = ExtractInArticle(
      "<div class=byline>By Jane Doe</div>"
      "<div class=meta-row><time datetime=2024-01-02>Updated Jan. 2, 2024</time></div>" +
      Paragraphs() + "<div class=author-bio>Jane Doe covers the town hall.</div>");
  EXPECT_EQ(r.text_content.find("By Jane Doe"), std::string::npos);
  EXPECT_EQ(r.text_content.find("Updated Jan"), std::string::npos);
  EXPECT_EQ(r.text_content.find("covers the town hall"), std::string::npos);
}

TEST(CleanCleanerTest, DropsTheArticleHeadBeforeTheFirstParagraph) {
  Result r = ExtractInArticle(
      "<header><h1>Library opens</h1><p class=kicker>Town hall</p></header>" + Paragraphs());
  EXPECT_EQ(r.text_content.find("Library opens"), std::string::npos);
  EXPECT_EQ(r.text_content.find("Town hall"), std::string::npos);
  EXPECT_EQ(r.text_content.rfind("The committee met", 0), 0u);
}

TEST(CleanCleanerTest, DropsAShortAppendixAfterTheLastRule) {
  const std::string about =
      "<p>Town News is an independent newsroom serving the valley since 1921.</p>";
  Result hr = ExtractInArticle(Paragraphs() + "<hr>" + about);
  EXPECT_EQ(hr.text_content.find("independent newsroom"), std::string::npos);
  EXPECT_NE(hr.text_content.find("roof."), std::string::npos);
  // A paragraph drawn as a rule works the same; the rule goes with the appendix.
  Result stars = ExtractInArticle(Paragraphs() + "<p>* * *</p>" + about);
  EXPECT_EQ(stars.text_content.find("independent newsroom"), std::string::npos);
  EXPECT_EQ(stars.text_content.find("* * *"), std::string::npos);
  // A rule between two halves of the story is not an appendix: the tail is too long a share.
  Result halves = ExtractInArticle(Paragraphs() + "<hr>" + Paragraphs());
  EXPECT_EQ(halves.text_content.find("The committee met"), 0u);
  EXPECT_NE(halves.text_content.rfind("The committee met"),
            halves.text_content.find("The committee met"));
  // Only the last rule counts: the text between two rules stays.
  Result two = ExtractInArticle(Paragraphs() +
                                "<hr><p>A correction was appended to this story on Friday "
                                "after the council revised its figures.</p>" +
                                Paragraphs() + "<hr>" + about);
  EXPECT_NE(two.text_content.find("A correction was appended"), std::string::npos);
  EXPECT_EQ(two.text_content.find("independent newsroom"), std::string::npos);
  // A rule that ends the article leaves nothing to drop.
  Result last = ExtractInArticle(Paragraphs() + "<hr>");
  EXPECT_NE(last.text_content.find("roof."), std::string::npos);
}

TEST(CleanCleanerTest, KeepsEmbeddedTweetsTheStoryQuotes) {
  Result r = ExtractInArticle(
      Paragraphs() +
      "<div class=social-embed><blockquote class=twitter-tweet><p>We are on it, said "
      "the mayor in a post.</p><a href=https://twitter.com/x/status/1>Nov 18</a>"
      "</blockquote></div>" +
      Paragraphs());
  EXPECT_NE(r.text_content.find("We are on it, said the mayor"), std::string::npos);
}

}  // namespace
}  // namespace clearsource
