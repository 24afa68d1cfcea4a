// Everything the provenance signals read, computed once per page: the host and its registrable
// domain, the table publisher owning it, the page's text blocks and links, the article's
// paragraphs, and the names the site uses for itself.
#ifndef CLEARSOURCE_PROVENANCE_CONTEXT_H_
#define CLEARSOURCE_PROVENANCE_CONTEXT_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "clean/urls.h"
#include "clearsource/result.h"
#include "meta/metadata.h"
#include "parse/dom.h"
#include "provenance/fingerprint.h"
#include "provenance/page_text.h"
#include "provenance/publishers.h"
#include "provenance/words.h"
#include "score/workspace.h"

namespace clearsource {

struct ProvenanceContext {
  const Document& doc;
  const Workspace& ws;
  const Metadata& meta;
  const Url& page_url;
  const Result& result;

  std::string host;  // page host, lower-case
  std::string site;  // its registrable domain ("" when unknown)
  // The page is read through a cache, proxy or web archive: `host` is the publisher's, taken
  // from the URL, and the page's relative links lead into the proxy.
  bool proxied = false;
  std::string proxy_site;  // the proxy's registrable domain when proxied ("archive.org")
  const Publisher* host_publisher = nullptr;
  bool presented = false;  // host_publisher inferred from the page's self-presentation
  // An unknown host presenting itself as a table outlet (as for `presented`) whose canonical
  // link or og:url points into that outlet's own domain: a clone serving the outlet's page
  // under another address, not the outlet's other domain.
  const Publisher* impersonated = nullptr;
  std::string impersonated_url;  // the canonical, og:url or JSON-LD address on the outlet's domain
  const char* impersonated_where = "";  // where that address is: "canonical", "jsonld:url"...
  // The clone is known by its own address: a look-alike of the outlet's domain
  // ("bbc-newsday.co.uk"); impersonated_url is then the page's own host.
  bool look_alike = false;
  PageText page;
  std::vector<std::string_view> paragraphs;  // of result.text_content
  // Names the site gives itself: og:site_name / application-name and JSON-LD publisher (unless
  // they name another table publisher), the home link's text or logo alt, the footer's copyright
  // holder. Compared by PublisherKey.
  std::vector<std::string> self_names;
  std::vector<std::string> self_keys;  // PublisherKey of each self name
  // The <title>'s last segment after a spaced separator ("... - Profound Wealth Insights"):
  // where sites put their own name. Not a self name by itself (farms put brands there too), but
  // an unknown outlet credited under this name is the site itself.
  std::string title_suffix;
  // og:site_name when it names another site: neither spelling the host nor agreeing with a
  // name the page shows (logo, footer copyright, title suffix), while one of those spells the
  // domain or two agree. Empty otherwise.
  std::string foreign_site_name;
  // The page shows a name of its own that spells its domain, or two that agree (logo, footer
  // copyright, title suffix): who the site says it is does not rest on its head metadata.
  bool identity_known = false;

  ProvenanceContext(const Document& d, const Workspace& w, const Metadata& m, const Url& u,
                    const Result& r);

  // Whether `name` denotes this site: one of its self names (or their initialism, "EA Forum"),
  // a name spelling its registrable domain, or a table name of the host's publisher (or a
  // sister brand).
  bool IsSelfName(std::string_view name) const;
  // Whether `name` plausibly is the site given its og:site_name `site_name`: one key a prefix of
  // the other, or the name spells (or its first word begins) the registrable domain's label.
  bool LooselyNamesSite(std::string_view name, std::string_view site_name) const;
  // Whether `name` spells the start of the site's domain label: "NBC" on nbcdfw.com, "Fox" on
  // fox5dc.com (a brand's local stations and editions, which the table does not list one by one).
  bool NameBeginsSiteLabel(std::string_view name) const;
  // Whether a table publisher is this site (owns the domain, or shares its owner group).
  bool IsSelfPublisher(const Publisher* p) const;
  // Whether a link leads to a web page of this site (relative, or http(s) on the same
  // registrable domain). Cheap: parses only protocol-relative links, and links into a proxy.
  bool IsSameSiteHref(std::string_view href) const;
  // Resolves `ref` against the page URL; the registrable domain of the result ("" if none).
  std::string RegistrableOf(std::string_view ref) const;
  // The registrable domain of an absolute URL ("" if none); the publisher's for a URL into a
  // cache, proxy or web archive.
  static std::string RegistrableOfAbsolute(std::string_view url);
  // The host of an http(s) or protocol-relative link as written ("www.CBSNews.com" in
  // "https://www.CBSNews.com:443/a"), without parsing the URL; "" for any other link.
  static std::string_view HostOfHref(std::string_view href);

  // Content words, script and English share of the article text, and its fingerprint, from one
  // pass over the text made on first use.
  const TextProfile& ArticleProfile() const {
    if (!profile_ready_) Profile();
    return profile_;
  }
  const std::optional<Fingerprint>& ArticleFingerprint() const {
    if (!profile_ready_) Profile();
    return fingerprint_;
  }

 private:
  void Profile() const;
  mutable TextProfile profile_;
  mutable std::optional<Fingerprint> fingerprint_;
  mutable bool profile_ready_ = false;
};

// Whether `abbr` is `full` with its leading words cut to their initials, a leading "The" dropped:
// "EA Forum" for "Effective Altruism Forum", "NYT" for "The New York Times".
bool AbbreviatesName(std::string_view abbr, std::string_view full);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_CONTEXT_H_
