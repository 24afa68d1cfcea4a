// Signal "metadata-inconsistency": the page's own facts disagree with each other. A page date
// years after every date its text mentions (a re-dated copy), or after the copyright year of
// the outlet it credits; <html lang> naming a language
// the text is not written in; a source label naming neither the host nor an outlet the page
// credits ("Poinbank Exchange View", "Source: Internet"); title, h1 and og:title telling
// different stories.
#ifndef CLEARSOURCE_PROVENANCE_METADATA_CONSISTENCY_H_
#define CLEARSOURCE_PROVENANCE_METADATA_CONSISTENCY_H_

#include <optional>
#include <string>

#include "provenance/attribution.h"
#include "provenance/context.h"
#include "provenance/signal.h"

namespace clearsource {

struct MetadataConsistencyResult {
  std::optional<Signal> signal;
  bool date_gap = false, lang_mismatch = false, source_label = false, headlines = false;
  // The copyright line of the outlet the page credits is years older than the page's date.
  bool credit_date_gap = false;
  // og:site_name / JSON-LD publisher name the credited outlet on a site showing another name.
  bool copied_head = false;
  // The page presents itself as a table outlet on another domain and points its canonical link
  // into the outlet's own (ProvenanceContext::impersonated): a clone.
  bool impersonation = false;
  bool strong() const { return lang_mismatch || credit_date_gap || copied_head || impersonation; }
  int date_gap_years = 0;
  bool lang_en_only = false;  // lang="en" on a non-English Latin text (supporting only)
  double strength = 0;
  // The same split in two independent kinds of evidence for the verdict: the page's identity
  // (lang in another script, copied head, credit dated years before) and its dating and labels
  // (date gap, source label, headline variants, lang="en" on other text).
  double strong_strength = 0, weak_strength = 0;
};

MetadataConsistencyResult AnalyzeMetadataConsistency(const ProvenanceContext& c,
                                                     const AttributionResult& attribution,
                                                     const std::string& clean_title);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_METADATA_CONSISTENCY_H_
