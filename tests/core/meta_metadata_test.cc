#include "meta/metadata.h"

#include <gtest/gtest.h>

namespace clearsource {
namespace {

TEST(MetaMetadataTest, CleanTitleDropsSiteSuffixes) {
  EXPECT_EQ(CleanTitle("Rivers rise after storm | The Daily Example", std::string("The Daily Example")),
            "Rivers rise after storm");
  EXPECT_EQ(CleanTitle("Rivers rise after the storm - Daily", std::nullopt),
            "Rivers rise after the storm");
  // Unspaced scripts join the site name without spaces.
  EXPECT_EQ(CleanTitle("国庆假期旅游收入创新高_华夏时报网", std::nullopt), "国庆假期旅游收入创新高");
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
