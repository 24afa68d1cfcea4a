#include "provenance/syndication.h"

#include "provenance/weights.h"

namespace clearsource {

SyndicationResult AnalyzeSyndication(const ProvenanceContext& c, const AttributionResult& a) {
  SyndicationResult r;
  Signal s;
  s.id = "syndication";
  double miss = 1.0;
  std::string what;
  auto add = [&](const char* t) {
    if (!what.empty()) what += ", ";
    what += t;
  };
  const bool credits = !a.claims.empty() || !a.agency_marks.empty();
  // A syndication agency's mark is a licence by itself.
  if (!a.agency_marks.empty()) {
    r.licensed = true;
    s.evidence.push_back(a.agency_marks.front());
    miss *= 1.0 - weights::kSyndLicensed;
    add("a republication licence");
  }
  for (const Claim& cl : a.claims) {
    if (cl.kind == ClaimKind::kLicensedNote && !r.licensed) {
      r.licensed = true;
      s.evidence.push_back(cl.evidence);
      miss *= 1.0 - weights::kSyndLicensed;
      add("a republication licence");
    }
    // ProPublica, The Conversation, CalMatters...: anyone may republish with a credit line, so
    // the credit is the licence.
    if (cl.publisher && cl.publisher->free_republish && !r.free_licence &&
        cl.group == a.top_group && cl.kind != ClaimKind::kSelfReference &&
        cl.kind != ClaimKind::kImage) {
      r.free_licence = true;
      s.evidence.push_back(cl.evidence);
      miss *= 1.0 - weights::kSyndLicensed;
      add("an outlet that lets anyone republish its articles");
    }
    // A clone presenting itself as the outlet keeps the outlet's canonical link with the rest of
    // its <head>: no partner's mark there.
    if ((cl.kind == ClaimKind::kCanonical || cl.kind == ClaimKind::kBasedOn) && !r.canonical &&
        cl.group == a.top_group && !c.impersonated) {
      r.canonical = true;
      s.evidence.push_back(cl.evidence);
      miss *= 1.0 - weights::kSyndCanonical;
      add("a canonical link to the original");
    }
    if (cl.publisher && cl.publisher->wire && !r.wire && cl.kind != ClaimKind::kSelfReference &&
        cl.kind != ClaimKind::kImage) {
      r.wire = true;
      s.evidence.push_back(cl.evidence);
      miss *= 1.0 - weights::kSyndWire;
      add("wire-service copy");
    }
    if (cl.publisher && cl.publisher->press_release && !r.press_release) {
      r.press_release = true;
      s.evidence.push_back(cl.evidence);
      miss *= 1.0 - weights::kSyndPressRelease;
      add("a press release");
    }
  }
  if (c.meta.robots_noindex && credits) {
    r.noindex = true;
    s.evidence.push_back({"noindex", "meta:robots"});
    miss *= 1.0 - weights::kSyndNoindex;
    add("kept out of search engines (noindex)");
  }
  if (c.host_publisher && c.host_publisher->aggregator && credits) {
    r.aggregator = true;
    s.evidence.push_back({c.host, "host"});
    miss *= 1.0 - weights::kSyndAggregator;
    add("an aggregator that licenses articles");
  }
  r.strength = 1.0 - miss;
  if (s.evidence.empty()) return r;
  s.weight = -r.strength;  // negative: lowers the score (verdict.cc), never raises it
  s.message = "Republication markers: " + what + ".";
  r.signal = std::move(s);
  return r;
}

}  // namespace clearsource
