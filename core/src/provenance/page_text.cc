#include "provenance/page_text.h"

#include "parse/tags.h"
#include "provenance/text_scan.h"
#include "provenance/weights.h"
#include "util/text.h"

namespace clearsource {
namespace {

// The attributes the walk reads, collected in one pass over the element's attribute list.
struct WalkAttrs {
  bool hidden = false, has_href = false;
  std::string_view style, role, href;
};

WalkAttrs ReadAttrs(const Document& doc, NodeId id) {
  WalkAttrs w;
  for (const Attribute *a = doc.AttrsBegin(id), *e = doc.AttrsEnd(id); a != e; ++a) {
    // First letter before the comparison: in wasm each comparison is a memcmp call, and most
    // attributes (class, id, src, title, data-*) are none of these.
    switch (a->name.size()) {
      case 4:
        if (a->name[0] == 'r' && a->name == "role")
          w.role = a->value;
        else if (a->name[0] == 'h' && a->name == "href")
          w.href = a->value, w.has_href = true;
        break;
      case 5:
        if (a->name[0] == 's' && a->name == "style") w.style = a->value;
        break;
      case 6:
        if (a->name[0] == 'h' && a->name == "hidden") w.hidden = true;
        break;
      default:
        break;
    }
  }
  return w;
}

bool SkipSubtree(const Document& doc, NodeId id, const WalkAttrs& attrs) {
  const Node& n = doc[id];
  if (n.kind == NodeKind::kComment) return true;
  if (n.kind != NodeKind::kElement) return false;
  if (n.ns != Ns::kHtml) return n.ns == Ns::kSvg;  // svg text is icon labels
  switch (n.tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_HEAD:
      return true;
    default:
      break;
  }
  if (attrs.hidden) return true;
  return !attrs.style.empty() &&
         FindIgnoreCase(attrs.style, "display:none") != std::string_view::npos;
}

// Class/id tokens "source", "news-source", "source-name"; not "resource",
// "source-related-articles" or "sources".
bool IsSourceLabelClass(std::string_view ci) {
  if (ci.find("source") == std::string_view::npos) return false;
  for (std::string_view tok : Split(ci, ' ')) {
    if (tok == "source" || tok == "source-name" || tok == "source_name" || tok == "sourcename" ||
        tok == "source-label" || EndsWith(tok, "-source") || EndsWith(tok, "_source"))
      return true;
  }
  return false;
}

uint8_t ChromeOf(const Document& doc, NodeId id, const WalkAttrs& attrs) {
  const Node& n = doc[id];
  if (n.kind != NodeKind::kElement || n.ns != Ns::kHtml) return 0;
  uint8_t bits = 0;
  switch (n.tag) {
    case GUMBO_TAG_HEADER:
      bits |= kChromeHeader;
      break;
    case GUMBO_TAG_NAV:
      bits |= kChromeNav;
      break;
    case GUMBO_TAG_FOOTER:
      bits |= kChromeFooter;
      break;
    case GUMBO_TAG_ASIDE:
      bits |= kChromeAside;
      break;
    case GUMBO_TAG_ARTICLE:
      bits |= kInArticleElement;
      break;
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
      bits |= kChromeCaption;
      break;
    default:
      break;
  }
  std::string_view role = attrs.role;
  if (role == "banner")
    bits |= kChromeHeader;
  else if (role == "navigation")
    bits |= kChromeNav;
  else if (role == "contentinfo")
    bits |= kChromeFooter;
  else if (role == "complementary")
    bits |= kChromeAside;
  // Class/id names as the markup's last resort (many sites use <div class="footer">). Tokens are
  // matched inside longer names ("site-footer", "sidebar-right"). Phrasing elements (links,
  // spans...) never hold a page region: skip their classes.
  if (IsPhrasingTag(n.tag)) return bits;
  std::string_view ci = doc.ClassAndId(id);
  if (ci.empty()) return bits;
  // One pass: look for the tokens' first letters, then compare.
  bool credit = false, media = false;
  for (size_t i = 0; i < ci.size(); ++i) {
    std::string_view rest = ci.substr(i);
    switch (ci[i]) {
      case 'c':
        if (rest.substr(0, 7) == "caption")
          bits |= kChromeCaption;
        else if (rest.substr(0, 6) == "credit")
          credit = true;
        break;
      case 'f':
        if (rest.substr(0, 6) == "footer") bits |= kChromeFooter;
        break;
      case 'm':
        if (rest.substr(0, 8) == "masthead")
          bits |= kChromeHeader;
        else if (rest.substr(0, 5) == "media")
          media = true;
        break;
      case 's':
        if (rest.substr(0, 11) == "site-header")
          bits |= kChromeHeader;
        else if (rest.substr(0, 7) == "sidebar")
          bits |= kChromeAside;
        break;
      case 'p':
        if (rest.substr(0, 11) == "page-header")
          bits |= kChromeHeader;
        else if (rest.substr(0, 5) == "photo" || rest.substr(0, 3) == "pic")
          media = true;
        break;
      case 'i':
        if (rest.substr(0, 5) == "image" || rest.substr(0, 3) == "img") media = true;
        break;
      default:
        break;
    }
  }
  if (credit && media) bits |= kChromeCaption;
  return bits;
}

// A subtree's text with white space collapsed and a space where a block element starts: a card
// link holds its headline and date in separate blocks ("... shares plunge" / "Nov 22, 2019"),
// which must not run together ("plungeNov").
std::string BlockSpacedText(const Document& doc, NodeId id) {
  std::string out;
  bool pending = false;
  for (NodeId i = id + 1, e = doc[id].end; i < e; ++i) {
    const Node& n = doc[i];
    if (n.kind == NodeKind::kText || n.kind == NodeKind::kWhitespace) {
      AppendNormalized(n.text, &out, &pending);
    } else if (n.kind == NodeKind::kElement && n.ns == Ns::kHtml &&
               (IsBlockTag(n.tag) || n.tag == GUMBO_TAG_BR)) {
      pending = true;
    }
  }
  return out;
}

}  // namespace

PageText BuildPageText(const Document& doc, const Workspace& ws) {
  PageText out;
  out.in_article.assign(doc.size(), 0);
  for (NodeId root : ws.roots) {
    if (root >= doc.size() || ws.removed[root]) continue;
    NodeId end = doc[root].end;
    for (NodeId i = root; i < end; ++i) {
      if (ws.removed[i]) {
        i = doc[i].end - 1;
        continue;
      }
      out.in_article[i] = 1;
    }
  }
  NodeId body = doc.body();
  if (body == kNoNode) return out;

  struct Open {
    NodeId id, end;
    bool block;
    uint8_t chrome;
    NodeId list, item;
    int link = -1;           // index in out.links when this is an <a href>
    size_t link_block = 0;   // out.blocks.size() when the link started
    size_t link_offset = 0;  // cur.text.size() when the link started
  };
  std::vector<Open> stack;
  PageBlock cur{std::string(), body, 0, false, 0};
  bool pending_space = false;
  auto flush = [&]() {
    if (!cur.text.empty()) {
      // Menus and headline lists hold no credits: only short ones are worth a look. A link after
      // a label is no menu ("Source: <a>https://www.cbssports.com/nfl/news/...</a>").
      bool links_only =
          cur.link_chars * 10 >= cur.text.size() * 9 && cur.text.size() > 80 &&
          std::string_view(cur.text).substr(0, weights::kLinkLabelMaxChars).find(':') ==
              std::string::npos;
      if (!links_only && !(cur.chrome & kChromeNav)) {
        TriggerScan t = ScanTriggers(cur.text);
        cur.triggers = t.kinds;
        cur.trigger_words = t.words;
      }
      // A copy, not a move: the block keeps an exact-sized string and cur.text keeps its
      // capacity for the next block (one allocation per block instead of one per doubling).
      out.blocks.push_back(cur);
    }
    cur.text.clear();
    cur.node = body, cur.link_chars = 0, cur.in_article = false, cur.chrome = 0;
    cur.triggers = 0, cur.trigger_words = 0;
    pending_space = false;
  };
  NodeId in_link_end = 0;  // inside an <a> until this id
  NodeId end = doc[body].end;
  // A link's text is the part of the current block written while it was open; when a block
  // boundary fell inside the link (cards wrapping a heading), it is read from the DOM.
  auto close = [&](const Open& o) {
    if (o.link < 0) return;
    PageLink& l = out.links[o.link];
    if (o.chrome & kChromeNav) return;  // menu links keep no text (see above)
    if (out.blocks.size() == o.link_block && o.link_offset <= cur.text.size()) {
      l.text = std::string(TrimView(std::string_view(cur.text).substr(o.link_offset)));
    } else {
      l.text = BlockSpacedText(doc, o.id);
    }
  };
  for (NodeId i = body; i < end; ++i) {
    while (!stack.empty() && i >= stack.back().end) {
      if (stack.back().block) flush();
      close(stack.back());
      stack.pop_back();
    }
    WalkAttrs attrs;
    if (doc[i].kind == NodeKind::kElement && doc[i].attr_count > 0) attrs = ReadAttrs(doc, i);
    if (SkipSubtree(doc, i, attrs)) {
      i = doc[i].end - 1;
      continue;
    }
    const Node& n = doc[i];
    uint8_t chrome = stack.empty() ? 0 : stack.back().chrome;
    if (n.kind == NodeKind::kText || n.kind == NodeKind::kWhitespace) {
      if (cur.text.empty()) {
        cur.node = stack.empty() ? body : stack.back().id;
        for (size_t k = stack.size(); k-- > 0;) {
          if (stack[k].block) {
            cur.node = stack[k].id;
            break;
          }
        }
        cur.chrome = chrome;
      }
      // Menus carry no credits, residue or headlines worth reading: their text is skipped.
      if (chrome & kChromeNav) continue;
      size_t before = cur.text.size();
      AppendNormalized(n.text, &cur.text, &pending_space);
      if (i < in_link_end) cur.link_chars += static_cast<uint32_t>(cur.text.size() - before);
      if (out.in_article[i] && cur.text.size() > before) cur.in_article = true;
      continue;
    }
    if (n.kind != NodeKind::kElement) continue;
    bool block = n.ns == Ns::kHtml && (IsBlockTag(n.tag) || n.tag == GUMBO_TAG_BR ||
                                       n.tag == GUMBO_TAG_TD || n.tag == GUMBO_TAG_TH);
    if (block) flush();
    if (n.end - i <= 12 && n.attr_count > 0 && IsSourceLabelClass(doc.ClassAndId(i)))
      out.source_labels.push_back(i);
    Open o{i,       n.end,  block, static_cast<uint8_t>(chrome | ChromeOf(doc, i, attrs)),
           kNoNode, kNoNode};
    if (!stack.empty()) {
      o.list = stack.back().list;
      o.item = stack.back().item;
    }
    if (n.ns == Ns::kHtml && (n.tag == GUMBO_TAG_UL || n.tag == GUMBO_TAG_OL))
      o.list = i, o.item = kNoNode;
    if (n.ns == Ns::kHtml && n.tag == GUMBO_TAG_LI) o.item = i;
    if (attrs.has_href && doc.IsTag(i, GUMBO_TAG_A)) {
      PageLink link;
      link.a = i;
      link.href = attrs.href;
      link.item = o.item != kNoNode ? o.item : i;
      link.list = o.list;
      if (link.list == kNoNode) {
        // No list: the nearest block ancestor that is not the link's own paragraph.
        for (size_t k = stack.size(); k-- > 0;) {
          if (stack[k].block && !doc.IsTag(stack[k].id, GUMBO_TAG_P)) {
            link.list = stack[k].id;
            break;
          }
        }
      }
      link.in_article = out.in_article[i];
      link.chrome = o.chrome;
      out.links.push_back(std::move(link));
      if (n.end > in_link_end) in_link_end = n.end;
      o.link = static_cast<int>(out.links.size() - 1);
      o.link_block = out.blocks.size();
      o.link_offset = cur.text.size();
    }
    if (n.end > i + 1)
      stack.push_back(o);
    else if (block)
      flush();
  }
  while (!stack.empty()) {
    if (stack.back().block) flush();
    close(stack.back());
    stack.pop_back();
  }
  flush();
  return out;
}

}  // namespace clearsource
