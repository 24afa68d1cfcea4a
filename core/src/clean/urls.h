// URL parsing and RFC 3986 reference resolution, enough to absolutize links and compare hosts.
#ifndef CLEARSOURCE_CLEAN_URLS_H_
#define CLEARSOURCE_CLEAN_URLS_H_

#include <string>
#include <string_view>

namespace clearsource {

struct Url {
  std::string scheme;  // lower-case, without ':'
  std::string host;    // lower-case, without port or userinfo; empty for mailto: etc.
  std::string port;
  std::string path;   // starts with '/' for hierarchical URLs
  std::string query;  // without '?'
  std::string fragment;
  bool hierarchical = false;  // had "//" authority
  bool has_query = false;
  bool has_fragment = false;
  std::string opaque;  // for non-hierarchical URLs (mailto:, data:): everything after ':'

  bool valid() const { return !scheme.empty(); }
  std::string ToString() const;
};

// Parses an absolute URL; returns an invalid Url (empty scheme) when `s` has no scheme.
Url ParseUrl(std::string_view s);

// Resolves `ref` against absolute `base`. Returns `ref` trimmed when base is invalid and ref is
// relative (nothing better is known).
std::string ResolveUrl(const Url& base, std::string_view ref);

// Strips whitespace and control characters browsers ignore inside URLs ("java\tscript:").
std::string CleanUrlText(std::string_view s);

// Scheme of a (possibly relative) URL, lower-cased; empty when relative.
std::string UrlScheme(std::string_view s);

}  // namespace clearsource

#endif  // CLEARSOURCE_CLEAN_URLS_H_
