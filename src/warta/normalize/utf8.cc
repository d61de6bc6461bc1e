#include "warta/normalize/utf8.h"

#include <algorithm>
#include <cstring>

namespace warta {
namespace {

// Length of the valid sequence starting at s[i], or 0 when it is invalid.
size_t ValidSequenceLength(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size();
  unsigned char c = p[i];
  if (c < 0x80) return 1;
  auto cont = [&](size_t k) { return i + k < n && (p[i + k] & 0xC0) == 0x80; };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c >= 0xE0 && c <= 0xEF) {
    if (!cont(1) || !cont(2)) return 0;
    unsigned char c1 = p[i + 1];
    if (c == 0xE0 && c1 < 0xA0) return 0;   // overlong
    if (c == 0xED && c1 >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (c >= 0xF0 && c <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    unsigned char c1 = p[i + 1];
    if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
    if (c == 0xF4 && c1 >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// Length of the maximal invalid subpart at s[i] (at least 1).
size_t InvalidSubpartLength(std::string_view s, size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char c = p[i];
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    need = 1;
  } else if (c >= 0xE0 && c <= 0xEF) {
    need = 2;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    need = 3;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 1;
  }
  size_t len = 1;
  for (size_t k = 0; k < need && i + len < s.size(); ++k) {
    unsigned char b = p[i + len];
    if (b < lo || b > hi) break;
    lo = 0x80;
    hi = 0xBF;
    ++len;
  }
  return len;
}

}  // namespace

size_t FirstInvalidUtf8(std::string_view s) {
  size_t i = 0;
  while (i < s.size()) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    size_t len = ValidSequenceLength(s, i);
    if (len == 0) return i;
    i += len;
  }
  return s.size();
}

bool IsValidUtf8(std::string_view s) { return FirstInvalidUtf8(s) == s.size(); }

std::string ReplaceInvalidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  size_t i = 0;
  while (i < s.size()) {
    size_t len = ValidSequenceLength(s, i);
    if (len > 0) {
      out.append(s.data() + i, len);
      i += len;
    } else {
      out.append("\xEF\xBF\xBD");
      i += InvalidSubpartLength(s, i);
    }
  }
  return out;
}

int DecodeUtf8(std::string_view s, size_t i, char32_t* cp) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data()) + i;
  if (p[0] < 0x80) {
    *cp = p[0];
    return 1;
  }
  if (p[0] < 0xE0) {
    *cp = ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    return 2;
  }
  if (p[0] < 0xF0) {
    *cp = ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    return 3;
  }
  *cp = ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
  return 4;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

namespace {
inline bool IsLeadByte(char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }

// Lead bytes (code points) in p[0, n), eight bytes at a time: a continuation
// byte is 10xxxxxx, so it has bit 7 set and bit 6 clear.
size_t CountLeadBytes(const char* p, size_t n) {
  constexpr uint64_t kHigh = 0x8080808080808080ULL;
  size_t continuation = 0;
  size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    uint64_t cont = (w & kHigh) & ~((w << 1) & kHigh);  // bit 7 of each continuation byte
    continuation += ((cont >> 7) * 0x0101010101010101ULL) >> 56;
  }
  size_t count = i - continuation;
  for (; i < n; ++i) count += IsLeadByte(p[i]);
  return count;
}
}  // namespace

CodePointIndex::CodePointIndex(std::string_view text) : text_(text) {
  // Block by block, without a per-byte modulo: the writer builds one index
  // per article, so this is on the output hot path.
  block_counts_.reserve(text.size() / kBlock + 1);
  uint32_t count = 0;
  for (size_t start = 0; start < text.size(); start += kBlock) {
    block_counts_.push_back(count);
    size_t end = std::min(text.size(), start + kBlock);
    count += static_cast<uint32_t>(CountLeadBytes(text.data() + start, end - start));
  }
  all_ascii_ = count == text.size();
}

size_t CodePointIndex::CodePoints(size_t byte_offset) const {
  if (byte_offset == 0) return 0;
  if (all_ascii_) return std::min(byte_offset, text_.size());
  size_t block = byte_offset / kBlock;
  size_t count = 0;
  size_t i = 0;
  if (block < block_counts_.size()) {
    count = block_counts_[block];
    i = block * kBlock;
  } else {
    count = block_counts_.empty() ? 0 : block_counts_.back();
    i = block_counts_.empty() ? 0 : (block_counts_.size() - 1) * kBlock;
  }
  size_t end = std::min(byte_offset, text_.size());
  if (i < end) count += CountLeadBytes(text_.data() + i, end - i);
  return count;
}

}  // namespace warta
