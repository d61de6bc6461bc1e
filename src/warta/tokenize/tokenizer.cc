#include "warta/tokenize/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf16.h>

#include <algorithm>

#include "warta/normalize/utf8.h"

namespace warta {
namespace {

bool IsAsciiAlnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// True for "S.H", "M.Si", "S.Sos": letter groups of 1-4 joined by dots.
bool IsLetterDotPattern(std::string_view s) {
  if (s.find('.') == s.npos) return false;
  size_t run = 0;
  for (char c : s) {
    if (c == '.') {
      if (run == 0) return false;
      run = 0;
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      if (++run > 4) return false;
    } else {
      return false;
    }
  }
  return run > 0;
}

bool IsSingleUpper(std::string_view s) { return s.size() == 1 && s[0] >= 'A' && s[0] <= 'Z'; }

uint16_t ShapeFlags(std::string_view s) {
  int letters = 0, upper = 0, digits = 0, other = 0;
  bool first_letter_seen = false, first_upper = false;
  bool number_shape = !s.empty();
  bool ascii_other = false;  // an ASCII byte that is neither alphanumeric nor '.'
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // ASCII without ICU property lookups (most of the text)
      if ((b | 0x20) >= 'a' && (b | 0x20) <= 'z') {
        ++letters;
        bool up = b <= 'Z';
        upper += up;
        if (!first_letter_seen) first_upper = up;
        first_letter_seen = true;
        number_shape = false;
      } else if (b >= '0' && b <= '9') {
        ++digits;
      } else {
        ++other;
        if (b != '.') ascii_other = true;
        if (b != '.' && b != ',') number_shape = false;
      }
      ++i;
      continue;
    }
    char32_t c;
    int len = DecodeUtf8(s, i, &c);
    if (u_isalpha(c)) {
      ++letters;
      bool up = u_isupper(c) || u_istitle(c);
      upper += up;
      if (!first_letter_seen) first_upper = up;
      first_letter_seen = true;
      number_shape = false;
    } else if (u_isdigit(c)) {
      ++digits;
    } else {
      ++other;
      if (c != '.' && c != ',') number_shape = false;
    }
    i += len;
  }
  uint16_t f = 0;
  if (first_upper) f |= kCapitalized;
  if (letters >= 2 && upper == letters) f |= kAllCaps;
  if (digits > 0 && letters == 0 && other == 0) f |= kDigits;
  if (digits > 0) f |= kHasDigit;
  if (letters == 0 && digits == 0) f |= kPunct;
  if (letters > 0 && digits == 0 && !ascii_other) f |= kAlpha;
  if (number_shape && digits > 0 && IsAsciiAlnum(s.front()) && IsAsciiAlnum(s.back())) {
    f |= kNumber;
  }
  return f;
}

constexpr std::string_view kClitics[] = {"nya", "lah", "kah", "pun"};

}  // namespace

void FoldCase(std::string_view s, std::string* out) {
  size_t i = 0;
  while (i < s.size()) {
    unsigned char b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      // An ASCII run at once: one append instead of a push_back per byte.
      size_t j = i + 1;
      while (j < s.size() && static_cast<unsigned char>(s[j]) < 0x80) ++j;
      size_t at = out->size();
      out->append(s.data() + i, j - i);
      for (size_t k = at; k < out->size(); ++k) {
        char& c = (*out)[k];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      }
      i = j;
      continue;
    }
    char32_t c;
    int len = DecodeUtf8(s, i, &c);
    AppendUtf8(static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT)),
               out);
    i += len;
  }
}

std::string OneWordError(std::string_view word, size_t tokens) {
  std::string msg = "expected one word, but '" + std::string(word) + "' is " +
                    std::to_string(tokens) + " tokens";
  if (!word.empty() && word.back() == '.') msg += " (a word ending in '.' must be in abbreviations.tsv)";
  return msg;
}

uint32_t TokenizedText::SentenceOf(uint32_t token) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), token,
                             [](uint32_t t, const Sentence& s) { return t < s.first; });
  return it == sentences.begin() ? 0 : static_cast<uint32_t>(it - sentences.begin() - 1);
}

void TokenizedText::Clear() {
  tokens.clear();
  sentences.clear();
  folded.clear();
}

// Scratch vectors of one Tokenize call, kept with the State so that their
// capacity survives from one article to the next.
struct Tokenizer::State::Buffers {
  icu::UnicodeString u16;
  std::vector<uint32_t> u8;  // UTF-16 index -> UTF-8 offset
  std::vector<Span> raw;
  std::vector<Span> merged;
  std::vector<uint16_t> extra;
  std::vector<Span> excl;
  std::vector<bool> break_before;
  std::vector<uint32_t> bounds;
  std::string scratch;
};

Tokenizer::State::State() = default;
Tokenizer::State::State(State&&) noexcept = default;
Tokenizer::State& Tokenizer::State::operator=(State&&) noexcept = default;
Tokenizer::State::~State() = default;
Tokenizer::Tokenizer(Tokenizer&&) noexcept = default;
Tokenizer& Tokenizer::operator=(Tokenizer&&) noexcept = default;
Tokenizer::~Tokenizer() = default;

StatusOr<Tokenizer> Tokenizer::Create(const LexiconSet& lexicons) {
  StatusOr<TsvTable> table = lexicons.Table("abbreviations", {"abbreviation", "final"});
  if (!table.ok()) return table.status();
  Tokenizer tok;
  int abbr = table->Column("abbreviation");
  int final_col = table->Column("final");
  for (const TsvRow& row : table->rows()) {
    const std::string& a = row.fields[abbr];
    if (a.size() < 2 || a.back() != '.') {
      return table->Error(row, "abbreviation must end with '.': '" + a + "'");
    }
    const std::string& fin = row.fields[final_col];
    if (fin != "no" && fin != "maybe") {
      return table->Error(row, "final must be 'no' or 'maybe', got '" + fin + "'");
    }
    std::string folded;
    FoldCase(a, &folded);
    // Only abbreviations that never end a sentence suppress a sentence break.
    if (fin == "no") tok.abbreviations_.insert(folded);
  }
  UErrorCode ec = U_ZERO_ERROR;
  tok.words_.reset(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), ec));
  if (U_FAILURE(ec)) return Status(ErrorCode::kInternal, "ICU: no word break rules");
  tok.sentences_.reset(icu::BreakIterator::createSentenceInstance(icu::Locale::getRoot(), ec));
  if (U_FAILURE(ec)) return Status(ErrorCode::kInternal, "ICU: no sentence break rules");
  return tok;
}

Tokenizer::State Tokenizer::NewState() const {
  State s;
  s.words_.reset(words_->clone());
  s.sentences_.reset(sentences_->clone());
  s.buffers_ = std::make_unique<State::Buffers>();
  return s;
}

std::vector<std::string> Tokenizer::PhraseTokens(std::string_view phrase) const {
  // Lexicon building calls this for every phrase (thousands at start-up):
  // cloning two ICU iterators per call cost more than tokenizing. Every
  // Tokenizer uses the same root-locale rules, so one State per thread serves
  // them all; it is thread_local, so concurrent builds never share it.
  thread_local State state = NewState();
  thread_local TokenizedText out;
  Tokenize(phrase, {}, &state, &out);
  std::vector<std::string> words;
  for (const Token& t : out.tokens) words.emplace_back(out.Folded(t));
  return words;
}

void Tokenizer::Tokenize(std::string_view text, const std::vector<Span>& excluded, State* state,
                         TokenizedText* out) const {
  out->Clear();
  if (text.empty()) return;
  State::Buffers& buf = *state->buffers_;
  // UTF-8 -> UTF-16 in one pass with the UTF-16 index -> UTF-8 offset map
  // (text is valid UTF-8, so this equals UnicodeString::fromUTF8).
  icu::UnicodeString& u = buf.u16;
  std::vector<uint32_t>& u8 = buf.u8;
  u8.resize(text.size() + 1);
  {
    UChar* w = u.getBuffer(static_cast<int32_t>(text.size()) + 1);
    size_t i = 0;
    int32_t k = 0;
    while (i < text.size()) {
      unsigned char b = static_cast<unsigned char>(text[i]);
      if (b < 0x80) {
        u8[k] = static_cast<uint32_t>(i++);
        w[k++] = b;
        continue;
      }
      char32_t c;
      int len = DecodeUtf8(text, i, &c);
      u8[k] = static_cast<uint32_t>(i);
      if (c >= 0x10000) {
        w[k++] = U16_LEAD(c);
        u8[k] = static_cast<uint32_t>(i);
        w[k++] = U16_TRAIL(c);
      } else {
        w[k++] = static_cast<UChar>(c);
      }
      i += len;
    }
    u8[k] = static_cast<uint32_t>(text.size());
    u.releaseBuffer(k);
  }

  // 1. ICU word segments, whitespace dropped.
  std::vector<Span>& raw = buf.raw;
  raw.clear();
  icu::BreakIterator* wb = state->words_.get();
  wb->setText(u);
  for (int32_t p = wb->first(), q = wb->next(); q != icu::BreakIterator::DONE;
       p = q, q = wb->next()) {
    Span s{u8[p], u8[q]};
    char c = text[s.begin];
    if (c == ' ' || c == '\n') continue;
    raw.push_back(s);
  }

  // 2. Indonesian joins.
  auto piece = [&](size_t i) { return text.substr(raw[i].begin, raw[i].size()); };
  auto adjacent = [&](size_t i) { return i + 1 < raw.size() && raw[i].end == raw[i + 1].begin; };
  std::vector<Span>& merged = buf.merged;
  std::vector<uint16_t>& extra = buf.extra;
  merged.clear();
  extra.clear();
  std::string& scratch = buf.scratch;
  for (size_t i = 0; i < raw.size(); ++i) {
    Span cur = raw[i];
    uint16_t flags = 0;
    while (adjacent(i)) {
      std::string_view next = piece(i + 1);
      std::string_view cur_text = text.substr(cur.begin, cur.size());
      bool joiner = (next == "-" || next == "/") && adjacent(i + 1);
      if (joiner) {
        char last = cur_text.back();
        char first = text[raw[i + 2].begin];
        bool ok = next == "-"
                      ? (IsAsciiAlnum(last) || static_cast<unsigned char>(last) >= 0x80) &&
                            (IsAsciiAlnum(first) || static_cast<unsigned char>(first) >= 0x80)
                      : (last >= '0' && last <= '9') && (first >= '0' && first <= '9');
        if (ok) {
          if (next == "-") flags |= kHyphenated;
          cur.end = raw[i + 2].end;
          i += 2;
          continue;
        }
      }
      if (next == "." && !(flags & kAbbrev)) {
        scratch.clear();
        FoldCase(cur_text, &scratch);
        scratch.push_back('.');
        if (abbreviations_.count(scratch) || IsSingleUpper(cur_text) ||
            IsLetterDotPattern(cur_text)) {
          flags |= kAbbrev;
          cur.end = raw[i + 1].end;
          i += 1;
          continue;
        }
      }
      break;
    }
    merged.push_back(cur);
    extra.push_back(flags);
  }

  // 3. Tokens, dropping those inside excluded spans.
  std::vector<Span>& excl = buf.excl;
  excl.assign(excluded.begin(), excluded.end());
  std::sort(excl.begin(), excl.end());
  size_t ex = 0;
  std::vector<bool>& break_before = buf.break_before;
  break_before.clear();
  out->tokens.reserve(merged.size());
  bool pending_break = false;
  for (size_t m = 0; m < merged.size(); ++m) {
    Span s = merged[m];
    while (ex < excl.size() && excl[ex].end <= s.begin) ++ex;
    if (ex < excl.size() && excl[ex].Overlaps(s)) {
      pending_break = true;
      continue;
    }
    Token t;
    t.span = s;
    std::string_view w = text.substr(s.begin, s.size());
    t.flags = ShapeFlags(w) | extra[m];
    if (extra[m] & kAbbrev) t.flags &= ~kNumber;
    if (s.begin == 0 || text[s.begin - 1] == ' ' || text[s.begin - 1] == '\n') {
      t.flags |= kSpaceBefore;
    }
    if (s.begin == 0 || text[s.begin - 1] == '\n') t.flags |= kLineStart;
    t.fold_begin = static_cast<uint32_t>(out->folded.size());
    FoldCase(w, &out->folded);
    t.fold_len = static_cast<uint16_t>(
        std::min<size_t>(out->folded.size() - t.fold_begin, 0xFFFF));
    if ((t.flags & kAlpha) && !(t.flags & kAbbrev)) {
      std::string_view f = out->Folded(t);
      for (std::string_view c : kClitics) {
        if (f.size() >= c.size() + 3 && f.substr(f.size() - c.size()) == c) {
          t.clitic_len = static_cast<uint16_t>(c.size());
          break;
        }
      }
    }
    break_before.push_back(pending_break);
    pending_break = false;
    out->tokens.push_back(t);
  }

  // 4. Sentences: ICU boundaries (minus those after non-final abbreviations),
  // line breaks and excluded spans.
  std::vector<uint32_t>& bounds = buf.bounds;
  bounds.clear();
  icu::BreakIterator* sb = state->sentences_.get();
  sb->setText(u);
  for (int32_t q = sb->next(); q != icu::BreakIterator::DONE; q = sb->next()) {
    bounds.push_back(u8[q]);
  }
  size_t b = 0;
  Sentence cur;
  const auto& toks = out->tokens;
  for (uint32_t k = 0; k < toks.size(); ++k) {
    bool starts = k == 0 || break_before[k] || toks[k].Has(kLineStart);
    if (k > 0) {
      const Token& prev = toks[k - 1];
      while (b < bounds.size() && bounds[b] < prev.span.end) ++b;
      bool icu_break = false;
      while (b < bounds.size() && bounds[b] <= toks[k].span.begin) {
        icu_break = true;
        ++b;
      }
      if (icu_break && prev.Has(kAbbrev)) {
        std::string_view f = out->Folded(prev);
        bool suppress = abbreviations_.count(std::string(f)) > 0 ||
                        (f.size() == 2 && f[0] >= 'a' && f[0] <= 'z');
        if (suppress) icu_break = false;
      }
      starts = starts || icu_break ||
               text.substr(prev.span.end, toks[k].span.begin - prev.span.end).find('\n') !=
                   std::string_view::npos;
    }
    if (starts && k > 0) {
      cur.last = k;
      cur.span.end = toks[k - 1].span.end;
      out->sentences.push_back(cur);
    }
    if (starts) {
      cur.first = k;
      cur.span.begin = toks[k].span.begin;
    }
  }
  if (!toks.empty()) {
    cur.last = static_cast<uint32_t>(toks.size());
    cur.span.end = toks.back().span.end;
    out->sentences.push_back(cur);
  }
}

}  // namespace warta
