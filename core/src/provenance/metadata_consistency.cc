#include "provenance/metadata_consistency.h"

#include <algorithm>

#include "provenance/domains.h"
#include "provenance/text_scan.h"
#include "provenance/weights.h"
#include "provenance/words.h"
#include "util/text.h"

namespace clearsource {
namespace {

int YearAt(std::string_view s, size_t i) {
  if (i + 4 > s.size()) return 0;
  int y = 0;
  for (size_t k = i; k < i + 4; ++k) {
    if (s[k] < '0' || s[k] > '9') return 0;
    y = y * 10 + (s[k] - '0');
  }
  return y;
}

// The latest plausible year (1990..page year) written as a word of its own in `text`, outside
// the page's own date stamp `skip` when the text holds it.
int LatestYear(std::string_view text, int cap, std::string_view skip = {}) {
  size_t sb = skip.empty() ? std::string_view::npos : text.find(skip);
  size_t se = sb == std::string_view::npos ? sb : sb + skip.size();
  int latest = 0;
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    // Every year starting at i..i+3 has a digit at i+3: prose is mostly letters, so most
    // positions are skipped four at a time.
    if (text[i + 3] < '0' || text[i + 3] > '9') {
      i += 3;
      continue;
    }
    if (text[i] != '1' && text[i] != '2') continue;
    if (sb != std::string_view::npos && i >= sb && i < se) continue;
    if (IsWordCharBefore(text, i) || IsWordCharAt(text, i + 4)) continue;
    int y = YearAt(text, i);
    if (y >= 1990 && y <= cap && y > latest) latest = y;
  }
  return latest;
}

// The page's own date: published_time, else a visible stamp "Date: 2025-04-11", "Time:
// 2023/10/10 22:46", "Updated: 2024-01-02" (year first, as CMS templates print it).
int PageYear(const ProvenanceContext& c, std::string* shown, std::string* where) {
  if (c.meta.published_time) {
    *shown = *c.meta.published_time;
    *where = "meta:published_time";
    return YearAt(*c.meta.published_time, 0);
  }
  for (const PageBlock& b : c.page.blocks) {
    if (!(b.triggers & (kTrigDate | kTrigNote)) || b.text.size() > 200) continue;
    std::string_view t = b.text;
    // One pass over the line's colons: the label before it, a year-first date after it.
    for (size_t colon = t.find(':'); colon != std::string_view::npos;
         colon = t.find(':', colon + 1)) {
      size_t k = colon + 1;
      while (k < t.size() && t[k] == ' ') ++k;
      int y = YearAt(t, k);
      bool ymd = k + 7 <= t.size() && (t[k + 4] == '-' || t[k + 4] == '/' || t[k + 4] == '.');
      if (y < 1990 || !ymd) continue;
      size_t e = colon;
      while (e > 0 && t[e - 1] == ' ') --e;
      size_t p = std::string_view::npos;
      for (std::string_view w : {"date", "time", "updated", "published", "posted"}) {
        if (e >= w.size() && EqualsIgnoreCase(t.substr(e - w.size(), w.size()), w) &&
            (e == w.size() || !IsWordCharBefore(t, e - w.size())))
          p = e - w.size();
      }
      if (p == std::string_view::npos) continue;
      *shown = std::string(t.substr(p, std::min<size_t>(t.size() - p, 30)));
      *where = b.in_article ? "text" : "page";
      return y;
    }
  }
  return 0;
}

// The year a copyright line carries ("Copyright 2019 Al Jazeera", "(c) the Guardian 2019").
int CopyrightYear(std::string_view t) {
  for (size_t i = 0; i + 4 <= t.size(); ++i) {
    if ((t[i] != '1' && t[i] != '2') || IsWordCharBefore(t, i) || IsWordCharAt(t, i + 4)) continue;
    int y = YearAt(t, i);
    if (y >= 1990) return y;
  }
  return 0;
}

bool IsLatinLanguage(std::string_view primary) {
  static constexpr std::string_view kLatin[] = {
      "en", "es", "pt", "fr", "de", "it", "nl", "id", "ms", "vi", "tr", "pl", "sv",
      "da", "no", "nb", "fi", "ro", "cs", "hu", "tl", "sw", "ca", "hr", "sk", "sl"};
  for (std::string_view l : kLatin) {
    if (primary == l) return true;
  }
  return false;
}

// Letters only Vietnamese writes among Latin-script languages (ă đ ơ ư and the tone-marked
// vowels of Latin Extended Additional): every Vietnamese sentence has several.
bool HasVietnameseLetter(std::string_view text) {
  size_t i = 0;
  while (i < text.size()) {
    if (static_cast<unsigned char>(text[i]) < 0x80) {
      ++i;
      continue;
    }
    uint32_t cp = NextCodePoint(text, &i);
    if (cp == 0x102 || cp == 0x103 || cp == 0x110 || cp == 0x111 || cp == 0x1A0 || cp == 0x1A1 ||
        cp == 0x1AF || cp == 0x1B0 || (cp >= 0x1EA0 && cp <= 0x1EF9))
      return true;
  }
  return false;
}

Script ScriptOfLanguage(std::string_view primary) {
  if (IsLatinLanguage(primary)) return Script::kLatin;
  if (primary == "ru" || primary == "uk" || primary == "bg" || primary == "sr" || primary == "be" ||
      primary == "kk" || primary == "mk")
    return Script::kCyrillic;
  if (primary == "zh") return Script::kCjk;
  if (primary == "ja") return Script::kKana;
  if (primary == "ko") return Script::kHangul;
  if (primary == "ar" || primary == "fa" || primary == "ur") return Script::kArabic;
  if (primary == "he") return Script::kHebrew;
  if (primary == "el") return Script::kGreek;
  if (primary == "th") return Script::kThai;
  if (primary == "hi" || primary == "mr" || primary == "ne") return Script::kDevanagari;
  return Script::kNone;
}

// Word overlap of two headline variants (share of the shorter one's words).
double Agreement(std::string_view a, std::string_view b) {
  std::vector<uint64_t> wa, wb;
  ContentWords(a, &wa);
  ContentWords(b, &wb);
  if (wa.empty() || wb.empty()) return 1.0;
  WordSet sb(wb.begin(), wb.end());
  size_t shared = 0;
  for (uint64_t h : wa) shared += sb.count(h) ? 1 : 0;
  return static_cast<double>(shared) / std::min(wa.size(), wb.size());
}

}  // namespace

MetadataConsistencyResult AnalyzeMetadataConsistency(const ProvenanceContext& c,
                                                     const AttributionResult& attribution,
                                                     const std::string& clean_title) {
  MetadataConsistencyResult r;
  Signal s;
  s.id = "metadata-inconsistency";
  double miss = 1.0, strong_miss = 1.0, weak_miss = 1.0;
  std::vector<std::string> what;

  // 1. Page date far after every year the text mentions.
  std::string shown, where;
  int page_year = PageYear(c, &shown, &where);
  if (page_year >= 1990) {
    int latest = LatestYear(c.result.text_content, page_year,
                            where == "text" ? std::string_view(shown) : std::string_view());
    if (latest > 0 && page_year - latest >= weights::kDateGapYears) {
      r.date_gap = true;
      r.date_gap_years = page_year - latest;
      s.evidence.push_back({shown, where});
      s.evidence.push_back({std::to_string(latest), "text"});
      miss *= 1.0 - weights::kMetaDateGap;
      weak_miss *= 1.0 - weights::kMetaDateGap;
      what.push_back("the page is dated " + std::to_string(page_year) + " but its text stops at " +
                     std::to_string(latest));
    }
  }

  // 1b. The credited outlet's copyright line is years older than the page: syndication runs
  // within days of the original, a page re-dated years later passes an old article off as new.
  if (page_year >= 1990) {
    for (const Claim& cl : attribution.claims) {
      if (cl.kind != ClaimKind::kCopyright) continue;
      int y = CopyrightYear(cl.evidence.text);
      if (y < 1990 || y > page_year || page_year - y < weights::kCreditDateGapYears) continue;
      r.credit_date_gap = true;
      if (!r.date_gap) s.evidence.push_back({shown, where});
      s.evidence.push_back({cl.evidence.text, cl.evidence.where});
      miss *= 1.0 - weights::kMetaCreditDateGap;
      strong_miss *= 1.0 - weights::kMetaCreditDateGap;
      what.push_back("the page is dated " + std::to_string(page_year) + " but credits a " +
                     std::to_string(y) + " copyright of " +
                     (cl.publisher ? std::string(cl.publisher->name) : cl.name));
      break;
    }
  }

  // 1c. The head says the site *is* the outlet the page credits (og:site_name or JSON-LD
  // publisher naming it, next to a visible credit to it, or with no credit to it at all) while
  // the logo, footer or title show another site: the original's <head> was copied along with its
  // text. A partner's CMS writes its own name there. Wire services are exempt: members' CMSs
  // name the wire as publisher. A clone presenting itself as the outlet is told below.
  if (c.identity_known && attribution.top_group >= 0 && !c.impersonated) {
    const Claim* head = nullptr;
    bool visible = false, other_credit = false, licence = false;
    for (const Claim& cl : attribution.claims) {
      if (cl.group != attribution.top_group) continue;
      if (cl.publisher && (cl.publisher->wire || cl.publisher->aggregator)) continue;
      if (IsVisibleCredit(cl.kind)) visible = true;
      // A licence printed for the outlet ("Printed and distributed by PressReader" beside its
      // copyright): the head naming the outlet is then the licensed edition's, not a copy's.
      if (cl.kind == ClaimKind::kLicensedNote) licence = true;
      switch (cl.kind) {
        case ClaimKind::kSiteName:
        case ClaimKind::kJsonLdPublisher:
          if (!head) head = &cl;
          break;
        case ClaimKind::kDateline:
        case ClaimKind::kTitle:
        case ClaimKind::kEmail:
        case ClaimKind::kCanonical:
        case ClaimKind::kBasedOn:
        case ClaimKind::kBodyLinks:
          other_credit = true;
          break;
        default:
          break;
      }
    }
    // ...or names it while the page credits it nowhere: the text passed off as the site's own,
    // with the original's <head> still on it (a canonical link to it would be a partner's mark).
    if (head && !licence && (visible || !other_credit)) {
      r.copied_head = true;
      s.evidence.push_back(head->evidence);
      miss *= 1.0 - weights::kMetaCopiedHead;
      strong_miss *= 1.0 - weights::kMetaCopiedHead;
      what.push_back("the page's metadata says it is " +
                     (head->publisher ? std::string(head->publisher->name) : head->name) +
                     (visible ? ", the outlet it credits, but the site shows another name"
                              : ", but the site shows another name and credits it nowhere"));
    }
  }

  // 1d. The page presents itself as a table outlet (title suffix with og:site_name, JSON-LD
  // publisher or footer) on a domain that is not the outlet's, and its canonical link leads
  // into the outlet's own domain: a clone of the outlet's page. An outlet's other domain points
  // its canonical at itself; a partner names itself, not the outlet, in its title.
  if (c.impersonated) {
    r.impersonation = true;
    s.evidence.push_back(
        {c.title_suffix.empty() ? std::string(c.impersonated->name) : c.title_suffix, "title"});
    s.evidence.push_back({c.impersonated_url, c.impersonated_where});
    miss *= 1.0 - weights::kMetaImpersonation;
    strong_miss *= 1.0 - weights::kMetaImpersonation;
    what.push_back("the page presents itself as " + std::string(c.impersonated->name) + " on " +
                   c.host +
                   (c.look_alike ? ", a look-alike of the outlet's own address"
                                 : ", while its canonical address is on the outlet's own site"));
  }

  // 2. <html lang> against the text's script (and English text under a non-English Latin lang).
  if (c.meta.lang && c.result.text_content.size() > 200) {
    std::string lang = AsciiLower(*c.meta.lang);
    std::string primary = lang.substr(0, lang.find_first_of("-_"));
    Script claimed = ScriptOfLanguage(primary);
    Script actual = c.ArticleProfile().script;
    bool mismatch = claimed != Script::kNone && actual != Script::kNone && claimed != actual &&
                    !(claimed == Script::kCjk && actual == Script::kKana);
    if (!mismatch && claimed == Script::kLatin && actual == Script::kLatin) {
      double en = c.ArticleProfile().english_share;
      if (primary != "en" && en >= weights::kEnglishShare)
        mismatch = true;  // lang="vi", English text
      if (primary == "vi" && !HasVietnameseLetter(c.result.text_content))
        mismatch = true;  // lang="vi", Portuguese text
      if (primary == "en" && en < weights::kNotEnglishShare)
        r.lang_en_only = true;  // lang="en", other text
    }
    if (mismatch) {
      r.lang_mismatch = true;
      s.evidence.push_back({*c.meta.lang, "meta:lang"});
      miss *= 1.0 - weights::kMetaLangMismatch;
      strong_miss *= 1.0 - weights::kMetaLangMismatch;
      what.push_back("the page declares lang=\"" + *c.meta.lang +
                     "\" but the text is in another language");
    }
  }

  if (r.lang_en_only) {
    // Sites forget to localise lang="en" (WordPress defaults): supporting evidence only.
    s.evidence.push_back({*c.meta.lang, "meta:lang"});
    miss *= 1.0 - weights::kMetaLangDefault;
    weak_miss *= 1.0 - weights::kMetaLangDefault;
    what.push_back("the page declares lang=\"" + *c.meta.lang + "\" but the text is not English");
  }

  // 3. A source label naming no outlet the page otherwise knows.
  const Document& d = c.doc;
  {
    for (NodeId i : c.page.source_labels) {
      if (r.source_label) break;
      std::string t = NormalizeSpace(d.TextOf(i));
      if (t.empty() || t.size() > 80 || CountWords(t) > 8) continue;
      std::string_view label = t;
      for (std::string_view pre : {"source:", "source :", "from:", "origin:", "via:", "source"}) {
        if (StartsWithIgnoreCase(label, pre)) {
          label = TrimView(label.substr(pre.size()));
          break;
        }
      }
      if (label.empty() || c.IsSelfName(label)) continue;
      // Photo credits and datelines also wear "source" classes.
      std::string low = AsciiLower(label);
      if (low.find("photo") != std::string::npos || low.find("getty") != std::string::npos ||
          low.find("image") != std::string::npos || label.find('(') != std::string_view::npos)
        continue;
      bool credited = false;
      std::string label_key = PublisherKey(label);
      for (const Claim& cl : attribution.claims) {
        std::string k = PublisherKey(cl.name);
        if (!k.empty() && label_key.find(k) != std::string::npos)
          credited = true;  // "Distributed by X"
        if (cl.publisher && PublisherTable::Get().ByName(label) == cl.publisher) credited = true;
        // A claim known by its address only (canonical, isBasedOn): "Quanta Magazine" for
        // quantamagazine.org.
        if (!cl.registrable.empty() && NameSpellsDomain(label, cl.registrable)) credited = true;
      }
      if (credited) continue;
      if (c.meta.byline && PublisherKey(*c.meta.byline) == PublisherKey(label)) continue;
      r.source_label = true;
      s.evidence.push_back({std::string(label), "source-label"});
      miss *= 1.0 - weights::kMetaSourceLabel;
      weak_miss *= 1.0 - weights::kMetaSourceLabel;
      what.push_back("the source label \"" + std::string(label) +
                     "\" names neither the site nor a credited outlet");
    }
  }

  // 4. Headline variants telling different stories.
  if (c.meta.h1 && !clean_title.empty() && CountWords(*c.meta.h1) >= 3 &&
      CountWords(clean_title) >= 3 &&
      Agreement(*c.meta.h1, clean_title) < weights::kHeadlineAgreement) {
    r.headlines = true;
    s.evidence.push_back({clean_title, "title"});
    s.evidence.push_back({*c.meta.h1, "h1"});
    miss *= 1.0 - weights::kMetaHeadlineDisagree;
    weak_miss *= 1.0 - weights::kMetaHeadlineDisagree;
    what.push_back("the title and the visible headline differ");
  }

  r.strength = 1.0 - miss;
  r.strong_strength = 1.0 - strong_miss;
  r.weak_strength = 1.0 - weak_miss;
  if (s.evidence.empty()) return r;
  s.weight = r.strength;
  s.message = "The page's facts disagree: ";
  for (size_t k = 0; k < what.size(); ++k) s.message += (k ? "; " : "") + what[k];
  s.message += ".";
  r.signal = std::move(s);
  return r;
}

}  // namespace clearsource
