#include "provenance/template_junk.h"

#include <algorithm>

#include "provenance/hash_set.h"
#include "provenance/text_scan.h"
#include "provenance/weights.h"
#include "util/text.h"

namespace clearsource {
namespace {

// Labels of share/like widgets: interface vocabulary, not site names.
constexpr std::string_view kWidgetWords[] = {
    "twitter", "facebook", "whatsapp", "weibo",   "wechat", "qq",     "linkedin", "pinterest",
    "reddit",  "telegram", "email",    "print",   "share",  "shares", "like",     "likes",
    "good",    "bad",      "very",     "collect", "thumbs", "up",     "down",     "tweet",
    "copy",    "link",     "favorite", "save",    "x"};
// Of those, the words of reactions and counters ("veryGood", "Like", "Collect"): a row of network
// names run together is any site's share bar ("FacebookTwitterLinkedIn"), a reaction glued to it
// is a farm template's ("TwitterveryGood! (2)").
constexpr std::string_view kReactionWords[] = {"like",    "likes",  "good", "bad",  "very",
                                               "collect", "thumbs", "up",   "down", "favorite"};

// Phrases of notices that admit the text was taken from elsewhere.
constexpr std::string_view kCopyNotices[] = {
    "comes from the internet",        "come from the internet",
    "from the internet and",          "contact us for deletion",
    "contact us to delete",           "contact us to remove",
    "contact us and we will delete",  "reproduced from other media",
    "reprinted from other media",     "reproduced from the internet",
    "if there is any infringement",   "if there is infringement",
    "in case of infringement",        "copyright belongs to the original author",
    "belongs to the original author", "belongs to the original authors"};
// Aggregator clones: "All news is collected automatically from open sources." Read only in
// blocks holding one of their trigger words (kTrigCollected).
constexpr std::string_view kCollectedNotices[] = {
    "collected automatically", "automatically collected",  "gathered automatically",
    "automatically gathered",  "aggregated automatically", "automatically aggregated"};

// What a source line names when the page admits it does not know (or say) where the text came
// from: "Source: Internet", "Source: Network", "Origin: web". A newsroom names the outlet or
// agency; crediting "the Internet" is what reposting sites print (Chinese farms' 来源：网络).
constexpr std::string_view kAnonymousSources[] = {"internet",
                                                  "the internet",
                                                  "network",
                                                  "the network",
                                                  "web",
                                                  "the web",
                                                  "online",
                                                  "\xE7\xBD\x91\xE7\xBB\x9C",
                                                  "\xE4\xBA\x92\xE8\x81\x94\xE7\xBD\x91",
                                                  "\xE7\xB6\xB2\xE8\xB7\xAF"};
// The words before the colon of a source line (lower case), and the Chinese labels 来源 / 來源.
constexpr std::string_view kSourceLabels[] = {"source", "sources", "origin", "from"};
constexpr std::string_view kSourceLabelsCjk[] = {"\xE6\x9D\xA5\xE6\xBA\x90",
                                                 "\xE4\xBE\x86\xE6\xBA\x90"};

// The anonymous source a short line credits ("Source: Internet  Updated: ..."), or "". One pass
// over the line's colons (ASCII ':' and full-width '：').
std::string_view AnonymousSource(std::string_view t) {
  for (size_t c = 0; c < t.size(); ++c) {
    size_t colon_len = 0;
    if (t[c] == ':')
      colon_len = 1;
    else if (t.compare(c, 3, "\xEF\xBC\x9A") == 0)
      colon_len = 3;
    if (!colon_len) continue;
    // The label before the colon ("Source", "Source :", "来源").
    size_t e = c;
    while (e > 0 && t[e - 1] == ' ') --e;
    size_t label = std::string_view::npos;
    for (std::string_view w : kSourceLabels) {
      if (e >= w.size() && EqualsIgnoreCase(t.substr(e - w.size(), w.size()), w) &&
          (e == w.size() || !IsWordCharBefore(t, e - w.size())))
        label = e - w.size();
    }
    for (std::string_view w : kSourceLabelsCjk) {
      if (e >= w.size() && t.compare(e - w.size(), w.size(), w) == 0) label = e - w.size();
    }
    if (label == std::string_view::npos) continue;
    size_t i = c + colon_len;
    while (i < t.size() && t[i] == ' ') ++i;
    for (std::string_view w : kAnonymousSources) {
      if (t.size() - i < w.size() || !EqualsIgnoreCase(t.substr(i, w.size()), w)) continue;
      // The label ends there: end of line, punctuation or a date, the next label glued on
      // ("Source: InternetUpdated: ...") or after a space ("Source: Network Views: 16181").
      // "Source: Online survey of 2,000 adults" names a data source, not the article's.
      size_t we = i + w.size();
      if (static_cast<unsigned char>(w[0]) >= 0x80) return t.substr(label, we - label);
      if (we < t.size() && IsWordCharAt(t, we) && !IsUpperAt(t, we)) continue;
      size_t k = we;
      while (k < t.size() && t[k] == ' ') ++k;
      bool ends = k == t.size() || !IsWordCharAt(t, k) || (t[k] >= '0' && t[k] <= '9') || k == we;
      if (!ends) {
        size_t next = t.find_first_of(": ", k);
        ends = next != std::string_view::npos && t[next] == ':' && next - k <= 12;
      }
      if (ends) return t.substr(label, we - label);
    }
  }
  return std::string_view();
}

// A site disowning the article it publishes: "... do not represent the position of this
// site" (本文观点不代表本站立场), the notice of sites reposting others' texts. A newsroom stands
// behind its reporting; an opinion desk names itself ("do not necessarily reflect those of X").
constexpr std::string_view kDisowningNotices[] = {
    "position of this site", "position of this website", "position of this platform",
    "views of this site",    "views of this website",    "stance of this site",
    "stance of this website"};

// CMS default accounts that end up as bylines when nobody wrote the page.
constexpr std::string_view kDefaultBylines[] = {"admin",   "administrator", "webmaster", "root",
                                                "wpadmin", "siteadmin",     "user"};

// Splits a run of lower-case letters into widget words (longest first, with backtracking):
// "twitterverygood" -> twitter|very|good. Returns the number of words, 0 when the run is not
// made of them.
int SegmentWidgetWords(std::string_view run, bool* reaction) {
  if (run.empty()) return 0;
  constexpr size_t kLongest = 9;  // "pinterest"
  uint64_t prefix[kLongest + 1];
  size_t most = std::min(run.size(), kLongest);
  uint64_t h = kFnvOffset;
  for (size_t k = 0; k < most; ++k)
    prefix[k + 1] = h = (h ^ static_cast<unsigned char>(run[k])) * kFnvPrime;
  // Widget words by hash: each prefix of the run is hashed once, not looked up as a string.
  static const HashBits& words = *WordHashes(kWidgetWords);
  static const HashBits& reactions = *WordHashes(kReactionWords);
  for (size_t len = most; len >= 1; --len) {
    if (!words.Contains(prefix[len])) continue;
    int n = len == run.size() ? 1 : SegmentWidgetWords(run.substr(len), reaction);
    if (n == 0) continue;
    if (reactions.Contains(prefix[len])) *reaction = true;
    return len == run.size() ? 1 : n + 1;
  }
  return 0;
}

// "TwitterveryGood! (2)", "Like (3)", "FacebookTwitterLinkedIn": only widget words (possibly
// glued together), counters and punctuation. Returns 2 for counted residue or a reaction glued
// to the buttons, 1 for a plain list of widget words (network names run together included),
// 0 otherwise.
int WidgetLine(std::string_view t) {
  if (t.size() > 60 || t.empty()) return 0;
  // Cheap gate: a widget line starts with a letter.
  if (!((t[0] >= 'a' && t[0] <= 'z') || (t[0] >= 'A' && t[0] <= 'Z'))) return 0;
  int words = 0;
  bool counter = false, glued = false, reaction = false;
  size_t i = 0;
  while (i < t.size()) {
    char ch = t[i];
    if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
      size_t start = i;
      while (i < t.size() && ((t[i] >= 'a' && t[i] <= 'z') || (t[i] >= 'A' && t[i] <= 'Z'))) ++i;
      std::string run = AsciiLower(t.substr(start, i - start));
      bool run_reaction = false;
      int n = SegmentWidgetWords(run, &run_reaction);
      if (n == 0) return 0;
      if (n > 1 && run_reaction) reaction = true;
      if (n > 1) glued = true;
      words += n;
      continue;
    }
    if (ch >= '0' && ch <= '9') {
      counter = true;
      ++i;
      continue;
    }
    if (ch == ' ' || ch == '|' || ch == ':' || ch == '!' || ch == '/' || ch == '-' || ch == ',' ||
        ch == '.' || ch == ')' || ch == '(') {
      ++i;
      continue;
    }
    return 0;  // anything else: not a widget line
  }
  if (words == 0) return 0;
  if (counter || (glued && reaction)) return 2;
  return words >= 3 || glued ? 1 : 0;
}

// "The post <title> appeared first on <site>.": the footer WordPress SEO plugins add to every
// item of a site's RSS feed (Yoast's default, put there against scrapers). It exists only in the
// feed, so a page printing it took the text from the original's feed. A feed reader shows it
// too, but keeps out of search (noindex) or links the original as canonical.
bool FeedFooter(std::string_view t) {
  return StartsWithIgnoreCase(t, "the post ") &&
         FindIgnoreCase(t, " appeared first ") != std::string_view::npos;
}

// The page's canonical link leads to another site.
bool CanonicalElsewhere(const ProvenanceContext& c) {
  if (!c.meta.canonical_url) return false;
  std::string reg = c.RegistrableOf(*c.meta.canonical_url);
  return !reg.empty() && reg != c.site;
}

}  // namespace

TemplateJunkResult AnalyzeTemplateJunk(const ProvenanceContext& c) {
  TemplateJunkResult r;
  Signal s;
  s.id = "template-junk";
  double miss = 1.0, residue_miss = 1.0, notice_miss = 1.0;
  for (const PageBlock& b : c.page.blocks) {
    std::string_view t = b.text;
    if (!r.widget && WidgetLine(t) == 2) {
      if (b.in_article) {
        r.widget = true;
        s.evidence.push_back({std::string(t), "text"});
        miss *= 1.0 - weights::kJunkWidget;
        residue_miss *= 1.0 - weights::kJunkWidget;
      } else if (!r.page_widget && !(b.chrome & (kChromeNav | kChromeHeader))) {
        r.page_widget = true;
        s.evidence.push_back({std::string(t), "page"});
        miss *= 1.0 - weights::kJunkWidgetPage;
        residue_miss *= 1.0 - weights::kJunkWidgetPage;
      }
    }
    if (b.in_article && !r.cms && t.size() < 200 && (b.triggers & kTrigDate)) {
      // "Current:Home > News" breadcrumbs and "Date:2025-04-11 05:27:12" stamps.
      bool crumb =
          (StartsWithIgnoreCase(t, "current:") || StartsWithIgnoreCase(t, "location:") ||
           StartsWithIgnoreCase(t, "you are here:") || StartsWithIgnoreCase(t, "position:")) &&
          t.find('>') != std::string_view::npos;
      bool stamp = false;
      for (size_t p = FindCue(t, "date:"); p != std::string_view::npos && !stamp;
           p = FindCue(t, "date:", p + 1)) {
        size_t k = p + 5;
        while (k < t.size() && t[k] == ' ') ++k;
        stamp =
            k + 10 <= t.size() && t[k + 4] == '-' && t[k + 7] == '-' && t[k] >= '1' && t[k] <= '2';
      }
      if (crumb || stamp) {
        r.cms = true;
        s.evidence.push_back({Quote(t, 120), "text"});
        miss *= 1.0 - weights::kJunkCmsResidue;
        residue_miss *= 1.0 - weights::kJunkCmsResidue;
      }
    }
    if (!r.anonymous_source && t.size() < 200 && !(b.chrome & (kChromeNav | kChromeCaption)) &&
        ((b.triggers & kTrigNote) || (t.size() > 8 && static_cast<unsigned char>(t[0]) >= 0xE0))) {
      std::string_view src = AnonymousSource(t);
      if (!src.empty()) {
        r.anonymous_source = true;
        s.evidence.push_back({std::string(src), b.in_article ? "text" : "page"});
        miss *= 1.0 - weights::kJunkAnonymousSource;
        notice_miss *= 1.0 - weights::kJunkAnonymousSource;
      }
    }
    if (!r.feed_footer && t.size() < 400 && (b.triggers & kTrigNote) && FeedFooter(t) &&
        !c.meta.robots_noindex && !CanonicalElsewhere(c)) {
      r.feed_footer = true;
      s.evidence.push_back({std::string(t), b.in_article ? "text" : "page"});
      miss *= 1.0 - weights::kJunkFeedFooter;
      notice_miss *= 1.0 - weights::kJunkFeedFooter;
    }
    if (!r.disowned && t.size() < 400 && (b.triggers & kTrigNotice)) {
      static const CueList* disowning = new CueList(kDisowningNotices);
      for (const auto& [cue, need] : disowning->cues) {
        if (!MayContain(b.trigger_words, need)) continue;
        size_t p = FindCue(t, cue);
        if (p == std::string_view::npos) continue;
        r.disowned = true;
        s.evidence.push_back({std::string(SentenceAround(t, p)), b.in_article ? "text" : "page"});
        miss *= 1.0 - weights::kJunkDisowned;
        notice_miss *= 1.0 - weights::kJunkDisowned;
        break;
      }
    }
    if (!r.copy_notice && t.size() < 600 && (b.triggers & (kTrigNotice | kTrigCollected))) {
      static const CueList* notices = new CueList(kCopyNotices);
      static const CueList* collected = new CueList(kCollectedNotices);
      std::string lower;  // made for the first cue whose words the block has
      for (const auto& [list, trigger] :
           {std::pair{notices, kTrigNotice}, std::pair{collected, kTrigCollected}}) {
        if (r.copy_notice) break;
        if (!(b.triggers & trigger)) continue;
        for (const auto& [cue, need] : list->cues) {
          if (!MayContain(b.trigger_words, need)) continue;
          if (lower.empty()) lower = AsciiLower(t);
          size_t p = FindLowerCue(t, lower, cue);
          if (p == std::string_view::npos) continue;
          r.copy_notice = true;
          s.evidence.push_back({std::string(SentenceAround(t, p)), b.in_article ? "text" : "page"});
          miss *= 1.0 - weights::kJunkCopyNotice;
          notice_miss *= 1.0 - weights::kJunkCopyNotice;
          break;
        }
      }
    }
  }
  if (c.meta.byline) {
    for (std::string_view w : kDefaultBylines) {
      if (EqualsIgnoreCase(TrimView(*c.meta.byline), w) ||
          (StartsWithIgnoreCase(TrimView(*c.meta.byline), "by ") &&
           EqualsIgnoreCase(TrimView(TrimView(*c.meta.byline).substr(3)), w))) {
        r.default_byline = true;
        s.evidence.push_back({*c.meta.byline, "byline"});
        miss *= 1.0 - weights::kJunkDefaultByline;
        residue_miss *= 1.0 - weights::kJunkDefaultByline;
        break;
      }
    }
  }
  r.strength = 1.0 - miss;
  r.residue_strength = 1.0 - residue_miss;
  r.notice_strength = 1.0 - notice_miss;
  if (s.evidence.empty()) return r;
  s.weight = r.strength;
  std::string what;
  auto add = [&](bool on, const char* t) {
    if (!on) return;
    if (!what.empty()) what += ", ";
    what += t;
  };
  add(r.copy_notice, "a notice that the text was taken from elsewhere");
  add(r.feed_footer, "the footer of the original's RSS feed (\"The post ... appeared first on\")");
  add(r.anonymous_source, "a source line crediting no outlet (\"the Internet\")");
  add(r.disowned, "a notice that the article does not represent the site's position");
  add(r.widget, "share-widget residue in the text");
  add(r.page_widget && !r.widget, "a farm template's share-widget residue");
  add(r.cms, "CMS breadcrumbs or date stamps in the text");
  add(r.default_byline, "a CMS default account as byline");
  s.message = "Content-farm template residue: " + what + ".";
  r.signal = std::move(s);
  return r;
}

}  // namespace clearsource
