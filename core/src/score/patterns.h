// Every word list and threshold the extractor uses, in one place, each with the reason it exists.
// Class/id patterns are matched case-insensitively against "class id" of an element.
#ifndef CLEARSOURCE_SCORE_PATTERNS_H_
#define CLEARSOURCE_SCORE_PATTERNS_H_

#include <cstdint>
#include <string_view>

namespace clearsource::patterns {

// How a pattern matches the lower-cased "class id" string.
enum class Match {
  kSubstring,  // anywhere: "sidebar" matches "left-sidebar-wrap"
  kToken,      // a whole class/id token: "hid" must not match "hidden-gem"... or "child"
};

// The set of letters a-z in a lower-cased string, one bit each: a pattern can only match a
// string holding all its letters, so most patterns are ruled out without a search.
constexpr uint32_t LetterMask(std::string_view s) {
  uint32_t mask = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') mask |= 1u << (c - 'a');
  }
  return mask;
}

struct Pattern {
  std::string_view text;
  Match match;
  std::string_view why;
  uint32_t letters = LetterMask(text);  // computed at compile time from `text`
};

// --- Unlikely candidates: removed before scoring (unless also "maybe a candidate") -------------
inline constexpr Pattern kUnlikely[] = {
    {"-ad-", Match::kSubstring, "advert slots"},
    {"ai2html", Match::kSubstring, "NYT-style chart scaffolding, text duplicated in images"},
    {"banner", Match::kSubstring, "site banners and promos"},
    {"breadcrumb", Match::kSubstring, "navigation trail"},
    {"combx", Match::kSubstring, "legacy comment boxes"},
    {"comment", Match::kSubstring, "reader comments are not the article"},
    {"community", Match::kSubstring, "forum/community teasers"},
    {"cover-wrap", Match::kSubstring, "page cover overlays"},
    {"disqus", Match::kSubstring, "comment widget"},
    {"extra", Match::kSubstring, "extras rail"},
    {"footer", Match::kSubstring, "page footer"},
    {"gdpr", Match::kSubstring, "consent banners"},
    {"cookie", Match::kSubstring, "cookie banners"},
    {"consent", Match::kSubstring, "consent dialogs"},
    {"header", Match::kSubstring, "page header (not the article's own header: see kMaybe)"},
    {"legends", Match::kSubstring, "map/chart legends"},
    {"menu", Match::kSubstring, "menus"},
    {"related", Match::kSubstring, "related-article lists"},
    {"remark", Match::kSubstring, "remark/comment widgets"},
    {"replies", Match::kSubstring, "comment replies"},
    {"rss", Match::kSubstring, "feed links"},
    {"shoutbox", Match::kSubstring, "chat boxes"},
    {"sidebar", Match::kSubstring, "side rails"},
    {"skyscraper", Match::kSubstring, "tall advert slots"},
    {"social", Match::kSubstring, "social buttons"},
    {"sponsor", Match::kSubstring, "sponsored content"},
    {"supplemental", Match::kSubstring, "supplemental rails"},
    {"ad-break", Match::kSubstring, "in-article advert breaks"},
    {"agegate", Match::kSubstring, "age gates"},
    {"pagination", Match::kSubstring, "page links"},
    {"pager", Match::kSubstring, "page links"},
    {"popup", Match::kSubstring, "popups"},
    {"yom-remote", Match::kSubstring, "Yahoo remote modules"},
    {"newsletter", Match::kSubstring, "newsletter sign-up boxes"},
    {"subscribe", Match::kSubstring, "subscription prompts"},
    {"paywall", Match::kSubstring, "paywall prompts (the article text is elsewhere)"},
};

// Saves an unlikely-looking element when its class/id also suggests content ("article-header").
inline constexpr Pattern kMaybeCandidate[] = {
    {"and", Match::kSubstring, "Readability heritage: 'and' appears in many content wrappers"},
    {"article", Match::kSubstring, "article containers"},
    {"body", Match::kSubstring, "article bodies"},
    {"column", Match::kSubstring, "layout columns holding text"},
    {"content", Match::kSubstring, "content wrappers"},
    {"main", Match::kSubstring, "main regions"},
    {"mathjax", Match::kSubstring, "math rendering"},
    {"embed", Match::kSubstring,
     "posts the article quotes (tweets, Instagram) sit in embed wrappers"},
    {"shadow", Match::kSubstring, "shadow wrappers used by some CMSs around text"},
};

// --- Class weight: +25 / -25 to a candidate ----------------------------------------------------
inline constexpr Pattern kPositive[] = {
    {"article", Match::kSubstring, "article containers"},
    {"body", Match::kSubstring, "article bodies"},
    {"content", Match::kSubstring, "content wrappers"},
    {"entry", Match::kSubstring, "blog entries"},
    {"hentry", Match::kSubstring, "microformat entries"},
    {"h-entry", Match::kSubstring, "microformat2 entries"},
    {"main", Match::kSubstring, "main regions"},
    {"page", Match::kSubstring, "page bodies"},
    {"post", Match::kSubstring, "blog posts"},
    {"text", Match::kSubstring, "text blocks"},
    {"blog", Match::kSubstring, "blog bodies"},
    {"story", Match::kSubstring, "news stories"},
};

inline constexpr Pattern kNegative[] = {
    {"-ad-", Match::kSubstring, "advert slots"},
    {"hidden", Match::kSubstring, "hidden blocks"},
    {"hid", Match::kToken, "short form of hidden"},
    {"banner", Match::kSubstring, "banners"},
    {"combx", Match::kSubstring, "legacy comment boxes"},
    {"comment", Match::kSubstring, "comments"},
    {"com-", Match::kSubstring, "comment prefixes"},
    {"contact", Match::kSubstring, "contact boxes"},
    {"footer", Match::kSubstring, "footers"},
    {"gdpr", Match::kSubstring, "consent banners"},
    {"masthead", Match::kSubstring, "site masthead"},
    {"media", Match::kSubstring, "media rails (images kept via figures, not by this weight)"},
    {"meta", Match::kSubstring, "metadata rows"},
    {"outbrain", Match::kSubstring, "recommendation widget"},
    {"taboola", Match::kSubstring, "recommendation widget"},
    {"promo", Match::kSubstring, "promotions"},
    {"related", Match::kSubstring, "related links"},
    {"scroll", Match::kSubstring, "carousels"},
    {"share", Match::kSubstring, "share bars"},
    {"shoutbox", Match::kSubstring, "chat boxes"},
    {"sidebar", Match::kSubstring, "side rails"},
    {"skyscraper", Match::kSubstring, "tall adverts"},
    {"sponsor", Match::kSubstring, "sponsored content"},
    {"shopping", Match::kSubstring, "shopping modules"},
    {"tags", Match::kSubstring, "tag lists"},
    {"widget", Match::kSubstring, "widgets"},
};

// ARIA roles that never hold the article.
inline constexpr std::string_view kUnlikelyRoles[] = {
    "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
};

// Elements whose class/id marks a share bar: removed when their text is short.
inline constexpr Pattern kShareElements[] = {
    {"share", Match::kToken, "share buttons"},
    {"sharedaddy", Match::kToken, "WordPress share plugin"},
};

// Byline containers in visible markup.
inline constexpr Pattern kByline[] = {
    {"byline", Match::kSubstring, "bylines"},
    {"author", Match::kSubstring, "author boxes"},
    {"dateline", Match::kSubstring, "datelines"},
    {"writtenby", Match::kSubstring, "written-by lines"},
    {"p-author", Match::kSubstring, "microformat author"},
};

// Video hosts whose embeds are kept (iframe/embed/object src matched as a substring).
inline constexpr std::string_view kVideoHosts[] = {
    "//www.youtube.com/",          "//youtube.com/",
    "//www.youtube-nocookie.com/", "//player.vimeo.com/",
    "//www.dailymotion.com/",      "//dailymotion.com/",
    "//player.twitch.tv/",         "//v.qq.com/",
    "//player.bilibili.com/",      "//archive.org/",
    "//upload.wikimedia.org/",
};

// --- Inside the chosen article ------------------------------------------------------------------
// Caption and credit elements: kept in the HTML (readers want them with their figure) but left out
// of textContent, which is the article's running prose (read aloud, word counts, benchmarks).
inline constexpr Pattern kCaption[] = {
    {"caption", Match::kSubstring, "figure/photo captions written as divs or spans"},
    {"credit", Match::kSubstring, "photo credits (\"Getty Images\")"},
    {"copyright", Match::kSubstring, "image copyright notes under photos"},
    {"wp-caption-text", Match::kSubstring, "WordPress caption text"},
};

// Clutter that sits inside article containers: removed when short (kArticleClutterMaxChars) or
// made of links. The view shows byline and date from the metadata instead.
inline constexpr Pattern kArticleClutter[] = {
    {"byline", Match::kSubstring, "author line repeated from the metadata"},
    {"dateline", Match::kSubstring, "date lines"},
    {"timestamp", Match::kSubstring, "published/updated stamps"},
    {"published", Match::kSubstring, "published-at stamps"},
    {"pubdate", Match::kSubstring, "published-at stamps"},
    {"post-date", Match::kSubstring, "blog post dates"},
    {"entry-date", Match::kSubstring, "blog entry dates"},
    {"entry-meta", Match::kSubstring, "blog meta rows (date, author, category)"},
    {"post-meta", Match::kSubstring, "blog meta rows"},
    {"article-meta", Match::kSubstring, "article meta rows"},
    {"author", Match::kSubstring, "author boxes and bios"},
    {"signup", Match::kSubstring, "newsletter sign-up boxes inside the body"},
    {"sign-up", Match::kSubstring, "newsletter sign-up boxes inside the body"},
    {"newsletter", Match::kSubstring, "newsletter boxes inside the body"},
    {"subscribe", Match::kSubstring, "subscription prompts inside the body"},
    {"related", Match::kSubstring, "related-article boxes inside the body"},
    {"read-more", Match::kSubstring, "read-more teasers"},
    {"readmore", Match::kSubstring, "read-more teasers"},
    {"more-stories", Match::kSubstring, "more-stories teasers"},
    {"recommend", Match::kSubstring, "recommendation widgets"},
    {"ad-container", Match::kSubstring, "advert slots (\"Continue reading below\")"},
    {"ad-slot", Match::kSubstring, "advert slots"},
    {"adslot", Match::kSubstring, "advert slots"},
    {"advert", Match::kSubstring, "advert slots"},
    {"ad", Match::kToken, "advert slots"},
    {"ads", Match::kToken, "advert slots"},
    {"share", Match::kSubstring, "share bars"},
    {"social", Match::kSubstring, "social follow/share bars"},
    {"tags", Match::kSubstring, "tag lists after the body"},
    {"tag-list", Match::kSubstring, "tag lists after the body"},
    {"categories", Match::kSubstring, "category lists after the body"},
    {"promo", Match::kSubstring, "in-body promotions"},
    {"print-only", Match::kSubstring, "print-only citation blocks"},
    {"read-time", Match::kSubstring, "\"4 min read\" labels"},
    {"reading-time", Match::kSubstring, "\"4 min read\" labels"},
    {"readtime", Match::kSubstring, "\"4 min read\" labels"},
};

// Posts the article quotes (tweets, Instagram...): part of the story, kept although link-heavy.
inline constexpr Pattern kEmbeddedPost[] = {
    {"twitter-tweet", Match::kSubstring, "embedded tweets"},
    {"instagram-media", Match::kSubstring, "embedded Instagram posts"},
    {"tiktok-embed", Match::kSubstring, "embedded TikTok posts"},
    {"embed", Match::kSubstring, "wrappers of embedded posts"},
};

// Whole-text labels of blocks that are page furniture, not prose (compared case-insensitively,
// ASCII punctuation read as a space: write them as lower-case words).
inline constexpr std::string_view kBoilerplateLabels[] = {
    "advertisement",
    "advertisements",
    "ad",
    "ads",
    "sponsored",
    "continue reading below",
    "story continues below",
    "article continues below advertisement",
    "article continues below",
    "scroll to continue with content",
    "related",
    "related articles",
    "related stories",
    "read more",
    "more",
    "comments",
    "comment",
    "sharing is caring",
    "share this article",
    "share",
    "iklan",
    "anzeige",
    "publicité",
    "publicidad",
    "pubblicità",
    "werbung",
    "reklama",
    "trending",
    "you may also like",
    "recommended",
    "advertisement scroll to continue",
    "report",
    "enlarge image",
    "enlarge this image",
    "close",
    "toggle caption",
    "hide caption",
    "share this on whatsapp",
    "share on whatsapp",
    "share on facebook",
    "share on twitter",
    "tweet",
    "pin it",
    "email",
    "print",
    "copy link",
    "view comments",
    "show comments",
    "load comments",
    "leave a comment",
    "post a comment",
    "listen to this article",
    "advert",
    "adverts",
    "this slideshow requires javascript",
    "recent articles",
    "popular this week",
    "most popular",
    "most read",
    "latest news",
    "latest stories",
    "top stories",
    "trending now",
    "more stories",
    "editor s picks",
    "skip to content",
    "skip ad",
    "view gallery",
    "open gallery",
    "gallery",
    // Digit runs read as '#': gallery counters and lone slide numbers.
    "image # of #",
    "photo # of #",
    "# of #",
    "#",
    "# photos",
    "# images",
    "# comments",
};

// Prefixes of one-line promotions that point away from the article ("READ MORE: Other story").
// Only removed when the block carries a link (kPromoLinkDensity) or is entirely upper-case
// (kPromoMaxChars).
inline constexpr std::string_view kPromoPrefixes[] = {
    "read more",   "related",        "tag:",           "more:",       "see also",     "also read",
    "don't miss",  "don’t miss",     "also see",       "click here",  "watch:",       "listen:",
    "sign up",     "subscribe to",   "get the latest", "follow us",   "recommended:", "trending:",
    "leggi anche", "lesen sie auch", "lire aussi",     "leia também", "lea también",  "baca juga",
    "filed under", "tagged",         "tags",           "more from",   "popular on",
};

// Phrases that mark a short block as legal or commercial furniture wherever it sits.
inline constexpr std::string_view kBoilerplatePhrases[] = {
    "may earn an affiliate commission",
    "may contain affiliate",
    "contains affiliate links",
};

// Containers that declare "this is the article" (schema.org microdata, microformats, CMS names).
// An attempt whose article sits inside one is trusted even when short.
inline constexpr Pattern kArticleContainer[] = {
    {"hentry", Match::kToken, "microformat entry"},
    {"h-entry", Match::kToken, "microformat2 entry"},
    {"entry-content", Match::kSubstring, "WordPress-style post bodies"},
    {"post-content", Match::kSubstring, "blog post bodies"},
    {"article-body", Match::kSubstring, "news article bodies"},
    {"article-content", Match::kSubstring, "news article bodies"},
    {"story-body", Match::kSubstring, "news story bodies"},
};

// --- Thresholds -------------------------------------------------------------------------------
// A paragraph shorter than this (characters) is not scored: captions, labels, buttons.
inline constexpr int kMinParagraphChars = 25;
// Ancestors that receive a paragraph's score: parent full, grandparent half, then score/(3*level).
inline constexpr int kScoreAncestorLevels = 5;
// Class weight added or subtracted per matching list.
inline constexpr int kClassWeight = 25;
// Siblings join the article when their score reaches this share of the top candidate's.
inline constexpr double kSiblingScoreShare = 0.2;
inline constexpr double kSiblingMinScore = 10;
// A sibling paragraph longer than this with little link text joins the article.
inline constexpr int kSiblingParagraphChars = 80;
inline constexpr double kSiblingParagraphLinkDensity = 0.25;
// The body loses to the best container scoring at least this share of the body's score.
inline constexpr double kBodyCandidateShare = 0.33;
// Alternative candidates this close to the top one vote for a common ancestor...
inline constexpr double kAlternativeShare = 0.75;
// ...and this many votes make the common ancestor the top candidate.
inline constexpr int kMinAlternativeVotes = 3;
// Readerable check: text blocks shorter than this do not count; total score needed.
inline constexpr int kReaderableMinBlockChars = 140;
inline constexpr double kReaderableMinScore = 20;
// ...where a character of an unspaced script (CJK, Thai) counts this many (it carries a word).
inline constexpr uint32_t kReaderableUnspacedWeight = 3;
// Cleaning: a list/div is kept when its link density is under this with a low weight...
inline constexpr double kCleanLinkDensityLowWeight = 0.2;
// ...or under this when its class weight is positive.
inline constexpr double kCleanLinkDensityHighWeight = 0.5;
// A box with a negative class is still kept when it holds prose: a paragraph of at least this
// many characters with at most this link density.
inline constexpr int kProseMinChars = 80;
inline constexpr double kProseMaxLinkDensity = 0.35;
// Headings whose link density exceeds this are navigation, not structure.
inline constexpr double kHeadingMaxLinkDensity = 0.33;
// Captions longer than this are prose after all (some sites wrap whole paragraphs in "caption").
inline constexpr int kCaptionMaxChars = 500;
// A first attempt this long whose article sits in a declared article container is kept, rather
// than retrying without heuristics (which would let comment threads outscore a short post).
inline constexpr int kTrustedShortArticleChars = 200;
// Article clutter (byline rows, teasers, sign-up boxes) is removed up to this length...
inline constexpr int kArticleClutterMaxChars = 400;
// ...or at any length when its link density is over this.
inline constexpr double kArticleClutterLinkDensity = 0.5;
// Labels and promos are short: only blocks up to this many characters are read for them.
inline constexpr int kPromoMaxChars = 200;
// A promo line points somewhere: its link density is above this.
inline constexpr double kPromoLinkDensity = 0.15;
// "Related" starts a promo only as a label: a ':' within this many characters ("Related: ...").
inline constexpr size_t kPromoLabelMaxChars = 25;
// An upper-case line ("CO-FOUNDER PROUD OF ...") is a promo when mostly a link.
inline constexpr double kUpperPromoLinkDensity = 0.5;
// The first paragraph at least this long ends the article's head (title, kicker, byline rows).
inline constexpr int kLeadParagraphChars = 80;
// A <header> before it is the article's head when no longer than this.
inline constexpr int kLeadHeaderMaxChars = 600;
// Datelines: blocks up to this length whose text is at least this percentage a date/time.
inline constexpr int kDatelineMaxChars = 100;
inline constexpr int kDatelineMinDatePercent = 30;
// ...looking at most this many ancestors up from the date (keeps the check constant-time).
inline constexpr int kDatelineMaxLevels = 4;
// What follows the article's last <hr> is an appendix (about-us, bio, note) when at most this long
// and at most this share of the article's text.
inline constexpr int kAppendixMaxChars = 1500;
inline constexpr int kAppendixMaxPercent = 35;
// Text checks read at most this many nodes below a block (keeps every check constant-time).
inline constexpr int kTextCheckMaxNodes = 64;

}  // namespace clearsource::patterns

#endif  // CLEARSOURCE_SCORE_PATTERNS_H_
