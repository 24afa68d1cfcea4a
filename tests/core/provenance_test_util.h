// Test helper for the provenance modules: one page parsed into everything a ProvenanceContext
// reads. The article text comes from the real extractor; the "article" nodes for the
// context's in_article marks are the whole body unless a root is given.
#ifndef CLEARSOURCE_TESTS_CORE_PROVENANCE_TEST_UTIL_H_
#define CLEARSOURCE_TESTS_CORE_PROVENANCE_TEST_UTIL_H_

#include <memory>
#include <string>

#include "clean/urls.h"
#include "clearsource/extract.h"
#include "meta/metadata.h"
#include "parse/dom.h"
#include "provenance/context.h"
#include "score/workspace.h"

namespace clearsource {
namespace testing_util {

struct TestPage {
  std::string html;
  Document doc;
  Url url;
  Metadata meta;
  Result result;
  std::unique_ptr<Workspace> ws;
  std::unique_ptr<ProvenanceContext> ctx;
};

// `article_id`: id attribute of the element standing for the extracted article (the body when
// no element has it).
inline std::unique_ptr<TestPage> LoadPage(const std::string& html, const std::string& url,
                                          const std::string& article_id = "story") {
  auto p = std::make_unique<TestPage>();
  p->html = html;
  p->result = Extract(p->html, url);
  ParseHtml(p->html, &p->doc);
  p->url = ParseUrl(url);
  p->meta = ExtractMetadata(p->doc, p->url);
  p->ws = std::make_unique<Workspace>(p->doc);
  p->ws->Reset(AttemptFlags{});
  NodeId root = p->doc.body();
  if (!article_id.empty()) {
    for (NodeId i = 0; i < p->doc.size(); ++i) {
      if (p->doc.IsElement(i) && p->doc.Attr(i, "id") == article_id) root = i;
    }
  }
  p->ws->roots = {root};
  p->ctx = std::make_unique<ProvenanceContext>(p->doc, *p->ws, p->meta, p->url, p->result);
  return p;
}

// A minimal article page: head extras, then a body with the given HTML inside
// <article id="story">, then `after` (rails, footer) outside it.
inline std::string Page(const std::string& head, const std::string& story,
                        const std::string& after = "") {
  return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">" + head +
         "</head><body><div id=\"story\">" + story + "</div>" + after + "</body></html>";
}

// Four paragraphs of ordinary news prose about a river flood (for text-dependent checks).
inline std::string FloodStory() {
  return "<p>The river rose three metres overnight, flooding low-lying streets in the old town, "
         "and "
         "residents were told to move to higher ground before dawn, officials said on Tuesday.</p>"
         "<p>Emergency crews worked through the night to reinforce the embankments, while "
         "volunteers "
         "filled sandbags outside the town hall, and schools were closed as a precaution.</p>"
         "<p>Forecasters expect the water to peak on Wednesday afternoon, after which it should "
         "recede "
         "slowly, though further rain is likely later in the week across the region.</p>"
         "<p>The mayor said the flood defences built after the last major flood had held, but that "
         "the "
         "council would review how quickly the warnings reached people in the lowest streets.</p>";
}

}  // namespace testing_util
}  // namespace clearsource

#endif  // CLEARSOURCE_TESTS_CORE_PROVENANCE_TEST_UTIL_H_
