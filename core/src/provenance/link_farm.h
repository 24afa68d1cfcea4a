// Signal "link-farm": blocks of headline links unrelated to the article and to each other, as
// farms append to every page ("Related / Ranking / Recommendation" of random stories in several
// languages). Topical coherence is measured against the article's own vocabulary, not against a
// list of block titles. Blocks linking to other sites (ad widgets) are not counted, and a single
// "most read" block is weak evidence: real publishers have one too.
#ifndef CLEARSOURCE_PROVENANCE_LINK_FARM_H_
#define CLEARSOURCE_PROVENANCE_LINK_FARM_H_

#include <optional>

#include "provenance/context.h"
#include "provenance/signal.h"

namespace clearsource {

// A headline's capitalisation: a newsroom's style guide picks one for all its headlines.
enum class HeadlineCase { kUnknown, kTitle, kSentence };

struct LinkFarmResult {
  std::optional<Signal> signal;
  int blocks = 0;                         // headline blocks found
  int incoherent_blocks = 0;              // blocks whose headlines are unrelated to the article
  int unrelated = 0;                      // unrelated headlines in those blocks
  int foreign_script = 0;                 // headlines in another script than the article
  int title_case = 0, sentence_case = 0;  // unrelated Latin-script headlines by capitalisation
  bool mixed_styles = false;              // both styles, each well represented
  double strength = 0;
  // Several incoherent blocks with headlines in more than one script: on its own a content-farm
  // sign (a publisher's rails stay in the page's language).
  bool strong = false;
};

LinkFarmResult AnalyzeLinkFarm(const ProvenanceContext& c);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_LINK_FARM_H_
