#include "provenance/verdict.h"

#include "provenance/weights.h"

namespace clearsource {

Verdict DecideVerdict(const VerdictInput& in) {
  Verdict v;
  double a = in.attribution.top_strength;
  double inj = in.injection.strength;
  double synd = in.syndication.strength;
  // A page that credits an outlet visibly (byline, note, dateline, copyright) and also points
  // its canonical link at that outlet, or keeps itself out of search (noindex), is a partner's:
  // the marks the issue lists for syndication. Scrapers copy an original's <head>, canonical
  // included, but not in order to hand the original its search traffic while crediting it.
  // JSON-LD isBasedOn counts as such a credit: the republisher writes it (an original is based on
  // nothing), where a scraper's copied <head> brings the original's own canonical link along.
  bool visibly_credited = false;
  for (const Claim& cl : in.attribution.claims) {
    if (cl.group == in.attribution.top_group &&
        (IsVisibleCredit(cl.kind) || cl.kind == ClaimKind::kDateline ||
         cl.kind == ClaimKind::kBasedOn))
      visibly_credited = true;
  }
  bool partner_marks = visibly_credited && (in.syndication.canonical || in.syndication.noindex);
  bool licensed = synd >= weights::kVerdictSyndication || partner_marks;
  // On a page with a licence only a phrase spliced into the text, or put in front of the
  // headline in both <title> and h1, is unmistakable: partners copy the original's title with its
  // section suffix ("... - Auto News") into their h1, never a phrase before it.
  bool unmistakable = in.injection.glued || in.injection.headline_prefix;
  bool strong_injection = inj >= weights::kVerdictInjection && (!licensed || unmistakable);

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
  add(in.link_farm.strength, in.link_farm.strong);
  // What the page shows besides its headline rails: a licensed partner's rails are ordinary
  // (ad widgets, "latest news" from several wires, in several style guides), so only this can
  // outweigh a licence.
  const double rail_miss = miss;
  const int rail_kinds = v.farm_kinds, rail_strong = strong;
  // Template junk counts as two kinds too: leftovers of the template, and notices about the
  // text's origin.
  if (in.junk.residue_strength > 0 || in.junk.notice_strength > 0) {
    add(in.junk.residue_strength, in.junk.residue_strong());
    add(in.junk.notice_strength, in.junk.notice_strong());
  } else {
    add(in.junk.strength, in.junk.strong());  // callers filling in the total only
  }
  // Metadata counts as two kinds: what the page says it is (lang, head, credit year) and how
  // it is dated and labelled; a copy can show either without the other.
  if (in.metadata.strong_strength > 0 || in.metadata.weak_strength > 0) {
    add(in.metadata.strong_strength, true);
    add(in.metadata.weak_strength, false);
  } else {
    add(in.metadata.strength, in.metadata.strong());  // callers filling in the total only
  }
  add(strong_injection ? 0.0 : inj, in.injection.corroborated > 0 && (!licensed || unmistakable));
  v.farm = 1.0 - miss;
  v.strong_farm_kinds = strong;

  const bool forum_paste = in.forum && in.forum->signal && in.has_article;
  const double forum = forum_paste ? in.forum->strength : 0.0;
  double raw = 1.0 - (1.0 - a) * (1.0 - inj) * (1.0 - v.farm) * (1.0 - forum);
  // Farm evidence beyond one "most read"-like rail (which any republisher may have).
  // A text that stops at a year before the page's date is no farm sign on a page that credits
  // its outlet visibly: partners run stories that mention no recent year as often as the outlet
  // does ("on Tuesday"). It still counts on a page crediting only through its <head>.
  bool date_gap_only = visibly_credited && in.metadata.date_gap &&
                       in.metadata.weak_strength <= weights::kMetaDateGap + 1e-9;
  bool beyond_rail = v.farm_kinds - (date_gap_only ? 1 : 0) > (in.link_farm.strength > 0 ? 1 : 0);
  bool aggregator = in.syndication.aggregator || in.syndication.press_release;
  // Farm evidence that outweighs a licence or a plain credit: a strong kind plus enough weight.
  bool farmish = (strong >= 1 && v.farm >= weights::kVerdictFarmOverLicence) ||
                 (v.farm_kinds >= weights::kVerdictSupportingKinds &&
                  v.farm >= weights::kVerdictSupportingFarm);
  const double beyond_rails = rail_miss > 0 ? 1.0 - miss / rail_miss : 0.0;
  const int kinds_beyond_rails = v.farm_kinds - rail_kinds,
            strong_beyond_rails = strong - rail_strong;
  bool farmish_beyond_rails =
      (strong_beyond_rails >= 1 && beyond_rails >= weights::kVerdictFarmOverLicence) ||
      (kinds_beyond_rails >= weights::kVerdictSupportingKinds &&
       beyond_rails >= weights::kVerdictSupportingFarm);

  if (strong_injection) {
    v.verdict = a >= weights::kVerdictAttribution ? "suspected-copy" : "content-farm";
  } else if (in.metadata.impersonation) {
    v.verdict = "suspected-copy";  // a clone of the outlet's page under another address
  } else if (forum_paste) {
    v.verdict = "suspected-copy";  // a member's copy: forums and platforms are no licensed partners
  } else if (a >= weights::kVerdictAttribution) {
    if (aggregator)
      v.verdict = "syndicated";
    else if (licensed ? farmish_beyond_rails : farmish)
      v.verdict = "suspected-copy";
    else if (!licensed && (v.farm >= weights::kVerdictFarmOverCredit || beyond_rail))
      v.verdict = "suspected-copy";
    else
      v.verdict = "syndicated";  // credited openly, no farm signs: a republication
  } else if (a > 0 && !aggregator && (farmish || v.farm >= weights::kVerdictWeakAttributionFarm)) {
    v.verdict = "suspected-copy";
  } else if ((v.farm >= weights::kVerdictFarmAlone && strong >= 1 && v.farm_kinds >= 2) ||
             in.link_farm.strong ||
             (in.junk.strong() && in.junk.strength >= weights::kVerdictStrongAlone) ||
             (v.farm >= weights::kVerdictSupportingFarm &&
              v.farm_kinds >= weights::kVerdictSupportingKinds)) {
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
