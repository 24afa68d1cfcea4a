#include "score/scorer.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_set>

#include "parse/tags.h"
#include "util/text.h"

namespace clearsource {
namespace {

namespace pt = patterns;

bool IsUnlikelyRole(std::string_view role) {
  for (std::string_view r : pt::kUnlikelyRoles) {
    if (role == r) return true;
  }
  return false;
}

// Stage 1: decide which subtrees cannot hold the article in this attempt.
void MarkRemovals(Workspace* ws, std::string_view title) {
  const Document& doc = ws->doc();
  NodeId body = doc.body();
  bool title_header_removed = false;
  for (NodeId i = body + 1, end = doc[body].end; i < end; ++i) {
    const Node& n = doc[i];
    if (n.kind == NodeKind::kComment) {
      ws->removed[i] = 1;
      continue;
    }
    if (n.kind != NodeKind::kElement) continue;
    bool remove = false;
    switch (n.tag) {
      case GUMBO_TAG_NOSCRIPT:
        // Kept only as the fallback of a lazy image (the parser expanded its markup).
        remove = doc.FindFirst(GUMBO_TAG_IMG, i + 1, n.end) == kNoNode;
        break;
      case GUMBO_TAG_SCRIPT:
      case GUMBO_TAG_STYLE:
      case GUMBO_TAG_TEMPLATE:
      case GUMBO_TAG_LINK:
      case GUMBO_TAG_META:
      case GUMBO_TAG_BUTTON:
      case GUMBO_TAG_SELECT:
      case GUMBO_TAG_TEXTAREA:
      case GUMBO_TAG_INPUT:
        remove = true;
        break;
      default:
        remove = n.tag == GUMBO_TAG_DIALOG || n.tag == GUMBO_TAG_SLOT;
        break;
    }
    if (!remove && n.ns == Ns::kHtml && !ws->IsProbablyVisible(i)) remove = true;
    if (!remove && doc.Attr(i, "aria-modal") == "true" && doc.Attr(i, "role") == "dialog") {
      remove = true;
    }
    if (!remove && ws->flags().strip_unlikely && n.ns == Ns::kHtml && n.tag != GUMBO_TAG_BODY &&
        n.tag != GUMBO_TAG_A) {
      if (ws->Matches(i, pt::kUnlikely) && !ws->Matches(i, pt::kMaybeCandidate) &&
          !ws->HasAncestorBit(i, kInTable) && !ws->HasAncestorBit(i, kInCode)) {
        remove = true;
      }
      if (!remove && IsUnlikelyRole(doc.Attr(i, "role"))) remove = true;
    }
    // The article's own title repeated as a heading: the view shows the title separately.
    // (Headings are small: big subtrees are not read, which keeps nested heading floods linear.)
    if (!remove && !title_header_removed && (n.tag == GUMBO_TAG_H1 || n.tag == GUMBO_TAG_H2) &&
        !title.empty() && n.end - i <= static_cast<NodeId>(pt::kTextCheckMaxNodes) &&
        TextSimilarity(title, NormalizeSpace(doc.TextOf(i))) > 0.75) {
      remove = true;
      title_header_removed = true;
    }
    if (remove) {
      ws->removed[i] = 1;
      i = n.end - 1;  // skip the subtree
    }
  }
}

// Initial candidate score by tag (Readability's _initializeNode).
double TagScore(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_DIV:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

void InitCandidate(Workspace* ws, NodeId id) {
  if (ws->scored[id]) return;
  ws->scored[id] = 1;
  ws->score[id] = static_cast<float>(TagScore(ws->doc()[id].tag) + ws->ClassWeight(id));
}

// Whether any non-removed descendant is a block that stops a div being a paragraph.
std::vector<uint8_t> ComputeHasBlock(const Workspace& ws, NodeId from, NodeId to) {
  const Document& doc = ws.doc();
  std::vector<uint8_t> has_block(doc.size(), 0);
  for (NodeId i = to; i-- > from + 1;) {
    if (ws.removed[i]) continue;
    const Node& n = doc[i];
    bool blocks = has_block[i] || (n.kind == NodeKind::kElement && IsDivBlockingTag(n.tag));
    if (blocks && n.parent != kNoNode) has_block[n.parent] = 1;
  }
  return has_block;
}

// Adds a paragraph's score to its ancestors: parent full, grandparent half, then /(3*level).
void Propagate(Workspace* ws, NodeId parent, double content_score) {
  const Document& doc = ws->doc();
  NodeId body = doc.body();
  NodeId a = parent;
  for (int level = 0; level < pt::kScoreAncestorLevels && a != kNoNode; ++level) {
    while (a != kNoNode && ws->collapsed[a]) a = doc.Parent(a);
    if (a == kNoNode || !doc.IsElement(a) || doc.Parent(a) == kNoNode || a < body) break;
    if (a == doc.html()) break;
    InitCandidate(ws, a);
    double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
    ws->score[a] += static_cast<float>(content_score / divider);
    a = doc.Parent(a);
  }
}

double ParagraphScore(const SubtreeStats& s) {
  return 1 + (s.commas + 1) + std::min(std::floor(s.chars / 100.0), 3.0);
}

bool IsScorableTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_P:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_PRE:
      return true;
    default:
      return false;
  }
}

// Stage 2: score paragraphs (and div-paragraphs, and loose text runs inside divs).
void ScoreParagraphs(Workspace* ws) {
  const Document& doc = ws->doc();
  NodeId body = doc.body(), end = doc[body].end;
  ws->ComputeStats(body, end);
  std::vector<uint8_t> has_block = ComputeHasBlock(*ws, body, end);

  // Divs without block content are paragraphs; a div whose only child is a paragraph collapses.
  for (NodeId i = body + 1; i < end; ++i) {
    if (ws->removed[i]) {
      i = doc[i].end - 1;
      continue;
    }
    if (!doc.IsTag(i, GUMBO_TAG_DIV)) continue;
    if (!has_block[i]) {
      ws->rename[i] = GUMBO_TAG_P;
      continue;
    }
    NodeId only = kNoNode;
    bool single = true;
    for (NodeId c = doc.FirstChild(i); c != kNoNode; c = doc.NextSibling(c)) {
      if (ws->removed[c]) continue;
      const Node& cn = doc[c];
      if (cn.kind == NodeKind::kText && ws->TextChars(c) > 0) single = false;
      if (cn.kind == NodeKind::kElement) {
        if (only != kNoNode) single = false;
        only = c;
      }
    }
    if (single && only != kNoNode && doc.IsTag(only, GUMBO_TAG_P) && ws->LinkDensity(i) < 0.25) {
      ws->collapsed[i] = 1;
    }
  }

  for (NodeId i = body + 1; i < end; ++i) {
    if (ws->removed[i]) {
      i = doc[i].end - 1;
      continue;
    }
    const Node& n = doc[i];
    if (n.kind != NodeKind::kElement) continue;
    bool paragraph = IsScorableTag(n.tag) || ws->rename[i] == GUMBO_TAG_P;
    if (paragraph) {
      const SubtreeStats& s = ws->Stats(i);
      if (s.chars >= static_cast<uint32_t>(pt::kMinParagraphChars) && n.parent != kNoNode) {
        Propagate(ws, n.parent, ParagraphScore(s));
      }
      continue;
    }
    if (n.tag != GUMBO_TAG_DIV) continue;
    // Loose inline text inside a container div forms virtual paragraphs scored into the div.
    SubtreeStats run;
    auto flush = [&] {
      if (run.chars >= static_cast<uint32_t>(pt::kMinParagraphChars)) {
        Propagate(ws, i, ParagraphScore(run));
      }
      run = SubtreeStats{};
    };
    for (NodeId c = doc.FirstChild(i); c != kNoNode; c = doc.NextSibling(c)) {
      if (ws->removed[c]) continue;
      const Node& cn = doc[c];
      bool inline_node = cn.kind == NodeKind::kText || cn.kind == NodeKind::kWhitespace ||
                         (cn.kind == NodeKind::kElement && IsPhrasingTag(cn.tag) && !has_block[c]);
      if (inline_node && !doc.IsTag(c, GUMBO_TAG_BR)) {
        run.chars += ws->Stats(c).chars;
        run.commas += ws->Stats(c).commas;
      } else if (!inline_node) {
        flush();
      }
    }
    flush();
  }
}

// Stage 3: choose the top candidate.
NodeId PickTop(Workspace* ws, int top_n) {
  const Document& doc = ws->doc();
  NodeId body = doc.body();
  std::vector<NodeId> best;
  for (NodeId i = body; i < doc[body].end; ++i) {
    if (!ws->scored[i]) continue;
    ws->score[i] *= static_cast<float>(1.0 - ws->LinkDensity(i));
    auto pos = std::find_if(best.begin(), best.end(),
                            [&](NodeId b) { return ws->score[i] > ws->score[b]; });
    if (pos - best.begin() < top_n) {
      best.insert(pos, i);
      if (static_cast<int>(best.size()) > top_n) best.pop_back();
    }
  }
  // The body collects a share of every paragraph on the page (teasers, footers...): it only holds
  // the article when no container comes close to it.
  if (best.size() > 1 && best[0] == body &&
      ws->score[best[1]] >= ws->score[body] * pt::kBodyCandidateShare) {
    best.erase(best.begin());
  }
  if (best.empty() || best[0] == body) return body;
  NodeId top = best[0];
  float top_score = ws->score[top];

  // Several near-equal candidates under one ancestor: the ancestor holds the article.
  std::vector<std::vector<NodeId>> alternatives;
  for (size_t k = 1; k < best.size(); ++k) {
    if (ws->score[best[k]] / top_score >= pt::kAlternativeShare) {
      std::vector<NodeId> chain;
      for (NodeId p = doc.Parent(best[k]); p != kNoNode; p = doc.Parent(p)) chain.push_back(p);
      alternatives.push_back(std::move(chain));
    }
  }
  if (static_cast<int>(alternatives.size()) >= pt::kMinAlternativeVotes) {
    for (NodeId p = doc.Parent(top); p != kNoNode && p != body && p != doc.html();
         p = doc.Parent(p)) {
      int votes = 0;
      for (const auto& chain : alternatives) {
        votes += std::find(chain.begin(), chain.end(), p) != chain.end();
      }
      if (votes >= pt::kMinAlternativeVotes) {
        top = p;
        break;
      }
    }
  }
  InitCandidate(ws, top);

  // Climb while the parent scores better (content split over sibling containers).
  NodeId parent = doc.Parent(top);
  float last = ws->score[top];
  float threshold = last / 3;
  while (parent != kNoNode && parent != body && parent != doc.html()) {
    if (!ws->scored[parent]) {
      parent = doc.Parent(parent);
      continue;
    }
    float ps = ws->score[parent];
    if (ps < threshold) break;
    if (ps > last) {
      top = parent;
      break;
    }
    last = ps;
    parent = doc.Parent(parent);
  }
  // A lone child of its parent says nothing; the parent is the better container.
  for (parent = doc.Parent(top); parent != kNoNode && parent != body && parent != doc.html();
       parent = doc.Parent(top)) {
    int elements = 0;
    for (NodeId c = doc.FirstChild(parent); c != kNoNode; c = doc.NextSibling(c)) {
      if (!ws->removed[c] && doc.IsElement(c)) ++elements;
    }
    if (elements != 1) break;
    top = parent;
  }
  InitCandidate(ws, top);
  return top;
}

bool EndsSentence(std::string_view text) {
  // Readability: /\.( |$)/ anywhere in the text.
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '.' && (i + 1 == text.size() || text[i + 1] == ' ')) return true;
  }
  return false;
}

// Stage 4: the top candidate plus siblings that look like part of the same article.
void CollectSiblings(Workspace* ws, NodeId top) {
  const Document& doc = ws->doc();
  NodeId body = doc.body();
  if (top == body) {
    for (NodeId c = doc.FirstChild(body); c != kNoNode; c = doc.NextSibling(c)) {
      if (!ws->removed[c]) ws->roots.push_back(c);
    }
    return;
  }
  ws->top = top;
  NodeId parent = doc.Parent(top);
  double threshold = std::max(pt::kSiblingMinScore, ws->score[top] * pt::kSiblingScoreShare);
  std::string_view top_class = doc.Attr(top, "class");
  for (NodeId s = doc.FirstChild(parent); s != kNoNode; s = doc.NextSibling(s)) {
    if (ws->removed[s]) continue;
    bool append = s == top;
    if (!append && doc.IsElement(s)) {
      double bonus = 0;
      if (!top_class.empty() && doc.Attr(s, "class") == top_class) {
        bonus = ws->score[top] * pt::kSiblingScoreShare;
      }
      if (ws->scored[s] && ws->score[s] + bonus >= threshold) {
        append = true;
      } else if (doc.IsTag(s, GUMBO_TAG_P) || ws->rename[s] == GUMBO_TAG_P) {
        const SubtreeStats& st = ws->Stats(s);
        double ld = ws->LinkDensity(s);
        if (st.chars > static_cast<uint32_t>(pt::kSiblingParagraphChars) &&
            ld < pt::kSiblingParagraphLinkDensity) {
          append = true;
        } else if (st.chars > 0 && st.chars < static_cast<uint32_t>(pt::kSiblingParagraphChars) &&
                   ld == 0 && EndsSentence(NormalizeSpace(doc.TextOf(s)))) {
          append = true;
        }
      }
    }
    if (append) ws->roots.push_back(s);
  }
}

}  // namespace

bool InDeclaredArticle(const Workspace& ws) {
  const Document& doc = ws.doc();
  NodeId start = ws.top != kNoNode ? ws.top : (ws.roots.empty() ? kNoNode : ws.roots[0]);
  for (NodeId p = start; p != kNoNode && p > doc.body(); p = doc.Parent(p)) {
    if (doc.IsTag(p, GUMBO_TAG_ARTICLE) || doc.Attr(p, "itemprop") == "articleBody" ||
        ws.Matches(p, pt::kArticleContainer)) {
      return true;
    }
  }
  return false;
}

double TextSimilarity(std::string_view a, std::string_view b) {
  auto words = [](std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    size_t i = 0;
    while (i < s.size()) {
      size_t start = i;
      uint32_t cp = NextCodePoint(s, &i);
      if (IsWordCodePoint(cp)) {
        for (size_t k = start; k < i; ++k) cur.push_back(AsciiLowerChar(s[k]));
      } else if (!cur.empty()) {
        out.push_back(std::move(cur));
        cur.clear();
      }
    }
    if (!cur.empty()) out.push_back(std::move(cur));
    return out;
  };
  std::vector<std::string> wa = words(a), wb = words(b);
  if (wa.empty() || wb.empty()) return 0;
  std::unordered_set<std::string> set_a(wa.begin(), wa.end());
  size_t unique_b_len = 0, total_b_len = 0;
  for (const auto& w : wb) {
    total_b_len += w.size() + 1;
    if (!set_a.count(w)) unique_b_len += w.size() + 1;
  }
  return 1.0 - static_cast<double>(unique_b_len) / static_cast<double>(total_b_len);
}

bool ScoreAttempt(Workspace* ws, std::string_view title, int top_candidates) {
  const Document& doc = ws->doc();
  if (doc.body() == kNoNode) return false;
  MarkRemovals(ws, title);
  ScoreParagraphs(ws);
  NodeId top = PickTop(ws, top_candidates);
  CollectSiblings(ws, top);
  return true;
}

}  // namespace clearsource
