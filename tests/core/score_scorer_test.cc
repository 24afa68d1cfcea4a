#include <gtest/gtest.h>

#include <string>

#include "clearsource/extract.h"
#include "score/scorer.h"

namespace clearsource {
namespace {

std::string Para(const std::string& topic) {
  return "<p>" + topic +
         " was discussed at length, with experts saying that the changes, which "
         "take effect in spring, will matter for years, and residents asked for more detail.</p>";
}

TEST(ScoreScorerTest, BodyLosesToTheArticleContainer) {
  // Many teasers directly under <body> give the body a large share of paragraph scores.
  std::string html = "<body>";
  for (int i = 0; i < 12; ++i)
    html += "<div class=teaser>" + Para("Teaser " + std::to_string(i)) + "</div>";
  html += "<div class=content>";
  for (int i = 0; i < 6; ++i) html += Para("The main topic part " + std::to_string(i));
  html += "</div></body>";
  Result r = Extract(html, "");
  EXPECT_NE(r.text_content.find("The main topic part 5"), std::string::npos);
  EXPECT_EQ(r.text_content.find("Teaser 3"), std::string::npos);
}

TEST(ScoreScorerTest, ShortPostInDeclaredArticleBeatsCommentThread) {
  std::string html =
      "<body><article class=\"post hentry\"><div class=entry-content>"
      "<p>Our quarterly open thread is here: ask us anything about our research, our grants or "
      "the way we pick charities, and we will answer in the comments below. As always, you are "
      "welcome to post questions, criticism or ideas for what we should look at next.</p>"
      "</div></article>"
      "<div id=comments class=comments-area><ol>";
  for (int i = 0; i < 8; ++i) html += "<li>" + Para("Comment " + std::to_string(i)) + "</li>";
  html += "</ol></div></body>";
  Result r = Extract(html, "");
  EXPECT_NE(r.text_content.find("open thread"), std::string::npos);
  EXPECT_EQ(r.text_content.find("Comment 2"), std::string::npos);
}

TEST(ScoreScorerTest, TextSimilarity) {
  EXPECT_DOUBLE_EQ(TextSimilarity("Rivers rise", "Rivers rise"), 1.0);
  EXPECT_LT(TextSimilarity("Rivers rise", "Markets fall"), 0.1);
}

}  // namespace
}  // namespace clearsource
