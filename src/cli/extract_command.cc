#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/flags.h"
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
    "file, first line the title when it looks like one) or '-' for stdin\n"
    "(JSONL unless --format txt). Exit status: 0 all articles processed, 1 some\n"
    "got error records, 2 usage or fatal error.\n"
    "\n"
    "options:\n"
    "  --pretty                 indent the JSON (several lines per article)\n"
    "  --offsets cp|utf8        span offsets in code points (default) or UTF-8 bytes\n"
    "  --published YYYY-MM-DD   reference date for articles that carry none\n"
    "  --id-field NAME          JSONL field of the id (default: id)\n"
    "  --text-field NAME        JSONL field of the text (default: text)\n"
    "  --title-field NAME       JSONL field of the title (default: title)\n"
    "  --date-field NAME        JSONL field of the publication date (default: published)\n"
    "  --format auto|jsonl|txt  input format (default: by extension; stdin is JSONL)\n"
    "  --max-article-bytes N    larger articles get a too_large error (default: 8M, at most 1G)\n"
    "  --invalid-utf8 error|replace\n"
    "                           reject articles with invalid UTF-8 (default) or\n"
    "                           replace each bad sequence with U+FFFD\n"
    "  --lexicons DIR           use DIR/NAME.tsv instead of the embedded NAME.tsv\n"
    "  -h, --help               show this help\n";

// Writes to stdout; false once the reader of the pipe has gone away.
bool Write(const std::string& s) {
  if (std::fwrite(s.data(), 1, s.size(), stdout) == s.size()) return true;
  return false;
}

}  // namespace

int RunExtract(const std::vector<std::string>& args) {
  warta::InputOptions in;
  warta::OutputOptions out;
  warta::PipelineOptions popts;
  std::vector<std::string> files;
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
      } else {
        return Usage("--format: expected auto, jsonl or txt, got '" + value + "'");
      }
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

  warta::Pipeline::Workspace ws = (*pipeline)->NewWorkspace();
  warta::ArticleResult result;
  bool any_error = false;
  bool fatal = false;
  for (const std::string& file : files) {
    auto reader = warta::OpenInput(file, in);
    if (!reader.ok()) {
      // The file is one missing input: it gets its error record like any other.
      std::fprintf(stderr, "warta: %s\n", reader.status().message().c_str());
      warta::Article missing;
      missing.id = file;
      missing.error = reader.status();
      (*pipeline)->Process(std::move(missing), &ws, &result);
      if (!Write(warta::RenderArticle(result, out))) return 0;
      any_error = true;
      continue;
    }
    warta::Article article;
    while ((*reader)->Next(&article)) {
      (*pipeline)->Process(std::move(article), &ws, &result);
      if (!result.status.ok()) any_error = true;
      if (!Write(warta::RenderArticle(result, out))) return 0;
    }
  }
  if (std::fflush(stdout) != 0) {
    if (errno == EPIPE) return 0;
    std::fprintf(stderr, "warta: writing output: %s\n", std::strerror(errno));
    fatal = true;
  }
  return fatal ? 2 : any_error ? 1 : 0;
}

}  // namespace warta_cli
