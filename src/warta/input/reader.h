// Article readers: turn files, compressed streams, archives, WARC crawls and
// directories into Article records, one per article, whatever their state.
//
//   InputOptions opts;                       // field names, limits, UTF-8 policy
//   StatusOr<std::unique_ptr<ArticleReader>> r = OpenInput("news.jsonl", opts);
//   if (!r.ok()) ...;                         // kIoError: cannot open
//   Article a;
//   while ((*r)->Next(&a)) {
//     if (!a.error.ok()) { /* write an error record for a.id */ }
//   }
//
// A record that cannot be turned into an article (bad JSON, wrong types,
// invalid UTF-8, too large) is still returned, with `error` set and `id` as
// good as can be had (the record's id, else "FILE:LINE"), so that N records
// in give N records out. Memory is bounded by max_article_bytes per record,
// whatever the size of the input.
//
// Reading is two steps so that the second can run on worker threads:
// a RecordReader frames records (sequential: decompression, line splitting,
// archive members, WARC records) and DecodeRecord turns one RawRecord into an
// Article (JSON parsing, UTF-8 checks, charset conversion, HTML to text).
//
//   InputList inputs = ListInputs({"crawl.warc.gz", "dir/"});  // dirs walked, sorted
//   auto records = OpenInputs(inputs, opts, /*on_open_error=*/nullptr);
//   RawRecord raw;
//   while (records->Next(&raw)) { Article a; DecodeRecord(&raw, opts, &a); ... }
//
// What is read (docs/cli.md): .jsonl/.json/.ndjson (one article per
// line), .txt (one article), .html/.htm (one article, text via HtmlToText),
// .warc (response records: id = WARC-Target-URI, published = WARC-Date), each
// also compressed as .gz/.bz2/.xz/.zst (the inner name decides the framing);
// .tar/.tar.gz/.tgz/.tar.bz2/.tar.xz/.tar.zst/.zip archives whose .txt, .html,
// .jsonl and .warc members are read in archive order (id = archive path + "/" +
// member path; "ARCHIVE/MEMBER:LINE" for JSONL lines without an id).
// Decompression and archives go through libarchive. A damaged or truncated
// input yields the records before the damage, then one kIoError record whose
// message names the file and says "truncated or damaged".
#ifndef WARTA_INPUT_READER_H_
#define WARTA_INPUT_READER_H_

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "warta/status.h"

namespace warta {

// How a stream is framed into records. kAuto: by the file name (stdin: JSONL).
enum class InputFormat { kAuto, kJsonl, kText, kHtml, kWarc };

// The largest max_article_bytes honoured (1 GiB): spans are 32-bit offsets
// and cleaning may grow a text, so larger values are clamped to this.
inline constexpr size_t kMaxArticleBytesLimit = size_t{1} << 30;
enum class InvalidUtf8 { kError, kReplace };

struct InputOptions {
  std::string id_field = "id";
  std::string text_field = "text";
  std::string title_field = "title";
  std::string date_field = "published";
  InputFormat format = InputFormat::kAuto;  // kAuto: by extension; stdin is JSONL
  size_t max_article_bytes = 8u << 20;  // clamped to kMaxArticleBytesLimit
  InvalidUtf8 invalid_utf8 = InvalidUtf8::kError;

  // max_article_bytes as honoured.
  size_t article_limit() const {
    return max_article_bytes < kMaxArticleBytesLimit ? max_article_bytes : kMaxArticleBytesLimit;
  }
};

struct Article {
  std::string id;
  std::string text;       // valid UTF-8, as given (after JSON decoding)
  std::string title;      // from the record's title field, else empty
  std::string published;  // ISO date from the record's date field, else empty
  Status error;           // not ok: this record could not be read
};

class ArticleReader {
 public:
  virtual ~ArticleReader() = default;
  // Reads the next record into *out (overwritten); false at end of input.
  virtual bool Next(Article* out) = 0;
  // Bytes consumed so far, for progress reports.
  virtual uint64_t bytes_read() const = 0;
};

// Opens `path` ("-" is stdin, a directory is walked as by ListInputs) and
// decodes its records on the calling thread. Fails with kIoError when it
// cannot open a file (inside a directory: an error record instead).
StatusOr<std::unique_ptr<ArticleReader>> OpenInput(const std::string& path,
                                                   const InputOptions& options);

// A record as framed, before decoding.
struct RawRecord {
  enum class Kind { kJsonLine, kText, kHtml, kError };
  Kind kind = Kind::kText;
  std::string id;         // the article id; for kJsonLine the fallback "FILE:LINE"
  std::string body;       // the record's bytes (a JSON line, text, or HTML)
  std::string published;  // ISO date known from the framing (WARC-Date), else empty
  std::string charset;    // declared charset (HTTP header), lower case; empty: UTF-8
  Status error;           // kError: why the record could not be read
};

class RecordReader {
 public:
  virtual ~RecordReader() = default;
  // Frames the next record into *out (overwritten); false at end of input.
  virtual bool Next(RawRecord* out) = 0;
  // Bytes of the underlying files consumed so far (compressed bytes for
  // compressed inputs), for progress reports.
  virtual uint64_t bytes_read() const = 0;
};

// Turns a framed record into an article (moves record->body). Errors become
// out->error; never fails otherwise. Thread-safe.
void DecodeRecord(RawRecord* record, const InputOptions& options, Article* out);

// Opens one file or "-" (stdin) for framing. Fails with kIoError when the file
// cannot be opened or is not a readable archive / compressed stream.
StatusOr<std::unique_ptr<RecordReader>> OpenRecords(const std::string& path,
                                                    const InputOptions& options);

struct InputFile {
  std::string path;
  uint64_t size = 0;  // bytes on disk; 0 when unknown (stdin, pipes)
  Status error;       // a directory that could not be walked: its error record
};

struct InputList {
  std::vector<InputFile> files;       // in reading order
  std::vector<std::string> skipped;   // files in directories with no known extension
  uint64_t total_bytes = 0;           // sum of sizes, when total_known
  bool total_known = true;            // false when an input is stdin, a pipe or missing
};

// Expands the command-line inputs: files and "-" as given, directories walked
// recursively (hidden entries skipped, files with a known extension only, in
// byte-wise sorted path order so that runs are reproducible). Never fails: a
// path that does not exist is kept, and opening it gives its error record.
InputList ListInputs(const std::vector<std::string>& paths);

// Frames the listed inputs one after another. A file that cannot be opened
// becomes one kError record with id = its path (and on_open_error, when set,
// is told). Never fails.
std::unique_ptr<RecordReader> OpenInputs(InputList inputs, const InputOptions& options,
                                         std::function<void(const Status&)> on_open_error);

// True when `name` (a file or archive member) has an extension warta reads.
bool IsKnownInputName(std::string_view name);

// Parses one JSONL line into *out (used by the JSONL reader; public for tests
// and for other framings). `fallback_id` names the record when it has no id
// (or an id that is not a string or an integer). The id, text, title and date
// fields may each appear once: a record naming one twice gets kDuplicateKey
// (other keys may repeat; they are not read). Errors: kInvalidUtf8 (before
// JSON decoding, under InvalidUtf8::kError), kInvalidJson ("invalid JSON at
// byte N: ..."), kNotObject, kDuplicateKey, kMissingText, kTextNotString,
// kTooLarge (decoded text over the limit).
void ParseJsonRecord(std::string_view line, const std::string& fallback_id,
                     const InputOptions& options, Article* out);

// "2021-12-29" from "2021-12-29", "2021-12-29T08:00:00+07:00" or a Unix time
// in seconds (read in WIB, UTC+7); empty when it is none of these.
std::string NormalizePublished(std::string_view value);
std::string NormalizePublished(long long unix_seconds);

}  // namespace warta

#endif  // WARTA_INPUT_READER_H_
