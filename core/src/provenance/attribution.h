// Signal "attribution-mismatch": the page names a publisher that is not its host. Claims come
// from byline bios ("reporter for X"), datelines ("WASHINGTON (AP) —"), copyright lines,
// "originally appeared on / provided by X" notes, bylines, the outlet speaking of itself in the
// text ("told X", "X has learned"), og:site_name / JSON-LD publisher / author.worksFor, canonical,
// og:url and isBasedOn hosts, and hotlinked lead images. Hosts are compared by registrable
// domain (PSL); names through the publisher table, else against the names the site gives itself.
#ifndef CLEARSOURCE_PROVENANCE_ATTRIBUTION_H_
#define CLEARSOURCE_PROVENANCE_ATTRIBUTION_H_

#include <optional>
#include <string>
#include <vector>

#include "provenance/context.h"
#include "provenance/signal.h"

namespace clearsource {

enum class ClaimKind : uint8_t {
  kSiteName,
  kJsonLdPublisher,
  kAuthorOrg,
  kCanonical,
  kOgUrl,
  kBasedOn,
  kBio,
  kDateline,
  kCopyright,
  kOriginNote,
  kLicensedNote,
  kSourceLabel,
  kByline,
  kSelfReference,
  kImage,
  kTitle,
  kBodyLinks,
  kEmail,
};

const char* ClaimKindName(ClaimKind k);

// A credit the reader sees with the article: a bio, a © line, an origin or licence note, a
// byline, a source label (not head metadata, links, datelines or addresses).
bool IsVisibleCredit(ClaimKind k);

// One statement of the page that its article belongs to someone other than the host.
struct Claim {
  ClaimKind kind;
  std::string name;                      // as written; for URL-only claims the registrable domain
  const Publisher* publisher = nullptr;  // table row when known
  std::string url;                       // absolute URL the claim carries, if any
  std::string registrable;               // registrable domain of `url`
  Evidence evidence;
  double strength = 0;
  int group = -1;  // claims naming the same outlet share a group
};

struct AttributionResult {
  std::vector<Claim> claims;  // foreign claims, in page order
  // Syndication agencies' licence marks ("Via SyndiGate.info", "The-CNN-Wire™ & ©"): an agency
  // distributes others' articles, so it is never a claim naming the original.
  std::vector<Evidence> agency_marks;
  std::optional<Signal> signal;  // attribution-mismatch
  // The outlet the strongest group of claims names: the likely original.
  int top_group = -1;
  double top_strength = 0;  // noisy-OR of the group's claim strengths
  std::string publisher;    // display name (table name when known)
  const Publisher* publisher_row = nullptr;
  std::string url;  // a URL of the original the page carries, else ""
  bool HasKind(ClaimKind k) const;
  bool TopGroupHas(ClaimKind k) const;
};

AttributionResult AnalyzeAttribution(const ProvenanceContext& c);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_ATTRIBUTION_H_
