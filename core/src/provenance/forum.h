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
#include "provenance/syndication.h"

namespace clearsource {

struct ForumResult {
  std::optional<Signal> signal;  // only when the page is a forum and credits another outlet
  std::string engine;            // "phpBB", "XenForo"...; empty when the page is no forum
  std::string platform;          // "Medium", "Substack"...: a user platform's post (signal
                                 // "platform-post")
  double strength = 0;
};

// Reads the page only when the attribution names an outlet (the signal needs both). On a user
// platform's host the credit must name the text's origin, and no licence may be shown.
ForumResult AnalyzeForum(const ProvenanceContext& c, const AttributionResult& a,
                         const SyndicationResult& syndication);

// The user platform a host belongs to ("Medium" for "medium.com", "Blogger" for
// "x.blogspot.com"), or "".
std::string_view UserPlatformOf(std::string_view host);

// The forum engine a footer line names ("Powered by phpBB® Forum Software"), or "".
std::string ForumEngineIn(std::string_view line);

// The forum engine the page's footer names, or "" when the page is no forum thread; `credit`
// (optional) receives the footer block.
std::string ForumEngineOf(const ProvenanceContext& c, const PageBlock** credit = nullptr);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_FORUM_H_
