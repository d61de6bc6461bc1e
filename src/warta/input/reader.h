// Article readers: turn files and streams into Article records, one per
// article, whatever their state.
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
#ifndef WARTA_INPUT_READER_H_
#define WARTA_INPUT_READER_H_

#include <cstdio>
#include <memory>
#include <string>

#include "warta/status.h"

namespace warta {

enum class InputFormat { kAuto, kJsonl, kText };

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

// Opens `path` ("-" is stdin). .txt files are one article each (id = path);
// .jsonl/.json and stdin are JSONL. Fails with kIoError when it cannot open.
StatusOr<std::unique_ptr<ArticleReader>> OpenInput(const std::string& path,
                                                   const InputOptions& options);

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
