// Defences around gumbo for hostile pages (docs/hardening.md has the figures).
//
// gumbo 0.10.1 follows the HTML tree-construction rules faithfully, including their costly
// corners: scope checks walk the whole stack of open elements for every tag (100,000 nested
// <div>s take 30 s), reconstructing active formatting elements can clone them for every token
// (`<p><b id=1></p><p><b id=2></p>...` grows quadratically: 53 KB -> 1.7 GB), and the <frameset>
// rule destroys the body recursively. Two layers keep every call bounded:
//   1. CapNesting(): a linear pre-scan that approximates the stack of open elements and drops
//      start tags (with their end tags) beyond kMaxNestingDepth, as browsers stop nesting too
//      (Chromium's parser caps the tree at 512 levels). Real pages never reach it.
//      It also keeps at most kMaxAttributes attributes per tag and drops repeated valueless
//      ones (gumbo's check is quadratic, and past its error limit such a repeat corrupts the
//      next attribute's name). The same pre-scan reads a body <noscript> as a browser tab does (raw
//      text: scripts run there), where gumbo, parsing with scripting off, would build markup from
//      it.
//   2. ParseWithBudget(): gumbo runs with an allocator that counts bytes and checks the clock;
//      past the budget it abandons the parse (longjmp out of the allocator: gumbo keeps no global
//      state and everything it allocated lives in the arena, released with the document).
#ifndef CLEARSOURCE_PARSE_LIMITS_H_
#define CLEARSOURCE_PARSE_LIMITS_H_

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "gumbo.h"

namespace clearsource {

class Arena;

// Deeper nesting is flattened before parsing (Chromium: 512).
constexpr uint32_t kMaxNestingDepth = 512;
// Attributes kept per start tag (gumbo's duplicate check is quadratic in their number).
constexpr size_t kMaxAttributes = 256;
// DOM nodes built from gumbo's tree; the rest of a larger page is cut (a partial result). Each
// node costs ~225 bytes across the DOM and the stages' side arrays: with the parser's arena
// (DefaultParseMemoryBudget) a 32 MiB page of bare links stays well inside the 2 GiB wasm heap.
// A real news page has 2,000-20,000 nodes; a million <p>x</p> siblings has 2 million.
constexpr size_t kMaxDomNodes = 3000000;

struct NestingReport {
  size_t dropped_tags = 0;        // start and end tags removed
  size_t dropped_attributes = 0;  // past kMaxAttributes, or repeated without a value
  uint32_t max_depth = 0;         // deepest estimated nesting seen (capped at the limit)
};

// Returns true and writes the rewritten page to *out when some nesting had to be flattened;
// false (and *out untouched) when the page is fine as it is, which is the case for real pages.
bool CapNesting(std::string_view html, uint32_t max_depth, std::string* out,
                NestingReport* report = nullptr);

// gumbo 0.10.1 accumulates numeric character references in an int that overflows (undefined
// behaviour; "&#99999999999;" wraps to a negative "code point" it then writes as a raw byte).
// Browsers read any reference above U+10FFFF as U+FFFD: this rewrites such references to
// &#65533; / &#xFFFD; first. Returns false (and *out untouched) when there are none.
bool NeutralizeCharRefOverflow(std::string_view html, std::string* out);

// Both rewrites above, as the parser applies them to a page (or a <noscript> fragment).
// Returns false when the page is fine as it is.
bool DefuseInput(std::string_view html, std::string* out, NestingReport* report = nullptr);

enum class ParseOutcome { kOk, kOverMemory, kOverTime };

struct ParseBudget {
  size_t max_arena_bytes = SIZE_MAX;
  std::chrono::steady_clock::time_point deadline = std::chrono::steady_clock::time_point::max();
  // Deadline for the shorter prefixes parsed after the first attempt ran out.
  std::chrono::steady_clock::time_point retry_deadline =
      std::chrono::steady_clock::time_point::max();
};

struct ParseReport {
  ParseOutcome outcome = ParseOutcome::kOk;  // of the first (whole-page) attempt
  bool truncated = false;                    // only a prefix of the page was parsed
  size_t parsed_bytes = 0;                   // bytes given to gumbo in the end
  NestingReport nesting;
};

// A prefix of `html` about a quarter of its length, cut before a tag when one is near.
std::string_view PrefixForRetry(std::string_view html);

// Arena bytes allowed for one parse of `input_bytes` bytes: 64 MiB + 72x the input, at most
// 768 MiB. Real pages use 6-23x their size, a million bare <p>s about 60x; the cap keeps the wasm
// heap (2 GiB at most) from running out.
size_t DefaultParseMemoryBudget(size_t input_bytes);

// gumbo_parse_with_options with `options`' allocator replaced by a budgeted one drawing on
// `arena`. Returns nullptr (and the reason in *outcome) when the budget ran out.
GumboOutput* ParseWithBudget(GumboOptions options, std::string_view html, Arena* arena,
                             const ParseBudget& budget, ParseOutcome* outcome);

}  // namespace clearsource

#endif  // CLEARSOURCE_PARSE_LIMITS_H_
