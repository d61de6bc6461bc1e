#include "warta/normalize/offset_map.h"

#include <algorithm>

namespace warta {

void OffsetMap::Copy(uint32_t src_begin, uint32_t len) {
  if (len == 0) return;
  if (!segs_.empty()) {
    Segment& last = segs_.back();
    if (last.copy && last.src_begin + last.src_len == src_begin) {
      last.dst_len += len;
      last.src_len += len;
      dst_size_ += len;
      return;
    }
  }
  segs_.push_back(Segment{dst_size_, len, src_begin, len, true});
  dst_size_ += len;
}

void OffsetMap::Replace(uint32_t src_begin, uint32_t src_len, uint32_t dst_len) {
  if (dst_len == 0) return;
  segs_.push_back(Segment{dst_size_, dst_len, src_begin, src_len, false});
  dst_size_ += dst_len;
}

const OffsetMap::Segment& OffsetMap::Find(uint32_t dst) const {
  auto it = std::upper_bound(segs_.begin(), segs_.end(), dst,
                             [](uint32_t d, const Segment& s) { return d < s.dst_begin; });
  return it == segs_.begin() ? *it : *(it - 1);
}

uint32_t OffsetMap::Begin(uint32_t dst) const {
  if (segs_.empty()) return 0;
  if (dst >= dst_size_) return src_size_;
  const Segment& s = Find(dst);
  return s.copy ? s.src_begin + (dst - s.dst_begin) : s.src_begin;
}

uint32_t OffsetMap::End(uint32_t dst) const {
  if (segs_.empty() || dst == 0) return segs_.empty() ? 0 : segs_.front().src_begin;
  const Segment& s = Find(dst - 1);
  return s.copy ? s.src_begin + (dst - s.dst_begin) : s.src_begin + s.src_len;
}

bool OffsetMap::identity() const {
  return src_size_ == dst_size_ &&
         (segs_.empty() || (segs_.size() == 1 && segs_[0].copy && segs_[0].src_begin == 0));
}

}  // namespace warta
