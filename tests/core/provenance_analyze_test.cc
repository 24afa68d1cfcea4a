// core/src/provenance/analyze.cc: the whole provenance stage on the fixtures in
// tests/fixtures/provenance/<case>/ (source.html + expect.json; see the README there).
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "clearsource/extract.h"
#include "provenance/analyze.h"
#include "provenance/fingerprint.h"
#include "util/json.h"

namespace clearsource {
namespace {

namespace fs = std::filesystem;

std::string ReadFile(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

fs::path FixtureDir() { return fs::path(CLEARSOURCE_FIXTURES_DIR) / "provenance"; }

std::vector<std::string> Cases() {
  std::vector<std::string> out;
  for (const auto& e : fs::directory_iterator(FixtureDir())) {
    if (e.is_directory() && fs::exists(e.path() / "expect.json"))
      out.push_back(e.path().filename().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}

struct Outcome {
  JsonValue result;
  const JsonValue* prov = nullptr;
};

Outcome RunCase(const std::string& name, JsonValue* expect) {
  fs::path dir = FixtureDir() / name;
  EXPECT_TRUE(ParseJson(ReadFile(dir / "expect.json"), expect)) << name;
  std::string html = ReadFile(dir / "source.html");
  const JsonValue* url = expect->Get("url");
  Outcome o;
  EXPECT_TRUE(ParseJson(ExtractToJson(html, url ? url->string : "", "{}"), &o.result));
  o.prov = o.result.Get("provenance");
  return o;
}

bool HasSignal(const JsonValue* prov, const std::string& id) {
  for (const JsonValue& s : prov->Get("signals")->array) {
    if (s.Get("id")->string == id) return true;
  }
  return false;
}

std::vector<std::string> Strings(const JsonValue* v) {
  std::vector<std::string> out;
  if (v && v->is_array()) {
    for (const JsonValue& e : v->array) out.push_back(e.string);
  }
  return out;
}

class ProvenanceFixtureTest : public ::testing::TestWithParam<std::string> {};

TEST_P(ProvenanceFixtureTest, MeetsExpectations) {
  JsonValue expect;
  Outcome o = RunCase(GetParam(), &expect);
  ASSERT_NE(o.prov, nullptr);
  ASSERT_TRUE(o.prov->is_object());
  const std::string verdict = o.prov->Get("verdict")->string;
  if (auto accepted = Strings(expect.Get("verdict_one_of")); !accepted.empty()) {
    EXPECT_NE(std::find(accepted.begin(), accepted.end(), verdict), accepted.end())
        << "verdict " << verdict;
  }
  if (const JsonValue* t = expect.Get("clean_title")) {
    EXPECT_EQ(o.prov->Get("cleanTitle")->string, t->string);
  }
  if (const JsonValue* pub = expect.Get("likely_original_publisher")) {
    const JsonValue* lo = o.prov->Get("likelyOriginal");
    if (pub->type == JsonValue::Type::kNull) {
      EXPECT_TRUE(lo->type == JsonValue::Type::kNull ||
                  lo->Get("publisher")->type == JsonValue::Type::kNull);
    } else {
      ASSERT_TRUE(lo->is_object());
      EXPECT_EQ(lo->Get("publisher")->string, pub->string);
      EXPECT_NE(lo->Get("searchQuery")->string.find(pub->string), std::string::npos);
    }
  }
  if (const JsonValue* url = expect.Get("likely_original_url")) {
    const JsonValue* lo = o.prov->Get("likelyOriginal");
    ASSERT_TRUE(lo->is_object());
    EXPECT_EQ(lo->Get("url")->string, url->string);
  }
  for (const std::string& id : Strings(expect.Get("signals_at_least"))) {
    EXPECT_TRUE(HasSignal(o.prov, id)) << "missing signal " << id;
  }
  for (const std::string& id : Strings(expect.Get("signals_none"))) {
    EXPECT_FALSE(HasSignal(o.prov, id)) << "unexpected signal " << id;
  }
  if (const JsonValue* phrase = expect.Get("injected_phrase")) {
    bool quoted = false;
    for (const JsonValue& s : o.prov->Get("signals")->array) {
      if (s.Get("id")->string != "keyword-injection") continue;
      for (const JsonValue& e : s.Get("evidence")->array) {
        quoted |= e.Get("text")->string.find(phrase->string) != std::string::npos;
      }
    }
    EXPECT_TRUE(quoted) << "injected phrase not quoted: " << phrase->string;
  }
  // Every signal carries the text that triggered it, and says where.
  for (const JsonValue& s : o.prov->Get("signals")->array) {
    ASSERT_FALSE(s.Get("evidence")->array.empty()) << s.Get("id")->string;
    for (const JsonValue& e : s.Get("evidence")->array) {
      EXPECT_FALSE(e.Get("text")->string.empty());
      EXPECT_FALSE(e.Get("where")->string.empty());
    }
  }
  const std::string text = o.result.Get("textContent")->string;
  for (const std::string& t : Strings(expect.Get("text_must_include"))) {
    EXPECT_NE(text.find(t), std::string::npos) << "text lacks: " << t;
  }
  for (const std::string& t : Strings(expect.Get("text_must_exclude"))) {
    EXPECT_EQ(text.find(t), std::string::npos) << "text has: " << t;
  }
}

INSTANTIATE_TEST_SUITE_P(Cases, ProvenanceFixtureTest, ::testing::ValuesIn(Cases()),
                         [](const ::testing::TestParamInfo<std::string>& i) {
                           std::string n = i.param;
                           for (char& c : n) c = (c == '-') ? '_' : c;
                           return n;
                         });

// The memory the extension keeps: the verbatim copy nobody credits is still the same article
// as the credited one, and not the same as another story.
TEST(ProvenanceAnalyzeTest, FingerprintsMatchCopiesNotOtherStories) {
  JsonValue e1, e2, e3;
  Outcome a = RunCase("verbatim-uncredited", &e1);
  Outcome b = RunCase("credited-farm", &e2);
  Outcome c = RunCase("original-news", &e3);
  auto fp = [](const Outcome& o) {
    JsonValue v = *o.prov->Get("fingerprint");
    Fingerprint f;
    std::string json = "{\"simhash\":\"" + v.Get("simhash")->string + "\",\"minhash\":\"" +
                       v.Get("minhash")->string + "\"}";
    EXPECT_TRUE(FingerprintFromJson(json, &f));
    return f;
  };
  EXPECT_TRUE(CompareFingerprints(fp(a), fp(b)).same_article);
  EXPECT_FALSE(CompareFingerprints(fp(a), fp(c)).same_article);
}

TEST(ProvenanceAnalyzeTest, ResultShape) {
  Result r = Extract("<html><head><title>Hi</title></head><body><p>Short.</p></body></html>",
                     "https://example.com/");
  JsonValue v;
  ASSERT_TRUE(ParseJson(r.provenance_json, &v));
  EXPECT_EQ(v.Get("verdict")->string, "unknown");  // no article to judge
  EXPECT_TRUE(v.Get("signals")->is_array());
  EXPECT_EQ(v.Get("fingerprint")->type, JsonValue::Type::kNull);
  EXPECT_NE(v.Get("score"), nullptr);
  EXPECT_NE(v.Get("likelyOriginal"), nullptr);
  EXPECT_NE(v.Get("cleanTitle"), nullptr);
  EXPECT_EQ(v.Get("host")->string, "example.com");
  EXPECT_EQ(v.Get("hostPublisher")->type, JsonValue::Type::kNull);
}

TEST(ProvenanceAnalyzeTest, HostIsThePublishersBehindAProxyAndNamesItsOutlet) {
  const std::string page =
      "<html><head><title>Flood</title></head><body><p>Short.</p></body></html>";
  JsonValue v;
  ASSERT_TRUE(
      ParseJson(Extract(page, "https://web.archive.org/web/2020/https://www.cbsnews.com/news/a/")
                    .provenance_json,
                &v));
  EXPECT_EQ(v.Get("host")->string, "www.cbsnews.com");
  EXPECT_EQ(v.Get("hostPublisher")->string, "CBS News");
  // A site presenting itself as an outlet in its head and title is not that outlet's domain.
  const std::string presenting =
      "<html><head><title>Flood - CBS News</title><meta property=\"og:site_name\" "
      "content=\"CBS News\"></head><body><p>Short.</p></body></html>";
  ASSERT_TRUE(
      ParseJson(Extract(presenting, "https://cbs-news-today.example/a").provenance_json, &v));
  EXPECT_EQ(v.Get("hostPublisher")->type, JsonValue::Type::kNull);
  ASSERT_TRUE(ParseJson(Extract(page, "").provenance_json, &v));
  EXPECT_EQ(v.Get("host")->type, JsonValue::Type::kNull);
}

}  // namespace
}  // namespace clearsource
