// core/src/provenance/metadata_consistency.cc: the page's own facts disagreeing.
#include "provenance/metadata_consistency.h"

#include <gtest/gtest.h>

#include "provenance_test_util.h"

namespace clearsource {
namespace {

using testing_util::FloodStory;
using testing_util::LoadPage;

std::string Html(const std::string& lang, const std::string& head, const std::string& body) {
  return "<!doctype html><html lang=\"" + lang + "\"><head><meta charset=\"utf-8\">" + head +
         "</head><body><div id=\"story\">" + body + "</div></body></html>";
}

MetadataConsistencyResult Consistency(const testing_util::TestPage& p) {
  AttributionResult none;
  return AnalyzeMetadataConsistency(*p.ctx, none, "");
}

TEST(ProvenanceMetadataConsistencyTest, LangInAnotherScript) {
  auto p = LoadPage(Html("zh-CN", "", FloodStory()), "https://www.example-farm.xyz/a");
  MetadataConsistencyResult r = Consistency(*p);
  EXPECT_TRUE(r.lang_mismatch);
  ASSERT_TRUE(r.signal);
  EXPECT_EQ(r.signal->evidence[0].text, "zh-CN");
  EXPECT_EQ(r.signal->evidence[0].where, "meta:lang");
  auto ok = LoadPage(Html("en-GB", "", FloodStory()), "https://www.valleypaper.com/a");
  EXPECT_FALSE(Consistency(*ok).lang_mismatch);
}

TEST(ProvenanceMetadataConsistencyTest, PageDateYearsAfterTheText) {
  auto p = LoadPage(Html("en", "<meta property=\"article:published_time\" content=\"2025-04-11T05:27:12Z\">",
                         FloodStory() + "<p>The last flood of this size struck in 2019.</p>"),
                    "https://www.example-farm.xyz/a");
  MetadataConsistencyResult r = Consistency(*p);
  EXPECT_TRUE(r.date_gap);
  EXPECT_EQ(r.date_gap_years, 6);
}

TEST(ProvenanceMetadataConsistencyTest, SourceLabelNamingNobody) {
  auto p = LoadPage(Html("en", "<meta property=\"og:site_name\" content=\"Golden Market Daily\">",
                         "<div class=\"info\"><span class=\"source\">Poinbank Exchange View</span></div>" +
                             FloodStory()),
                    "https://www.goldenmarketdaily.com/a");
  MetadataConsistencyResult r = Consistency(*p);
  EXPECT_TRUE(r.source_label);
  EXPECT_EQ(r.signal->evidence[0].text, "Poinbank Exchange View");
  // The site's own name as source is fine.
  auto self = LoadPage(Html("en", "<meta property=\"og:site_name\" content=\"Golden Market Daily\">",
                            "<span class=\"source\">Golden Market Daily</span>" + FloodStory()),
                       "https://www.goldenmarketdaily.com/a");
  EXPECT_FALSE(Consistency(*self).source_label);
}

}  // namespace
}  // namespace clearsource
