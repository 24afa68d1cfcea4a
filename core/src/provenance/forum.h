// Signal "forum-paste": a news article posted in a forum thread. Forum software (phpBB, XenForo,
// Discourse...) names itself in the page's footer ("Powered by phpBB", "Forum software by
// XenForo"). A forum's members hold no licence to republish an outlet's article, so a credit
// there ("Read more at Fox News", "Source: ...", a wire dateline) names the original of a copy,
// not a partner's licence.
#ifndef CLEARSOURCE_PROVENANCE_FORUM_H_
#define CLEARSOURCE_PROVENANCE_FORUM_H_

#include <optional>
#include <string>

#include "provenance/attribution.h"
#include "provenance/context.h"
#include "provenance/signal.h"

namespace clearsource {

struct ForumResult {
  std::optional<Signal> signal;  // only when the page is a forum and credits another outlet
  std::string engine;            // "phpBB", "XenForo"...; empty when the page is no forum
  double strength = 0;
};

// Reads the page only when the attribution names an outlet (the signal needs both).
ForumResult AnalyzeForum(const ProvenanceContext& c, const AttributionResult& a);

// The forum engine a footer line names ("Powered by phpBB® Forum Software"), or "".
std::string ForumEngineIn(std::string_view line);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_FORUM_H_
