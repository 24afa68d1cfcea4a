// core/src/provenance/publishers.cc: the publisher table compiled in from core/data/publishers.tsv.
#include <gtest/gtest.h>

#include <string>

#include "provenance/publishers.h"

namespace clearsource {
namespace {

const PublisherTable& T() { return PublisherTable::Get(); }

TEST(ProvenancePublishersTest, TableIsLoaded) {
  EXPECT_GT(T().size(), 300u);  // the issue asks for at least the 300 largest organisations
}

TEST(ProvenancePublishersTest, ByDomain) {
  const Publisher* p = T().ByDomain("cbsnews.com");
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->name, "CBS News");
  EXPECT_EQ(T().ByDomain("profoundwealthinsights.com"), nullptr);
  const Publisher* ap = T().ByDomain("apnews.com");
  ASSERT_NE(ap, nullptr);
  EXPECT_TRUE(ap->wire);
}

TEST(ProvenancePublishersTest, ByNameFoldsCaseSpacingAndThe) {
  const Publisher* cbs = T().ByDomain("cbsnews.com");
  EXPECT_EQ(T().ByName("CBS News"), cbs);
  EXPECT_EQ(T().ByName("cbs news"), cbs);
  EXPECT_EQ(T().ByName("CBS News Digital"), cbs);
  EXPECT_EQ(T().ByName("CBSNews.com"), cbs);
  EXPECT_EQ(T().ByName("Associated Press"), T().ByName("The Associated Press"));
  EXPECT_EQ(T().ByName("Profound Wealth Insights"), nullptr);
  EXPECT_EQ(T().ByName(""), nullptr);
}

TEST(ProvenancePublishersTest, FindMentionsLongestMatchAtWordBoundaries) {
  std::string text =
      "Bo Erickson is a reporter covering the White House for CBS News Digital. "
      "He told REUTERS so. CBSNewsroom is not a name.";
  auto m = T().FindMentions(text);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(text.substr(m[0].begin, m[0].end - m[0].begin), "CBS News Digital");
  EXPECT_EQ(m[0].publisher->name, "CBS News");
  EXPECT_EQ(m[1].publisher->name, "Reuters");
  EXPECT_FALSE(m[1].ambiguous);
}

TEST(ProvenancePublishersTest, SyndicatorAndFreeRepublishFlags) {
  const PublisherTable& t = PublisherTable::Get();
  const Publisher* agency = t.ByDomain("syndigate.info");
  ASSERT_NE(agency, nullptr);
  EXPECT_TRUE(agency->syndicator);
  const Publisher* cnn_wire = t.ByName("The-CNN-Wire");
  ASSERT_NE(cnn_wire, nullptr);
  EXPECT_TRUE(cnn_wire->syndicator);
  EXPECT_FALSE(t.ByDomain("cnn.com")->syndicator);
  EXPECT_TRUE(t.ByDomain("propublica.org")->free_republish);
  EXPECT_FALSE(t.ByDomain("theatlantic.com")->free_republish);
}

TEST(ProvenancePublishersTest, AmbiguousNamesAreMarked) {
  std::string text = "WASHINGTON (AP) \xE2\x80\x94 The Associated Press reported";
  auto m = T().FindMentions(text);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_TRUE(m[0].ambiguous);   // "AP" alone needs attribution context
  EXPECT_FALSE(m[1].ambiguous);  // "The Associated Press" does not
  EXPECT_EQ(m[0].publisher, m[1].publisher);
}

TEST(ProvenancePublishersTest, NameAt) {
  size_t len = 0;
  const Publisher* p = T().NameAt("CBS News Digital.", &len);
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(len, 16u);
  EXPECT_EQ(T().NameAt("Nothing here", &len), nullptr);
}

TEST(ProvenancePublishersTest, SameOwnerByGroup) {
  const Publisher* cbs = T().ByDomain("cbsnews.com");
  const Publisher* sports = T().ByDomain("cbssports.com");
  const Publisher* reuters = T().ByDomain("reuters.com");
  EXPECT_TRUE(PublisherTable::SameOwner(cbs, sports));
  EXPECT_FALSE(PublisherTable::SameOwner(cbs, reuters));
  EXPECT_FALSE(PublisherTable::SameOwner(cbs, nullptr));
}

}  // namespace
}  // namespace clearsource
