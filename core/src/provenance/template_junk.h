// Signal "template-junk": farm template residue. Share-widget text left inside the article
// ("TwitterveryGood! (2)"), CMS breadcrumbs and "Date:" stamps in the text, notices admitting the
// text was copied ("comes from the Internet ... contact us for deletion"), source lines crediting
// "the Internet", CMS default bylines.
#ifndef CLEARSOURCE_PROVENANCE_TEMPLATE_JUNK_H_
#define CLEARSOURCE_PROVENANCE_TEMPLATE_JUNK_H_

#include <optional>

#include "provenance/context.h"
#include "provenance/signal.h"

namespace clearsource {

struct TemplateJunkResult {
  std::optional<Signal> signal;
  bool widget = false, cms = false, copy_notice = false, default_byline = false;
  bool anonymous_source = false;  // "Source: Internet": the page names no origin it could own
  bool disowned = false;  // "does not represent the position of this site" (supporting only)
  // "The post X appeared first on Y." on an indexed page without a canonical link elsewhere: the
  // text came from the original's RSS feed (an autoblog).
  bool feed_footer = false;
  bool page_widget = false;  // residue outside the article only (supporting evidence)
  // A CMS default byline ("admin") is supporting evidence only: small sites post as "admin" too.
  bool strong() const { return widget || cms || copy_notice || anonymous_source || feed_footer; }
  double strength = 0;
  // The same split in two independent kinds for the verdict: template residue (widgets, CMS
  // stamps, default byline) and what the site says about the text's origin (copy notices,
  // "Source: Internet", disowning notices).
  double residue_strength = 0, notice_strength = 0;
  bool residue_strong() const { return widget || cms; }
  bool notice_strong() const { return copy_notice || anonymous_source || feed_footer; }
};

TemplateJunkResult AnalyzeTemplateJunk(const ProvenanceContext& c);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_TEMPLATE_JUNK_H_
