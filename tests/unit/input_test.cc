// Record framing and decoding that needs no archive tools (archives,
// compressed streams and WARC are covered by tests/cli/batch_test.py).
#include <doctest/doctest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "warta/input/reader.h"

namespace warta {
namespace {

namespace fs = std::filesystem;

struct DecodeCase {
  const char* name;
  RawRecord::Kind kind;
  std::string body;
  std::string charset;
  const char* text;
  const char* title;
  ErrorCode code;
};

TEST_CASE("DecodeRecord turns framed records into articles") {
  const DecodeCase cases[] = {
      {"json line", RawRecord::Kind::kJsonLine,
       R"({"id":"a1","text":"Camat hadir.","title":"Judul"})", "", "Camat hadir.", "Judul",
       ErrorCode::kOk},
      {"text", RawRecord::Kind::kText, "Lurah membuka posyandu.", "", "Lurah membuka posyandu.", "",
       ErrorCode::kOk},
      {"html", RawRecord::Kind::kHtml, "<h1>Posyandu</h1><p>Lurah hadir.</p>", "",
       "Posyandu\n\nLurah hadir.", "Posyandu", ErrorCode::kOk},
      {"declared windows-1252 is converted", RawRecord::Kind::kHtml,
       "<p>Caf\xE9 \x93"
       "baru\x94</p>",
       "windows-1252",
       "Caf\xC3\xA9 \xE2\x80\x9C"
       "baru\xE2\x80\x9D",
       "", ErrorCode::kOk},
      {"meta charset is sniffed", RawRecord::Kind::kHtml,
       "<meta charset=iso-8859-1><p>Se\xF1or</p>", "", "Se\xC3\xB1or", "", ErrorCode::kOk},
      {"undeclared invalid UTF-8 is an error", RawRecord::Kind::kText, "Kab\xFF", "", "", "",
       ErrorCode::kInvalidUtf8},
      {"a declared charset does not touch valid UTF-8", RawRecord::Kind::kText, "Caf\xC3\xA9",
       "windows-1252", "Caf\xC3\xA9", "", ErrorCode::kOk},
  };
  for (const DecodeCase& c : cases) {
    INFO(c.name);
    RawRecord raw;
    raw.kind = c.kind;
    raw.id = "x";
    raw.body = c.body;
    raw.charset = c.charset;
    Article a;
    DecodeRecord(&raw, InputOptions(), &a);
    CHECK(a.error.code() == c.code);
    if (c.code == ErrorCode::kOk) {
      CHECK(a.text == c.text);
      CHECK(a.title == c.title);
    }
  }
}

TEST_CASE("DecodeRecord passes error records through") {
  RawRecord raw;
  raw.kind = RawRecord::Kind::kError;
  raw.id = "arsip.tar/a.txt";
  raw.error = Status(ErrorCode::kIoError, "arsip.tar: truncated");
  Article a;
  DecodeRecord(&raw, InputOptions(), &a);
  CHECK(a.id == "arsip.tar/a.txt");
  CHECK(a.error.code() == ErrorCode::kIoError);
}

struct NameCase {
  const char* name;
  bool known;
};

TEST_CASE("IsKnownInputName accepts what warta reads") {
  const NameCase cases[] = {
      {"a.jsonl", true},   {"a.jsonl.gz", true}, {"a.JSON", true},    {"a.txt.bz2", true},
      {"a.html", true},    {"a.htm.xz", true},   {"a.warc.gz", true}, {"a.tar", true},
      {"a.tar.zst", true}, {"a.tgz", true},      {"a.zip", true},     {"a.png", false},
      {"README", false},   {"a.gz", false},      {"a.md", false},
  };
  for (const NameCase& c : cases) {
    INFO(c.name);
    CHECK(IsKnownInputName(c.name) == c.known);
  }
}

void WriteFile(const fs::path& p, const std::string& content) {
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << content;
}

TEST_CASE("ListInputs walks directories in sorted order and skips hidden and unknown files") {
  fs::path dir = fs::temp_directory_path() / ("warta_list_test_" + std::to_string(::getpid()));
  fs::remove_all(dir);
  // Created out of order on purpose: the listing must not depend on it.
  WriteFile(dir / "b" / "z.txt", "z");
  WriteFile(dir / "a.jsonl", "{}\n");
  WriteFile(dir / "b" / "a.html", "<p>a</p>");
  WriteFile(dir / ".tersembunyi" / "c.txt", "c");
  WriteFile(dir / ".d.txt", "d");
  WriteFile(dir / "foto.png", "png");
  InputList list = ListInputs({dir.string()});
  std::vector<std::string> got;
  for (const InputFile& f : list.files) got.push_back(fs::relative(f.path, dir).string());
  CHECK(got == std::vector<std::string>{"a.jsonl", "b/a.html", "b/z.txt"});
  REQUIRE(list.skipped.size() == 1);
  CHECK(fs::path(list.skipped[0]).filename() == "foto.png");
  CHECK(list.total_known);
  CHECK(list.total_bytes == 3 + 8 + 1);
  fs::remove_all(dir);
}

TEST_CASE("ListInputs marks stdin and missing files as of unknown size") {
  CHECK_FALSE(ListInputs({"-"}).total_known);
  InputList missing = ListInputs({"/nonexistent/warta.jsonl"});
  CHECK_FALSE(missing.total_known);
  REQUIRE(missing.files.size() == 1);
}

}  // namespace
}  // namespace warta
