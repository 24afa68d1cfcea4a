// The XSS fixture corpus (tests/fixtures/xss: 100+ vectors from the OWASP filter-evasion families,
// each inside a realistic article) through the native core. For every vector:
//   - the sanitized content passes the independent allowlist oracle (tests/fuzz/content_oracle.h)
//     and holds no script-ish text fragments that could run if re-parsed;
//   - the article's own sentences that the page shows as text are still in the article.
// The same corpus runs through the wasm build (tests/wasm/security-xss.test.mjs) and through the
// real extension in Chromium (tests/e2e/xss-vectors.test.mjs).
#include <gtest/gtest.h>

#include <cctype>
#include <set>
#include <string>

#include "clearsource/extract.h"
#include "security_util.h"

namespace clearsource {
namespace {

using security::Vector;

class XssVectorTest : public ::testing::TestWithParam<Vector> {};

TEST(XssCorpusTest, HasAtLeastAHundredVectorsInEveryFamily) {
  auto vectors = security::LoadVectors();
  EXPECT_GE(vectors.size(), 100u);
  std::set<std::string> families, ids;
  for (const Vector& v : vectors) {
    families.insert(v.family);
    EXPECT_TRUE(ids.insert(v.id).second) << "duplicate id " << v.id;
    EXPECT_FALSE(v.html.empty()) << v.id;
  }
  for (const char* f :
       {"script", "handler", "url", "srcdoc", "base", "meta", "form", "svg", "mathml", "css",
        "object", "iframe", "mxss", "comment", "attribute", "unicode", "clobber"}) {
    EXPECT_TRUE(families.count(f)) << "no vector in family " << f;
  }
}

TEST_P(XssVectorTest, ContentIsSafeAndArticleTextSurvives) {
  const Vector& v = GetParam();
  std::string page = security::BuildPage(v);
  Result r = Extract(page, "https://northbay-herald.example/local/flood-barrier");
  ASSERT_TRUE(r.status.ok()) << r.status.message;
  for (const std::string& problem : oracle::CheckContent(r.content)) {
    ADD_FAILURE() << v.id << ": " << problem;
  }
  // Text and attribute values are escaped: none of the page's markup survives as markup (the
  // vectors' "onerror=" or "javascript:" may remain as harmless text, e.g. in an alt).
  for (const char* needle :
       {"<script", "<svg", "<iframe srcdoc", "<base", "<meta", "<form", "<style", "<object",
        "<embed", "<template", "<noscript", "<math><annotation-xml", "<img src=x", "<input",
        "<button", "<textarea", "<select", "<link"}) {
    EXPECT_EQ(r.content.find(needle), std::string::npos) << v.id << " content has " << needle;
  }
  std::string visible = security::VisibleText(page);
  std::string text = security::Collapse(r.text_content);
  for (const std::string& sentence : security::LegitSentences()) {
    if (visible.find(sentence) == std::string::npos) continue;  // the page hides it too
    EXPECT_NE(text.find(sentence), std::string::npos)
        << v.id << ": lost the article's \"" << sentence << "\"";
  }
}

INSTANTIATE_TEST_SUITE_P(Corpus, XssVectorTest, ::testing::ValuesIn(security::LoadVectors()),
                         [](const ::testing::TestParamInfo<Vector>& info) {
                           std::string name = info.param.id;
                           for (char& c : name) {
                             if (!isalnum(static_cast<unsigned char>(c))) c = '_';
                           }
                           return name;
                         });

}  // namespace
}  // namespace clearsource
