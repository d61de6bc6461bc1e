#include "warta/output/json_writer.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "warta/normalize/utf8.h"
#include "warta/output/json_text.h"

namespace warta {
namespace {

// JsonText writes each value as it is assigned (same bytes as
// nlohmann::ordered_json, without building a tree: see json_text.h). It
// supports Json::object(), Json::array(), obj["key"] = value (once per key, in
// output order) and arr.push_back(value); build a nested value completely,
// then assign it (obj["a"].push_back(x) does not exist).
using Json = JsonText;

class SpanWriter {
 public:
  SpanWriter(const Document& doc, const OutputOptions& opts)
      : doc_(doc), index_(doc.original()), opts_(opts) {}

  // Adds start, end and text of a cleaned-text span to *obj.
  void Put(Span clean, Json* obj, bool extend_to_line_end = false) const {
    Span s = doc_.ToOriginal(clean);
    const std::string& orig = doc_.original();
    if (extend_to_line_end) {
      // Whole-line boilerplate keeps the line's trailing blanks (spaces, tabs,
      // U+00A0), which cleaning trimmed.
      uint32_t e = s.end;
      while (true) {
        if (e < orig.size() && (orig[e] == ' ' || orig[e] == '\t')) {
          ++e;
        } else if (e + 1 < orig.size() && static_cast<unsigned char>(orig[e]) == 0xC2 &&
                   static_cast<unsigned char>(orig[e + 1]) == 0xA0) {
          e += 2;
        } else {
          break;
        }
      }
      if (e == orig.size() || orig[e] == '\n' || orig[e] == '\r') s.end = e;
    }
    if (opts_.offsets == OffsetUnit::kCodePoints) {
      (*obj)["start"] = index_.CodePoints(s.begin);
      (*obj)["end"] = index_.CodePoints(s.end);
    } else {
      (*obj)["start"] = s.begin;
      (*obj)["end"] = s.end;
    }
    (*obj)["text"] = orig.substr(s.begin, s.end - s.begin);
  }

  Json Mentions(const std::vector<Span>& spans) const {
    Json arr = Json::array();
    std::vector<Span> sorted = spans;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    for (const Span& s : sorted) {
      Json m = Json::object();
      Put(s, &m);
      arr.push_back(std::move(m));
    }
    return arr;
  }

 private:
  const Document& doc_;
  CodePointIndex index_;
  const OutputOptions& opts_;
};

Json StrOrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

template <typename T>
Json OptOrNull(const std::optional<T>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json JurisdictionJson(const std::optional<Jurisdiction>& j) {
  if (!j) return nullptr;
  Json o = Json::object();
  o["name"] = j->name;
  o["level"] = StrOrNull(j->level);
  o["code"] = StrOrNull(j->code);
  if (j->ambiguous) o["ambiguous"] = true;
  return o;
}

Json RefJson(const std::optional<EntityRef>& r) {
  if (!r) return nullptr;
  Json o = Json::object();
  o["name"] = r->name;
  if (!r->agency.empty()) o["agency"] = r->agency;
  if (!r->official.empty()) o["official"] = r->official;
  return o;
}

void PutProvenance(const Provenance& p, Json* o) {
  (*o)["rule"] = p.rule;
  (*o)["confidence"] = ConfidenceName(p.confidence);
}

Json StringArray(const std::vector<std::string>& v) {
  Json a = Json::array();
  for (const std::string& s : v) a.push_back(s);
  return a;
}

Json Render(const ArticleResult& r, const OutputOptions& opts) {
  Json out = Json::object();
  out["id"] = r.id;
  if (!r.status.ok()) {
    out["status"] = "error";
    Json err = Json::object();
    err["code"] = std::string(ErrorCodeName(r.status.code()));
    err["message"] = r.status.message();
    out["error"] = std::move(err);
    return out;
  }
  const Extraction& x = r.extraction;
  SpanWriter spans(r.doc, opts);
  out["status"] = "ok";

  Json meta = Json::object();
  meta["title"] = StrOrNull(x.meta.title);
  meta["outlet"] = StrOrNull(x.meta.outlet);
  meta["dateline_place"] = StrOrNull(x.meta.dateline_place);
  meta["published"] = StrOrNull(x.meta.published);
  meta["reference_date"] = StrOrNull(x.meta.reference_date);
  meta["reference_source"] = x.meta.reference_source;
  out["meta"] = std::move(meta);

  Json officials = Json::array();
  for (const Official& o : x.officials) {
    Json j = Json::object();
    j["id"] = o.id;
    j["name"] = o.name;
    j["title"] = o.title;
    j["acting"] = StrOrNull(o.acting);
    j["jurisdiction"] = JurisdictionJson(o.jurisdiction);
    j["honorifics"] = StringArray(o.honorifics);
    j["degrees"] = StringArray(o.degrees);
    j["agency"] = StrOrNull(o.agency);
    j["mentions"] = spans.Mentions(o.mentions);
    PutProvenance(o.provenance, &j);
    officials.push_back(std::move(j));
  }
  out["officials"] = std::move(officials);

  Json agencies = Json::array();
  for (const Agency& a : x.agencies) {
    Json j = Json::object();
    j["id"] = a.id;
    j["name"] = a.name;
    j["acronym"] = StrOrNull(a.acronym);
    j["kind"] = a.kind;
    j["government"] = a.government;
    j["jurisdiction"] = JurisdictionJson(a.jurisdiction);
    j["mentions"] = spans.Mentions(a.mentions);
    PutProvenance(a.provenance, &j);
    agencies.push_back(std::move(j));
  }
  out["agencies"] = std::move(agencies);

  Json awards = Json::array();
  for (const Award& w : x.awards) {
    Json j = Json::object();
    j["id"] = w.id;
    j["name"] = w.name;
    j["acronym"] = StrOrNull(w.acronym);
    j["year"] = OptOrNull(w.year);
    j["rank"] = OptOrNull(w.rank);
    j["grade"] = StrOrNull(w.grade);
    j["category"] = StrOrNull(w.category);
    j["giver"] = RefJson(w.giver);
    j["recipient"] = RefJson(w.recipient);
    j["score"] = OptOrNull(w.score);
    j["date"] = StrOrNull(w.date);
    j["received_by"] = StrOrNull(w.received_by);
    j["streak"] = OptOrNull(w.streak);
    j["mentions"] = spans.Mentions(w.mentions);
    PutProvenance(w.provenance, &j);
    awards.push_back(std::move(j));
  }
  out["awards"] = std::move(awards);

  Json scores = Json::array();
  for (const Score& s : x.scores) {
    Json j = Json::object();
    spans.Put(s.span, &j);
    j["value"] = s.value;
    j["kind"] = s.kind;
    j["award"] = StrOrNull(s.award);
    PutProvenance(s.provenance, &j);
    scores.push_back(std::move(j));
  }
  out["scores"] = std::move(scores);

  Json dates = Json::array();
  for (const DateExpr& d : x.dates) {
    Json j = Json::object();
    spans.Put(d.span, &j);
    j["type"] = d.type;
    j["value"] = d.value;
    j["inferred"] = StringArray(d.inferred);
    j["mod"] = StrOrNull(d.mod);
    j["weekday_ok"] = OptOrNull(d.weekday_ok);
    PutProvenance(d.provenance, &j);
    dates.push_back(std::move(j));
  }
  out["dates"] = std::move(dates);

  Json counts = Json::array();
  for (const Count& c : x.counts) {
    Json j = Json::object();
    spans.Put(c.span, &j);
    j["value"] = c.value;
    j["unit"] = c.unit;
    PutProvenance(c.provenance, &j);
    counts.push_back(std::move(j));
  }
  out["counts"] = std::move(counts);

  Json quotes = Json::array();
  for (const Quote& q : x.quotes) {
    Json j = Json::object();
    spans.Put(q.span, &j);
    j["speaker"] = StrOrNull(q.speaker);
    PutProvenance(q.provenance, &j);
    quotes.push_back(std::move(j));
  }
  out["quotes"] = std::move(quotes);

  Json boilerplate = Json::array();
  for (const Boilerplate& b : x.boilerplate) {
    Json j = Json::object();
    spans.Put(b.span, &j, /*extend_to_line_end=*/true);
    j["kind"] = b.kind;
    PutProvenance(b.provenance, &j);
    boilerplate.push_back(std::move(j));
  }
  out["boilerplate"] = std::move(boilerplate);
  return out;
}

}  // namespace

std::string RenderArticle(const ArticleResult& result, const OutputOptions& options) {
  try {
    std::string s = Render(result, options).dump(options.pretty ? 2 : -1, ' ', false,
                                                  nlohmann::json::error_handler_t::replace);
    s.push_back('\n');
    return s;
  } catch (const std::exception& e) {
    ArticleResult failed;
    failed.id = result.id;
    failed.status = Status(ErrorCode::kInternal, std::string("rendering: ") + e.what());
    std::string s = Render(failed, options).dump(-1, ' ', false,
                                                 nlohmann::json::error_handler_t::replace);
    s.push_back('\n');
    return s;
  }
}

}  // namespace warta
