#include "provenance/link_farm.h"

#include <algorithm>
#include <unordered_map>

#include "provenance/domains.h"
#include "provenance/hash_set.h"
#include "provenance/text_scan.h"
#include "provenance/weights.h"
#include "provenance/words.h"
#include "util/text.h"

namespace clearsource {
namespace {

struct Headline {
  const PageLink* link;
  NodeId block;
  bool related;
  bool foreign_script;
  HeadlineCase style;
};

// Words a Title Case style guide may leave in lower case (AP, Chicago): they say nothing about
// the house style.
constexpr std::string_view kMinorWords[] = {
    "a",  "an",  "the",  "and",  "or",   "but",  "nor",  "for",  "of",   "on",   "in",
    "at", "to",  "by",   "as",   "is",   "vs",   "via",  "per",  "up",   "off",  "out",
    "so", "yet", "with", "from", "into", "over", "than", "that", "onto", "upon", "de",
    "da", "do",  "di",   "du",   "la",   "le",   "el",   "van",  "von",  "der"};

bool IsMinorWord(std::string_view w) {
  static const HashBits& set = *WordHashes(kMinorWords);
  return w.size() <= 4 && set.Contains(HashLower(w));
}

// The house style of a headline in a cased script: Title Case ("Three Taliban Prisoners Flown
// to Qatar") or sentence case ("Three Taliban prisoners flown to Qatar"). Proper nouns are
// capitalised in both, so only a lower-case content word decides for sentence case, and only
// several capitalised ones (none lower-case) for Title Case. The word after a colon, dash or
// quote starts a new phrase in either style and is skipped, as are digits and minor words.
HeadlineCase ClassifyHeadlineCase(std::string_view text) {
  int lower = 0, upper = 0, words = 0;
  bool phrase_start = true;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    size_t b = i;
    while (i < text.size() && text[i] != ' ') ++i;
    if (b == i) break;
    std::string_view w = text.substr(b, i - b);
    ++words;
    bool starts_phrase = phrase_start;
    char last = w.back();
    phrase_start = last == ':' || last == '?' || last == '!' || last == '.' || w == "-" ||
                   w == "\xE2\x80\x93" || w == "\xE2\x80\x94" || w == "|";
    // Leading quotes and brackets: "'Meth. We're on it.'" starts a phrase inside the headline.
    size_t k = 0;
    while (k < w.size() && (w[k] == '\'' || w[k] == '"' || w[k] == '(' || w[k] == '[')) {
      starts_phrase = true;
      ++k;
    }
    if (k < w.size() && static_cast<unsigned char>(w[k]) == 0xE2) {  // curly quotes
      starts_phrase = true;
      k += 3;
    }
    if (starts_phrase || k >= w.size()) continue;
    std::string_view core = w.substr(k);
    unsigned char c0 = static_cast<unsigned char>(core[0]);
    if (c0 >= '0' && c0 <= '9') continue;
    size_t letters = 0;
    while (letters < core.size() &&
           ((core[letters] | 0x20) >= 'a' && (core[letters] | 0x20) <= 'z'))
      ++letters;
    if (IsMinorWord(core.substr(0, letters))) continue;
    if (IsUpperAt(core, 0))
      ++upper;
    else if (c0 >= 'a' && c0 <= 'z')
      ++lower;
  }
  if (words > weights::kHeadlineMaxWords) return HeadlineCase::kUnknown;
  if (lower == 0 && upper >= weights::kTitleCaseMinWords) return HeadlineCase::kTitle;
  if (lower >= weights::kSentenceCaseMinWords) return HeadlineCase::kSentence;
  return HeadlineCase::kUnknown;
}

// The block's heading: a heading (or heading-like) element first inside it or just before it.
std::string HeadingOf(const Document& d, NodeId block) {
  auto heading_text = [&](NodeId id) -> std::string {
    if (id == kNoNode || !d.IsElement(id)) return std::string();
    const Node& n = d[id];
    bool heading = n.ns == Ns::kHtml &&
                   (n.tag == GUMBO_TAG_H2 || n.tag == GUMBO_TAG_H3 || n.tag == GUMBO_TAG_H4 ||
                    n.tag == GUMBO_TAG_H5 || n.tag == GUMBO_TAG_H6);
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
    Script s = ContentWords(l->text, &hw);
    int shared = 0;
    for (uint64_t h : hw) shared += article.Contains(h) ? 1 : 0;
    bool related = shared >= weights::kRelatedSharedWords ||
                   (shared >= 1 && shared >= weights::kRelatedSharedShare * hw.size());
    bool foreign = s != Script::kNone && article_script != Script::kNone && s != article_script;
    HeadlineCase style =
        s == Script::kLatin && !related ? ClassifyHeadlineCase(l->text) : HeadlineCase::kUnknown;
    heads.push_back({l, block, related, foreign, style});
  }

  // Per block: size, unrelated share.
  struct Block {
    NodeId id;
    int items = 0, unrelated = 0, foreign = 0, title_case = 0, sentence_case = 0;
  };
  std::vector<Block> blocks;
  for (const Headline& h : heads) {
    auto it =
        std::find_if(blocks.begin(), blocks.end(), [&](const Block& b) { return b.id == h.block; });
    if (it == blocks.end()) {
      blocks.push_back({h.block});
      it = blocks.end() - 1;
    }
    ++it->items;
    if (!h.related) ++it->unrelated;
    if (h.foreign_script) ++it->foreign;
    if (h.style == HeadlineCase::kTitle) ++it->title_case;
    if (h.style == HeadlineCase::kSentence) ++it->sentence_case;
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
    r.title_case += b.title_case;
    r.sentence_case += b.sentence_case;
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
  // Headlines in both Title Case and sentence case: taken from several publishers' style
  // guides, as a farm's rails are; a newsroom's own rails follow its one style.
  int minority = std::min(r.title_case, r.sentence_case);
  r.mixed_styles = minority >= weights::kMixedStyleMinHeadlines &&
                   minority >= weights::kMixedStyleMinShare * (r.title_case + r.sentence_case);
  if (r.mixed_styles) miss *= 1.0 - weights::kLinkFarmMixedStyles;
  r.strong =
      (r.incoherent_blocks >= 2 && r.foreign_script >= weights::kLinkFarmStrongForeignHeadlines) ||
      r.mixed_styles;
  r.strength = 1.0 - miss;
  s.weight = r.strength;
  s.message =
      std::to_string(r.unrelated) + " headline links in " + std::to_string(r.incoherent_blocks) +
      (r.incoherent_blocks == 1 ? " block" : " blocks") + " have nothing to do with the article" +
      (r.foreign_script ? " (some in another script)" : "") +
      (r.mixed_styles ? " (headlines in the styles of several publishers)" : "") + ".";
  r.signal = std::move(s);
  return r;
}

}  // namespace clearsource
