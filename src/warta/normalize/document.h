// Document: one article's text, cleaned for matching, with a map back.
//
//   Document doc = Document::Clean(std::move(original_utf8));
//   std::string_view word = doc.Slice(span);          // cleaned text
//   Span original = doc.ToOriginal(span);             // bytes of doc.original()
//
// Cleaning applies NFC, then folds what varies between outlets but means the
// same: curly quotes to ASCII quotes, dashes to '-', '…' to "...", every kind
// of horizontal space (NBSP included) to one ' ', CR/CRLF to '\n', blank-line
// runs to one paragraph break "\n\n", and drops zero-width and control
// characters. Lines are trimmed. Every cleaned byte maps back to the original.
#ifndef WARTA_NORMALIZE_DOCUMENT_H_
#define WARTA_NORMALIZE_DOCUMENT_H_

#include <string>
#include <string_view>

#include "warta/normalize/offset_map.h"
#include "warta/span.h"

namespace warta {

class Document {
 public:
  // `original` must be valid UTF-8 (the reader guarantees it). Never fails.
  static Document Clean(std::string original);

  const std::string& original() const { return original_; }
  const std::string& text() const { return text_; }
  std::string_view Slice(Span s) const {
    return std::string_view(text_).substr(s.begin, s.end - s.begin);
  }
  // The byte range of original() that `clean` (a span of text()) came from.
  Span ToOriginal(Span clean) const;

 private:
  std::string original_;
  std::string text_;
  bool nfc_changed_ = false;
  OffsetMap nfc_map_;   // NFC text -> original (only when nfc_changed_)
  OffsetMap fold_map_;  // text -> NFC text
};

}  // namespace warta

#endif  // WARTA_NORMALIZE_DOCUMENT_H_
