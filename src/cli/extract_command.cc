#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

#include "cli/commands.h"
#include "cli/flags.h"
#include "warta/batch/batch_runner.h"
#include "warta/input/reader.h"
#include "warta/output/json_writer.h"
#include "warta/pipeline.h"

namespace warta_cli {
namespace {

constexpr const char kHelp[] =
    "usage: warta extract [OPTIONS] [FILE...]\n"
    "\n"
    "Reads articles and writes one JSON object per article to stdout, in input\n"
    "order. FILE may be .jsonl (one article per line), .txt (one article per\n"
    "file, first line the title when it looks like one), .html, .warc (response\n"
    "records), any of these compressed (.gz .bz2 .xz .zst), an archive (.tar,\n"
    ".tar.gz, .tgz, .zip, ...) of .txt/.html/.jsonl members, a directory (walked\n"
    "recursively in sorted order) or '-' for stdin (JSONL unless --format;\n"
    "plain or gzip/bzip2/xz/zstd compressed). Offsets of HTML articles refer to\n"
    "their extracted text (docs/cli.md).\n"
    "Exit status: 0 all articles processed, 1 some got error records, 2 usage or\n"
    "fatal error.\n"
    "\n"
    "options:\n"
    "  --pretty                 indent the JSON (several lines per article)\n"
    "  --offsets cp|utf8        span offsets in code points (default) or UTF-8 bytes\n"
    "  --published YYYY-MM-DD   reference date for articles that carry none\n"
    "  --id-field NAME          JSONL field of the id (default: id)\n"
    "  --text-field NAME        JSONL field of the text (default: text)\n"
    "  --title-field NAME       JSONL field of the title (default: title)\n"
    "  --date-field NAME        JSONL field of the publication date (default: published)\n"
    "  --format auto|jsonl|txt|html|warc\n"
    "                           input framing (default: by extension; stdin is JSONL)\n"
    "  --max-article-bytes N    larger articles get a too_large error (default: 8M, at most 1G)\n"
    "  --invalid-utf8 error|replace\n"
    "                           reject articles with invalid UTF-8 (default) or\n"
    "                           replace each bad sequence with U+FFFD\n"
    "  --lexicons DIR           use DIR/NAME.tsv instead of the embedded NAME.tsv\n"
    "  --threads N              worker threads (default: all cores); output order and\n"
    "                           bytes do not depend on N\n"
    "  --progress, --no-progress\n"
    "                           articles, articles/s, MB/s, errors and ETA on stderr\n"
    "                           (default: on when stderr is a terminal)\n"
    "  --stats                  print time per stage and throughput to stderr at the end\n"
    "  -h, --help               show this help\n";

// Writes to stdout; false once the reader of the pipe has gone away.
bool Write(std::string_view s) { return std::fwrite(s.data(), 1, s.size(), stdout) == s.size(); }

// Progress on stderr: rewritten in place on a terminal, one line per report
// (at most one a second) otherwise.
std::function<void(const warta::BatchProgress&)> ProgressPrinter(bool tty) {
  return [tty](const warta::BatchProgress& p) {
    std::string line = "warta: " + warta::FormatProgress(p);
    if (tty) {
      std::fprintf(stderr, "\r%s\033[K%s", line.c_str(), p.finished ? "\n" : "");
    } else {
      std::fprintf(stderr, "%s\n", line.c_str());
    }
    std::fflush(stderr);
  };
}

}  // namespace

int RunExtract(const std::vector<std::string>& args) {
  warta::InputOptions in;
  warta::OutputOptions out;
  warta::PipelineOptions popts;
  warta::BatchOptions batch;
  std::vector<std::string> files;
  bool stats = false;
  int progress = -1;  // -1: when stderr is a terminal
  Flags flags(args);
  std::string value;
  while (flags.More()) {
    if (flags.Bool("-h") || flags.Bool("--help")) {
      std::fputs(kHelp, stdout);
      return 0;
    } else if (flags.Bool("--pretty")) {
      out.pretty = true;
    } else if (flags.Value("--offsets", &value)) {
      if (value == "cp") {
        out.offsets = warta::OffsetUnit::kCodePoints;
      } else if (value == "utf8") {
        out.offsets = warta::OffsetUnit::kUtf8Bytes;
      } else {
        return Usage("--offsets: expected cp or utf8, got '" + value + "'");
      }
    } else if (flags.Value("--published", &popts.default_published) ||
               flags.Value("--id-field", &in.id_field) ||
               flags.Value("--text-field", &in.text_field) ||
               flags.Value("--title-field", &in.title_field) ||
               flags.Value("--date-field", &in.date_field) ||
               flags.Value("--lexicons", &popts.lexicon_dir)) {
    } else if (flags.Value("--format", &value)) {
      if (value == "auto") {
        in.format = warta::InputFormat::kAuto;
      } else if (value == "jsonl") {
        in.format = warta::InputFormat::kJsonl;
      } else if (value == "txt") {
        in.format = warta::InputFormat::kText;
      } else if (value == "html") {
        in.format = warta::InputFormat::kHtml;
      } else if (value == "warc") {
        in.format = warta::InputFormat::kWarc;
      } else {
        return Usage("--format: expected auto, jsonl, txt, html or warc, got '" + value + "'");
      }
    } else if (flags.Value("--threads", &value)) {
      size_t n = 0;
      if (!ParseSize(value, &n) || n == 0 || n > 1024) {
        return Usage("--threads: expected a number from 1 to 1024, got '" + value + "'");
      }
      batch.threads = static_cast<int>(n);
    } else if (flags.Bool("--progress")) {
      progress = 1;
    } else if (flags.Bool("--no-progress")) {
      progress = 0;
    } else if (flags.Bool("--stats")) {
      stats = true;
    } else if (flags.Value("--max-article-bytes", &value)) {
      if (!ParseSize(value, &in.max_article_bytes) || in.max_article_bytes == 0 ||
          in.max_article_bytes > warta::kMaxArticleBytesLimit) {
        return Usage("--max-article-bytes: expected a number from 1 to 1G, got '" + value + "'");
      }
    } else if (flags.Value("--invalid-utf8", &value)) {
      if (value == "error") {
        in.invalid_utf8 = warta::InvalidUtf8::kError;
      } else if (value == "replace") {
        in.invalid_utf8 = warta::InvalidUtf8::kReplace;
      } else {
        return Usage("--invalid-utf8: expected error or replace, got '" + value + "'");
      }
    } else if (flags.Positional(&value)) {
      files.push_back(value);
    } else {
      return Usage(flags.error());
    }
  }
  if (files.empty()) files.push_back("-");

  auto pipeline = warta::Pipeline::Create(popts);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "warta: %s\n", pipeline.status().message().c_str());
    return 2;
  }
  // A closed pipe (warta extract big.jsonl | head -1) ends the run quietly.
  std::signal(SIGPIPE, SIG_IGN);
  static char buffer[1 << 16];
  std::setvbuf(stdout, buffer, _IOFBF, sizeof buffer);

  bool tty = isatty(STDERR_FILENO) != 0;
  if (progress == 1 || (progress == -1 && tty)) {
    batch.on_progress = ProgressPrinter(tty);
    batch.progress_interval = tty ? 0.25 : 1.0;
  }
  batch.timing = stats;
  batch.on_open_error = [](const warta::Status& s) {
    std::fprintf(stderr, "warta: %s\n", s.message().c_str());
  };
  warta::InputList inputs = warta::ListInputs(files);
  if (!inputs.skipped.empty()) {
    std::fprintf(stderr, "warta: skipped %zu file(s) without a known extension, e.g. %s\n",
                 inputs.skipped.size(), inputs.skipped.front().c_str());
  }
  warta::BatchStats result = warta::RunBatch(**pipeline, std::move(inputs), in, out, batch, Write);
  bool fatal = false;
  if (!result.status.ok()) {
    std::fprintf(stderr, "warta: %s\n", result.status.message().c_str());
    fatal = true;
  }
  if (result.output_closed) return 0;
  if (stats) std::fputs(warta::FormatStats(result).c_str(), stderr);
  if (std::fflush(stdout) != 0) {
    if (errno == EPIPE) return 0;
    std::fprintf(stderr, "warta: writing output: %s\n", std::strerror(errno));
    fatal = true;
  }
  return fatal ? 2 : result.errors > 0 ? 1 : 0;
}

}  // namespace warta_cli
