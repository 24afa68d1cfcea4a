// Runs every fixture page (tests/fixtures/pages/<case>/: source.html + expect.json) through the
// native core. tests/wasm/fixtures.test.mjs runs the same folders through the wasm build; the
// expect.json schema is in tests/fixtures/pages/README.md. Pages stored in a legacy encoding
// ("encoding" in expect.json) are decoded with iconv here, as the JS wrapper decodes them there.
#include <gtest/gtest.h>
#include <iconv.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "clearsource/extract.h"
#include "util/json.h"

namespace clearsource {
namespace {

namespace fs = std::filesystem;

fs::path PagesDir() { return fs::path(CLEARSOURCE_FIXTURES_DIR) / "pages"; }

std::string ReadFile(const fs::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::ostringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

bool ToUtf8(const std::string& bytes, const std::string& encoding, std::string* out) {
  iconv_t cd = iconv_open("UTF-8", encoding.c_str());
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  std::string in = bytes;
  out->assign(in.size() * 4 + 16, '\0');
  char* src = in.data();
  size_t src_left = in.size();
  char* dst = out->data();
  size_t dst_left = out->size();
  size_t rc = iconv(cd, &src, &src_left, &dst, &dst_left);
  iconv_close(cd);
  if (rc == static_cast<size_t>(-1)) return false;
  out->resize(out->size() - dst_left);
  return true;
}

std::vector<std::string> Cases() {
  std::vector<std::string> out;
  if (!fs::exists(PagesDir())) return out;
  for (const auto& e : fs::directory_iterator(PagesDir())) {
    if (e.is_directory() && fs::exists(e.path() / "expect.json")) {
      out.push_back(e.path().filename().string());
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> Strings(const JsonValue& expect, const char* key) {
  std::vector<std::string> out;
  if (const JsonValue* v = expect.Get(key); v && v->is_array()) {
    for (const JsonValue& s : v->array) {
      if (s.is_string()) out.push_back(s.string);
    }
  }
  return out;
}

const std::optional<std::string>* MetaField(const Result& r, const std::string& key) {
  if (key == "title") return &r.title;
  if (key == "byline") return &r.byline;
  if (key == "publishedTime") return &r.published_time;
  if (key == "lang") return &r.lang;
  if (key == "dir") return &r.dir;
  if (key == "siteName") return &r.site_name;
  if (key == "excerpt") return &r.excerpt;
  if (key == "leadImage") return &r.lead_image;
  return nullptr;
}

class FixtureTest : public testing::TestWithParam<std::string> {};

TEST_P(FixtureTest, MatchesExpectations) {
  fs::path dir = PagesDir() / GetParam();
  JsonValue expect;
  std::string error;
  ASSERT_TRUE(ParseJson(ReadFile(dir / "expect.json"), &expect, &error)) << error;
  std::string html = ReadFile(dir / "source.html");
  if (const JsonValue* enc = expect.Get("encoding"); enc && enc->is_string()) {
    std::string utf8;
    ASSERT_TRUE(ToUtf8(html, enc->string, &utf8)) << "cannot decode " << enc->string;
    html = utf8;
  }
  std::string url;
  if (const JsonValue* u = expect.Get("url"); u && u->is_string()) url = u->string;

  Result r = Extract(html, url);
  ASSERT_TRUE(r.status.ok()) << r.status.message;
  for (const std::string& s : Strings(expect, "must")) {
    EXPECT_NE(r.text_content.find(s), std::string::npos) << "text lacks: " << s;
  }
  for (const std::string& s : Strings(expect, "mustNot")) {
    EXPECT_EQ(r.text_content.find(s), std::string::npos) << "text has: " << s;
  }
  for (const std::string& s : Strings(expect, "htmlMust")) {
    EXPECT_NE(r.content.find(s), std::string::npos) << "html lacks: " << s;
  }
  for (const std::string& s : Strings(expect, "htmlMustNot")) {
    EXPECT_EQ(r.content.find(s), std::string::npos) << "html has: " << s;
  }
  if (const JsonValue* meta = expect.Get("meta"); meta && meta->is_object()) {
    for (const auto& [key, want] : meta->object) {
      const std::optional<std::string>* got = MetaField(r, key);
      ASSERT_NE(got, nullptr) << "unknown meta key " << key;
      if (want.type == JsonValue::Type::kNull) {
        EXPECT_FALSE(got->has_value()) << key << " should be null, is " << got->value_or("");
      } else {
        EXPECT_EQ(got->value_or("<null>"), want.string) << key;
      }
    }
  }
  if (const JsonValue* rd = expect.Get("readerable"); rd && rd->type == JsonValue::Type::kBool) {
    EXPECT_EQ(r.readerable, rd->boolean);
  }
}

INSTANTIATE_TEST_SUITE_P(Pages, FixtureTest, testing::ValuesIn(Cases()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string name = info.param;
                           std::replace(name.begin(), name.end(), '-', '_');
                           return name;
                         });

TEST(FixtureFolderTest, HasTheRequiredCases) { EXPECT_GE(Cases().size(), 16u); }

}  // namespace
}  // namespace clearsource
