#include "warta/extract/awards/award_linker.h"

#include <algorithm>
#include <cctype>

namespace warta {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool AnyOverlap(const std::vector<Span>& mentions, const Span& s) {
  for (const Span& m : mentions) {
    if (m.Overlaps(s)) return true;
  }
  return false;
}

class Linker {
 public:
  Linker(std::string_view text, const AwardSubject& subject, Extraction* x)
      : text_(text), subject_(subject), x_(x) {}

  Award Link(AwardFrame& f) const {
    Award w = std::move(f.award);
    if (f.giver) w.giver = Ref(*f.giver, /*as_body=*/true);
    if (f.recipient) {
      w.recipient = Ref(*f.recipient, false);
    } else if (f.subject) {
      EntityRef s = Ref(*f.subject, false);
      // "Wali Kota menerima ... Penghargaan sebagai Kota Terpilih": the city won
      // it even though the mayor took it.
      if (f.region_override && !subject_.region.empty()) {
        w.recipient = Region();
      } else {
        w.recipient = s;
      }
    } else if (f.hint == RecipientHint::kRegion && !subject_.region.empty()) {
      w.recipient = Region();
    } else if (f.hint == RecipientHint::kPerson && !subject_.head_name.empty()) {
      w.recipient = Head();
    }
    if (f.received_by) w.received_by = OfficialAt(*f.received_by);
    if (w.received_by.empty() && f.subject && f.subject_in_person) {
      w.received_by = OfficialAt(*f.subject);
    }
    return w;
  }

  void LinkScore(const AwardFrame& f, Award* w) const {
    for (const std::vector<Span>* where : {&f.clauses, &f.later_scores}) {
      for (Score& s : x_->scores) {
        if (!s.award.empty()) continue;
        for (const Span& c : *where) {
          if (c.Contains(s.span)) {
            s.award = w->id;
            w->score = s.value;
            return;
          }
        }
      }
    }
  }

  // A year the award stage did not read from the award's own tail: the year of
  // a date in one of its sentences ("..., Selasa (28/2/2023)", "Pada 2022,
  // ..."), written years before resolved ones ("Desember lalu"); else, for an
  // award to a public body, official or region reported as news -- its
  // paragraph dates an event to the day ("Rabu (29/12)") -- the year of the
  // article's reference date. A recap paragraph without such a date ("Sebut
  // saja diantaranya penghargaan ...") leaves the year unknown rather than
  // guess it.
  void LinkYear(const AwardFrame& f, Award* w) const {
    if (w->year) return;
    for (bool written : {true, false}) {
      for (const Span& s : f.sentences) {
        for (const DateExpr& d : x_->dates) {
          if (!s.Contains(d.span) || (d.type != "date" && d.type != "month" && d.type != "year")) {
            continue;
          }
          bool inferred =
              std::find(d.inferred.begin(), d.inferred.end(), "year") != d.inferred.end();
          if (inferred == written || AnyOverlap(f.not_year, d.span)) continue;
          if (int y = YearOf(d.value)) {
            w->year = y;
            return;
          }
        }
      }
    }
    // Only for awards to public bodies, officials and regions, which the news
    // reports as they are conferred; a title held by a club or an artist is
    // often history ("meraih dua gelar Liga Champions").
    const bool public_award =
        f.family >= 0 || f.hint == RecipientHint::kRegion ||
        (w->recipient && (!w->recipient->agency.empty() || !w->recipient->official.empty()));
    if (!public_award || f.sentences.empty()) return;
    Span paragraph = Paragraph(f.sentences.front());
    // News is written as an inverted pyramid: the first half of the article
    // reports the event the article is about; recaps and background follow.
    size_t lines_before = 0, lines = 1;
    for (size_t i = 0; i < text_.size(); ++i) {
      if (text_[i] == '\n' && (i + 1 >= text_.size() || text_[i + 1] != '\n')) {
        ++lines;
        if (i < paragraph.begin) ++lines_before;
      }
    }
    bool dated = x_->meta.reference_source == "input" || 2 * lines_before < lines;
    for (const DateExpr& d : x_->dates) {
      if (paragraph.Contains(d.span) && (d.type == "date" || d.type == "time")) dated = true;
    }
    if (dated) {
      if (int y = YearOf(x_->meta.reference_date)) w->year = y;
    }
  }

  // The line (paragraph) of the cleaned text holding `s`.
  Span Paragraph(const Span& s) const {
    size_t b = text_.rfind('\n', s.begin == 0 ? 0 : s.begin - 1);
    b = (b == std::string_view::npos || s.begin == 0) ? 0 : b + 1;
    size_t e = text_.find('\n', s.end);
    if (e == std::string_view::npos) e = text_.size();
    return Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  }

  void LinkDate(const AwardFrame& f, Award* w) const {
    for (const DateExpr& d : x_->dates) {
      if (d.type != "date" || !FullDate(d.value)) continue;
      for (const Span& s : f.sentences) {
        if (s.Contains(d.span)) {
          w->date = d.value;
          return;
        }
      }
    }
  }

 private:
  static int YearOf(std::string_view v) {
    if (v.size() < 4) return 0;
    int y = 0;
    for (size_t i = 0; i < 4; ++i) {
      if (!std::isdigit(static_cast<unsigned char>(v[i]))) return 0;
      y = y * 10 + (v[i] - '0');
    }
    return y >= 1900 && y <= 2099 && (v.size() == 4 || v[4] == '-') ? y : 0;
  }

  static bool FullDate(std::string_view v) {
    if (v.size() != 10 || v[4] != '-' || v[7] != '-') return false;
    for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
      if (!std::isdigit(static_cast<unsigned char>(v[i]))) return false;
    }
    return true;
  }

  std::string_view Text(const Span& s) const { return text_.substr(s.begin, s.size()); }

  std::string OfficialAt(const Span& s) const {
    for (const Official& o : x_->officials) {
      if (AnyOverlap(o.mentions, s)) return o.id;
    }
    return "";
  }

  // The regional government agency of `region` ("Kota Pontianak"), or null.
  const Agency* RegionalGovernment(std::string_view region) const {
    std::string want = Lower(region);
    for (const Agency& a : x_->agencies) {
      if (a.kind != "pemerintah_daerah") continue;
      if ((a.jurisdiction && Lower(a.jurisdiction->name) == want) ||
          EndsWith(Lower(a.name), want)) {
        return &a;
      }
    }
    return nullptr;
  }

  EntityRef Ref(const Span& s, bool as_body) const {
    EntityRef r;
    r.name = std::string(Text(s));
    for (const Agency& a : x_->agencies) {
      if (AnyOverlap(a.mentions, s)) {
        r.agency = a.id;
        return r;
      }
    }
    for (const Official& o : x_->officials) {
      if (!AnyOverlap(o.mentions, s)) continue;
      if (as_body && !o.agency.empty()) {
        // A minister handing an award over gives it on behalf of the ministry.
        for (const Agency& a : x_->agencies) {
          if (a.id == o.agency) {
            r.name = a.name;
            r.agency = a.id;
            return r;
          }
        }
      }
      r.official = o.id;
      return r;
    }
    if (const Agency* a = RegionalGovernment(r.name)) r.agency = a->id;
    return r;
  }

  EntityRef Region() const {
    EntityRef r;
    r.name = subject_.region;
    if (const Agency* a = RegionalGovernment(subject_.region)) r.agency = a->id;
    return r;
  }

  EntityRef Head() const {
    EntityRef r;
    r.name = subject_.head_name;
    std::string title = Lower(subject_.head_title);
    std::string region = Lower(subject_.region);
    const Official* any_head = nullptr;
    for (const Official& o : x_->officials) {
      if (Lower(o.title) != title || !o.acting.empty()) continue;
      if (o.jurisdiction && Lower(o.jurisdiction->name) == region) {
        r.official = o.id;
        return r;
      }
      if (!any_head && !o.jurisdiction) any_head = &o;  // never another region's head
    }
    if (any_head) r.official = any_head->id;
    return r;
  }

  std::string_view text_;
  const AwardSubject& subject_;
  Extraction* x_;
};

}  // namespace

void LinkAwards(std::string_view text, const AwardSubject& subject, std::vector<AwardFrame>* frames,
                Extraction* x) {
  Linker linker(text, subject, x);
  for (AwardFrame& f : *frames) {
    Award w = linker.Link(f);
    w.id = std::to_string(x->awards.size() + 1);
    w.id.insert(w.id.begin(), 'W');  // not "W" + ...: GCC 12 warns falsely (-Wrestrict)
    linker.LinkScore(f, &w);
    linker.LinkDate(f, &w);
    x->awards.push_back(std::move(w));
  }
  // A conferral of a family without a year of its own takes the year its
  // sibling's sentence gives ("... Kepatuhan Standar Pelayanan Publik Tahun
  // 2022 ...; Kabupaten X masih berada di zona kuning"), before LinkYear's
  // own rules.
  const size_t first = x->awards.size() - frames->size();
  for (size_t i = 0; i < frames->size(); ++i) {
    Award& w = x->awards[first + i];
    for (size_t j = 0; j < frames->size() && !w.year; ++j) {
      if (j != i && (*frames)[i].family >= 0 && (*frames)[j].family == (*frames)[i].family) {
        w.year = x->awards[first + j].year;
      }
    }
    linker.LinkYear((*frames)[i], &w);
  }
}

}  // namespace warta
