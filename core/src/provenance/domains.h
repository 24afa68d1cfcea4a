// Registrable domains ("eTLD+1") by the Public Suffix List, compiled in at build time from
// Debian's publicsuffix package: "www.bbc.co.uk" -> "bbc.co.uk", "news.example.com.au" ->
// "example.com.au". Hosts are compared by registrable domain, never by hand-written TLD lists.
#ifndef CLEARSOURCE_PROVENANCE_DOMAINS_H_
#define CLEARSOURCE_PROVENANCE_DOMAINS_H_

#include <string>
#include <string_view>

namespace clearsource {

// The public suffix of `host` ("co.uk" for "www.bbc.co.uk"); unlisted TLDs count as suffixes
// (the PSL's implicit "*" rule). Empty for an empty host. Hosts are lower-cased, a trailing dot
// is dropped, and "xn--" labels are decoded (Punycode) before matching the list's Unicode rules;
// the returned labels keep the host's own spelling.
std::string PublicSuffix(std::string_view host);

// The registrable domain: the public suffix plus one label. Empty when the host is itself a
// public suffix ("co.uk") or empty. IP literals are returned unchanged.
std::string RegistrableDomain(std::string_view host);

// The publisher's host of a page served through a cache or proxy that keeps the origin in its
// URL: AMP caches ("www-cbsnews-com.cdn.ampproject.org/c/s/www.cbsnews.com/amp/..."), Google's
// AMP viewer ("www.google.com/amp/s/www.cbsnews.com/...") and Google Translate's proxy
// ("www-cbsnews-com.translate.goog"), and web archives that replay a page under its own URL
// ("web.archive.org/web/20200101000000/https://www.cbsnews.com/..."). Any other host is returned
// as it is (lower-cased).
std::string PublisherHost(std::string_view host, std::string_view path);

// Whether `host` (lower-case) is one whose paths or name carry another site's host, as
// PublisherHost unwraps: cheap enough for every link of a page.
bool IsProxyHost(std::string_view host);

// Whether `host` is `domain` or one of its subdomains ("news.bbc.co.uk" in "bbc.co.uk"; not
// "notbbc.co.uk"). Both lower-case.
bool HostWithin(std::string_view host, std::string_view domain);

// Whether an absolute or protocol-relative address names something beyond the site's front page
// ("https://www.cbsnews.com/news/x", not "https://www.cbsnews.com/"): a path after the host.
bool AddressHasPath(std::string_view url);

// Decodes one Punycode label body (without "xn--") to UTF-8; false on malformed input.
bool DecodePunycode(std::string_view label, std::string* out);

// Whether a publisher or site name spells the registrable domain's name label: "Profound Wealth
// Insights" ~ profoundwealthinsights.com, "The Hill" ~ thehill.com, "CBS News" ~ cbsnews.com.
// Compares lower-case letters and digits only; an optional leading "the" may be dropped on either
// side. Names shorter than 3 such characters never match.
bool NameSpellsDomain(std::string_view name, std::string_view registrable_domain);

// Letters and digits of `s`, lower-cased (ASCII folding; other code points kept as is).
std::string SquashName(std::string_view s);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_DOMAINS_H_
