// Regression inputs found by fuzzing (tests/fixtures/crashes, see its README): each goes through
// Extract() with several option sets; the outcome must be a result or a documented error, with
// content the allowlist oracle accepts, in reasonable time. tests/wasm/security-crashes.test.mjs
// replays the same files through the wasm build.
#include <dirent.h>
#include <gtest/gtest.h>

#include <chrono>
#include <string>
#include <vector>

#include "clearsource/extract.h"
#include "security_util.h"

namespace clearsource {
namespace {

std::vector<std::string> CrashFiles() {
  std::vector<std::string> files;
  std::string dir = security::FixturesDir() + "/crashes";
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* e = readdir(d)) {
      std::string name = e->d_name;
      if (name.empty() || name[0] == '.' || name == "README.md") continue;
      files.push_back(name);
    }
    closedir(d);
  }
  return files;
}

TEST(SecurityCrashesTest, EveryFuzzFindingIsAResultOrADocumentedError) {
  std::vector<std::string> files = CrashFiles();
  ASSERT_FALSE(files.empty());
  for (const std::string& name : files) {
    std::string html = security::ReadFile(security::FixturesDir() + "/crashes/" + name);
    for (int variant = 0; variant < 4; ++variant) {
      Options options;
      options.want_html = variant != 1;
      options.want_provenance = variant != 2;
      if (variant == 3) options.char_threshold = 0;
      auto t0 = std::chrono::steady_clock::now();
      Result r = Extract(html, variant == 3 ? "" : "https://example.org/a/b", options);
      std::string json = ResultToJson(r);
      double ms =
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
      EXPECT_LT(ms, 10000) << name;
      if (!r.status.ok()) {
        std::string code = ErrorCodeName(r.status.code);
        EXPECT_TRUE(code == "empty-input" || code == "not-html" || code == "input-too-large")
            << name << ": " << code << " " << r.status.message;
        continue;
      }
      for (const std::string& problem : oracle::CheckContent(r.content)) {
        ADD_FAILURE() << name << ": " << problem;
      }
      EXPECT_EQ(json.rfind("{\"ok\":true", 0), 0u) << name;
    }
  }
}

}  // namespace
}  // namespace clearsource
