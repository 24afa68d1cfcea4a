// Tag classes from the HTML standard that several stages ask about.
#ifndef CLEARSOURCE_PARSE_TAGS_H_
#define CLEARSOURCE_PARSE_TAGS_H_

#include <string_view>

#include "gumbo.h"

namespace clearsource {

// Elements gumbo 0.10.1 predates (it reports them as GUMBO_TAG_UNKNOWN); the DOM builder gives
// them tags of their own past GUMBO_TAG_LAST so stages can test for them like any other tag.
inline constexpr GumboTag GUMBO_TAG_PICTURE = static_cast<GumboTag>(GUMBO_TAG_LAST + 1);
inline constexpr GumboTag GUMBO_TAG_DIALOG = static_cast<GumboTag>(GUMBO_TAG_LAST + 2);
inline constexpr GumboTag GUMBO_TAG_SLOT = static_cast<GumboTag>(GUMBO_TAG_LAST + 3);
inline constexpr GumboTag GUMBO_TAG_SEARCH = static_cast<GumboTag>(GUMBO_TAG_LAST + 4);

// Lower-case name of a tag, including the extended ones; "" for GUMBO_TAG_UNKNOWN.
const char* TagNameOf(GumboTag tag);
// Extended tag for an element name gumbo does not know, or GUMBO_TAG_UNKNOWN.
GumboTag ExtendedTagFor(std::string_view lower_name);

// Phrasing content (HTML "phrasing content"): flows inside a paragraph.
bool IsPhrasingTag(GumboTag tag);
// Elements that make a <div> a container rather than a paragraph (Readability's DIV_TO_P_ELEMS).
bool IsDivBlockingTag(GumboTag tag);
// Block-level elements, for text layout (a line break before and after).
bool IsBlockTag(GumboTag tag);
// Void elements: no closing tag when serializing.
bool IsVoidTag(GumboTag tag);
bool IsHeadingTag(GumboTag tag);

}  // namespace clearsource

#endif  // CLEARSOURCE_PARSE_TAGS_H_
