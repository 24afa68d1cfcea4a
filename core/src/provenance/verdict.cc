#include "provenance/verdict.h"

#include "provenance/weights.h"

namespace clearsource {

Verdict DecideVerdict(const VerdictInput& in) {
  Verdict v;
  double a = in.attribution.top_strength;
  double inj = in.injection.strength;
  double synd = in.syndication.strength;
  bool strong_injection = inj >= weights::kVerdictInjection;

  // Farm evidence: link farm, template junk, metadata inconsistency, weak injection. All but a
  // plain link farm are "strong" kinds: real publishers have "most read" boxes, not the rest.
  double miss = 1.0;
  int strong = 0;
  auto add = [&](double f, bool is_strong) {
    if (f <= 0) return;
    miss *= 1.0 - f;
    ++v.farm_kinds;
    if (is_strong) ++strong;
  };
  add(in.link_farm.strength, false);
  add(in.junk.strength, true);
  add(in.metadata.strength, in.metadata.lang_mismatch || in.metadata.source_label);
  add(strong_injection ? 0.0 : inj, in.injection.corroborated > 0);
  v.farm = 1.0 - miss;
  v.strong_farm_kinds = strong;

  double raw = 1.0 - (1.0 - a) * (1.0 - inj) * (1.0 - v.farm);
  bool licensed = synd >= weights::kVerdictSyndication;
  bool aggregator = in.syndication.aggregator || in.syndication.press_release;
  // Farm evidence that outweighs a licence or a plain credit: a strong kind plus enough weight.
  bool farmish = strong >= 1 && v.farm >= weights::kVerdictFarmOverLicence;

  if (strong_injection) {
    v.verdict = a >= weights::kVerdictAttribution ? "suspected-copy" : "content-farm";
  } else if (a >= weights::kVerdictAttribution) {
    if (aggregator) v.verdict = "syndicated";
    else if (farmish) v.verdict = "suspected-copy";
    else if (!licensed && v.farm > 0) v.verdict = "suspected-copy";
    else v.verdict = "syndicated";  // credited openly, no farm signs: a republication
  } else if (a > 0 && farmish && !aggregator) {
    v.verdict = "suspected-copy";
  } else if (v.farm >= weights::kVerdictFarmAlone && strong >= 1 && v.farm_kinds >= 2) {
    v.verdict = "content-farm";
  } else if (licensed || (a > 0 && aggregator)) {
    v.verdict = "syndicated";
  } else {
    v.verdict = in.has_article ? "original" : "unknown";
  }
  v.score = raw;
  if (v.verdict == "syndicated") v.score = raw * (1.0 - synd);
  return v;
}

}  // namespace clearsource
