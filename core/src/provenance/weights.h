// Every weight and threshold of the provenance stage, in one table, each with a one-line why.
// Signals report a weight in 0..1 (how strongly they suggest the page is someone else's article
// or a content farm); verdict.cc combines them. Change numbers here, nowhere else.
#ifndef CLEARSOURCE_PROVENANCE_WEIGHTS_H_
#define CLEARSOURCE_PROVENANCE_WEIGHTS_H_

#include <cstddef>
#include <cstdint>

namespace clearsource {
namespace weights {

// --- site identity -----------------------------------------------------------------------------
// A domain label this long or longer, shared with a table outlet's domain under another suffix
// (wired.it, wired.com), makes a brand's edition; shorter labels ("ft.", "ap.") are too easily
// someone else's.
constexpr size_t kEditionLabelMinChars = 4;
// An outlet's domain label this long or longer, joined to other words by hyphens in an unknown
// domain presenting itself as the outlet ("bbc-newsday.co.uk"), makes a look-alike clone.
constexpr size_t kLookAlikeLabelMinChars = 3;
// A site name (its key, without "The") this long or longer that begins an unknown outlet's name
// in a bio makes that outlet the site's sister brand ("Hill.TV" on The Hill's site).
constexpr size_t kSisterBrandMinChars = 4;

// --- fingerprint -----------------------------------------------------------------------------
// Below ~40 words a 3-shingle sketch says more about boilerplate than about an article.
constexpr int kMinFingerprintWords = 40;
// MinHash needs this many bins filled in both sketches before its estimate means anything.
constexpr int kFingerprintMinBins = 16;
// Unrelated texts share almost no 3-shingles (estimate ~0); truncated or spun copies keep 0.3+.
constexpr double kFingerprintSameArticleSimilarity = 0.3;
// SimHash near-duplicate distance for 64-bit sketches (Manku et al. use 3; copies with chrome
// in the extracted text drift a little further).
constexpr int kFingerprintSameArticleHamming = 6;

// --- attribution: strength of one claim that the article belongs to another publisher --------
// A byline bio ("... is a reporter for CBS News") is written by and about the original outlet.
constexpr double kClaimBio = 0.8;
// "Originally appeared on X", "Source: X", "Read the full article at X": the page says so itself.
constexpr double kClaimOriginNote = 0.8;
// "...appeared in the October 2018 issue of X": a date this long at most before "issue of".
constexpr size_t kIssueDateMaxChars = 32;
// "Provided by X", "republished with permission": a credit, and a licence (syndication.cc).
constexpr double kClaimLicensedNote = 0.8;
// "© 2019 CBS News" in the article: the text's owner is named.
constexpr double kClaimCopyright = 0.7;
// How far before a copyright sign a syndication agency's mark is read ("The-CNN-Wire™ & © ...").
constexpr int kSyndicatorMarkChars = 40;
// og:site_name / JSON-LD publisher naming another table publisher: copied head metadata.
constexpr double kClaimSiteName = 0.7;
constexpr double kClaimJsonLdPublisher = 0.7;
// og:site_name naming a site the table does not know, while the page's logo, footer copyright
// or title suffix and its domain name another: the head was copied from that site. Weaker than
// a table outlet (times kUnknownOrgFactor): the name may be a brand of the same owner.
constexpr double kClaimForeignSiteName = 0.65;
// Canonical / isBasedOn on another registrable domain: the page points at the original.
constexpr double kClaimCanonical = 0.6;
constexpr double kClaimBasedOn = 0.6;
// og:url is copied along with og:title more often than canonical is, and checked less.
constexpr double kClaimOgUrl = 0.5;
// A byline naming an organisation ("By Jane Doe, The Associated Press").
constexpr double kClaimByline = 0.6;
// JSON-LD author.worksFor: structured, but often a parent company.
constexpr double kClaimAuthorOrg = 0.5;
// "WASHINGTON (AP) —": the wire's own dateline; members and partners carry it legitimately.
constexpr double kClaimDateline = 0.5;
// A title suffix naming another outlet ("Headline - CBS News"), or a prefix ("CBS News: ...").
constexpr double kClaimTitle = 0.5;
// Outlets' names are short: separators are looked for within this many bytes of either end.
constexpr size_t kTitleAffixMaxBytes = 96;
// A source label naming another outlet.
constexpr double kClaimSourceLabel = 0.5;
// A "Source: X" label is a line of its own, shorter than this (a longer line starting so is
// prose, unless one address follows the label).
constexpr size_t kSourceLineMaxChars = 120;
// A link after a label ("Source:", "Via:", "Fuente:") ending within this many bytes of its line's
// start is a credit line, not a menu (page_text.cc scans it for triggers).
constexpr size_t kLinkLabelMaxChars = 12;
// "told CBS News", "CBS News has learned": the outlet speaking of itself inside the story.
constexpr double kClaimSelfReference = 0.35;
// ...but on a known publisher's own site such phrases are citations of other outlets.
constexpr double kSelfReferenceOnKnownHostFactor = 0.0;
// "Source: <a name the table does not know>": as often a data source as an article's origin.
constexpr double kClaimSourceUnknown = 0.3;
// The lead image is served from another outlet's domain (hotlinked).
constexpr double kClaimImage = 0.25;
// The article's own links lead into another table outlet's site more often than into the host's
// (at least kBodyLinksMin of them): a text copied with its markup. Weak: an original citing one
// outlet again and again looks the same. With no link into the host and kBodyLinksStrongMin or
// more, as strong as a dateline.
constexpr int kBodyLinksMin = 2;
// ...and at least this share of the article's links to table outlets go to that one outlet.
constexpr double kBodyLinksDominantShare = 0.67;
constexpr int kBodyLinksStrongMin = 3;
constexpr double kClaimBodyLinks = 0.3;
constexpr double kClaimBodyLinksStrong = 0.5;
// "Read more »" as a bare link under the text, into a table outlet's site: the rest is there.
// As strong as a canonical link: it points at the original, it does not say "we copied".
constexpr double kClaimReadMoreLink = 0.6;
// On a forum thread or a user platform, the article's address given with the post (a pasted
// address, the link post's title): as plain as a "Source:" label. Link texts shorter than this
// are neither an address nor a headline.
constexpr double kClaimPostedAddress = 0.6;
constexpr size_t kPostedLinkMinChars = 20;
constexpr uint32_t kPostedTextMinWords = 250;
// How far above the article's element the posted address may sit (a forum post's body around
// its quoted paste).
constexpr int kPostedLinkLevels = 3;
// Under a link post the text must be quoted: this share of the article's text inside
// <blockquote> elements.
constexpr double kPostedQuotedShare = 0.8;
// A "Read more at X" line is a block of its own, shorter than this.
constexpr int kReadMoreMaxChars = 160;
// An e-mail address of a table outlet in the article ("Email the writer at jane@wired.com",
// "paul.takahashi@chron.com" under the story): the newsroom's own address. Other domains count
// only after a first-person or writer cue ("email us at info@givewell.org"): a press contact
// of a company the story quotes is no newsroom's.
constexpr double kClaimEmail = 0.45;
// "Email the writer at jane.doe@wired.com": the writer's newsroom address at a table outlet,
// introduced as the writer's own, says whose article it is as plainly as a bio.
constexpr double kClaimEmailWriter = 0.6;
// Names not in the publisher table are less certain to be outlets at all.
constexpr double kUnknownOrgFactor = 0.85;
// likelyOriginal names an outlet from one claim only when the claim is at least this strong.
constexpr double kNamePublisherMinStrength = 0.4;
// Claims on a host the table flags as an aggregator (MSN, Yahoo News) are expected.
constexpr double kAggregatorHostFactor = 0.2;

// --- keyword injection -------------------------------------------------------------------------
// A title affix glued into the text without a space ("ExchangeU.S."): a splice, never prose.
constexpr double kInjectGlued = 0.9;
// The visible headline carries the same foreign affix as <title>: deliberate, not a site suffix.
constexpr double kInjectH1 = 0.8;
// The affix is also a meta keyword: the page is optimised for a phrase its text never uses.
constexpr double kInjectKeyword = 0.45;
// A multi-word title affix that is neither the site's name nor in the text: could be a tagline.
constexpr double kInjectTitleOnly = 0.3;
// An affix whose words the article mostly uses (outside the lead sentence) is part of the
// headline ("Star Wars Jedi: Fallen Order review"), not a foreign phrase.
constexpr double kInjectMaxKnownWordShare = 0.5;
// A URL path segment of at most this many words is a section ("nation-world"); a longer one is
// the headline's slug even when it is not the last segment ("/slug/amp/").
constexpr int kSectionMaxSlugWords = 3;
// Affixes longer than this many words are part of the headline, not a brand.
constexpr int kInjectMaxAffixWords = 6;
// The lead paragraph is the first with at least this many words (shorter ones are bylines,
// captions, the headline repeated); farms splice their phrase into its first sentence.
constexpr size_t kLeadMinWords = 12;
// The label check counts them in the paragraph's first bytes only (prose has 12 words there).
constexpr size_t kLeadWordsPrefixBytes = 200;
// A search phrase put as a label in front of the lead ("PG&E power outage update: ..."), its
// words taken from the title: the page repeats the phrase it is optimised for in the title and
// the first sentence. Strong (a label in a newsroom's lead is a dateline or all-caps kicker);
// the phrase's words belong to the article, so the affix test above cannot see it.
constexpr double kInjectLeadLabel = 0.7;
// The label: at most this many words and bytes before its colon; the sentence after it at least
// kLeadLabelMinRest words; this share of its words (those before the label word) in the title.
constexpr int kLeadLabelMaxWords = 7;
constexpr size_t kLeadLabelMaxBytes = 64;
constexpr int kLeadLabelMinRest = 8;
constexpr double kLeadLabelTitleShare = 0.6;

// --- forum paste -----------------------------------------------------------------------------
// An article credited to an outlet, posted in a forum: a member's copy, whatever licence marks
// it carries along (the original's own "Provided by" line, a wire dateline). As strong as a
// partner's licence is, on the other side.
constexpr double kForumPaste = 0.6;
// On a user platform (Medium, Substack, Blogger...) the credit must be a real one: as strong as
// the credit that makes a page `syndicated` elsewhere.
constexpr double kPlatformPostMinCredit = 0.5;
// A forum engine's footer credit is a short line ("Powered by phpBB® Forum Software © phpBB
// Limited"); a longer block mentioning one is text about it.
constexpr size_t kForumCreditMaxChars = 160;
// It sits in the page's footer: this many of the last blocks outside the article are read.
constexpr int kForumFooterBlocks = 16;

// --- link farm -------------------------------------------------------------------------------
// A headline link has at least this many words (menus and tags have fewer).
constexpr int kHeadlineMinWords = 4;
// A block is a container with at least this many headline links to the site's own pages.
constexpr int kLinkBlockMinItems = 4;
// A headline is related to the article when it shares 2 content words with it, or 1 that is a
// third of its own content words (short headlines).
constexpr int kRelatedSharedWords = 2;
constexpr double kRelatedSharedShare = 0.34;
// A block is incoherent when this share of its headlines is unrelated to the article.
constexpr double kIncoherentBlockShare = 0.75;
// One incoherent block: every publisher has a "most read" box; weak on its own.
constexpr double kLinkFarmOneBlock = 0.25;
// Several incoherent blocks, or this many unrelated headlines: the page is mostly a link farm.
constexpr double kLinkFarmManyBlocks = 0.5;
constexpr int kLinkFarmManyHeadlines = 15;
// Headlines in another script than the article, linking into the same site: a farm mixing
// stories scraped from everywhere (real sites keep one language per page's rails).
constexpr double kLinkFarmForeignScript = 0.35;
// Several incoherent blocks holding at least this many other-script headlines: strong evidence.
constexpr int kLinkFarmStrongForeignHeadlines = 1;
// Unrelated headlines in Title Case and in sentence case side by side: headlines scraped from
// several publishers (each newsroom's style guide picks one). Strong: a publisher's own rails
// never mix the two. Each style needs this many headlines and this share of the classified ones.
constexpr double kLinkFarmMixedStyles = 0.3;
constexpr int kMixedStyleMinHeadlines = 4;
constexpr double kMixedStyleMinShare = 0.25;
// A headline is classified only when it is at most this long (longer link texts are teasers)
// and has this many capitalised (Title Case) or lower-case (sentence case) content words.
constexpr int kHeadlineMaxWords = 18;
constexpr int kTitleCaseMinWords = 3;
constexpr int kSentenceCaseMinWords = 2;

// --- template junk -----------------------------------------------------------------------------
// Share-widget residue inside the article text ("TwitterveryGood! (2)", "Like (3)").
constexpr double kJunkWidget = 0.25;
// The same glued or counted residue elsewhere on the page: a farm template's share box
// (supporting evidence only; real sites show share counts too).
constexpr double kJunkWidgetPage = 0.15;
// A CMS breadcrumb or "Date:" stamp left in the article text ("Current:Home > My...").
constexpr double kJunkCmsResidue = 0.2;
// A notice admitting the text was taken from elsewhere ("comes from the Internet ... contact us
// for deletion", "reproduced from other media"): what farms print to pre-empt takedowns.
constexpr double kJunkCopyNotice = 0.65;
// The footer of the original's RSS feed on an indexed page ("The post X appeared first on Y."):
// an autoblog's import, as telling as a notice admitting the copy.
constexpr double kJunkFeedFooter = 0.5;
// A source line crediting no outlet: "Source: Internet", "Source: Network" (来源：网络). Newsrooms
// name the outlet or agency they took a story from; reposting sites say "the Internet".
// As strong alone as a copy notice: it is one ("we took this from the web").
constexpr double kJunkAnonymousSource = 0.6;
// "The views in this article ... do not represent the position of this site": the site disowns
// the article, as reposting portals do. Supporting only: opinion pages print such lines too.
constexpr double kJunkDisowned = 0.25;
// A CMS default account as the byline ("admin", "webmaster"). Supporting only: small sites and
// one-person magazines post as "admin" as well as autoblogs do.
constexpr double kJunkDefaultByline = 0.2;

// --- metadata consistency ----------------------------------------------------------------------
// The page's date is this many years after the latest year its text mentions.
// Supporting evidence only: news often recalls events years back without naming the current
// year.
constexpr int kDateGapYears = 2;
constexpr double kMetaDateGap = 0.3;
// The page is dated this many years after the copyright line of the outlet it credits
// ("Copyright 2019 Al Jazeera" on a page dated 2024). Syndication runs within days of the
// original; a credited article re-dated years later is a scraped copy passed off as new. A strong
// kind: unlike a text that merely recalls old years, the credit line dates the article itself.
constexpr int kCreditDateGapYears = 2;
constexpr double kMetaCreditDateGap = 0.5;
// og:site_name or JSON-LD publisher naming the outlet the page visibly credits, on a site whose
// logo/footer/title show another name: the original's <head> was copied with its text (a
// partner's CMS writes its own name). Strong kind; wires exempt (members name them as publisher).
constexpr double kMetaCopiedHead = 0.5;
// A page presenting itself as a table outlet on another domain while its canonical link leads
// into the outlet's own (ProvenanceContext::impersonated): a clone. Strong kind; the verdict
// calls it a copy whatever else the page shows (a clone carries all the outlet's credits).
constexpr double kMetaImpersonation = 0.8;
// <html lang> names a language in another script than the text (lang="zh-CN" on English text).
constexpr double kMetaLangMismatch = 0.35;
// Share of English function words above which a text is English whatever lang says.
constexpr double kEnglishShare = 0.12;
// ...and below which a Latin-script text is not English (English prose runs at 0.2-0.3).
constexpr double kNotEnglishShare = 0.04;
constexpr double kMetaLangDefault = 0.15;
// A source label that names neither the host nor an outlet of the byline ("Poinbank Exchange
// View", "Source: Internet").
constexpr double kMetaSourceLabel = 0.3;
// Headline variants (title, h1, og:title) sharing under this share of words.
constexpr double kHeadlineAgreement = 0.3;
constexpr double kMetaHeadlineDisagree = 0.15;

// --- syndication (legitimate republication) ----------------------------------------------------
// How much each marker says "this copy is licensed"; combined by noisy-OR.
// "Provided by X", "republished with permission", Creative Commons: a licence stated in words.
constexpr double kSyndLicensed = 0.8;
// Canonical or isBasedOn pointing at the credited original (Google's syndication practice).
// Below the licence threshold alone: scrapers copy the whole <head>, canonical included.
constexpr double kSyndCanonical = 0.45;
// <meta name="robots" content="noindex">: partners keep syndicated copies out of search.
constexpr double kSyndNoindex = 0.4;
// A wire's dateline or copyright line: members publish wire copy as it comes.
constexpr double kSyndWire = 0.6;
// The host is an aggregator (MSN, Yahoo News) or the text a press release (Business Wire).
constexpr double kSyndAggregator = 0.9;
constexpr double kSyndPressRelease = 0.9;

// --- verdict -----------------------------------------------------------------------------------
// Attribution strength from which the page is taken to carry someone else's article.
constexpr double kVerdictAttribution = 0.5;
// Injection strength from which the page is spam whatever else it shows.
constexpr double kVerdictInjection = 0.6;
// Farm evidence (link farm, template junk, metadata inconsistency, weak injection; noisy-OR)
// from which a credited republication is a scraped copy rather than syndication...
constexpr double kVerdictFarmOverLicence = 0.5;
// Farm evidence from which an openly credited page without a licence is a copy: more than one
// "most read" box (a republisher with one rail and a credit line is not a farm).
constexpr double kVerdictFarmOverCredit = 0.5;
// ...and from which a page with no attribution at all is called a content farm. Needs two
// independent kinds of farm evidence (one "most read" box or one odd date is ordinary).
constexpr double kVerdictFarmAlone = 0.5;
// One strong kind this heavy is enough alone (a notice admitting the text was copied).
constexpr double kVerdictStrongAlone = 0.6;
// Weak attribution (a hotlinked image, "told X" in the text) plus this much farm evidence.
constexpr double kVerdictWeakAttributionFarm = 0.5;
// Three independent kinds of supporting farm evidence, this heavy together, add up to a strong one.
constexpr int kVerdictSupportingKinds = 3;
constexpr double kVerdictSupportingFarm = 0.6;
// Syndication strength from which credited pages without farm evidence are "syndicated".
constexpr double kVerdictSyndication = 0.5;

}  // namespace weights
}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_WEIGHTS_H_
