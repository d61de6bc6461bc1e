// Fuzzes the lexicon loader. Input: one byte choosing a lexicon, then the
// bytes of a file. TsvTable::Parse must accept it or fail with
// "SOURCE:LINE: message"; then the same bytes go into an override directory
// (DIR/NAME.tsv) and Pipeline::Create must build or fail with kLexiconError,
// never crash. A pipeline that builds must process an article.
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "fuzz/fuzz_support.h"
#include "warta/lexicon/tsv.h"

namespace {

void CheckError(const warta::Status& s, std::string_view source) {
  warta_fuzz::Check(s.code() == warta::ErrorCode::kLexiconError, "not a lexicon error");
  const std::string& m = s.message();
  warta_fuzz::Check(m.compare(0, source.size(), source) == 0 && m.size() > source.size() &&
                        m[source.size()] == ':',
                    "message does not start with the file name: " + m);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  std::string_view content(reinterpret_cast<const char*>(data) + 1, size - 1);

  auto table = warta::TsvTable::Parse("x.tsv", content, {"phrase"});
  if (table.ok()) {
    int line = 0;
    for (const warta::TsvRow& row : table->rows()) {
      warta_fuzz::Check(row.fields.size() == table->header().size(), "ragged row");
      warta_fuzz::Check(row.line > line, "line numbers not increasing");
      line = row.line;
    }
    warta_fuzz::Check(table->Column("phrase") >= 0, "required column missing");
  } else {
    CheckError(table.status(), "x.tsv");
    const std::string& m = table.status().message();
    size_t colon = m.find(':', 6);
    warta_fuzz::Check(colon != std::string::npos && colon > 6, "no line number: " + m);
  }

  static const std::vector<std::string> names = warta_fuzz::DefaultPipeline().lexicons().Names();
  static const std::string dir = [] {
    char tmpl[] = "/tmp/warta-lexfuzz-XXXXXX";
    if (!mkdtemp(tmpl)) warta_fuzz::Fail("mkdtemp failed");
    return std::string(tmpl);
  }();
  const std::string& name = names[data[0] % names.size()];
  std::filesystem::path path = std::filesystem::path(dir) / name;
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
  }
  warta::PipelineOptions opts;
  opts.lexicon_dir = dir;
  auto pipeline = warta::Pipeline::Create(opts);
  std::filesystem::remove(path);
  if (!pipeline.ok()) {
    // abbreviations.tsv decides how other lexicons' entries tokenize, so a
    // bad override of it may surface as an embedded lexicon's entry that is no
    // longer one word; that message names the embedded file and the cause.
    const std::string& m = pipeline.status().message();
    bool via_abbreviations = name == "abbreviations.tsv" && m.rfind("lexicons/", 0) == 0 &&
                             m.find("must be in abbreviations.tsv") != std::string::npos;
    if (!via_abbreviations) CheckError(pipeline.status(), path.string());
    return 0;
  }
  warta::Pipeline::Workspace ws = (*pipeline)->NewWorkspace();
  warta::Article a;
  a.id = "fuzz";
  a.text = "JAKARTA, KOMPAS.com - Wali Kota Bogor meresmikan taman baru pada Senin (3/1/2022).";
  warta::ArticleResult r;
  (*pipeline)->Process(std::move(a), &ws, &r);
  warta_fuzz::Check(r.status.ok(), "article failed");
  warta_fuzz::CheckRendered(r);
  return 0;
}
