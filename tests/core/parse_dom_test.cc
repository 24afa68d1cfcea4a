#include <gtest/gtest.h>

#include <string>

#include "parse/dom.h"

namespace clearsource {
namespace {

TEST(ParseDomTest, NoscriptMarkupBecomesElements) {
  Document doc;
  ParseHtml("<body><p>x</p><noscript><img src=\"real.jpg\" alt=\"r\"></noscript></body>", &doc);
  NodeId ns = doc.FindFirst(GUMBO_TAG_NOSCRIPT);
  ASSERT_NE(ns, kNoNode);
  NodeId img = doc.FindFirst(GUMBO_TAG_IMG, ns, doc[ns].end);
  ASSERT_NE(img, kNoNode);
  EXPECT_EQ(doc.Attr(img, "src"), "real.jpg");
  EXPECT_EQ(doc.Parent(img), ns);
}

TEST(ParseDomTest, DeepNestingIsIterative) {
  std::string html = "<body>";
  for (int i = 0; i < 100000; ++i) html += "<div>";
  html += "deep";
  Document doc;
  ParseHtml(html, &doc);
  // Gumbo caps the depth it builds; what matters is that building and walking never recurse.
  EXPECT_NE(doc.TextOf(doc.root()).find("deep"), std::string::npos);
}

}  // namespace
}  // namespace clearsource
