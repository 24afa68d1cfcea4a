#include "clean/urls.h"

#include <vector>

#include "util/text.h"

namespace clearsource {
namespace {

bool IsSchemeChar(char c, bool first) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return true;
  return !first && ((c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.');
}

// Removes "." and ".." segments (RFC 3986 5.2.4).
std::string RemoveDotSegments(std::string_view path) {
  std::vector<std::string_view> out;
  size_t i = 0;
  bool absolute = !path.empty() && path[0] == '/';
  if (absolute) i = 1;
  bool trailing = false;
  while (i <= path.size()) {
    size_t slash = path.find('/', i);
    std::string_view seg =
        path.substr(i, slash == std::string_view::npos ? std::string_view::npos : slash - i);
    trailing = false;
    if (seg == ".") {
      trailing = true;
    } else if (seg == "..") {
      if (!out.empty()) out.pop_back();
      trailing = true;
    } else {
      out.push_back(seg);
    }
    if (slash == std::string_view::npos) break;
    i = slash + 1;
  }
  std::string result = absolute ? "/" : "";
  for (size_t k = 0; k < out.size(); ++k) {
    if (k) result.push_back('/');
    result.append(out[k]);
  }
  if (trailing && !result.empty() && result.back() != '/') result.push_back('/');
  return result;
}

}  // namespace

std::string CleanUrlText(std::string_view s) {
  // Tabs/newlines (all C0 controls, DEL) inside URLs are removed by browsers. Copied in runs:
  // every link and image of a page comes through here.
  std::string out;
  out.reserve(s.size());
  size_t start = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char u = static_cast<unsigned char>(s[i]);
    if (u < 0x20 || u == 0x7F) {
      out.append(s.data() + start, i - start);
      start = i + 1;
    }
  }
  out.append(s.data() + start, s.size() - start);
  // Trimmed after the controls are gone: browsers strip leading C0 controls and spaces alike,
  // so " \x0E javascript:" is a javascript: URL, not a relative path.
  std::string_view trimmed = TrimView(out);
  if (trimmed.size() == out.size()) return out;
  return std::string(trimmed);
}

std::string UrlScheme(std::string_view s) {
  size_t i = 0;
  while (i < s.size() && IsSchemeChar(s[i], i == 0)) ++i;
  if (i == 0 || i >= s.size() || s[i] != ':') return "";
  return AsciiLower(s.substr(0, i));
}

Url ParseUrl(std::string_view raw) {
  std::string s = CleanUrlText(raw);
  Url u;
  std::string scheme = UrlScheme(s);
  if (scheme.empty()) return u;
  u.scheme = scheme;
  std::string_view rest = std::string_view(s).substr(scheme.size() + 1);
  size_t hash = rest.find('#');
  if (hash != std::string_view::npos) {
    u.has_fragment = true;
    u.fragment = std::string(rest.substr(hash + 1));
    rest = rest.substr(0, hash);
  }
  bool special = scheme == "http" || scheme == "https" || scheme == "ftp" || scheme == "ws" ||
                 scheme == "wss" || scheme == "file";
  // Browsers accept "http:\\host" and "http:/host" for special schemes; normalize slashes.
  std::string normalized;
  if (special) {
    normalized.assign(rest);
    for (char& c : normalized) {
      if (c == '\\') c = '/';
    }
    size_t slashes = 0;
    while (slashes < normalized.size() && normalized[slashes] == '/') ++slashes;
    normalized = "//" + normalized.substr(slashes);
    rest = normalized;
  }
  if (rest.substr(0, 2) == "//") {
    u.hierarchical = true;
    rest.remove_prefix(2);
    size_t end = rest.find_first_of("/?");
    std::string_view authority = rest.substr(0, end);
    rest = end == std::string_view::npos ? std::string_view() : rest.substr(end);
    size_t at = authority.rfind('@');
    if (at != std::string_view::npos) authority = authority.substr(at + 1);
    size_t colon = authority.rfind(':');
    size_t bracket = authority.rfind(']');
    if (colon != std::string_view::npos && (bracket == std::string_view::npos || colon > bracket)) {
      u.port = std::string(authority.substr(colon + 1));
      authority = authority.substr(0, colon);
    }
    u.host = AsciiLower(authority);
    while (!u.host.empty() && u.host.back() == '.') u.host.pop_back();
    size_t q = rest.find('?');
    if (q != std::string_view::npos) {
      u.has_query = true;
      u.query = std::string(rest.substr(q + 1));
      rest = rest.substr(0, q);
    }
    u.path = RemoveDotSegments(rest);
    if (u.path.empty()) u.path = "/";
  } else {
    u.opaque = std::string(rest);
  }
  return u;
}

std::string Url::ToString() const {
  std::string out = scheme + ":";
  if (hierarchical) {
    out += "//" + host;
    if (!port.empty()) out += ":" + port;
    out += path;
    if (has_query) out += "?" + query;
  } else {
    out += opaque;
  }
  if (has_fragment) out += "#" + fragment;
  return out;
}

std::string ResolveUrl(const Url& base, std::string_view ref_raw) {
  std::string ref = CleanUrlText(ref_raw);
  if (!UrlScheme(ref).empty()) {
    Url u = ParseUrl(ref);
    return u.valid() ? u.ToString() : ref;
  }
  if (!base.valid() || !base.hierarchical) return ref;
  for (char& c : ref) {
    if (c == '\\') c = '/';
  }
  Url t = base;
  t.has_fragment = false;
  t.fragment.clear();
  std::string_view r = ref;
  size_t hash = r.find('#');
  std::string_view frag;
  bool has_frag = false;
  if (hash != std::string_view::npos) {
    frag = r.substr(hash + 1);
    has_frag = true;
    r = r.substr(0, hash);
  }
  if (r.substr(0, 2) == "//") return ParseUrl(base.scheme + ":" + ref).ToString();
  std::string_view path = r, query;
  bool has_query = false;
  size_t q = r.find('?');
  if (q != std::string_view::npos) {
    path = r.substr(0, q);
    query = r.substr(q + 1);
    has_query = true;
  }
  if (path.empty()) {
    if (has_query) {
      t.has_query = true;
      t.query = std::string(query);
    }
  } else {
    if (path[0] == '/') {
      t.path = RemoveDotSegments(path);
    } else {
      size_t last = base.path.rfind('/');
      std::string merged =
          (last == std::string::npos ? std::string("/") : base.path.substr(0, last + 1)) +
          std::string(path);
      t.path = RemoveDotSegments(merged);
    }
    t.has_query = has_query;
    t.query = std::string(query);
  }
  t.has_fragment = has_frag;
  t.fragment = std::string(frag);
  return t.ToString();
}

}  // namespace clearsource
