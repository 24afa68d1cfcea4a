// core/src/provenance/verdict.cc: how the signals combine.
#include <gtest/gtest.h>

#include "provenance/verdict.h"
#include "provenance/weights.h"

namespace clearsource {
namespace {

struct Inputs {
  AttributionResult attribution;
  InjectionResult injection;
  LinkFarmResult link_farm;
  TemplateJunkResult junk;
  MetadataConsistencyResult metadata;
  SyndicationResult syndication;
  ForumResult forum;
  Verdict Decide(bool has_article = true) const {
    return DecideVerdict(
        {attribution, injection, link_farm, junk, metadata, syndication, has_article, &forum});
  }
};

TEST(ProvenanceVerdictTest, NothingIsOriginalOrUnknown) {
  Inputs in;
  EXPECT_EQ(in.Decide().verdict, "original");
  EXPECT_EQ(in.Decide(false).verdict, "unknown");
  EXPECT_DOUBLE_EQ(in.Decide().score, 0.0);
}

TEST(ProvenanceVerdictTest, StrongInjectionIsAFarmOrACopy) {
  Inputs in;
  in.injection.strength = 0.95;
  in.injection.corroborated = 0.95;
  in.injection.glued = true;
  EXPECT_EQ(in.Decide().verdict, "content-farm");
  in.attribution.top_strength = 0.8;
  EXPECT_EQ(in.Decide().verdict, "suspected-copy");
  EXPECT_GT(in.Decide().score, 0.9);
}

TEST(ProvenanceVerdictTest, CreditWithoutFarmSignsIsARepublication) {
  Inputs in;
  in.attribution.top_strength = 0.8;
  EXPECT_EQ(in.Decide().verdict, "syndicated");
  // One "most read" rail is what any republisher has...
  in.link_farm.strength = 0.25;
  EXPECT_EQ(in.Decide().verdict, "syndicated");
  // ...several incoherent blocks are not.
  in.link_farm.strength = 0.5;
  EXPECT_EQ(in.Decide().verdict, "suspected-copy");
}

// A claim of the given kind in the top group (what the verdict reads of the credit's form).
void Credit(AttributionResult* a, ClaimKind kind) {
  Claim cl;
  cl.kind = kind;
  cl.group = 0;
  cl.strength = 0.8;
  a->claims.push_back(cl);
  a->top_group = 0;
  a->top_strength = 0.8;
}

TEST(ProvenanceVerdictTest, AnOldYearInACreditedTextIsNoFarmSign) {
  // A partner's page crediting the outlet ("Originally published on Space.com"), a "most read"
  // rail, and a text whose latest year is two years before the page date (it says "on Tuesday").
  Inputs in;
  Credit(&in.attribution, ClaimKind::kOriginNote);
  in.link_farm.strength = 0.25;
  in.metadata.date_gap = true;
  in.metadata.weak_strength = weights::kMetaDateGap;
  EXPECT_EQ(in.Decide().verdict, "syndicated");
  // The same page crediting the outlet only through its copied <head>: the gap counts.
  Inputs head;
  Credit(&head.attribution, ClaimKind::kSiteName);
  head.link_farm.strength = 0.25;
  head.metadata.date_gap = true;
  head.metadata.weak_strength = weights::kMetaDateGap;
  EXPECT_EQ(head.Decide().verdict, "suspected-copy");
  // Other odd dating or labels beside the gap (a source label naming nobody) still count.
  in.metadata.source_label = true;
  in.metadata.weak_strength =
      1.0 - (1.0 - weights::kMetaDateGap) * (1.0 - weights::kMetaSourceLabel);
  EXPECT_EQ(in.Decide().verdict, "suspected-copy");
}

TEST(ProvenanceVerdictTest, AnIsBasedOnLinkIsTheRepublishersOwnCredit) {
  // A licensed translation declaring its source in JSON-LD isBasedOn (which also counts as the
  // canonical mark), its text stopping years before the page date: a partner's page.
  Inputs in;
  Credit(&in.attribution, ClaimKind::kBasedOn);
  in.syndication.canonical = true;
  in.syndication.strength = weights::kSyndCanonical;
  in.metadata.date_gap = true;
  in.metadata.weak_strength = weights::kMetaDateGap;
  EXPECT_EQ(in.Decide().verdict, "syndicated");
  // The original's own canonical link, as a scraper's copied <head> carries it: the gap counts.
  Inputs head;
  Credit(&head.attribution, ClaimKind::kCanonical);
  head.syndication.canonical = true;
  head.syndication.strength = weights::kSyndCanonical;
  head.metadata.date_gap = true;
  head.metadata.weak_strength = weights::kMetaDateGap;
  EXPECT_EQ(head.Decide().verdict, "suspected-copy");
}

TEST(ProvenanceVerdictTest, ALicenceNeedsStrongFarmEvidenceToBeOverruled) {
  Inputs in;
  in.attribution.top_strength = 0.9;
  in.syndication.strength = 0.8;
  in.syndication.licensed = true;
  in.link_farm.strength = 0.5;
  EXPECT_EQ(in.Decide().verdict, "syndicated");
  in.junk.copy_notice = true;
  in.junk.strength = 0.65;
  EXPECT_EQ(in.Decide().verdict, "suspected-copy");
}

TEST(ProvenanceVerdictTest, OnALicensedPageOnlyAGluedPhraseIsUnmistakable) {
  Inputs in;
  in.attribution.top_strength = 0.9;
  in.syndication.strength = 0.8;
  in.injection.strength = 0.8;  // the original's section suffix carried into the partner's h1
  in.injection.corroborated = 0.8;
  EXPECT_EQ(in.Decide().verdict, "syndicated");
  in.injection.glued = true;
  in.injection.strength = 0.9;
  EXPECT_EQ(in.Decide().verdict, "suspected-copy");
}

TEST(ProvenanceVerdictTest, FarmEvidenceAlone) {
  Inputs in;
  in.link_farm.strength = 0.5;  // plain rails: never enough alone
  in.metadata.strength = 0.3;
  in.metadata.date_gap = true;
  EXPECT_EQ(in.Decide().verdict, "original");
  in.link_farm.strong = true;  // several blocks of headlines in several scripts
  in.link_farm.strength = 0.675;
  EXPECT_EQ(in.Decide().verdict, "content-farm");
  Inputs notice;
  notice.junk.copy_notice = true;
  notice.junk.strength = 0.65;
  EXPECT_EQ(notice.Decide().verdict, "content-farm");
}

TEST(ProvenanceVerdictTest, AggregatorsAreSyndication) {
  Inputs in;
  in.attribution.top_strength = 0.6;
  in.syndication.strength = 0.9;
  in.syndication.aggregator = true;
  in.link_farm.strength = 0.5;
  EXPECT_EQ(in.Decide().verdict, "syndicated");
}

TEST(ProvenanceVerdictTest, ACreditDatedYearsBeforeThePageOverrulesALicence) {
  Inputs in;
  in.attribution.top_strength = 0.9;
  in.syndication.strength = 0.78;  // wire copyright and a canonical to the original
  in.syndication.licensed = true;
  in.link_farm.strength = 0.5;
  EXPECT_EQ(in.Decide().verdict, "syndicated");
  in.metadata.credit_date_gap = true;
  in.metadata.strength = 0.5;
  EXPECT_EQ(in.Decide().verdict, "suspected-copy");
}

TEST(ProvenanceVerdictTest, ALicencedPartnersRailsNeverOverruleItsLicence) {
  // A regional paper running a wire story beside "latest news" from several wires: rails in
  // several style guides (a strong link farm on an unlicensed page) and share buttons.
  Inputs in;
  in.attribution.top_strength = 0.97;
  in.syndication.strength = 0.6;
  in.syndication.wire = true;
  in.link_farm.strength = 0.65;
  in.link_farm.strong = true;
  EXPECT_EQ(in.Decide().verdict, "syndicated");
  // The same page unlicensed is a farm's.
  Inputs bare = in;
  bare.syndication = SyndicationResult{};
  EXPECT_EQ(bare.Decide().verdict, "suspected-copy");
  // Evidence beyond the rails still overrules the licence: a notice admitting the copy.
  in.junk.copy_notice = true;
  in.junk.notice_strength = 0.65;
  in.junk.strength = 0.65;
  EXPECT_EQ(in.Decide().verdict, "suspected-copy");
}

TEST(ProvenanceVerdictTest, AVisibleCreditWithACanonicalOrNoindexIsAPartnersPage) {
  Inputs in;
  Claim byline;
  byline.kind = ClaimKind::kByline;
  byline.group = 0;
  Claim canonical;
  canonical.kind = ClaimKind::kCanonical;
  canonical.group = 0;
  in.attribution.claims = {byline, canonical};
  in.attribution.top_group = 0;
  in.attribution.top_strength = 0.85;
  in.syndication.strength = 0.45;
  in.syndication.canonical = true;
  in.link_farm.strength = 0.25;
  in.metadata.weak_strength = 0.3;  // dated years after the years its text mentions
  EXPECT_EQ(in.Decide().verdict, "syndicated");
  // Canonical alone (a copied <head>) is no licence.
  Inputs head = in;
  head.attribution.claims = {canonical};
  EXPECT_EQ(head.Decide().verdict, "suspected-copy");
  // noindex with the credit works the same.
  Inputs hidden = in;
  hidden.syndication.canonical = false;
  hidden.syndication.noindex = true;
  EXPECT_EQ(hidden.Decide().verdict, "syndicated");
}

TEST(ProvenanceVerdictTest, OnALicensedPageAPhraseBeforeTheHeadlineIsUnmistakable) {
  Inputs in;
  in.attribution.top_strength = 0.5;  // a wire dateline
  in.syndication.strength = 0.6;
  in.injection.strength = 0.8;  // in <title> and h1...
  in.injection.corroborated = 0.8;
  EXPECT_EQ(in.Decide().verdict, "syndicated");
  in.injection.headline_prefix = true;  // ...in front of the headline
  EXPECT_EQ(in.Decide().verdict, "suspected-copy");
}

TEST(ProvenanceVerdictTest, MetadataCountsAsTwoKinds) {
  // lang in another script and a page date years after the text: two independent facts.
  Inputs in;
  in.metadata.lang_mismatch = true;
  in.metadata.strong_strength = 0.35;
  in.metadata.weak_strength = 0.3;
  in.metadata.strength = 0.545;
  EXPECT_EQ(in.Decide().verdict, "content-farm");
  // Either alone is not enough.
  in.metadata.weak_strength = 0;
  in.metadata.strength = 0.35;
  EXPECT_EQ(in.Decide().verdict, "original");
}

TEST(ProvenanceVerdictTest, AnAnonymousSourceLineIsStrongAlone) {
  Inputs in;
  in.junk.anonymous_source = true;
  in.junk.strength = 0.6;
  EXPECT_EQ(in.Decide().verdict, "content-farm");
}

TEST(ProvenanceVerdictTest, TemplateResidueAndOriginNoticesAreTwoKinds) {
  // Several incoherent rails, a share counter around the article and a notice that the site does
  // not stand behind the text: three independent kinds, enough together.
  Inputs in;
  in.link_farm.strength = 0.5;
  in.junk.page_widget = true;
  in.junk.residue_strength = 0.15;
  in.junk.disowned = true;
  in.junk.notice_strength = 0.25;
  in.junk.strength = 0.3625;
  EXPECT_EQ(in.Decide().verdict, "content-farm");
  // Without the notice, rails and a share counter are what many real sites show.
  in.junk.disowned = false;
  in.junk.notice_strength = 0;
  in.junk.strength = 0.15;
  EXPECT_EQ(in.Decide().verdict, "original");
}

TEST(ProvenanceVerdictTest, ACreditedArticleInAForumIsACopyWhateverItsLicenceMarks) {
  Inputs in;
  in.attribution.top_strength = 0.5;  // "WASHINGTON (AP) —" pasted along with the text
  in.syndication.strength = 0.6;
  in.syndication.wire = true;
  EXPECT_EQ(in.Decide().verdict, "syndicated");
  in.forum.signal = Signal{};
  in.forum.strength = weights::kForumPaste;
  EXPECT_EQ(in.Decide().verdict, "suspected-copy");
  EXPECT_GT(in.Decide().score, 0.7);
  EXPECT_EQ(in.Decide(false).verdict, "syndicated");  // no article: nothing pasted to judge
}

}  // namespace
}  // namespace clearsource
