// Extract(): the core's stages, in order. Each stage lives in its own folder; this file only
// calls them, so it reads as the table of contents of the extractor.
#include "clearsource/extract.h"

#include <chrono>
#include <string>

#include "clean/cleaner.h"
#include "clean/dropped.h"
#include "clean/urls.h"
#include "meta/metadata.h"
#include "meta/readerable.h"
#include "output/article_writer.h"
#include "output/json_writer.h"
#include "parse/dom.h"
#include "provenance/analyze.h"
#include "score/scorer.h"
#include "score/workspace.h"
#include "util/text.h"

namespace clearsource {
namespace {

using Clock = std::chrono::steady_clock;
double MsSince(Clock::time_point t) {
  return std::chrono::duration<double, std::milli>(Clock::now() - t).count();
}

// Stage 0: refuse what is not an HTML document, with a code the caller can act on.
Status CheckInput(std::string_view html, const Options& options) {
  if (html.size() > options.max_input_bytes) {
    return Status::Error(ErrorCode::kInputTooLarge, "input is " + std::to_string(html.size()) +
                                                        " bytes; the limit is " +
                                                        std::to_string(options.max_input_bytes));
  }
  if (TrimView(html).empty()) return Status::Error(ErrorCode::kEmptyInput, "input is empty");
  // Binary data: NUL or other control bytes in the first 4 KB (text never has them).
  size_t probe = std::min<size_t>(html.size(), 4096), control = 0;
  for (size_t i = 0; i < probe; ++i) {
    unsigned char c = static_cast<unsigned char>(html[i]);
    if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) ++control;
  }
  if (control * 100 > probe) {
    return Status::Error(ErrorCode::kNotHtml, "input looks like binary data, not HTML");
  }
  if (html.find('<') == std::string_view::npos) {
    return Status::Error(ErrorCode::kNotHtml, "input contains no HTML markup");
  }
  return Status::Ok();
}

// The fallback cascade: each attempt switches off one more heuristic (as Readability does).
constexpr AttemptFlags kAttempts[] = {
    {true, true, true},     // everything on
    {false, true, true},    // keep unlikely-looking containers
    {false, false, true},   // ignore class/id weights
    {false, false, false},  // no conditional cleaning
};

// Stages 2-4: score, clean, measure; retry with fewer heuristics while the article is short.
// Returns false when the time budget cut the retries short (the last attempt made is kept).
bool SelectArticle(Workspace* ws, const Options& options, std::string_view title,
                   Clock::time_point deadline) {
  int best = -1;
  uint32_t best_chars = 0;
  int count = static_cast<int>(sizeof kAttempts / sizeof kAttempts[0]);
  for (int a = 0; a < count; ++a) {
    if (a > 0 && Clock::now() > deadline) return false;
    ws->Reset(kAttempts[a]);
    ScoreAttempt(ws, title, options.top_candidates);
    CleanArticle(ws);
    uint32_t chars = ArticleChars(ws);
    if (chars >= static_cast<uint32_t>(options.char_threshold)) return true;
    // A short post in a declared article container is the article (later attempts would let
    // the comment thread below it win on length).
    if (a == 0 && chars >= static_cast<uint32_t>(patterns::kTrustedShortArticleChars) &&
        InDeclaredArticle(*ws)) {
      return true;
    }
    if (best < 0 || chars > best_chars) best = a, best_chars = chars;
  }
  if (best != count - 1) {  // the last attempt is in place already; otherwise redo the best
    ws->Reset(kAttempts[best]);
    ScoreAttempt(ws, title, options.top_candidates);
    CleanArticle(ws);
    ArticleChars(ws);
  }
  return true;
}

void MarkPartial(Result* r, const char* reason) {
  if (r->partial) return;  // the first cause is the one worth reporting
  r->partial = true;
  r->partial_reason = reason;
}

std::string FirstBlock(const std::string& text) {
  size_t end = text.find("\n\n");
  return NormalizeSpace(std::string_view(text).substr(0, end));
}

}  // namespace

const char* ErrorCodeName(ErrorCode code) {
  switch (code) {
    case ErrorCode::kOk:
      return "ok";
    case ErrorCode::kEmptyInput:
      return "empty-input";
    case ErrorCode::kInputTooLarge:
      return "input-too-large";
    case ErrorCode::kNotHtml:
      return "not-html";
    case ErrorCode::kBadOptions:
      return "bad-options";
    case ErrorCode::kInternal:
      return "internal";
  }
  return "internal";
}

const char* Version() { return "0.1.0"; }

Result Extract(std::string_view html, std::string_view url, const Options& options) {
  Result r;
  auto t0 = Clock::now();

  // 0. Input checks.
  r.status = CheckInput(html, options);
  if (!r.status.ok()) return r;

  // The time budget: the parser may use most of it; retries and provenance are skipped after it.
  Clock::time_point deadline = Clock::time_point::max();
  ParseBudget parse_budget;
  parse_budget.max_arena_bytes = DefaultParseMemoryBudget(html.size());
  if (options.time_budget_ms > 0) {
    auto share = [&](double f) {
      return t0 + std::chrono::duration_cast<Clock::duration>(
                      std::chrono::duration<double, std::milli>(options.time_budget_ms * f));
    };
    deadline = share(1.0);
    parse_budget.deadline = share(0.6);
    parse_budget.retry_deadline = share(0.85);
  }

  // 1. Parse (gumbo, HTML5 rules) into a flat DOM.
  Document doc;
  ParseReport parsed = ParseHtml(html, &doc, parse_budget);
  if (parsed.truncated) {
    MarkPartial(&r, parsed.outcome == ParseOutcome::kOverMemory ? "memory-budget" : "time-budget");
  }
  r.timings.parse_ms = MsSince(t0);
  auto t1 = Clock::now();

  // 2. Metadata from the head and structured data (also gives the title used by scoring).
  Url page_url = ParseUrl(url);
  Metadata meta = ExtractMetadata(doc, page_url);
  Url base = meta.base_href ? ParseUrl(*meta.base_href) : page_url;
  r.title = meta.title;
  r.byline = meta.byline;
  r.site_name = meta.site_name;
  r.published_time = meta.published_time;
  r.lang = meta.lang;
  r.dir = meta.dir;
  r.excerpt = meta.excerpt;
  r.lead_image = meta.lead_image;

  Workspace ws(doc);
  if (doc.body() == kNoNode) {
    // A <frameset> page: its text lives in other documents, so there is no article here.
    r.timings.extract_ms = MsSince(t1);
    return r;
  }
  // 3. Readerable: measured on the untouched page.
  ws.Reset(AttemptFlags{});
  ws.ComputeStats(doc.body(), doc[doc.body()].end);
  r.readerable = IsProbablyReaderable(ws);

  // 4. Score, clean, retry while too short.
  if (!SelectArticle(&ws, options, meta.title ? *meta.title : std::string(), deadline)) {
    MarkPartial(&r, "time-budget");
  }

  // 5. Serialize sanitized HTML and text; note sizeable prose that was left out.
  ArticleOutput out = WriteArticle(ws, base, options.want_html);
  r.dropped_blocks = CollectDroppedBlocks(ws);
  r.content = std::move(out.html);
  r.text_content = std::move(out.text);
  r.length = CountCodePoints(r.text_content);

  if (!r.excerpt && !r.text_content.empty()) r.excerpt = FirstBlock(r.text_content);
  r.timings.extract_ms = MsSince(t1);

  // 6. Provenance: is this page a copy of someone else's article?
  if (options.want_provenance && Clock::now() > deadline) {
    MarkPartial(&r, "time-budget");
  } else if (options.want_provenance) {
    auto t2 = Clock::now();
    r.provenance_json = AnalyzeProvenance(doc, ws, meta, page_url, r);
    r.timings.analyze_ms = MsSince(t2);
  }
  return r;
}

std::string ResultToJson(const Result& r) {
  JsonWriter w;
  w.BeginObject();
  w.Key("ok").Bool(r.status.ok());
  if (!r.status.ok()) {
    w.Key("error").BeginObject();
    w.Key("code").String(ErrorCodeName(r.status.code));
    w.Key("message").String(r.status.message);
    w.EndObject();
    w.EndObject();
    return w.Take();
  }
  w.Key("title").OptString(r.title);
  w.Key("byline").OptString(r.byline);
  w.Key("siteName").OptString(r.site_name);
  w.Key("publishedTime").OptString(r.published_time);
  w.Key("lang").OptString(r.lang);
  w.Key("dir").OptString(r.dir);
  w.Key("excerpt").OptString(r.excerpt);
  w.Key("leadImage").OptString(r.lead_image);
  w.Key("content").String(r.content);
  w.Key("textContent").String(r.text_content);
  w.Key("length").Int(static_cast<long long>(r.length));
  w.Key("readerable").Bool(r.readerable);
  w.Key("partial").Bool(r.partial);
  w.Key("partialReason");
  if (r.partial) {
    w.String(r.partial_reason);
  } else {
    w.Null();
  }
  w.Key("droppedBlocks").BeginArray();
  for (const DroppedBlock& b : r.dropped_blocks) {
    w.BeginObject().Key("text").String(b.text).Key("where").String(b.where);
    w.Key("chars").Int(static_cast<long long>(b.chars)).EndObject();
  }
  w.EndArray();
  w.Key("provenance");
  if (r.provenance_json.empty()) {
    w.Null();
  } else {
    w.Raw(r.provenance_json);
  }
  w.Key("timings").BeginObject();
  w.Key("parseMs").Number(r.timings.parse_ms);
  w.Key("extractMs").Number(r.timings.extract_ms);
  w.Key("analyzeMs").Number(r.timings.analyze_ms);
  w.EndObject();
  w.EndObject();
  return w.Take();
}

std::string ExtractToJson(std::string_view html, std::string_view url, std::string_view options) {
  Options opts;
  Status s = ParseOptionsJson(options, &opts);
  if (!s.ok()) {
    Result r;
    r.status = s;
    return ResultToJson(r);
  }
  return ResultToJson(Extract(html, url, opts));
}

}  // namespace clearsource
