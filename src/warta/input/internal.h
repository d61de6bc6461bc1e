// Building blocks shared by the readers in src/warta/input/ (not installed
// API): byte sources (plain files, libarchive streams and members), a
// buffered line reader over them, and the framing readers.
#ifndef WARTA_INPUT_INTERNAL_H_
#define WARTA_INPUT_INTERNAL_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "warta/input/reader.h"

struct archive;

namespace warta {
namespace input_internal {

// A stream of bytes. Read returns 0 at the end or on failure; failed() then
// tells which, and error() says why.
class ByteSource {
 public:
  virtual ~ByteSource() = default;
  virtual size_t Read(char* buf, size_t n) = 0;
  // Bytes of the underlying file consumed (compressed bytes when compressed).
  virtual uint64_t consumed() const = 0;
  bool failed() const { return !error_.empty(); }
  const std::string& error() const { return error_; }

 protected:
  std::string error_;
};

// A FILE* (closed on destruction unless it is stdin).
std::unique_ptr<ByteSource> NewFileSource(FILE* f);
// The data of the current entry of an archive (not owned).
std::unique_ptr<ByteSource> NewArchiveEntrySource(struct archive* a);

// Buffered reading over a source, which it may own.
class BufferedInput {
 public:
  enum class Result { kOk, kEof, kError };
  BufferedInput(ByteSource* source, std::unique_ptr<ByteSource> owned = nullptr);

  // One line without "\n" or "\r\n". A line over `max` bytes sets *too_long
  // and is consumed without being kept. A line cut by a read error is dropped
  // (kError).
  Result ReadLine(std::string* line, size_t max, bool* too_long);
  // Appends exactly n bytes to *out (kEof when the input ends first).
  Result ReadExact(size_t n, std::string* out);
  Result Skip(uint64_t n);
  // Everything up to the end; over `max` bytes sets *too_long and drops it.
  Result ReadAll(std::string* out, size_t max, bool* too_long);

  const ByteSource& source() const { return *source_; }
  uint64_t offset() const { return offset_; }  // bytes delivered so far

 private:
  bool Fill();  // false at the end or on error
  ByteSource* source_;
  std::unique_ptr<ByteSource> owned_;
  std::vector<char> buf_;
  size_t pos_ = 0, end_ = 0;
  uint64_t offset_ = 0;
};

// Framing readers over a buffered input. `name` is the id prefix (the file,
// or ARCHIVE/MEMBER).
std::unique_ptr<RecordReader> NewJsonlFraming(std::unique_ptr<BufferedInput> in, std::string name,
                                              const InputOptions& options);
// One record with the whole input: kind kText or kHtml.
std::unique_ptr<RecordReader> NewWholeFraming(std::unique_ptr<BufferedInput> in, std::string name,
                                              RawRecord::Kind kind, const InputOptions& options);
std::unique_ptr<RecordReader> NewWarcFraming(std::unique_ptr<BufferedInput> in, std::string name,
                                             const InputOptions& options);

// The framing a stream gets from its (decompressed) name, or kAuto when the
// name has no known extension.
InputFormat FormatFromName(std::string_view name);
// Creates the framing reader for a format (kAuto means JSONL).
std::unique_ptr<RecordReader> NewFraming(InputFormat format, std::unique_ptr<BufferedInput> in,
                                         std::string name, const InputOptions& options);

// "x.jsonl" for "x.jsonl.gz"; the name itself when it is not compressed.
std::string_view StripCompression(std::string_view name);
bool IsContainerName(std::string_view name);   // .tar, .tar.gz, .tgz, .zip, ...
bool IsCompressedName(std::string_view name);  // .gz, .bz2, .xz, .zst (not archives)

// libarchive-backed readers (archive.cc).
StatusOr<std::unique_ptr<RecordReader>> OpenCompressedStream(const std::string& path,
                                                             const InputOptions& options);
StatusOr<std::unique_ptr<RecordReader>> OpenContainer(const std::string& path,
                                                      const InputOptions& options);
// Decompresses a gzip body held in memory (WARC payloads with
// Content-Encoding: gzip). False with *error set on failure.
bool GunzipMemory(std::string_view in, size_t max, std::string* out, std::string* error);

// ParseJsonRecord in two parts: the simdjson fast path returns false for
// anything but a well-formed record of the usual shape (the reference path
// then decides, with nlohmann); the reference path alone gives the same
// articles, only slower. Both may throw std::bad_alloc.
bool ParseJsonRecordFast(std::string_view line, const std::string& fallback_id,
                         const InputOptions& options, Article* out);
void ParseJsonRecordReference(std::string_view line, const std::string& fallback_id,
                              const InputOptions& options, Article* out);

// A kError record.
void MakeErrorRecord(std::string id, ErrorCode code, std::string message, RawRecord* out);

bool EndsWith(std::string_view s, std::string_view suffix);
bool EndsWithNoCase(std::string_view s, std::string_view suffix);

}  // namespace input_internal
}  // namespace warta

#endif  // WARTA_INPUT_INTERNAL_H_
