// Limits with clear outcomes: hostile shapes (100,000-deep nesting, sibling floods, formatting
// clone bombs, <frameset> teardown), bad bytes, the size cap and the time budget. Each returns a
// result or a documented error, never a crash, a stack overflow or a hang.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "clearsource/extract.h"
#include "parse/limits.h"
#include "security_util.h"

namespace clearsource {
namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

std::string Repeat(const std::string& s, int n) {
  std::string out;
  out.reserve(s.size() * n);
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

struct Timed {
  Result result;
  double ms;
};

Timed RunShape(const std::string& html, Options options = {}) {
  options.time_budget_ms = 0;  // the shapes must be cheap on their own, not cut by the budget
  auto t0 = std::chrono::steady_clock::now();
  Result r = Extract(html, "https://example.org/deep", options);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  return {std::move(r), ms};
}

// Generous: native runs take tens of milliseconds; sanitizer builds are ~20x slower.
double Limit(double native_ms) { return kSanitized ? native_ms * 25 : native_ms; }

TEST(SecurityLimitsTest, HundredThousandDeepNestingOfEveryKind) {
  const int kDepth = 100000;
  for (const char* open : {"<div>", "<span>", "<b>", "<a href=x>", "<ul><li>", "<table><tr><td>",
                           "<blockquote>", "<font id=1>", "<svg><g>", "<math><mrow>", "<p><b>",
                           "<select><option>", "<template>", "<div><frameset>"}) {
    std::string html = "<html><body>" + Repeat(open, kDepth) + "deep text";
    Timed t = RunShape(html);
    ASSERT_TRUE(t.result.status.ok()) << open << ": " << t.result.status.message;
    EXPECT_FALSE(t.result.partial) << open;
    EXPECT_LT(t.ms, Limit(3000)) << open;
  }
}

TEST(SecurityLimitsTest, DeepNestingKeepsTheText) {
  std::string html = "<html><body><article>" + Repeat("<div>", 100000) +
                     "<p>The text at the bottom of a very deep page is still the article.</p>" +
                     Repeat("</div>", 100000) + "<p>And the text after it too.</p></article>";
  Timed t = RunShape(html);
  ASSERT_TRUE(t.result.status.ok());
  EXPECT_NE(t.result.text_content.find("still the article"), std::string::npos);
  EXPECT_NE(t.result.text_content.find("after it too"), std::string::npos);
}

TEST(SecurityLimitsTest, SiblingFloods) {
  for (const char* item : {"<p>x</p>", "<br>", "<span>a</span>", "<li>b", "<td>c", "<!--c-->"}) {
    std::string html = "<html><body><article>" + Repeat(item, kSanitized ? 50000 : 300000);
    Timed t = RunShape(html);
    EXPECT_TRUE(t.result.status.ok()) << item;
    EXPECT_LT(t.ms, Limit(5000)) << item;
  }
}

TEST(SecurityLimitsTest, FormattingCloneBombIsCutByTheMemoryBudget) {
  // Each </p> leaves one more <b> to reconstruct: quadratic nodes (53 KB -> 1.7 GB in gumbo).
  std::string html = "<html><body>";
  for (int k = 0; k < (kSanitized ? 8000 : 20000); ++k) {
    html += "<p><b id=" + std::to_string(k) + ">x</p>";
  }
  Timed t = RunShape(html);
  ASSERT_TRUE(t.result.status.ok());
  EXPECT_TRUE(t.result.partial);
  EXPECT_EQ(t.result.partial_reason, "memory-budget");
  EXPECT_LT(t.ms, Limit(3000));
  std::string json = ResultToJson(t.result);
  EXPECT_NE(json.find("\"partial\":true,\"partialReason\":\"memory-budget\""), std::string::npos);
}

TEST(SecurityLimitsTest, AdoptionAgencyAndTableShapes) {
  for (const std::string& unit :
       {std::string("<a><b><i><p>"), std::string("<b><p>"), std::string("<a><div>"),
        std::string("<table><b>"), std::string("<td><table>"), std::string("<b><table><td></b>")}) {
    Timed t = RunShape("<html><body>" + Repeat(unit, 20000));
    EXPECT_TRUE(t.result.status.ok()) << unit;
    EXPECT_LT(t.ms, Limit(3000)) << unit;
  }
}

TEST(SecurityLimitsTest, AttributeFloods) {
  // Repeated valueless attributes (gumbo, past its error limit, glued them into ever longer
  // names: 4 MB took 23 s) and thousands of distinct ones (its duplicate check is quadratic).
  std::string repeated =
      "<html><body><article><div " + Repeat("a b ", kSanitized ? 100000 : 1000000) + ">x</div>";
  std::string distinct = "<html><body><article><div";
  for (int i = 0; i < (kSanitized ? 20000 : 200000); ++i) distinct += " a" + std::to_string(i);
  distinct += ">x</div>";
  for (const std::string* html : {&repeated, &distinct}) {
    Timed t = RunShape(*html);
    ASSERT_TRUE(t.result.status.ok());
    EXPECT_FALSE(t.result.partial);
    EXPECT_LT(t.ms, Limit(2000));
  }
  // A repeated valueless attribute no longer swallows the next attribute's name.
  Timed link = RunShape(
      "<html><body><article><p>The council published the plan, which <a download download "
      "href=\"https://example.org/plan.pdf\">you can read here</a>, after a long delay that "
      "residents had complained about for months.</p></article>");
  EXPECT_NE(link.result.content.find("href=\"https://example.org/plan.pdf\""), std::string::npos)
      << link.result.content;
  std::string out;
  NestingReport report;
  ASSERT_TRUE(CapNesting("<p a b a b c=1 c=2>x</p>", 512, &out, &report));
  EXPECT_EQ(out, "<p a b   c=1 c=2>x</p>");
  EXPECT_EQ(report.dropped_attributes, 2u);
}

TEST(SecurityLimitsTest, BadBytesGetResultsOrDocumentedErrors) {
  EXPECT_EQ(RunShape("").result.status.code, ErrorCode::kEmptyInput);
  EXPECT_EQ(RunShape(" \n\t\r ").result.status.code, ErrorCode::kEmptyInput);
  EXPECT_EQ(RunShape(std::string(5000, '\0')).result.status.code, ErrorCode::kNotHtml);
  std::string binary;
  for (int i = 0; i < 8192; ++i) binary.push_back(static_cast<char>((i * 7919) & 0xFF));
  ErrorCode code = RunShape(binary).result.status.code;
  EXPECT_TRUE(code == ErrorCode::kNotHtml || code == ErrorCode::kOk) << ErrorCodeName(code);
  std::string invalid = "<html><body><p>caf\xc3 \xed\xa0\x80 \xf8\x88\x80\x80\x80 \xc0\xaf end</p>";
  Timed t = RunShape(invalid);
  ASSERT_TRUE(t.result.status.ok());
  EXPECT_NE(t.result.text_content.find("end"), std::string::npos);
  EXPECT_TRUE(oracle::CheckContent(t.result.content).empty());
  // A few NUL bytes in a page are parse errors, not binary data (over 1% of the first 4 KB is).
  std::string nul = "<html><body><p>Text with a NUL " + std::string(1, '\0') + " inside it.</p>" +
                    std::string(1, '\0') + "<p>And more text after the second one.</p>" +
                    Repeat("<p>Padding paragraph so the page is not mostly NULs.</p>", 10);
  Timed with_nul = RunShape(nul);
  ASSERT_TRUE(with_nul.result.status.ok());
  EXPECT_EQ(with_nul.result.content.find('\0'), std::string::npos);
  EXPECT_EQ(RunShape("<p>" + std::string(200, '\0')).result.status.code, ErrorCode::kNotHtml);
}

TEST(SecurityLimitsTest, SizeCapAcceptsTwentyMegabytes) {
  EXPECT_GE(Options{}.max_input_bytes, 20u * 1000 * 1000);
  Options small;
  small.max_input_bytes = 1000;
  EXPECT_EQ(RunShape(std::string(1001, 'a') + "<p>", small).result.status.code,
            ErrorCode::kInputTooLarge);
  if (kSanitized) GTEST_SKIP() << "20 MB under ASan is slow; covered by the native run";
  std::string para =
      "<p>Flood defences along the estuary were raised again this spring, officials "
      "said, after a winter of storms that tested every gate and pump.</p>\n";
  std::string html = "<html><body><article>" + Repeat(para, 21 * 1000 * 1000 / para.size()) +
                     "</article></body></html>";
  ASSERT_GT(html.size(), 20u * 1000 * 1000);
  Timed t = RunShape(html);
  ASSERT_TRUE(t.result.status.ok()) << t.result.status.message;
  EXPECT_FALSE(t.result.partial);
  EXPECT_GT(t.result.length, 10u * 1000 * 1000);
}

TEST(SecurityLimitsTest, TimeBudgetGivesAFlaggedPartialResult) {
  std::string para = "<p>Paragraph of a long article about the harbour and its new gates.</p>";
  std::string html = "<html><body><article>" + Repeat(para, 40000) + "</article>";
  Options options;
  options.time_budget_ms = 1;
  auto t0 = std::chrono::steady_clock::now();
  Result r = Extract(html, "", options);
  double ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(r.status.ok());
  EXPECT_TRUE(r.partial);
  EXPECT_EQ(r.partial_reason, "time-budget");
  EXPECT_EQ(r.provenance_json, "");  // skipped once the budget is spent
  EXPECT_LT(ms, Limit(2000));
  EXPECT_NE(ResultToJson(r).find("\"partial\":true,\"partialReason\":\"time-budget\""),
            std::string::npos);

  Options none;
  none.time_budget_ms = 0;
  Result full = Extract(html, "", none);
  EXPECT_FALSE(full.partial);
  EXPECT_NE(ResultToJson(full).find("\"partial\":false,\"partialReason\":null"), std::string::npos);
}

TEST(SecurityLimitsTest, TimeBudgetOption) {
  Options o;
  EXPECT_TRUE(ParseOptionsJson("{\"timeBudgetMs\": 250}", &o).ok());
  EXPECT_EQ(o.time_budget_ms, 250);
  EXPECT_TRUE(ParseOptionsJson("{\"timeBudgetMs\": 0}", &o).ok());
  EXPECT_EQ(ParseOptionsJson("{\"timeBudgetMs\": -1}", &o).code, ErrorCode::kBadOptions);
  EXPECT_EQ(ParseOptionsJson("{\"timeBudgetMs\": \"5\"}", &o).code, ErrorCode::kBadOptions);
  EXPECT_EQ(Options{}.time_budget_ms, 10000);
}

TEST(SecurityLimitsTest, CapNestingLeavesOrdinaryPagesAlone) {
  std::string out = "untouched";
  NestingReport report;
  std::string page = security::ReadFile(security::FixturesDir() + "/xss/article.html");
  EXPECT_FALSE(CapNesting(page, kMaxNestingDepth, &out, &report));
  EXPECT_EQ(out, "untouched");
  EXPECT_EQ(report.dropped_tags, 0u);
  EXPECT_LT(report.max_depth, 20u);
  // Implied ends keep the estimate low: unclosed paragraphs, list items, cells, options.
  EXPECT_FALSE(CapNesting(Repeat("<p>para", 5000) + Repeat("<li>item", 5000) + "<table>" +
                              Repeat("<tr><td>a<td>b", 5000) + "</table><select>" +
                              Repeat("<option>o", 5000) + "</select>" + Repeat("<a href=x>l", 5000),
                          kMaxNestingDepth, &out));
}

TEST(SecurityLimitsTest, CapNestingDropsExcessTagsInPairs) {
  std::string out;
  NestingReport report;
  std::string html = Repeat("<div>", 600) + "x" + Repeat("</div>", 600) + "<p>after</p>";
  ASSERT_TRUE(CapNesting(html, 512, &out, &report));
  EXPECT_EQ(report.dropped_tags, 2u * (600 - 512));
  EXPECT_EQ(out, Repeat("<div>", 512) + "x" + Repeat("</div>", 512) + "<p>after</p>");
  // Raw text is never touched, even past the cap.
  std::string raw = Repeat("<span>", 520) + "<script><div></script><style>a{}</style>";
  ASSERT_TRUE(CapNesting(raw, 512, &out));
  EXPECT_NE(out.find("<script><div></script><style>a{}</style>"), std::string::npos);
  // Unterminated constructs end the scan quietly.
  for (const char* tail : {"<div class=\"open", "<!-- open", "<script>never", "</", "<"}) {
    CapNesting(Repeat("<b>", 10) + tail, 512, &out);
  }
}

TEST(SecurityLimitsTest, HugeNumericReferencesBecomeReplacementCharacters) {
  std::string out;
  EXPECT_FALSE(NeutralizeCharRefOverflow("&#65; &#x10FFFF; &amp; &#; &#x;", &out));
  ASSERT_TRUE(NeutralizeCharRefOverflow("a&#99999999999;b&#x110000;c&#X7FFFFFFFF;", &out));
  EXPECT_EQ(out, "a&#65533;b&#xFFFD;c&#XFFFD;");
  Timed t = RunShape("<html><body><p>big &#99999999999999999999; ref and &#x41; ok</p>");
  ASSERT_TRUE(t.result.status.ok());
  EXPECT_NE(t.result.text_content.find("big \xEF\xBF\xBD ref and A ok"), std::string::npos)
      << t.result.text_content;
}

}  // namespace
}  // namespace clearsource
