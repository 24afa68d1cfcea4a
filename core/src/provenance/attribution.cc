#include "provenance/attribution.h"

#include <algorithm>
#include <cstring>

#include "provenance/domains.h"
#include "provenance/forum.h"
#include "provenance/text_scan.h"
#include "provenance/weights.h"
#include "util/text.h"

namespace clearsource {
namespace {

// Words that follow "Source:" or "©" without naming an outlet.
constexpr std::string_view kNotOutlets[] = {
    "internet", "network", "networks", "web", "online", "compiled", "agencies", "agency", "unknown",
    "staff", "editor", "admin", "author", "the author", "press release", "social media", "wire",
    "wires", "wire services", "news agencies", "various", "others", "here", "this site",
    // Publishing platforms (Blogspot themes name "Blogger" as the JSON-LD publisher).
    "blogger", "blogspot", "wordpress", "wordpress.com", "medium", "tumblr", "substack", "wix",
    "squarespace", "weebly", "ghost"};

// Role nouns of a byline bio ("... is a reporter for X").
constexpr std::string_view kBioRoles[] = {
    "reporter", "correspondent", "writer",      "editor",       "journalist",
    "producer", "columnist",     "contributor", "anchor",       "critic",
    "analyst",  "intern",        "fellow",      "photographer", "host",
    "covers",   "writes for",    "reports for", "reporting for"};

// Words of a bio sentence about a past employer ("Before joining CNN in 2017, he spent more than a
// decade at The Washington Post"): the outlet there is where the writer worked, not the credit.
constexpr std::string_view kPastEmployerCues[] = {
    "before joining", "previously", "formerly", "former", "prior to", "spent", "worked", "used to"};

// Roles only a newsroom gives: after them "at X" names the outlet even when the table does not
// know it ("a staff writer at SlashGear"). After other roles "at" names a university or a
// think tank as often ("a senior fellow at the Brookings Institution").
constexpr std::string_view kNewsroomRoles[] = {"reporter",     "correspondent", "journalist",
                                               "staff writer", "senior writer", "news editor",
                                               "columnist",    "anchor"};

// Notes saying where the article first appeared.
constexpr std::string_view kOriginCues[] = {
    "originally appeared on", "originally appeared in", "originally appeared at",
    "originally published on", "originally published in", "originally published at",
    "originally published by", "first appeared on", "first appeared in", "first published on",
    "first published in", "first published by", "originally ran on", "originally ran in",
    "article courtesy of", "story courtesy of", "content courtesy of", "read the full article at",
    "read the full article on", "read the full story at", "read the full story on",
    "read the original article at", "read the original story at", "read the original at",
    "read the original story on", "reposted from", "reprinted from", "republished from",
    "originally posted on", "originally posted at",
    // An author's or organisation's own copy on a community site ("Cross-posted from the GiveWell
    // Blog"), usually with a canonical link home: the credit of a partner, not of a farm.
    "cross-posted from", "crossposted from",
    // A licensed aggregator's line ("This article is from Space.com and is published on inkl
    // under licence."); the licence lies in the qualifier.
    "this article is from", "this story is from",
    // WordPress feeds end each post with "The post <title> appeared first on <site>.": what an
    // autoblog republishing the feed keeps.
    "appeared first on", "appeared first in", "appeared first at"};
// The same notes in the languages of the table's other outlets, read only in blocks holding one
// of their key words (kTrigForeignNote): their words have no bit in the trigger-word masks.
constexpr std::string_view kForeignOriginCues[] = {"erschien zuerst auf",
                                                   "erschien zuerst bei",
                                                   "erschien zuerst in",
                                                   "zuerst erschienen auf",
                                                   "zuerst erschienen bei",
                                                   "zuerst erschienen in",  // de
                                                   "publi\xC3\xA9 initialement sur",
                                                   "publi\xC3\xA9 initialement dans",
                                                   "publi\xC3\xA9 initialement par",
                                                   "initialement publi\xC3\xA9 sur",
                                                   "initialement publi\xC3\xA9 dans",
                                                   "initialement publi\xC3\xA9 par",
                                                   "paru initialement sur",
                                                   "paru initialement dans",  // fr
                                                   "publicado originalmente en",
                                                   "publicado originalmente por",
                                                   "originalmente publicado en",
                                                   "apareci\xC3\xB3 originalmente en",  // es
                                                   "publicado originalmente em",
                                                   "publicado originalmente no",
                                                   "publicado originalmente na",
                                                   "originalmente publicado em",
                                                   "originalmente publicado no",
                                                   "originalmente publicado na",  // pt
                                                   "pubblicato originariamente su",
                                                   "pubblicato originariamente da",
                                                   "originariamente pubblicato su",
                                                   "originariamente pubblicato da",
                                                   "comparso originariamente su",
                                                   "apparso originariamente su",
                                                   "originariamente comparso su",
                                                   "originariamente apparso su"};  // it

// Lines after a truncated copy sending the reader on to the original ("Read more at Fox News",
// "Continue reading on BBC News"): read only as a short block of their own, where they start.
constexpr std::string_view kReadMoreCues[] = {"read more at",
                                              "read more on",
                                              "read more from",
                                              "read full article at",
                                              "read full article on",
                                              "read full story at",
                                              "read full story on",
                                              "read the full review at",
                                              "read the full review on",
                                              "read the rest at",
                                              "read the rest on",
                                              "read the rest of the article at",
                                              "read the rest of the story at",
                                              "continue reading at",
                                              "continue reading on",
                                              "continue reading from",
                                              "keep reading at",
                                              "keep reading on",
                                              "full story at",
                                              "full story on"};
// The same lines as a bare link, the outlet only in its address ("Read more »").
constexpr std::string_view kBareReadMore[] = {
    "read more", "continue reading", "keep reading", "read the full story", "read the full article",
    "read full story", "read full article", "full story", "read the rest", "read the original",
    "read the original article", "read original article", "read the rest of the story",
    // The source buttons of feed-import plugins (autoblogs) and aggregators.
    "source link", "original source", "go to source", "go to the source", "visit source",
    "view original", "view original article", "see original article"};
// What may follow them in a link's text, the outlet left to the link's address.
constexpr std::string_view kAtTheSource[] = {" at the source", " at source", " on the source",
                                             " from the source", " at the original source"};
// Their first words: most blocks fail on these before the cues are compared.
constexpr std::string_view kReadMoreStarts[] = {"read ", "continue ", "keep ", "full story"};

// Notes granting a licence: syndication partners print these (syndication.cc reads the kind).
constexpr std::string_view kLicensedCues[] = {"provided by",
                                              "distributed by",
                                              "content provided by",
                                              "syndicated by",
                                              "syndicated from",
                                              "licensed from",
                                              "republished with permission",
                                              "reprinted with permission",
                                              "republished here with permission",
                                              "is republished here",
                                              "republished under",
                                              "used with permission",
                                              "published with permission",
                                              "in partnership with"};
// Words that make an origin note a licence, but say nothing alone (a site's own licence line
// mentions Creative Commons too).
constexpr std::string_view kLicenceQualifiers[] = {
    "creative commons", "content-sharing agreement", "content sharing agreement", "with permission",
    "under license", "under licence", "syndication partner",
    // The republication line of The Conversation and its partners ("This article is republished
    // from X under a Creative Commons license. Read the original article.").
    "read the original article"};

// Words just before an e-mail address that make it the writing newsroom's, whoever owns the
// domain ("email us at", "contact the writer at").
constexpr std::string_view kEmailOwnCues[] = {"email us",
                                              "e-mail us",
                                              "contact us",
                                              "write to us",
                                              "reach us",
                                              "let us know",
                                              "send us",
                                              "tips to",
                                              "tip to",
                                              "email the writer",
                                              "email the author",
                                              "email the reporter",
                                              "contact the writer",
                                              "contact the author",
                                              "contact the reporter",
                                              "reach the writer",
                                              "reach the author",
                                              "reach the reporter",
                                              "e-mail the writer",
                                              "e-mail the author"};
// Mail providers: an address there says nothing of a newsroom.
constexpr std::string_view kMailProviders[] = {
    "gmail.com",      "googlemail.com", "yahoo.com", "yahoo.co.uk", "outlook.com", "hotmail.com",
    "live.com",       "msn.com",        "aol.com",   "icloud.com",  "me.com",      "proton.me",
    "protonmail.com", "gmx.com",        "gmx.de",    "gmx.net",     "web.de",      "mail.ru",
    "yandex.ru",      "qq.com",         "163.com",   "126.com",     "naver.com",   "daum.net",
    "hanmail.net",    "rediffmail.com", "zoho.com"};

// Words that start a date, not an outlet ("First published on Nov 20, 2019").
constexpr std::string_view kDateWords[] = {
    "jan",      "feb",      "mar",      "apr",    "may",      "jun",       "jul",
    "aug",      "sep",      "sept",     "oct",    "nov",      "dec",       "january",
    "february", "march",    "april",    "june",   "july",     "august",    "september",
    "october",  "november", "december", "monday", "tuesday",  "wednesday", "thursday",
    "friday",   "saturday", "sunday",   "today",  "yesterday"};

// Words before an outlet's name when it speaks of itself in its own story.
constexpr std::string_view kSelfBefore[] = {
    "told",           "told the",    "confirmed to", "in an interview with",
    "interview with", "spoke with",  "spoke to",     "speaking to",
    "speaking with",  "reached by",  "contacted by", "provided to",
    "obtained by",    "reviewed by", "shared with",  "statement to",
    "exclusively to", "asked by",    "seen by"};
// ...and words after it.
constexpr std::string_view kSelfAfter[] = {
    "has learned",           "has obtained",  "has reached out",
    "reached out",           "has contacted", "contributed to this report",
    "contributed reporting", "has confirmed", "has reviewed"};

// Company forms after a name: the holder of a footer's copyright is then the site's owner.
constexpr std::string_view kCompanyForms[] = {"Inc",  "LLC",  "Ltd",      "Limited", "Corp",
                                              "plc",  "GmbH", "S.A.",     "SA ",     "AG ",
                                              "B.V.", "Pty",  "Holdings", "Group"};

// Words before a copyright sign or a licence cue that make it an image, media or data credit,
// not the text's owner.
constexpr std::string_view kMediaCredit[] = {
    "photo", "image", "picture", "getty", "video", "illustration", "graphic", "foto", "pic", "map",
    "chart", "file",
    // Data feeds credited on news pages ("Market data provided by FactSet", "Quotes delayed ...
    // provided by", "Weather data provided by"): no claim on the article.
    "data", "quotes", "prices", "odds", "scores", "statistics", "stats", "weather"};
// Words before a copyright sign that make it the site's own line, whoever it names ("The
// contents of this site are ©2019 Capitol Hill Publishing Corp.").
constexpr std::string_view kOwnSiteCopyright[] = {"this site", "this website", "this web site",
                                                  "our site", "our website"};

// "Internet", "Blogger": names that are nobody's newsroom.
bool NamesNobody(std::string_view name) {
  for (std::string_view w : kNotOutlets) {
    if (EqualsIgnoreCase(TrimView(name), w)) return true;
  }
  return false;
}

bool IsNotOutlet(std::string_view name) {
  if (NamesNobody(name)) return true;
  std::string l = AsciiLower(TrimView(name));
  // Dates and numbers are not outlets; an outlet's name has a letter in its first word ("the
  // October 2018 issue of ..." is a date too).
  if (l.compare(0, 4, "the ") == 0) l.erase(0, 4);
  size_t sp = l.find_first_of(" ,.");
  std::string first = l.substr(0, sp);
  for (std::string_view d : kDateWords) {
    if (first == d) return true;
  }
  if (!first.empty() && first[0] >= '0' && first[0] <= '9') return true;
  if (l == "license" || l == "licence" || l == "creative commons") return true;
  return false;
}

// Whether the name at s[begin, end) continues a capitalised phrase on either side ("Sunny
// Media Express", "Express Tribune"): then it is part of another name.
bool PartOfLongerName(std::string_view s, size_t begin, size_t end) {
  if (begin >= 2 && s[begin - 1] == ' ' && IsWordCharBefore(s, begin - 1)) {
    size_t w = begin - 1;
    while (w > 0 && IsWordCharBefore(s, w)) --w;
    if (IsUpperAt(s, w)) return true;
  }
  if (end + 1 < s.size() && s[end] == ' ' && IsUpperAt(s, end + 1)) return true;
  return false;
}

bool HasYear(std::string_view s) {
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    if ((s[i] == '1' || s[i] == '2') && (i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9')) &&
        s[i + 1] >= '0' && s[i + 1] <= '9' && s[i + 2] >= '0' && s[i + 2] <= '9' &&
        s[i + 3] >= '0' && s[i + 3] <= '9' &&
        (i + 4 == s.size() || !(s[i + 4] >= '0' && s[i + 4] <= '9')))
      return true;
  }
  return false;
}

// Whether one of `words` is in the 40 bytes before `pos` (lower-cased): the words that qualify
// a copyright sign or a licence cue come just before it.
template <size_t N>
bool AnyWordBefore(std::string_view text, size_t pos, const std::string_view (&words)[N]) {
  size_t from = pos > 40 ? pos - 40 : 0;
  std::string l = AsciiLower(text.substr(from, pos - from));
  for (std::string_view w : words) {
    if (l.find(w) != std::string::npos) return true;
  }
  return false;
}

struct Org {
  std::string name;
  const Publisher* publisher = nullptr;
};

// A name in a script without capitals ("ノート100YEN.com", "新华社", "الجزيرة"): NamePhraseAt
// finds names by their capitals, so after a credit cue the words up to the next punctuation
// are taken when they start with a letter of such a script.
std::string_view CaselessNameAt(std::string_view s, size_t i) {
  if (i >= s.size()) return std::string_view();
  size_t j = i;
  uint32_t cp = NextCodePoint(s, &j);
  if (cp < 0x0590 || !IsWordCodePoint(cp)) return std::string_view();
  size_t end = s.find_first_of(",;|()\xE3", i);  // also stops at CJK punctuation (U+3000..)
  while (end != std::string_view::npos && static_cast<unsigned char>(s[end]) == 0xE3 &&
         !(end + 1 < s.size() && static_cast<unsigned char>(s[end + 1]) == 0x80))
    end = s.find_first_of(",;|()\xE3", end + 1);
  std::string_view name =
      s.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
  size_t stop = name.find(". ");
  if (stop != std::string_view::npos) name = name.substr(0, stop);
  name = TrimView(name);
  if (name.size() > 60 || CountWords(name) > 6) return std::string_view();
  return name;
}

// A host name written in lower case ("aljazeera.com", "www.bbc.co.uk"): letters, digits and
// hyphens in two or more dot-separated labels, the last alphabetic.
std::string_view DomainAt(std::string_view s, size_t i) {
  size_t j = i;
  auto host_char = [](char ch) {
    return ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' ||
           ch == '.';
  };
  while (j < s.size() && host_char(s[j])) ++j;
  std::string_view d = s.substr(i, j - i);
  while (!d.empty() && d.back() == '.') d.remove_suffix(1);
  size_t dot = d.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || d.size() - dot < 3) return std::string_view();
  for (char ch : d.substr(dot + 1)) {
    if (!((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')) return std::string_view();
  }
  return d;
}

// The outlet named at s[i]: a table name when one starts there, else a capitalised phrase.
Org OrgAt(std::string_view s, size_t i, bool allow_ambiguous) {
  while (i < s.size() && (s[i] == ' ' || s[i] == ':' || s[i] == '"')) ++i;
  Org org;
  const PublisherTable& t = PublisherTable::Get();
  size_t len = 0;
  std::string_view rest = s.substr(std::min(i, s.size()));
  // A bare address ("Source: https://www.cbssports.com/nfl/news/..."): the outlet of its host.
  if (StartsWithIgnoreCase(rest, "http://") || StartsWithIgnoreCase(rest, "https://")) {
    std::string reg = ProvenanceContext::RegistrableOfAbsolute(rest.substr(0, rest.find(' ')));
    if (reg.empty()) return org;
    org.publisher = t.ByDomain(reg);
    org.name = org.publisher ? std::string(org.publisher->name) : reg;
    return org;
  }
  const Publisher* p = t.NameAt(rest, &len);
  if (!p && rest.size() > 4 && (rest.substr(0, 4) == "the " || rest.substr(0, 4) == "The ")) {
    p = t.NameAt(rest.substr(4), &len);
    if (p) len += 4;
  }
  std::string_view phrase = TrimHolder(NamePhraseAt(s, i, 7));
  // A name written as a domain ends the sentence: "PanARMENIAN.Net. Read the original" (but
  // "U.S. News" goes on: "U.S" is no domain).
  for (size_t dot = phrase.find(". "); dot != std::string_view::npos;
       dot = phrase.find(". ", dot + 1)) {
    std::string_view head = phrase.substr(0, dot);
    size_t last = head.rfind('.');
    size_t word = head.find_last_of(' ');
    if (last != std::string_view::npos && (word == std::string_view::npos || last > word) &&
        head.size() - last > 2 && last > (word == std::string_view::npos ? 0 : word + 1) + 1) {
      phrase = head;
      break;
    }
  }
  if (phrase.empty()) phrase = CaselessNameAt(s, i);
  if (phrase.empty()) phrase = DomainAt(s, i);
  // A table name followed by more capitalised words is the start of another name ("Metro
  // Money Daily" is not "Metro", "Fortune Tiger Official" is not "Fortune").
  bool longer = p && phrase.size() > len + 1 && phrase.substr(0, len) == rest.substr(0, len);
  if (p && !longer && (allow_ambiguous || !p->IsAmbiguousName(TrimView(rest.substr(0, len))))) {
    org.name = std::string(rest.substr(0, len));
    org.publisher = p;
    return org;
  }
  if (phrase.empty() || IsNotOutlet(phrase)) return org;
  org.name = std::string(phrase);
  org.publisher = t.ByName(phrase);
  // An outlet named by its domain ("Read full article at aljazeera.com").
  if (!org.publisher && phrase.find('.') != std::string_view::npos &&
      phrase.find(' ') == std::string_view::npos) {
    std::string reg = RegistrableDomain(phrase);
    if (!reg.empty()) org.publisher = t.ByDomain(reg);
  }
  if (org.publisher && !allow_ambiguous && org.publisher->IsAmbiguousName(phrase))
    org.publisher = nullptr;
  return org;
}

class Collector {
 public:
  explicit Collector(const ProvenanceContext& c) : c_(c) {}

  // Adds a claim if it names someone other than the host; returns whether it did.
  bool Add(ClaimKind kind, const Org& org, double strength, Evidence ev, std::string url = {}) {
    if (org.name.empty() && url.empty()) return false;
    // A syndication agency distributed the text and never wrote it: its licence, or its
    // copyright line ("COPYRIGHT 2019 ANDREWS MCMEEL SYNDICATION" under a column: the agency
    // holds the rights its clients print under), is a mark for syndication.cc, never a claim
    // that could name the original.
    if (org.publisher && org.publisher->syndicator) {
      if (kind != ClaimKind::kLicensedNote && kind != ClaimKind::kCopyright) return false;
      ev.text = Quote(ev.text);
      marks_.push_back(std::move(ev));
      return true;
    }
    Claim cl;
    cl.kind = kind;
    cl.name = org.name;
    cl.publisher = org.publisher;
    if (!url.empty()) {
      cl.url = ResolveUrl(c_.page_url, url);
      cl.registrable = ProvenanceContext::RegistrableOfAbsolute(cl.url);
      // A self link; through a proxy, also a link into the proxy that carries no other URL
      // (a relative canonical the archive did not rewrite points at the page itself).
      if (cl.registrable == c_.site || (c_.proxied && cl.registrable == c_.proxy_site))
        cl.url.clear(), cl.registrable.clear();
    }
    if (cl.publisher) {
      if (c_.IsSelfPublisher(cl.publisher) || c_.NameBeginsSiteLabel(cl.name)) return false;
    } else if (!cl.name.empty()) {
      if (c_.IsSelfName(cl.name)) return false;
      if (!c_.title_suffix.empty() && PublisherKey(cl.name) == PublisherKey(c_.title_suffix))
        return false;
      if (CountCodePoints(cl.name) < 2) return false;
      strength *= weights::kUnknownOrgFactor;
    } else {
      // URL-only claim (canonical...): foreign when on another registrable domain.
      if (cl.registrable.empty() || c_.site.empty()) return false;
      cl.publisher = PublisherTable::Get().ByDomain(cl.registrable);
      if (cl.publisher && (c_.IsSelfPublisher(cl.publisher) || cl.publisher->syndicator))
        return false;
      cl.name = cl.publisher ? std::string(cl.publisher->name) : cl.registrable;
    }
    if (c_.host_publisher && c_.host_publisher->aggregator)
      strength *= weights::kAggregatorHostFactor;
    cl.strength = strength;
    ev.text = Quote(ev.text);
    cl.evidence = std::move(ev);
    // One claim per (kind, outlet): repeated credits add evidence, not certainty.
    for (const Claim& o : claims_) {
      if (o.kind == cl.kind && o.publisher == cl.publisher &&
          (cl.publisher || PublisherKey(o.name) == PublisherKey(cl.name)))
        return true;
    }
    claims_.push_back(std::move(cl));
    return true;
  }

  std::vector<Claim> Take() { return std::move(claims_); }
  std::vector<Evidence> TakeAgencyMarks() { return std::move(marks_); }

 private:
  const ProvenanceContext& c_;
  std::vector<Claim> claims_;
  std::vector<Evidence> marks_;
};

std::string_view WhereOf(const PageBlock& b) { return b.in_article ? "text" : "page"; }

// The href of a link inside the block's element whose text matches `name` (or the only link).
std::string LinkFor(const ProvenanceContext& c, const PageBlock& b, std::string_view name) {
  const Document& d = c.doc;
  std::string only;
  int count = 0;
  for (const PageLink& l : c.page.links) {
    if (!d.Contains(b.node, l.a)) continue;
    ++count;
    only = std::string(l.href);
    if (!name.empty() && PublisherKey(l.text) == PublisherKey(name)) return std::string(l.href);
  }
  return count == 1 ? only : std::string();
}

// A syndication agency's mark just before a copyright line ("The-CNN-Wire™ & © 2019 Cable News
// Network"): the licence CNN's affiliates print under every story they run.
void ScanSyndicatorMark(std::string_view before, const PageBlock& b, Collector* out) {
  if (before.size() > static_cast<size_t>(weights::kSyndicatorMarkChars))
    before = before.substr(before.size() - weights::kSyndicatorMarkChars);
  for (const PublisherMention& m : PublisherTable::Get().FindMentions(before)) {
    if (!m.publisher->syndicator || m.ambiguous) continue;
    out->Add(ClaimKind::kLicensedNote,
             Org{std::string(before.substr(m.begin, m.end - m.begin)), m.publisher},
             weights::kClaimLicensedNote, {std::string(b.text), std::string(WhereOf(b))});
    return;
  }
}

// The words before a copyright cue are the site's own name, and nothing else ("Nairaland -",
// "The Sunday Briefing |").
bool SiteNameLeads(const ProvenanceContext& c, std::string_view before) {
  for (;;) {
    before = TrimView(before);
    if (!before.empty() && std::string_view("-|:,.").find(before.back()) != std::string_view::npos)
      before.remove_suffix(1);
    else if (EndsWith(before, "\xE2\x80\x93") || EndsWith(before, "\xE2\x80\x94"))
      before.remove_suffix(3);
    else if (before.size() >= 9 && EqualsIgnoreCase(before.substr(before.size() - 9), "copyright"))
      before.remove_suffix(9);
    else
      break;
  }
  return !before.empty() && before.size() <= 60 && c.IsSelfName(before);
}

void ScanCopyright(const ProvenanceContext& c, const PageBlock& b, Collector* out) {
  std::string_view t = b.text;
  bool footer = !b.in_article && IsSiteFooter(b.chrome);
  bool story = b.in_article || (b.chrome & kInArticleElement);
  for (std::string_view cue :
       {std::string_view("\xC2\xA9"), std::string_view("(c) "), std::string_view("copyright")}) {
    size_t p = cue == "copyright" ? FindCue(t, cue) : FindIgnoreCase(t, cue);
    if (p == std::string_view::npos) continue;
    if (AnyWordBefore(t, p, kMediaCredit) || AnyWordBefore(t, p, kOwnSiteCopyright)) continue;
    // "Nairaland - Copyright © 2005 - 2018 Oluwaseun Osewa": a line led by the site's own name
    // is the site's copyright, whoever holds it.
    if (SiteNameLeads(c, t.substr(0, p))) continue;
    ScanSyndicatorMark(t.substr(0, p), b, out);
    size_t i = SkipCopyrightPrefix(t, p);
    Org org = OrgAt(t, i, /*allow_ambiguous=*/true);
    if (org.name.empty()) continue;
    // An outlet's copyright line carries a year; "© Regan" is a person's (a blogger's photos).
    if (!org.publisher &&
        !HasYear(t.substr(p, std::min<size_t>(t.size() - p, org.name.size() + 40))))
      continue;
    // Outside the article a copyright line is the site's (or its owner's) own, unless it names
    // a table outlet on a host the table does not know (a farm keeping the original's line).
    if ((footer || !story) && (!org.publisher || c.host_publisher)) continue;
    // ...and a company ("© Time Inc.", "© 2019 Hearst UK Ltd") there is the site's owner, which
    // may also own an outlet of that name.
    if (footer || !story) {
      size_t at = t.find(org.name, i);
      std::string_view after = at == std::string_view::npos
                                   ? std::string_view()
                                   : TrimView(t.substr(at + org.name.size(), 14));
      if (!after.empty() && after[0] == ',') after = TrimView(after.substr(1));  // "RFE/RL, Inc."
      bool company = false;
      for (std::string_view form : kCompanyForms)
        company = company || StartsWithIgnoreCase(after, form);
      if (company) continue;
    }
    out->Add(ClaimKind::kCopyright, org, weights::kClaimCopyright,
             {std::string(SentenceAround(t, p)), std::string(WhereOf(b))});
    return;
  }
}

void ScanBio(const ProvenanceContext& c, const PageBlock& b, Collector* out) {
  std::string_view t = b.text;
  if (t.size() > 400 || t.size() < 20) return;
  // Cheap gate: "About the author", or a capitalised start with a bio verb early on.
  if (!IsUpperAt(t, 0)) return;
  std::string_view head = t.substr(0, std::min<size_t>(t.size(), 60));
  if (head.find(" is ") == std::string_view::npos &&
      head.find(" covers ") == std::string_view::npos &&
      head.find(" writes ") == std::string_view::npos &&
      head.find(" reports ") == std::string_view::npos &&
      head.find(" has been ") == std::string_view::npos &&
      head.find(" was ") == std::string_view::npos && !StartsWithIgnoreCase(t, "about the author"))
    return;
  // A bio starts with a person's name and a verb, or with "About the author".
  size_t start = 0;
  if (StartsWithIgnoreCase(t, "about the author")) {
    start = 16;
  } else {
    std::string_view name = NamePhraseAt(t, 0, 4);
    if (name.empty() || CountWords(name) < 2) return;
    std::string_view after = t.substr(name.size());
    bool verb = false;
    for (std::string_view v :
         {" is ", " covers ", " writes ", " reports ", " has been ", " was "}) {
      if (after.substr(0, v.size()) == v) verb = true;
    }
    if (!verb) return;
    start = name.size();
  }
  std::string lower_copy = AsciiLower(t);
  std::string_view lower = lower_copy;
  size_t role = std::string_view::npos;
  for (std::string_view r : kBioRoles) {
    size_t p = FindLowerCue(t, lower, r, start);
    if (p != std::string_view::npos && p < role) role = p;
  }
  if (role == std::string_view::npos) return;
  bool newsroom_role = false;
  for (std::string_view r : kNewsroomRoles) {
    if (FindLowerCue(t, lower, r, start) != std::string_view::npos) newsroom_role = true;
  }
  // A bio naming the site's own outlet is its writer's ("Chris Cillizza is a CNN Politics
  // reporter" on cnn.com): other outlets in it are past employers.
  for (const PublisherMention& m : PublisherTable::Get().FindMentions(t)) {
    if (!m.ambiguous && c.IsSelfPublisher(m.publisher)) return;
  }
  // A past-employment cue earlier in the sentence ("Before joining CNN, he spent a decade at The
  // Washington Post", "She previously worked as a reporter for CNN"): that outlet is no credit.
  auto PastEmployerBefore = [&](size_t pos) {
    std::string_view sentence = SentenceAround(t, pos);
    size_t from = static_cast<size_t>(sentence.data() - t.data());
    for (std::string_view cue : kPastEmployerCues) {
      size_t q = FindLowerCue(t, lower, cue, from);
      if (q != std::string_view::npos && q < pos) return true;
    }
    return false;
  };
  // The outlet names the role ("Jamelle Bouie is a New York Times columnist", "is a CNN
  // contributor"): a table outlet right before the role word, after "a", "an" or "the".
  Org best;
  size_t best_pos = std::string_view::npos;
  for (const PublisherMention& m :
       PublisherTable::Get().FindMentions(t.substr(start, role - start))) {
    size_t b = start + m.begin, e = start + m.end;
    if (m.ambiguous || e - b <= 2 || e + 1 != role || t[e] != ' ') continue;
    std::string_view before = t.substr(start, b - start);
    if (!EndsWith(before, " a ") && !EndsWith(before, " an ") && !EndsWith(before, " the ") &&
        !EndsWith(before, " The "))
      continue;
    best = Org{std::string(t.substr(b, e - b)), m.publisher}, best_pos = b;
  }
  // Else the outlet follows "for", else "at" / "with" / "of": prefer a table name anywhere after
  // the role.
  for (std::string_view prep : {"for", "at", "with", "of"}) {
    if (best.publisher) break;
    for (size_t p = FindLowerCue(t, lower, prep, role); p != std::string_view::npos;
         p = FindLowerCue(t, lower, prep, p + 1)) {
      Org o = OrgAt(t, p + prep.size(), /*allow_ambiguous=*/true);
      if (o.name.empty()) continue;
      if (PastEmployerBefore(p)) continue;
      if (o.publisher && !best.publisher) {
        best = o, best_pos = p;
      } else if (best.name.empty() && (prep == "for" || (prep == "at" && newsroom_role))) {
        best = o, best_pos = p;
      }
    }
  }
  if (best.name.empty()) return;
  // An outlet the table does not know whose name extends the site's own ("a reporter for Hill.TV"
  // on The Hill's site): the site's sister brand, its own newsroom.
  if (!best.publisher) {
    std::string key = PublisherKey(best.name);
    auto extends = [&](const std::string& self) {
      return self.size() >= weights::kSisterBrandMinChars && key.size() > self.size() &&
             key.compare(0, self.size(), self) == 0;
    };
    for (const std::string& self : c.self_keys) {
      if (extends(self)) return;
    }
    if (c.host_publisher) {
      for (std::string_view n : c.host_publisher->names) {
        if (extends(PublisherKey(n))) return;
      }
    }
  }
  out->Add(ClaimKind::kBio, best, weights::kClaimBio,
           {std::string(SentenceAround(t, best_pos)), std::string(WhereOf(b))});
}

const CueList& OriginCues() {
  static const CueList* l = new CueList(kOriginCues);
  return *l;
}
const CueList& ForeignOriginCues() {
  static const CueList* l = new CueList(kForeignOriginCues);
  return *l;
}
const CueList& LicensedCues() {
  static const CueList* l = new CueList(kLicensedCues);
  return *l;
}
const CueList& QualifierCues() {
  static const CueList* l = new CueList(kLicenceQualifiers);
  return *l;
}

// The length of the read-more cue a short line starts with ("Read more at "), or 0.
size_t ReadMoreCueAt(std::string_view t) {
  if (t.size() >= static_cast<size_t>(weights::kReadMoreMaxChars)) return 0;
  bool may = false;
  for (std::string_view start : kReadMoreStarts) may = may || StartsWithIgnoreCase(t, start);
  if (!may) return 0;
  for (std::string_view cue : kReadMoreCues) {
    if (StartsWithIgnoreCase(t, cue)) return cue.size();
  }
  return 0;
}

// "Source: X" as a short line of its own; "Via X" only for a syndication agency ("Via
// SyndiGate.info"), as "via" alone introduces anything. A line whose label is followed by one
// address only may be longer ("Source: https://www.cbssports.com/nfl/news/...").
Org SourceLabelAt(std::string_view line) {
  for (std::string_view cue :
       {"source:", "source :", "sources:", "via:", "via ", "fuente:", "fonte:", "quelle:"}) {
    if (!StartsWithIgnoreCase(line, cue)) continue;
    std::string_view rest = TrimView(line.substr(cue.size()));
    bool address =
        (StartsWithIgnoreCase(rest, "http://") || StartsWithIgnoreCase(rest, "https://")) &&
        rest.find(' ') == std::string_view::npos;
    if (line.size() >= weights::kSourceLineMaxChars && !address) return Org{};
    Org o = OrgAt(line, cue.size(), true);
    if (cue == "via " && !(o.publisher && o.publisher->syndicator)) return Org{};
    // "Source: Bureau of Labor Statistics" credits data as often as articles: an unknown
    // name after "Source:" is weak (the caller weighs it).
    return o;
  }
  return Org{};
}

void ScanNotes(const ProvenanceContext& c, const PageBlock& b, Collector* out) {
  std::string_view t = b.text;
  if (t.size() > 600) return;
  const uint64_t words = b.trigger_words;
  // Most triggered blocks hold none of the cues' full word sets: no lower-case copy for them.
  size_t read_more = ReadMoreCueAt(t);
  // Notes in other languages and "Quelle:/Fuente:/Fonte:" labels: blocks with their key words.
  // A label in parentheses is the same label ("(Source: indiewire.com)", as Tumblr prints it).
  std::string_view label = t;
  if (label.size() > 2 && label.front() == '(' && label.back() == ')')
    label = TrimView(label.substr(1, label.size() - 2));
  bool any = StartsWithIgnoreCase(label, "source") || StartsWithIgnoreCase(t, "via") ||
             (b.triggers & kTrigForeignNote) || read_more > 0;
  for (const CueList* l : {&LicensedCues(), &QualifierCues(), &OriginCues()}) {
    for (const auto& cue : l->cues) any = any || MayContain(words, cue.second);
  }
  if (!any) return;
  std::string lower_copy = AsciiLower(t);
  std::string_view lower = lower_copy;
  bool licensed = false;
  size_t licensed_at = std::string_view::npos;
  Org licensed_org;
  for (const auto& [cue, need] : LicensedCues().cues) {
    if (!MayContain(words, need)) continue;
    size_t p = FindLowerCue(t, lower, cue);
    if (p == std::string_view::npos) continue;
    if (AnyWordBefore(t, p, kMediaCredit)) continue;
    licensed = true;
    if (licensed_at == std::string_view::npos || p < licensed_at) licensed_at = p;
    if (licensed_org.name.empty()) {
      // "reprinted with permission from X", "used with permission of X".
      size_t at = p + cue.size();
      for (std::string_view prep : {" from ", " of "}) {
        if (StartsWithIgnoreCase(t.substr(at), prep)) at += prep.size();
      }
      licensed_org = OrgAt(t, at, true);
    }
  }
  bool qualified = false;
  for (const auto& [cue, need] : QualifierCues().cues) {
    if (MayContain(words, need) && FindLowerCue(t, lower, cue) != std::string_view::npos)
      qualified = true;
  }
  Org origin;
  size_t origin_at = std::string_view::npos;
  double origin_weight = weights::kClaimOriginNote;
  // The notes in other languages only in blocks with one of their key words: their words have
  // no bit in the trigger-word masks, so MayContain lets every block through for them.
  const bool foreign = b.triggers & kTrigForeignNote;
  for (const CueList* list : {&OriginCues(), &ForeignOriginCues()}) {
    if (!origin.name.empty() || (list == &ForeignOriginCues() && !foreign)) break;
    for (const auto& [cue, need] : list->cues) {
      if (!MayContain(words, need)) continue;
      size_t p = FindLowerCue(t, lower, cue);
      if (p == std::string_view::npos) continue;
      size_t at = p + cue.size();
      // "...appeared in the October 2018 issue of Practical Horseman": past the date, the outlet.
      for (std::string_view issue : {" issue of ", " edition of "}) {
        size_t q = lower.find(issue, at);
        if (q != std::string::npos && q - at <= weights::kIssueDateMaxChars &&
            IsNotOutlet(t.substr(at, q - at))) {
          at = q + issue.size();
          break;
        }
      }
      Org o = OrgAt(t, at, true);
      if (o.name.empty()) continue;
      origin = o, origin_at = p;
      break;
    }
  }
  // "Read more at X" as a short line of its own.
  if (origin.name.empty() && read_more > 0) {
    Org o = OrgAt(t, read_more, true);
    if (!o.name.empty()) origin = o, origin_at = 0;
  }
  // A source label (SourceLabelAt). On a fact-check the box around the claim it examines names the
  // claim's source ("Source: TASS, October 25, 2019"), not the article's.
  if (origin.name.empty() && !(c.meta.fact_check && !b.in_article)) {
    Org o = SourceLabelAt(label);
    if (!o.name.empty()) origin = o, origin_at = 0;
    if (!o.publisher) origin_weight = weights::kClaimSourceUnknown;
  }
  licensed = licensed || (qualified && !origin.name.empty());
  // A syndication agency distributes under licence whatever the wording ("Source: Tribune News
  // Service").
  licensed = licensed || (origin.publisher && origin.publisher->syndicator);
  if (!origin.name.empty()) {
    ClaimKind kind = licensed ? ClaimKind::kLicensedNote : ClaimKind::kOriginNote;
    out->Add(kind, origin, licensed ? weights::kClaimLicensedNote : origin_weight,
             {std::string(SentenceAround(t, origin_at)), std::string(WhereOf(b))},
             LinkFor(c, b, origin.name));
  } else if (licensed && !licensed_org.name.empty()) {
    // "Houston Chronicle - Copyright 2019 Hearst Newspapers. Printed and distributed by
    // PressReader" on pressreader.com: the site names itself as the licensed distributor of the
    // outlet the same line credits (digital newsstands, e-edition services).
    Org licensor = licensed_org;
    if (c.IsSelfName(licensed_org.name) ||
        (licensed_org.publisher && c.IsSelfPublisher(licensed_org.publisher))) {
      licensor = Org{};
      for (const PublisherMention& m : PublisherTable::Get().FindMentions(t)) {
        if (m.ambiguous || m.end - m.begin <= 2 || c.IsSelfPublisher(m.publisher)) continue;
        licensor = Org{std::string(t.substr(m.begin, m.end - m.begin)), m.publisher};
        break;
      }
    }
    if (!licensor.name.empty()) {
      out->Add(ClaimKind::kLicensedNote, licensor, weights::kClaimLicensedNote,
               {std::string(SentenceAround(t, licensed_at)), std::string(WhereOf(b))},
               LinkFor(c, b, licensor.name));
    }
  } else if (licensed) {
    // A licence with the outlet only in a link ("republished with permission from <a>...</a>").
    std::string href = LinkFor(c, b, "");
    if (!href.empty()) {
      out->Add(ClaimKind::kLicensedNote, Org{}, weights::kClaimLicensedNote,
               {std::string(SentenceAround(t, licensed_at)), std::string(WhereOf(b))}, href);
    }
  }
}

// Whether the article's paragraph `p` sits in a <blockquote>: a wire lead quoted by a
// newsletter or a column ("HANOI, Vietnam (AP) — ..." then "— Associated Press") is no dateline
// of the page's own story.
// A forum member pasting the whole story into a quote box quotes it all: only a quotation
// holding less than half of the article counts.
bool QuotedParagraph(const ProvenanceContext& c, std::string_view p) {
  std::string_view head = p.substr(0, std::min<size_t>(p.size(), 60));
  NodeId quote = kNoNode;
  for (const PageBlock& b : c.page.blocks) {
    if (!b.in_article || b.text.compare(0, head.size(), head) != 0) continue;
    for (NodeId n = b.node; n != kNoNode && n != 0; n = c.doc.Parent(n)) {
      if (c.doc.IsTag(n, GUMBO_TAG_BLOCKQUOTE)) quote = n;
    }
    break;
  }
  if (quote == kNoNode) return false;
  size_t quoted = 0, all = 0;
  for (const PageBlock& b : c.page.blocks) {
    if (!b.in_article) continue;
    all += b.text.size();
    if (c.doc.Contains(quote, b.node)) quoted += b.text.size();
  }
  return quoted * 2 < all;
}

// "WASHINGTON (AP) —", "(CNN) —", "LONDON, Nov 18 (Reuters) -" at the start of the story.
void ScanDateline(const ProvenanceContext& c, Collector* out) {
  const PublisherTable& table = PublisherTable::Get();
  for (size_t k = 0; k < c.paragraphs.size() && k < 3; ++k) {
    std::string_view p = c.paragraphs[k];
    if (p.find('(') == std::string_view::npos) continue;
    std::string_view head = p.substr(0, std::min<size_t>(p.size(), 160));
    for (size_t open = head.find('('); open != std::string_view::npos;
         open = head.find('(', open + 1)) {
      size_t close = head.find(')', open);
      if (close == std::string_view::npos) break;
      std::string_view inner = TrimView(head.substr(open + 1, close - open - 1));
      size_t len = 0;
      const Publisher* pub = table.NameAt(inner, &len);
      if (!pub || len != inner.size()) continue;
      // A dash (or colon) follows the parenthesis.
      std::string_view after = TrimView(p.substr(close + 1, 8));
      bool dash = after.substr(0, 1) == "-" || after.substr(0, 1) == ":" ||
                  after.substr(0, 3) == "\xE2\x80\x94" || after.substr(0, 3) == "\xE2\x80\x93";
      // Without the dash only at the head of the paragraph, after at most a place name:
      // "(CNN) President ...", "Hong Kong (CNN Business) A muddled ..." (extraction often loses
      // the dash of a dateline set apart by markup).
      std::string_view before = TrimView(p.substr(0, open));
      bool lead = before.empty() || (CountWords(before) <= 4 && IsUpperAt(before, 0) &&
                                     before.find_first_of(".!?\"") == std::string_view::npos);
      if (!dash && !lead) continue;
      if (QuotedParagraph(c, p)) return;
      size_t quote_end = dash ? std::min<size_t>(p.size(), close + 5) : close + 1;
      out->Add(ClaimKind::kDateline, Org{std::string(inner), pub}, weights::kClaimDateline,
               {std::string(p.substr(0, quote_end)), "text"});
      return;
    }
  }
}

void ScanSelfReferences(const ProvenanceContext& c, Collector* out) {
  const PublisherTable& table = PublisherTable::Get();
  double strength = weights::kClaimSelfReference;
  if (c.host_publisher) strength *= weights::kSelfReferenceOnKnownHostFactor;
  if (strength <= 0) return;
  static const CueList* before_cues = new CueList(kSelfBefore);
  static const CueList* after_cues = new CueList(kSelfAfter);
  auto add = [&](std::string_view para, size_t begin, size_t end, const Publisher* p) {
    out->Add(ClaimKind::kSelfReference, Org{std::string(para.substr(begin, end - begin)), p},
             strength, {std::string(SentenceAround(para, begin)), "text"});
  };
  // The article's blocks, whose trigger words the page walk has already read.
  for (const PageBlock& b : c.page.blocks) {
    if (!b.in_article || !(b.triggers & kTrigSelf)) continue;
    std::string_view para = b.text;
    TriggerScan trig{b.triggers, b.trigger_words};
    bool any_before = false, any_after = false;
    for (const auto& cue : before_cues->cues) any_before |= MayContain(trig.words, cue.second);
    for (const auto& cue : after_cues->cues) any_after |= MayContain(trig.words, cue.second);
    if (!any_before && !any_after) continue;
    std::string lower_copy = AsciiLower(para);
    std::string_view lower = lower_copy;
    // "told CBS News", "in an interview with Reuters": the outlet right after the cue.
    if (any_before) {
      for (const auto& [cue, need] : before_cues->cues) {
        if (!MayContain(trig.words, need)) continue;
        for (size_t p = FindLowerCue(para, lower, cue); p != std::string_view::npos;
             p = FindLowerCue(para, lower, cue, p + 1)) {
          size_t at = p + cue.size();
          if (at >= para.size() || para[at] != ' ') continue;
          ++at;
          size_t len = 0;
          const Publisher* pub = table.NameAt(para.substr(at), &len);
          if (!pub || len <= 2 || pub->IsAmbiguousName(para.substr(at, len))) continue;
          add(para, at, at + len, pub);
        }
      }
    }
    // "CBS News has learned", "CBS News' Jane Doe contributed": the outlet right before it.
    if (any_after) {
      for (const PublisherMention& m : table.FindMentions(para)) {
        if (m.ambiguous || m.end - m.begin <= 2) continue;
        std::string_view a = para.substr(m.end, std::min<size_t>(80, para.size() - m.end));
        bool self = false;
        if ((a.substr(0, 2) == "'s" || a.substr(0, 4) == "\xE2\x80\x99s" ||
             a.substr(0, 1) == "'") &&
            FindCue(a, "contributed") != std::string_view::npos)
          self = true;
        std::string_view t = TrimView(a);
        for (std::string_view cue : kSelfAfter) {
          if (StartsWithIgnoreCase(t, cue)) self = true;
        }
        if (self) add(para, m.begin, m.end, m.publisher);
      }
    }
  }
}

// E-mail addresses in the article on another site's domain: the reporter's or the desk's
// address stays in a copied text ("Email the writer at louise_matsakis@wired.com").
void ScanEmails(const ProvenanceContext& c, Collector* out) {
  auto is_local = [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '.' || ch == '_' || ch == '-' || ch == '+' || ch == '%';
  };
  auto is_domain = [](char ch) {
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           ch == '.' || ch == '-';
  };
  for (const PageBlock& b : c.page.blocks) {
    if (!b.in_article) continue;
    std::string_view t = b.text;
    for (size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1)) {
      size_t begin = at;
      while (begin > 0 && is_local(t[begin - 1])) --begin;
      size_t end = at + 1;
      while (end < t.size() && is_domain(t[end])) ++end;
      while (end > at + 1 && (t[end - 1] == '.' || t[end - 1] == '-')) --end;
      std::string_view domain = t.substr(at + 1, end - at - 1);
      if (begin == at || domain.find('.') == std::string_view::npos) continue;
      std::string reg = RegistrableDomain(AsciiLower(domain));
      if (reg.empty() || reg == c.site) continue;
      bool provider = false;
      for (std::string_view p : kMailProviders) provider |= reg == p;
      if (provider) continue;
      const Publisher* pub = PublisherTable::Get().ByDomain(reg);
      std::string before =
          AsciiLower(t.substr(begin > 48 ? begin - 48 : 0, begin > 48 ? 48 : begin));
      bool own = false;
      for (std::string_view cue : kEmailOwnCues) own |= before.find(cue) != std::string::npos;
      if (!pub && !own) continue;
      // "Email us at tips@the-sun.co.uk" on thesun.co.uk: the newsroom's own mail domain, spelling
      // the site's name.
      if (own && !pub && c.IsSelfName(reg.substr(0, reg.find('.')))) continue;
      out->Add(ClaimKind::kEmail, Org{},
               pub && own ? weights::kClaimEmailWriter : weights::kClaimEmail,
               {std::string(SentenceAround(t, begin)), "text"}, "https://" + reg + "/");
    }
  }
}

// Title segments naming another outlet ("Headline - CBS News", "CBS News: Headline").
void ScanTitle(const ProvenanceContext& c, Collector* out) {
  const PublisherTable& table = PublisherTable::Get();
  for (const auto* title : {&c.meta.raw_title, &c.meta.og_title}) {
    if (!*title) continue;
    std::string_view t = **title;
    // Claims the title for `seg` when it names a table outlet unambiguously.
    auto credit = [&](std::string_view seg) {
      const Publisher* pub = table.ByName(seg);
      if (!pub || pub->IsAmbiguousName(seg)) return false;
      out->Add(ClaimKind::kTitle, Org{std::string(seg), pub}, weights::kClaimTitle,
               {std::string(t), title == &c.meta.raw_title ? "title" : "meta:og:title"});
      return true;
    };
    // An outlet's name is short: the last separator is looked for in the title's last bytes.
    const size_t from =
        t.size() > weights::kTitleAffixMaxBytes ? t.size() - weights::kTitleAffixMaxBytes : 0;
    for (std::string_view sep :
         {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ", " \xC2\xB7 "}) {
      size_t p = RFindSeparator(t.substr(from), sep);
      if (p != std::string_view::npos && credit(TrimView(t.substr(from + p + sep.size())))) return;
    }
    // ...or leading it ("CBS News: Headline"): how forum threads and link aggregators title a
    // story they took from an outlet. The earliest separator, within the first bytes.
    std::string_view head = t.substr(0, weights::kTitleAffixMaxBytes);
    size_t first = std::string_view::npos;
    for (std::string_view sep : {": ", " | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "})
      first = std::min(first, head.find(sep));
    if (first == std::string_view::npos || first == 0) continue;
    std::string_view seg = TrimView(t.substr(0, first));
    if (CountWords(seg) <= static_cast<size_t>(weights::kInjectMaxAffixWords) && credit(seg))
      return;
  }
}

void ScanHead(const ProvenanceContext& c, Collector* out) {
  const PublisherTable& table = PublisherTable::Get();
  const Metadata& m = c.meta;
  if (m.og_site_name) {
    if (const Publisher* p = table.ByName(*m.og_site_name)) {
      out->Add(ClaimKind::kSiteName, Org{*m.og_site_name, p}, weights::kClaimSiteName,
               {*m.og_site_name, "meta:og:site_name"});
    } else if (!c.foreign_site_name.empty()) {
      // An unknown name, but not this site's: its logo, footer and domain say otherwise.
      out->Add(ClaimKind::kSiteName, Org{c.foreign_site_name, nullptr},
               weights::kClaimForeignSiteName, {*m.og_site_name, "meta:og:site_name"});
    }
  }
  if (m.jsonld_publisher && !NamesNobody(*m.jsonld_publisher)) {
    // A table outlet, or a name the site does not use for itself (context.cc decides).
    out->Add(ClaimKind::kJsonLdPublisher,
             Org{*m.jsonld_publisher, table.ByName(*m.jsonld_publisher)},
             weights::kClaimJsonLdPublisher, {*m.jsonld_publisher, "jsonld:publisher"});
  }
  for (const std::string& org : m.jsonld_author_orgs) {
    if (const Publisher* p = table.ByName(org)) {
      out->Add(ClaimKind::kAuthorOrg, Org{org, p}, weights::kClaimAuthorOrg,
               {org, "jsonld:author"});
    }
  }
  if (m.canonical_url) {
    out->Add(ClaimKind::kCanonical, Org{}, weights::kClaimCanonical,
             {*m.canonical_url, "canonical"}, *m.canonical_url);
  }
  if (m.og_url) {
    out->Add(ClaimKind::kOgUrl, Org{}, weights::kClaimOgUrl, {*m.og_url, "meta:og:url"}, *m.og_url);
  }
  if (m.jsonld_based_on) {
    out->Add(ClaimKind::kBasedOn, Org{}, weights::kClaimBasedOn,
             {*m.jsonld_based_on, "jsonld:isBasedOn"}, *m.jsonld_based_on);
  }
  if (m.byline) {
    std::string_view by = *m.byline;
    for (const PublisherMention& mention : table.FindMentions(by)) {
      // Two letters in a byline are too often something else ("9:24 pm ET").
      if (mention.end - mention.begin <= 2) continue;
      // Inside a longer capitalised name ("Sunny Media Express" is not "Express").
      if (PartOfLongerName(by, mention.begin, mention.end)) continue;
      std::string name = m.byline->substr(mention.begin, mention.end - mention.begin);
      // A byline that is nothing but a common word some outlet is named ("Newsroom"): a house
      // byline, not a credit. Wires are bylined by their initials alone ("PTI", "AP").
      if (TrimView(by) == name && !mention.publisher->wire &&
          mention.publisher->IsAmbiguousName(name))
        continue;
      out->Add(ClaimKind::kByline, Org{name, mention.publisher}, weights::kClaimByline,
               {*m.byline, "byline"});
    }
  }
}

// The lead image served from another table outlet's domain.
void ScanImage(const ProvenanceContext& c, Collector* out) {
  if (!c.meta.lead_image) return;
  std::string reg = c.RegistrableOf(*c.meta.lead_image);
  if (reg.empty() || reg == c.site) return;
  const Publisher* p = PublisherTable::Get().ByDomain(reg);
  if (!p) return;
  out->Add(ClaimKind::kImage, Org{std::string(p->name), p}, weights::kClaimImage,
           {*c.meta.lead_image, "meta:og:image"});
}

// The article's own links lead into another outlet's site: a text copied with its markup keeps
// the links its newsroom put in ("more on this", earlier stories), absolute by then. An original
// links into its own site at least as often, and cites several outlets rather than one.
void ScanBodyLinks(const ProvenanceContext& c, Collector* out) {
  if (c.site.empty()) return;
  struct Count {
    const Publisher* publisher;
    int links;
    const PageLink* first;
  };
  std::vector<Count> counts;
  int own = 0;
  std::string_view last_host;
  std::string last_reg;
  for (const PageLink& l : c.page.links) {
    if (!l.in_article) continue;
    if (c.IsSameSiteHref(l.href)) {
      if (!l.href.empty() && l.href[0] != '#') ++own;
      continue;
    }
    // Links to one outlet repeat its host: its registrable domain is looked up once.
    std::string_view host = ProvenanceContext::HostOfHref(l.href);
    // Links into a proxy (relative ones on a proxied page) lead anywhere: each is looked up.
    bool via_proxy = host.empty() ? c.proxied : IsProxyHost(AsciiLower(host));
    if (host.empty() && !via_proxy) continue;
    if (via_proxy) {
      last_host = std::string_view();
      last_reg = c.RegistrableOf(l.href);
    } else if (host != last_host) {
      last_host = host;
      last_reg = c.RegistrableOf(l.href);
    }
    const std::string& reg = last_reg;
    if (reg.empty() || reg == c.site) continue;
    const Publisher* p = PublisherTable::Get().ByDomain(reg);
    if (!p || c.IsSelfPublisher(p) || p->aggregator) continue;
    auto it = std::find_if(counts.begin(), counts.end(),
                           [&](const Count& k) { return k.publisher == p; });
    if (it == counts.end())
      counts.push_back({p, 1, &l});
    else
      ++it->links;
  }
  int to_outlets = 0;
  for (const Count& k : counts) to_outlets += k.links;
  for (const Count& k : counts) {
    if (k.links < weights::kBodyLinksMin || k.links <= own) continue;
    // One outlet's site, not a round-up citing several (an explainer linking NPR, the Times,
    // the Post and Reuters is reporting on coverage, not a copy).
    if (k.links < weights::kBodyLinksDominantShare * to_outlets) continue;
    double strength = own == 0 && k.links >= weights::kBodyLinksStrongMin
                          ? weights::kClaimBodyLinksStrong
                          : weights::kClaimBodyLinks;
    out->Add(ClaimKind::kBodyLinks, Org{std::string(k.publisher->name), k.publisher}, strength,
             {std::string(TrimView(k.first->href)), "article-link"});
  }
}

// "Read more »" as a link of its own under a truncated text, leading into a table outlet's
// site: the rest of the article is there. One such link only (a digest sends its reader to
// several outlets).
bool IsBareReadMore(std::string_view text) {
  std::string_view t = TrimView(text);
  while (!t.empty()) {
    unsigned char last = static_cast<unsigned char>(t.back());
    if (last == '.' || last == ':' || last == '>' || last == ' ') {
      t.remove_suffix(1);
    } else if (t.size() >= 2 && EndsWith(t, "\xC2\xBB")) {  // »
      t.remove_suffix(2);
    } else if (t.size() >= 3 && (EndsWith(t, "\xE2\x80\xBA") || EndsWith(t, "\xE2\x80\xA6") ||
                                 EndsWith(t, "\xE2\x86\x92"))) {  // › … →
      t.remove_suffix(3);
    } else {
      break;
    }
  }
  // "Read full story at the source": the link's address names the source.
  for (std::string_view at : kAtTheSource) {
    if (t.size() > at.size() && EqualsIgnoreCase(t.substr(t.size() - at.size()), at)) {
      t = TrimView(t.substr(0, t.size() - at.size()));
      break;
    }
  }
  for (std::string_view cue : kBareReadMore) {
    if (EqualsIgnoreCase(t, cue)) return true;
  }
  return false;
}

void ScanReadMoreLink(const ProvenanceContext& c, Collector* out) {
  // The cues' first letters: most link texts fail on theirs.
  static const uint32_t first_letters = [] {
    uint32_t bits = 0;
    for (std::string_view cue : kBareReadMore) bits |= 1u << (cue[0] - 'a');
    return bits;
  }();
  const PageLink* found = nullptr;
  int count = 0;
  for (const PageLink& l : c.page.links) {
    if (l.text.empty() || l.text.size() > 40) continue;
    char first = AsciiLowerChar(l.text[0]);
    if (first < 'a' || first > 'z' || !(first_letters & (1u << (first - 'a')))) continue;
    if (!IsBareReadMore(l.text) || c.IsSameSiteHref(l.href)) continue;
    // Within the article's element, even when the cleaner took the line out of the text, or
    // the <article> around it (aggregators put the link under the text's own container).
    bool within = l.in_article;
    for (NodeId root : c.ws.roots) {
      within = within || c.doc.Contains(root, l.a);
      NodeId up = c.doc.Parent(root);
      if (up != kNoNode && c.doc.IsTag(up, GUMBO_TAG_ARTICLE))
        within = within || c.doc.Contains(up, l.a);
    }
    if (!within) continue;
    std::string reg = c.RegistrableOf(l.href);
    if (reg.empty() || reg == c.site || !PublisherTable::Get().ByDomain(reg)) continue;
    ++count;
    found = &l;
  }
  if (count != 1) return;
  out->Add(ClaimKind::kOriginNote, Org{}, weights::kClaimReadMoreLink,
           {found->text, "article-link"}, std::string(TrimView(found->href)));
}

// Whether most of the article's text sits inside <blockquote> elements: a quoted paste.
bool MostlyQuoted(const ProvenanceContext& c) {
  size_t quoted = 0, all = 0;
  for (const PageBlock& b : c.page.blocks) {
    if (!b.in_article) continue;
    all += b.text.size();
    for (NodeId up = b.node; up != kNoNode; up = c.doc.Parent(up)) {
      if (c.doc.IsTag(up, GUMBO_TAG_BLOCKQUOTE)) {
        quoted += b.text.size();
        break;
      }
    }
  }
  return all > 0 && quoted >= all * weights::kPostedQuotedShare;
}

// On a forum thread or a user platform's post, the address of the article the post gives: a
// link whose text is its own address ("Pasting the whole thing since the Spokesman has a meter
// now: https://www.spokesman.com/stories/..."), or whose text is the page's title (a link post
// on Reddit), into one table outlet's site. That is where the posted text comes from. Elsewhere
// such links are citations: an original cites other outlets' articles by address too. The
// text must be article-long: a member's own comment on a linked article is short.
void ScanPostedAddress(const ProvenanceContext& c, Collector* out) {
  const std::optional<Fingerprint>& fp = c.ArticleFingerprint();
  if (!fp || fp->words < weights::kPostedTextMinWords) return;
  std::string_view title = c.meta.raw_title ? TrimView(*c.meta.raw_title) : std::string_view();
  const PageLink* found = nullptr;
  std::string found_reg;
  int user_post = -1;  // whether the page is a forum thread or a platform post, once asked
  for (const PageLink& l : c.page.links) {
    // The link's text first: most links are neither an address nor the title.
    std::string_view text = TrimView(l.text);
    if (text.size() < weights::kPostedLinkMinChars) continue;
    bool address_text = StartsWithIgnoreCase(text, "http") || StartsWithIgnoreCase(text, "www.");
    bool headline = !address_text && title.size() > text.size() &&
                    EqualsIgnoreCase(title.substr(0, text.size()), text) &&
                    !IsWordCharAt(title, text.size());
    if (!address_text && !headline) continue;
    std::string_view host = ProvenanceContext::HostOfHref(l.href);
    if (host.empty()) continue;
    bool address = address_text &&
                   FindIgnoreCase(text, host.substr(StartsWithIgnoreCase(host, "www.") ? 4 : 0)) !=
                       std::string_view::npos;
    if (!address && !headline) continue;
    if (user_post < 0) user_post = !UserPlatformOf(c.host).empty() || !ForumEngineOf(c).empty();
    if (!user_post) return;
    // A pasted address sits in the post that holds the text: the article's element or an
    // ancestor a few levels up (the post body around a quoted paste), not another member's
    // reply or a sidebar. A link post's title heads the whole thread, so there the text must
    // be quoted (a <blockquote> around it): a long comment of one's own is no paste.
    bool near = false;
    if (address) {
      for (NodeId root : c.ws.roots) {
        NodeId up = root;
        for (int k = 0; k <= weights::kPostedLinkLevels && up != kNoNode && !near; ++k) {
          near = c.doc.Contains(up, l.a);
          up = c.doc.Parent(up);
        }
      }
    } else {
      near = MostlyQuoted(c);
    }
    if (!near) continue;
    if (!AddressHasPath(l.href)) continue;  // a front page, not an article's address
    std::string reg = c.RegistrableOf(l.href);
    if (reg.empty() || reg == c.site || !PublisherTable::Get().ByDomain(reg)) continue;
    if (found && reg != found_reg) return;  // addresses of several outlets: a digest
    found = &l;
    found_reg = std::move(reg);
  }
  if (!found) return;
  out->Add(ClaimKind::kSourceLabel, Org{}, weights::kClaimPostedAddress,
           {found->text, "article-link"}, std::string(TrimView(found->href)));
}

// Groups claims naming the same outlet: same table row, same name key, or a URL claim whose
// registrable domain a named claim's outlet owns or spells.
void GroupClaims(std::vector<Claim>* claims) {
  int next = 0;
  auto same = [](const Claim& a, const Claim& b) {
    if (a.publisher && b.publisher) return PublisherTable::SameOwner(a.publisher, b.publisher);
    auto name_vs_domain = [](const Claim& named, const Claim& url) {
      if (url.registrable.empty()) return false;
      if (named.publisher) return named.publisher->OwnsDomain(url.registrable);
      return NameSpellsDomain(named.name, url.registrable);
    };
    if (name_vs_domain(a, b) || name_vs_domain(b, a)) return true;
    if (!a.registrable.empty() && a.registrable == b.registrable) return true;
    return !a.name.empty() && PublisherKey(a.name) == PublisherKey(b.name);
  };
  for (size_t i = 0; i < claims->size(); ++i) {
    Claim& ci = (*claims)[i];
    for (size_t j = 0; j < i && ci.group < 0; ++j) {
      if (same(ci, (*claims)[j])) ci.group = (*claims)[j].group;
    }
    if (ci.group < 0) ci.group = next++;
  }
}

}  // namespace

bool IsVisibleCredit(ClaimKind k) {
  switch (k) {
    case ClaimKind::kBio:
    case ClaimKind::kCopyright:
    case ClaimKind::kOriginNote:
    case ClaimKind::kLicensedNote:
    case ClaimKind::kByline:
    case ClaimKind::kSourceLabel:
      return true;
    default:
      return false;
  }
}

const char* ClaimKindName(ClaimKind k) {
  switch (k) {
    case ClaimKind::kSiteName:
      return "site-name";
    case ClaimKind::kJsonLdPublisher:
      return "jsonld-publisher";
    case ClaimKind::kAuthorOrg:
      return "author-org";
    case ClaimKind::kCanonical:
      return "canonical";
    case ClaimKind::kOgUrl:
      return "og-url";
    case ClaimKind::kBasedOn:
      return "based-on";
    case ClaimKind::kBio:
      return "bio";
    case ClaimKind::kDateline:
      return "dateline";
    case ClaimKind::kCopyright:
      return "copyright";
    case ClaimKind::kOriginNote:
      return "origin-note";
    case ClaimKind::kLicensedNote:
      return "licensed-note";
    case ClaimKind::kSourceLabel:
      return "source-label";
    case ClaimKind::kByline:
      return "byline";
    case ClaimKind::kSelfReference:
      return "self-reference";
    case ClaimKind::kImage:
      return "image";
    case ClaimKind::kTitle:
      return "title";
    case ClaimKind::kBodyLinks:
      return "body-links";
    case ClaimKind::kEmail:
      return "email";
  }
  return "claim";
}

bool AttributionResult::HasKind(ClaimKind k) const {
  for (const Claim& c : claims) {
    if (c.kind == k) return true;
  }
  return false;
}

bool AttributionResult::TopGroupHas(ClaimKind k) const {
  for (const Claim& c : claims) {
    if (c.group == top_group && c.kind == k) return true;
  }
  return false;
}

AttributionResult AnalyzeAttribution(const ProvenanceContext& c) {
  Collector col(c);
  ScanHead(c, &col);
  ScanTitle(c, &col);
  ScanDateline(c, &col);
  for (const PageBlock& b : c.page.blocks) {
    if (b.chrome & (kChromeCaption | kChromeNav)) continue;
    bool link_list = b.link_chars * 10 > b.text.size() * 7;
    // Credits often sit in the article's own <header>; the site's masthead never holds a bio.
    if (!link_list && !(b.chrome & kChromeHeader)) {
      if (b.triggers & kTrigCopyright) ScanCopyright(c, b, &col);
      if (b.triggers & kTrigBio) ScanBio(c, b, &col);
    }
    if ((b.triggers & kTrigNote) || ReadMoreCueAt(b.text) > 0) ScanNotes(c, b, &col);
  }
  ScanSelfReferences(c, &col);
  ScanImage(c, &col);
  ScanBodyLinks(c, &col);
  ScanEmails(c, &col);
  ScanReadMoreLink(c, &col);
  ScanPostedAddress(c, &col);

  AttributionResult r;
  r.claims = col.Take();
  r.agency_marks = col.TakeAgencyMarks();
  if (r.claims.empty()) return r;
  GroupClaims(&r.claims);

  // The strongest group (noisy-OR of its claims) names the likely original. Image-only and
  // URL-only groups of unknown domains are weak by construction.
  std::vector<double> miss;  // per group: product of (1 - strength)
  for (const Claim& cl : r.claims) {
    if (cl.group >= static_cast<int>(miss.size())) miss.resize(cl.group + 1, 1.0);
    miss[cl.group] *= 1.0 - cl.strength;
  }
  for (size_t g = 0; g < miss.size(); ++g) {
    if (1.0 - miss[g] > r.top_strength)
      r.top_strength = 1.0 - miss[g], r.top_group = static_cast<int>(g);
  }
  // Name and URL of the top group: table name first, else the name of its strongest named claim.
  double best_named = -1;
  for (const Claim& cl : r.claims) {
    if (cl.group != r.top_group) continue;
    if (cl.publisher && !r.publisher_row) r.publisher_row = cl.publisher;
    if (!cl.name.empty() && cl.kind != ClaimKind::kCanonical && cl.kind != ClaimKind::kOgUrl &&
        cl.kind != ClaimKind::kBasedOn && cl.strength > best_named) {
      best_named = cl.strength;
      r.publisher = cl.name;
    }
    // A source label's link counts when it is an article's address, not a front page.
    if (r.url.empty() && !cl.url.empty() &&
        (cl.kind == ClaimKind::kCanonical || cl.kind == ClaimKind::kBasedOn ||
         cl.kind == ClaimKind::kOriginNote || cl.kind == ClaimKind::kLicensedNote ||
         cl.kind == ClaimKind::kOgUrl ||
         (cl.kind == ClaimKind::kSourceLabel && AddressHasPath(cl.url))))
      r.url = cl.url;
  }
  if (r.publisher_row) r.publisher = std::string(r.publisher_row->name);
  if (r.publisher.empty()) {
    for (const Claim& cl : r.claims) {
      if (cl.group == r.top_group && !cl.registrable.empty()) r.publisher = cl.registrable;
    }
  }
  // Name an outlet only on credible grounds: a claim of some weight, or several. One "told X"
  // or a "Source: <unknown name>" line is evidence, not an identification.
  int in_group = 0;
  double strongest = 0;
  for (const Claim& cl : r.claims) {
    if (cl.group != r.top_group) continue;
    ++in_group;
    strongest = std::max(strongest, cl.strength);
  }
  if (strongest < weights::kNamePublisherMinStrength && in_group < 2) {
    r.publisher.clear();
    r.publisher_row = nullptr;
    r.url.clear();
  }

  Signal s;
  s.id = "attribution-mismatch";
  s.weight = r.top_strength;
  s.message = "The page credits " +
              (r.publisher.empty() ? std::string("another outlet") : r.publisher) +
              ", not its own host" + (c.host.empty() ? std::string() : " (" + c.host + ")") + ".";
  for (const Claim& cl : r.claims) s.evidence.push_back(cl.evidence);
  r.signal = std::move(s);
  return r;
}

}  // namespace clearsource
