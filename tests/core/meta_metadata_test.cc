#include <gtest/gtest.h>

#include "meta/metadata.h"
#include "parse/dom.h"

namespace clearsource {
namespace {

TEST(MetaMetadataTest, CleanTitleDropsSiteSuffixes) {
  EXPECT_EQ(
      CleanTitle("Rivers rise after storm | The Daily Example", std::string("The Daily Example")),
      "Rivers rise after storm");
  EXPECT_EQ(CleanTitle("Rivers rise after the storm - Daily", std::nullopt),
            "Rivers rise after the storm");
  // Unspaced scripts join the site name without spaces.
  EXPECT_EQ(CleanTitle("国庆假期旅游收入创新高_华夏时报网", std::nullopt),
            "国庆假期旅游收入创新高");
  EXPECT_EQ(CleanTitle("今年の夏、観測史上最も暑く｜毎朝ニュース", std::nullopt),
            "今年の夏、観測史上最も暑く");
  // ...but an underscore inside Latin text is part of the title.
  EXPECT_EQ(CleanTitle("How I name things in snake_case everywhere", std::nullopt),
            "How I name things in snake_case everywhere");
}

TEST(MetaMetadataTest, NormalizeDateToIso) {
  EXPECT_EQ(NormalizeDate("2024-03-14T06:30:00+01:00").value_or(""), "2024-03-14T06:30:00+01:00");
  EXPECT_EQ(NormalizeDate("2024-03-14").value_or(""), "2024-03-14");
  EXPECT_EQ(NormalizeDate("March 14, 2024").value_or(""), "2024-03-14");
  EXPECT_FALSE(NormalizeDate("yesterday").has_value());
}

}  // namespace
}  // namespace clearsource

namespace clearsource {
namespace {

TEST(MetaMetadataTest, CleanBylineKeepsTheNames) {
  EXPECT_EQ(CleanByline("By Jane Doe").value_or(""), "Jane Doe");
  EXPECT_EQ(CleanByline("BY JANE DOE, AP Science Writer").value_or(""),
            "JANE DOE, AP Science Writer");
  EXPECT_EQ(
      CleanByline("by Tom Rogan | November 18, 2019 12:26 PM Print this article").value_or(""),
      "Tom Rogan");
  EXPECT_EQ(CleanByline("By Carrie ArnoldNovember 15, 2019").value_or(""), "Carrie Arnold");
  EXPECT_EQ(CleanByline("Telegraph Sport 19 November 2019 • 1:16pm").value_or(""),
            "Telegraph Sport");
  EXPECT_EQ(CleanByline("by Bryan DeArdo @BryanDeArdo Nov 18, 2019").value_or(""), "Bryan DeArdo");
  EXPECT_EQ(CleanByline("Tom Davies Associated Press Published 11:34 PM EST").value_or(""),
            "Tom Davies Associated Press");
  EXPECT_FALSE(CleanByline("https://example.com/authors/jane").has_value());
}

TEST(MetaMetadataTest, SourcesInOrder) {
  Document doc;
  ParseHtml(R"(<html><head><meta property="og:locale" content="pt_BR">
    <meta name="author" content="By Meta Name">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"From JSON-LD",
      "author":{"@type":"Person","name":"Ld Name"},"datePublished":"2024-05-01T10:00:00Z"}</script>
    <meta property="og:title" content="From OpenGraph"></head>
    <body><h1 itemprop="headline">From microdata</h1><p class="byline">By Visible Name</p>
    <time datetime="2023-01-01">Jan 1</time></body></html>)",
            &doc);
  Metadata m = ExtractMetadata(doc, ParseUrl("https://news.example/a"));
  EXPECT_EQ(m.title.value_or(""), "From JSON-LD");
  EXPECT_EQ(m.byline.value_or(""), "Ld Name");
  EXPECT_EQ(m.published_time.value_or(""), "2024-05-01T10:00:00Z");
  EXPECT_EQ(m.lang.value_or(""), "pt-BR");
}

TEST(MetaMetadataTest, TheArticlesJsonLdAddress) {
  auto url_of = [](const std::string& fields) {
    Document doc;
    ParseHtml(
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
        "\"headline\":\"Rivers rise\"" +
            fields + "}</script></head><body><p>Text</p></body></html>",
        &doc);
    return ExtractMetadata(doc, ParseUrl("https://news.example/a")).jsonld_url.value_or("");
  };
  EXPECT_EQ(url_of(R"(,"url":"https://news.example/a","@id":"https://x.example/b")"),
            "https://news.example/a");
  EXPECT_EQ(url_of(R"(,"@id":"https://x.example/b")"), "https://x.example/b");
  EXPECT_EQ(url_of(R"(,"@id":"#article","mainEntityOfPage":{"@id":"https://x.example/c"})"),
            "https://x.example/c");
  EXPECT_EQ(url_of(R"(,"mainEntityOfPage":"https://x.example/d")"), "https://x.example/d");
  // A fragment id names no address.
  EXPECT_EQ(url_of(R"(,"@id":"#article")"), "");
}

TEST(MetaMetadataTest, VisibleMarkupIsTheLastResort) {
  Document doc;
  ParseHtml(R"(<html><head><title>Page | Site</title></head>
    <body><h1 itemprop="headline">Rivers rise after the storm</h1>
    <p class="byline">By Visible Name</p><time datetime="2023-01-01T08:00:00Z">Jan 1</time></body></html>)",
            &doc);
  Metadata m = ExtractMetadata(doc, ParseUrl("https://news.example/a"));
  EXPECT_EQ(m.title.value_or(""), "Rivers rise after the storm");
  EXPECT_EQ(m.byline.value_or(""), "Visible Name");
  EXPECT_EQ(m.published_time.value_or(""), "2023-01-01T08:00:00Z");
  EXPECT_FALSE(m.lang.has_value());
}

}  // namespace
}  // namespace clearsource
