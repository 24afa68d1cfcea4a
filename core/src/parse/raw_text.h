// A pre-pass before gumbo: the contents of <script> and <style> elements are more than half the
// bytes of a typical news page, and the tokenizer walks them one character at a time only for
// us to drop them. ElideRawText copies the page without those contents (the tags stay, so the
// tree has the same shape), skipping comments, attribute values and the other raw-text elements
// exactly as the HTML tokenizer would. The only other change: a run of white space between two
// tags outside <pre>/<listing> becomes one space or line break (it renders as one; the tokenizer
// would spend a token on each character).
#ifndef CLEARSOURCE_PARSE_RAW_TEXT_H_
#define CLEARSOURCE_PARSE_RAW_TEXT_H_

#include <string>
#include <string_view>

namespace clearsource {

// Kept verbatim: JSON data blocks (<script type="application/ld+json">: metadata reads them) and
// scripts containing "<!--" (the tokenizer's escaped states decide where those end).
std::string ElideRawText(std::string_view html);

}  // namespace clearsource

#endif  // CLEARSOURCE_PARSE_RAW_TEXT_H_
