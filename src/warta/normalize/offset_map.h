// OffsetMap: maps byte offsets of a rewritten text back to the text it was
// made from, so that every span survives cleaning.
//
//   OffsetMap map;                 // built while writing `clean` from `src`
//   map.Copy(0, 5);                // clean[0,5)  == src[0,5)
//   map.Replace(5, 3, 1);          // clean[5,6)  stands for src[5,8)
//   map.Copy(8, 10);               // clean[6,16) == src[8,18)
//   map.Begin(6) == 8; map.End(6) == 8; map.End(16) == 18
//
// Deleted source bytes (Replace with an empty output) leave no segment: spans
// around them still map exactly.
#ifndef WARTA_NORMALIZE_OFFSET_MAP_H_
#define WARTA_NORMALIZE_OFFSET_MAP_H_

#include <cstdint>
#include <vector>

namespace warta {

class OffsetMap {
 public:
  // clean bytes appended next are src[src_begin, src_begin + len), unchanged.
  void Copy(uint32_t src_begin, uint32_t len);
  // clean bytes appended next (dst_len of them) stand for src[src_begin, +src_len).
  void Replace(uint32_t src_begin, uint32_t src_len, uint32_t dst_len);
  // Closes the map: `src_size` is the source length.
  void Finish(uint32_t src_size) { src_size_ = src_size; }

  // The source offset where a span starting at clean offset `dst` starts.
  uint32_t Begin(uint32_t dst) const;
  // The source offset where a span ending at clean offset `dst` ends.
  uint32_t End(uint32_t dst) const;
  // True when clean == src (nothing was rewritten).
  bool identity() const;
  uint32_t clean_size() const { return dst_size_; }

 private:
  struct Segment {
    uint32_t dst_begin, dst_len, src_begin, src_len;
    bool copy;
  };
  // The segment containing clean offset dst; segs_ must not be empty.
  const Segment& Find(uint32_t dst) const;

  std::vector<Segment> segs_;
  uint32_t dst_size_ = 0;
  uint32_t src_size_ = 0;
};

}  // namespace warta

#endif  // WARTA_NORMALIZE_OFFSET_MAP_H_
