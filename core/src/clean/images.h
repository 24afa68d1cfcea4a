// Lazy-loaded images: pages ship a placeholder in src and the real URL in data-* attributes (or
// in srcset variants). Picks what a reader should see.
#ifndef CLEARSOURCE_CLEAN_IMAGES_H_
#define CLEARSOURCE_CLEAN_IMAGES_H_

#include <string>
#include <string_view>

#include "parse/dom.h"

namespace clearsource {

struct ImageSources {
  std::string_view src;     // unresolved; empty when none
  std::string_view srcset;  // unresolved; empty when none
};

// For <img> and <source>: the real image behind lazy-loading attributes.
ImageSources PickImageSources(const Document& doc, NodeId id);

// Whether a src is a known placeholder (tiny data: URI, spacer/blank/placeholder file).
bool IsPlaceholderSrc(std::string_view src);

}  // namespace clearsource

#endif  // CLEARSOURCE_CLEAN_IMAGES_H_
