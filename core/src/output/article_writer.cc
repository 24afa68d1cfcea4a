#include "output/article_writer.h"

#include <unordered_set>
#include <vector>

#include "clean/images.h"
#include "clean/sanitize.h"
#include "parse/tags.h"
#include "util/text.h"

namespace clearsource {
namespace {

void AppendEscaped(std::string_view s, std::string* out, bool attribute) {
  for (char c : s) {
    switch (c) {
      case '&':
        out->append("&amp;");
        break;
      case '<':
        out->append("&lt;");
        break;
      case '>':
        out->append("&gt;");
        break;
      case '"':
        if (attribute) {
          out->append("&quot;");
        } else {
          out->push_back(c);
        }
        break;
      case '\0':
        break;
      default:
        out->push_back(c);
    }
  }
}

// Plain-text output: blocks separated by one blank line, white space collapsed outside <pre>.
class TextSink {
 public:
  explicit TextSink(std::string* out) : out_(out) {}
  void Text(std::string_view s, bool preformatted) {
    if (preformatted) {
      if (pending_space_ && NeedsSpace()) out_->push_back(' ');
      pending_space_ = false;
      out_->append(s);
      return;
    }
    size_t before = out_->size();
    bool pending = pending_space_;
    if (!NeedsSpace()) pending = false;
    AppendNormalized(s, out_, &pending);
    // AppendNormalized only joins with a space when something precedes it in `out_`.
    (void)before;
    pending_space_ = pending;
  }
  void LineBreak() {
    TrimTrailingSpaces();
    if (!out_->empty()) out_->push_back('\n');
    pending_space_ = false;
  }
  void Block() {
    TrimTrailingSpaces();
    while (!out_->empty() && out_->back() == '\n') out_->pop_back();
    if (!out_->empty()) out_->append("\n\n");
    pending_space_ = false;
  }
  void Finish() {
    TrimTrailingSpaces();
    while (!out_->empty() && (out_->back() == '\n' || out_->back() == ' ')) out_->pop_back();
  }

 private:
  bool NeedsSpace() const { return !out_->empty() && out_->back() != '\n' && out_->back() != ' '; }
  void TrimTrailingSpaces() {
    while (!out_->empty() && out_->back() == ' ') out_->pop_back();
  }
  std::string* out_;
  bool pending_space_ = false;
};

bool IsWrapContainer(GumboTag t) {
  return t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_ARTICLE ||
         t == GUMBO_TAG_MAIN || t == GUMBO_TAG_HEADER || t == GUMBO_TAG_BODY ||
         t == GUMBO_TAG_BLOCKQUOTE;
}

// A syntax-highlighting hint ("language-js", "lang-c++") and nothing a stylesheet could use
// otherwise: the view's own classes ("cs-...") must stay out of reach of page markup.
bool IsCodeLanguageClass(std::string_view cls) {
  if (!StartsWithIgnoreCase(cls, "language-") && !StartsWithIgnoreCase(cls, "lang-")) return false;
  for (char c : cls) {
    bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '-' || c == '_' || c == '+' || c == '#' || c == '.';
    if (!ok) return false;
  }
  return true;
}

class Writer {
 public:
  Writer(const Workspace& ws, const Url& base, bool want_html, ArticleOutput* out)
      : ws_(ws), doc_(ws.doc()), base_(base), want_html_(want_html), out_(out), text_(&out->text) {}

  void Run() {
    for (NodeId root : ws_.roots) {
      if (!ws_.removed[root]) Walk(root);
    }
    text_.Finish();
  }

 private:
  enum class Op : uint8_t { kEnter, kExit, kOpenP, kCloseP };
  struct Item {
    Op op;
    NodeId id;
    bool pre;    // inside <pre>: white space is content
    bool muted;  // inside a caption: in the HTML, not in the text
  };

  GumboTag EmitTag(NodeId id) const {
    GumboTag renamed = ws_.rename[id];
    if (renamed != GUMBO_TAG_UNKNOWN) return renamed;
    GumboTag t = doc_[id].tag;
    if (t == GUMBO_TAG_H1) return GUMBO_TAG_H2;  // the view's title is the page's only h1
    // Cells of a layout table are just boxes of content.
    if ((t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) && InLayoutTable(id)) return GUMBO_TAG_DIV;
    return t;
  }

  // Whether `id` is a layout table or one of its rows/sections/cells (data tables stay tables).
  bool InLayoutTable(NodeId id) const {
    if (doc_[id].ns != Ns::kHtml) return false;
    NodeId t = id;
    for (int up = 0; up < 4 && t != kNoNode && !doc_.IsTag(t, GUMBO_TAG_TABLE); ++up) {
      t = doc_.Parent(t);
    }
    return t != kNoNode && doc_.IsTag(t, GUMBO_TAG_TABLE) && !ws_.IsDataTable(t);
  }

  static bool IsTableStructure(GumboTag t) {
    return t == GUMBO_TAG_TABLE || t == GUMBO_TAG_TBODY || t == GUMBO_TAG_THEAD ||
           t == GUMBO_TAG_TFOOT || t == GUMBO_TAG_TR;
  }

  bool Skip(NodeId id) const {
    if (ws_.removed[id]) return true;
    const Node& n = doc_[id];
    if (n.kind == NodeKind::kComment) return true;
    if (n.kind != NodeKind::kElement) return false;
    // Empty containers (no text, no media) are noise in the view.
    GumboTag t = EmitTag(id);
    if (n.ns == Ns::kHtml && (IsWrapContainer(t) || t == GUMBO_TAG_P || t == GUMBO_TAG_SPAN)) {
      const SubtreeStats& s = ws_.Stats(id);
      if (s.chars == 0 && s.img == 0 && s.videos == 0 && s.media == 0) return true;
    }
    return false;
  }

  bool IsInline(NodeId id) const {
    const Node& n = doc_[id];
    if (n.kind != NodeKind::kElement) return true;
    if (n.ns != Ns::kHtml) return true;  // math flows inline
    return IsPhrasingTag(EmitTag(id));
  }

  bool HasContent(NodeId id) const {
    const Node& n = doc_[id];
    if (n.kind == NodeKind::kText) return ws_.TextChars(id) > 0;
    if (n.kind != NodeKind::kElement) return false;
    const SubtreeStats& s = ws_.Stats(id);
    return s.chars > 0 || s.img > 0 || s.media > 0 || n.tag == GUMBO_TAG_IMG;
  }

  // Pushes the children of `id` (reverse order). In a block container with block children,
  // runs of inline content become paragraphs, as a reader view should show them.
  void PushChildren(NodeId id, bool wrap, bool pre, bool muted, std::vector<Item>* stack) {
    std::vector<Item>& seq = scratch_;
    seq.clear();
    bool any_block = false;
    bool prev_image = false;  // the previous element child is an image with a real source
    for (NodeId c = doc_.FirstChild(id); c != kNoNode; c = doc_.NextSibling(c)) {
      if (Skip(c)) continue;
      if (doc_.IsTag(c, GUMBO_TAG_NOSCRIPT)) {
        // A lazy image's fallback: used only when the script-driven image has no source.
        if (prev_image) continue;
        noscript_fallbacks_.insert(c);
      }
      if (doc_.IsElement(c)) {
        prev_image = (doc_.IsTag(c, GUMBO_TAG_IMG) && HasImageSource(c)) ||
                     (doc_.IsTag(c, GUMBO_TAG_PICTURE) && ws_.Stats(c).img > 0);
      }
      any_block |= !IsInline(c);
      seq.push_back({Op::kEnter, c, pre, muted});
    }
    if (wrap && any_block && !pre) {
      std::vector<Item> wrapped;
      for (size_t k = 0; k < seq.size();) {
        if (!IsInline(seq[k].id)) {
          wrapped.push_back(seq[k++]);
          continue;
        }
        size_t start = k;
        bool content = false;
        for (; k < seq.size() && IsInline(seq[k].id); ++k) content |= HasContent(seq[k].id);
        if (content) wrapped.push_back({Op::kOpenP, kNoNode, pre, muted});
        wrapped.insert(wrapped.end(), seq.begin() + start, seq.begin() + k);
        if (content) wrapped.push_back({Op::kCloseP, kNoNode, pre, muted});
      }
      seq.swap(wrapped);
    }
    for (size_t k = seq.size(); k-- > 0;) stack->push_back(seq[k]);
  }

  void Walk(NodeId root) {
    std::vector<Item> stack;
    stack.push_back({Op::kEnter, root, ws_.HasAncestorBit(root, kInCode), false});
    while (!stack.empty()) {
      Item item = stack.back();
      stack.pop_back();
      switch (item.op) {
        case Op::kOpenP:
          if (!item.muted) text_.Block();
          if (want_html_) out_->html.append("<p>");
          continue;
        case Op::kCloseP:
          if (want_html_) out_->html.append("</p>");
          if (!item.muted) text_.Block();
          continue;
        case Op::kExit: {
          GumboTag t = EmitTag(item.id);
          if (doc_[item.id].ns == Ns::kMathMl && doc_[item.id].tag == GUMBO_TAG_MATH) --math_open_;
          if (want_html_) {
            std::string_view name = TagNameFor(item.id, t);
            out_->html.append("</");
            out_->html.append(name);
            out_->html.push_back('>');
          }
          if (IsBlockTag(t) && !item.muted) text_.Block();
          continue;
        }
        case Op::kEnter:
          Enter(item, &stack);
          continue;
      }
    }
  }

  void Enter(const Item& item, std::vector<Item>* stack) {
    NodeId id = item.id;
    const Node& n = doc_[id];
    if (n.kind == NodeKind::kText || n.kind == NodeKind::kWhitespace) {
      if (want_html_) {
        if (item.pre) {
          AppendEscaped(n.text, &out_->html, false);
        } else {
          // Collapse white space runs to one space; keep a boundary space if there was one.
          std::string collapsed;
          bool pending = false;
          bool leading = !n.text.empty() && IsAsciiSpace(static_cast<unsigned char>(n.text[0]));
          AppendNormalized(n.text, &collapsed, &pending);
          if (leading) out_->html.push_back(' ');
          AppendEscaped(collapsed, &out_->html, false);
          if (pending && !collapsed.empty()) out_->html.push_back(' ');
        }
      }
      if (!item.muted) text_.Text(n.text, item.pre);
      return;
    }
    if (n.kind != NodeKind::kElement) return;

    bool renamed = ws_.rename[id] != GUMBO_TAG_UNKNOWN;
    ElementPolicy policy = renamed ? ElementPolicy::kKeep : PolicyFor(doc_, id);
    if (n.tag == GUMBO_TAG_NOSCRIPT && n.ns == Ns::kHtml && noscript_fallbacks_.count(id)) {
      policy = ElementPolicy::kUnwrap;
    }
    // A layout table is unwrapped: its cells become plain blocks (EmitTag), its grid goes.
    if (policy == ElementPolicy::kKeep && !renamed && IsTableStructure(n.tag) &&
        InLayoutTable(id)) {
      policy = ElementPolicy::kUnwrap;
    }
    if (policy == ElementPolicy::kDrop) return;
    // MathML children only inside an emitted <math> (an article that starts inside a formula
    // would otherwise emit <mi> as an unknown HTML element).
    if (policy == ElementPolicy::kKeep && n.ns == Ns::kMathMl && n.tag != GUMBO_TAG_MATH &&
        math_open_ == 0 && !renamed) {
      policy = ElementPolicy::kUnwrap;
    }
    GumboTag tag = EmitTag(id);
    // Players only, from their own hosts (a "youtube.com" anywhere in the URL is not enough).
    if (tag == GUMBO_TAG_IFRAME &&
        (!ws_.IsVideoEmbed(id) || !IsAllowedEmbedUrl(ResolveUrl(base_, doc_.Attr(id, "src"))))) {
      return;
    }
    bool pre = item.pre || tag == GUMBO_TAG_PRE;
    bool muted = item.muted || IsCaption(id, tag);
    if (IsBlockTag(tag) && !muted) text_.Block();
    if (tag == GUMBO_TAG_BR && !muted) text_.LineBreak();
    if (tag == GUMBO_TAG_IMG && !HasImageSource(id)) return;

    bool keep = policy == ElementPolicy::kKeep;
    if (keep) {
      if (want_html_) OpenTag(id, tag);
      if (IsVoidTag(tag)) keep = false;  // no closing tag, no children worth emitting
    }
    if (keep) stack->push_back({Op::kExit, id, pre, muted});
    if (keep && n.ns == Ns::kMathMl && n.tag == GUMBO_TAG_MATH) ++math_open_;
    if (IsVoidTag(tag) && policy == ElementPolicy::kKeep) return;
    bool wrap = policy == ElementPolicy::kKeep && IsWrapContainer(tag) && !renamed;
    PushChildren(id, wrap, pre, muted, stack);
  }

  // Figure captions and photo credits: shown with their image, not part of the running text.
  bool IsCaption(NodeId id, GumboTag tag) const {
    if (tag == GUMBO_TAG_FIGCAPTION) return true;
    if (IsImageWithItalicCaption(id, tag)) return true;
    if (doc_[id].ns != Ns::kHtml || ws_.HasAncestorBit(id, kInCode)) return false;
    if (!ws_.Matches(id, patterns::kCaption)) return false;
    const SubtreeStats& s = ws_.Stats(id);
    return s.chars <= static_cast<uint32_t>(patterns::kCaptionMaxChars);
  }

  // The blog way of captioning: a small block holding an image and a line of italic text under
  // it (<p><img><br><em>Caption</em></p>). Every word of the block must sit in the italics.
  bool IsImageWithItalicCaption(NodeId id, GumboTag tag) const {
    if (tag != GUMBO_TAG_P && tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_CENTER) return false;
    const SubtreeStats& s = ws_.Stats(id);
    if (s.img == 0 || s.chars == 0 || s.chars > static_cast<uint32_t>(patterns::kCaptionMaxChars) ||
        doc_[id].end - id > static_cast<NodeId>(patterns::kTextCheckMaxNodes)) {
      return false;
    }
    for (NodeId k = id + 1; k < doc_[id].end; ++k) {
      if (doc_[k].kind != NodeKind::kText || ws_.TextChars(k) == 0) continue;
      bool italic = false;
      for (NodeId p = doc_.Parent(k); p != id && p != kNoNode; p = doc_.Parent(p)) {
        if (doc_.IsTag(p, GUMBO_TAG_EM) || doc_.IsTag(p, GUMBO_TAG_I) ||
            doc_.IsTag(p, GUMBO_TAG_SMALL)) {
          italic = true;
          break;
        }
      }
      if (!italic) return false;
    }
    return true;
  }

  std::string_view TagNameFor(NodeId id, GumboTag tag) const {
    return tag == GUMBO_TAG_UNKNOWN ? doc_.TagName(id) : std::string_view(TagNameOf(tag));
  }

  bool HasImageSource(NodeId id) const {
    if (doc_.IsTag(id, GUMBO_TAG_IMG)) return ws_.IsRealImage(id);  // decided once per page
    ImageSources s = PickImageSources(doc_, id);
    return !TrimView(s.src).empty() || !TrimView(s.srcset).empty();
  }

  void AppendAttr(std::string_view name, std::string_view value) {
    std::string& h = out_->html;
    h.push_back(' ');
    h.append(name);
    h.append("=\"");
    AppendEscaped(value, &h, true);
    h.push_back('"');
  }

  std::string ResolveSrcset(std::string_view srcset) const {
    std::string out;
    for (std::string_view part : Split(srcset, ',')) {
      part = TrimView(part);
      if (part.empty()) continue;
      size_t sp = part.find_first_of(" \t\n");
      std::string_view url = part.substr(0, sp);
      std::string_view descriptor = sp == std::string_view::npos ? "" : TrimView(part.substr(sp));
      std::string resolved = ResolveUrl(base_, url);
      if (!IsSafeMediaUrl(resolved)) continue;
      if (!out.empty()) out.append(", ");
      out.append(resolved);
      if (!descriptor.empty()) {
        out.push_back(' ');
        out.append(descriptor);
      }
    }
    return out;
  }

  void OpenTag(NodeId id, GumboTag tag) {
    const Node& n = doc_[id];
    std::string_view name = TagNameFor(id, tag);
    std::string& h = out_->html;
    h.push_back('<');
    h.append(name);
    if (tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_SOURCE) {
      ImageSources s = PickImageSources(doc_, id);
      if (!s.src.empty()) {
        std::string r = ResolveUrl(base_, s.src);
        if (IsSafeMediaUrl(r)) AppendAttr("src", r);
      }
      if (!s.srcset.empty()) {
        std::string r = ResolveSrcset(s.srcset);
        if (!r.empty()) AppendAttr("srcset", r);
      }
    }
    for (const Attribute* a = doc_.AttrsBegin(id); a != doc_.AttrsEnd(id); ++a) {
      if ((tag == GUMBO_TAG_IMG || tag == GUMBO_TAG_SOURCE) &&
          (a->name == "src" || a->name == "srcset")) {
        continue;
      }
      AttrKind kind = AttrKindFor(n.tag == GUMBO_TAG_UNKNOWN ? tag : tag, n.ns, a->name);
      switch (kind) {
        case AttrKind::kNotAllowed:
          break;
        case AttrKind::kText:
          if (a->name == "class") {
            // Only syntax-highlighting hints survive ("language-js").
            std::string kept;
            // Class tokens are separated by any ASCII white space, as browsers read them.
            std::string_view v = a->value;
            while (!v.empty()) {
              size_t end = v.find_first_of(" \t\n\f\r");
              std::string_view c = v.substr(0, end);
              if (IsCodeLanguageClass(c)) kept.append(kept.empty() ? "" : " ").append(c);
              if (end == std::string_view::npos) break;
              v.remove_prefix(end + 1);
            }
            if (!kept.empty()) AppendAttr("class", kept);
          } else {
            AppendAttr(a->name, a->value);
          }
          break;
        case AttrKind::kNumber: {
          std::string_view v = TrimView(a->value);
          size_t k = 0;
          while (k < v.size() && k < 6 && v[k] >= '0' && v[k] <= '9') ++k;
          if (k > 0) AppendAttr(a->name, v.substr(0, k));
          break;
        }
        case AttrKind::kUrl: {
          std::string r = ResolveUrl(base_, a->value);
          bool media = tag != GUMBO_TAG_A && a->name != "cite";
          if (media ? IsSafeMediaUrl(r) : IsSafeLinkUrl(r)) AppendAttr(a->name, r);
          break;
        }
        case AttrKind::kSrcset: {
          std::string r = ResolveSrcset(a->value);
          if (!r.empty()) AppendAttr(a->name, r);
          break;
        }
      }
    }
    if (tag == GUMBO_TAG_VIDEO || tag == GUMBO_TAG_AUDIO) h.append(" controls");
    if (tag == GUMBO_TAG_IFRAME) {
      // Embedded players run sandboxed and cannot navigate the view.
      h.append(
          " sandbox=\"allow-scripts allow-same-origin allow-presentation\""
          " allowfullscreen loading=\"lazy\"");
    }
    h.push_back('>');
  }

  const Workspace& ws_;
  const Document& doc_;
  const Url& base_;
  bool want_html_;
  ArticleOutput* out_;
  TextSink text_;
  std::vector<Item> scratch_;
  std::unordered_set<NodeId> noscript_fallbacks_;  // <noscript>s whose image is used
  int math_open_ = 0;                              // emitted <math> elements not closed yet
};

}  // namespace

ArticleOutput WriteArticle(const Workspace& ws, const Url& base, bool want_html) {
  ArticleOutput out;
  Writer(ws, base, want_html, &out).Run();
  return out;
}

}  // namespace clearsource
