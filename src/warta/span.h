// Span: a half-open byte range [begin, end) of one article's cleaned text.
// Every stage works in cleaned-text offsets; the output stage maps spans back
// to the original text (Document::ToOriginal) and to code points.
#ifndef WARTA_SPAN_H_
#define WARTA_SPAN_H_

#include <cstdint>

namespace warta {

struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  bool Contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool Overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  friend bool operator==(const Span& a, const Span& b) = default;
  friend bool operator<(const Span& a, const Span& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end < b.end;
  }
};

}  // namespace warta

#endif  // WARTA_SPAN_H_
