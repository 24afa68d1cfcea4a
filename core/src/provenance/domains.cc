#include "provenance/domains.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <vector>

#include "provenance/hash_set.h"
#include "provenance/tables.h"
#include "util/text.h"

namespace clearsource {
namespace {

// One kind of PSL rule: the generated array, indexed by hash on first use (a suffix is looked up
// for every label of every host the analysis reads; a hash probe is a few instructions where a
// binary search over ~7,000 rules was a dozen string comparisons). A hit is confirmed by
// comparing the rule itself, so a hash collision can never change a registrable domain.
class RuleSet {
 public:
  RuleSet(const char* const* rules, unsigned n) : index_(n) {
    views_.reserve(n);
    for (unsigned i = 0; i < n; ++i) {
      views_.emplace_back(rules[i]);
      uint64_t h = HashLower(views_.back());
      if (index_.Get(h) != 0)
        collided_.push_back(views_.back());  // never seen; kept correct anyway
      else
        index_.Add(h, i + 1);
    }
  }
  bool Contains(std::string_view rule) const {
    uint32_t v = index_.Get(HashLower(rule));
    if (v != 0 && views_[v - 1] == rule) return true;
    return std::find(collided_.begin(), collided_.end(), rule) != collided_.end();
  }

 private:
  std::vector<std::string_view> views_;
  HashBits index_;                          // hash -> index + 1
  std::vector<std::string_view> collided_;  // rules whose hash an earlier rule already had
};

struct PslIndex {
  RuleSet normal{kPsl_normal, kPsl_normalCount};
  RuleSet wildcard{kPsl_wildcard, kPsl_wildcardCount};
  RuleSet exception{kPsl_exception, kPsl_exceptionCount};
};

const PslIndex& Psl() {
  static const PslIndex* index = new PslIndex();  // built on first use, never destroyed
  return *index;
}

bool IsIpLiteral(std::string_view host) {
  if (host.empty()) return false;
  if (host.front() == '[' || host.find(':') != std::string_view::npos) return true;  // IPv6
  for (char c : host) {
    if (!(c == '.' || (c >= '0' && c <= '9'))) return false;
  }
  return true;
}

std::string NormalizeHost(std::string_view host) {
  std::string h = AsciiLower(TrimView(host));
  while (!h.empty() && h.back() == '.') h.pop_back();
  return h;
}

// Host labels in matching form: "xn--" labels decoded to UTF-8 (the PSL is written in Unicode).
std::string MatchingForm(const std::string& host, std::vector<size_t>* label_starts) {
  std::string out;
  out.reserve(host.size());
  size_t start = 0;
  while (start <= host.size()) {
    size_t dot = host.find('.', start);
    if (dot == std::string::npos) dot = host.size();
    std::string_view label(host.data() + start, dot - start);
    if (!out.empty()) out += '.';
    label_starts->push_back(start);
    std::string decoded;
    if (label.size() > 4 && label.substr(0, 4) == "xn--" &&
        DecodePunycode(label.substr(4), &decoded)) {
      out += decoded;
    } else {
      out.append(label);
    }
    start = dot + 1;
  }
  return out;
}

// Number of labels of the public suffix of `host` (in matching form), by the PSL algorithm:
// exceptions win, then the longest normal or wildcard rule, else the implicit "*" (one label).
size_t SuffixLabels(std::string_view host) {
  const PslIndex& psl = Psl();
  std::vector<size_t> starts;  // offsets of each label in `host`
  starts.push_back(0);
  for (size_t i = 0; i < host.size(); ++i) {
    if (host[i] == '.') starts.push_back(i + 1);
  }
  size_t n = starts.size();
  // Try suffixes from the longest (the whole host) down to the TLD.
  for (size_t k = 0; k < n; ++k) {
    std::string_view suffix = host.substr(starts[k]);
    size_t labels = n - k;
    if (psl.exception.Contains(suffix)) return labels - 1;
    if (psl.normal.Contains(suffix)) return labels;
    if (k + 1 < n && psl.wildcard.Contains(host.substr(starts[k + 1]))) return labels;
  }
  return 1;
}

constexpr uint32_t kBase = 36, kTMin = 1, kTMax = 26, kSkew = 38, kDamp = 700;
constexpr uint32_t kInitialBias = 72, kInitialN = 128;

uint32_t Adapt(uint32_t delta, uint32_t numpoints, bool first) {
  delta = first ? delta / kDamp : delta / 2;
  delta += delta / numpoints;
  uint32_t k = 0;
  while (delta > ((kBase - kTMin) * kTMax) / 2) {
    delta /= kBase - kTMin;
    k += kBase;
  }
  return k + (kBase - kTMin + 1) * delta / (delta + kSkew);
}

}  // namespace

bool DecodePunycode(std::string_view input, std::string* out) {
  std::vector<uint32_t> output;
  size_t basic = input.rfind('-');
  if (basic == std::string_view::npos) basic = 0;
  for (size_t j = 0; j < basic; ++j) {
    unsigned char c = static_cast<unsigned char>(input[j]);
    if (c >= 0x80) return false;
    output.push_back(c);
  }
  uint32_t n = kInitialN, i = 0, bias = kInitialBias;
  for (size_t in = basic > 0 ? basic + 1 : 0; in < input.size();) {
    uint32_t oldi = i, w = 1;
    for (uint32_t k = kBase;; k += kBase) {
      if (in >= input.size()) return false;
      char c = AsciiLowerChar(input[in++]);
      uint32_t digit;
      if (c >= 'a' && c <= 'z')
        digit = c - 'a';
      else if (c >= '0' && c <= '9')
        digit = c - '0' + 26;
      else
        return false;
      if (digit > (UINT32_MAX - i) / w) return false;
      i += digit * w;
      uint32_t t = k <= bias ? kTMin : (k >= bias + kTMax ? kTMax : k - bias);
      if (digit < t) break;
      if (w > UINT32_MAX / (kBase - t)) return false;
      w *= kBase - t;
    }
    uint32_t len = static_cast<uint32_t>(output.size()) + 1;
    bias = Adapt(i - oldi, len, oldi == 0);
    if (i / len > UINT32_MAX - n) return false;
    n += i / len;
    i %= len;
    if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return false;
    output.insert(output.begin() + i, n);
    ++i;
    if (output.size() > 256) return false;  // labels are at most 63 bytes
  }
  out->clear();
  for (uint32_t cp : output) AppendUtf8(cp, out);
  return true;
}

std::string PublicSuffix(std::string_view host_in) {
  std::string host = NormalizeHost(host_in);
  if (host.empty() || IsIpLiteral(host)) return std::string();
  std::vector<size_t> starts;
  std::string match = MatchingForm(host, &starts);
  size_t labels = SuffixLabels(match);
  if (labels >= starts.size()) return host;
  return host.substr(starts[starts.size() - labels]);
}

namespace {

std::string ComputeRegistrableDomain(std::string_view host_in) {
  std::string host = NormalizeHost(host_in);
  if (host.empty()) return std::string();
  if (IsIpLiteral(host)) return host;
  std::vector<size_t> starts;
  std::string match = MatchingForm(host, &starts);
  size_t labels = SuffixLabels(match) + 1;
  if (labels > starts.size()) return std::string();  // the host is a public suffix
  return host.substr(starts[starts.size() - labels]);
}

}  // namespace

std::string RegistrableDomain(std::string_view host_in) {
  // A page's links name a few hosts many times over: the last hosts asked for are remembered
  // (direct-mapped by a hash of the host as written), sparing the Public Suffix List lookups.
  struct Slot {
    std::string host, registrable;
    bool used = false;
  };
#ifdef __EMSCRIPTEN__
  static std::array<Slot, 64> cache;  // single-threaded (no atomics, so no thread_local)
#else
  static thread_local std::array<Slot, 64> cache;
#endif
  Slot& slot = cache[(HashLower(host_in) >> 20) & 63];
  if (slot.used && slot.host == host_in) return slot.registrable;
  std::string r = ComputeRegistrableDomain(host_in);
  slot.host.assign(host_in);
  slot.registrable = r;
  slot.used = true;
  return r;
}

namespace {

// The caches, proxies and archives that keep the publisher's address in their own: one table for
// PublisherHost (which unwraps them) and IsProxyHost (which only recognises them).
enum class Proxy { kNone, kWayback, kArchiveIt, kAmpCache, kGoogleAmp, kTranslate };

constexpr std::string_view kTranslateSuffix = ".translate.goog";

// `host` lower-case. Called for every link that leaves a site: the last letter rules out most
// hosts at once.
Proxy ProxyOf(std::string_view host) {
  if (host.size() < 7) return Proxy::kNone;
  switch (host.back()) {
    case 'g':  // .org, .goog
      if (host == "web.archive.org" || host == "wayback.archive.org") return Proxy::kWayback;
      if (host == "wayback.archive-it.org") return Proxy::kArchiveIt;
      if (EndsWith(host, ".cdn.ampproject.org")) return Proxy::kAmpCache;
      if (EndsWith(host, kTranslateSuffix) && host.size() > kTranslateSuffix.size())
        return Proxy::kTranslate;
      break;
    case 't':
      if (EndsWith(host, ".ampproject.net")) return Proxy::kAmpCache;
      break;
    default:
      break;
  }
  if ((host[0] == 'w' || host[0] == 'g') &&
      (StartsWithIgnoreCase(host, "www.google.") || StartsWithIgnoreCase(host, "google.")))
    return Proxy::kGoogleAmp;
  return Proxy::kNone;
}

}  // namespace

std::string PublisherHost(std::string_view host_in, std::string_view path) {
  std::string host = AsciiLower(host_in);
  // "/c/s/HOST/...", "/v/s/HOST/...", "/amp/s/HOST/...": the first segment after the prefix
  // (and its optional "s" for https) is the origin's host.
  auto host_in_path = [&](std::initializer_list<std::string_view> prefixes) -> std::string {
    for (std::string_view prefix : prefixes) {
      if (path.substr(0, prefix.size()) != prefix) continue;
      std::string_view rest = path.substr(prefix.size());
      if (rest.substr(0, 2) == "s/") rest.remove_prefix(2);
      std::string_view origin = rest.substr(0, rest.find('/'));
      if (origin.find('.') != std::string_view::npos) return AsciiLower(origin);
    }
    return std::string();
  };
  // Web archives: "/web/20200101000000/https://www.cbsnews.com/news/..." (Wayback Machine, with
  // optional "id_"/"im_" flags on the timestamp) and "/<collection>/<timestamp>/<url>"
  // (Archive-It).
  auto host_after_segments = [&](int segments) -> std::string {
    std::string_view rest = path;
    for (int i = 0; i < segments; ++i) {
      if (rest.empty() || rest[0] != '/') return std::string();
      size_t next = rest.find('/', 1);
      if (next == std::string_view::npos) return std::string();
      rest.remove_prefix(next);
    }
    rest.remove_prefix(1);
    for (std::string_view scheme : {"https://", "http://", "https:/", "http:/"}) {
      if (StartsWithIgnoreCase(rest, scheme)) {
        rest.remove_prefix(scheme.size());
        break;
      }
    }
    std::string_view origin = rest.substr(0, rest.find_first_of("/?#:"));
    return origin.find('.') != std::string_view::npos ? AsciiLower(origin) : std::string();
  };
  std::string origin;
  switch (ProxyOf(host)) {
    case Proxy::kNone:
      break;
    case Proxy::kWayback:
      if (path.substr(0, 5) == "/web/") origin = host_after_segments(2);
      break;
    case Proxy::kArchiveIt:
      origin = host_after_segments(2);
      break;
    case Proxy::kAmpCache:
      origin = host_in_path({"/c/", "/v/", "/i/", "/r/"});
      break;
    case Proxy::kGoogleAmp:
      origin = host_in_path({"/amp/"});
      break;
    case Proxy::kTranslate: {
      // "www-cbsnews-com" -> "www.cbsnews.com" ("--" stands for a hyphen of the origin).
      std::string_view label =
          std::string_view(host).substr(0, host.size() - kTranslateSuffix.size());
      for (size_t i = 0; i < label.size(); ++i) {
        if (label[i] != '-')
          origin += label[i];
        else if (i + 1 < label.size() && label[i + 1] == '-')
          origin += '-', ++i;
        else
          origin += '.';
      }
      if (origin.find('.') == std::string::npos) origin.clear();
      break;
    }
  }
  return origin.empty() ? host : origin;
}

bool IsProxyHost(std::string_view host) { return ProxyOf(host) != Proxy::kNone; }

bool AddressHasPath(std::string_view url) {
  size_t slashes = url.find("//");
  size_t path = url.find('/', slashes == std::string_view::npos ? 0 : slashes + 2);
  return path != std::string_view::npos && path + 1 < url.size();
}

bool HostWithin(std::string_view host, std::string_view domain) {
  if (domain.empty()) return false;
  if (host == domain) return true;
  return host.size() > domain.size() && EndsWith(host, domain) &&
         host[host.size() - domain.size() - 1] == '.';
}

std::string SquashName(std::string_view s) {
  // Written into a buffer of the input's size (the output is never longer): titles and
  // paragraphs go through here, and a call per character is most of the cost in wasm.
  std::string out(s.size(), '\0');
  size_t i = 0, w = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      ++i;
      char c = AsciiLowerChar(static_cast<char>(b));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out[w++] = c;
      continue;
    }
    size_t start = i;
    uint32_t cp = NextCodePoint(s, &i);
    if (IsWordCodePoint(cp)) {
      out.replace(w, i - start, s.substr(start, i - start));
      w += i - start;
    }
  }
  out.resize(w);
  return out;
}

namespace {

// Whether `label` can be spelt from `words` in order, each word giving itself whole, its
// initial, or nothing: "nytimes" from New York Times, "pwinsights" / "wealthinsights" from
// Profound Wealth Insights. At least two words must contribute, one of them whole; or every
// word gives its initial ("nyt"). Tiny inputs: plain recursion.
bool Spell(const std::vector<std::string>& words, size_t i, std::string_view label, int used,
           bool whole) {
  if (label.empty()) return used >= 2 && whole;
  if (i == words.size()) return false;
  const std::string& w = words[i];
  if (label.size() >= w.size() && label.compare(0, w.size(), w) == 0 &&
      Spell(words, i + 1, label.substr(w.size()), used + 1, true))
    return true;
  if (label[0] == w[0] && Spell(words, i + 1, label.substr(1), used + 1, whole)) return true;
  return Spell(words, i + 1, label, used, whole);
}

std::vector<std::string> NameWords(std::string_view name) {
  std::vector<std::string> words;
  std::string cur;
  for (size_t i = 0; i <= name.size(); ++i) {
    char c = i < name.size() ? AsciiLowerChar(name[i]) : ' ';
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      cur += c;
    } else if (c == '\'' || c == '.') {
      continue;  // "Fox's", "U.S." stay one word
    } else if (!cur.empty()) {
      words.push_back(cur);
      cur.clear();
    }
  }
  return words;
}

}  // namespace

bool NameSpellsDomain(std::string_view name, std::string_view registrable_domain) {
  size_t dot = registrable_domain.find('.');
  std::string label = SquashName(registrable_domain.substr(0, dot));
  std::string n = SquashName(name);
  if (n.size() < 3 || label.size() < 3) return false;
  auto eq = [](std::string_view a, std::string_view b) {
    if (a == b) return true;
    if (a.size() > 3 && a.substr(0, 3) == "the" && a.substr(3) == b) return true;
    if (b.size() > 3 && b.substr(0, 3) == "the" && b.substr(3) == a) return true;
    return false;
  };
  if (eq(n, label)) return true;
  // A name carrying its TLD ("CBSNews.com", "Salon.com").
  if (n == SquashName(registrable_domain)) return true;
  // Digits appended to the label ("wealthinsights123").
  std::string bare = label;
  while (!bare.empty() && bare.back() >= '0' && bare.back() <= '9') bare.pop_back();
  if (bare.size() >= 3 && eq(n, bare)) return true;
  std::vector<std::string> words = NameWords(name);
  if (words.size() < 2 || words.size() > 8 || bare.size() < 3) return false;
  std::string initials;
  for (const std::string& w : words) initials += w[0];
  if (bare == initials) return true;
  return bare.size() >= 4 && Spell(words, 0, bare, 0, false);
}

}  // namespace clearsource
