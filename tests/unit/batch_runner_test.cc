#include "warta/batch/batch_runner.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "unit/test_support.h"

namespace warta {
namespace {

namespace fs = std::filesystem;

// Original sentences; records mix them so that articles differ in length.
const char* const kSentences[] = {
    "Wali Kota Sukamaju meresmikan pasar tradisional di Kecamatan Tanjung pada Senin (3/1/2022).",
    "Sebanyak 1.250 warga mengikuti vaksinasi massal di gedung olahraga kota.",
    "\"Kami berharap program ini berlanjut tahun depan,\" kata Kepala Dinas Kesehatan.",
    "Pertandingan final berakhir dengan skor 3-1 untuk tim tuan rumah.",
    "Bupati meminta camat memastikan bantuan sosial tersalurkan sebelum akhir bulan.",
};

// A JSONL file of n records; every 17th is broken (bad JSON or no text) so
// that error records are interleaved with results.
fs::path WriteCorpus(int n, int* errors) {
  fs::path p = fs::temp_directory_path() / ("warta_batch_" + std::to_string(::getpid()) + ".jsonl");
  std::ofstream out(p, std::ios::binary);
  *errors = 0;
  for (int i = 0; i < n; ++i) {
    if (i % 17 == 5) {
      out << (i % 2 ? "{\"id\": \"rusak" : "{\"id\": \"r") << i << "\"}\n";
      ++*errors;
      continue;
    }
    std::string text;
    for (int k = 0; k <= i % 4; ++k) {
      for (const char* c = kSentences[(i + k) % 5]; *c != '\0'; ++c) {
        if (*c == '"') text += '\\';
        text += *c;
      }
      text += k % 2 ? "\\n\\n" : " ";
    }
    out << "{\"id\": \"a" << i << "\", \"text\": \"" << text << "\"}\n";
  }
  return p;
}

std::string RunWith(const fs::path& corpus, BatchOptions options, BatchStats* stats = nullptr) {
  std::string out;
  BatchStats s = RunBatch(testing::DefaultPipeline(), ListInputs({corpus.string()}), InputOptions(),
                          OutputOptions(), options, [&](std::string_view lines) {
                            out.append(lines);
                            return true;
                          });
  if (stats != nullptr) *stats = s;
  return out;
}

struct RunCase {
  int threads;
  size_t batch_articles;
  size_t max_in_flight;
};

TEST_CASE("RunBatch output is identical whatever the threads, batch size and queue depth") {
  int errors = 0;
  fs::path corpus = WriteCorpus(400, &errors);
  BatchOptions base;
  base.threads = 1;
  BatchStats reference_stats;
  std::string reference = RunWith(corpus, base, &reference_stats);
  CHECK(std::count(reference.begin(), reference.end(), '\n') == 400);
  CHECK(reference_stats.articles == 400);
  CHECK(reference_stats.errors == static_cast<uint64_t>(errors));
  const RunCase cases[] = {{2, 64, 0}, {2, 1, 1}, {3, 7, 2}, {4, 1, 0}, {8, 3, 1}, {1, 5, 0}};
  for (const RunCase& c : cases) {
    CAPTURE(c.threads);
    CAPTURE(c.batch_articles);
    CAPTURE(c.max_in_flight);
    BatchOptions o;
    o.threads = c.threads;
    o.batch_articles = c.batch_articles;
    o.max_in_flight = c.max_in_flight;
    BatchStats stats;
    CHECK(RunWith(corpus, o, &stats) == reference);
    CHECK(stats.articles == 400);
    CHECK(stats.errors == static_cast<uint64_t>(errors));
    CHECK(stats.status.ok());
  }
  fs::remove(corpus);
}

TEST_CASE("RunBatch stops quietly when the sink refuses output") {
  int errors = 0;
  fs::path corpus = WriteCorpus(300, &errors);
  for (int threads : {1, 2, 4}) {
    CAPTURE(threads);
    BatchOptions o;
    o.threads = threads;
    o.batch_articles = 10;
    int calls = 0;
    BatchStats stats =
        RunBatch(testing::DefaultPipeline(), ListInputs({corpus.string()}), InputOptions(),
                 OutputOptions(), o, [&](std::string_view) { return ++calls < 2; });
    CHECK(stats.output_closed);
    CHECK(calls == 2);
    CHECK(stats.articles == 10);  // only what was accepted counts
  }
  fs::remove(corpus);
}

TEST_CASE("RunBatch reports progress and per-stage timing") {
  int errors = 0;
  fs::path corpus = WriteCorpus(50, &errors);
  BatchOptions o;
  o.threads = 2;
  o.timing = true;
  std::vector<BatchProgress> reports;
  o.on_progress = [&](const BatchProgress& p) { reports.push_back(p); };
  BatchStats stats;
  RunWith(corpus, o, &stats);
  REQUIRE_FALSE(reports.empty());
  CHECK(reports.back().finished);
  CHECK(reports.back().articles == 50);
  CHECK(reports.back().bytes_read == fs::file_size(corpus));
  CHECK(reports.back().total_bytes == fs::file_size(corpus));
  std::vector<std::string> stages;
  for (const StageTime& s : stats.stages) stages.push_back(s.stage);
  for (const char* want : {"read", "decode", "clean", "tokenize", "render", "write"}) {
    INFO(want);
    CHECK(std::find(stages.begin(), stages.end(), want) != stages.end());
  }
  CHECK(FormatStats(stats).find("tokenize") != std::string::npos);
  fs::remove(corpus);
}

struct ProgressCase {
  BatchProgress progress;
  const char* want;
};

TEST_CASE("FormatProgress") {
  const ProgressCase cases[] = {
      {{12345, 2, 50'000'000, 100'000'000, 10.0, false},
       "12,345 articles  1,235/s  5.0 MB/s  2 errors  50%  ETA 0:10"},
      {{999, 0, 1'000'000, 0, 2.0, false}, "999 articles  500/s  0.5 MB/s  0 errors"},
      {{1000, 0, 1'000'000, 1'000'000, 2.0, true},
       "1,000 articles  500/s  0.5 MB/s  0 errors  in 2.0 s"},
  };
  for (const ProgressCase& c : cases) {
    CHECK(FormatProgress(c.progress) == c.want);
  }
}

}  // namespace
}  // namespace warta
