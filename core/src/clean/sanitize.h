// The allowlist applied to every element and attribute the core emits. Anything not listed is
// unwrapped (text kept) or dropped (with its subtree); nothing from the page can execute in the
// view. Tables, not code paths: adding an element means adding a row.
#ifndef CLEARSOURCE_CLEAN_SANITIZE_H_
#define CLEARSOURCE_CLEAN_SANITIZE_H_

#include <string>
#include <string_view>

#include "gumbo.h"
#include "parse/dom.h"

namespace clearsource {

enum class ElementPolicy {
  kKeep,    // emitted with allowlisted attributes
  kUnwrap,  // tag dropped, children emitted (span, font, custom elements...)
  kDrop,    // element and subtree dropped (script, style, forms...)
};

ElementPolicy PolicyFor(const Document& doc, NodeId id);

// How an allowed attribute's value is treated.
enum class AttrKind {
  kNotAllowed,
  kText,    // emitted escaped
  kUrl,     // resolved against the base URL; only safe schemes survive
  kSrcset,  // each candidate URL resolved and checked
  kNumber,  // digits only (colspan, width...)
};

AttrKind AttrKindFor(GumboTag tag, Ns ns, std::string_view attr);

// Whether a resolved URL may appear in `href` (links) or `src` (media).
bool IsSafeLinkUrl(std::string_view resolved);
bool IsSafeMediaUrl(std::string_view resolved);
// Whether an <iframe src> is a video player on one of patterns::kVideoHosts (exact host).
bool IsAllowedEmbedUrl(std::string_view resolved);

}  // namespace clearsource

#endif  // CLEARSOURCE_CLEAN_SANITIZE_H_
