// UTF-8 helpers shared by every stage: validation, repair and offset counting.
//
//   if (!IsValidUtf8(bytes)) bytes = ReplaceInvalidUtf8(bytes);
//   CodePointIndex index(text);
//   size_t cp = index.CodePoints(byte_offset);  // offset for Python's text[a:b]
#ifndef WARTA_NORMALIZE_UTF8_H_
#define WARTA_NORMALIZE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace warta {

// Strict UTF-8: no overlong forms, no surrogates, nothing above U+10FFFF.
bool IsValidUtf8(std::string_view s);

// The byte offset of the first invalid sequence, or s.size() when valid.
size_t FirstInvalidUtf8(std::string_view s);

// `s` with every maximal invalid subsequence replaced by U+FFFD (the WHATWG
// and Unicode "substitution of maximal subparts" practice).
std::string ReplaceInvalidUtf8(std::string_view s);

// Decodes the code point at s[i] (which must be valid UTF-8) and returns its
// length in bytes; *cp receives the code point.
int DecodeUtf8(std::string_view s, size_t i, char32_t* cp);

// Appends the UTF-8 encoding of cp.
void AppendUtf8(char32_t cp, std::string* out);

// Converts byte offsets of one valid UTF-8 text into code point offsets in
// O(1) amortised time (a count per 256-byte block, then a short scan).
// Holds a view of the text: the text must outlive the index.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view text);
  // Code points in text[0, byte_offset); byte_offset <= text.size().
  size_t CodePoints(size_t byte_offset) const;

 private:
  static constexpr size_t kBlock = 256;
  std::string_view text_;
  std::vector<uint32_t> block_counts_;
  bool all_ascii_ = true;  // then code points == bytes: no scan
};

}  // namespace warta

#endif  // WARTA_NORMALIZE_UTF8_H_
