#include "provenance/context.h"

#include <algorithm>
#include <cctype>

#include "provenance/domains.h"
#include "provenance/text_scan.h"
#include "provenance/weights.h"
#include "util/text.h"

namespace clearsource {
namespace {

void SplitParagraphs(std::string_view text, std::vector<std::string_view>* out) {
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find("\n\n", start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view p = TrimView(text.substr(start, end - start));
    if (!p.empty()) out->push_back(p);
    start = end + 2;
  }
}

// Words of `s`: runs of ASCII letters and digits (names compared here are ASCII initialisms).
std::vector<std::string_view> AsciiWords(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    size_t b = i;
    while (i < s.size() && std::isalnum(static_cast<unsigned char>(s[i]))) ++i;
    if (i > b) out.push_back(s.substr(b, i - b));
  }
  return out;
}

// A phrase with a lower-case word of five letters or more ("Your daily source of news", "Expert
// how-to for English Riders"): a tagline, where names have capitals ("The Valley Paper") or
// inner capitals ("iPhone in Canada").
bool IsTagline(std::string_view s) {
  int words = 0;
  bool lower_word = false;
  for (std::string_view w : Split(s, ' ')) {
    if (w.empty()) continue;
    ++words;
    lower_word = lower_word || (w.size() >= 5 && std::all_of(w.begin(), w.end(), [](char ch) {
                                  return (ch >= 'a' && ch <= 'z') || ch == '-';
                                }));
  }
  return words >= 3 && lower_word;
}

}  // namespace

bool AbbreviatesName(std::string_view abbr, std::string_view full) {
  // Most names fail here, before any word is split: 2 to 5 capitals, then a space or the end.
  size_t caps = 0;
  while (caps < abbr.size() && abbr[caps] >= 'A' && abbr[caps] <= 'Z') ++caps;
  if (caps < 2 || caps > 5 || (caps < abbr.size() && abbr[caps] != ' ')) return false;
  std::vector<std::string_view> a = AsciiWords(abbr), f = AsciiWords(full);
  if (a.empty() || f.empty()) return false;
  if (EqualsIgnoreCase(f.front(), "the")) f.erase(f.begin());
  // The initialism: 2 to 5 capitals ("EA", "NYT").
  std::string_view init = a.front();
  if (init.size() < 2 || init.size() > 5 ||
      !std::all_of(init.begin(), init.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; }))
    return false;
  size_t tail = a.size() - 1;  // words after it, the same as the full name's last words
  if (f.size() != init.size() + tail) return false;
  for (size_t k = 0; k < tail; ++k) {
    if (!EqualsIgnoreCase(a[1 + k], f[init.size() + k])) return false;
  }
  for (size_t k = 0; k < init.size(); ++k) {
    if (AsciiLowerChar(f[k][0]) != AsciiLowerChar(init[k])) return false;
  }
  return true;
}

namespace {

// Whether `href` points at the site's home page ("/", "./", "https://host/", "index.html").
bool IsHomeHref(std::string_view href, const ProvenanceContext& c) {
  href = TrimView(href);
  if (href == "/" || href == "./" || href == "/index.html" || href == "index.html") return true;
  // Absolute: only "scheme://host/" is worth parsing.
  size_t slashes = href.find("://");
  if (slashes == std::string_view::npos || slashes > 6 || AddressHasPath(href)) return false;
  Url u = ParseUrl(href);
  if (!u.valid() || u.host.empty()) return false;
  return (u.path.empty() || u.path == "/") && !c.site.empty() &&
         RegistrableDomain(u.host) == c.site;
}

// Copyright holder of a footer line ("Copyright © 2025 Profound Wealth Insights All Rights
// Reserved").
std::string CopyrightHolder(std::string_view text) {
  size_t p = text.find("\xC2\xA9");
  if (p == std::string_view::npos) p = FindCue(text, "copyright");
  if (p == std::string_view::npos) return std::string();
  size_t i = SkipCopyrightPrefix(text, p);
  return std::string(TrimHolder(NamePhraseAt(text, i, 8)));
}

// Whether the registrable domain `site` has the same first label as one of `domains` under
// another suffix ("wired.it" and "wired.com"): a brand's edition in another country.
bool SameDomainLabel(std::string_view site, ViewRange domains) {
  size_t dot = site.find('.');
  if (dot == std::string_view::npos || dot < weights::kEditionLabelMinChars) return false;
  std::string_view label = site.substr(0, dot + 1);  // with its dot: "wired."
  for (std::string_view d : domains) {
    if (d != site && d.size() > label.size() && d.substr(0, label.size()) == label) return true;
  }
  return false;
}

// Whether the registrable domain `site` joins one of `domains`' first labels to other words by
// hyphens ("bbc-newsday.co.uk", "news-cnn.com"): a look-alike of the outlet's address.
bool LookAlikeDomain(std::string_view site, ViewRange domains) {
  std::string_view label = site.substr(0, site.find('.'));
  if (label.find('-') == std::string_view::npos) return false;
  for (std::string_view d : domains) {
    std::string_view own = d.substr(0, d.find('.'));
    if (own.size() < weights::kLookAlikeLabelMinChars || own.find('-') != std::string_view::npos)
      continue;
    for (size_t b = 0; b <= label.size();) {
      size_t e = label.find('-', b);
      if (e == std::string_view::npos) e = label.size();
      if (label.substr(b, e - b) == own) return true;
      b = e + 1;
    }
  }
  return false;
}

}  // namespace

ProvenanceContext::ProvenanceContext(const Document& d, const Workspace& w, const Metadata& m,
                                     const Url& u, const Result& r)
    : doc(d), ws(w), meta(m), page_url(u), result(r) {
  // The publisher's host, also when the page comes through an AMP cache or a translation proxy.
  host = PublisherHost(u.host, u.path);
  proxied = host != AsciiLower(u.host);
  if (proxied) proxy_site = RegistrableDomain(u.host);
  site = RegistrableDomain(host);
  if (!site.empty()) host_publisher = PublisherTable::Get().ByDomain(site);
  page = BuildPageText(d, w);
  SplitParagraphs(r.text_content, &paragraphs);

  const PublisherTable& table = PublisherTable::Get();
  if (m.raw_title) {
    std::string_view t = *m.raw_title;
    size_t best = std::string_view::npos, len = 0;
    for (std::string_view sep :
         {" | ", " - ", " -", " \xE2\x80\x93 ", " \xE2\x80\x94 ", "_", " \xC2\xB7 "}) {
      size_t p = RFindSeparator(t, sep);
      if (p != std::string_view::npos && (best == std::string_view::npos || p > best))
        best = p, len = sep.size();
    }
    if (best != std::string_view::npos) title_suffix = std::string(TrimView(t.substr(best + len)));
  }
  // A host the table does not know that presents itself as a table outlet in both its
  // og:site_name (or JSON-LD publisher) and its title's site suffix is taken to be that
  // outlet's other domain (tables lag behind domain moves: sputniknews.com, mysanantonio.com).
  // A farm keeping an original's og:site_name still puts its own name in the title.
  if (!host_publisher && m.raw_title) {
    const Publisher* suffix = nullptr;
    std::string_view t = *m.raw_title;
    for (std::string_view sep : {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
      size_t p = RFindSeparator(t, sep);
      if (p != std::string_view::npos &&
          (suffix = table.ByName(TrimView(t.substr(p + sep.size())))))
        break;
    }
    // The same outlet declared again: og:site_name, JSON-LD publisher, or the footer's
    // copyright holder.
    bool again = false;
    // A brand's edition on a domain of its own ("Wired" on wired.it, wired.com's domain label
    // under another suffix) names itself by the brand in its og:site_name, whatever its title
    // says ("... | Wired Italia"): that is its own name, as on the brand's other domains.
    // The title or JSON-LD publisher must show the brand too (a farm on a look-alike domain
    // keeping the original's head puts its own name in its title).
    if (!suffix && m.og_site_name) {
      const Publisher* brand = table.ByName(*m.og_site_name);
      if (brand && SameDomainLabel(site, brand->domains)) {
        std::string key = PublisherKey(*m.og_site_name);
        auto shows = [&](std::string_view name) {
          std::string k = PublisherKey(name);
          return !key.empty() && k.size() >= key.size() && k.compare(0, key.size(), key) == 0;
        };
        if ((m.jsonld_publisher && shows(*m.jsonld_publisher)) ||
            (!title_suffix.empty() && shows(title_suffix)))
          suffix = brand, again = true;
      }
    }
    if (suffix) {
      if (m.og_site_name && table.ByName(*m.og_site_name) == suffix) again = true;
      if (m.jsonld_publisher && table.ByName(*m.jsonld_publisher) == suffix) again = true;
      for (const PageBlock& b : page.blocks) {
        if (again || b.in_article || !IsSiteFooter(b.chrome)) continue;
        std::string holder = CopyrightHolder(b.text);
        if (!holder.empty() && table.ByName(holder) == suffix) again = true;
      }
    }
    // A page whose canonical link, og:url or JSON-LD address leads into the outlet's own domain
    // is not on the outlet's other domain: it is a clone of the outlet's page (a rewriting
    // mirror, a typosquatted look-alike).
    std::string home_url;
    if (again && !site.empty()) {
      const std::pair<const std::optional<std::string>*, const char*> addresses[] = {
          {&m.canonical_url, "canonical"},
          {&m.og_url, "meta:og:url"},
          {&m.jsonld_url, "jsonld:url"}};
      for (const auto& [u, where] : addresses) {
        if (!*u) continue;
        std::string abs = ResolveUrl(page_url, TrimView(**u));
        std::string reg = RegistrableOfAbsolute(abs);
        if (!reg.empty() && reg != site && table.ByDomain(reg) == suffix) {
          home_url = abs;
          impersonated_where = where;
          break;
        }
      }
    }
    // A look-alike of the outlet's domain ("bbc-newsday.co.uk" for bbc.co.uk: the outlet's
    // domain label joined to another word by a hyphen) is no domain the outlet moved to: a
    // clone, whatever its canonical link says.
    if (again && home_url.empty() && LookAlikeDomain(site, suffix->domains)) {
      home_url = host;
      impersonated_where = "url";
      look_alike = true;
    }
    if (again && !home_url.empty()) {
      impersonated = suffix;
      impersonated_url = home_url;
    } else if (again) {
      host_publisher = suffix;
      presented = true;
    }
  }
  auto add_self = [&](std::string_view name) {
    name = TrimView(name);
    if (name.empty() || CountCodePoints(name) > 80) return;
    const Publisher* p = table.ByName(name);
    if (p && !IsSelfPublisher(p)) return;  // names another outlet: a claim, not a self name
    self_names.emplace_back(name);
    self_keys.push_back(PublisherKey(name));
  };
  // The names the page shows itself under: the home link (logo) and the footer's copyright
  // holder, outside the article, and the <title>'s site suffix.
  std::vector<std::string> shown;
  for (const PageLink& l : page.links) {
    if (l.in_article || !IsHomeHref(l.href, *this)) continue;
    std::string text = l.text;
    if (text.empty()) {
      for (NodeId i = l.a + 1; i < d[l.a].end; ++i) {
        if (d.IsTag(i, GUMBO_TAG_IMG)) {
          text = NormalizeSpace(d.Attr(i, "alt"));
          break;
        }
      }
    }
    if (!text.empty() && CountWords(text) <= 6) shown.push_back(std::move(text));
  }
  for (const PageBlock& b : page.blocks) {
    if (b.in_article || !IsSiteFooter(b.chrome)) continue;
    std::string holder = CopyrightHolder(b.text);
    if (!holder.empty()) shown.push_back(std::move(holder));
  }
  size_t visible = shown.size();  // home links and copyright holders: what a reader sees
  if (!title_suffix.empty() && CountWords(title_suffix) <= 6) shown.push_back(title_suffix);
  auto spells_host = [&](std::string_view name) {
    return LooselyNamesSite(name, std::string_view());
  };
  std::vector<std::string> shown_keys;
  shown_keys.reserve(shown.size());
  for (const std::string& n : shown) shown_keys.push_back(PublisherKey(n));
  // LooselyNamesSite(name, shown) without recomputing the shown names' keys: one key a prefix
  // of the other (whether the name spells the host, its callers test first).
  auto agrees_with_shown = [&](std::string_view name) {
    std::string a = PublisherKey(name);
    if (a.empty()) return false;
    for (const std::string& b : shown_keys) {
      if (!b.empty() && (a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0)) return true;
    }
    return false;
  };
  // The site's identity is established when a name it shows spells its domain, or when two of
  // the names it shows agree.
  for (size_t i = 0; i < shown.size() && !identity_known; ++i) {
    if (!site.empty() && NameSpellsDomain(shown[i], site)) identity_known = true;
    for (size_t j = i + 1; j < shown.size() && !identity_known; ++j) {
      if (!shown_keys[i].empty() && shown_keys[i] == shown_keys[j]) identity_known = true;
    }
  }
  // og:site_name and JSON-LD publisher are head metadata, copied along with the article by
  // scrapers: they are the site's own name when they spell its domain or agree with a name the
  // page shows. One that does neither while the page's identity is established elsewhere names
  // another site ("og:site_name: Autoracing" on a page whose logo, footer and domain say
  // "Urban Coin Report").
  bool og_self = false;
  if (m.og_site_name) {
    std::string_view og = TrimView(*m.og_site_name);
    const Publisher* p = table.ByName(og);
    bool consistent = spells_host(og) || agrees_with_shown(og) || (p && IsSelfPublisher(p));
    if (!consistent && !p && IsTagline(og)) {
      // "Expert how-to for English Riders": the site's tagline in the name's place, nobody's name.
    } else if (!consistent && identity_known && !p) {
      foreign_site_name = std::string(og);
    } else {
      add_self(og);
      og_self = !p || IsSelfPublisher(p);
    }
  }
  // JSON-LD publisher blocks are copied along with the article more often than og:site_name:
  // it is the site's own name only when it agrees with a self-declared og:site_name, spells the
  // host or agrees with a name the page shows.
  if (m.jsonld_publisher) {
    std::string_view pub = *m.jsonld_publisher;
    bool with_og = m.og_site_name && og_self && LooselyNamesSite(pub, *m.og_site_name);
    bool alone = !m.og_site_name;
    if (with_og || alone || spells_host(pub) || agrees_with_shown(pub)) add_self(pub);
  }
  for (size_t i = 0; i < visible; ++i) add_self(shown[i]);
}

void ProvenanceContext::Profile() const {
  FingerprintBuilder fp;
  profile_ = ProfileText(result.text_content, &fp);
  fingerprint_ = fp.Finish();
  profile_ready_ = true;
}

bool ProvenanceContext::LooselyNamesSite(std::string_view name, std::string_view site_name) const {
  std::string a = PublisherKey(name), b = PublisherKey(site_name);
  if (a.empty()) return false;
  // A name written as the site's own address ("https://www.hawaiinewsnow.com", "KHON2.com").
  std::string_view t = TrimView(name);
  if (!site.empty() && t.find(' ') == std::string_view::npos &&
      t.find('.') != std::string_view::npos) {
    std::string_view host = HostOfHref(t);
    if (host.empty()) host = t.substr(0, t.find_first_of("/?#:"));
    if (RegistrableDomain(AsciiLower(host)) == site) return true;
  }
  // "Inexhibit magazine" / "Inexhibit", "Smithsonian.com" / "Smithsonian Magazine".
  if (!b.empty() && (a.rfind(b, 0) == 0 || b.rfind(a, 0) == 0)) return true;
  if (site.empty()) return false;
  if (NameSpellsDomain(name, site)) return true;
  std::string label = SquashName(std::string_view(site).substr(0, site.find('.')));
  std::string first = SquashName(name.substr(0, name.find_first_of(" ._-")));
  return first.size() >= 5 && label.rfind(first, 0) == 0;
}

bool ProvenanceContext::IsSelfPublisher(const Publisher* p) const {
  if (!p) return false;
  if (!site.empty() && p->OwnsDomain(site)) return true;
  return PublisherTable::SameOwner(p, host_publisher);
}

bool ProvenanceContext::NameBeginsSiteLabel(std::string_view name) const {
  // A clone's domain imitates the outlet's name ("bbc-newsday.co.uk"): no local edition.
  if (site.empty() || impersonated) return false;
  std::string key = SquashName(name);
  std::string label = SquashName(std::string_view(site).substr(0, site.find('.')));
  return key.size() >= 3 && label.size() > key.size() && label.compare(0, key.size(), key) == 0;
}

bool ProvenanceContext::IsSelfName(std::string_view name) const {
  std::string key = PublisherKey(name);
  if (key.empty()) return false;
  for (const std::string& s : self_keys) {
    if (s == key) return true;
  }
  if (!site.empty() && NameSpellsDomain(name, site)) return true;
  // "EA Forum" in the title of the site calling itself "Effective Altruism Forum".
  for (const std::string& s : self_names) {
    if (AbbreviatesName(name, s)) return true;
  }
  const Publisher* p = PublisherTable::Get().ByName(name);
  return p && IsSelfPublisher(p);
}

std::string_view ProvenanceContext::HostOfHref(std::string_view href) {
  href = TrimView(href);
  size_t hs;
  if (href.substr(0, 2) == "//") {
    hs = 2;
  } else {
    size_t colon = href.find(':');
    if (colon == std::string_view::npos || href.substr(colon, 3) != "://")
      return std::string_view();
    std::string_view scheme = href.substr(0, colon);
    if (!EqualsIgnoreCase(scheme, "http") && !EqualsIgnoreCase(scheme, "https"))
      return std::string_view();
    hs = colon + 3;
  }
  size_t he = href.find_first_of("/?#:", hs);
  return href.substr(hs, he == std::string_view::npos ? std::string_view::npos : he - hs);
}

bool ProvenanceContext::IsSameSiteHref(std::string_view href) const {
  href = TrimView(href);
  if (href.empty()) return false;
  if (href[0] == '#') return false;
  if (href.size() >= 2 && href[0] == '/' && href[1] == '/') return RegistrableOf(href) == site;
  // Relative references stay on the site; a scheme other than http(s) leaves the web page.
  size_t colon = href.find(':');
  size_t slash = href.find_first_of("/?#");
  if (colon == std::string_view::npos || (slash != std::string_view::npos && slash < colon)) {
    // Through a proxy, relative links stay in the proxy; the URL in their path says where to.
    return !proxied || RegistrableOf(href) == site;
  }
  // "https://host/...": compare the host's tail with the registrable domain.
  std::string host = AsciiLower(HostOfHref(href));
  if (host.empty() || site.empty()) return false;
  if (HostWithin(host, site)) return true;
  return IsProxyHost(host) && RegistrableOf(href) == site;
}

namespace {

// The host of an http(s) or protocol-relative address whose host is plain (letters, digits, dots
// and hyphens, then the end, "/", "?" or "#": no userinfo, port or escapes) and no cache or proxy
// that carries another site's address: all the registrable domain needs, without resolving and
// parsing the whole URL. Lower-cased; "" when the full parse is needed.
std::string PlainHost(std::string_view href) {
  std::string_view h = ProvenanceContext::HostOfHref(href);
  if (h.empty()) return std::string();
  const char* after = h.data() + h.size();
  if (after < href.data() + href.size() && *after == ':') return std::string();  // a port
  for (char ch : h) {
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
          ch == '.' || ch == '-'))
      return std::string();
  }
  std::string host = AsciiLower(h);
  return IsProxyHost(host) ? std::string() : host;
}

}  // namespace

std::string ProvenanceContext::RegistrableOf(std::string_view ref) const {
  ref = TrimView(ref);
  std::string host = PlainHost(ref);
  if (!host.empty()) return RegistrableDomain(host);
  return RegistrableOfAbsolute(ResolveUrl(page_url, ref));
}

std::string ProvenanceContext::RegistrableOfAbsolute(std::string_view url) {
  std::string host = PlainHost(url);
  if (!host.empty()) return RegistrableDomain(host);
  Url u = ParseUrl(url);
  if (!u.valid() || u.host.empty()) return std::string();
  return RegistrableDomain(PublisherHost(u.host, u.path));
}

}  // namespace clearsource
