// Compressed streams and archives, through libarchive: no hand-written
// decoders. A raw stream (x.jsonl.gz) is read with libarchive's "raw" format
// and every decompression filter; archives with every archive format.
#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cstring>

#include "warta/input/internal.h"

namespace warta {
namespace input_internal {
namespace {

struct ArchiveFree {
  void operator()(struct archive* a) const { archive_read_free(a); }
};
using ArchivePtr = std::unique_ptr<struct archive, ArchiveFree>;

std::string ArchiveError(struct archive* a) {
  const char* e = archive_error_string(a);
  return e != nullptr ? e : "unknown libarchive error";
}

// Reads block by block (archive_read_data_block) rather than with
// archive_read_data: the latter drops everything it copied in a call that
// ends in an error, and records decoded before damage must not be lost.
class ArchiveEntrySource : public ByteSource {
 public:
  explicit ArchiveEntrySource(struct archive* a) : a_(a) {}
  size_t Read(char* buf, size_t n) override {
    while (left_ == 0) {
      if (failed() || eof_) return 0;
      const void* block = nullptr;
      size_t size = 0;
      la_int64_t offset = 0;
      int r = archive_read_data_block(a_, &block, &size, &offset);
      if (r == ARCHIVE_EOF) {
        eof_ = true;
        return 0;
      }
      if (r < ARCHIVE_WARN) {
        error_ = ArchiveError(a_);
        return 0;
      }
      block_ = static_cast<const char*>(block);
      left_ = size;
    }
    size_t take = std::min(n, left_);
    std::memcpy(buf, block_, take);
    block_ += take;
    left_ -= take;
    return take;
  }
  uint64_t consumed() const override {
    la_int64_t n = archive_filter_bytes(a_, -1);
    return n > 0 ? static_cast<uint64_t>(n) : 0;
  }

 private:
  struct archive* a_;
  const char* block_ = nullptr;
  size_t left_ = 0;
  bool eof_ = false;
};

StatusOr<ArchivePtr> OpenArchive(const std::string& path, bool raw) {
  ArchivePtr a(archive_read_new());
  if (!a) return Status(ErrorCode::kInternal, "libarchive: out of memory");
  if (path == "-") {
    // Stdin carries no name: detect only the compressions warta documents, so
    // that plain text is never mistaken for another encoding (libarchive's
    // uudecode filter would take a text starting with "begin 644").
    archive_read_support_filter_gzip(a.get());
    archive_read_support_filter_bzip2(a.get());
    archive_read_support_filter_xz(a.get());
    archive_read_support_filter_zstd(a.get());
  } else {
    archive_read_support_filter_all(a.get());
  }
  if (raw) {
    archive_read_support_format_raw(a.get());
    archive_read_support_format_empty(a.get());  // x.jsonl.gz of an empty file
  } else {
    archive_read_support_format_all(a.get());
  }
  int r = path == "-" ? archive_read_open_FILE(a.get(), stdin)
                      : archive_read_open_filename(a.get(), path.c_str(), 64 << 10);
  if (r != ARCHIVE_OK) return Status(ErrorCode::kIoError, path + ": " + ArchiveError(a.get()));
  return a;
}

// A compressed single stream: the archive plus the framing of its content.
class CompressedStream : public RecordReader {
 public:
  CompressedStream(ArchivePtr a, std::unique_ptr<RecordReader> framing)
      : a_(std::move(a)), framing_(std::move(framing)) {}
  bool Next(RawRecord* out) override { return framing_->Next(out); }
  uint64_t bytes_read() const override { return framing_->bytes_read(); }

 private:
  ArchivePtr a_;  // outlives framing_'s source: declared first, destroyed last
  std::unique_ptr<RecordReader> framing_;
};

// An archive: each known member is framed in turn.
class Container : public RecordReader {
 public:
  Container(ArchivePtr a, std::string path, const InputOptions& options)
      : a_(std::move(a)), path_(std::move(path)), options_(options) {}

  bool Next(RawRecord* out) override {
    while (true) {
      if (member_) {
        if (member_->Next(out)) {
          // A damaged member also damages the archive after it: stop there so
          // that the damage gives one error record, not two.
          if (out->kind == RawRecord::Kind::kError && entry_source_->failed()) done_ = true;
          return true;
        }
        member_.reset();
        if (done_) return false;
      }
      if (done_) return false;
      struct archive_entry* entry = nullptr;
      int r = archive_read_next_header(a_.get(), &entry);
      if (r == ARCHIVE_EOF) {
        done_ = true;
        return false;
      }
      if (r < ARCHIVE_WARN) {
        done_ = true;
        MakeErrorRecord(path_, ErrorCode::kIoError,
                        path_ + ": truncated or damaged archive after " + std::to_string(members_) +
                            " members: " + ArchiveError(a_.get()),
                        out);
        return true;
      }
      if (archive_entry_filetype(entry) != AE_IFREG) continue;
      const char* p = archive_entry_pathname(entry);
      std::string_view member = p != nullptr ? p : "";
      while (member.substr(0, 2) == "./") member.remove_prefix(2);
      if (member.empty() || IsContainerName(member) || IsCompressedName(member)) continue;
      InputFormat format = FormatFromName(member);
      if (format == InputFormat::kAuto) continue;  // not an article (images, READMEs)
      ++members_;
      auto source = NewArchiveEntrySource(a_.get());
      entry_source_ = source.get();
      auto in = std::make_unique<BufferedInput>(source.get(), std::move(source));
      member_ = NewFraming(format, std::move(in), path_ + "/" + std::string(member), options_);
    }
  }
  uint64_t bytes_read() const override {
    la_int64_t n = archive_filter_bytes(a_.get(), -1);
    return n > 0 ? static_cast<uint64_t>(n) : 0;
  }

 private:
  ArchivePtr a_;
  std::string path_;
  InputOptions options_;
  std::unique_ptr<RecordReader> member_;
  ByteSource* entry_source_ = nullptr;  // owned by member_
  uint64_t members_ = 0;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<ByteSource> NewArchiveEntrySource(struct archive* a) {
  return std::make_unique<ArchiveEntrySource>(a);
}

StatusOr<std::unique_ptr<RecordReader>> OpenCompressedStream(const std::string& path,
                                                             const InputOptions& options) {
  StatusOr<ArchivePtr> a = OpenArchive(path, /*raw=*/true);
  if (!a.ok()) return a.status();
  struct archive_entry* entry = nullptr;
  int r = archive_read_next_header(a->get(), &entry);
  InputFormat format = options.format != InputFormat::kAuto
                           ? options.format
                           : FormatFromName(StripCompression(path));
  if (r == ARCHIVE_EOF) {
    // An empty stream: nothing to frame.
    struct Empty : public RecordReader {
      bool Next(RawRecord*) override { return false; }
      uint64_t bytes_read() const override { return 0; }
    };
    return std::unique_ptr<RecordReader>(new Empty());
  }
  if (r < ARCHIVE_WARN) {
    return Status(ErrorCode::kIoError, path + ": " + ArchiveError(a->get()));
  }
  auto source = NewArchiveEntrySource(a->get());
  auto in = std::make_unique<BufferedInput>(source.get(), std::move(source));
  auto framing = NewFraming(format, std::move(in), path, options);
  return std::unique_ptr<RecordReader>(new CompressedStream(std::move(*a), std::move(framing)));
}

StatusOr<std::unique_ptr<RecordReader>> OpenContainer(const std::string& path,
                                                      const InputOptions& options) {
  StatusOr<ArchivePtr> a = OpenArchive(path, /*raw=*/false);
  if (!a.ok()) return a.status();
  return std::unique_ptr<RecordReader>(new Container(std::move(*a), path, options));
}

bool GunzipMemory(std::string_view in, size_t max, std::string* out, std::string* error) {
  ArchivePtr a(archive_read_new());
  if (!a) {
    *error = "libarchive: out of memory";
    return false;
  }
  archive_read_support_filter_gzip(a.get());
  archive_read_support_format_raw(a.get());
  struct archive_entry* entry = nullptr;
  if (archive_read_open_memory(a.get(), in.data(), in.size()) != ARCHIVE_OK ||
      archive_read_next_header(a.get(), &entry) < ARCHIVE_WARN) {
    *error = ArchiveError(a.get());
    return false;
  }
  out->clear();
  char buf[64 << 10];
  while (true) {
    la_ssize_t n = archive_read_data(a.get(), buf, sizeof buf);
    if (n == 0) return true;
    if (n < 0) {
      *error = ArchiveError(a.get());
      return false;
    }
    if (out->size() + static_cast<size_t>(n) > max) {
      *error = "decompressed body larger than --max-article-bytes";
      return false;
    }
    out->append(buf, static_cast<size_t>(n));
  }
}

}  // namespace input_internal
}  // namespace warta
