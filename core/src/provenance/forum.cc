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

// What precedes the engine's name in a footer credit.
constexpr std::string_view kForumCredits[] = {"powered by ", "forum software by ",
                                              "forum software: ", "community platform by "};

}  // namespace

std::string ForumEngineIn(std::string_view line) {
  if (line.size() > weights::kForumCreditMaxChars) return std::string();
  // Most blocks hold no credit at all: look for the credits' inner letters before lower-casing.
  bool may = false;
  for (std::string_view inner :
       {"owered by", "OWERED BY", "oftware", "OFTWARE", "latform by", "LATFORM BY"})
    may = may || line.find(inner) != std::string_view::npos;
  if (!may) return std::string();
  std::string lower = AsciiLower(line);
  for (std::string_view credit : kForumCredits) {
    for (size_t p = lower.find(credit); p != std::string::npos; p = lower.find(credit, p + 1)) {
      std::string_view after = std::string_view(line).substr(p + credit.size());
      for (std::string_view engine : kForumEngines) {
        if (after.size() < engine.size() ||
            !EqualsIgnoreCase(after.substr(0, engine.size()), engine))
          continue;
        // The whole name: "SMF" is not "SMFoo".
        if (after.size() > engine.size()) {
          unsigned char next = static_cast<unsigned char>(after[engine.size()]);
          if (next < 0x80 && std::isalnum(next)) continue;
        }
        return std::string(engine);
      }
    }
  }
  return std::string();
}

ForumResult AnalyzeForum(const ProvenanceContext& c, const AttributionResult& a) {
  ForumResult r;
  if (a.publisher.empty()) return r;  // nothing credited: a member's own post, as far as we know
  const PageBlock* credit = nullptr;
  for (const PageBlock& b : c.page.blocks) {
    if (b.in_article) continue;
    r.engine = ForumEngineIn(b.text);
    if (!r.engine.empty()) {
      credit = &b;
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
