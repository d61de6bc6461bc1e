#include "warta/extract/awards/award_extractor.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "warta/extract/awards/award_lexicon.h"
#include "warta/extract/awards/award_linker.h"

namespace warta {
namespace {

using R = AwardRole;
using Hit = AwardLexicon::Hit;

constexpr uint64_t B(R r) { return AwardLexicon::Bit(r); }
constexpr uint64_t kVerbRoles = B(R::kReceive) | B(R::kGive) | B(R::kPredicate) | B(R::kReceiveBy) |
                                B(R::kWonBy) | B(R::kGivenBy);
constexpr uint64_t kNounRoles = B(R::kNoun) | B(R::kWeakNoun) | B(R::kHeadNoun) | B(R::kActNoun);
constexpr uint64_t kAnchorRoles = kNounRoles | B(R::kSuffix) | B(R::kFamily) | B(R::kPredicate) |
                                  B(R::kStandaloneRank) | B(R::kRank);
// Cues that end a lower-case name or category.
constexpr uint64_t kLowerStops = kVerbRoles | kNounRoles | B(R::kGiver) | B(R::kRecipient) |
                                 B(R::kObject) | B(R::kCategory) | B(R::kStreak) |
                                 B(R::kScoreWord) | B(R::kStop) | B(R::kModal) |
                                 B(R::kDemonstrative) | B(R::kNegative) | B(R::kRank);

// The verb that governs the award phrases after it in a sentence.
struct Verb {
  R role = R::kReceive;
  uint32_t end = 0;  // one past the verb phrase
  std::optional<Span> subject;
  bool in_person = false;
  bool position = false;  // "menempati": a place in a ranking
  bool negated = false;
  bool subject_region = false;  // the subject names a region or its government
};

// Per-frame facts needed only while its sentence is parsed.
struct Pending {
  size_t frame = 0;
  uint32_t anchor = 0;    // first token of the award phrase (for clauses)
  uint32_t name_end = 0;  // one past the name's last token
  bool evidence = false;  // something says it was conferred
  bool negated = false;   // planned, failed, nominated, ...
  int group = -1;         // coordination group ("dua penghargaan A dan B")
};

struct NameResult {
  uint32_t begin = 0, end = 0;  // name tokens
  uint32_t after = 0;           // where the tail starts
  std::string name;
  std::string grade;    // a grade written after a family name ("SAKIP AA")
  std::string acronym;  // "Universal Health Coverage (UHC) Award": "UHC"
  int family = -1;
  bool capitalized = false;  // a proper name: capitalised, quoted or a family
};

class Finder {
 public:
  Finder(const AwardLexicon& lex, const AwardLexicon::Hits& hits, const TokenizedText& tt,
         std::string_view text, std::vector<AwardFrame>* frames)
      : lex_(lex), hits_(hits), tt_(tt), text_(text), frames_(*frames) {}

  void Run(const Sentence& s, uint32_t index, bool title) {
    first_ = s.first;
    last_ = s.last;
    sentence_ = s.span;
    index_ = index;
    title_ = title;
    last_stop_ = first_;
    verb_.reset();
    pending_.clear();
    pending_rank_.reset();
    year_.reset();
    groups_ = 0;
    negative_ = false;
    for (uint32_t i = first_; i < last_; ++i) negative_ |= hits_.Has(i, R::kNegative);
    for (uint32_t i = first_; i < last_;) i = Step(i);
    Finish();
  }

 private:
  // ---- tokens ----
  const Token& T(uint32_t i) const { return tt_.tokens[i]; }
  std::string_view Str(uint32_t i) const { return text_.substr(T(i).span.begin, T(i).span.size()); }
  std::string_view Text(uint32_t b, uint32_t e) const {
    return text_.substr(T(b).span.begin, T(e - 1).span.end - T(b).span.begin);
  }
  Span SpanOf(uint32_t b, uint32_t e) const { return Span{T(b).span.begin, T(e - 1).span.end}; }
  bool Is(uint32_t i, R r, Hit* h = nullptr) const { return i < last_ && hits_.Find(i, r, h); }
  bool Any(uint32_t i, uint64_t roles) const { return i < last_ && (hits_.Mask(i) & roles) != 0; }
  bool IsCap(uint32_t i) const {
    return i < last_ && (T(i).Has(kCapitalized) || T(i).Has(kAllCaps));
  }
  bool IsStr(uint32_t i, std::string_view s) const { return i < last_ && Str(i) == s; }
  bool IsOpenQuote(uint32_t i) const {
    return IsStr(i, "\"") || IsStr(i, "\xE2\x80\x9C") || IsStr(i, "'") || IsStr(i, "\xE2\x80\x98");
  }
  bool IsCloseQuote(uint32_t i) const {
    return IsStr(i, "\"") || IsStr(i, "\xE2\x80\x9D") || IsStr(i, "'") || IsStr(i, "\xE2\x80\x99");
  }
  bool IsNoun(uint32_t i) const { return Any(i, kNounRoles); }

  static int Digits(std::string_view s) {
    if (s.empty() || s.size() > 4) return -1;
    int v = 0;
    for (char c : s) {
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }
  int Year(uint32_t i) const {
    if (i >= last_ || !T(i).Has(kDigits) || T(i).span.size() != 4) return 0;
    int v = Digits(Str(i));
    return v >= 1900 && v <= 2099 ? v : 0;
  }
  // A small number written with digits or as "ke-N".
  int SmallNumber(uint32_t i) const {
    if (i >= last_) return 0;
    std::string_view f = tt_.Folded(T(i));
    if (f.size() > 3 && f.substr(0, 3) == "ke-") f.remove_prefix(3);
    int v = Digits(f);
    return v >= 1 && v <= 100 ? v : 0;
  }
  bool Number(uint32_t i, R role, int* v, uint32_t* end) const {
    Hit h;
    if (Is(i, role, &h)) {
      *v = lex_.entry(h.entry).value;
      *end = h.end;
      return true;
    }
    if (int n = SmallNumber(i)) {
      *v = n;
      *end = i + 1;
      return true;
    }
    return false;
  }

  // ---- runs ----
  // Index of the ')' closing a '(' at i within a few tokens, or 0.
  uint32_t CloseParen(uint32_t i) const {
    if (!IsStr(i, "(")) return 0;
    for (uint32_t k = i + 1; k < last_ && k < i + 7; ++k) {
      if (IsStr(k, ")")) return k > i + 1 ? k : 0;
    }
    return 0;
  }
  bool TailStart(uint32_t k) const {
    int v;
    uint32_t e;
    Hit h;
    return (Is(k, R::kYear) && Year(k + 1)) || Year(k) ||
           (Is(k, R::kRank, &h) && Number(h.end, R::kOrdinal, &v, &e)) ||
           Is(k, R::kStandaloneRank) || Is(k, R::kCategory) || Any(k, kVerbRoles) ||
           Is(k, R::kGiver);
  }
  // A capitalised run from a: an award name (tail words end it) or an entity.
  // `split` ends it at "dan"/"serta", for "dua penghargaan A dan B".
  uint32_t CapRun(uint32_t a, bool name, bool split) const {
    uint32_t k = a, end = a, before_dan = 0;
    while (k < last_ && k < a + 20) {
      if (IsCap(k)) {
        if (k > a &&
            (name ? TailStart(k) : (Any(k, kVerbRoles) || (Is(k, R::kYear) && Year(k + 1)))))
          break;
        end = ++k;
        continue;
      }
      if (uint32_t close = CloseParen(k)) {
        // An inner acronym stays in a name ("Unit Pemberantas Pungli (UPP) Bebas
        // Pungli"); a final one ends a name (the tail reads it) but stays in an
        // entity ("Institut Teknologi Bandung (ITB)").
        if (!name || (IsCap(close + 1) && !TailStart(close + 1))) {
          k = end = close + 1;
          continue;
        }
        break;
      }
      // "Kota dengan Pelayanan", "Leader of the Year": connectors (two at
      // most) between capitalised words.
      uint32_t c = k;
      while (c < k + 2 && Is(c, R::kConnector) && !(split && IsStr(c, "dan"))) ++c;
      if (c > k && IsCap(c) && !IsNoun(c) && !(name && TailStart(c))) {
        if (IsStr(k, "dan")) before_dan = end;
        k = c;
        continue;
      }
      break;
    }
    // "penghargaan Best National Costume dan Ariska Putri juga menjadi ...":
    // what follows "dan" is the subject of a new clause.
    if (before_dan && (Any(end, kVerbRoles) || Is(end, R::kAdverb) || Is(end, R::kModal))) {
      return before_dan;
    }
    return end;
  }
  // A lower-case run that may be a name; ends at any cue word.
  uint32_t LowerRun(uint32_t a, uint32_t max) const {
    uint32_t k = a;
    while (k < last_ && k < a + max && T(k).Has(kAlpha) && !IsCap(k) && !Any(k, kLowerStops) &&
           !(Is(k, R::kYear) && Year(k + 1)) && !Is(k, R::kConnector)) {
      ++k;
    }
    return k;
  }
  bool HasRole(uint32_t b, uint32_t e, R r) const {
    for (uint32_t k = b; k < e; ++k) {
      if (hits_.Has(k, r)) return true;
    }
    return false;
  }
  std::optional<Span> Entity(uint32_t a, uint32_t* end) const {
    *end = a;
    if (!IsCap(a) || Any(a, kVerbRoles)) return std::nullopt;
    *end = CapRun(a, /*name=*/false, false);
    if (Is(a, R::kPronoun) && *end == a + 1) return std::nullopt;
    return SpanOf(a, *end);
  }

  // "Universal Health Coverage (UHC) Awards": an acronym of the words before
  // it, followed only by the award suffix, is the award's acronym, not part of
  // its name ("Unit Pemberantas Pungli (UPP) Bebas Pungli" keeps its inner one).
  void DropAcronym(uint32_t j, uint32_t end, NameResult* out) const {
    out->name.clear();
    for (uint32_t k = j + 1; k < end; ++k) {
      uint32_t close = CloseParen(k);
      if (!close || close + 1 >= end) continue;
      for (uint32_t s = close + 1; s < end; ++s) {
        if (!Is(s, R::kSuffix)) return;
      }
      out->acronym = std::string(Text(k + 1, close));
      out->name = std::string(Text(j, k)) + " " + std::string(Text(close + 1, end));
      Hit fam;
      if (Is(j, R::kFamily, &fam)) out->family = static_cast<int>(lex_.entry(fam.entry).family);
      return;
    }
  }

  // The name after an award noun, or a family name at j.
  bool Name(uint32_t j, bool split, NameResult* out) const {
    out->begin = j;
    out->family = -1;
    if (IsOpenQuote(j)) {
      for (uint32_t k = j + 1; k < last_ && k < j + 20; ++k) {
        if (IsCloseQuote(k)) {
          if (k == j + 1) return false;
          out->end = k;
          out->after = k + 1;
          out->name = std::string(Text(j + 1, k));
          out->begin = j + 1;
          out->capitalized = true;
          return true;
        }
      }
      return false;
    }
    Hit fam;
    // "Piala Adipura", "Trofi Adiwiyata Mandiri": the family is the name, the
    // head noun before it is the trigger.
    Hit head;
    if (Is(j, R::kHeadNoun, &head) && Is(head.end, R::kFamily)) {
      j = head.end;
      out->begin = j;
    }
    uint32_t fam_end = Is(j, R::kFamily, &fam) ? fam.end : j;
    uint32_t end = std::max(fam_end, IsCap(j) ? CapRun(j, true, split) : j);
    bool extended = false;
    if (fam_end > j && end == fam_end && !IsCap(fam_end - 1)) {
      // "predikat kepatuhan tinggi standar pelayanan publik": a family
      // written in lower case goes on in lower case.
      uint32_t e = LowerRun(fam_end, 5);
      extended = e > end;
      end = e;
    }
    if (end > j) {
      out->end = out->after = end;
      out->capitalized = true;
      DropAcronym(j, end, out);
      if (!out->name.empty()) return true;
      if (fam_end > j) {
        out->family = static_cast<int>(lex_.entry(fam.entry).family);
        // Names are kept as written, except acronyms ("opini WTP", "SAKIP
        // AA"), which give the family's full name; grades after it are grades.
        bool acronym = false;
        for (uint32_t k = j; k < fam_end; ++k) acronym |= T(k).Has(kAllCaps);
        uint32_t k = fam_end;
        Hit g;
        while (k < end && (Is(k, R::kGrade, &g) || Is(k, R::kMarkedGrade, &g)) && g.end <= end) {
          out->grade = lex_.entry(g.entry).text;
          k = g.end;
        }
        if (acronym && k == end && !extended) {
          out->name = lex_.family(out->family).canonical;
        } else {
          out->name = std::string(Text(j, end));
        }
      } else {
        out->name = std::string(Text(j, end));
        for (uint32_t k = j; k < end && out->family < 0; ++k) {
          if (Is(k, R::kFamily, &fam) && fam.end <= end) {
            out->family = static_cast<int>(lex_.entry(fam.entry).family);
          }
        }
      }
      return true;
    }
    // A lower-case name counts only with a superlative or grade in it
    // ("penghargaan kota terbersih", "predikat kepatuhan tinggi").
    end = LowerRun(j, 6);
    while (end > j && !Is(end - 1, R::kTitleWord) && !Is(end - 1, R::kGrade)) --end;
    if (end == j) {
      Hit g;
      if (Is(j, R::kGrade, &g)) end = g.end;
    }
    // "piala terbanyak": one word is not a name, unless it is a grade.
    if (end < j + 2 && !(end > j && Is(j, R::kGrade))) return false;
    out->end = out->after = end;
    out->capitalized = false;
    out->name = std::string(Text(j, end));
    // "predikat kepatuhan sedang": a family's level written in lower case is
    // still that family (its giver and year are shared with its siblings).
    for (uint32_t k = j; k < end && out->family < 0; ++k) {
      if (Is(k, R::kFamily, &fam) && fam.end <= end) {
        out->family = static_cast<int>(lex_.entry(fam.entry).family);
      }
    }
    return true;
  }

  // ---- attributes ----
  bool Grade(uint32_t k, bool marked_ok, std::string* grade, uint32_t* end) const {
    Hit h;
    if (Is(k, R::kGrade, &h) || (marked_ok && Is(k, R::kMarkedGrade, &h))) {
      *grade = lex_.entry(h.entry).text;
      *end = h.end;
      return true;
    }
    return false;
  }
  // "10 tahun berturut-turut", "untuk kelima kalinya secara berturut-turut".
  bool Streak(uint32_t k, int* v, uint32_t* end) const {
    if (Is(k, R::kStop) || Is(k, R::kModal) || Is(k, R::kRecipient)) {
      if (Streak(k + 1, v, end)) return true;
    }
    uint32_t e;
    Hit h;
    if (!Number(k, R::kCardinal, v, &e) || !Is(e, R::kStreakUnit, &h)) return false;
    e = h.end;
    if (Is(e, R::kAdverb, &h)) e = h.end;
    if (!Is(e, R::kStreak, &h)) return false;
    *end = h.end;
    return true;
  }
  // The category after "kategori" at a: a known category, a grade, or words.
  uint32_t Category(AwardFrame* f, uint32_t a) const {
    Hit h;
    std::string grade;
    uint32_t e;
    if (Is(a, R::kCategoryValue, &h)) {
      if (f->award.category.empty()) f->award.category = lex_.entry(h.entry).text;
      if (HasRole(a, h.end, R::kRegionWord)) f->hint = RecipientHint::kRegion;
      return h.end;
    }
    if (Grade(a, true, &grade, &e)) {
      if (f->award.grade.empty()) f->award.grade = grade;
      return e;
    }
    uint32_t k = a;
    while (k < last_ && k < a + 6 && (T(k).Has(kAlpha) || T(k).Has(kHasDigit)) &&
           !Any(k, kLowerStops & ~B(R::kRank)) && !Is(k, R::kConnector) &&
           !(Is(k, R::kYear) && Year(k + 1)) && !Year(k)) {
      ++k;
    }
    if (k > a) {
      if (f->award.category.empty()) f->award.category = std::string(Text(a, k));
      if (HasRole(a, k, R::kRegionWord)) f->hint = RecipientHint::kRegion;
    }
    return k;
  }
  bool NextIsVerb(uint32_t k) const {
    Hit h;
    while (k < last_ && Is(k, R::kAdverb, &h)) k = h.end;
    return Any(k, kVerbRoles);
  }
  // "akan menerima", "gagal membawa Juve meraih": a modal up to four words
  // before the verb, within the same stretch of words.
  bool ModalBefore(uint32_t v) const {
    for (uint32_t k = v, n = 0; n < 4 && k > first_; ++n, --k) {
      if (T(k - 1).Has(kPunct) || hits_.Has(k - 1, R::kClause)) return false;
      if (hits_.Has(k - 1, R::kModal)) return true;
    }
    return false;
  }

  // Reads what follows an award's name; fills only what is still missing.
  // Returns the first token it did not understand.
  uint32_t Tail(AwardFrame* f, Pending* p, uint32_t k, uint32_t* mention_end) const {
    Award& w = f->award;
    bool contiguous = true;
    auto grow = [&](uint32_t e) {
      if (contiguous) *mention_end = e;
    };
    while (k < last_) {
      Hit h;
      int v;
      uint32_t e;
      std::string grade;
      if (k == p->name_end && CloseParen(k)) {
        e = CloseParen(k);
        if (w.acronym.empty()) w.acronym = std::string(Text(k + 1, e));
        k = e + 1;
        grow(k);
        continue;
      }
      if (Is(k, R::kYear) && Year(k + 1)) {
        if (!w.year) w.year = Year(k + 1);
        k += 2;
        grow(k);
        continue;
      }
      if (k == *mention_end && Year(k)) {
        if (!w.year) w.year = Year(k);
        grow(++k);
        continue;
      }
      if (Is(k, R::kStandaloneRank, &h)) {
        if (!w.rank) w.rank = lex_.entry(h.entry).value;
        grow(k = h.end);
        continue;
      }
      if (Is(k, R::kRank, &h) && Number(h.end, R::kOrdinal, &v, &e)) {
        if (!w.rank) w.rank = v;
        grow(k = e);
        continue;
      }
      if (Streak(k, &v, &e)) {
        if (!w.streak) w.streak = v;
        k = e;
        contiguous = false;
        continue;
      }
      if (Is(k, R::kCategory, &h)) {
        e = Category(f, h.end);
        if (e > h.end) {
          grow(k = e);
          continue;
        }
      }
      if (Is(k, R::kNameIntro, &h) && (Is(h.end, R::kStandaloneRank) || Is(h.end, R::kRank))) {
        k = h.end;  // "sebagai runner-up", "sebagai juara 1"
        continue;
      }
      if (Is(k, R::kGradeMarker, &h) && Grade(h.end, true, &grade, &e)) {
        if (w.grade.empty()) w.grade = grade;
        grow(k = e);
        continue;
      }
      if (Grade(k, false, &grade, &e)) {
        if (w.grade.empty()) w.grade = grade;
        grow(k = e);
        continue;
      }
      if (Is(k, R::kScoreWord, &h)) {
        k = h.end;
        if (k < last_ && T(k).Has(kNumber)) ++k;
        contiguous = false;
        continue;
      }
      if (Is(k, R::kGiver, &h) || Is(k, R::kGivenBy, &h)) {
        uint32_t a = h.end;
        bool passive = lex_.entry(h.entry).role == R::kGivenBy;
        if (passive && ModalBefore(k)) p->negated = true;
        if (passive && Is(a, R::kGiver, &h)) a = h.end;  // "diserahkan ... oleh"
        std::optional<Span> who = Entity(a, &e);
        if (!who && !passive) break;
        if (who && !f->giver) f->giver = who;
        p->evidence = true;
        k = std::max(e, a);
        contiguous = false;
        continue;
      }
      if (Is(k, R::kWonBy, &h) || Is(k, R::kReceiveBy, &h)) {
        bool by = lex_.entry(h.entry).role == R::kReceiveBy;
        if (ModalBefore(k)) p->negated = true;
        uint32_t a = h.end;
        if (Is(a, R::kGiver, &h)) a = h.end;
        std::optional<Span> who = Entity(a, &e);
        if (who && by && !f->received_by) f->received_by = who;
        if (who && !by && !f->recipient) f->recipient = who;
        p->evidence = true;
        k = std::max(e, a);
        contiguous = false;
        continue;
      }
      if (Is(k, R::kRecipient, &h)) {
        std::optional<Span> who = Entity(h.end, &e);
        if (who) {
          if (!f->recipient) f->recipient = who;
          k = e;
          contiguous = false;
          continue;
        }
      }
      if (Is(k, R::kObject, &h)) {
        // "atas Laporan Keuangan ... Kota Pontianak": what it was for.
        e = CapRun(h.end, false, false);
        if (e == h.end) e = LowerRun(h.end, 4);
        if (e == h.end) break;
        if (HasRole(h.end, e, R::kRegionPrefix) && f->hint == RecipientHint::kNone) {
          f->hint = RecipientHint::kRegion;
        }
        k = e;
        contiguous = false;
        continue;
      }
      if (Is(k, R::kModal) && NextIsVerb(k + 1)) {
        p->negated = true;
        ++k;
        continue;
      }
      if (Is(k, R::kDemonstrative, &h) || Is(k, R::kAdverb, &h)) {
        k = h.end;
        contiguous = false;
        continue;
      }
      break;
    }
    return k;
  }

  // ---- frames ----
  size_t NewFrame(const NameResult& n, uint32_t anchor, const std::string& rule, bool strong,
                  int group) {
    AwardFrame f;
    f.award.name = n.name;
    f.family = n.family;
    f.award.provenance.rule = rule;
    f.award.provenance.confidence =
        strong && n.capitalized ? Confidence::kHigh : Confidence::kMedium;
    if (!n.acronym.empty()) f.award.acronym = n.acronym;
    if (n.family >= 0) {
      const AwardFamily& fam = lex_.family(n.family);
      if (f.award.acronym.empty()) f.award.acronym = fam.acronym;
      if (fam.recipient == RecipientKind::kRegion) f.hint = RecipientHint::kRegion;
      if (fam.recipient == RecipientKind::kPerson) f.hint = RecipientHint::kPerson;
    }
    if (n.end > n.begin) {
      if (hits_.Has(n.begin, R::kRegionWord)) {
        f.region_override = true;
        f.hint = RecipientHint::kRegion;
      } else if (HasRole(n.begin, n.end, R::kPersonal)) {
        f.hint = RecipientHint::kPerson;
      } else if (HasRole(n.begin, n.end, R::kRegionWord)) {
        f.hint = RecipientHint::kRegion;
      }
      f.award.grade = n.grade;
      std::string grade;
      uint32_t e;
      f.grade_only = n.family < 0 && Grade(n.begin, true, &grade, &e) && e == n.end;
      for (uint32_t k = n.begin; k < n.end && f.award.grade.empty(); ++k) {
        if (Grade(k, false, &grade, &e) && e <= n.end) f.award.grade = grade;
      }
      // The key ignores award nouns: "Predikat Kepatuhan Tinggi" in the
      // body and "Kepatuhan Tinggi" in the title are one award.
      for (uint32_t k = n.begin; k < n.end; ++k) {
        if (IsNoun(k) || T(k).Has(kPunct)) continue;
        if (!f.key.empty()) f.key += ' ';
        f.key += tt_.Folded(T(k));
      }
    }
    if (pending_rank_) {
      f.award.rank = pending_rank_;
      pending_rank_.reset();
    }
    Pending p;
    p.frame = frames_.size();
    p.anchor = anchor;
    p.name_end = n.end;
    p.group = group;
    p.negated = negative_;
    if (verb_) {
      p.negated |= verb_->negated;
      // A weak anchor ("trofi", a family name) counts only right after its
      // verb: "meraih trofi X", not "meraih kemenangan ... di Piala X".
      p.evidence = !verb_->negated && (strong || anchor <= verb_->end + 3);
      // "menempati peringkat kedua Liga X" is a standing, "berada di zona
      // hijau" / "predikat kepatuhan sedang" a grade of a family.
      if (verb_->position && !strong) {
        std::string grade;
        uint32_t grade_end;
        p.evidence = p.evidence && (n.family >= 0 || !n.grade.empty() || n.end == n.begin ||
                                    Grade(n.begin, true, &grade, &grade_end));
      }
      if (verb_->role == R::kGive) {
        f.giver = verb_->subject;
      } else {
        f.subject = verb_->subject;
        f.subject_in_person = verb_->in_person;
        // "Pemkab Sleman meraih penghargaan Kabupaten Sehat": the subject is
        // the region already; the override is for "Wali Kota menerima ...".
        if (verb_->subject_region) f.region_override = false;
      }
    }
    uint32_t mention_end = n.end;
    frames_.push_back(std::move(f));
    pending_.push_back(p);
    AwardFrame& fr = frames_.back();
    last_stop_ = Tail(&fr, &pending_.back(), n.after, &mention_end);
    if (!fr.award.year && year_) fr.award.year = year_;
    if (n.end > n.begin) fr.award.mentions.push_back(SpanOf(n.begin, std::max(mention_end, n.end)));
    return frames_.size() - 1;
  }

  // After a frame: list items and coordinated names ("A dari X, B dari Y").
  void Continue(int group, bool split, Pending head, const std::string& rule) {
    for (;;) {
      uint32_t k = last_stop_;
      if (IsStr(k, ",")) ++k;
      if (IsStr(k, "dan") || IsStr(k, "serta")) ++k;
      if (k == last_stop_ || k >= last_ || IsNoun(k) || Is(k, R::kFamily) || !IsCap(k)) return;
      NameResult n;
      if (!Name(k, split, &n)) return;
      if (!split) {
        // A list item without an award noun needs its own giver or an award
        // word to count: "Top Pembina BUMD dari Majalah Top Business".
        Hit h;
        uint32_t e;
        bool giver = Is(n.end, R::kGiver, &h) && Entity(h.end, &e);
        if (!giver && n.family < 0 && !HasRole(n.begin, n.end, R::kSuffix) &&
            !HasRole(n.begin, n.end, R::kTitleWord)) {
          return;
        }
      }
      size_t before = pending_.size();
      NewFrame(n, k, rule, false, group);
      Pending& p = pending_[before];
      p.evidence |= head.evidence;
      p.negated |= head.negated;
      if (split) {
        AwardFrame& f = frames_[p.frame];
        const AwardFrame& h = frames_[head.frame];
        if (f.award.category.empty()) f.award.category = h.award.category;
        if (f.hint == RecipientHint::kNone) f.hint = h.hint;
      }
    }
  }

  uint32_t NounAnchor(uint32_t i) {
    Hit noun;
    for (R r : {R::kNoun, R::kWeakNoun, R::kHeadNoun, R::kActNoun}) {
      if (Is(i, r, &noun)) break;
    }
    const AwardEntry& trig = lex_.entry(noun.entry);
    Hit fam;
    if (Is(i, R::kFamily, &fam) && fam.end > noun.end)
      return FamilyAnchor(i, trig.role == R::kNoun);
    bool split = false;
    Hit c;
    if (i > first_ && hits_.Find(i - 1, R::kCount, &c) && lex_.entry(c.entry).value >= 2) {
      split = true;
    }
    uint32_t j = noun.end;
    // "Piala Citra", "Trofi Adipura": a capitalised weak noun heads the name.
    const bool not_award = Is(j, R::kNotAward);  // "gelar Sarjana Hukum"
    if (trig.role == R::kHeadNoun && IsCap(i) && IsCap(j) && !Is(j, R::kOrdinal) &&
        !Is(j, R::kCategory)) {
      j = i;
    }
    Hit h;
    std::optional<int> rank;
    std::string category;
    bool category_region = false;
    int v;
    uint32_t e;
    if (Is(j, R::kNameIntro, &h)) j = h.end;
    if (Is(j, R::kOrdinal, &h) && Number(j, R::kOrdinal, &v, &e)) {
      rank = v;  // "Predikat Kedua Kepatuhan Tinggi"
      j = e;
    }
    if (Is(j, R::kCategory, &h) && Is(h.end, R::kCategoryValue, &c)) {
      // "penghargaan kategori Kota Sedang dengan ...": the category opens the name.
      category = lex_.entry(c.entry).text;
      category_region = HasRole(h.end, c.end, R::kRegionWord);
      j = h.end;
    }
    NameResult n;
    if (!Name(j, split, &n)) {
      Anaphor(i, noun.end);
      return std::max(noun.end, j);
    }
    // "ajang penghargaan Golden Globes": a ceremony; "gelar Sarjana": a degree.
    // A name that is only a letter grade ("mendapat predikat A") says too little.
    Hit g;
    bool only_grade = Is(n.begin, R::kMarkedGrade, &g) && g.end == n.end;
    if ((i > first_ && hits_.Has(i - 1, R::kVenue)) || not_award || only_grade ||
        Is(n.begin, R::kNotAward)) {
      return n.after;
    }
    int group = split ? groups_++ : -1;
    size_t fi = NewFrame(n, i, trig.rule, trig.role == R::kNoun, group);
    Pending& p = pending_.back();
    if (trig.role == R::kNoun && n.capitalized) p.evidence = true;
    AwardFrame& f = frames_[fi];
    if (rank && !f.award.rank) f.award.rank = rank;
    if (!category.empty()) {
      f.award.category = category;
      if (category_region && f.hint == RecipientHint::kNone) f.hint = RecipientHint::kRegion;
    }
    Pending head = p;
    Continue(group, split, head, split ? "award.coordination" : "award.list_item");
    ShareGroupGiver(group);
    return std::max(last_stop_, n.after);
  }

  uint32_t FamilyAnchor(uint32_t i, bool strong) {
    NameResult n;
    if (!Name(i, false, &n)) return i + 1;
    // "penghargaan Pembangunan Daerah": the family's own name, not the noun.
    if (IsNoun(i) && !IsCap(i) && n.family >= 0) n.name = lex_.family(n.family).canonical;
    const AwardFamily& fam = lex_.family(n.family >= 0 ? n.family : 0);
    NewFrame(n, i, fam.rule, strong, -1);
    Pending& p = pending_.back();
    if (strong) p.evidence = true;
    Continue(-1, false, p, "award.list_item");
    return std::max(last_stop_, n.after);
  }

  uint32_t SuffixAnchor(uint32_t i) {
    uint32_t b = i;
    while (b > first_ && (IsCap(b - 1) || T(b - 1).Has(kHasDigit)) && !IsNoun(b - 1) &&
           !Any(b - 1, kVerbRoles) && !Is(b - 1, R::kPronoun)) {
      --b;
    }
    if (b == i) return i + 1;
    NameResult n;
    n.begin = b;
    n.end = n.after = i + 1;
    n.name = std::string(Text(b, i + 1));
    n.capitalized = true;
    Hit h;
    Is(i, R::kSuffix, &h);
    NewFrame(n, b, lex_.entry(h.entry).rule, false, -1);
    Continue(-1, false, pending_.back(), "award.list_item");
    return std::max(last_stop_, i + 1);
  }

  uint32_t RankAnchor(uint32_t i) {
    Hit h;
    int v = 0;
    uint32_t e = i + 1;
    if (Is(i, R::kStandaloneRank, &h)) {
      v = lex_.entry(h.entry).value;
      e = h.end;
    } else if (!(Is(i, R::kRank, &h) && Number(h.end, R::kOrdinal, &v, &e))) {
      return i + 1;
    }
    if (!verb_ || verb_->negated) return e;
    pending_rank_ = v;
    if (IsNoun(e) || Is(e, R::kFamily)) return e;
    NameResult n;
    n.begin = e;
    if (IsCap(e)) {
      n.end = CapRun(e, true, false);
    } else if (Is(e, R::kContest)) {
      n.end = LowerRun(e, 6);
    } else {
      n.end = e;
    }
    if (n.end == e) return Elliptical(i, e, lex_.entry(h.entry).rule);
    n.after = n.end;
    n.name = std::string(Text(e, n.end));
    n.capitalized = IsCap(e);
    NewFrame(n, i, lex_.entry(h.entry).rule, false, -1);
    return std::max(last_stop_, n.end);
  }

  // "Kota Serang meraih peringkat kedua (kategori kota)": a rank with a
  // region subject and no name; the name comes later from the award said
  // before it (ResolveElliptical), else the frame is dropped.
  uint32_t Elliptical(uint32_t i, uint32_t e, const std::string& rule) {
    if (!verb_->subject || RegionIn(verb_->subject).empty() || title_) return e;
    NameResult n;
    n.begin = n.end = n.after = e;
    NewFrame(n, i, rule, false, -1);
    AwardFrame& f = frames_.back();
    f.elliptical = true;
    f.award.mentions.push_back(SpanOf(i, std::max(last_stop_, e)));
    return std::max(last_stop_, e);
  }

  uint32_t VerbAt(uint32_t i) {
    Hit h;
    for (R r : {R::kPredicate, R::kReceive, R::kGive, R::kReceiveBy, R::kWonBy, R::kGivenBy}) {
      if (Is(i, r, &h)) break;
    }
    const AwardEntry& v = lex_.entry(h.entry);
    if (v.role == R::kReceiveBy || v.role == R::kWonBy || v.role == R::kGivenBy) {
      // A passive verb away from its award: "Penghargaan X untuk ... yang
      // diraih Kabupaten Y". It completes the last frame of the sentence.
      if (pending_.empty()) return h.end;
      Pending& p = pending_.back();
      uint32_t mention_end = 0;
      uint32_t stop = Tail(&frames_[p.frame], &p, i, &mention_end);
      return std::max(stop, h.end);
    }
    Verb verb;
    verb.role = v.role;
    verb.in_person = v.in_person;
    verb.position = v.position;
    verb.end = h.end;
    verb.negated = ModalBefore(i);
    if (!v.no_subject) verb.subject = SubjectBefore(i);
    if (!v.no_subject && !verb.subject && i > first_ && IsStr(i - 1, "yang")) {
      verb.subject = RelativeHead(i - 1);
    }
    if (verb.subject) {
      for (uint32_t k = first_; k < i; ++k) {
        if (T(k).span.begin == verb.subject->begin) {
          verb.subject_region = hits_.Has(k, R::kRegionPrefix) || hits_.Has(k, R::kRegionWord);
        }
      }
    }
    verb_ = verb;
    if (v.role != R::kPredicate) return h.end;
    // "dinobatkan sebagai Kota Terinovatif": the complement is the award.
    uint32_t j = h.end;
    if (IsNoun(j) || Is(j, R::kFamily) || Is(j, R::kRank) || Is(j, R::kStandaloneRank)) {
      return j;
    }
    NameResult n;
    if (!Name(j, false, &n)) return j;
    if (!v.champion && n.capitalized && n.family < 0 && !HasRole(n.begin, n.end, R::kTitleWord) &&
        !HasRole(n.begin, n.end, R::kSuffix)) {
      return j;  // "terpilih sebagai Ketua DPRD": an office, not an award
    }
    if (v.champion && !pending_rank_) pending_rank_ = 1;
    NewFrame(n, j, v.rule, false, -1);
    Continue(-1, false, pending_.back(), "award.list_item");
    return std::max(last_stop_, n.after);
  }

  // A degree or abbreviation written after a name ("M.M.", "M.Si", "S.E.").
  bool Degree(uint32_t i) const {
    return IsCap(i) && (T(i).Has(kAbbrev) || Str(i).find('.') != std::string_view::npos);
  }

  // "Kabupaten Bangka Tengah menjadi satu-satunya daerah di Provinsi X yang
  // meraih ...": a relative clause without a subject of its own is said of
  // the region (with its level word) that opens the sentence.
  std::optional<Span> RelativeHead(uint32_t yang) const {
    for (uint32_t k = first_; k < yang; ++k) {
      Hit h;
      if (!hits_.Find(k, R::kRegionPrefix, &h) || !IsCap(k)) continue;
      uint32_t e = h.end;
      while (e < yang && IsCap(e) && e < h.end + 4) ++e;
      if (e == h.end || !hits_.Has(h.end, R::kRegionName)) return std::nullopt;
      // Only the sentence's own subject (after a dateline's dash at most).
      if (k > first_ && !IsStr(k - 1, "-") && !IsStr(k - 1, ",")) return std::nullopt;
      return SpanOf(k, e);
    }
    return std::nullopt;
  }

  std::optional<Span> SubjectBefore(uint32_t v) const {
    uint32_t end = v;
    while (end > first_ && (hits_.Has(end - 1, R::kAdverb) || hits_.Has(end - 1, R::kModal))) {
      --end;
    }
    // "..., yakni Kabupaten A dan Kota B, meraih": an apposition before the verb.
    const bool apposition = end > first_ + 1 && IsStr(end - 1, ",") && IsCap(end - 2);
    if (apposition) --end;
    // Never back into the award phrase read before ("Kota A meraih X dan
    // Kabupaten B meraih Y": B's subject starts after X).
    const uint32_t floor = last_stop_ > first_ && last_stop_ <= end ? last_stop_ : first_;
    uint32_t b = end;
    while (b > floor && end - b < 12) {
      uint32_t t = b - 1;
      if (IsCap(t) && !Any(t, kVerbRoles)) {
        b = t;
        continue;
      }
      // "SMP Negeri 2 Kramatwatu", "SMA Negeri 3": a number inside a name.
      if (T(t).Has(kDigits) && t > floor && IsCap(t - 1) && !Year(t)) {
        b = t;
        continue;
      }
      // "Bupati X, M.M., menerima": degrees after a comma end the name.
      if (IsStr(t, ",") && t > floor && b < end && Degree(b)) {
        b = t;
        continue;
      }
      if (IsStr(t, ")")) {
        uint32_t open = t;
        while (open > first_ && open + 6 > t && !IsStr(open, "(")) --open;
        if (IsStr(open, "(") && open > first_) {
          b = open;
          continue;
        }
      }
      if (Is(t, R::kConnector) && t > floor && IsCap(t - 1) && IsCap(b)) {
        b = t;
        continue;
      }
      break;
    }
    // "Usai meraih ...", "Setelah mendapat ...": a capitalised function word
    // opening the sentence is not the subject.
    while (b < end && (hits_.Has(b, R::kStop) || hits_.Has(b, R::kClause) || IsStr(b, ","))) ++b;
    // "Pemerintah Kota Palangka Raya, Kalimantan Tengah, meraih": the place
    // after the comma describes the subject before it.
    if (apposition && b > floor + 1 && IsStr(b - 1, ",") && IsCap(b - 2) && !Degree(b)) {
      if (std::optional<Span> before = SubjectBefore(b - 1)) return before;
    }
    // Drop the degrees at the end: "Bupati X, M.M." is "Bupati X".
    while (end > b + 1 && (Degree(end - 1) || IsStr(end - 1, ","))) --end;
    // "Tiga daerah di Provinsi Jambi meraih ...": a place, not the subject.
    if (b < end && b > first_ && hits_.Has(b - 1, R::kLocative)) return std::nullopt;
    if (b == end || (end - b == 1 && Is(b, R::kPronoun))) return std::nullopt;
    return SpanOf(b, end);
  }

  // "Penganugerahan dari Ombudsman RI tersebut diterima Sekda ...": an award
  // noun without a name, pointing back with a demonstrative, completes the
  // last award of the previous sentences.
  void Anaphor(uint32_t noun, uint32_t j) {
    if (title_ || negative_ || frames_.empty() || last_frame_sentence_ + 2 < index_) return;
    bool demonstrative = false;
    for (uint32_t k = j; k < last_ && k < j + 8 && !Any(k, kVerbRoles); ++k) {
      if (Is(k, R::kDemonstrative)) demonstrative = true;
    }
    if (!demonstrative || ModalBefore(noun)) return;
    AwardFrame& f = frames_.back();
    Pending p;
    p.name_end = j;
    uint32_t mention_end = 0;
    uint32_t stop = Tail(&f, &p, j, &mention_end);
    if (p.negated) return;
    f.sentences.push_back(sentence_);
    f.clauses.push_back(SpanOf(noun, std::max(stop, noun + 1)));
  }

  void ShareGroupGiver(int group) {
    if (group < 0) return;
    std::optional<Span> giver;
    for (auto it = pending_.rbegin(); it != pending_.rend(); ++it) {
      if (it->group != group) continue;
      AwardFrame& f = frames_[it->frame];
      if (f.giver) {
        giver = f.giver;
      } else if (giver) {
        f.giver = giver;
      }
    }
  }

  uint32_t Step(uint32_t i) {
    if (hits_.Has(i, R::kYear) && Year(i + 1)) {
      year_ = Year(i + 1);
      return i + 2;
    }
    if (Any(i, kVerbRoles)) return VerbAt(i);
    if (hits_.Has(i, R::kClause)) {
      verb_.reset();
      pending_rank_.reset();
      return i + 1;
    }
    if (hits_.Has(i, R::kSuffix) && IsCap(i) && i > first_ && IsCap(i - 1) && !IsNoun(i - 1)) {
      return SuffixAnchor(i);
    }
    if (IsNoun(i)) return NounAnchor(i);
    if (hits_.Has(i, R::kFamily)) return FamilyAnchor(i, false);
    if (hits_.Has(i, R::kSuffix) && IsCap(i)) return SuffixAnchor(i);
    if (hits_.Has(i, R::kRank) || hits_.Has(i, R::kStandaloneRank)) return RankAnchor(i);
    return i + 1;
  }

  // The family's usual giver when the sentence names it ("BPK kembali
  // memberikan opini WTP ..." has it as subject already; "... opini WTP
  // atas LKPD 2021 yang diperiksa BPK" names it elsewhere). Never invented.
  std::optional<Span> FamilyGiver(int family) const {
    for (uint32_t k = first_; k < last_; ++k) {
      if (!hits_.Has(k, R::kFamilyGiver)) continue;
      for (const Hit& h : hits_.At(k)) {  // "BPK" gives both WTP and WDP
        const AwardEntry& e = lex_.entry(h.entry);
        if (e.role == R::kFamilyGiver && static_cast<int>(e.family) == family) {
          return SpanOf(k, h.end);
        }
      }
    }
    return std::nullopt;
  }

  // The region named in `span` (a subject or recipient of this sentence):
  // "kota:palembang" for "Pemkot Palembang", "?:palembang" for a bare
  // "Palembang" (level unknown), "" when it names none.
  std::string RegionIn(const std::optional<Span>& span) const {
    if (!span) return "";
    int level = -1;
    for (uint32_t k = first_; k < last_ && T(k).span.begin < span->end; ++k) {
      if (T(k).span.begin < span->begin) continue;
      Hit h;
      if (hits_.Find(k, R::kRegionPrefix, &h)) level = lex_.entry(h.entry).value;
      if (hits_.Find(k, R::kRegionName, &h)) {
        return (level < 0 ? std::string("?") : lex_.level(level)) + ":" + lex_.entry(h.entry).text;
      }
    }
    return "";
  }

  void SplitSubject(size_t fi) {
    AwardFrame& f = frames_[fi];
    if (f.recipient || !f.subject || f.subject_in_person) return;
    const Span subject = *f.subject;
    uint32_t b = first_, e = first_;
    while (b < last_ && T(b).span.begin < subject.begin) ++b;
    e = b;
    while (e < last_ && T(e).span.end <= subject.end) ++e;
    for (uint32_t k = b + 1; k + 1 < e; ++k) {
      if (!Is(k, R::kConnector) || IsCap(k) || !IsCap(k + 1)) continue;
      std::optional<Span> left = SpanOf(b, k), right = SpanOf(k + 1, e);
      std::string lw = RegionIn(left), rw = RegionIn(right);
      if (lw.empty() || rw.empty() || lw == rw) continue;
      AwardFrame copy = f;
      f.subject = left;
      f.who = lw;
      copy.subject = right;
      copy.who = rw;
      frames_.push_back(std::move(copy));
      return;
    }
  }

  // Drops what is not an award event and sets clauses and sentences.
  void Finish() {
    std::vector<bool> keep(pending_.size());
    for (size_t n = 0; n < pending_.size(); ++n) {
      const Pending& p = pending_[n];
      keep[n] = p.evidence && !p.negated &&
                (!frames_[p.frame].award.name.empty() || frames_[p.frame].elliptical);
      uint32_t end = n + 1 < pending_.size() ? pending_[n + 1].anchor : last_;
      AwardFrame& f = frames_[p.frame];
      f.clauses.push_back(SpanOf(p.anchor, std::max(end, p.anchor + 1)));
      f.sentences.push_back(sentence_);
      if (!f.giver && f.family >= 0) f.giver = FamilyGiver(f.family);
      if (f.who.empty()) f.who = RegionIn(f.recipient ? f.recipient : f.subject);
      for (uint32_t k = first_; k + 1 < last_; ++k) {
        if (hits_.Has(k, R::kSince)) f.not_year.push_back(SpanOf(k + 1, std::min(k + 3, last_)));
      }
    }
    // "predikat Badan Publik Informatif dalam Anugerah Keterbukaan Informasi
    // Publik", "kota terinovatif dalam ajang IGA 2023": a name that is a level
    // of the family award after it is a mention of that award.
    for (size_t n = 0; n + 1 < pending_.size(); ++n) {
      const Pending& p = pending_[n];
      const Pending& q = pending_[n + 1];
      AwardFrame& a = frames_[p.frame];
      AwardFrame& b = frames_[q.frame];
      if (!keep[n] || !keep[n + 1] || a.family >= 0 || b.family < 0 || a.elliptical) continue;
      uint32_t k = std::max(p.name_end, p.anchor + 1);
      while (k < q.anchor && (T(k).Has(kPunct) || Year(k) || IsCap(k)) && k < p.name_end + 2) ++k;
      if (!IsStr(k, "dalam")) continue;
      ++k;
      if (Is(k, R::kVenue)) ++k;
      if (k != q.anchor) continue;
      b.award.mentions.insert(b.award.mentions.begin(), a.award.mentions.begin(),
                              a.award.mentions.end());
      if (b.award.grade.empty()) b.award.grade = a.award.grade;
      if (!b.subject) b.subject = a.subject;
      if (!b.recipient) b.recipient = a.recipient;
      if (b.who.empty()) b.who = a.who;
      keep[n] = false;
    }
    // Frames of this sentence are the last ones; erase from the back.
    for (size_t n = pending_.size(); n-- > 0;) {
      if (!keep[n]) frames_.erase(frames_.begin() + static_cast<long>(pending_[n].frame));
    }
    // "Kota Singkawang dan Kota Pontianak meraih Piala Adipura": one frame
    // per region of a coordinated subject (appended: nothing indexes them now).
    const size_t kept = frames_.size();
    for (size_t n = kept - std::count(keep.begin(), keep.end(), true); n < kept; ++n) {
      SplitSubject(n);
    }
    if (std::find(keep.begin(), keep.end(), true) != keep.end()) last_frame_sentence_ = index_;
  }

  const AwardLexicon& lex_;
  const AwardLexicon::Hits& hits_;
  const TokenizedText& tt_;
  std::string_view text_;
  std::vector<AwardFrame>& frames_;

  uint32_t first_ = 0, last_ = 0, index_ = 0;
  Span sentence_;
  bool title_ = false;
  bool negative_ = false;
  std::optional<Verb> verb_;
  std::optional<int> pending_rank_;
  std::optional<int> year_;
  std::vector<Pending> pending_;
  int groups_ = 0;
  uint32_t last_stop_ = 0;
  uint32_t last_frame_sentence_ = 0;
};

// One award for two regions is two conferrals ("Kota Palembang meraih Piala
// Adipura ... Kota Prabumulih juga membawa pulang Piala Adipura").
bool SameRegion(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty() || a == b) return true;
  size_t ca = a.find(':'), cb = b.find(':');
  if (a.substr(ca) != b.substr(cb)) return false;
  return a[0] == '?' || b[0] == '?';  // "Palembang" and "Kota Palembang"
}

bool Compatible(const AwardFrame& a, const AwardFrame& b) {
  // Two grades of one award are two conferrals ("UHC Award kategori Utama"
  // for one region, "kategori Madya" for another).
  return (!a.award.year || !b.award.year || *a.award.year == *b.award.year) &&
         (a.award.grade.empty() || b.award.grade.empty() || a.award.grade == b.award.grade) &&
         SameRegion(a.who, b.who);
}

void Fill(std::string* a, const std::string& b) {
  if (a->empty()) *a = b;
}
template <typename T>
void Fill(std::optional<T>* a, const std::optional<T>& b) {
  if (!*a) *a = b;
}

// The frame a bare grade refers to ("predikat Padapa" after "Kabupaten X
// meraih Swasti Saba Padapa"): one with that grade, else one whose family has
// that grade level.
AwardFrame* GradeTarget(const AwardLexicon& lex, const AwardFrame& f,
                        std::vector<AwardFrame>* out) {
  for (AwardFrame& g : *out) {
    if (!g.grade_only && g.award.grade == f.award.grade && Compatible(f, g)) return &g;
  }
  for (AwardFrame& g : *out) {
    if (g.family < 0 || !Compatible(f, g)) continue;
    const std::vector<std::string>& grades = lex.family(g.family).grades;
    if (std::find(grades.begin(), grades.end(), f.award.grade) != grades.end()) return &g;
  }
  return nullptr;
}

// Repeated mentions of one award become one frame: same key, or same family
// with no conflicting year or recipient region, or a bare grade of it.
std::vector<AwardFrame> Merge(const AwardLexicon& lex, std::vector<AwardFrame> frames) {
  std::vector<AwardFrame> out;
  for (AwardFrame& f : frames) {
    AwardFrame* into = nullptr;
    for (AwardFrame& g : out) {
      if (((!f.key.empty() && f.key == g.key) || (f.family >= 0 && f.family == g.family)) &&
          Compatible(f, g)) {
        into = &g;
        break;
      }
    }
    if (!into && f.grade_only && !f.award.grade.empty()) into = GradeTarget(lex, f, &out);
    if (!into) {
      out.push_back(std::move(f));
      continue;
    }
    Award& w = into->award;
    w.mentions.insert(w.mentions.end(), f.award.mentions.begin(), f.award.mentions.end());
    std::sort(w.mentions.begin(), w.mentions.end());
    Fill(&w.acronym, f.award.acronym);
    Fill(&w.grade, f.award.grade);
    Fill(&w.category, f.award.category);
    Fill(&w.year, f.award.year);
    Fill(&w.rank, f.award.rank);
    Fill(&w.streak, f.award.streak);
    Fill(&into->giver, f.giver);
    Fill(&into->recipient, f.recipient);
    Fill(&into->received_by, f.received_by);
    Fill(&into->who, f.who);
    if (!into->subject && f.subject) {
      into->subject = f.subject;
      into->subject_in_person = f.subject_in_person;
      // The override is for a person taking a region's award; a region
      // subject ("Kota Dumai meraih ...") is the recipient itself.
      into->region_override = into->region_override && f.region_override;
    }
    if (into->hint == RecipientHint::kNone) into->hint = f.hint;
    into->clauses.insert(into->clauses.end(), f.clauses.begin(), f.clauses.end());
    into->sentences.insert(into->sentences.end(), f.sentences.begin(), f.sentences.end());
    into->not_year.insert(into->not_year.end(), f.not_year.begin(), f.not_year.end());
  }
  // Conferrals of one award family in one article share its giver and year
  // ("... KKS Tahun 2023 dari Kementerian Kesehatan. Kota X meraih Swasti
  // Saba Wistara, Kabupaten Y meraih Swasti Saba Padapa").
  for (AwardFrame& f : out) {
    for (const AwardFrame& g : out) {
      if (&f == &g) continue;
      if ((f.family >= 0 && f.family == g.family) || (!f.key.empty() && f.key == g.key)) {
        Fill(&f.giver, g.giver);
        Fill(&f.award.year, g.award.year);
      } else if (f.family >= 0 && g.family >= 0 && !lex.family(f.family).giver.empty() &&
                 lex.family(f.family).giver == lex.family(g.family).giver) {
        Fill(&f.giver, g.giver);  // sibling families of one giver: WBK and WBBM
      }
    }
  }
  return out;
}

class AwardExtractor : public Extractor {
 public:
  explicit AwardExtractor(AwardLexicon lex) : lex_(std::move(lex)) {}
  std::string_view name() const override { return "awards"; }

  void Extract(ArticleContext& ctx) const override {
    const TokenizedText& tt = ctx.tokens;
    std::string_view text = ctx.doc.text();
    // Only sentences with a word that can start an award phrase are read:
    // most sentences of most articles have none.
    std::vector<bool> wanted(tt.sentences.size()), award(tt.sentences.size());
    bool any = false;
    for (uint32_t s = 0; s < tt.sentences.size(); ++s) {
      int kinds = lex_.Scan(tt, tt.sentences[s]);
      award[s] = kinds & AwardLexicon::kMayAward;
      wanted[s] = kinds != 0;  // region names are read for implicit recipients
      any |= award[s];
    }
    if (!any) return;
    // A score sentence may speak of an award said before ("Palembang
    // memperoleh nilai akhir 78,45"): its region and verb are read too.
    for (const Score& sc : ctx.result.scores) wanted[SentenceOf(tt, sc.span)] = true;
    AwardLexicon::Hits hits;
    lex_.Index(tt, text, wanted, &hits);
    if (!hits.Any(kAnchorRoles)) return;
    std::vector<AwardFrame> frames;
    Finder finder(lex_, hits, tt, text, &frames);
    // The title restates the body: read it last so the body's wording wins.
    const std::optional<Span>& title = ctx.result.meta.title_span;
    std::vector<uint32_t> title_sentences;
    for (uint32_t s = 0; s < tt.sentences.size(); ++s) {
      if (!award[s]) continue;
      if (title && title->Contains(tt.sentences[s].span)) {
        title_sentences.push_back(s);
      } else {
        finder.Run(tt.sentences[s], s, false);
      }
    }
    for (uint32_t s : title_sentences) finder.Run(tt.sentences[s], s, true);
    DropUnconfirmedAcronyms(tt, text, hits, &frames);
    ResolveElliptical(&frames);
    if (frames.empty()) return;
    frames = Merge(lex_, std::move(frames));
    AwardSubject subject = Subject(tt, hits);
    LaterScores(tt, hits, ctx.result.scores, subject, &frames);
    LinkAwards(text, subject, &frames, &ctx.result);
  }

 private:
  // "memboyong bus berseragam PPD": a family named only by an all-caps alias
  // (caps_alias=context) counts when the article also has an award noun or
  // the family written in words ("Penghargaan Pembangunan Daerah"), or its
  // usual giver ("PPD dari Bappenas").
  void DropUnconfirmedAcronyms(const TokenizedText& tt, std::string_view text,
                               const AwardLexicon::Hits& hits,
                               std::vector<AwardFrame>* frames) const {
    auto all_caps = [&](const Span& s) {
      for (char c : text.substr(s.begin, s.size())) {
        if (c >= 'a' && c <= 'z') return false;
      }
      return true;
    };
    bool noun = false;
    std::vector<int> worded;  // families written in words or with their giver
    for (uint32_t k = 0; k < tt.tokens.size(); ++k) {
      noun |= (hits.Mask(k) & kNounRoles & ~B(R::kActNoun)) != 0;
      if (!hits.Has(k, R::kFamily) && !hits.Has(k, R::kFamilyGiver)) continue;
      for (const AwardLexicon::Hit& h : hits.At(k)) {
        const AwardEntry& e = lex_.entry(h.entry);
        Span s{tt.tokens[k].span.begin, tt.tokens[h.end - 1].span.end};
        if ((e.role == R::kFamily && !all_caps(s)) || e.role == R::kFamilyGiver) {
          worded.push_back(static_cast<int>(e.family));
        }
      }
    }
    if (noun) return;
    std::erase_if(*frames, [&](const AwardFrame& f) {
      if (f.family < 0 || !lex_.family(f.family).caps_need_context) return false;
      if (std::find(worded.begin(), worded.end(), f.family) != worded.end()) return false;
      return std::all_of(f.award.mentions.begin(), f.award.mentions.end(), all_caps);
    });
  }

  // An elliptical rank ("Kota Serang meraih peringkat kedua") is a conferral
  // of the award named last before it, when that award goes to regions or
  // bodies (a family, a region hint or a region recipient): it takes its
  // name, family, giver and year; its own rank, category and recipient stay.
  // With no such award before it, it is dropped.
  static void ResolveElliptical(std::vector<AwardFrame>* frames) {
    std::vector<AwardFrame> out;
    const AwardFrame* last = nullptr;  // index-stable: out is reserved
    out.reserve(frames->size());
    for (AwardFrame& f : *frames) {
      if (!f.elliptical) {
        out.push_back(std::move(f));
        const AwardFrame& g = out.back();
        if (g.family >= 0 || g.hint == RecipientHint::kRegion || !g.who.empty()) last = &g;
        continue;
      }
      if (!last || last->award.name.empty()) continue;
      f.award.name = last->award.name;
      f.award.acronym = last->award.acronym;
      f.key = last->key;
      f.family = last->family;
      f.hint = last->hint;
      if (!f.giver) f.giver = last->giver;
      if (!f.award.year) f.award.year = last->award.year;
      out.push_back(std::move(f));
    }
    *frames = std::move(out);
  }

  static uint32_t SentenceOf(const TokenizedText& tt, const Span& span) {
    auto it = std::upper_bound(tt.sentences.begin(), tt.sentences.end(), span.begin,
                               [](uint32_t b, const Sentence& s) { return b < s.span.begin; });
    return it == tt.sentences.begin() ? 0 : static_cast<uint32_t>(it - tt.sentences.begin() - 1);
  }

  // Scores in a sentence of their own that speak of an award said before
  // (docs/awards.md#linking): "<region> meraih/memperoleh ... <score>" goes to
  // the one frame for that region; "Nilai yang diraih 88,5" right after a
  // sentence with one award goes to that award. A sentence with an award of
  // its own keeps its scores (they are in that award's clause).
  void LaterScores(const TokenizedText& tt, const AwardLexicon::Hits& hits,
                   const std::vector<Score>& scores, const AwardSubject& subject,
                   std::vector<AwardFrame>* frames) const {
    auto frames_in = [&](const Span& sentence, AwardFrame** only) {
      int n = 0;
      for (AwardFrame& f : *frames) {
        for (const Span& s : f.sentences) {
          if (s.Contains(sentence) || sentence.Contains(s)) {
            *only = &f;
            ++n;
            break;
          }
        }
      }
      return n;
    };
    for (const Score& sc : scores) {
      uint32_t si = SentenceOf(tt, sc.span);
      const Sentence& sent = tt.sentences[si];
      AwardFrame* only = nullptr;
      if (frames_in(sent.span, &only) != 0) continue;
      // The first region before the score, with its level word, and whether a
      // receive verb or a score word follows it.
      std::string region;
      int level = -1;
      bool receive = false, verb = false, score_word = false, own_award = false;
      for (uint32_t k = sent.first; k < sent.last && tt.tokens[k].span.end <= sc.span.begin; ++k) {
        Hit h;
        if (hits.Find(k, R::kRegionPrefix, &h)) level = lex_.entry(h.entry).value;
        if (region.empty() && hits.Find(k, R::kRegionName, &h)) {
          region = level < 0 ? "?" : lex_.level(level);  // not a + chain: GCC 12 -Wrestrict
          region.append(":").append(lex_.entry(h.entry).text);
        }
        receive |= hits.Has(k, R::kReceive) || hits.Has(k, R::kWonBy);
        verb |= hits.Has(k, R::kReceive) && !region.empty();
        score_word |= hits.Has(k, R::kScoreWord);
        // "X meraih predikat BB dengan nilai 71,25" is an award of its own that
        // was not read, not a score of an earlier one.
        if (hits.Has(k, R::kNegative) || hits.Has(k, R::kModal) || (hits.Mask(k) & kNounRoles)) {
          own_award = true;
        }
      }
      AwardFrame* target = nullptr;
      if (own_award) continue;
      if (!region.empty() && verb) {
        int n = 0;
        for (AwardFrame& f : *frames) {
          const std::string& who = f.who.empty() && f.hint == RecipientHint::kRegion
                                       ? subject.key
                                       : f.who;
          if (who.empty() || !SameRegion(who, region)) continue;
          ++n;
          target = &f;
        }
        if (n != 1) target = nullptr;
      } else if (si > 0 && score_word && frames_in(tt.sentences[si - 1].span, &only) == 1) {
        // "Nilai yang diraih 88,5", "Hasil evaluasi menempatkan Samarinda pada
        // nilai 77,52"; not "Indeks kepuasan warga mencapai 87,5" (no verb of
        // winning, no region of the award).
        const bool same_region = !region.empty() && !only->who.empty() && SameRegion(only->who, region);
        if (region.empty() ? receive : same_region) target = only;
      }
      if (target) target->later_scores.push_back(sc.span);
    }
  }

  // The region named most often with its level ("Kota Pontianak", "Pemkot
  // Pontianak"), for awards whose recipient is implicit.
  AwardSubject Subject(const TokenizedText& tt, const AwardLexicon::Hits& hits) const {
    std::map<std::pair<int, std::string>, std::pair<int, uint32_t>> seen;  // -> (count, first)
    const uint32_t n = static_cast<uint32_t>(tt.tokens.size());
    for (uint32_t i = 0; i < n; ++i) {
      Hit p, r;
      if (!hits.Find(i, R::kRegionPrefix, &p)) continue;
      uint32_t j = p.end;
      if (j < n && tt.Folded(tt.tokens[j]) == "(") {
        while (j < n && tt.Folded(tt.tokens[j]) != ")" && j < p.end + 5) ++j;
        ++j;
      }
      if (!hits.Find(j, R::kRegionName, &r)) continue;
      const AwardEntry& region = lex_.entry(r.entry);
      int level = lex_.entry(p.entry).value;
      if (region.value != level) continue;  // "Kota Bogor" is not Kabupaten Bogor
      auto [it, inserted] = seen.try_emplace({level, region.text}, 0, i);
      ++it->second.first;
    }
    AwardSubject s;
    const std::pair<const std::pair<int, std::string>, std::pair<int, uint32_t>>* best = nullptr;
    for (const auto& e : seen) {
      if (!best || e.second.first > best->second.first ||
          (e.second.first == best->second.first && e.second.second < best->second.second)) {
        best = &e;
      }
    }
    if (!best) return s;
    std::string level = lex_.level(best->first.first);
    std::string prefix = level == "kota" ? "Kota" : level == "kabupaten" ? "Kabupaten" : "Provinsi";
    s.region = prefix + " " + best->first.second;
    s.head_title = lex_.HeadTitle(best->first.first);
    if (!s.head_title.empty()) s.head_name = s.head_title + " " + best->first.second;
    s.key = level + ":" + best->first.second;
    return s;
  }

  AwardLexicon lex_;
};

}  // namespace

StatusOr<std::unique_ptr<Extractor>> NewAwardExtractor(BuildContext& ctx) {
  StatusOr<AwardLexicon> lex = AwardLexicon::Load(ctx);
  if (!lex.ok()) return lex.status();
  return std::unique_ptr<Extractor>(new AwardExtractor(std::move(*lex)));
}

}  // namespace warta
