#include "clearsource/extract.h"

#include <gtest/gtest.h>

#include <string>

namespace clearsource {
namespace {

const char kArticle[] = R"(<!doctype html><html lang="en"><head>
<title>Rivers rise after storm | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta name="author" content="Jane Reporter">
<meta property="article:published_time" content="2024-04-10T14:03:00Z">
</head><body>
<nav class="menu"><a href="/">Home</a> <a href="/world">World</a></nav>
<div class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Celebrity news</a></li></ul></div>
<article class="story"><h1>Rivers rise after storm</h1>
<p>The river rose three metres overnight, flooding low-lying streets in the old town, and residents
were told to move to higher ground before dawn, officials said on Tuesday.</p>
<p>Emergency crews worked through the night to reinforce the embankments, while volunteers filled
sandbags outside the town hall, and schools were closed as a precaution.</p>
<p>Forecasters expect the water to peak on Wednesday afternoon, after which it should recede slowly,
though further rain is likely later in the week across the region.</p>
</article>
<div class="comments"><p>Great article, thanks for sharing this with everyone here today!</p></div>
</body></html>)";

TEST(ExtractTest, PicksArticleBodyAndMetadata) {
  Result r = Extract(kArticle, "https://news.example.com/2024/rivers");
  ASSERT_TRUE(r.status.ok()) << r.status.message;
  EXPECT_NE(r.text_content.find("The river rose three metres"), std::string::npos);
  EXPECT_NE(r.text_content.find("Forecasters expect"), std::string::npos);
  EXPECT_EQ(r.text_content.find("Celebrity news"), std::string::npos);
  EXPECT_EQ(r.text_content.find("Great article"), std::string::npos);
  EXPECT_EQ(r.text_content.find("Home"), std::string::npos);
  EXPECT_EQ(r.title.value_or(""), "Rivers rise after storm");
  EXPECT_EQ(r.byline.value_or(""), "Jane Reporter");
  EXPECT_EQ(r.site_name.value_or(""), "The Daily Example");
  EXPECT_EQ(r.published_time.value_or(""), "2024-04-10T14:03:00Z");
  EXPECT_EQ(r.lang.value_or(""), "en");
  EXPECT_FALSE(r.dir.has_value());
  EXPECT_GT(r.length, 300u);
}

TEST(ExtractTest, ErrorsAreValuesWithCodes) {
  EXPECT_EQ(Extract("", "").status.code, ErrorCode::kEmptyInput);
  EXPECT_EQ(Extract("   \n\t ", "").status.code, ErrorCode::kEmptyInput);
  EXPECT_EQ(Extract("just some words, no markup", "").status.code, ErrorCode::kNotHtml);
  std::string binary(2000, '\0');
  binary[0] = '<';
  EXPECT_EQ(Extract(binary, "").status.code, ErrorCode::kNotHtml);
  Options small;
  small.max_input_bytes = 10;
  EXPECT_EQ(Extract(kArticle, "", small).status.code, ErrorCode::kInputTooLarge);
}

TEST(ExtractTest, JsonContract) {
  std::string json = ExtractToJson(kArticle, "https://news.example.com/x", "");
  EXPECT_EQ(json.rfind("{\"ok\":true,", 0), 0u);
  for (const char* key :
       {"\"title\":", "\"byline\":", "\"siteName\":", "\"publishedTime\":", "\"lang\":",
        "\"dir\":null", "\"excerpt\":", "\"leadImage\":null", "\"content\":", "\"textContent\":",
        "\"length\":", "\"readerable\":", "\"timings\":", "\"parseMs\":", "\"extractMs\":"}) {
    EXPECT_NE(json.find(key), std::string::npos) << key;
  }
  std::string err = ExtractToJson("", "", "");
  EXPECT_EQ(err, R"({"ok":false,"error":{"code":"empty-input","message":"input is empty"}})");
  std::string bad = ExtractToJson(kArticle, "", "{\"nope\": 1}");
  EXPECT_NE(bad.find("bad-options"), std::string::npos);
}

}  // namespace
}  // namespace clearsource
