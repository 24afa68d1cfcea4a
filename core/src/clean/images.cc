#include "clean/images.h"

#include <algorithm>

#include "util/text.h"

namespace clearsource {
namespace {

// Attributes lazy loaders use for the real URL, most specific first.
constexpr std::string_view kLazySrcAttrs[] = {
    "data-src",  "data-lazy-src", "data-original", "data-hi-res-src", "data-full-src", "data-url",
    "data-lazy", "data-echo",     "data-img-src",  "data-actualsrc",  "data-orig-src",
};
constexpr std::string_view kLazySrcsetAttrs[] = {
    "data-srcset",
    "data-lazy-srcset",
    "data-original-srcset",
};

// Lower-cased copy of the first 512 bytes: URL checks read one short head, with plain find().
std::string LowerHead(std::string_view v) { return AsciiLower(v.substr(0, 512)); }

bool LooksLikeImageUrl(std::string_view v) {
  std::string head = LowerHead(v);
  for (std::string_view ext : {".jpg", ".jpeg", ".png", ".webp", ".gif", ".avif"}) {
    if (head.find(ext) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

bool IsPlaceholderSrc(std::string_view src) {
  src = TrimView(src);
  if (src.empty()) return true;
  if (StartsWithIgnoreCase(src, "data:")) {
    // Base64 payloads under ~100 bytes are 1x1 pixels; SVG data URIs are layout placeholders.
    // Only the header ("data:image/svg+xml;base64") names the type: never scan the payload.
    std::string_view header = src.substr(0, std::min<size_t>(src.find(','), 64));
    return src.size() < 133 || FindIgnoreCase(header, "image/svg") != std::string_view::npos;
  }
  // One URL is enough to judge (a srcset's first candidate), and its start names the file.
  std::string head = LowerHead(src.substr(0, src.find_first_of(" \t\n,")));
  for (std::string_view word : {"placeholder", "blank.", "spacer.", "transparent.", "pixel.",
                                "lazy-load", "lazyload", "loading.gif", "grey.gif", "1x1"}) {
    if (head.find(word) != std::string::npos) return true;
  }
  return false;
}

ImageSources PickImageSources(const Document& doc, NodeId id) {
  ImageSources out;
  out.src = doc.Attr(id, "src");
  out.srcset = doc.Attr(id, "srcset");
  if (IsPlaceholderSrc(out.src)) {
    out.src = {};
    for (std::string_view a : kLazySrcAttrs) {
      std::string_view v = doc.Attr(id, a);
      if (!TrimView(v).empty() && !IsPlaceholderSrc(v)) {
        out.src = v;
        break;
      }
    }
    if (out.src.empty()) {
      // Any other attribute holding an image URL (loaders invent their own names).
      for (const Attribute* a = doc.AttrsBegin(id); a != doc.AttrsEnd(id); ++a) {
        if (a->name == "src" || a->name == "srcset" ||
            a->name.find("srcset") != std::string_view::npos)
          continue;
        if (LooksLikeImageUrl(a->value) && a->value.find(' ') == std::string_view::npos &&
            !IsPlaceholderSrc(a->value)) {
          out.src = a->value;
          break;
        }
      }
    }
  }
  if (TrimView(out.srcset).empty() || IsPlaceholderSrc(out.srcset)) {
    out.srcset = {};
    for (std::string_view a : kLazySrcsetAttrs) {
      std::string_view v = doc.Attr(id, a);
      if (!TrimView(v).empty()) {
        out.srcset = v;
        break;
      }
    }
  }
  return out;
}

}  // namespace clearsource
