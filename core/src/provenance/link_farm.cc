#include "provenance/link_farm.h"

#include <algorithm>
#include <unordered_map>

#include "provenance/domains.h"
#include "provenance/hash_set.h"
#include "provenance/words.h"
#include "provenance/weights.h"
#include "util/text.h"

namespace clearsource {
namespace {

struct Headline {
  const PageLink* link;
  NodeId block;
  bool related;
  bool foreign_script;
};

// The block's heading: a heading (or heading-like) element first inside it or just before it.
std::string HeadingOf(const Document& d, NodeId block) {
  auto heading_text = [&](NodeId id) -> std::string {
    if (id == kNoNode || !d.IsElement(id)) return std::string();
    const Node& n = d[id];
    bool heading = n.ns == Ns::kHtml && (n.tag == GUMBO_TAG_H2 || n.tag == GUMBO_TAG_H3 ||
                                         n.tag == GUMBO_TAG_H4 || n.tag == GUMBO_TAG_H5 ||
                                         n.tag == GUMBO_TAG_H6);
    std::string_view ci = d.ClassAndId(id);
    if (!heading && ci.find("title") == std::string_view::npos &&
        ci.find("head") == std::string_view::npos)
      return std::string();
    std::string t = NormalizeSpace(d.TextOf(id));
    return CountWords(t) <= 6 ? t : std::string();
  };
  for (NodeId ch = d.FirstChild(block); ch != kNoNode; ch = d.NextSibling(ch)) {
    if (d.IsElement(ch)) {
      std::string t = heading_text(ch);
      if (!t.empty()) return t;
      break;
    }
  }
  // Previous element sibling.
  NodeId parent = d.Parent(block);
  if (parent == kNoNode) return std::string();
  NodeId prev = kNoNode;
  for (NodeId ch = d.FirstChild(parent); ch != kNoNode && ch != block; ch = d.NextSibling(ch)) {
    if (d.IsElement(ch)) prev = ch;
  }
  return heading_text(prev);
}

}  // namespace

LinkFarmResult AnalyzeLinkFarm(const ProvenanceContext& c) {
  LinkFarmResult r;
  const Document& d = c.doc;

  // Headline links into the site itself, outside the article and the menus.
  std::vector<const PageLink*> links;
  for (const PageLink& l : c.page.links) {
    if (l.in_article || (l.chrome & (kChromeNav | kChromeHeader))) continue;
    // Word count by spaces: headlines are written with them.
    int words = l.text.empty() ? 0 : 1;
    for (char ch : l.text) words += ch == ' ';
    if (words < weights::kHeadlineMinWords) continue;
    // Only links to the site's own web pages: other sites are ads or partners; mailto:,
    // javascript: and share intents are widgets.
    if (!c.IsSameSiteHref(l.href)) continue;
    links.push_back(&l);
  }
  if (links.empty()) return r;
  const TextProfile& profile = c.ArticleProfile();
  HashBits article(profile.content_words.size());
  for (uint64_t h : profile.content_words) article.Add(h);
  Script article_script = profile.script;

  // Headline links per ancestor (8 levels up is as far as a block container sits).
  std::vector<uint16_t> count(d.size(), 0);
  for (const PageLink* l : links) {
    for (NodeId p = d.Parent(l->a), k = 0; p != kNoNode && k < 8; p = d.Parent(p), ++k) {
      if (count[p] < UINT16_MAX) ++count[p];
    }
  }
  std::vector<Headline> heads;
  for (const PageLink* l : links) {
    NodeId block = kNoNode;
    for (NodeId p = d.Parent(l->a), k = 0; p != kNoNode && k < 6; p = d.Parent(p), ++k) {
      if (count[p] >= weights::kLinkBlockMinItems) {
        block = p;
        break;
      }
    }
    if (block == kNoNode) continue;
    std::vector<uint64_t> hw;
    ContentWords(l->text, &hw);
    int shared = 0;
    for (uint64_t h : hw) shared += article.Contains(h) ? 1 : 0;
    bool related = shared >= weights::kRelatedSharedWords ||
                   (shared >= 1 && shared >= weights::kRelatedSharedShare * hw.size());
    Script s = DominantScript(l->text);
    bool foreign = s != Script::kNone && article_script != Script::kNone && s != article_script;
    heads.push_back({l, block, related, foreign});
  }

  // Per block: size, unrelated share.
  struct Block {
    NodeId id;
    int items = 0, unrelated = 0, foreign = 0;
  };
  std::vector<Block> blocks;
  for (const Headline& h : heads) {
    auto it = std::find_if(blocks.begin(), blocks.end(), [&](const Block& b) { return b.id == h.block; });
    if (it == blocks.end()) {
      blocks.push_back({h.block});
      it = blocks.end() - 1;
    }
    ++it->items;
    if (!h.related) ++it->unrelated;
    if (h.foreign_script) ++it->foreign;
  }
  Signal s;
  s.id = "link-farm";
  for (const Block& b : blocks) {
    if (b.items < weights::kLinkBlockMinItems) continue;
    ++r.blocks;
    if (b.unrelated < weights::kIncoherentBlockShare * b.items) continue;
    ++r.incoherent_blocks;
    r.unrelated += b.unrelated;
    r.foreign_script += b.foreign;
    if (r.incoherent_blocks > 4) continue;  // enough evidence
    std::string heading = HeadingOf(d, b.id);
    if (!heading.empty()) s.evidence.push_back({heading, "link-block"});
    int quoted = 0;
    for (const Headline& h : heads) {
      if (h.block != b.id || h.related || quoted >= 3) continue;
      s.evidence.push_back({h.link->text, "link-block"});
      ++quoted;
    }
  }
  if (r.incoherent_blocks == 0) return r;
  double miss = 1.0;
  if (r.incoherent_blocks >= 2 || r.unrelated >= weights::kLinkFarmManyHeadlines)
    miss *= 1.0 - weights::kLinkFarmManyBlocks;
  else
    miss *= 1.0 - weights::kLinkFarmOneBlock;
  if (r.foreign_script > 0) miss *= 1.0 - weights::kLinkFarmForeignScript;
  r.strong = r.incoherent_blocks >= 2 && r.foreign_script >= weights::kLinkFarmStrongForeignHeadlines;
  r.strength = 1.0 - miss;
  s.weight = r.strength;
  s.message = std::to_string(r.unrelated) + " headline links in " + std::to_string(r.incoherent_blocks) +
              (r.incoherent_blocks == 1 ? " block" : " blocks") +
              " have nothing to do with the article" +
              (r.foreign_script ? " (some in another script)" : "") + ".";
  r.signal = std::move(s);
  return r;
}

}  // namespace clearsource
