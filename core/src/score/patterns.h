// Every word list and threshold the extractor uses, in one place, each with the reason it exists.
// Class/id patterns are matched case-insensitively against "class id" of an element.
#ifndef CLEARSOURCE_SCORE_PATTERNS_H_
#define CLEARSOURCE_SCORE_PATTERNS_H_

#include <string_view>

namespace clearsource::patterns {

// How a pattern matches the lower-cased "class id" string.
enum class Match {
  kSubstring,  // anywhere: "sidebar" matches "left-sidebar-wrap"
  kToken,      // a whole class/id token: "hid" must not match "hidden-gem"... or "child"
};

struct Pattern {
  std::string_view text;
  Match match;
  std::string_view why;
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
    "//www.youtube.com/",      "//youtube.com/",    "//www.youtube-nocookie.com/",
    "//player.vimeo.com/",     "//www.dailymotion.com/", "//dailymotion.com/",
    "//player.twitch.tv/",     "//v.qq.com/",        "//player.bilibili.com/",
    "//archive.org/",          "//upload.wikimedia.org/",
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
// Alternative candidates this close to the top one vote for a common ancestor...
inline constexpr double kAlternativeShare = 0.75;
// ...and this many votes make the common ancestor the top candidate.
inline constexpr int kMinAlternativeVotes = 3;
// Readerable check: text blocks shorter than this do not count; total score needed.
inline constexpr int kReaderableMinBlockChars = 140;
inline constexpr double kReaderableMinScore = 20;
// Cleaning: a list/div is kept when its link density is under this with a low weight...
inline constexpr double kCleanLinkDensityLowWeight = 0.2;
// ...or under this when its class weight is positive.
inline constexpr double kCleanLinkDensityHighWeight = 0.5;
// Headings whose link density exceeds this are navigation, not structure.
inline constexpr double kHeadingMaxLinkDensity = 0.33;

}  // namespace clearsource::patterns

#endif  // CLEARSOURCE_SCORE_PATTERNS_H_
