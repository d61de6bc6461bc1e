// Byte sources, buffered reading and the JSONL / whole-file framings.
#include <cerrno>
#include <cstring>

#include "warta/input/internal.h"

namespace warta {
namespace input_internal {
namespace {

class FileSource : public ByteSource {
 public:
  explicit FileSource(FILE* f) : f_(f) {}
  ~FileSource() override {
    if (f_ != nullptr && f_ != stdin) std::fclose(f_);
  }
  size_t Read(char* buf, size_t n) override {
    size_t got = std::fread(buf, 1, n, f_);
    consumed_ += got;
    if (got == 0 && std::ferror(f_)) error_ = std::string("read error: ") + std::strerror(errno);
    return got;
  }
  uint64_t consumed() const override { return consumed_; }

 private:
  FILE* f_;
  uint64_t consumed_ = 0;
};

class JsonlFraming : public RecordReader {
 public:
  JsonlFraming(std::unique_ptr<BufferedInput> in, std::string name, const InputOptions& options)
      : in_(std::move(in)), name_(std::move(name)), options_(options) {}

  bool Next(RawRecord* out) override {
    while (!done_) {
      bool too_long = false;
      BufferedInput::Result r =
          in_->ReadLine(&out->body, options_.article_limit() + 4096, &too_long);
      if (r == BufferedInput::Result::kEof) break;
      ++line_no_;
      std::string fallback = name_ + ":" + std::to_string(line_no_);
      if (r == BufferedInput::Result::kError) {
        done_ = true;
        MakeErrorRecord(std::move(fallback), ErrorCode::kIoError,
                        name_ + ": truncated or damaged input at line " + std::to_string(line_no_) +
                            ": " + in_->source().error(),
                        out);
        return true;
      }
      if (too_long) {
        MakeErrorRecord(std::move(fallback), ErrorCode::kTooLarge,
                        "record larger than --max-article-bytes (" +
                            std::to_string(options_.article_limit()) + ")",
                        out);
        return true;
      }
      if (out->body.find_first_not_of(" \t\r") == std::string::npos) continue;  // blank line
      out->kind = RawRecord::Kind::kJsonLine;
      out->id = std::move(fallback);
      out->published.clear();
      out->charset.clear();
      out->error = Status();
      return true;
    }
    done_ = true;
    return false;
  }
  uint64_t bytes_read() const override { return in_->source().consumed(); }

 private:
  std::unique_ptr<BufferedInput> in_;
  std::string name_;
  InputOptions options_;
  uint64_t line_no_ = 0;
  bool done_ = false;
};

class WholeFraming : public RecordReader {
 public:
  WholeFraming(std::unique_ptr<BufferedInput> in, std::string name, RawRecord::Kind kind,
               const InputOptions& options)
      : in_(std::move(in)), name_(std::move(name)), kind_(kind), options_(options) {}

  bool Next(RawRecord* out) override {
    if (done_) return false;
    done_ = true;
    bool too_long = false;
    out->body.clear();
    BufferedInput::Result r = in_->ReadAll(&out->body, options_.article_limit(), &too_long);
    if (r == BufferedInput::Result::kError) {
      MakeErrorRecord(name_, ErrorCode::kIoError,
                      name_ + ": truncated or damaged input: " + in_->source().error(), out);
    } else if (too_long) {
      MakeErrorRecord(name_, ErrorCode::kTooLarge,
                      "article larger than --max-article-bytes (" +
                          std::to_string(options_.article_limit()) + ")",
                      out);
    } else {
      out->kind = kind_;
      out->id = name_;
      out->published.clear();
      out->charset.clear();
      out->error = Status();
    }
    return true;
  }
  uint64_t bytes_read() const override { return in_->source().consumed(); }

 private:
  std::unique_ptr<BufferedInput> in_;
  std::string name_;
  RawRecord::Kind kind_;
  InputOptions options_;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<ByteSource> NewFileSource(FILE* f) { return std::make_unique<FileSource>(f); }

BufferedInput::BufferedInput(ByteSource* source, std::unique_ptr<ByteSource> owned)
    : source_(source), owned_(std::move(owned)), buf_(256 << 10) {}

bool BufferedInput::Fill() {
  if (pos_ < end_) return true;
  pos_ = 0;
  end_ = source_->Read(buf_.data(), buf_.size());
  return end_ > 0;
}

BufferedInput::Result BufferedInput::ReadLine(std::string* line, size_t max, bool* too_long) {
  line->clear();
  *too_long = false;
  bool any = false;
  while (Fill()) {
    any = true;
    const char* start = buf_.data() + pos_;
    const char* nl = static_cast<const char*>(std::memchr(start, '\n', end_ - pos_));
    size_t n = nl ? static_cast<size_t>(nl - start) : end_ - pos_;
    if (!*too_long) {
      if (line->size() + n > max) {
        *too_long = true;
        line->clear();
        line->shrink_to_fit();
      } else {
        line->append(start, n);
      }
    }
    size_t step = n + (nl ? 1 : 0);
    pos_ += step;
    offset_ += step;
    if (nl) {
      if (!line->empty() && line->back() == '\r') line->pop_back();
      return Result::kOk;
    }
  }
  if (source_->failed()) return Result::kError;
  if (!any) return Result::kEof;
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return Result::kOk;  // the last line has no '\n'
}

BufferedInput::Result BufferedInput::ReadExact(size_t n, std::string* out) {
  while (n > 0) {
    if (!Fill()) return source_->failed() ? Result::kError : Result::kEof;
    size_t take = std::min(n, end_ - pos_);
    out->append(buf_.data() + pos_, take);
    pos_ += take;
    offset_ += take;
    n -= take;
  }
  return Result::kOk;
}

BufferedInput::Result BufferedInput::Skip(uint64_t n) {
  while (n > 0) {
    if (!Fill()) return source_->failed() ? Result::kError : Result::kEof;
    size_t take = static_cast<size_t>(std::min<uint64_t>(n, end_ - pos_));
    pos_ += take;
    offset_ += take;
    n -= take;
  }
  return Result::kOk;
}

BufferedInput::Result BufferedInput::ReadAll(std::string* out, size_t max, bool* too_long) {
  *too_long = false;
  while (Fill()) {
    size_t take = end_ - pos_;
    if (!*too_long && out->size() + take > max) {
      *too_long = true;
      out->clear();
      out->shrink_to_fit();
    }
    if (!*too_long) out->append(buf_.data() + pos_, take);
    pos_ += take;
    offset_ += take;
  }
  return source_->failed() ? Result::kError : Result::kOk;
}

std::unique_ptr<RecordReader> NewJsonlFraming(std::unique_ptr<BufferedInput> in, std::string name,
                                              const InputOptions& options) {
  return std::make_unique<JsonlFraming>(std::move(in), std::move(name), options);
}

std::unique_ptr<RecordReader> NewWholeFraming(std::unique_ptr<BufferedInput> in, std::string name,
                                              RawRecord::Kind kind, const InputOptions& options) {
  return std::make_unique<WholeFraming>(std::move(in), std::move(name), kind, options);
}

std::unique_ptr<RecordReader> NewFraming(InputFormat format, std::unique_ptr<BufferedInput> in,
                                         std::string name, const InputOptions& options) {
  switch (format) {
    case InputFormat::kText:
      return NewWholeFraming(std::move(in), std::move(name), RawRecord::Kind::kText, options);
    case InputFormat::kHtml:
      return NewWholeFraming(std::move(in), std::move(name), RawRecord::Kind::kHtml, options);
    case InputFormat::kWarc:
      return NewWarcFraming(std::move(in), std::move(name), options);
    case InputFormat::kAuto:
    case InputFormat::kJsonl:
      break;
  }
  return NewJsonlFraming(std::move(in), std::move(name), options);
}

void MakeErrorRecord(std::string id, ErrorCode code, std::string message, RawRecord* out) {
  out->kind = RawRecord::Kind::kError;
  out->id = std::move(id);
  out->body.clear();
  out->published.clear();
  out->charset.clear();
  out->error = Status(code, std::move(message));
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool EndsWithNoCase(std::string_view s, std::string_view suffix) {
  if (s.size() < suffix.size()) return false;
  std::string_view tail = s.substr(s.size() - suffix.size());
  for (size_t i = 0; i < tail.size(); ++i) {
    char c = tail[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != suffix[i]) return false;
  }
  return true;
}

namespace {
constexpr std::string_view kCompressed[] = {".gz", ".bz2", ".xz", ".zst"};
constexpr std::string_view kContainers[] = {".tar", ".tgz", ".tbz2", ".txz", ".tzst", ".zip"};
}  // namespace

std::string_view StripCompression(std::string_view name) {
  for (std::string_view ext : kCompressed) {
    if (EndsWithNoCase(name, ext)) return name.substr(0, name.size() - ext.size());
  }
  return name;
}

bool IsContainerName(std::string_view name) {
  if (EndsWithNoCase(name, ".zip")) return true;
  std::string_view inner = StripCompression(name);
  for (std::string_view ext : kContainers) {
    if (EndsWithNoCase(inner, ext)) return true;
  }
  return false;
}

bool IsCompressedName(std::string_view name) {
  return !IsContainerName(name) && StripCompression(name).size() != name.size();
}

InputFormat FormatFromName(std::string_view name) {
  std::string_view n = StripCompression(name);
  if (EndsWithNoCase(n, ".txt")) return InputFormat::kText;
  if (EndsWithNoCase(n, ".html") || EndsWithNoCase(n, ".htm") || EndsWithNoCase(n, ".xhtml")) {
    return InputFormat::kHtml;
  }
  if (EndsWithNoCase(n, ".warc")) return InputFormat::kWarc;
  if (EndsWithNoCase(n, ".jsonl") || EndsWithNoCase(n, ".json") || EndsWithNoCase(n, ".ndjson")) {
    return InputFormat::kJsonl;
  }
  return InputFormat::kAuto;
}

}  // namespace input_internal

bool IsKnownInputName(std::string_view name) {
  return input_internal::IsContainerName(name) ||
         input_internal::FormatFromName(name) != InputFormat::kAuto;
}

}  // namespace warta
