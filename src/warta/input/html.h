// HTML to article text, with a real HTML5 parser (gumbo).
//
//   HtmlText page = HtmlToText("<html><title>T</title><p>Satu.</p><p>Dua.</p>");
//   // page.title == "T", page.text == "Satu.\n\nDua."
//
// What is kept: the visible text of the body. Dropped with their content:
// script, style, noscript, template, iframe, svg, nav, header, footer, aside,
// form (and form controls). Paragraphs, headings, list items, table rows and
// other blocks become lines; paragraphs and headings are separated by a blank
// line (a paragraph break for the layout stage); <br> is a line break. Runs of
// HTML whitespace inside a line fold to one space and lines are trimmed.
// Character references are decoded.
//
// The title is the text of the first <h1> of the body (the article's own
// headline), else the document's <title>, else empty.
//
// Offsets in warta's output for an HTML article refer to `text` below (the
// extracted text, which is what the pipeline sees as the article), not to the
// HTML bytes. See docs/cli.md.
#ifndef WARTA_INPUT_HTML_H_
#define WARTA_INPUT_HTML_H_

#include <string>
#include <string_view>

namespace warta {

struct HtmlText {
  std::string title;
  std::string text;
};

// Never fails: malformed HTML is repaired the way browsers do. `html` should
// be UTF-8; invalid sequences become U+FFFD.
HtmlText HtmlToText(std::string_view html);

// The charset an HTML document declares in a <meta> tag within its first
// 1024 bytes ("windows-1252", lower-cased), or empty.
std::string SniffHtmlCharset(std::string_view html);

}  // namespace warta

#endif  // WARTA_INPUT_HTML_H_
