// The page as the provenance signals read it: its visible text in blocks (one per paragraph-like
// element), each marked as part of the extracted article or not and as page chrome (header, nav,
// footer, aside) or caption; and its links with the list they sit in. Built in one linear walk.
#ifndef CLEARSOURCE_PROVENANCE_PAGE_TEXT_H_
#define CLEARSOURCE_PROVENANCE_PAGE_TEXT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parse/dom.h"
#include "score/workspace.h"

namespace clearsource {

enum ChromeBits : uint8_t {
  kChromeHeader = 1,    // <header>, role=banner
  kChromeNav = 2,       // <nav>, role=navigation
  kChromeFooter = 4,    // <footer>, role=contentinfo
  kChromeAside = 8,     // <aside>, role=complementary
  kChromeCaption = 16,  // <figure>, <figcaption>, <caption>, caption/credit classes
  kInArticleElement =
      32,  // inside an <article> element (its <footer> is the story's, not the site's)
};

// The site's own footer: footer chrome outside any <article> element.
inline bool IsSiteFooter(uint8_t chrome) {
  return (chrome & kChromeFooter) && !(chrome & kInArticleElement);
}

struct PageBlock {
  std::string text;            // white space collapsed
  NodeId node;                 // innermost block-level element around the text
  uint32_t link_chars;         // bytes of the text inside links
  bool in_article;             // some of the text belongs to the extracted article
  uint8_t chrome;              // ChromeBits of the ancestors
  uint32_t triggers = 0;       // TriggerBits (text_scan.h) of the text
  uint64_t trigger_words = 0;  // which trigger words it holds (ScanTriggers)
};

struct PageLink {
  NodeId a;
  std::string text;       // white space collapsed
  std::string_view href;  // as written
  NodeId list;            // nearest <ul>/<ol> ancestor, else the nearest block ancestor
  NodeId item;            // nearest <li> ancestor, else the link itself
  bool in_article;
  uint8_t chrome;
};

struct PageText {
  std::vector<PageBlock> blocks;
  std::vector<PageLink> links;
  // Small elements whose class or id has a "source" token ("source", "news-source",
  // "source-name"): source labels, read by metadata_consistency.cc.
  std::vector<NodeId> source_labels;
  std::vector<uint8_t> in_article;  // per node: part of the extracted article
};

PageText BuildPageText(const Document& doc, const Workspace& ws);

}  // namespace clearsource

#endif  // CLEARSOURCE_PROVENANCE_PAGE_TEXT_H_
