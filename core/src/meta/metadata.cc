#include "meta/metadata.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include "util/json.h"
#include "util/text.h"

namespace clearsource {
namespace {

// JSON-LD @types that describe an article (schema.org Article and its subtypes in news use).
constexpr std::string_view kArticleTypes[] = {
    "Article",
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "ReviewNewsArticle",
    "BlogPosting",
    "LiveBlogPosting",
    "TechArticle",
    "ScholarlyArticle",
    "Report",
    "SocialMediaPosting",
    "AdvertiserContentArticle",
    "SatiricalArticle",
    "MedicalScholarlyArticle",
    "WebPage",
};

bool IsArticleType(const JsonValue* type, bool allow_webpage) {
  auto match = [&](std::string_view t) {
    size_t slash = t.rfind('/');  // "http://schema.org/NewsArticle"
    if (slash != std::string_view::npos) t = t.substr(slash + 1);
    for (std::string_view a : kArticleTypes) {
      if (t == a) return allow_webpage || a != "WebPage";
    }
    return false;
  };
  if (!type) return false;
  if (type->is_string()) return match(type->string);
  if (type->is_array()) {
    for (const JsonValue& v : type->array) {
      if (v.is_string() && match(v.string)) return true;
    }
  }
  return false;
}

std::optional<std::string> StringOf(const JsonValue* v) {
  if (!v) return std::nullopt;
  if (v->is_string()) {
    std::string s = NormalizeSpace(v->string);
    if (s.empty()) return std::nullopt;
    return s;
  }
  if (v->is_array() && !v->array.empty()) return StringOf(&v->array[0]);
  if (v->is_object()) {
    if (auto s = StringOf(v->Get("name"))) return s;
    if (auto s = StringOf(v->Get("url"))) return s;
    if (auto s = StringOf(v->Get("@id"))) return s;
  }
  return std::nullopt;
}

// Names of people in an author value: "A", {"name": "A"}, [{"name": "A"}, {"name": "B"}].
void CollectNames(const JsonValue* v, std::vector<std::string>* names,
                  std::vector<std::string>* orgs) {
  if (!v) return;
  if (v->is_string()) {
    std::string s = NormalizeSpace(v->string);
    if (!s.empty() && s.find("://") == std::string::npos) names->push_back(s);
    return;
  }
  if (v->is_array()) {
    for (const JsonValue& e : v->array) CollectNames(&e, names, orgs);
    return;
  }
  if (v->is_object()) {
    if (auto name = StringOf(v->Get("name"))) {
      if (name->find("://") == std::string::npos) names->push_back(*name);
    }
    for (const char* k : {"worksFor", "affiliation", "memberOf"}) {
      if (auto org = StringOf(v->Get(k))) orgs->push_back(*org);
    }
  }
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::vector<std::string> unique;
  for (const auto& n : names) {
    if (std::find(unique.begin(), unique.end(), n) == unique.end()) unique.push_back(n);
  }
  std::string out;
  for (size_t i = 0; i < unique.size(); ++i) {
    if (i) out += i + 1 == unique.size() ? " and " : ", ";
    out += unique[i];
  }
  return out;
}

struct JsonLd {
  std::optional<std::string> headline, description, date_published, date_modified, image, publisher,
      language, based_on, url;
  std::vector<std::string> authors, author_orgs;
  bool found = false;
};

void ReadArticleObject(const JsonValue& obj, JsonLd* out) {
  if (out->found) return;
  out->found = true;
  out->headline = StringOf(obj.Get("headline"));
  if (!out->headline) out->headline = StringOf(obj.Get("name"));
  out->description = StringOf(obj.Get("description"));
  out->date_published = StringOf(obj.Get("datePublished"));
  if (!out->date_published) out->date_published = StringOf(obj.Get("dateCreated"));
  out->date_modified = StringOf(obj.Get("dateModified"));
  const JsonValue* image = obj.Get("image");
  if (image && image->is_object()) {
    out->image = StringOf(image->Get("url"));
  } else if (image && image->is_array() && !image->array.empty() && image->array[0].is_object()) {
    out->image = StringOf(image->array[0].Get("url"));
  } else {
    out->image = StringOf(image);
  }
  const JsonValue* pub = obj.Get("publisher");
  if (pub && pub->is_object()) {
    out->publisher = StringOf(pub->Get("name"));
  } else if (pub && pub->is_string()) {
    out->publisher = StringOf(pub);
  } else if (pub && pub->is_array() && !pub->array.empty()) {
    out->publisher = StringOf(&pub->array[0]);
  }
  CollectNames(obj.Get("author"), &out->authors, &out->author_orgs);
  if (out->authors.empty()) CollectNames(obj.Get("creator"), &out->authors, &out->author_orgs);
  out->language = StringOf(obj.Get("inLanguage"));
  // The article's own address: url, else an absolute @id, else mainEntityOfPage (a URL or a
  // WebPage object's @id).
  auto absolute = [](std::optional<std::string> v) {
    return v && (v->rfind("http://", 0) == 0 || v->rfind("https://", 0) == 0) ? v : std::nullopt;
  };
  out->url = absolute(StringOf(obj.Get("url")));
  if (!out->url) out->url = absolute(StringOf(obj.Get("@id")));
  if (const JsonValue* main = obj.Get("mainEntityOfPage"); !out->url && main) {
    out->url = absolute(main->is_object() ? StringOf(main->Get("@id")) : StringOf(main));
  }
  // isBasedOn: a URL string, or a CreativeWork object whose url/@id is the original.
  for (const char* k : {"isBasedOn", "isBasedOnUrl"}) {
    const JsonValue* b = obj.Get(k);
    if (b && b->is_array() && !b->array.empty()) b = &b->array[0];
    if (b && b->is_object())
      out->based_on = b->Get("url") ? StringOf(b->Get("url")) : StringOf(b->Get("@id"));
    else if (b)
      out->based_on = StringOf(b);
    if (out->based_on) break;
  }
}

// Finds the first article object anywhere in a JSON-LD value (@graph, arrays, mainEntity).
void FindArticle(const JsonValue& v, JsonLd* out, bool allow_webpage, int depth = 0) {
  if (out->found || depth > 8) return;
  if (v.is_array()) {
    for (const JsonValue& e : v.array) FindArticle(e, out, allow_webpage, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  if (IsArticleType(v.Get("@type"), allow_webpage)) {
    ReadArticleObject(v, out);
    return;
  }
  for (const char* k : {"@graph", "mainEntity", "mainEntityOfPage"}) {
    if (const JsonValue* g = v.Get(k)) FindArticle(*g, out, allow_webpage, depth + 1);
  }
}

std::optional<std::string> NonEmpty(std::string_view s) {
  std::string n = NormalizeSpace(s);
  if (n.empty()) return std::nullopt;
  return n;
}

int CountWordsSimple(std::string_view s) { return static_cast<int>(CountWords(s)); }

bool IsSeparatorChar(std::string_view s, size_t i, size_t* len) {
  // ASCII separators, then en dash, em dash, middle dot, guillemet, vertical bars.
  static constexpr std::string_view kMulti[] = {"\xE2\x80\x93", "\xE2\x80\x94", "\xC2\xB7",
                                                "\xC2\xBB",     "\xC2\xAB",     "\xEF\xBD\x9C",
                                                "\xE2\x80\xA2"};
  char c = s[i];
  if (c == '|' || c == '-' || c == '\\' || c == '/' || c == '>' || c == ':' || c == '_') {
    *len = 1;
    return true;
  }
  for (std::string_view m : kMulti) {
    if (s.substr(i, m.size()) == m) {
      *len = m.size();
      return true;
    }
  }
  return false;
}

}  // namespace

std::string CleanTitle(std::string_view raw, const std::optional<std::string>& site_name) {
  std::string title = NormalizeSpace(raw);
  if (title.empty()) return title;
  // Site name known: drop it wherever it sits at an end behind a separator.
  if (site_name && !site_name->empty()) {
    std::string site = NormalizeSpace(*site_name);
    for (int side = 0; side < 2; ++side) {
      size_t pos = side == 0 ? title.rfind(site) : title.find(site);
      if (pos == std::string::npos) continue;
      std::string_view before = TrimView(std::string_view(title).substr(0, pos));
      std::string_view after = TrimView(std::string_view(title).substr(pos + site.size()));
      size_t len;
      if (side == 0 && after.empty() && !before.empty()) {
        // "Headline | Site": strip trailing separator from `before`.
        std::string_view b = before;
        size_t k = b.size();
        while (k > 0) {
          size_t start = k - 1;
          while (start > 0 && (static_cast<unsigned char>(b[start]) & 0xC0) == 0x80) --start;
          if (IsSeparatorChar(b, start, &len)) {
            b = TrimView(b.substr(0, start));
            if (!b.empty() && CountWordsSimple(b) >= 2) return std::string(b);
          }
          break;
        }
      }
      if (side == 1 && before.empty() && !after.empty()) {
        if (IsSeparatorChar(after, 0, &len)) {
          std::string_view a = TrimView(after.substr(len));
          if (!a.empty() && CountWordsSimple(a) >= 2) return std::string(a);
        }
      }
    }
  }
  // Readability's rule: split on the last " | ", " - ", " – ", " — ", " :: ", " » " separator and
  // keep the first part when it still reads as a title (>= 3 words); else try the part after the
  // first separator.
  static constexpr std::string_view kSeps[] = {
      " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " \\ ",
      " / ", " > ", " \xC2\xBB ",     " :: ",           " \xC2\xB7 "};
  size_t best = std::string::npos, best_len = 0;
  for (std::string_view sep : kSeps) {
    size_t p = title.rfind(sep);
    if (p != std::string::npos && (best == std::string::npos || p > best)) {
      best = p;
      best_len = sep.size();
    }
  }
  if (best != std::string::npos) {
    std::string head = title.substr(0, best);
    if (CountWordsSimple(head) >= 3) return head;
    size_t first = std::string::npos, first_len = 0;
    for (std::string_view sep : kSeps) {
      size_t p = title.find(sep);
      if (p != std::string::npos && (first == std::string::npos || p < first)) {
        first = p;
        first_len = sep.size();
      }
    }
    std::string tail = title.substr(first + first_len);
    if (CountWordsSimple(tail) >= 3) return tail;
    (void)best_len;
  }
  // Titles in unspaced scripts join the site name without spaces ("标题_网站名", "見出し｜サイト").
  static constexpr std::string_view kTightSeps[] = {"_", "|", "\xEF\xBD\x9C", "\xEF\xBC\x8D"};
  size_t tight = std::string::npos;
  for (std::string_view sep : kTightSeps) {
    size_t p = title.rfind(sep);
    if (p != std::string::npos && p > 0 && (tight == std::string::npos || p > tight)) tight = p;
  }
  if (tight != std::string::npos) {
    size_t k = tight;
    while (k > 0 && (static_cast<unsigned char>(title[k - 1]) & 0xC0) == 0x80) --k;
    if (k > 0) --k;
    size_t at = k;
    uint32_t before = NextCodePoint(title, &at);
    std::string head = title.substr(0, tight);
    if (IsUnspacedScript(before) && CountWordsSimple(head) >= 3) return head;
  }
  return title;
}

std::optional<std::string> NormalizeDate(std::string_view raw) {
  std::string s = NormalizeSpace(raw);
  if (s.size() < 8) return std::nullopt;
  int y, mo, d, h = -1, mi = 0, sec = 0;
  // ISO 8601 forms: 2024-04-10, 2024-04-10T14:03, 2024-04-10T14:03:05(.123)(Z|+02:00)
  if (std::sscanf(s.c_str(), "%4d-%2d-%2d", &y, &mo, &d) == 3 && s[4] == '-') {
    if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31) return std::nullopt;
    char buf[64];
    size_t pos = 10;
    if (s.size() > 11 && (s[10] == 'T' || s[10] == ' ') &&
        std::sscanf(s.c_str() + 11, "%2d:%2d", &h, &mi) == 2) {
      pos = 16;
      if (s.size() > 17 && s[16] == ':' && std::sscanf(s.c_str() + 17, "%2d", &sec) == 1) pos = 19;
      while (pos < s.size() && (s[pos] == '.' || (s[pos] >= '0' && s[pos] <= '9'))) ++pos;
      std::string zone;
      if (pos < s.size()) {
        if (s[pos] == 'Z' || s[pos] == 'z') {
          zone = "Z";
        } else if (s[pos] == '+' || s[pos] == '-') {
          int zh = 0, zm = 0;
          std::string z = s.substr(pos + 1);
          if (std::sscanf(z.c_str(), "%2d:%2d", &zh, &zm) == 2 ||
              std::sscanf(z.c_str(), "%2d%2d", &zh, &zm) >= 1) {
            std::snprintf(buf, sizeof buf, "%c%02d:%02d", s[pos], zh, zm);
            zone = buf;
          }
        }
      }
      if (h > 23 || mi > 59 || sec > 60) return std::nullopt;
      std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi, sec);
      return std::string(buf) + zone;
    }
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
    return std::string(buf);
  }
  // "Wed, 10 Apr 2024 14:03:00 GMT" / "10 April 2024" / "April 10, 2024"
  static constexpr std::string_view kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                 "jul", "aug", "sep", "oct", "nov", "dec"};
  std::string lower = AsciiLower(s);
  int month = 0;
  size_t month_pos = std::string::npos;
  for (int k = 0; k < 12; ++k) {
    size_t p = lower.find(kMonths[k]);
    if (p != std::string::npos && (p == 0 || !isalpha(static_cast<unsigned char>(lower[p - 1])))) {
      month = k + 1;
      month_pos = p;
      break;
    }
  }
  if (!month) return std::nullopt;
  std::vector<int> numbers;
  std::vector<size_t> positions;
  for (size_t i = 0; i < lower.size();) {
    if (isdigit(static_cast<unsigned char>(lower[i]))) {
      size_t start = i;
      int v = 0;
      while (i < lower.size() && isdigit(static_cast<unsigned char>(lower[i])) && i - start < 5) {
        v = v * 10 + (lower[i] - '0');
        ++i;
      }
      if (i < lower.size() && lower[i] == ':') break;  // time follows; date numbers are done
      numbers.push_back(v);
      positions.push_back(start);
    } else {
      ++i;
    }
  }
  int day = 0, year = 0;
  for (size_t k = 0; k < numbers.size(); ++k) {
    if (numbers[k] >= 1900 && numbers[k] <= 2200 && !year) {
      year = numbers[k];
    } else if (numbers[k] >= 1 && numbers[k] <= 31 && !day) {
      day = numbers[k];
    }
  }
  (void)month_pos;
  if (!year || !day) return std::nullopt;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return std::string(buf);
}

std::optional<std::string> CleanByline(std::string_view raw) {
  std::string s = NormalizeSpace(raw);
  // "By Jane Doe", "BY JANE DOE", "Von ...", "Par ...", "Por ...", "Di ...", "Door ...".
  for (std::string_view prefix : {"by ", "by: ", "von ", "par ", "por ", "di ", "door ", "av "}) {
    if (StartsWithIgnoreCase(s, prefix) && s.size() > prefix.size()) {
      s = NormalizeSpace(std::string_view(s).substr(prefix.size()));
      break;
    }
  }
  // Visible bylines run on into the date, a handle or page furniture: keep the names.
  size_t cut = s.size();
  for (std::string_view sep :
       {" | ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " \xE2\x80\xA2 ", " \xC2\xB7 ", " @", " Updated",
        " Published", " Posted", " UPDATED", " PUBLISHED"}) {
    cut = std::min(cut, s.find(sep));
  }
  static constexpr std::string_view kMonths[] = {
      "January",   "February", "March",    "April",    "May",  "June", "July", "August",
      "September", "October",  "November", "December", "Jan",  "Feb",  "Mar",  "Apr",
      "Jun",       "Jul",      "Aug",      "Sep",      "Sept", "Oct",  "Nov",  "Dec",
      "JANUARY",   "FEBRUARY", "MARCH",    "APRIL",    "MAY",  "JUNE", "JULY", "AUGUST",
      "SEPTEMBER", "OCTOBER",  "NOVEMBER", "DECEMBER"};
  for (std::string_view month : kMonths) {
    // "Jane DoeNovember 15, 2019", "JANE DOE NOVEMBER 20, 2019": a month followed by a day.
    for (size_t p = s.find(month); p != std::string::npos && p < cut; p = s.find(month, p + 1)) {
      size_t after = p + month.size();
      if (after < s.size() && s[after] == '.') ++after;
      // "19 November 2019": the day comes first.
      size_t q = p;
      while (q > 0 && s[q - 1] == ' ') --q;
      size_t digits = q;
      while (digits > 0 && std::isdigit(static_cast<unsigned char>(s[digits - 1]))) --digits;
      if (digits < q && q - digits <= 2 && digits > 0 && s[digits - 1] == ' ' && after < s.size() &&
          s[after] == ' ') {
        cut = digits;
        break;
      }
      if (after + 1 < s.size() && s[after] == ' ' && s[after + 1] >= '0' && s[after + 1] <= '9' &&
          p > 0) {
        cut = p;
        break;
      }
    }
  }
  for (std::string_view day :
       {"Monday,", "Tuesday,", "Wednesday,", "Thursday,", "Friday,", "Saturday,", "Sunday,"}) {
    size_t p = s.find(day);
    if (p != std::string::npos && p > 0) cut = std::min(cut, p);
  }
  // An ISO date ("- 2019-04-10") ends the names too.
  for (size_t p = 0; p + 10 <= s.size() && p < cut; ++p) {
    if (std::isdigit(static_cast<unsigned char>(s[p])) && s[p + 4] == '-' && s[p + 7] == '-' &&
        (p == 0 || s[p - 1] == ' ')) {
      cut = p;
      break;
    }
  }
  s.resize(cut);
  while (!s.empty() && (s.back() == ',' || s.back() == '|' || s.back() == '-' || s.back() == ' ')) {
    s.pop_back();
  }
  if (s.empty() || s.find("://") != std::string::npos) return std::nullopt;
  return s;
}

Metadata ExtractMetadata(const Document& doc, const Url& page_url) {
  Metadata m;
  std::optional<std::string> meta_title, meta_desc, meta_author, meta_site, meta_published,
      meta_image, meta_modified, twitter_title, twitter_image, parsely_author, dc_title;
  JsonLd ld;
  std::vector<std::string> ld_blocks;
  NodeId end = doc.size();
  std::optional<std::string> title_tag, visible_byline, visible_date, microdata_title, meta_lang,
      visible_time;
  for (NodeId i = 0; i < end; ++i) {
    if (!doc.IsElement(i) || doc[i].ns != Ns::kHtml) continue;
    switch (doc[i].tag) {
      case GUMBO_TAG_TITLE:
        if (!title_tag) title_tag = NonEmpty(doc.TextOf(i));
        break;
      case GUMBO_TAG_BASE:
        if (!m.base_href && doc.HasAttr(i, "href")) {
          m.base_href = ResolveUrl(page_url, doc.Attr(i, "href"));
        }
        break;
      case GUMBO_TAG_LINK: {
        std::string rel = AsciiLower(doc.Attr(i, "rel"));
        if (rel == "canonical" && !m.canonical_url) m.canonical_url = NonEmpty(doc.Attr(i, "href"));
        break;
      }
      case GUMBO_TAG_SCRIPT:
        if (EqualsIgnoreCase(TrimView(doc.Attr(i, "type")), "application/ld+json")) {
          ld_blocks.push_back(doc.TextOf(i));
        }
        break;
      case GUMBO_TAG_META: {
        std::string_view key = doc.Attr(i, "property");
        if (key.empty()) key = doc.Attr(i, "name");
        if (key.empty()) key = doc.Attr(i, "itemprop");
        if (key.empty()) key = doc.Attr(i, "http-equiv");
        std::string k = AsciiLower(TrimView(key));
        std::string_view content = doc.Attr(i, "content");
        auto set = [&](std::optional<std::string>* slot) {
          if (!*slot) *slot = NonEmpty(content);
        };
        if (k == "og:title")
          set(&m.og_title), set(&meta_title);
        else if (k == "twitter:title")
          set(&twitter_title);
        else if (k == "dc.title" || k == "dcterm:title")
          set(&dc_title);
        else if (k == "og:description" || k == "description" || k == "twitter:description")
          set(&meta_desc);
        else if (k == "author" || k == "dc.creator" || k == "sailthru.author" || k == "byl" ||
                 k == "article:author_name")
          set(&meta_author);
        else if (k == "parsely-author")
          set(&parsely_author);
        else if (k == "headline")
          set(&microdata_title);
        else if (k == "og:locale" || k == "content-language" || k == "language" ||
                 k == "dc.language")
          set(&meta_lang);
        else if (k == "article:author" && content.find("://") == std::string_view::npos)
          set(&meta_author);
        else if (k == "og:site_name" || k == "application-name")
          set(&meta_site);
        else if (k == "article:published_time" || k == "datepublished" ||
                 k == "og:published_time" || k == "pubdate" || k == "publishdate" ||
                 k == "dc.date" || k == "dc.date.issued" || k == "sailthru.date" ||
                 k == "parsely-pub-date" || k == "date")
          set(&meta_published);
        else if (k == "article:modified_time" || k == "datemodified")
          set(&meta_modified);
        else if (k == "og:image" || k == "og:image:url" || k == "og:image:secure_url")
          set(&meta_image);
        else if (k == "twitter:image" || k == "twitter:image:src")
          set(&twitter_image);
        else if (k == "og:url")
          set(&m.og_url);
        else if (k == "article:section")
          set(&m.section);
        else if (k == "keywords" || k == "news_keywords")
          set(&m.keywords);
        else if (k == "robots" && FindIgnoreCase(content, "noindex") != std::string_view::npos)
          m.robots_noindex = true;
        break;
      }
      case GUMBO_TAG_HTML:
        if (!m.lang) m.lang = NonEmpty(doc.Attr(i, "lang"));
        if (!m.lang) m.lang = NonEmpty(doc.Attr(i, "xml:lang"));
        if (!m.dir) m.dir = NonEmpty(AsciiLower(doc.Attr(i, "dir")));
        break;
      case GUMBO_TAG_BODY:
        if (!m.dir) m.dir = NonEmpty(AsciiLower(doc.Attr(i, "dir")));
        break;
      case GUMBO_TAG_H1:
        if (!m.h1) m.h1 = NonEmpty(doc.TextOf(i));
        break;
      default:
        break;
    }
    // Visible markup, the last resort: microdata and byline-looking elements.
    std::string_view itemprop = doc.Attr(i, "itemprop");
    if (!microdata_title && itemprop == "headline" && doc[i].tag != GUMBO_TAG_META &&
        doc[i].end - i <= 64) {
      microdata_title = NonEmpty(doc.TextOf(i));
    }
    if (!visible_time && doc[i].tag == GUMBO_TAG_TIME && doc.body() != kNoNode &&
        doc.Contains(doc.body(), i)) {
      visible_time = NonEmpty(doc.Attr(i, "datetime"));
    }
    if (!visible_date && (itemprop == "datePublished" || doc.HasAttr(i, "pubdate"))) {
      std::string_view v = doc.Attr(i, "content");
      if (v.empty()) v = doc.Attr(i, "datetime");
      visible_date = NonEmpty(v.empty() ? std::string_view(doc.TextOf(i)) : v);
    }
    if (!visible_byline && doc.body() != kNoNode && doc.Contains(doc.body(), i)) {
      bool byline_like =
          doc.Attr(i, "rel") == "author" || itemprop.find("author") != std::string_view::npos;
      if (!byline_like) {
        std::string_view ci = doc.ClassAndId(i);
        for (std::string_view w : {"byline", "author", "writtenby", "p-author"}) {
          if (ci.find(w) != std::string_view::npos) byline_like = true;
        }
      }
      // A comment's author is not the article's: skip bylines inside comment threads (a few
      // ancestors up is enough; bounded so the check stays cheap).
      for (NodeId p = i, up = 0; byline_like && p != kNoNode && up < 8; p = doc.Parent(p), ++up) {
        if (doc.ClassAndId(p).find("comment") != std::string_view::npos) byline_like = false;
      }
      if (byline_like) {
        // itemprop=author often wraps a nested itemprop=name: the text is the same.
        std::string text = NormalizeSpace(doc.TextOf(i));
        if (!text.empty() && CountCodePoints(text) < 100) visible_byline = text;
      }
    }
  }
  // A fact-check marks up the claim it examines (schema.org ClaimReview).
  for (const std::string& block : ld_blocks) {
    if (block.find("ClaimReview") != std::string::npos) m.fact_check = true;
  }
  for (int pass = 0; pass < 2 && !ld.found; ++pass) {
    for (const std::string& block : ld_blocks) {
      JsonValue v;
      if (ParseJson(block, &v)) FindArticle(v, &ld, pass == 1);
      if (ld.found) break;
    }
  }

  m.raw_title = title_tag;
  m.site_name = ld.publisher ? ld.publisher : meta_site;
  if (!m.site_name) m.site_name = meta_site;
  m.jsonld_publisher = ld.publisher;
  m.jsonld_author_orgs = ld.author_orgs;
  m.og_site_name = meta_site;
  m.jsonld_based_on = ld.based_on;
  m.jsonld_url = ld.url;

  // Title: the headline the publisher declared, else og/twitter, else the cleaned <title>.
  std::optional<std::string> title = ld.headline;
  if (!title) title = meta_title;
  if (!title) title = twitter_title;
  if (!title) title = dc_title;
  if (!title) title = microdata_title;
  if (!title) title = title_tag;
  if (!title) title = m.h1;
  if (title) {
    std::string cleaned = CleanTitle(*title, meta_site ? meta_site : m.site_name);
    if (!cleaned.empty()) m.title = cleaned;
  }

  if (!ld.authors.empty()) m.byline = CleanByline(JoinNames(ld.authors));
  if (!m.byline && meta_author) m.byline = CleanByline(*meta_author);
  if (!m.byline && parsely_author) m.byline = CleanByline(*parsely_author);
  if (!m.byline && visible_byline) m.byline = CleanByline(*visible_byline);

  if (ld.date_published) m.published_time = NormalizeDate(*ld.date_published);
  if (!m.published_time && meta_published) m.published_time = NormalizeDate(*meta_published);
  if (!m.published_time && visible_date) m.published_time = NormalizeDate(*visible_date);
  if (!m.published_time && visible_time) m.published_time = NormalizeDate(*visible_time);
  if (ld.date_modified) m.modified_time = NormalizeDate(*ld.date_modified);
  if (!m.modified_time && meta_modified) m.modified_time = NormalizeDate(*meta_modified);

  m.excerpt = ld.description ? ld.description : meta_desc;
  const Url& base = page_url;
  std::optional<std::string> image = ld.image ? ld.image : meta_image;
  if (!image) image = twitter_image;
  if (image) {
    Url b = m.base_href ? ParseUrl(*m.base_href) : base;
    std::string r = ResolveUrl(b, *image);
    if (UrlScheme(r) == "http" || UrlScheme(r) == "https") m.lead_image = r;
  }
  if (!m.lang && ld.language) m.lang = ld.language;
  if (!m.lang && meta_lang) {
    std::string lang = *meta_lang;  // og:locale writes "en_US"
    std::replace(lang.begin(), lang.end(), '_', '-');
    if (lang.find(',') == std::string::npos && lang.size() <= 35) m.lang = lang;
  }
  if (m.dir && *m.dir != "rtl" && *m.dir != "ltr" && *m.dir != "auto") m.dir.reset();
  return m;
}

}  // namespace clearsource
