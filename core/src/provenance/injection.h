// Signal "keyword-injection": a phrase the page is paid to rank for, spliced around someone
// else's article. Evidence: title affixes (separators | - – — : _ · 丨) that are neither the
// site's name nor in the article text, the same phrase as an affix of the visible headline,
// glued into a sentence without a space ("ExchangeU.S."), or listed as a meta keyword.
// Also computes cleanTitle: the title without injected affixes and without the site-name (or
// another outlet's name) affix.
#ifndef CLEARSOURCE_PROVENANCE_INJECTION_H_
#define CLEARSOURCE_PROVENANCE_INJECTION_H_

#include <optional>
#include <string>
#include <vector>

#include "provenance/context.h"
#include "provenance/signal.h"

namespace clearsource {

struct InjectionResult {
  std::optional<Signal> signal;      // keyword-injection
  std::vector<std::string> phrases;  // injected phrases, strongest first
  double strength = 0;
  double corroborated = 0;  // strength of phrases seen beyond the title alone
  bool glued = false;       // a phrase is spliced into the text ("ExchangeU.S.")
  // A phrase put before the headline in <title> and in the visible headline. Sites end their
  // titles with their own (or, on partner pages, the original's) name or section; a phrase in
  // front of the headline was added by whoever published this page.
  bool headline_prefix = false;
  std::string clean_title;  // "" when the page has no title at all
};

InjectionResult AnalyzeInjection(const ProvenanceContext& c);

// The headline the page shows: its <h1>, else a block (outside menus and links) repeating the
// <title> or og:title word for word (table layouts, role="heading" divs).
std::optional<std::string> VisibleHeadline(const ProvenanceContext& c);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_INJECTION_H_
