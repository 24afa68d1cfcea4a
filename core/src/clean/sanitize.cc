#include "clean/sanitize.h"

#include "clean/urls.h"
#include "parse/tags.h"
#include "score/patterns.h"
#include "util/text.h"

namespace clearsource {
namespace {

// MathML presentation elements: safe once their attributes are restricted (no href, no events).
constexpr std::string_view kMathElements[] = {
    "math",        "mi",         "mn",       "mo",      "ms",         "mtext",
    "mspace",      "mrow",       "mfrac",    "msqrt",   "mroot",      "mstyle",
    "merror",      "mpadded",    "mphantom", "mfenced", "menclose",   "msub",
    "msup",        "msubsup",    "munder",   "mover",   "munderover", "mmultiscripts",
    "mprescripts", "none",       "mtable",   "mtr",     "mtd",        "mlabeledtr",
    "semantics",   "annotation",
};

constexpr std::string_view kMathAttrs[] = {
    "display",      "mathvariant", "mathsize",   "mathcolor",  "mathbackground", "dir",
    "fence",        "separator",   "stretchy",   "symmetric",  "largeop",        "movablelimits",
    "accent",       "accentunder", "lspace",     "rspace",     "linethickness",  "scriptlevel",
    "displaystyle", "columnalign", "rowalign",   "columnspan", "rowspan",        "notation",
    "open",         "close",       "separators", "encoding",
};

}  // namespace

ElementPolicy PolicyFor(const Document& doc, NodeId id) {
  const Node& n = doc[id];
  if (n.ns == Ns::kMathMl) {
    std::string_view name = doc.TagName(id);
    if (n.tag == GUMBO_TAG_MATH) return ElementPolicy::kKeep;
    for (std::string_view m : kMathElements) {
      if (name == m) {
        // annotation-xml can smuggle HTML; plain annotation is text only.
        return ElementPolicy::kKeep;
      }
    }
    return ElementPolicy::kDrop;
  }
  if (n.ns == Ns::kSvg) return ElementPolicy::kDrop;  // SVG carries script vectors; not needed
  if (n.tag == GUMBO_TAG_PICTURE) return ElementPolicy::kKeep;
  if (n.tag == GUMBO_TAG_DIALOG || n.tag == GUMBO_TAG_SLOT) return ElementPolicy::kDrop;
  switch (n.tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_COLGROUP:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_A:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
    case GUMBO_TAG_I:
    case GUMBO_TAG_U:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_RT:
    case GUMBO_TAG_RP:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_ADDRESS:
      return ElementPolicy::kKeep;
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_ISINDEX:
    case GUMBO_TAG_IMAGE:
    case GUMBO_TAG_MARQUEE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
      return ElementPolicy::kDrop;
    default:
      // span, font, center, main, header, nav leftovers, custom elements: keep the text.
      return ElementPolicy::kUnwrap;
  }
}

AttrKind AttrKindFor(GumboTag tag, Ns ns, std::string_view a) {
  if (ns == Ns::kMathMl) {
    for (std::string_view m : kMathAttrs) {
      if (a == m) return AttrKind::kText;
    }
    return AttrKind::kNotAllowed;
  }
  if (a == "lang" || a == "dir" || a == "title") return AttrKind::kText;
  switch (tag) {
    case GUMBO_TAG_A:
      if (a == "href") return AttrKind::kUrl;
      break;
    case GUMBO_TAG_IMG:
      if (a == "src") return AttrKind::kUrl;
      if (a == "srcset") return AttrKind::kSrcset;
      if (a == "alt" || a == "sizes") return AttrKind::kText;
      if (a == "width" || a == "height") return AttrKind::kNumber;
      break;
    case GUMBO_TAG_SOURCE:
      if (a == "src") return AttrKind::kUrl;
      if (a == "srcset") return AttrKind::kSrcset;
      if (a == "type" || a == "media" || a == "sizes") return AttrKind::kText;
      break;
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
      if (a == "src" || a == "poster") return AttrKind::kUrl;
      if (a == "width" || a == "height") return AttrKind::kNumber;
      break;
    case GUMBO_TAG_TRACK:
      if (a == "src") return AttrKind::kUrl;
      if (a == "kind" || a == "srclang" || a == "label") return AttrKind::kText;
      break;
    case GUMBO_TAG_IFRAME:
      if (a == "src") return AttrKind::kUrl;
      if (a == "width" || a == "height") return AttrKind::kNumber;
      break;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      if (a == "colspan" || a == "rowspan") return AttrKind::kNumber;
      if (a == "headers" || a == "scope" || a == "abbr") return AttrKind::kText;
      break;
    case GUMBO_TAG_COL:
    case GUMBO_TAG_COLGROUP:
      if (a == "span") return AttrKind::kNumber;
      break;
    case GUMBO_TAG_OL:
      if (a == "start") return AttrKind::kNumber;
      if (a == "type" || a == "reversed") return AttrKind::kText;
      break;
    case GUMBO_TAG_LI:
      if (a == "value") return AttrKind::kNumber;
      break;
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_INS:
      if (a == "datetime") return AttrKind::kText;
      if (a == "cite") return AttrKind::kUrl;
      break;
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_Q:
      if (a == "cite") return AttrKind::kUrl;
      break;
    case GUMBO_TAG_DETAILS:
      if (a == "open") return AttrKind::kText;
      break;
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_PRE:
      // Syntax-highlighting hints ("language-js") are checked by the writer.
      if (a == "class") return AttrKind::kText;
      break;
    default:
      break;
  }
  return AttrKind::kNotAllowed;
}

bool IsSafeLinkUrl(std::string_view resolved) {
  std::string scheme = UrlScheme(resolved);
  if (scheme.empty()) return !resolved.empty() && resolved[0] == '#';
  return scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

bool IsSafeMediaUrl(std::string_view resolved) {
  std::string scheme = UrlScheme(resolved);
  if (scheme == "http" || scheme == "https") return true;
  if (scheme == "data") {
    // Inline raster images only: data:image/svg+xml can script, data:text/html can navigate.
    // The media type must end where the allowed name does ("image/png;base64," or "image/png,").
    std::string_view rest = resolved.substr(5);
    for (std::string_view type :
         {"image/png", "image/gif", "image/jpeg", "image/webp", "image/avif"}) {
      if (StartsWithIgnoreCase(rest, type) && rest.size() > type.size() &&
          (rest[type.size()] == ';' || rest[type.size()] == ',')) {
        return true;
      }
    }
    return false;
  }
  return false;
}

bool IsAllowedEmbedUrl(std::string_view resolved) {
  Url u = ParseUrl(resolved);
  if ((u.scheme != "https" && u.scheme != "http") || !u.hierarchical || u.host.empty()) {
    return false;
  }
  for (std::string_view pattern : patterns::kVideoHosts) {  // "//host/"
    if (pattern.size() > 3 && pattern.substr(2, pattern.size() - 3) == u.host) return true;
  }
  return false;
}

}  // namespace clearsource
