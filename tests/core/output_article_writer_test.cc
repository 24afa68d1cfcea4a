#include <gtest/gtest.h>

#include <string>

#include "clearsource/extract.h"
#include "output/article_writer.h"

namespace clearsource {
namespace {

std::string Body() {
  std::string out;
  for (int i = 0; i < 4; ++i) {
    out +=
        "<p>Rescue teams reached the village on Sunday after the road reopened, bringing food, "
        "water and medicine to families who had been cut off for almost a week.</p>";
  }
  return out;
}

TEST(OutputArticleWriterTest, CaptionsStayInHtmlButLeaveTheText) {
  std::string html = "<body><article>" + Body() +
                     "<figure><img src=/a.jpg alt=a><figcaption>Villagers wait. <span "
                     "class=credit>Photo: AP</span></figcaption></figure>"
                     "<div class=image-caption>A second caption</div>" +
                     Body() + "</article></body>";
  Result r = Extract(html, "https://news.example/x");
  EXPECT_NE(r.content.find("<figcaption>Villagers wait."), std::string::npos);
  EXPECT_NE(r.content.find("Photo: AP"), std::string::npos);
  EXPECT_EQ(r.text_content.find("Villagers wait"), std::string::npos);
  EXPECT_EQ(r.text_content.find("A second caption"), std::string::npos);
  EXPECT_EQ(r.text_content.find("\n\n\n"), std::string::npos);
}

TEST(OutputArticleWriterTest, NoscriptFallbackOnlyWhenTheImageHasNoSource) {
  std::string html = "<body><article>" + Body() +
                     "<p><img src=\"data:image/gif;base64,R0lGOD\"><noscript><img "
                     "src=\"/fallback.jpg\"></noscript></p>"
                     "<p><img src=\"/real.jpg\"><noscript><img src=\"/dup.jpg\"></noscript></p>" +
                     Body() + "</article></body>";
  Result r = Extract(html, "https://news.example/x");
  EXPECT_NE(r.content.find("https://news.example/fallback.jpg"), std::string::npos);
  EXPECT_NE(r.content.find("https://news.example/real.jpg"), std::string::npos);
  EXPECT_EQ(r.content.find("dup.jpg"), std::string::npos);
  EXPECT_EQ(r.content.find("noscript"), std::string::npos);
}

}  // namespace
}  // namespace clearsource

namespace clearsource {
namespace {

TEST(OutputArticleWriterTest, ImageWithItalicLineIsACaption) {
  std::string body;
  for (int i = 0; i < 4; ++i) {
    body +=
        "<p>The new keyboard uses a scissor mechanism, which testers said felt steadier and "
        "quieter than the butterfly design it replaces in this year's laptops.</p>";
  }
  std::string html =
      "<body><div class=article>" + body +
      "<center><img src=/k.jpg><br><em>The new keyboard, via a teardown</em></center>"
      "<p><img src=/x.jpg> A paragraph with an image and <em>some</em> plain words "
      "stays text.</p>" +
      body + "</div></body>";
  Result r = Extract(html, "https://news.example/x");
  EXPECT_NE(r.content.find("<em>The new keyboard, via a teardown</em>"), std::string::npos);
  EXPECT_EQ(r.text_content.find("via a teardown"), std::string::npos);
  EXPECT_NE(r.text_content.find("plain words stays text"), std::string::npos);
}

}  // namespace
}  // namespace clearsource
