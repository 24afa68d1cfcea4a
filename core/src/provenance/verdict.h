// The verdict: combines the signals with the weights of weights.h.
//   keyword injection strong                            -> suspected-copy (credited) / content-farm
//   a clone: an unknown host presenting itself as a
//   table outlet, canonical on the outlet's domain      -> suspected-copy
//   an article credited to an outlet, in a forum        -> suspected-copy (no licence holds there)
//   a user platform's post (Medium, Substack, Blogger...)
//   whose text is credited to an outlet, no licence     -> suspected-copy
//   attribution strong + farm evidence (a licence, or a
//   visible credit with a canonical link to the credited
//   outlet or noindex, needs a strong kind of it beyond
//   headline rails: junk, odd metadata, injection)      -> suspected-copy
//   attribution strong otherwise, aggregator host       -> syndicated
//   attribution strong, no licence, farm evidence beyond
//   one rail (a visible credit's text stopping years
//   before the page date is none)                       -> suspected-copy
//   attribution strong otherwise                        -> syndicated
//   weak attribution + strong farm evidence             -> suspected-copy
//   two kinds of farm evidence, one strong              -> content-farm
//   licence markers only                                -> syndicated
//   nothing                                             -> original (unknown without an article)
// score = noisy-OR of attribution, injection and farm evidence, damped by syndication.
#ifndef CLEARSOURCE_PROVENANCE_VERDICT_H_
#define CLEARSOURCE_PROVENANCE_VERDICT_H_

#include <string>

#include "provenance/attribution.h"
#include "provenance/forum.h"
#include "provenance/injection.h"
#include "provenance/link_farm.h"
#include "provenance/metadata_consistency.h"
#include "provenance/syndication.h"
#include "provenance/template_junk.h"

namespace clearsource {

struct VerdictInput {
  const AttributionResult& attribution;
  const InjectionResult& injection;
  const LinkFarmResult& link_farm;
  const TemplateJunkResult& junk;
  const MetadataConsistencyResult& metadata;
  const SyndicationResult& syndication;
  bool has_article;                    // enough text to judge
  const ForumResult* forum = nullptr;  // null: not analysed (the page is no forum)
};

struct Verdict {
  std::string verdict;        // original | syndicated | suspected-copy | content-farm | unknown
  double score = 0;           // 0..1: how strongly the page looks like a copy or a farm
  double farm = 0;            // combined farm evidence
  int farm_kinds = 0;         // independent kinds of farm evidence present
  int strong_farm_kinds = 0;  // of which not a plain link farm
};

Verdict DecideVerdict(const VerdictInput& in);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_VERDICT_H_
