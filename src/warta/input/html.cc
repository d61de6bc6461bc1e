#include "warta/input/html.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <vector>

namespace warta {
namespace {

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Elements whose whole subtree is not article text.
bool IsDropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
      return true;
    default:
      return false;
  }
}

// 2: the element is a paragraph (blank line around it); 1: a line of its own;
// 0: inline.
int BreakLevel(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_HR:
      return 2;
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_BODY:
      return 1;
    default:
      return 0;
  }
}

// Accumulates text with folded whitespace and requested line breaks, so that
// breaks never pile up and lines never start or end with a space.
class TextBuilder {
 public:
  void Break(int level) { pending_break_ = std::max(pending_break_, level); }
  // <br>: each one ends a line, two in a row make a blank line.
  void LineBreak() { pending_break_ = std::min(2, pending_break_ + 1); }
  void Space() { pending_space_ = true; }
  void Append(std::string_view s) {
    for (char c : s) {
      if (IsHtmlSpace(c)) {
        pending_space_ = true;
        continue;
      }
      if (pending_break_ > 0 && !out_.empty()) {
        out_.append(pending_break_ >= 2 ? "\n\n" : "\n");
        pending_space_ = false;
      } else if (pending_space_ && !out_.empty() && out_.back() != '\n') {
        out_.push_back(' ');
      }
      pending_break_ = 0;
      pending_space_ = false;
      out_.push_back(c);
    }
  }
  std::string Take() { return std::move(out_); }

 private:
  std::string out_;
  int pending_break_ = 0;
  bool pending_space_ = false;
};

// The text of a subtree on one line (for titles).
std::string InlineText(const GumboNode* root) {
  TextBuilder b;
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_CDATA ||
        n->type == GUMBO_NODE_WHITESPACE) {
      b.Append(n->v.text.text);
    } else if (n->type == GUMBO_NODE_ELEMENT) {
      if (n != root && IsDropped(n->v.element.tag)) continue;
      b.Space();
      const GumboVector& kids = n->v.element.children;
      for (unsigned i = kids.length; i-- > 0;)
        stack.push_back(static_cast<GumboNode*>(kids.data[i]));
    }
  }
  return b.Take();
}

const GumboNode* FindFirst(const GumboNode* root, GumboTag tag, bool skip_dropped) {
  std::vector<const GumboNode*> stack = {root};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) continue;
    if (n->type == GUMBO_NODE_ELEMENT) {
      if (n->v.element.tag == tag) return n;
      if (skip_dropped && IsDropped(n->v.element.tag)) continue;
    }
    const GumboVector& kids =
        n->type == GUMBO_NODE_DOCUMENT ? n->v.document.children : n->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) stack.push_back(static_cast<GumboNode*>(kids.data[i]));
  }
  return nullptr;
}

}  // namespace

HtmlText HtmlToText(std::string_view html) {
  HtmlText out;
  GumboOptions options = kGumboDefaultOptions;
  GumboOutput* parsed = gumbo_parse_with_options(&options, html.data(), html.size());
  if (parsed == nullptr) return out;
  const GumboNode* body = FindFirst(parsed->root, GUMBO_TAG_BODY, /*skip_dropped=*/false);
  if (body != nullptr) {
    if (const GumboNode* h1 = FindFirst(body, GUMBO_TAG_H1, /*skip_dropped=*/true)) {
      out.title = InlineText(h1);
    }
    // Iterative walk: deeply nested markup must not exhaust the stack.
    TextBuilder b;
    struct Frame {
      const GumboNode* node;
      unsigned next_child;
    };
    std::vector<Frame> stack = {{body, 0}};
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboVector& kids = f.node->v.element.children;
      if (f.next_child == kids.length) {
        b.Break(BreakLevel(f.node->v.element.tag));
        stack.pop_back();
        continue;
      }
      const GumboNode* n = static_cast<GumboNode*>(kids.data[f.next_child++]);
      switch (n->type) {
        case GUMBO_NODE_TEXT:
        case GUMBO_NODE_CDATA:
        case GUMBO_NODE_WHITESPACE:
          b.Append(n->v.text.text);
          break;
        case GUMBO_NODE_ELEMENT: {
          GumboTag tag = n->v.element.tag;
          if (IsDropped(tag)) break;
          if (tag == GUMBO_TAG_BR) {
            b.LineBreak();
            break;
          }
          if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) b.Space();
          b.Break(BreakLevel(tag));
          stack.push_back({n, 0});
          break;
        }
        default:  // comments, templates
          break;
      }
    }
    out.text = b.Take();
  }
  if (out.title.empty()) {
    if (const GumboNode* t = FindFirst(parsed->root, GUMBO_TAG_TITLE, /*skip_dropped=*/false)) {
      out.title = InlineText(t);
    }
  }
  gumbo_destroy_output(&options, parsed);
  return out;
}

std::string SniffHtmlCharset(std::string_view html) {
  std::string head(html.substr(0, 1024));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  size_t at = head.find("charset");
  while (at != std::string::npos) {
    size_t i = at + 7;
    while (i < head.size() && IsHtmlSpace(head[i])) ++i;
    if (i < head.size() && head[i] == '=') {
      ++i;
      while (i < head.size() && (IsHtmlSpace(head[i]) || head[i] == '"' || head[i] == '\'')) ++i;
      size_t end = i;
      while (end < head.size() &&
             (std::isalnum(static_cast<unsigned char>(head[end])) || head[end] == '-' ||
              head[end] == '_' || head[end] == ':' || head[end] == '.')) {
        ++end;
      }
      if (end > i) return head.substr(i, end - i);
    }
    at = head.find("charset", at + 7);
  }
  return {};
}

}  // namespace warta
