#include "provenance/forum.h"

#include <cctype>

#include "provenance/weights.h"
#include "util/text.h"

namespace clearsource {
namespace {

// Forum engines, as their footers spell them. WordPress plugins (bbPress, wpForo) are left out:
// news sites running WordPress carry their styles and credits on article pages.
constexpr std::string_view kForumEngines[] = {
    "phpBB",
    "XenForo",
    "Discourse",
    "vBulletin",
    "MyBB",
    "Simple Machines",
    "SMF",
    "Discuz!",
    "NodeBB",
    "Flarum",
    "Invision Community",
    "Vanilla Forums",
    "FluxBB",
    "PunBB",
    "Burning Board",
};

// What precedes the engine's name in a footer credit ("Powered by phpBB", "Forum software by
// XenForo", "Community platform by XenForo"): a word, then "by".
constexpr std::string_view kForumCreditWords[] = {"powered", "software", "platform"};

}  // namespace

std::string ForumEngineIn(std::string_view line) {
  if (line.size() > weights::kForumCreditMaxChars) return std::string();
  // One pass for " by " (most blocks have none), then the word before it and the name after it.
  for (size_t p = 1; p + 3 < line.size(); ++p) {
    if (line[p - 1] != ' ' || (line[p] | 0x20) != 'b' || (line[p + 1] | 0x20) != 'y' ||
        line[p + 2] != ' ')
      continue;
    std::string_view before = TrimView(line.substr(0, p - 1));
    size_t word = before.find_last_of(' ');
    before = word == std::string_view::npos ? before : before.substr(word + 1);
    bool credit = false;
    for (std::string_view w : kForumCreditWords) credit = credit || EqualsIgnoreCase(before, w);
    if (!credit) continue;
    std::string_view after = line.substr(p + 3);
    for (std::string_view engine : kForumEngines) {
      if (after.size() < engine.size() || !EqualsIgnoreCase(after.substr(0, engine.size()), engine))
        continue;
      // The whole name: "SMF" is not "SMFoo".
      if (after.size() > engine.size()) {
        unsigned char next = static_cast<unsigned char>(after[engine.size()]);
        if (next < 0x80 && std::isalnum(next)) continue;
      }
      return std::string(engine);
    }
  }
  return std::string();
}

ForumResult AnalyzeForum(const ProvenanceContext& c, const AttributionResult& a) {
  ForumResult r;
  if (a.publisher.empty()) return r;  // nothing credited: a member's own post, as far as we know
  // The engine's credit closes the page: only its last blocks are read.
  const PageBlock* credit = nullptr;
  int read = 0;
  for (auto it = c.page.blocks.rbegin();
       it != c.page.blocks.rend() && read < weights::kForumFooterBlocks; ++it) {
    if (it->in_article) continue;
    ++read;
    r.engine = ForumEngineIn(it->text);
    if (!r.engine.empty()) {
      credit = &*it;
      break;
    }
  }
  if (!credit) return r;
  Signal s;
  s.id = "forum-paste";
  r.strength = weights::kForumPaste;
  s.weight = r.strength;
  s.message = "The article is posted in a forum (" + r.engine + ") and credited to " + a.publisher +
              ": forum members hold no licence to republish it.";
  s.evidence.push_back({credit->text, "page"});
  const Claim* top = nullptr;  // the strongest claim naming the credited outlet
  for (const Claim& cl : a.claims) {
    if (cl.group == a.top_group && (!top || cl.strength > top->strength)) top = &cl;
  }
  if (top) s.evidence.push_back(top->evidence);
  r.signal = std::move(s);
  return r;
}

}  // namespace clearsource
