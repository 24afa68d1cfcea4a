#include "provenance/forum.h"

#include <cctype>
#include <vector>

#include "provenance/domains.h"
#include "provenance/publishers.h"
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

// Platforms where anyone publishes under the platform's address: blogs, newsletters, Q&A,
// social and document-sharing sites (matched on the page's host and its parent domains, as
// some are public suffixes: "x.blogspot.com"). A news outlet's article posted there by a user is
// no licensed partner's copy. The outlets that keep newsletters on such addresses publish their
// own articles, which credit no other outlet.
struct UserPlatform {
  std::string_view domain, name;
};
constexpr UserPlatform kUserPlatforms[] = {
    {"medium.com", "Medium"},
    {"substack.com", "Substack"},
    {"beehiiv.com", "beehiiv"},
    {"ghost.io", "Ghost"},
    {"getrevue.co", "Revue"},
    {"linkedin.com", "LinkedIn"},
    {"quora.com", "Quora"},
    {"reddit.com", "Reddit"},
    {"tumblr.com", "Tumblr"},
    {"blogspot.com", "Blogger"},
    {"wordpress.com", "WordPress.com"},
    {"wixsite.com", "Wix"},
    {"weebly.com", "Weebly"},
    {"jimdofree.com", "Jimdo"},
    {"github.io", "GitHub Pages"},
    {"notion.site", "Notion"},
    {"telegra.ph", "Telegraph"},
    {"t.me", "Telegram"},
    {"facebook.com", "Facebook"},
    {"vk.com", "VK"},
    {"livejournal.com", "LiveJournal"},
    {"steemit.com", "Steemit"},
    {"hive.blog", "Hive"},
    {"dev.to", "DEV"},
    {"hashnode.dev", "Hashnode"},
    {"hubpages.com", "HubPages"},
    {"vocal.media", "Vocal"},
    {"patreon.com", "Patreon"},
    {"scribd.com", "Scribd"},
    {"issuu.com", "Issuu"},
    {"slideshare.net", "SlideShare"},
    {"docplayer.net", "DocPlayer"},
    {"studylib.net", "Studylib"},
    {"nairaland.com", "Nairaland"},
    {"baijiahao.baidu.com", "Baijiahao"},
    {"zhihu.com", "Zhihu"},
    {"jianshu.com", "Jianshu"},
    {"note.com", "note"},
    {"ameblo.jp", "Ameba Blog"},
    {"tistory.com", "Tistory"},
    {"over-blog.com", "Over-blog"},
    {"lemmy.world", "Lemmy"},
};

// What shows that the post's whole text comes from the credited outlet: its address in the
// head, a note, label, dateline or © line, the writer's address there (a licence note never gets
// here: a licence exempts the post). Not a bio, a byline, a
// quote attributed to the outlet, links or an image: a user writing about the news shows those.
bool CreditsTheText(ClaimKind k) {
  switch (k) {
    case ClaimKind::kCanonical:
    case ClaimKind::kOgUrl:
    case ClaimKind::kBasedOn:
    case ClaimKind::kDateline:
    case ClaimKind::kCopyright:
    case ClaimKind::kOriginNote:
    case ClaimKind::kSourceLabel:
    case ClaimKind::kEmail:
      return true;
    default:
      return false;
  }
}

// The platform account is the credited outlet's own ("medium.com/the-economist",
// "economist.substack.com", "linkedin.com/company/reuters", a post bylined "GiveWell"): its
// subdomain, a leading path segment or the byline spells the outlet's name or its domain's
// first label.
bool OutletsOwnAccount(const ProvenanceContext& c, const AttributionResult& a) {
  std::vector<std::string> keys;
  keys.push_back(SquashName(a.publisher));
  if (a.publisher_row) {
    for (std::string_view n : a.publisher_row->names) keys.push_back(SquashName(n));
    for (std::string_view d : a.publisher_row->domains)
      keys.push_back(SquashName(d.substr(0, d.find('.'))));
  }
  std::vector<std::string> labels;
  // The post's author: an organisation's account is bylined with its name ("GiveWell").
  if (c.meta.byline) labels.push_back(SquashName(*c.meta.byline));
  std::string_view host = c.host;
  if (size_t dot = host.find('.'); dot != std::string_view::npos)
    labels.push_back(SquashName(host.substr(0, dot)));
  std::string_view path = c.page_url.path;
  for (int k = 0; k < 2 && !path.empty(); ++k) {
    path.remove_prefix(1);  // the '/'
    size_t end = path.find('/');
    labels.push_back(SquashName(path.substr(0, end)));
    path = end == std::string_view::npos ? std::string_view() : path.substr(end);
  }
  for (const std::string& l : labels) {
    for (const std::string& k : keys) {
      if (k.size() >= 3 && l.size() >= 3 &&
          (l == k || l.rfind(k, 0) == 0 || k.rfind(l, 0) == 0 || l == "the" + k))
        return true;
    }
  }
  return false;
}

}  // namespace

std::string_view UserPlatformOf(std::string_view host) {
  for (const UserPlatform& p : kUserPlatforms) {
    if (HostWithin(host, p.domain)) return p.name;
  }
  return std::string_view();
}

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

std::string ForumEngineOf(const ProvenanceContext& c, const PageBlock** credit) {
  // The engine's credit closes the page: only its last blocks are read.
  int read = 0;
  for (auto it = c.page.blocks.rbegin();
       it != c.page.blocks.rend() && read < weights::kForumFooterBlocks; ++it) {
    if (it->in_article) continue;
    ++read;
    std::string engine = ForumEngineIn(it->text);
    if (!engine.empty()) {
      if (credit) *credit = &*it;
      return engine;
    }
  }
  return std::string();
}

namespace {

// A user's post on a platform crediting an outlet for its text.
ForumResult PlatformPost(const ProvenanceContext& c, const AttributionResult& a,
                         const SyndicationResult& syndication, std::string_view platform) {
  ForumResult r;
  // A licence or an outlet that lets anyone republish: a user may hold or need none.
  if (syndication.licensed || syndication.free_licence) return r;
  if (a.top_strength < weights::kPlatformPostMinCredit) return r;
  if (OutletsOwnAccount(c, a)) return r;
  const Claim* top = nullptr;  // the strongest claim that credits the text
  for (const Claim& cl : a.claims) {
    if (cl.group == a.top_group && CreditsTheText(cl.kind) && (!top || cl.strength > top->strength))
      top = &cl;
  }
  if (!top) return r;
  r.platform = std::string(platform);
  r.strength = weights::kForumPaste;
  Signal s;
  s.id = "platform-post";
  s.weight = r.strength;
  s.message = "The article is posted by a user on " + r.platform + " and credited to " +
              a.publisher + ": a platform's users hold no licence to republish it.";
  s.evidence.push_back({c.host, "url"});
  s.evidence.push_back(top->evidence);
  r.signal = std::move(s);
  return r;
}

}  // namespace

ForumResult AnalyzeForum(const ProvenanceContext& c, const AttributionResult& a,
                         const SyndicationResult& syndication) {
  ForumResult r;
  if (a.publisher.empty()) return r;  // nothing credited: a member's own post, as far as we know
  std::string_view platform = UserPlatformOf(c.host);
  if (!platform.empty()) return PlatformPost(c, a, syndication, platform);
  const PageBlock* credit = nullptr;
  r.engine = ForumEngineOf(c, &credit);
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
