#include "provenance/injection.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "provenance/domains.h"
#include "provenance/hash_set.h"
#include "provenance/text_scan.h"
#include "provenance/weights.h"
#include "util/text.h"

namespace clearsource {
namespace {

// A word for comparisons: lower-cased, without a possessive ("Musk's", "Andrew’s" -> "musk").
std::string WordKey(std::string_view w) {
  std::string k = AsciiLower(w);
  for (std::string_view pos : {std::string_view("'s"), std::string_view("\xE2\x80\x99s")}) {
    if (k.size() > pos.size() && k.compare(k.size() - pos.size(), pos.size(), pos) == 0) {
      k.resize(k.size() - pos.size());
      break;
    }
  }
  return k;
}

// Hash of WordKey(w), without building the string.
uint64_t WordHash(std::string_view w) {
  // Byte tests, not substr() ==: this runs for every word of the article.
  const size_t n = w.size();
  if (n > 2 && w[n - 1] == 's' && w[n - 2] == '\'')
    w.remove_suffix(2);
  else if (n > 4 && w[n - 1] == 's' && w[n - 2] == '\x99' && w[n - 3] == '\x80' &&
           w[n - 4] == '\xE2')
    w.remove_suffix(4);
  return HashLower(w);
}

// Calls f(word) for each run of word characters (apostrophes inside words kept).
template <class F>
void ForEachWord(std::string_view s, F&& f) {
  size_t i = 0, start = 0;
  bool in = false;
  while (i < s.size()) {
    size_t at = i;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80 && c != '\'') {  // ASCII fast path
      ++i;
      bool w = ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= '0' && c <= '9');
      if (w && !in) in = true, start = at;
      if (!w && in) in = false, f(s.substr(start, at - start));
      continue;
    }
    uint32_t cp = NextCodePoint(s, &i);
    bool w = IsWordCodePoint(cp) || (in && (cp == '\'' || cp == 0x2019) && IsWordCharAt(s, i));
    if (w && !in) in = true, start = at;
    if (!w && in) in = false, f(s.substr(start, at - start));
  }
  if (in) f(s.substr(start));
}

struct Cut {
  size_t pos, len;
  bool strong;  // "|", "_", "·", dashes with a space beside them...; bare "-" and ":" are weak
};

std::vector<Cut> FindCuts(std::string_view t) {
  std::vector<Cut> cuts;
  auto spaced = [&](size_t pos, size_t len) {
    return (pos > 0 && t[pos - 1] == ' ') || (pos + len < t.size() && t[pos + len] == ' ');
  };
  for (size_t i = 0; i < t.size();) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    size_t len = 0;
    bool strong = true;
    if (c == '|' || c == '_')
      len = 1;
    else if (c == '-')
      len = 1, strong = spaced(i, 1);
    else if (c == ':')
      len = 1, strong = false;
    else if (c < 0xC2)  // every other ASCII byte, and UTF-8 continuation bytes
      len = 0;
    else if (c == 0xC2 && (t.substr(i, 2) == "\xC2\xB7" || t.substr(i, 2) == "\xC2\xBB"))
      len = 2;  // · »
    else if ((c == 0xE2 || c == 0xE4 || c == 0xEF) &&
             (t.substr(i, 3) == "\xE2\x80\x93" || t.substr(i, 3) == "\xE2\x80\x94" ||  // – —
              t.substr(i, 3) == "\xE4\xB8\xA8" || t.substr(i, 3) == "\xEF\xBD\x9C" ||  // 丨 ｜
              t.substr(i, 3) == "\xE2\x80\xA2"))                                       // •
      len = 3;
    if (len) {
      // "::" or "||" are one separator.
      size_t j = i + len;
      while (j < t.size() && static_cast<unsigned char>(t[j]) == c && len == 1) ++j;
      cuts.push_back({i, j - i, strong});
      i = j;
    } else {
      ++i;
    }
  }
  return cuts;
}

bool HasLetter(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    uint32_t cp = NextCodePoint(s, &i);
    if (IsWordCodePoint(cp) && !(cp >= '0' && cp <= '9')) return true;
  }
  return false;
}

// One word of plain title case ("Politics", "Opinion"): a section label or a kicker, not a brand.
bool IsPlainWord(std::string_view a) {
  if (CountWords(a) != 1) return false;
  for (size_t i = 1; i < a.size(); ++i) {
    char ch = a[i];
    if ((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9')) return false;  // "NovaTrade", "88"
  }
  return true;
}

// Last words of a search phrase put as a label in front of the first sentence ("PG&E power
// outage update: Pacific Gas & Electric Co. was set to...", "Alibaba stock (BABA) news:
// Alibaba is set to..."). A newsroom's lead opens with a dateline or the story itself.
constexpr std::string_view kLeadLabelHeads[] = {"news", "update", "updates", "latest",   "today",
                                                "live", "alert",  "alerts",  "headlines"};

// Whether a paragraph of the text is the headline repeated (<title>, og:title or h1, word for
// word, give or take a site suffix).
// The headlines are squashed on the first paragraph short enough to be one.
class HeadlineRepeats {
 public:
  explicit HeadlineRepeats(const ProvenanceContext& c) : c_(c) {
    for (const auto* v : {&c.meta.raw_title, &c.meta.og_title, &c.meta.h1}) {
      if (*v) longest_ = std::max(longest_, (*v)->size());
    }
  }
  bool operator()(std::string_view para) {
    // Only a paragraph about as short as a title can be the title repeated.
    if (para.size() > longest_ * 2 + 16) return false;
    if (!squashed_) {
      squashed_ = true;
      for (const auto* v : {&c_.meta.raw_title, &c_.meta.og_title, &c_.meta.h1}) {
        if (*v) heads_.push_back(SquashName(**v));
      }
    }
    std::string sq = SquashName(para);
    for (const std::string& h : heads_) {
      if (sq.empty() || h.empty()) continue;
      const std::string& shorter = sq.size() < h.size() ? sq : h;
      const std::string& longer = sq.size() < h.size() ? h : sq;
      if (longer.find(shorter) != std::string::npos && shorter.size() * 10 >= longer.size() * 6)
        return true;
    }
    return false;
  }

 private:
  const ProvenanceContext& c_;
  std::vector<std::string> heads_;
  size_t longest_ = 0;
  bool squashed_ = false;
};

enum class AffixKind { kNone, kSite, kOutlet, kSection, kInjected };

struct Affix {
  AffixKind kind = AffixKind::kNone;
  double strength = 0;
  bool corroborated = false;  // seen beyond the title (h1, glued in text, keywords)
  bool glued = false;         // spliced into the text without a space
  std::vector<Evidence> evidence;
};

class Analyzer {
 public:
  Analyzer(const ProvenanceContext& c, const std::optional<std::string>& headline)
      : c_(c), text_(c.result.text_content), headline_(headline) {
    // Path segments name sections ("/politics/"); the last one is the slug (the headline).
    std::string_view path = c.page_url.path;
    std::vector<std::string_view> segs;
    for (std::string_view seg : Split(path, '/')) {
      if (!seg.empty()) segs.push_back(seg);
    }
    // A section segment is a short name ("politics", "nation-world"); a longer one is a slug that
    // is not last ("/nelson-s-ot-goal-lifts-isles/amp/"): the headline, never a section.
    for (size_t k = 0; k + 1 < segs.size(); ++k) {
      int parts = 1;
      for (char ch : segs[k]) parts += ch == '-' || ch == '_';
      if (parts <= weights::kSectionMaxSlugWords) path_keys_.push_back(SquashName(segs[k]));
    }
    ForEachWord(path, [&](std::string_view w) { path_words_.insert(AsciiLower(w)); });
    if (c.meta.section) path_keys_.push_back(SquashName(*c.meta.section));
    label_ = SquashName(std::string_view(c.site).substr(0, c.site.find('.')));
    bare_label_ = label_;
    while (!bare_label_.empty() && bare_label_.back() >= '0' && bare_label_.back() <= '9')
      bare_label_.pop_back();
  }

  // The article body the affix is looked for in (built on first use: most titles have only
  // the site's name as affix): every paragraph but the headline repeated in the text and the
  // lead sentence (where farms splice the phrase in).
  void EnsureBody() const {
    if (body_ready_) return;
    body_ready_ = true;
    lower_ = AsciiLower(text_);
    const ProvenanceContext& c = c_;
    HeadlineRepeats repeats(c);
    bool lead_done = false;
    for (std::string_view para : c.paragraphs) {
      size_t begin = static_cast<size_t>(para.data() - text_.data());
      if (repeats(para)) continue;
      if (!lead_done && CountWords(para) >= weights::kLeadMinWords) {
        lead_done = true;
        std::string_view first = SentenceAround(para, 0);
        size_t skip = static_cast<size_t>(first.data() + first.size() - para.data());
        body_.push_back({begin + skip, begin + para.size()});
        continue;
      }
      body_.push_back({begin, begin + para.size()});
    }
    for (const auto& [b, e] : body_) {
      ForEachWord(std::string_view(text_).substr(b, e - b),
                  [&](std::string_view w) { body_words_.Add(WordHash(w)); });
    }
  }

  // Classify() memoised: the same affix recurs in <title>, og:title and h1.
  Affix ClassifyCached(std::string_view a, bool strong_cut, std::string_view rest,
                       const char* where) {
    std::string key = std::string(TrimView(a)) + (strong_cut ? "\x01" : "\x02") + where + "\x03" +
                      std::string(rest);
    auto it = cache_.find(key);
    if (it != cache_.end()) return it->second;
    Affix r = Classify(a, strong_cut, rest, where);
    cache_.emplace(std::move(key), r);
    return r;
  }

  // `rest`: the headline left once the affix is cut off.
  Affix Classify(std::string_view a, bool strong_cut, std::string_view rest, const char* where) {
    Affix r;
    a = TrimView(a);
    if (a.empty() || !HasLetter(a)) return r;
    int words = static_cast<int>(CountWords(a));
    if (words > weights::kInjectMaxAffixWords) return r;
    if (c_.IsSelfName(a)) {
      r.kind = AffixKind::kSite;
      return r;
    }
    // "... | by Harbor Commuter | Medium": the post's author, as its byline names them.
    if (c_.meta.byline && a.size() > 3 && StartsWithIgnoreCase(a, "by ") &&
        SquashName(a.substr(3)) == SquashName(*c_.meta.byline)) {
      r.kind = AffixKind::kSite;
      return r;
    }
    if (const Publisher* p = PublisherTable::Get().ByName(a); p && !p->IsAmbiguousName(a)) {
      r.kind = AffixKind::kOutlet;
      return r;
    }
    std::string key = SquashName(a);
    for (const std::string& k : path_keys_) {
      if (!key.empty() && k == key) {
        r.kind = AffixKind::kSection;
        return r;
      }
    }
    if (IsAllCaps(a)) {  // "BREAKING", "WATCH", "LIVE UPDATES": kickers
      r.kind = AffixKind::kSection;
      return r;
    }
    // One word of the affix spells the site's domain label ("9to5Mac Gift Guide" on 9to5mac.com;
    // NameSpellsDomain for a single word: equal, or equal once the label's trailing digits or a
    // leading "the" are dropped).
    bool spells_site = false;
    const std::string& label = label_;
    if (label.size() >= 3) {
      ForEachWord(a, [&](std::string_view w) {
        std::string k = SquashName(w);
        if (k.size() < 3) return;
        if (k == label || k == bare_label_ || "the" + k == label || k == "the" + label)
          spells_site = true;
      });
    }
    // "CNNPolitics": the site's name glued to a section.
    const std::string& squashed = key;
    if (label.size() >= 3 && squashed.size() > label.size() &&
        (squashed.compare(0, label.size(), label) == 0 ||
         squashed.compare(squashed.size() - label.size(), label.size(), label) == 0))
      spells_site = true;
    if (spells_site) {  // "9to5Mac Gift Guide" on 9to5mac.com
      r.kind = AffixKind::kSite;
      return r;
    }
    // Cheap refusals first; the article body is only read for phrases that survive them.
    // Words of the URL slug: sites build it from the real headline, a farm's template adds the
    // brand to the title only.
    if (WordsInPath(a, rest) >= weights::kInjectMaxKnownWordShare) return r;
    // A brand is capitalised; a lower-case start continues the headline ("der lange Marsch").
    if (!IsUpperAt(a, 0) && !(a[0] >= '0' && a[0] <= '9')) return r;
    bool plain = IsPlainWord(a);
    bool in_h1 = headline_ && where != std::string_view("h1") && IsAffixOf(a, *headline_) && !plain;
    bool keyword = c_.meta.keywords && IsKeyword(a, *c_.meta.keywords);
    std::string glued = GluedToken(a);
    // Alone in the title, only a capitalised, brand-like phrase after a clear separator counts
    // (weakly: it may be a tagline); anything else needs the h1, the keywords or a splice.
    bool title_only_ok = strong_cut && !plain;
    if (!in_h1 && !(keyword && !plain) && glued.empty() && !title_only_ok) return r;
    if (PresentInBody(a)) return r;
    // Words of a spliced phrase are in the text because of the splice: they count only when the
    // article uses them elsewhere.
    double known = glued.empty() ? WordsInBody(a) : WordsInBodyOutside(a, glued);
    if (known > weights::kInjectMaxKnownWordShare) return r;
    // Evidence quotes the phrase exactly as it appears in each place, so the view can mark it.
    std::vector<Evidence> ev;
    ev.push_back({std::string(a), where});
    double miss = 1.0;
    bool corroborated = false;
    if (!glued.empty()) {
      ev.push_back({glued, "text"});
      r.glued = true;
      miss *= 1.0 - weights::kInjectGlued;
      corroborated = true;
    }
    if (in_h1) {
      ev.push_back({std::string(a), "h1"});
      miss *= 1.0 - weights::kInjectH1;
      corroborated = true;
    }
    if (keyword) {
      ev.push_back({std::string(a), "meta:keywords"});
      if (!plain) {
        miss *= 1.0 - weights::kInjectKeyword;
        corroborated = true;
      }
    }
    if (!corroborated) miss *= 1.0 - weights::kInjectTitleOnly;
    r.corroborated = corroborated;
    if (c_.meta.og_title && where != std::string_view("meta:og:title") &&
        c_.meta.og_title->find(std::string(a)) != std::string::npos) {
      ev.push_back({std::string(a), "meta:og:title"});
    }
    r.kind = AffixKind::kInjected;
    r.strength = 1.0 - miss;
    r.evidence = std::move(ev);
    return r;
  }

 private:
  // Occurs in the article text as words of its own, outside the lead sentence (where farms
  // splice the phrase in).
  bool PresentInBody(std::string_view a) const {
    EnsureBody();
    std::string cue = AsciiLower(a);
    for (size_t p = FindLowerCue(text_, lower_, cue); p != std::string::npos;
         p = FindLowerCue(text_, lower_, cue, p + 1)) {
      for (const auto& [b, e] : body_) {
        if (p >= b && p + a.size() <= e) return true;
      }
    }
    return false;
  }

  // `a` glued to a neighbouring word, as written ("SafeX Pro ExchangeU.S."), or "".
  std::string GluedToken(std::string_view a) const {
    for (std::string_view hay :
         {std::string_view(text_),
          c_.meta.excerpt ? std::string_view(*c_.meta.excerpt) : std::string_view()}) {
      for (size_t p = hay.find(a); p != std::string_view::npos; p = hay.find(a, p + 1)) {
        bool glued_before = IsWordCharBefore(hay, p) && IsWordCharAt(a, 0);
        bool glued_after = IsWordCharAt(hay, p + a.size()) && IsWordCharBefore(a, a.size());
        if (!glued_before && !glued_after) continue;
        size_t b = p, e = p + a.size();
        while (b > 0 && IsWordCharBefore(hay, b)) {
          --b;
          while (b > 0 && (static_cast<unsigned char>(hay[b]) & 0xC0) == 0x80) --b;
        }
        while (e < hay.size()) {
          size_t j = e;
          if (IsWordCodePoint(NextCodePoint(hay, &j)))
            e = j;
          else if (hay[e] == '.' && IsWordCharAt(hay, e + 1))
            ++e;
          else
            break;
        }
        if (e < hay.size() && hay[e] == '.') ++e;  // "U.S."
        return std::string(hay.substr(b, e - b));
      }
    }
    return std::string();
  }

  // Share of the affix's words that the article uses outside its lead sentence.
  double WordsInBody(std::string_view a) const {
    EnsureBody();
    int n = 0, known = 0;
    ForEachWord(a, [&](std::string_view w) {
      ++n;
      if (body_words_.Contains(WordHash(w))) ++known;
    });
    return n ? static_cast<double>(known) / n : 0.0;
  }

  // Share of the affix's words found in the URL path. Words the rest of the headline also uses
  // ("Pro" of "BetKing365 Pro_16-inch MacBook Pro review") say nothing: the slug has them
  // because of the headline. An affix made only of such words counts as known.
  // WordsInBody() without the occurrences inside the spliced token `glued` of the text.
  double WordsInBodyOutside(std::string_view a, std::string_view glued) const {
    EnsureBody();
    size_t gb = text_.find(glued), ge = gb == std::string::npos ? gb : gb + glued.size();
    int n = 0, known = 0;
    ForEachWord(a, [&](std::string_view w) {
      ++n;
      std::string cue = AsciiLower(w);
      for (size_t p = FindLowerCue(text_, lower_, cue); p != std::string::npos;
           p = FindLowerCue(text_, lower_, cue, p + 1)) {
        if (gb != std::string::npos && p >= gb && p < ge) continue;
        bool in_body = false;
        for (const auto& [b, e] : body_) in_body = in_body || (p >= b && p < e);
        if (in_body) {
          ++known;
          break;
        }
      }
    });
    return n ? static_cast<double>(known) / n : 0.0;
  }

  double WordsInPath(std::string_view a, std::string_view rest) const {
    std::vector<uint64_t> headline;  // WordHash of the rest's words (a title: a few dozen)
    ForEachWord(rest, [&](std::string_view w) { headline.push_back(WordHash(w)); });
    int n = 0, known = 0, shared = 0;
    ForEachWord(a, [&](std::string_view w) {
      if (std::find(headline.begin(), headline.end(), WordHash(w)) != headline.end()) {
        ++shared;
        return;
      }
      ++n;
      std::string k = WordKey(w);
      if (path_words_.count(k) || path_words_.count(SquashName(w))) ++known;
    });
    if (n == 0) return shared ? 1.0 : 0.0;
    return static_cast<double>(known) / n;
  }

  static bool IsAllCaps(std::string_view a) {
    int upper = 0;
    for (char ch : a) {
      if (ch >= 'a' && ch <= 'z') return false;
      if (ch >= 'A' && ch <= 'Z') ++upper;
    }
    return upper >= 2;
  }

  static bool IsAffixOf(std::string_view a, std::string_view h) {
    h = TrimView(h);
    if (h.size() <= a.size() + 1) return false;
    auto sep_at = [](std::string_view s) {
      s = TrimView(s);
      if (s.empty()) return false;
      std::vector<Cut> cuts = FindCuts(s);
      return !cuts.empty() &&
             (cuts.front().pos == 0 || cuts.back().pos + cuts.back().len == s.size());
    };
    if (h.compare(0, a.size(), a) == 0) {
      std::string_view rest = h.substr(a.size());
      size_t k = 0;
      while (k < rest.size() && rest[k] == ' ') ++k;
      std::vector<Cut> cuts = FindCuts(rest.substr(k, 4));
      if (!cuts.empty() && cuts.front().pos == 0) return true;
    }
    if (h.size() >= a.size() && h.compare(h.size() - a.size(), a.size(), a) == 0) {
      std::string_view rest = TrimView(h.substr(0, h.size() - a.size()));
      if (!rest.empty() && sep_at(rest.substr(rest.size() - std::min<size_t>(rest.size(), 3))))
        return true;
    }
    return false;
  }

  static bool IsKeyword(std::string_view a, std::string_view keywords) {
    size_t start = 0;
    while (start <= keywords.size()) {
      size_t end = keywords.find_first_of(",;", start);
      if (end == std::string_view::npos) end = keywords.size();
      if (EqualsIgnoreCase(TrimView(keywords.substr(start, end - start)), a)) return true;
      start = end + 1;
    }
    return false;
  }

  const ProvenanceContext& c_;
  const std::string& text_;
  const std::optional<std::string>& headline_;  // the visible headline (VisibleHeadline)
  mutable bool body_ready_ = false;
  mutable std::string lower_;                            // text_ lower-cased (ASCII), same offsets
  mutable std::vector<std::pair<size_t, size_t>> body_;  // byte ranges of text_ counted as body
  mutable HashBits body_words_{1024};                    // WordHash of the body's words
  std::vector<std::string> path_keys_;
  std::unordered_map<std::string, Affix> cache_;
  std::string label_, bare_label_;  // the registrable domain's name label, squashed; without digits
  std::unordered_set<std::string> path_words_;  // words of the URL path, lower-cased
};

struct Found {
  std::string phrase;
  Affix affix;
  bool prefix = false;      // cut off the start of the headline
  bool lead_label = false;  // a label in front of the lead sentence (FindLeadLabel)
};

// Strips recognised affixes from both ends of `title`, collecting injected ones.
std::string Strip(std::string_view title, const char* where, Analyzer* an,
                  std::vector<Found>* found) {
  std::string t(TrimView(title));
  // The uncorroborated phrase stripped from the end just before, if any: when the site's own
  // name comes next, that phrase was the site's tagline ("... - Remember 80/90 - Memorabilia
  // anni 80/90", WordPress's "title - site - tagline"), not a brand added to the headline.
  size_t outer_suffix = std::string::npos;
  for (int round = 0; round < 6; ++round) {
    std::vector<Cut> cuts = FindCuts(t);
    if (cuts.empty()) break;
    bool stripped = false;
    // Suffixes, nearest the end first; then prefixes, nearest the start first.
    for (int side = 0; side < 2 && !stripped; ++side) {
      for (size_t k = 0; k < cuts.size() && k < 4 && !stripped; ++k) {
        const Cut& cut = side == 0 ? cuts[cuts.size() - 1 - k] : cuts[k];
        std::string_view affix = side == 0 ? std::string_view(t).substr(cut.pos + cut.len)
                                           : std::string_view(t).substr(0, cut.pos);
        std::string_view rest = side == 0 ? std::string_view(t).substr(0, cut.pos)
                                          : std::string_view(t).substr(cut.pos + cut.len);
        if (CountWords(rest) < 2) continue;  // never strip down to nothing
        Affix a = an->ClassifyCached(affix, cut.strong, rest, where);
        if (a.kind == AffixKind::kNone) continue;
        if ((a.kind == AffixKind::kSection || a.kind == AffixKind::kOutlet) && !cut.strong)
          continue;
        if (side == 0 && a.kind == AffixKind::kSite && outer_suffix != std::string::npos) {
          found->erase(found->begin() + static_cast<std::ptrdiff_t>(outer_suffix));
        }
        outer_suffix = std::string::npos;
        if (a.kind == AffixKind::kInjected) {
          if (side == 0 && !a.corroborated) outer_suffix = found->size();
          found->push_back({std::string(TrimView(affix)), a, side == 1});
        }
        t = std::string(TrimView(rest));
        stripped = true;
      }
    }
    if (!stripped) break;
  }
  return t;
}

bool IsLeadLabelHead(std::string_view w) {
  for (std::string_view h : kLeadLabelHeads) {
    if (EqualsIgnoreCase(w, h)) return true;
  }
  return false;
}

// A search phrase set as a label in front of the lead ("PG&E power outage update: Pacific Gas &
// Electric Co. was set to..."), made of words the title carries.
std::optional<Found> FindLeadLabel(const ProvenanceContext& c,
                                   const std::optional<std::string>& headline) {
  // The lead: the first paragraph of kLeadMinWords words (counted in its first bytes: prose has
  // them there) that is not the headline repeated. Most leads have no colon near their start.
  HeadlineRepeats repeats(c);
  std::string_view lead;
  for (std::string_view para : c.paragraphs) {
    if (CountWords(para.substr(0, weights::kLeadWordsPrefixBytes)) < weights::kLeadMinWords)
      continue;
    if (repeats(para)) continue;
    if (para.substr(0, weights::kLeadLabelMaxBytes + 1).find(':') == std::string_view::npos)
      return std::nullopt;
    lead = para;
    break;
  }
  size_t colon = lead.substr(0, weights::kLeadLabelMaxBytes + 1).find(':');
  if (colon == std::string_view::npos || colon + 1 >= lead.size() || lead[colon + 1] != ' ')
    return std::nullopt;
  std::string_view label = TrimView(lead.substr(0, colon));
  // A sentence ending before the colon: the label is not at the start of the lead.
  for (std::string_view end : {". ", "! ", "? "}) {
    if (label.find(end) != std::string_view::npos) return std::nullopt;
  }
  // All capitals is a kicker or a salutation ("UPDATE:", "DEAR ABBY:"), not a search phrase.
  if (std::none_of(label.begin(), label.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; }))
    return std::nullopt;
  std::vector<std::string_view> words;
  ForEachWord(label, [&](std::string_view w) { words.push_back(w); });
  if (words.size() < 2 || words.size() > static_cast<size_t>(weights::kLeadLabelMaxWords) ||
      !IsLeadLabelHead(words.back()) ||
      CountWords(lead.substr(colon + 1)) < static_cast<size_t>(weights::kLeadLabelMinRest))
    return std::nullopt;
  // The label's own words (before its head words) must come from the title or the headline.
  std::vector<uint64_t> title_words;
  for (const std::optional<std::string>* t : {&c.meta.raw_title, &headline}) {
    if (*t) ForEachWord(**t, [&](std::string_view w) { title_words.push_back(HashLower(w)); });
  }
  auto in_title = [&](std::string_view w) {
    return std::find(title_words.begin(), title_words.end(), HashLower(w)) != title_words.end();
  };
  int own = 0, shared = 0;
  for (std::string_view w : words) {
    if (IsLeadLabelHead(w)) continue;
    ++own;
    if (in_title(w)) ++shared;
  }
  if (own == 0 || shared < own * weights::kLeadLabelTitleShare) return std::nullopt;
  Found f;
  f.phrase = std::string(label);
  f.lead_label = true;
  f.affix.kind = AffixKind::kInjected;
  f.affix.strength = weights::kInjectLeadLabel;
  f.affix.corroborated = true;
  f.affix.evidence.push_back({f.phrase, "text"});
  // Quote the title's segment (between separators) that shares most of the label's words.
  if (c.meta.raw_title) {
    std::string_view t = *c.meta.raw_title;
    std::vector<Cut> cuts = FindCuts(t);
    std::string_view best;
    int best_shared = 0;
    size_t from = 0;
    for (size_t k = 0; k <= cuts.size(); ++k) {
      size_t to = k < cuts.size() ? cuts[k].pos : t.size();
      std::string_view seg = TrimView(t.substr(from, to - from));
      int n = 0;
      ForEachWord(seg, [&](std::string_view w) {
        for (std::string_view l : words) n += !IsLeadLabelHead(l) && HashLower(l) == HashLower(w);
      });
      if (n > best_shared) best = seg, best_shared = n;
      if (k < cuts.size()) from = cuts[k].pos + cuts[k].len;
    }
    if (!best.empty()) {
      f.affix.evidence.push_back({std::string(best), "title"});
      if (headline && headline->find(best) != std::string::npos)
        f.affix.evidence.push_back({std::string(best), "h1"});
    }
  }
  // A meta keyword made of the label's words: the phrase the page is optimised for.
  if (c.meta.keywords) {
    for (std::string_view kw : Split(*c.meta.keywords, ',')) {
      kw = TrimView(kw);
      int n = 0, in_label = 0;
      ForEachWord(kw, [&](std::string_view w) {
        ++n;
        for (std::string_view l : words) {
          if (HashLower(l) == HashLower(w)) {
            ++in_label;
            break;
          }
        }
      });
      if (n >= 2 && in_label == n) {
        f.affix.evidence.push_back({std::string(kw), "meta:keywords"});
        break;
      }
    }
  }
  return f;
}

// The title without its first segment when that segment is the lead label's phrase, give or
// take a year ("Alibaba Stock News: BABA to Raise..." -> "BABA to Raise..."); `title` otherwise.
std::string WithoutLabelPrefix(const std::string& title, std::string_view label) {
  std::vector<Cut> cuts = FindCuts(title);
  if (cuts.empty()) return title;
  std::string_view prefix = std::string_view(title).substr(0, cuts.front().pos);
  std::string_view rest =
      TrimView(std::string_view(title).substr(cuts.front().pos + cuts.front().len));
  if (CountWords(rest) < 2) return title;
  std::vector<uint64_t> label_words;
  ForEachWord(label, [&](std::string_view w) { label_words.push_back(HashLower(w)); });
  bool all = !TrimView(prefix).empty();
  ForEachWord(prefix, [&](std::string_view w) {
    bool number = std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
    all = all &&
          (number || IsLeadLabelHead(w) ||
           std::find(label_words.begin(), label_words.end(), HashLower(w)) != label_words.end());
  });
  return all ? std::string(rest) : title;
}

}  // namespace

std::optional<std::string> VisibleHeadline(const ProvenanceContext& c) {
  const Metadata& m = c.meta;
  if (m.h1) return m.h1;
  // No <h1>: table layouts set the headline in <font size=5>, script-rendered pages in a
  // role="heading" div. The block showing the <title> (or og:title) word for word is it.
  // The <title> without its site-name suffix too ("Headline - Site Name").
  std::optional<std::string> unsuffixed;
  if (m.raw_title && !c.title_suffix.empty() && m.raw_title->size() > c.title_suffix.size() &&
      EndsWith(*m.raw_title, c.title_suffix)) {
    std::string_view t =
        std::string_view(*m.raw_title).substr(0, m.raw_title->size() - c.title_suffix.size());
    std::vector<Cut> cuts = FindCuts(t);
    if (!cuts.empty()) unsuffixed = std::string(TrimView(t.substr(0, cuts.back().pos)));
  }
  const std::optional<std::string>* variants[] = {&m.raw_title, &m.og_title, &unsuffixed};
  for (const std::optional<std::string>* v : variants) {
    if (!*v) continue;
    std::string_view want = TrimView(**v);
    if (CountWords(want) < 3) continue;
    for (const PageBlock& b : c.page.blocks) {
      if (b.text.size() != want.size() || (b.chrome & kChromeNav) || b.link_chars > 0) continue;
      if (b.text == want) return b.text;
    }
  }
  return std::nullopt;
}

InjectionResult AnalyzeInjection(const ProvenanceContext& c) {
  InjectionResult r;
  std::optional<std::string> headline = VisibleHeadline(c);
  Analyzer an(c, headline);
  std::vector<Found> found;
  const Metadata& m = c.meta;
  if (m.raw_title) r.clean_title = Strip(*m.raw_title, "title", &an, &found);
  // The headline variants may carry a phrase the <title> lacks.
  std::vector<Found> more;
  // A variant equal to the <title> or to its clean form has nothing more to say.
  auto fresh = [&](const std::optional<std::string>& v) {
    return v && !(m.raw_title && *v == *m.raw_title) && *v != r.clean_title;
  };
  std::string og_clean = fresh(m.og_title) ? Strip(*m.og_title, "meta:og:title", &an, &more)
                                           : (m.og_title ? r.clean_title : std::string());
  std::string h1_clean = fresh(headline) ? Strip(*headline, "h1", &an, &more)
                                         : (headline ? r.clean_title : std::string());
  for (Found& f : more) {
    bool dup = false;
    for (const Found& g : found) dup |= g.phrase == f.phrase;
    if (!dup) found.push_back(std::move(f));
  }
  if (r.clean_title.empty() || CountWords(r.clean_title) < 2) {
    if (!og_clean.empty())
      r.clean_title = og_clean;
    else if (!h1_clean.empty())
      r.clean_title = h1_clean;
    else if (m.title)
      r.clean_title = *m.title;
  }
  if (std::optional<Found> label = FindLeadLabel(c, headline)) {
    bool dup = false;
    for (const Found& g : found) dup |= EqualsIgnoreCase(g.phrase, label->phrase);
    if (!dup) {
      r.clean_title = WithoutLabelPrefix(r.clean_title, label->phrase);
      found.push_back(std::move(*label));
    }
  }
  if (found.empty()) return r;
  std::stable_sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    return a.affix.strength > b.affix.strength;
  });
  Signal s;
  s.id = "keyword-injection";
  for (const Found& f : found) {
    r.phrases.push_back(f.phrase);
    r.strength = std::max(r.strength, f.affix.strength);
    if (f.affix.corroborated) r.corroborated = std::max(r.corroborated, f.affix.strength);
    r.glued = r.glued || f.affix.glued;
    for (const Evidence& e : f.affix.evidence) {
      if (f.prefix && e.where == "h1") r.headline_prefix = true;
    }
    for (const Evidence& e : f.affix.evidence) {
      bool dup = false;
      for (const Evidence& o : s.evidence) dup |= o.text == e.text && o.where == e.where;
      if (!dup) s.evidence.push_back(e);
    }
  }
  s.weight = r.strength;
  if (found[0].lead_label)
    s.message = "\"" + r.phrases[0] +
                "\" is put in front of the first sentence and repeats the title: a search phrase "
                "added to the article to rank for it.";
  else
    s.message =
        "\"" + r.phrases[0] + "\" is attached to the headline but is not part of the article" +
        (found[0].affix.strength >= weights::kInjectH1 ? " (spliced in to rank for it)." : ".");
  r.signal = std::move(s);
  return r;
}

}  // namespace clearsource
