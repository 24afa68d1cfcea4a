// Signal "syndication": the page is a legitimate republication. Licence wording ("Provided by",
// "Distributed by", "republished with permission", Creative Commons), a syndication agency's mark
// ("Via SyndiGate.info", "The-CNN-Wire™"), a credit to an outlet that lets anyone republish
// (ProPublica), a canonical or isBasedOn link to the credited original, robots noindex, wire
// datelines and copyright lines, aggregator hosts and press-release services. Its weight lowers
// the verdict's score: a syndicated page is never called a copy unless it also shows farm
// evidence.
#ifndef CLEARSOURCE_PROVENANCE_SYNDICATION_H_
#define CLEARSOURCE_PROVENANCE_SYNDICATION_H_

#include <optional>

#include "provenance/attribution.h"
#include "provenance/context.h"
#include "provenance/signal.h"

namespace clearsource {

struct SyndicationResult {
  std::optional<Signal> signal;
  bool licensed = false, canonical = false, noindex = false, wire = false, aggregator = false,
       press_release = false, free_licence = false;
  double strength = 0;
};

SyndicationResult AnalyzeSyndication(const ProvenanceContext& c, const AttributionResult& a);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_SYNDICATION_H_
