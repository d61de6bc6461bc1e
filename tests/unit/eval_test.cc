// The evaluation's matching rules, scores and thresholds (src/warta/eval/).
// Entities are written as small JSON literals; the names and places are made up.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "warta/eval/evaluate.h"
#include "warta/eval/match.h"
#include "warta/eval/records.h"
#include "warta/eval/report.h"

namespace warta::eval {
namespace {

Json J(const char* s) { return Json::parse(s); }

RecordSet Records(const std::vector<const char*>& records) {
  RecordSet set;
  for (const char* r : records) {
    Json j = J(r);
    set.Add(j["id"].get<std::string>(), j);
  }
  return set;
}

const AttributeRule& Attr(EntityType type, const std::string& name) {
  for (const AttributeRule& a : Attributes(type)) {
    if (name == a.name) return a;
  }
  FAIL("no attribute " << name);
  return Attributes(type).front();
}

TEST_CASE("Fold is score.py's fold: NFKC, lower-case, punctuation to spaces") {
  struct Case {
    const char* in;
    const char* want;
  } cases[] = {
      {"Wali  Kota (Wako)", "wali kota wako"},
      {"\xEF\xBC\xB0\xEF\xBC\xA5\xEF\xBC\xAD\xEF\xBC\xAB\xEF\xBC\xAF\xEF\xBC\xB4",
       "pemkot"},  // fullwidth
      {"Ma'ruf Amin", "ma ruf amin"},
      {"DPMTK-PTSP", "dpmtk ptsp"},
      {"S.Sos.", "s sos"},
      {"kode_wilayah 61.71", "kode_wilayah 61 71"},  // '_' is a word character
      {"Rp1,5\xC2\xA0miliar", "rp1 5 miliar"},       // NBSP is white space
      {"\u00DCBERSAX", "\u00FCbersax"},              // non-ASCII letters kept, lower-cased
      {"\xC2\xB2", "2"},                             // NFKC: superscript two
      {"  ", ""},
      {"", ""},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(Fold(c.in) == c.want);
  }
}

TEST_CASE("NameTokens drops honorifics and the degrees after the first comma") {
  struct Case {
    const char* in;
    std::vector<std::string> want;
  } cases[] = {
      {"H. Edi Rusdi Kamtono, S.T., M.T.", {"edi", "rusdi", "kamtono"}},
      {"Prof. Dr. Ir. Siti Aminah", {"siti", "aminah"}},
      {"Bapak Yusuf", {"yusuf"}},
      {"DR(HC) Hasan Basri", {"hasan", "basri"}},
      {"..Drs.. Rudi", {"rudi"}},                         // periods stripped before the check
      {"Abdul-Rahman Saleh", {"abdul rahman", "saleh"}},  // one token, folded
      {"Hj.\u00A0Cut Nurlaila", {"cut", "nurlaila"}},
      {"Dr.", {}},
      {"", {}},
  };
  for (const Case& c : cases) {
    CAPTURE(c.in);
    CHECK(NameTokens(c.in) == c.want);
  }
}

TEST_CASE("SameEntity: lenient and strict rules per type") {
  struct Case {
    EntityType type;
    Rule rule;
    const char* gold;
    const char* pred;
    bool want;
  } cases[] = {
      // officials: names with honorifics and degrees, containment, overlap
      {EntityType::kOfficials, Rule::kLenient, R"({"name":"Rahmat Hidayat"})",
       R"({"name":"H. Rahmat Hidayat, S.Sos"})", true},
      {EntityType::kOfficials, Rule::kStrict, R"({"name":"Rahmat Hidayat"})",
       R"({"name":"H. Rahmat Hidayat, S.Sos"})", false},
      {EntityType::kOfficials, Rule::kStrict, R"({"name":"Rahmat Hidayat"})",
       R"({"name":"RAHMAT  HIDAYAT"})", true},
      {EntityType::kOfficials, Rule::kLenient, R"({"name":"Teuku Ridwan Syah"})",
       R"({"name":"Ridwan Syah"})", true},  // two tokens contained
      {EntityType::kOfficials, Rule::kLenient, R"({"name":"Teuku Ridwan Syah"})",
       R"({"name":"Ridwan"})", false},  // one token is not enough
      {EntityType::kOfficials, Rule::kLenient,
       R"({"name":"Dewi Lestari","mentions":[{"start":10,"end":49}]})",
       R"({"name":"Dewi","mentions":[{"start":37,"end":49}]})", true},  // 12 of 12 overlap
      {EntityType::kOfficials, Rule::kLenient,
       R"({"name":"Dewi Lestari","mentions":[{"start":10,"end":20}]})",
       R"({"name":"Dewi","mentions":[{"start":16,"end":30}]})", false},  // 4 < half of 10
      {EntityType::kOfficials, Rule::kLenient,
       R"({"name":"Dewi Lestari","mentions":[{"start":10,"end":20}]})",
       R"({"name":"Dewi","mentions":[{"start":15,"end":30}]})", true},  // 5 = half of 10
      {EntityType::kOfficials, Rule::kLenient,
       R"({"name":"Dewi Lestari","mentions":[{"start":10,"end":20}]})",
       R"({"name":"Dewi","mentions":[{"start":10.0,"end":20}]})", false},  // not an int
      // agencies: overlap by half, folded name, acronym
      {EntityType::kAgencies, Rule::kLenient,
       R"({"name":"Badan Pemeriksa Keuangan","acronym":"BPK"})",
       R"({"name":"BPK RI","acronym":"bpk"})", true},
      {EntityType::kAgencies, Rule::kStrict,
       R"({"name":"Badan Pemeriksa Keuangan","acronym":"BPK"})",
       R"({"name":"BPK RI","acronym":"bpk"})", false},
      {EntityType::kAgencies, Rule::kStrict, R"({"name":"Dinas PUPR"})",
       R"({"name":"dinas  pupr."})", true},
      {EntityType::kAgencies, Rule::kLenient, R"({"name":"","acronym":null})",
       R"({"name":"","acronym":""})", false},  // nothing to compare
      // awards: any overlap, or names sharing half their words
      {EntityType::kAwards, Rule::kLenient,
       R"({"name":"Kota Layak Anak","mentions":[{"start":0,"end":40}]})",
       R"({"name":"Penghargaan","mentions":[{"start":39,"end":60}]})", true},
      {EntityType::kAwards, Rule::kLenient, R"({"name":"Kota Layak Anak Kategori Nindya"})",
       R"({"name":"Kota Layak Anak"})", true},  // 3 of max 5 words: 6 >= 5
      {EntityType::kAwards, Rule::kLenient, R"({"name":"Adipura Kencana Kota Sedang"})",
       R"({"name":"Adipura"})", false},  // 1 of 4
      {EntityType::kAwards, Rule::kStrict, R"({"name":null,"mentions":[{"start":5,"end":9}]})",
       R"({"name":"","mentions":[{"start":5,"end":9}]})", true},  // unnamed: same span
      {EntityType::kAwards, Rule::kStrict, R"({"name":null,"mentions":[{"start":5,"end":9}]})",
       R"({"name":"","mentions":[{"start":5,"end":8}]})", false},
      // span types: any overlap, strict the exact span
      {EntityType::kDates, Rule::kLenient, R"({"start":10,"end":20})", R"({"start":19,"end":25})",
       true},
      {EntityType::kDates, Rule::kLenient, R"({"start":10,"end":20})", R"({"start":20,"end":25})",
       false},  // touching is not overlapping
      {EntityType::kDates, Rule::kStrict, R"({"start":10,"end":20})", R"({"start":10,"end":21})",
       false},
      {EntityType::kScores, Rule::kStrict, R"({"start":10,"end":20})", R"({"start":10,"end":20})",
       true},
      {EntityType::kQuotes, Rule::kLenient, R"({"start":10,"end":20})", R"({"text":"x"})", false},
  };
  for (const Case& c : cases) {
    CAPTURE(TypeName(c.type));
    CAPTURE(c.gold);
    CAPTURE(c.pred);
    CHECK(SameEntity(c.type, c.rule, J(c.gold), J(c.pred)) == c.want);
  }
}

TEST_CASE("Attributes compare as score.py does") {
  struct Case {
    EntityType type;
    const char* attribute;
    const char* gold;
    const char* pred;
    bool want;
  } cases[] = {
      {EntityType::kOfficials, "title", R"({"title":"Wali Kota"})", R"({"title":"wali kota"})",
       true},
      {EntityType::kOfficials, "title", R"({"title":"Kepala Dinas Kesehatan"})",
       R"({"title":"Kepala Dinas"})", true},  // token subset
      {EntityType::kOfficials, "title", R"({"title":"Sekretaris Daerah"})", R"({"title":"Sekda"})",
       false},
      {EntityType::kOfficials, "title", R"({"title":null})", R"({})", true},
      {EntityType::kOfficials, "jurisdiction", R"({"jurisdiction":{"name":"Indonesia"}})",
       R"({"jurisdiction":null})", true},  // national counts as none
      {EntityType::kOfficials, "jurisdiction", R"({"jurisdiction":{"name":"Kota Pontianak"}})",
       R"({"jurisdiction":"Pontianak"})", true},
      {EntityType::kOfficials, "jurisdiction", R"({"jurisdiction":{"name":"Kota Pontianak"}})",
       R"({"jurisdiction":{"name":"Kabupaten Sambas"}})", false},
      {EntityType::kAgencies, "acronym", R"({"acronym":"BPK"})", R"({"acronym":null})", false},
      {EntityType::kAwards, "giver", R"({"giver":{"name":"Ombudsman RI"}})",
       R"({"giver":"Ombudsman"})", true},
      {EntityType::kAwards, "rank", R"({"rank":2})", R"({"rank":2.0})", true},
      {EntityType::kAwards, "rank", R"({"rank":2})", R"({"rank":null})", false},
      {EntityType::kAwards, "year", R"({"year":null})", R"({})", true},
      {EntityType::kAwards, "score", R"({"score":98.78})", R"({"score":"98.78"})", true},
      {EntityType::kAwards, "score", R"({"score":98.78})", R"({"score":"98,78"})", false},
      {EntityType::kAwards, "score", R"({"score":null})", R"({"score":0})", false},
      {EntityType::kScores, "value", R"({"value":98.78})", R"({"value":98.7800001})", true},
      {EntityType::kDates, "value", R"({"value":"2021-12-29"})", R"({"value":"2021-12"})", false},
      {EntityType::kCounts, "unit", R"({"unit":"perahu karet"})", R"({"unit":"perahu"})", true},
  };
  for (const Case& c : cases) {
    CAPTURE(c.attribute);
    CAPTURE(c.gold);
    CAPTURE(c.pred);
    Json empty = Json::object();
    CHECK(Attr(c.type, c.attribute).agrees(J(c.gold), J(c.pred), empty, empty) == c.want);
  }
}

TEST_CASE("A quote's speaker is compared by the name of the official it points to") {
  Json grec = J(R"({"officials":[{"id":"O1","name":"Budi Santoso"}]})");
  Json prec = J(R"({"officials":[{"id":"O7","name":"H. Budi Santoso"},{"id":"O1","name":"X"}]})");
  const AttributeRule& speaker = Attr(EntityType::kQuotes, "speaker");
  CHECK(speaker.agrees(J(R"({"speaker":"O1"})"), J(R"({"speaker":"O7"})"), grec, prec));
  CHECK_FALSE(speaker.agrees(J(R"({"speaker":"O1"})"), J(R"({"speaker":"O1"})"), grec, prec));
  CHECK_FALSE(speaker.agrees(J(R"({"speaker":"O1"})"), J(R"({"speaker":null})"), grec, prec));
  CHECK(speaker.agrees(J(R"({"speaker":null})"), J(R"({})"), grec, prec));
}

TEST_CASE("MatchEntities is greedy and one-to-one, in gold order") {
  // The first gold date overlaps both predictions and takes the first; the
  // second gold date then only has the second.
  Json g = J(R"([{"start":0,"end":10},{"start":8,"end":12}])");
  Json p = J(R"([{"start":5,"end":9},{"start":9,"end":11},{"start":50,"end":60}])");
  std::vector<const Json*> gl = {&g[0], &g[1]}, pl = {&p[0], &p[1], &p[2]};
  std::vector<MatchedPair> pairs = MatchEntities(EntityType::kDates, Rule::kLenient, gl, pl);
  REQUIRE(pairs.size() == 2);
  CHECK(pairs[0].gold == 0);
  CHECK(pairs[0].pred == 0);
  CHECK(pairs[1].gold == 1);
  CHECK(pairs[1].pred == 1);
}

TEST_CASE("ScoredEntities leaves out unnamed officials and gold dates without a value") {
  Json rec = J(R"({"officials":[{"name":"A B"},{"name":""},{"name":null},{},"O9"],
                   "dates":[{"value":"2021","start":0,"end":4},{"value":null,"start":5,"end":9}]})");
  CHECK(ScoredEntities(EntityType::kOfficials, rec, true).size() == 1);
  CHECK(ScoredEntities(EntityType::kDates, rec, /*is_gold=*/true).size() == 1);
  CHECK(ScoredEntities(EntityType::kDates, rec, /*is_gold=*/false).size() == 2);  // as score.py
}

// Regression: json::empty() is false for strings, so an official named "" was
// scored as a false hit where score.py ignores it.
TEST_CASE("Regression: an official with an empty-string name is not scored") {
  Json rec = J(R"({"officials":[{"name":""}]})");
  CHECK(ScoredEntities(EntityType::kOfficials, rec, false).empty());
}

const char* kGold =
    R"({"id":"a1","officials":[{"id":"O1","name":"Budi Santoso","title":"Camat",
        "mentions":[{"start":0,"end":12,"text":"Budi Santoso"}]}],
        "agencies":[{"id":"A1","name":"Dinas Sosial","acronym":null,
        "mentions":[{"start":20,"end":32,"text":"Dinas Sosial"}]}],
        "awards":[],"scores":[],"counts":[],"quotes":[],
        "dates":[{"start":40,"end":44,"text":"2023","value":"2023","type":"year"}]})";

TEST_CASE("Gold against itself scores 1 everywhere it has entities") {
  RecordSet gold = Records({kGold});
  EvalResult r = Evaluate(gold, gold);
  CHECK(r.missing_predictions.empty());
  for (EntityType t : {EntityType::kOfficials, EntityType::kAgencies, EntityType::kDates}) {
    const TypeScore* s = r.Type(t);
    CAPTURE(TypeName(t));
    CHECK(s->lenient.f1() == 1.0);
    CHECK(s->strict.f1() == 1.0);
    for (const AttributeScore& a : s->attributes) CHECK(a.accuracy() == 1.0);
  }
  // Types without any entity score 0, as in score.py, and their attributes n/a.
  CHECK(r.Type(EntityType::kAwards)->lenient.f1() == 0.0);
  CHECK_FALSE(r.Type(EntityType::kAwards)->attributes[0].accuracy().has_value());
  CHECK(r.MacroF1(Rule::kLenient) == doctest::Approx(3.0 / 5));
}

TEST_CASE("Gold against nothing: recall 0, every entity a miss, the article listed") {
  EvalResult r = Evaluate(Records({kGold}), RecordSet());
  CHECK(r.missing_predictions == std::vector<std::string>{"a1"});
  CHECK(r.Type(EntityType::kOfficials)->lenient.fn == 1);
  CHECK(r.Type(EntityType::kOfficials)->lenient.recall() == 0.0);
  REQUIRE(r.per_article.size() == 1);
  CHECK(r.per_article[0].diff.size() == 3);
  CHECK(r.per_article[0].diff[0].kind == DiffItem::Kind::kMiss);
  CHECK(r.per_article[0].diff[0].gold.find("\"Budi Santoso\" @0") == 0);
}

TEST_CASE("Strict and lenient differ on boundaries; attributes count lenient pairs") {
  RecordSet pred = Records({R"({"id":"a1","officials":[{"name":"Drs. Budi Santoso, M.Si",
      "title":"Lurah"}],"dates":[{"start":35,"end":44,"value":"2023"}]})"});
  EvalResult r = Evaluate(Records({kGold}), pred);
  const TypeScore* o = r.Type(EntityType::kOfficials);
  CHECK(o->lenient.tp == 1);
  CHECK(o->strict.tp == 0);
  CHECK(o->strict.fp == 1);
  CHECK(o->attributes[0].name == "title");
  CHECK(o->attributes[0].correct == 0);
  CHECK(o->attributes[0].total == 1);
  const TypeScore* d = r.Type(EntityType::kDates);
  CHECK(d->lenient.tp == 1);
  CHECK(d->strict.tp == 0);
  CHECK(r.MetricValue("dates.attr.value") == 1.0);
  CHECK(r.MetricValue("officials.strict.recall") == 0.0);
  CHECK_FALSE(r.MetricValue("officials.lenient.f2").has_value());
}

TEST_CASE("CheckThresholds names each metric below its floor and rejects unknown ones") {
  EvalResult r = Evaluate(Records({kGold}), RecordSet());
  std::vector<Threshold> floors = {{"officials.lenient.recall", 0.5, 3},
                                   {"officials.lenient.precision", 0.0, 4},
                                   {"awards.attr.rank", 0.0, 5},   // n/a passes a zero floor
                                   {"dates.attr.value", 0.1, 6}};  // n/a fails any other
  auto below = CheckThresholds(r, floors, "t.tsv");
  REQUIRE(below.ok());
  REQUIRE(below->size() == 2);
  CHECK((*below)[0].metric == "officials.lenient.recall");
  CHECK((*below)[1].metric == "dates.attr.value");
  CHECK_FALSE((*below)[1].value.has_value());

  auto unknown = CheckThresholds(r, {{"oficials.lenient.f1", 0.1, 9}}, "t.tsv");
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().message() == "t.tsv:9: unknown metric 'oficials.lenient.f1'");
}

TEST_CASE("A floor copied from a printed value passes for that value") {
  // 6/7 = 0.857142... prints as 0.857; a floor of 0.857 must hold.
  RecordSet gold, pred;
  Json g = Json::object(), p = Json::object();
  g["id"] = p["id"] = "x";
  g["dates"] = p["dates"] = Json::array();
  for (int i = 0; i < 7; ++i) {
    Json d = {{"start", i * 10}, {"end", i * 10 + 4}, {"value", "2023"}};
    g["dates"].push_back(d);
    if (i < 6) p["dates"].push_back(d);
  }
  gold.Add("x", g);
  pred.Add("x", p);
  EvalResult r = Evaluate(gold, pred);
  auto below = CheckThresholds(r, {{"dates.lenient.recall", 0.857, 1}}, "t.tsv");
  REQUIRE(below.ok());
  CHECK(below->empty());
  below = CheckThresholds(r, {{"dates.lenient.recall", 0.858, 1}}, "t.tsv");
  CHECK(below->size() == 1);
}

TEST_CASE("RenderJson has the documented shape") {
  EvalResult r = Evaluate(Records({kGold}), Records({kGold}));
  Json j = Json::parse(RenderJson(r, /*with_diff=*/true));
  CHECK(j["articles"] == 1);
  CHECK(j["macro_f1"].contains("lenient"));
  CHECK(j["types"]["officials"]["lenient"]["f1"] == 1.0);
  CHECK(j["types"]["officials"]["attributes"]["title"]["total"] == 1);
  CHECK(j["types"]["counts"]["in_macro"] == false);
  CHECK(j["diff"][0]["id"] == "a1");
  CHECK(j["diff"][0]["items"].empty());
  CHECK_FALSE(Json::parse(RenderJson(r, false)).contains("diff"));
}

}  // namespace
}  // namespace warta::eval
