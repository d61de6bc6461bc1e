#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "unit/test_support.h"
#include "warta/lexicon/lexicon_set.h"
#include "warta/lexicon/phrase_matcher.h"
#include "warta/lexicon/tsv.h"

namespace warta {
namespace {

struct TsvCase {
  const char* content;
  const char* error;  // empty when valid
  size_t rows;
};

TEST_CASE("TSV validation reports file:line") {
  const TsvCase cases[] = {
      {"a\tb\nx\ty\n", "", 1},
      {"# comment\n\na\tb\n# more\nx\ty\n\nz\tw\n", "", 2},
      {"a\tb\r\nx\ty\r\n", "", 1},
      {"a\tb\nx\n", "t.tsv:2: expected 2 columns, got 1", 0},
      {"a\tb\nx\ty\tz\n", "t.tsv:2: expected 2 columns, got 3", 0},
      {"# only comments\n", "t.tsv:1: no header line", 0},
      {"", "t.tsv:1: empty file (expected a header line)", 0},
      {"a\ta\n", "t.tsv:1: duplicate column 'a' in header", 0},
      {"a\t\n", "t.tsv:1: empty column name in header", 0},
      {"b\tc\n", "t.tsv:1: header lacks required column 'a'", 0},
      {"a\tb\n x\ty\n", "t.tsv:2: field 1 has leading or trailing spaces", 0},
      {"a\tb\nx\ty \n", "t.tsv:2: field 2 has leading or trailing spaces", 0},
      {"a\tb\n\xff\ty\n", "t.tsv:2: invalid UTF-8 at column 1", 0},
      {"a\tb\nx\t\n", "", 1},
  };
  for (const TsvCase& c : cases) {
    std::string shown(c.content);
    CAPTURE(shown);
    StatusOr<TsvTable> t = TsvTable::Parse("t.tsv", c.content, {"a"});
    if (*c.error) {
      REQUIRE_FALSE(t.ok());
      CHECK(t.status().code() == ErrorCode::kLexiconError);
      CHECK(t.status().message() == c.error);
    } else {
      REQUIRE(t.ok());
      CHECK(t->rows().size() == c.rows);
    }
  }
}

TEST_CASE("list fields split on bars") {
  CHECK(SplitList("") == std::vector<std::string_view>{});
  CHECK(SplitList("a") == std::vector<std::string_view>{"a"});
  CHECK(SplitList("a|b||c|") == std::vector<std::string_view>{"a", "b", "c"});
}

TEST_CASE("every embedded lexicon validates and builds") {
  StatusOr<LexiconSet> set = LexiconSet::Load("");
  REQUIRE(set.ok());
  CHECK(set->Names().size() >= 4);
  for (const std::string& name : set->Names()) {
    CAPTURE(name);
    CHECK(set->Table(name.substr(0, name.size() - 4), {}).ok());
  }
  CHECK_FALSE(set->Table("no_such_lexicon", {}).ok());
}

TEST_CASE("a directory overrides embedded lexicons file by file") {
  namespace fs = std::filesystem;
  fs::path dir = fs::temp_directory_path() / "warta_lexicon_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "outlets.tsv") << "name\tcanonical\nWarta Kita\tWarta Kita\n";
  StatusOr<LexiconSet> set = LexiconSet::Load(dir.string());
  REQUIRE(set.ok());
  StatusOr<TsvTable> outlets = set->Table("outlets", {"name"});
  REQUIRE(outlets.ok());
  CHECK(outlets->rows().size() == 1);
  CHECK(outlets->source() == (dir / "outlets.tsv").string());
  CHECK(set->Table("boilerplate", {}).ok());  // still embedded

  std::ofstream(dir / "outlet.tsv") << "name\tcanonical\n";
  StatusOr<LexiconSet> typo = LexiconSet::Load(dir.string());
  REQUIRE_FALSE(typo.ok());
  CHECK(typo.status().message().find("unknown lexicon") != std::string::npos);

  StatusOr<LexiconSet> missing = LexiconSet::Load((dir / "nope").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message() == (dir / "nope").string() + ": no such directory");
  fs::remove_all(dir);
}

TEST_CASE("phrase matcher: longest match, case, clitics") {
  const Pipeline& p = testing::DefaultPipeline();
  Vocabulary vocab;
  PhraseMatcher m;
  const Tokenizer& tok = p.tokenizer();
  REQUIRE(m.Add(tok, &vocab, "Wali Kota", false, 1));
  REQUIRE(m.Add(tok, &vocab, "Wali Kota Pontianak", false, 2));
  REQUIRE(m.Add(tok, &vocab, "Kab. Bogor", false, 3));
  REQUIRE(m.Add(tok, &vocab, "BKD", true, 4));
  REQUIRE(m.Add(tok, &vocab, "ujar", false, 5));
  REQUIRE(m.Add(tok, &vocab, "Kota", false, 6));
  CHECK_FALSE(m.Add(tok, &vocab, "   ", false, 7));

  struct MatchCase {
    const char* text;
    std::vector<uint32_t> payloads;
  };
  const MatchCase cases[] = {
      {"Wali Kota Pontianak hadir", {2}},
      {"wali kota hadir", {1}},
      {"WALI KOTA PONTIANAK", {2}},
      {"Warga Kab. Bogor", {3}},
      {"Kepala BKD datang", {4}},
      {"kepala bkd datang", {}},
      {"ujarnya singkat", {5}},
      {"ujar dia", {5}},
      {"Kota Kota Kota", {6, 6, 6}},
      {"tidak ada apa-apa", {}},
  };
  for (const MatchCase& c : cases) {
    std::string shown(c.text);
    CAPTURE(shown);
    Tokenizer::State st = tok.NewState();
    TokenizedText t;
    tok.Tokenize(c.text, {}, &st, &t);
    vocab.Assign(&t);
    std::vector<uint32_t> got;
    for (const auto& match : m.FindAll(t, c.text, 0, static_cast<uint32_t>(t.tokens.size()))) {
      got.push_back(match.payload);
    }
    CHECK(got == c.payloads);
  }
}

}  // namespace
}  // namespace warta
