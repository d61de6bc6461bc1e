// Regions: the lexicon's completeness and code format, and the matcher.
#include <doctest/doctest.h>

#include <map>
#include <set>
#include <string>

#include "unit/test_support.h"
#include "warta/extract/regions/region_matcher.h"

namespace warta {
namespace {

// The matcher with its own vocabulary, as an extractor would build it.
struct Fixture {
  Vocabulary vocab;
  RegionMatcher matcher;
  static Fixture* Get() {
    static Fixture* f = [] {
      const Pipeline& p = testing::DefaultPipeline();
      Vocabulary vocab;
      BuildContext ctx{p.lexicons(), p.tokenizer(), &vocab};
      StatusOr<RegionMatcher> m = RegionMatcher::Create(ctx);
      REQUIRE(m.ok());
      return new Fixture{std::move(vocab), std::move(*m)};
    }();
    return f;
  }
};

// `text` tokenized with the fixture's vocabulary assigned.
TokenizedText Tokenized(const std::string& text) {
  const Pipeline& p = testing::DefaultPipeline();
  Tokenizer::State st = p.tokenizer().NewState();
  TokenizedText t;
  p.tokenizer().Tokenize(text, {}, &st, &t);
  Fixture::Get()->vocab.Assign(&t);
  return t;
}

TEST_CASE("regions.tsv has every province, kabupaten and kota with a unique, well-formed code") {
  const RegionMatcher& m = Fixture::Get()->matcher;
  std::map<std::string, int> levels;
  std::set<std::string> codes;
  for (const Region& r : m.regions()) {
    ++levels[r.level];
    CHECK(codes.insert(r.code).second);
    if (r.level == "provinsi") {
      CHECK(r.code.size() == 2);
    } else {
      REQUIRE(r.code.size() == 5);
      CHECK(r.code[2] == '.');
      CHECK(codes.count(r.code.substr(0, 2)) == 1);  // its province comes first
      int sub = std::stoi(r.code.substr(3));
      CHECK((r.level == "kota" ? sub >= 71 : sub <= 69));
    }
  }
  CHECK(levels["provinsi"] == 38);
  CHECK(levels["kabupaten"] == 416);
  CHECK(levels["kota"] == 98);
  CHECK(m.regions().size() == 552);
}

struct RegionCase {
  const char* text;  // the region is written at the first token
  const char* hint;
  const char* name;  // "" = no match
  const char* code;
  bool ambiguous;
};

TEST_CASE("region matcher: level words, aliases, ambiguity, local places") {
  const RegionCase cases[] = {
      {"Kota Pontianak", "", "Kota Pontianak", "61.71", false},
      {"Pontianak", "", "Kota Pontianak", "61.71", false},
      {"Kab. Bogor", "", "Kabupaten Bogor", "32.01", false},
      {"Kab Bogor", "", "Kabupaten Bogor", "32.01", false},
      {"Kabupaten Muara Enim", "", "Kabupaten Muara Enim", "16.03", false},
      {"Provinsi Kalbar", "", "Kalimantan Barat", "61", false},
      {"Prov. Jawa Timur", "", "Jawa Timur", "35", false},
      {"Kalbar", "", "Kalimantan Barat", "61", false},
      {"Jabar", "", "Jawa Barat", "32", false},
      {"Sumsel", "", "Sumatera Selatan", "16", false},
      {"DKI", "", "DKI Jakarta", "31", false},
      {"DIY", "", "Daerah Istimewa Yogyakarta", "34", false},
      {"Bogor", "kota", "Kota Bogor", "32.71", false},
      {"Bogor", "kabupaten", "Kabupaten Bogor", "32.01", false},
      {"Bogor", "", "Bogor", "", true},
      {"Malang", "", "Malang", "", true},
      {"Jambi", "provinsi", "Jambi", "15", false},
      {"Jambi", "kota", "Kota Jambi", "15.71", false},
      {"Kota Batu", "", "Kota Batu", "35.79", false},
      {"Tangsel", "", "Kota Tangerang Selatan", "36.74", false},
      {"Kota Banjar", "", "Kota Banjar", "32.79", false},
      {"Kabupaten Banjar", "", "Kabupaten Banjar", "63.03", false},
      {"Solo", "", "Kota Surakarta", "33.72", false},
      {"Kota Sumsel", "", "", "", false},
      {"Kabupaten Pontianak", "", "", "", false},
      {"pontianak", "", "", "", false},
      {"Kota", "", "", "", false},
      {"Kepulauan Seribu", "", "Kabupaten Kepulauan Seribu", "31.01", false},
      // hint "local": kecamatan, kelurahan and desa as written, with no code.
      {"Kecamatan Pontianak Kota", "local", "Kecamatan Pontianak Kota", "", false},
      {"Kec. Sungai Raya", "local", "Kecamatan Sungai Raya", "", false},
      {"Desa Sukamaju", "local", "Desa Sukamaju", "", false},
      {"Kelurahan Sungai Jawi Dalam", "local", "Kelurahan Sungai Jawi", "", false},
  };
  Fixture* f = Fixture::Get();
  for (const RegionCase& c : cases) {
    const std::string text = c.text;
    CAPTURE(text);
    TokenizedText t = Tokenized(text);
    RegionMatch m;
    const uint32_t n = static_cast<uint32_t>(t.tokens.size());
    const bool local = std::string(c.hint) == "local";
    bool found = local ? f->matcher.MatchLocal(t, text, 0, n, "", &m)
                       : f->matcher.Match(t, text, 0, n, c.hint, &m);
    CHECK(found == !std::string(c.name).empty());
    if (!found) continue;
    CHECK(m.jurisdiction.name == std::string(c.name));
    CHECK(m.jurisdiction.code == std::string(c.code));
    CHECK(m.jurisdiction.ambiguous == c.ambiguous);
    if (!local) CHECK(m.end == n);
  }
}

}  // namespace
}  // namespace warta
