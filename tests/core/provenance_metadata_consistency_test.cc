// core/src/provenance/metadata_consistency.cc: the page's own facts disagreeing.
#include <gtest/gtest.h>

#include "provenance/metadata_consistency.h"
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

TEST(ProvenanceMetadataConsistencyTest, LangViOnTextWithoutVietnameseLetters) {
  const std::string portuguese =
      "<p>Nesta p\xC3\xA1gina voc\xC3\xAA ter\xC3\xA1 sempre a classifica\xC3\xA7\xC3\xA3o "
      "atualizada da "
      "categoria at\xC3\xA9 a \xC3\xBAltima corrida, com pilotos, pontos, vit\xC3\xB3rias e poles. "
      "Coloque "
      "nos seus favoritos e venha sempre conferir a classifica\xC3\xA7\xC3\xA3o completa do "
      "campeonato "
      "depois de cada etapa disputada neste ano.</p>";
  auto p = LoadPage(Html("vi", "", portuguese + portuguese), "https://www.example-farm.xyz/a");
  EXPECT_TRUE(Consistency(*p).lang_mismatch);
  // Vietnamese text under lang="vi" is consistent.
  const std::string vietnamese =
      "<p>Th\xC3\xA0nh ph\xE1\xBB\x91 \xC4\x91\xC3\xA3 m\xE1\xBB\x9F c\xE1\xBB\xAD"
      "a tr\xC6\xB0\xE1\xBB\x9Dng "
      "h\xE1\xBB\x8D"
      "c sau tr\xE1\xBA\xADn l\xC5\xA9 l\xE1\xBB\x9Bn nh\xE1\xBA\xA5t trong nhi\xE1\xBB\x81u "
      "n\xC4\x83m qua, v\xC3\xA0 ng\xC6\xB0\xE1\xBB\x9Di d\xC3\xA2n \xC4\x91\xC3\xA3 "
      "tr\xE1\xBB\x9F v\xE1\xBB\x81 "
      "nh\xC3\xA0 c\xE1\xBB\xA7"
      "a h\xE1\xBB\x8D sau nhi\xE1\xBB\x81u ng\xC3\xA0y s\xE1\xBB\x91ng trong c\xC3\xA1"
      "c "
      "tr\xE1\xBA\xA1i t\xE1\xBA\xA1m.</p>";
  auto ok = LoadPage(Html("vi", "", vietnamese + vietnamese), "https://www.baomoi-example.vn/a");
  EXPECT_FALSE(Consistency(*ok).lang_mismatch);
}

TEST(ProvenanceMetadataConsistencyTest, PageDateYearsAfterTheText) {
  auto p = LoadPage(
      Html("en", "<meta property=\"article:published_time\" content=\"2025-04-11T05:27:12Z\">",
           FloodStory() + "<p>The last flood of this size struck in 2019.</p>"),
      "https://www.example-farm.xyz/a");
  MetadataConsistencyResult r = Consistency(*p);
  EXPECT_TRUE(r.date_gap);
  EXPECT_EQ(r.date_gap_years, 6);
}

TEST(ProvenanceMetadataConsistencyTest, SourceLabelNamingNobody) {
  auto p = LoadPage(
      Html("en", "<meta property=\"og:site_name\" content=\"Golden Market Daily\">",
           "<div class=\"info\"><span class=\"source\">Poinbank Exchange View</span></div>" +
               FloodStory()),
      "https://www.goldenmarketdaily.com/a");
  MetadataConsistencyResult r = Consistency(*p);
  EXPECT_TRUE(r.source_label);
  EXPECT_EQ(r.signal->evidence[0].text, "Poinbank Exchange View");
  // The site's own name as source is fine.
  auto self =
      LoadPage(Html("en", "<meta property=\"og:site_name\" content=\"Golden Market Daily\">",
                    "<span class=\"source\">Golden Market Daily</span>" + FloodStory()),
               "https://www.goldenmarketdaily.com/a");
  EXPECT_FALSE(Consistency(*self).source_label);
  // An outlet the page credits by its address only (isBasedOn, canonical): an authorised
  // translation labelled with the magazine it translates.
  auto translated =
      LoadPage(Html("de",
                    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
                    "\"@type\":\"NewsArticle\",\"headline\":\"Flut\",\"isBasedOn\":"
                    "\"https://www.rivermonthly.org/river-floods/\"}</script>",
                    "<span class=\"content__source\">River Monthly</span>" + FloodStory()),
               "https://www.wissen-example.de/news/flut");
  EXPECT_FALSE(
      AnalyzeMetadataConsistency(*translated->ctx, AnalyzeAttribution(*translated->ctx), "")
          .source_label);
}

TEST(ProvenanceMetadataConsistencyTest, PageDatedYearsAfterTheCreditedCopyright) {
  // The text itself names a later year (a plan "for 2024"), so only the credit line dates it.
  std::string story = FloodStory() +
                      "<p>The council plans new defences for 2024.</p>"
                      "<p class=\"copyright\">Copyright 2019 Valley Wire. All rights reserved.</p>";
  auto p = LoadPage(
      Html("en", "<meta property=\"article:published_time\" content=\"2024-10-22T19:02:36Z\">",
           story),
      "https://www.example-farm.xyz/a");
  AttributionResult a = AnalyzeAttribution(*p->ctx);
  ASSERT_NE(a.claims.size(), 0u);
  MetadataConsistencyResult r = AnalyzeMetadataConsistency(*p->ctx, a, "");
  EXPECT_FALSE(r.date_gap);
  EXPECT_TRUE(r.credit_date_gap);
  EXPECT_TRUE(r.strong());
  // Syndication runs the same year.
  auto same = LoadPage(
      Html("en", "<meta property=\"article:published_time\" content=\"2019-11-20T07:00:00Z\">",
           story),
      "https://www.riverbendgazette.com/a");
  AttributionResult a2 = AnalyzeAttribution(*same->ctx);
  EXPECT_FALSE(AnalyzeMetadataConsistency(*same->ctx, a2, "").credit_date_gap);
}

TEST(ProvenanceMetadataConsistencyTest, PageDateFromAVisibleTimeStamp) {
  // No date in the head: the template's "Time: 2023/10/10 22:46" stamp dates the page.
  auto p = LoadPage(Html("en", "",
                         "<p>Time: 2023/10/10 22:46 Views: 16181</p>" + FloodStory() +
                             "<p>The last flood of this size struck in 2019.</p>"),
                    "https://www.example-farm.xyz/a");
  MetadataConsistencyResult r = Consistency(*p);
  EXPECT_TRUE(r.date_gap);
  EXPECT_EQ(r.date_gap_years, 4);
}

TEST(ProvenanceMetadataConsistencyTest, HeadCopiedFromTheCreditedOutlet) {
  // og:site_name says the page *is* the outlet it credits; the logo and footer say otherwise.
  auto page = [](const std::string& site_name, const std::string& credit) {
    return "<!doctype html><html lang=\"en\"><head><title>River floods old town - Pacific Capital "
           "Digest</title>"
           "<meta property=\"og:site_name\" content=\"" +
           site_name +
           "\"></head><body>"
           "<header><a href=\"/\">Pacific Capital Digest</a></header><div id=\"story\">" +
           FloodStory() + credit +
           "</div><footer><p>\xC2\xA9 2025 Pacific Capital Digest</p></footer></body></html>";
  };
  auto copy =
      LoadPage(page("The Guardian", "<p>This article originally appeared on the Guardian.</p>"),
               "https://www.pacificcapitaldigest.co.uk/amp/river-floods.html");
  EXPECT_TRUE(copy->ctx->identity_known);
  AttributionResult a = AnalyzeAttribution(*copy->ctx);
  MetadataConsistencyResult r = AnalyzeMetadataConsistency(*copy->ctx, a, "");
  EXPECT_TRUE(r.copied_head);
  EXPECT_TRUE(r.strong());
  // A partner names itself in its head and credits the original in the text.
  auto partner = LoadPage(
      page("Pacific Capital Digest", "<p>This article originally appeared on the Guardian.</p>"),
      "https://www.pacificcapitaldigest.co.uk/amp/river-floods.html");
  AttributionResult a2 = AnalyzeAttribution(*partner->ctx);
  EXPECT_FALSE(AnalyzeMetadataConsistency(*partner->ctx, a2, "").copied_head);
  // The head naming the outlet while the page credits it nowhere: the text is passed off as the
  // site's own, the original's head still on it.
  auto head_only = LoadPage(page("The Guardian", ""),
                            "https://www.pacificcapitaldigest.co.uk/amp/river-floods.html");
  AttributionResult a3 = AnalyzeAttribution(*head_only->ctx);
  MetadataConsistencyResult r3 = AnalyzeMetadataConsistency(*head_only->ctx, a3, "");
  EXPECT_TRUE(r3.copied_head);
  ASSERT_TRUE(r3.signal);
  EXPECT_NE(r3.signal->message.find("credits it nowhere"), std::string::npos);
  // ...unless it points its canonical link at the outlet: a partner's mark.
  auto canonical = LoadPage(
      "<!doctype html><html lang=\"en\"><head><title>River floods old town - Pacific Capital "
      "Digest</title>"
      "<meta property=\"og:site_name\" content=\"The Guardian\">"
      "<link rel=\"canonical\" "
      "href=\"https://www.theguardian.com/world/river-floods\"></head><body>"
      "<header><a href=\"/\">Pacific Capital Digest</a></header><div id=\"story\">" +
          FloodStory() +
          "</div><footer><p>\xC2\xA9 2025 Pacific Capital Digest</p></footer></body></html>",
      "https://www.pacificcapitaldigest.co.uk/amp/river-floods.html");
  AttributionResult a4 = AnalyzeAttribution(*canonical->ctx);
  EXPECT_FALSE(AnalyzeMetadataConsistency(*canonical->ctx, a4, "").copied_head);
}

TEST(ProvenanceMetadataConsistencyTest, ACloneOfAnOutletsPage) {
  // An unknown host presenting itself as a table outlet (title suffix and og:site_name), its
  // canonical link on the outlet's own domain: a clone (a rewriting mirror, a look-alike
  // domain), not the outlet's other domain.
  auto page = [](const std::string& canonical) {
    return "<!doctype html><html lang=\"en\"><head><title>River floods old town - BBC "
           "News</title><meta property=\"og:site_name\" content=\"BBC News\">"
           "<link rel=\"canonical\" href=\"" +
           canonical +
           "\"></head><body><header><a href=\"/\">BBC News</a></header><div id=\"story\">" +
           FloodStory() + "</div></body></html>";
  };
  auto clone = LoadPage(page("https://www.bbc.com/news/uk-1"),
                        "https://www.bbcnews-uk-example.live/news/uk-1");
  EXPECT_FALSE(clone->ctx->presented);
  ASSERT_NE(clone->ctx->impersonated, nullptr);
  EXPECT_EQ(clone->ctx->impersonated->name, "BBC News");
  AttributionResult a = AnalyzeAttribution(*clone->ctx);
  MetadataConsistencyResult r = AnalyzeMetadataConsistency(*clone->ctx, a, "");
  EXPECT_TRUE(r.impersonation);
  EXPECT_TRUE(r.strong());
  ASSERT_TRUE(r.signal);
  EXPECT_NE(r.signal->message.find("presents itself as BBC News"), std::string::npos);
  // A look-alike with its own canonical link, whose JSON-LD still gives the outlet's address.
  auto ld = LoadPage(
      "<!doctype html><html lang=\"en\"><head><title>River floods old town - BBC News</title>"
      "<meta property=\"og:site_name\" content=\"BBC News\"><link rel=\"canonical\" "
      "href=\"https://www.bbcnews-uk-example.live/news/uk-1\"><script type=\"application/ld+json\">"
      "{\"@type\":\"NewsArticle\",\"@id\":\"https://www.bbc.com/news/uk-1\",\"headline\":"
      "\"River floods old town\"}</script></head><body><div id=\"story\">" +
          FloodStory() + "</div></body></html>",
      "https://www.bbcnews-uk-example.live/news/uk-1");
  ASSERT_NE(ld->ctx->impersonated, nullptr);
  AttributionResult a3 = AnalyzeAttribution(*ld->ctx);
  MetadataConsistencyResult r3 = AnalyzeMetadataConsistency(*ld->ctx, a3, "");
  ASSERT_TRUE(r3.signal);
  ASSERT_GE(r3.signal->evidence.size(), 2u);
  EXPECT_EQ(r3.signal->evidence[1].where, "jsonld:url");
  // A look-alike of the outlet's domain (its label joined to another word by a hyphen) is a
  // clone whatever its canonical link says, and the outlet it imitates is named.
  auto look_alike = LoadPage(page("https://www.bbc-newsday.co.uk/news/uk-1"),
                             "https://www.bbc-newsday.co.uk/news/uk-1");
  ASSERT_NE(look_alike->ctx->impersonated, nullptr);
  EXPECT_TRUE(look_alike->ctx->look_alike);
  AttributionResult a4 = AnalyzeAttribution(*look_alike->ctx);
  EXPECT_EQ(a4.publisher, "BBC News");
  MetadataConsistencyResult r4 = AnalyzeMetadataConsistency(*look_alike->ctx, a4, "");
  EXPECT_TRUE(r4.impersonation);
  EXPECT_FALSE(r4.copied_head);
  ASSERT_TRUE(r4.signal);
  EXPECT_NE(r4.signal->message.find("look-alike"), std::string::npos);
  // The same presentation with the canonical link at itself: the outlet's other domain (tables
  // lag behind domain moves), taken as the outlet.
  auto moved = LoadPage(page("https://www.bbcnews-uk-example.live/news/uk-1"),
                        "https://www.bbcnews-uk-example.live/news/uk-1");
  EXPECT_TRUE(moved->ctx->presented);
  EXPECT_EQ(moved->ctx->impersonated, nullptr);
  AttributionResult a2 = AnalyzeAttribution(*moved->ctx);
  EXPECT_FALSE(AnalyzeMetadataConsistency(*moved->ctx, a2, "").impersonation);
}

TEST(ProvenanceMetadataConsistencyTest, ABrandsEditionOnItsOwnDomain) {
  // wired.it names itself "Wired" in og:site_name and "Wired Italia" in its title: the brand's
  // edition under another suffix of wired.com's label, taken as the outlet (not a copied head).
  auto page = [](const std::string& title_suffix) {
    return "<!doctype html><html lang=\"it\"><head><title>Il fiume allaga il centro | " +
           title_suffix +
           "</title><meta property=\"og:site_name\" content=\"Wired\"></head><body><header><a "
           "href=\"/\">WIRED</a> Italia</header><div id=\"story\">" +
           FloodStory() + "</div></body></html>";
  };
  auto edition = LoadPage(page("Wired Italia"), "https://www.wired.it/scienza/2019/11/18/fiume/");
  EXPECT_TRUE(edition->ctx->presented);
  ASSERT_NE(edition->ctx->host_publisher, nullptr);
  EXPECT_EQ(edition->ctx->host_publisher->name, "Wired");
  AttributionResult a = AnalyzeAttribution(*edition->ctx);
  EXPECT_FALSE(AnalyzeMetadataConsistency(*edition->ctx, a, "").copied_head);
  // The same head on another label is no edition, and a title showing another name is a farm
  // keeping the original's head.
  auto other = LoadPage(page("Wired Italia"), "https://www.wiredfeed.it/scienza/fiume/");
  EXPECT_FALSE(other->ctx->presented);
  auto farm = LoadPage(page("Notizie Oggi"), "https://www.wired.it/scienza/2019/11/18/fiume/");
  EXPECT_FALSE(farm->ctx->presented);
}

TEST(ProvenanceMetadataConsistencyTest, ALicensedEditionNamesTheOutletInItsHead) {
  // A digital newsstand's JSON-LD names the newspaper as publisher; its licence line says the
  // site distributes it. That head is the licensed edition's, not a copied one.
  auto p = LoadPage(
      "<!doctype html><html lang=\"en\"><head><title>River floods old town - PressReader</title>"
      "<meta property=\"og:site_name\" content=\"PressReader\">"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"River "
      "floods old town\",\"publisher\":{\"@type\":\"Organization\",\"name\":\"Houston "
      "Chronicle\"}}</script></head><body><header><a href=\"/\">PressReader</a></header>"
      "<div id=\"story\">" +
          FloodStory() +
          "<p>Houston Chronicle &mdash; Copyright &copy; 2019 Hearst Newspapers, LLC. Printed and "
          "distributed by PressReader.</p></div></body></html>",
      "https://www.pressreader.com/usa/houston-chronicle/20191120/281887299950226");
  AttributionResult a = AnalyzeAttribution(*p->ctx);
  EXPECT_FALSE(AnalyzeMetadataConsistency(*p->ctx, a, "").copied_head);
}

}  // namespace
}  // namespace clearsource
