#include "warta/normalize/document.h"

#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <vector>

#include "warta/normalize/utf8.h"

namespace warta {
namespace {

// UAX #15's stream-safe limit: at most 30 non-starters in a row.
constexpr int kMaxNonStarters = 30;

// Byte offsets where `in` is cut so that no piece holds more than
// kMaxNonStarters consecutive non-starters (combining marks). NFC's canonical
// reordering is an insertion sort, quadratic in the length of such a run; real
// text never has long runs, pathological input ("Zalgo") does. Pieces are
// normalised separately, so text with no long run is cut nowhere.
std::vector<size_t> StreamSafeCuts(const std::string& in, const icu::Normalizer2& nfc) {
  std::vector<size_t> cuts;
  int run = 0;
  size_t i = 0;
  while (i < in.size()) {
    if (static_cast<unsigned char>(in[i]) < 0x80) {  // ASCII: always a starter
      run = 0;
      ++i;
      continue;
    }
    char32_t c;
    int len = DecodeUtf8(in, i, &c);
    if (nfc.getCombiningClass(static_cast<UChar32>(c)) == 0) {
      run = 0;
    } else if (++run > kMaxNonStarters) {
      cuts.push_back(i);
      run = 1;
    }
    i += len;
  }
  return cuts;
}

// NFC of `in` into *out with its map; false when `in` is already NFC.
bool Nfc(const std::string& in, std::string* out, OffsetMap* map) {
  UErrorCode ec = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(ec);
  if (U_FAILURE(ec)) return false;
  // The cuts come first: isNormalizedUTF8 is itself quadratic on a long run.
  std::vector<size_t> cuts = StreamSafeCuts(in, *nfc);
  if (cuts.empty()) {
    icu::StringPiece whole(in.data(), static_cast<int32_t>(in.size()));
    if (nfc->isNormalizedUTF8(whole, ec) || U_FAILURE(ec)) return false;
  }
  cuts.push_back(in.size());
  icu::StringByteSink<std::string> sink(out, static_cast<int32_t>(in.size()));
  size_t begin = 0;
  for (size_t end : cuts) {
    ec = U_ZERO_ERROR;
    icu::Edits edits;
    icu::StringPiece piece(in.data() + begin, static_cast<int32_t>(end - begin));
    nfc->normalizeUTF8(0, piece, sink, &edits, ec);
    if (U_FAILURE(ec)) {
      out->clear();
      *map = OffsetMap();
      return false;
    }
    icu::Edits::Iterator it = edits.getFineIterator();
    const uint32_t base = static_cast<uint32_t>(begin);
    while (it.next(ec)) {
      if (it.hasChange()) {
        map->Replace(base + it.sourceIndex(), it.oldLength(), it.newLength());
      } else {
        map->Copy(base + it.sourceIndex(), it.oldLength());
      }
    }
    begin = end;
  }
  map->Finish(static_cast<uint32_t>(in.size()));
  return true;
}

enum class Fold { kKeep, kSpace, kNewline, kDrop, kReplace };

// How cleaning treats code point c; for kReplace, *with is the replacement.
Fold Classify(char32_t c, const char** with) {
  if (c < 0x80) {
    if (c == '\n' || c == '\r') return Fold::kNewline;
    if (c == ' ' || c == '\t' || c == '\v' || c == '\f') return Fold::kSpace;
    if (c < 0x20 || c == 0x7F) return Fold::kSpace;
    return Fold::kKeep;
  }
  switch (c) {
    case 0x00A0: case 0x1680: case 0x202F: case 0x205F: case 0x3000:
      return Fold::kSpace;
    case 0x2028: case 0x2029: case 0x0085:
      return Fold::kNewline;
    case 0x00AD: case 0x200B: case 0x200C: case 0x200D: case 0x2060: case 0xFEFF:
      return Fold::kDrop;
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: case 0x00AB: case 0x00BB:
      *with = "\"";
      return Fold::kReplace;
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
      *with = "'";
      return Fold::kReplace;
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212:
      *with = "-";
      return Fold::kReplace;
    case 0x2026:
      *with = "...";
      return Fold::kReplace;
    default:
      break;
  }
  if (c >= 0x2000 && c <= 0x200A) return Fold::kSpace;
  if (c >= 0x80 && c < 0xA0) return Fold::kSpace;  // C1 controls
  return Fold::kKeep;
}

// Writes the folded form of `in` to *out, recording *map (out -> in).
void FoldText(const std::string& in, std::string* out, OffsetMap* map) {
  out->reserve(in.size());
  // Pending whitespace: a run of spaces and newlines not yet written, so that
  // it can be trimmed at line ends and collapsed.
  uint32_t ws_begin = 0;
  int newlines = 0;
  bool in_ws = false;
  auto flush_ws = [&](uint32_t ws_end) {
    if (!in_ws) return;
    in_ws = false;
    if (out->empty()) return;  // leading whitespace of the text is dropped
    const char* sep = newlines == 0 ? " " : newlines == 1 ? "\n" : "\n\n";
    uint32_t len = newlines >= 2 ? 2 : 1;
    if (ws_end - ws_begin == len && in.compare(ws_begin, len, sep) == 0) {
      // Whitespace kept as it was (the usual single space) is a copy, so the
      // map keeps one segment per run of unchanged text, not one per word.
      map->Copy(ws_begin, len);
    } else {
      map->Replace(ws_begin, ws_end - ws_begin, len);
    }
    out->append(sep, len);
  };
  size_t i = 0;
  while (i < in.size()) {
    unsigned char b = static_cast<unsigned char>(in[i]);
    if (b >= 0x21 && b < 0x7F) {  // fast path: printable ASCII
      flush_ws(static_cast<uint32_t>(i));
      size_t j = i + 1;
      while (j < in.size()) {
        unsigned char bj = static_cast<unsigned char>(in[j]);
        if (bj >= 0x21 && bj < 0x7F) {
          ++j;
          continue;
        }
        // A single space between printable ASCII is kept as it is, exactly
        // what flush_ws would do (a merged copy): take it into the run so that
        // a line of text is one copy and one append instead of one per word.
        if (bj == ' ' && j + 1 < in.size()) {
          unsigned char bn = static_cast<unsigned char>(in[j + 1]);
          if (bn >= 0x21 && bn < 0x7F) {
            j += 2;
            continue;
          }
        }
        break;
      }
      map->Copy(static_cast<uint32_t>(i), static_cast<uint32_t>(j - i));
      out->append(in, i, j - i);
      i = j;
      continue;
    }
    char32_t c;
    int len = DecodeUtf8(in, i, &c);
    const char* with = nullptr;
    switch (Classify(c, &with)) {
      case Fold::kKeep:
        flush_ws(static_cast<uint32_t>(i));
        map->Copy(static_cast<uint32_t>(i), len);
        out->append(in, i, len);
        break;
      case Fold::kReplace: {
        flush_ws(static_cast<uint32_t>(i));
        std::string_view w(with);
        map->Replace(static_cast<uint32_t>(i), len, static_cast<uint32_t>(w.size()));
        out->append(w);
        break;
      }
      case Fold::kDrop:
        break;
      case Fold::kSpace:
      case Fold::kNewline: {
        if (!in_ws) {
          in_ws = true;
          ws_begin = static_cast<uint32_t>(i);
          newlines = 0;
        }
        if (c == '\r' && i + 1 < in.size() && in[i + 1] == '\n') break;  // CRLF: count once
        if (Classify(c, &with) == Fold::kNewline) ++newlines;
        break;
      }
    }
    i += len;
  }
  in_ws = false;  // trailing whitespace of the text is dropped
  map->Finish(static_cast<uint32_t>(in.size()));
}

}  // namespace

Document Document::Clean(std::string original) {
  Document doc;
  doc.original_ = std::move(original);
  std::string nfc;
  doc.nfc_changed_ = Nfc(doc.original_, &nfc, &doc.nfc_map_);
  FoldText(doc.nfc_changed_ ? nfc : doc.original_, &doc.text_, &doc.fold_map_);
  return doc;
}

Span Document::ToOriginal(Span clean) const {
  Span s{fold_map_.Begin(clean.begin), fold_map_.End(clean.end)};
  if (nfc_changed_) s = Span{nfc_map_.Begin(s.begin), nfc_map_.End(s.end)};
  if (s.end < s.begin) s.end = s.begin;
  return s;
}

}  // namespace warta
