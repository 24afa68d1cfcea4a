// core/src/provenance/domains.cc: registrable domains by the Public Suffix List compiled in from
// Debian's publicsuffix package.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "provenance/domains.h"
#include "provenance/tables.h"

namespace clearsource {
namespace {

TEST(ProvenanceDomainsTest, TableIsGeneratedFromTheListAndSorted) {
  // The full list, ICANN and private sections.
  EXPECT_GT(kPsl_normalCount + kPsl_wildcardCount + kPsl_exceptionCount, 5000u);
  EXPECT_GT(kPsl_wildcardCount, 0u);
  EXPECT_GT(kPsl_exceptionCount, 0u);
  // The build sorts each kind in byte order: the generated file is stable and diffs read well.
  // &table[0]: a pair of the incomplete array type itself does not compile with clang (ASan).
  for (auto [rules, n] : {std::pair{&kPsl_normal[0], kPsl_normalCount},
                          std::pair{&kPsl_wildcard[0], kPsl_wildcardCount},
                          std::pair{&kPsl_exception[0], kPsl_exceptionCount}}) {
    for (unsigned i = 1; i < n; ++i) {
      ASSERT_LT(std::string_view(rules[i - 1]), std::string_view(rules[i])) << rules[i];
    }
  }
}

TEST(ProvenanceDomainsTest, PlainAndMultiLabelSuffixes) {
  EXPECT_EQ(RegistrableDomain("www.cbsnews.com"), "cbsnews.com");
  EXPECT_EQ(RegistrableDomain("cbsnews.com"), "cbsnews.com");
  EXPECT_EQ(RegistrableDomain("news.bbc.co.uk"), "bbc.co.uk");
  EXPECT_EQ(RegistrableDomain("www.smh.com.au"), "smh.com.au");
  EXPECT_EQ(RegistrableDomain("a1.farm-example.com.sg"), "farm-example.com.sg");
  EXPECT_EQ(PublicSuffix("news.bbc.co.uk"), "co.uk");
  EXPECT_EQ(PublicSuffix("www.profoundwealthinsights.com"), "com");
}

TEST(ProvenanceDomainsTest, AnAddressWithAPathBeyondTheFrontPage) {
  EXPECT_TRUE(AddressHasPath("https://www.cbsnews.com/news/river-floods/"));
  EXPECT_TRUE(AddressHasPath("//www.cbsnews.com/news"));
  EXPECT_FALSE(AddressHasPath("https://www.cbsnews.com/"));
  EXPECT_FALSE(AddressHasPath("https://www.cbsnews.com"));
}

TEST(ProvenanceDomainsTest, CaseTrailingDotAndUnknownTld) {
  EXPECT_EQ(RegistrableDomain("WWW.Example.COM."), "example.com");
  // Not in the list: the implicit "*" rule makes the last label the suffix.
  EXPECT_EQ(RegistrableDomain("www.example.notarealtld"), "example.notarealtld");
}

TEST(ProvenanceDomainsTest, PublicSuffixItselfHasNoRegistrableDomain) {
  EXPECT_EQ(RegistrableDomain("co.uk"), "");
  EXPECT_EQ(RegistrableDomain("com"), "");
  EXPECT_EQ(RegistrableDomain(""), "");
}

TEST(ProvenanceDomainsTest, WildcardAndExceptionRules) {
  // "*.ck" with the exception "!www.ck".
  EXPECT_EQ(RegistrableDomain("a.b.foo.ck"), "b.foo.ck");
  EXPECT_EQ(RegistrableDomain("www.ck"), "www.ck");
  EXPECT_EQ(RegistrableDomain("sub.www.ck"), "www.ck");
}

TEST(ProvenanceDomainsTest, PrivateSectionCountsToo) {
  // blogspot.com and github.io are public suffixes in the PRIVATE section.
  EXPECT_EQ(RegistrableDomain("someone.blogspot.com"), "someone.blogspot.com");
  EXPECT_EQ(RegistrableDomain("user.github.io"), "user.github.io");
}

TEST(ProvenanceDomainsTest, IpLiteralsStayWhole) {
  EXPECT_EQ(RegistrableDomain("192.168.0.1"), "192.168.0.1");
  EXPECT_EQ(RegistrableDomain("[::1]"), "[::1]");
}

TEST(ProvenanceDomainsTest, PunycodeLabelsMatchUnicodeRules) {
  std::string out;
  ASSERT_TRUE(DecodePunycode("55qx5d", &out));  // 公司
  EXPECT_EQ(out, "\xE5\x85\xAC\xE5\x8F\xB8");
  EXPECT_TRUE(DecodePunycode("bcher-kva", &out));
  EXPECT_EQ(out,
            "b\xC3\xBC"
            "cher");
  EXPECT_FALSE(DecodePunycode("99999999999999", &out));
  // 公司.cn is a public suffix: the registrable domain keeps the host's own spelling.
  EXPECT_EQ(RegistrableDomain("www.example.xn--55qx5d.cn"), "example.xn--55qx5d.cn");
  EXPECT_EQ(RegistrableDomain("www.example.\xE5\x85\xAC\xE5\x8F\xB8.cn"),
            "example.\xE5\x85\xAC\xE5\x8F\xB8.cn");
}

TEST(ProvenanceDomainsTest, HostsOfOneSiteShareTheRegistrableDomain) {
  EXPECT_EQ(RegistrableDomain("edition.cnn.com"), RegistrableDomain("www.cnn.com"));
  EXPECT_NE(RegistrableDomain("cnn.com"), RegistrableDomain("cnn.co.uk"));
  EXPECT_NE(RegistrableDomain("a.blogspot.com"), RegistrableDomain("b.blogspot.com"));
  EXPECT_EQ(RegistrableDomain(""), "");
}

TEST(ProvenanceDomainsTest, RepeatedHostsGetTheSameAnswer) {
  // Answers are remembered per host (64 slots): many hosts asked for again, in another order,
  // still get their own registrable domain, never a neighbour's.
  std::vector<std::pair<std::string, std::string>> first;
  for (int i = 0; i < 300; ++i) {
    std::string host = "www.site" + std::to_string(i) + (i % 3 == 0 ? ".co.uk" : ".com");
    first.emplace_back(host, RegistrableDomain(host));
  }
  for (auto it = first.rbegin(); it != first.rend(); ++it) {
    EXPECT_EQ(RegistrableDomain(it->first), it->second);
    EXPECT_EQ(it->second, it->first.substr(4));
  }
  EXPECT_EQ(RegistrableDomain("a.blogspot.com"), "a.blogspot.com");
  EXPECT_EQ(RegistrableDomain("blogspot.com"), "");
  EXPECT_EQ(RegistrableDomain("a.blogspot.com"), "a.blogspot.com");
}

TEST(ProvenanceDomainsTest, NameSpellsDomain) {
  EXPECT_TRUE(NameSpellsDomain("Profound Wealth Insights", "profoundwealthinsights.com"));
  EXPECT_TRUE(NameSpellsDomain("The Hill", "thehill.com"));
  EXPECT_TRUE(NameSpellsDomain("Washington Post", "thewashingtonpost.com"));
  EXPECT_TRUE(NameSpellsDomain("CBSNews.com", "cbsnews.com"));
  EXPECT_FALSE(NameSpellsDomain("CBS News", "profoundwealthinsights.com"));
  EXPECT_FALSE(NameSpellsDomain("AP", "ap.org"));  // too short to say anything
  // Hyphens, initials, dropped words and appended digits, as sites really register them.
  EXPECT_TRUE(NameSpellsDomain("Profound Wealth Insights", "profound-wealth-insights.net"));
  EXPECT_TRUE(NameSpellsDomain("Profound Wealth Insights", "pwinsights.com"));
  EXPECT_TRUE(NameSpellsDomain("Profound Wealth Insights", "wealthinsights123.xyz"));
  EXPECT_TRUE(NameSpellsDomain("Profound Wealth Insights", "profoundwealth.info"));
  EXPECT_TRUE(NameSpellsDomain("The New York Times", "nytimes.com"));
  EXPECT_TRUE(NameSpellsDomain("New York Times", "nyt.com"));
  EXPECT_FALSE(NameSpellsDomain("CBS News", "news.com"));  // one word is not a spelling
  EXPECT_FALSE(NameSpellsDomain("Profound Wealth Insights", "insights.com"));
}

TEST(ProvenanceDomainsTest, PublisherHostBehindCachesAndProxies) {
  EXPECT_EQ(
      PublisherHost("www-cbsnews-com.cdn.ampproject.org", "/c/s/www.cbsnews.com/amp/news/flood/"),
      "www.cbsnews.com");
  EXPECT_EQ(PublisherHost("www-example-com.cdn.ampproject.org", "/v/www.example.com/a.html"),
            "www.example.com");
  EXPECT_EQ(PublisherHost("www.google.com", "/amp/s/www.theguardian.com/world/2024/flood"),
            "www.theguardian.com");
  EXPECT_EQ(PublisherHost("www-my--paper-co-uk.translate.goog", "/news/a"), "www.my-paper.co.uk");
  EXPECT_EQ(
      PublisherHost("web.archive.org", "/web/20200101000000/https://www.cbsnews.com/news/flood/"),
      "www.cbsnews.com");
  EXPECT_EQ(PublisherHost("web.archive.org", "/web/20200101000000id_/http://WWW.Example.com:80/a"),
            "www.example.com");
  EXPECT_EQ(PublisherHost("web.archive.org", "/web/2020/www.example.org/a"), "www.example.org");
  EXPECT_EQ(
      PublisherHost("wayback.archive-it.org", "/1234/20200101000000/https://www.example.org/a"),
      "www.example.org");
  EXPECT_TRUE(IsProxyHost("web.archive.org"));
  EXPECT_TRUE(IsProxyHost("www-cbsnews-com.cdn.ampproject.org"));
  EXPECT_FALSE(IsProxyHost("www.cbsnews.com"));
  // Anything else is the host itself.
  EXPECT_EQ(PublisherHost("WWW.Example.com", "/c/s/www.cbsnews.com/"), "www.example.com");
  EXPECT_EQ(PublisherHost("www.google.com", "/search"), "www.google.com");
  EXPECT_EQ(PublisherHost("cdn.ampproject.org", "/c/s/www.cbsnews.com/"), "cdn.ampproject.org");
  // The archive's own pages (its calendar, its search) are the archive's.
  EXPECT_EQ(PublisherHost("web.archive.org", "/web/"), "web.archive.org");
  EXPECT_EQ(PublisherHost("web.archive.org", "/details/texts"), "web.archive.org");
}

}  // namespace
}  // namespace clearsource
