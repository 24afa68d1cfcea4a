#include <gtest/gtest.h>

#include <string>

#include "clean/dropped.h"
#include "clearsource/extract.h"

namespace clearsource {
namespace {

std::string Para(const std::string& words) {
  return "<p>" + words + " The council met on Tuesday evening to discuss the plan in detail, " +
         "and residents asked many questions about the timetable and the costs involved.</p>";
}

TEST(CleanDroppedTest, ReportsSizeableProseLeftOutButNotLinksOrHiddenText) {
  std::string html = "<html><body><div id=main><article class=story>" + Para("First.") +
                     Para("Second.") + Para("Third.") + Para("Fourth.") +
                     "<div class=newsletter-signup><p>Our weekly letter brings you the best of the "
                     "week's reporting on local politics, schools and transport, every Friday "
                     "morning, free of charge for all readers.</p></div>"
                     "<div class=share><a href=/a>Share on a social network with your friends "
                     "and family members today</a> <a href=/b>Email this article to someone who "
                     "may find it interesting as well</a></div>"
                     "<div style='display:none'><p>" +
                     std::string(300, 'x') +
                     "</p></div>"
                     "</article></div></body></html>";
  Result r = Extract(html, "https://example.org/a");
  ASSERT_TRUE(r.status.ok());
  ASSERT_EQ(r.text_content.find("Our weekly letter"), std::string::npos);
  bool found_newsletter = false;
  for (const DroppedBlock& b : r.dropped_blocks) {
    EXPECT_GE(b.chars, 100u);
    EXPECT_EQ(b.text.find("Share on a social network"), std::string::npos) << "links are not prose";
    EXPECT_EQ(b.text.find("xxxxxxxx"), std::string::npos) << "hidden text was never shown";
    if (b.text.find("Our weekly letter") != std::string::npos) {
      found_newsletter = true;
      EXPECT_EQ(b.where, "inside the article");
    }
  }
  EXPECT_TRUE(found_newsletter);
  std::string json = ResultToJson(r);
  EXPECT_NE(json.find("\"droppedBlocks\":[{\"text\":"), std::string::npos);
}

TEST(CleanDroppedTest, NothingDroppedGivesAnEmptyList) {
  Result r = Extract(
      "<html><body><article>" + Para("Only.") + Para("Two.") + "</article></body></html>", "");
  ASSERT_TRUE(r.status.ok());
  EXPECT_TRUE(r.dropped_blocks.empty());
  EXPECT_NE(ResultToJson(r).find("\"droppedBlocks\":[]"), std::string::npos);
}

}  // namespace
}  // namespace clearsource
