#include "warta/input/reader.h"

#include <nlohmann/json.hpp>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <ctime>
#include <filesystem>

#include "warta/input/html.h"
#include "warta/input/internal.h"
#include "warta/normalize/utf8.h"

namespace warta {
namespace {

// Checks UTF-8 per the policy; false (and sets out->error) when rejected.
bool CheckUtf8(std::string* bytes, InvalidUtf8 policy, Article* out) {
  size_t bad = FirstInvalidUtf8(*bytes);
  if (bad == bytes->size()) return true;
  if (policy == InvalidUtf8::kReplace) {
    *bytes = ReplaceInvalidUtf8(*bytes);
    return true;
  }
  out->error = Status(ErrorCode::kInvalidUtf8,
                      "invalid UTF-8 at byte " + std::to_string(bad));
  return false;
}

bool IsUtf8Name(std::string_view charset) {
  return charset.empty() || charset == "utf-8" || charset == "utf8" || charset == "us-ascii" ||
         charset == "ascii";
}

// Converts bytes in a declared legacy charset (windows-1252, iso-8859-1, ...)
// to UTF-8 with ICU. Only when the bytes are not valid UTF-8 already: pages
// often declare a charset they do not use.
void ConvertCharset(const std::string& charset, std::string* bytes) {
  if (IsUtf8Name(charset) || bytes->size() > (256u << 20) ||
      FirstInvalidUtf8(*bytes) == bytes->size()) {
    return;  // (beyond 256 MB the ICU call's int32 sizes would not do)
  }
  UErrorCode status = U_ZERO_ERROR;
  UConverter* conv = ucnv_open(charset.c_str(), &status);
  if (U_FAILURE(status) || conv == nullptr) return;  // unknown: the UTF-8 policy decides
  std::string out(bytes->size() * 3 + 16, '\0');
  status = U_ZERO_ERROR;
  int32_t n = ucnv_toAlgorithmic(UCNV_UTF8, conv, out.data(), static_cast<int32_t>(out.size()),
                                 bytes->data(), static_cast<int32_t>(bytes->size()), &status);
  ucnv_close(conv);
  if (U_FAILURE(status) || n < 0) return;
  out.resize(static_cast<size_t>(n));
  *bytes = std::move(out);
}

std::string IdString(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer() || v.is_number_unsigned()) return v.dump();
  return {};
}

bool IsDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string NormalizePublished(long long unix_seconds) {
  // Years 1..9999 only; also keeps the WIB shift below from overflowing.
  if (unix_seconds < -62135596800LL || unix_seconds > 253402300799LL) return {};
  std::time_t t = static_cast<std::time_t>(unix_seconds + 7 * 3600);
  std::tm tm{};
  if (!gmtime_r(&t, &tm)) return {};
  char buf[32];
  if (tm.tm_year + 1900 < 1 || tm.tm_year + 1900 > 9999) return {};
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
  return buf;
}

std::string NormalizePublished(std::string_view v) {
  if (v.size() >= 10 && IsDigits(v.substr(0, 4)) && v[4] == '-' && IsDigits(v.substr(5, 2)) &&
      v[7] == '-' && IsDigits(v.substr(8, 2)) && (v.size() == 10 || v[10] == 'T' || v[10] == ' ')) {
    int month = std::stoi(std::string(v.substr(5, 2)));
    int day = std::stoi(std::string(v.substr(8, 2)));
    if (month >= 1 && month <= 12 && day >= 1 && day <= 31) return std::string(v.substr(0, 10));
    return {};
  }
  if (IsDigits(v) && v.size() <= 12) return NormalizePublished(std::stoll(std::string(v)));
  return {};
}

namespace input_internal {

// "invalid JSON at byte 22: syntax error while parsing value - ...", short.
std::string JsonErrorMessage(const nlohmann::json::parse_error& e) {
  std::string what = e.what();
  size_t column = what.find("column ");
  size_t colon = column == what.npos ? what.npos : what.find(": ", column);
  std::string detail = colon == what.npos ? what : what.substr(colon + 2);
  if (detail.size() > 200) {
    size_t cut = 200;
    while (cut > 0 && (static_cast<unsigned char>(detail[cut]) & 0xC0) == 0x80) --cut;
    detail.resize(cut);
    detail += "...";
  }
  return "invalid JSON at byte " + std::to_string(e.byte) + ": " + detail;
}

void ParseJsonRecordReference(std::string_view line, const std::string& fallback_id,
                              const InputOptions& options, Article* out) {
  using Json = nlohmann::json;
  *out = Article{};
  out->id = fallback_id;
  std::string bytes(line);
  if (!CheckUtf8(&bytes, options.invalid_utf8, out)) {
    // Rejected, but the error record should still carry the record's own id
    // when the id itself is intact: read it from a repaired copy.
    Json repaired = Json::parse(ReplaceInvalidUtf8(bytes), nullptr, /*allow_exceptions=*/false);
    if (repaired.is_object()) {
      auto id = repaired.find(options.id_field);
      std::string s = id == repaired.end() ? std::string() : IdString(*id);
      if (!s.empty() && s.find("\xEF\xBF\xBD") == s.npos && line.find(s) != line.npos) {
        out->id = std::move(s);
      }
    }
    return;
  }
  // nlohmann takes a NUL byte for the end of input, which would accept
  // `{...}\0garbage`; JSON allows NUL nowhere unescaped.
  if (size_t nul = bytes.find('\0'); nul != bytes.npos) {
    out->error = Status(ErrorCode::kInvalidJson, "invalid JSON at byte " + std::to_string(nul + 1) +
                                                     ": raw NUL byte (JSON needs \\u0000)");
    return;
  }
  // Counts the top-level keys warta reads: a second "text" would otherwise
  // silently replace the first (RFC 8259 leaves duplicates undefined).
  const std::string* read_keys[] = {&options.id_field, &options.text_field, &options.title_field,
                                    &options.date_field};
  int seen[4] = {0, 0, 0, 0};
  std::string duplicate;
  auto on_event = [&](int depth, Json::parse_event_t event, Json& parsed) {
    if (event == Json::parse_event_t::key && depth == 1 && duplicate.empty()) {
      const std::string& key = parsed.get_ref<const std::string&>();
      for (int i = 0; i < 4; ++i) {
        if (key == *read_keys[i] && ++seen[i] == 2) duplicate = key;
      }
    }
    return true;
  };
  Json j;
  try {
    j = Json::parse(bytes, on_event);
  } catch (const Json::parse_error& e) {
    out->error = Status(ErrorCode::kInvalidJson, JsonErrorMessage(e));
    return;
  } catch (const Json::out_of_range& e) {  // a number beyond double range: 1e400
    std::string what = e.what();
    out->error =
        Status(ErrorCode::kInvalidJson,
               "invalid JSON: " + what.substr(std::min(what.find("] "), what.size() - 2) + 2));
    return;
  }
  if (!j.is_object()) {
    out->error = Status(ErrorCode::kNotObject,
                        "record is a JSON " + std::string(j.type_name()) + ", not an object");
    return;
  }
  auto id = j.find(options.id_field);
  if (id != j.end() && duplicate != options.id_field) {
    std::string s = IdString(*id);
    if (!s.empty()) out->id = std::move(s);
  }
  if (!duplicate.empty()) {
    out->error = Status(ErrorCode::kDuplicateKey, "key \"" + duplicate + "\" appears twice");
    return;
  }
  auto text = j.find(options.text_field);
  if (text == j.end()) {
    out->error = Status(ErrorCode::kMissingText, "no \"" + options.text_field + "\" field");
    return;
  }
  if (!text->is_string()) {
    out->error = Status(ErrorCode::kTextNotString,
                        "\"" + options.text_field + "\" is " + std::string(text->type_name()) +
                            ", not a string");
    return;
  }
  out->text = std::move(text->get_ref<std::string&>());
  if (out->text.size() > options.article_limit()) {
    out->text.clear();
    out->error = Status(ErrorCode::kTooLarge, "article larger than --max-article-bytes (" +
                                                  std::to_string(options.article_limit()) + ")");
    return;
  }
  auto title = j.find(options.title_field);
  if (title != j.end() && title->is_string()) out->title = title->get<std::string>();
  auto date = j.find(options.date_field);
  if (date != j.end()) {
    if (date->is_string()) {
      out->published = NormalizePublished(date->get<std::string>());
    } else if (date->is_number_integer() &&
               !(date->is_number_unsigned() && date->get<uint64_t>() > INT64_MAX)) {
      // (a uint64 beyond int64 would wrap to a negative time, e.g. -1 = 1970)
      out->published = NormalizePublished(date->get<long long>());
    }
  }
}

}  // namespace input_internal

void ParseJsonRecord(std::string_view line, const std::string& fallback_id,
                     const InputOptions& options, Article* out) {
  // nlohmann reports parse errors without exceptions here, but allocation
  // failures still throw: they must not cross the library boundary.
  try {
    if (!input_internal::ParseJsonRecordFast(line, fallback_id, options, out)) {
      input_internal::ParseJsonRecordReference(line, fallback_id, options, out);
    }
  } catch (const std::exception& e) {
    *out = Article{};
    out->id = fallback_id;
    out->error = Status(ErrorCode::kInternal, std::string("reading record: ") + e.what());
  }
}

void DecodeRecord(RawRecord* record, const InputOptions& options, Article* out) {
  switch (record->kind) {
    case RawRecord::Kind::kError:
      *out = Article{};
      out->id = std::move(record->id);
      out->error = std::move(record->error);
      return;
    case RawRecord::Kind::kJsonLine:
      ParseJsonRecord(record->body, record->id, options, out);
      return;
    case RawRecord::Kind::kText:
    case RawRecord::Kind::kHtml:
      break;
  }
  *out = Article{};
  out->id = std::move(record->id);
  out->published = std::move(record->published);
  std::string bytes = std::move(record->body);
  try {
    std::string charset = record->charset;
    if (record->kind == RawRecord::Kind::kHtml && charset.empty()) {
      charset = SniffHtmlCharset(bytes);
    }
    ConvertCharset(charset, &bytes);
    if (!CheckUtf8(&bytes, options.invalid_utf8, out)) return;
    if (record->kind == RawRecord::Kind::kHtml) {
      HtmlText page = HtmlToText(bytes);
      out->text = std::move(page.text);
      out->title = std::move(page.title);
    } else {
      out->text = std::move(bytes);
    }
  } catch (const std::exception& e) {  // allocation failures must not cross the API
    out->text.clear();
    out->error = Status(ErrorCode::kInternal, std::string("reading record: ") + e.what());
  }
}

StatusOr<std::unique_ptr<RecordReader>> OpenRecords(const std::string& path,
                                                    const InputOptions& options) {
  std::error_code ec;
  if (path != "-" && std::filesystem::is_directory(path, ec)) {
    return OpenInputs(ListInputs({path}), options, nullptr);
  }
  if (path != "-" && input_internal::IsContainerName(path)) {
    return input_internal::OpenContainer(path, options);
  }
  // Stdin goes through libarchive too, so that pipes need no zcat
  // (hadoop fs -cat x.jsonl.gz | warta extract -); plain input passes as is.
  if (path == "-" || input_internal::IsCompressedName(path)) {
    return input_internal::OpenCompressedStream(path, options);
  }
  FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status(ErrorCode::kIoError, path + ": " + std::strerror(errno));
  InputFormat format = options.format;
  if (format == InputFormat::kAuto) format = input_internal::FormatFromName(path);
  auto source = input_internal::NewFileSource(f);
  auto in = std::make_unique<input_internal::BufferedInput>(source.get(), std::move(source));
  return input_internal::NewFraming(format, std::move(in), path, options);
}

namespace {

bool IsHidden(const std::filesystem::path& p) {
  std::string name = p.filename().string();
  return !name.empty() && name[0] == '.';
}

// Walks one directory level at a time so that an unreadable subdirectory
// costs only itself: it gets an error record at its place in the order, and
// the walk goes on. Symlinked directories are not followed (no loops).
void WalkDirectory(const std::string& root, InputList* list) {
  std::vector<InputFile> found;
  std::vector<std::string> skipped;
  std::vector<std::filesystem::path> pending = {root};
  while (!pending.empty()) {
    std::filesystem::path dir = std::move(pending.back());
    pending.pop_back();
    std::error_code ec;
    std::filesystem::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      const std::filesystem::directory_entry& e = *it;
      if (IsHidden(e.path())) continue;
      std::error_code type_ec;
      if (e.is_directory(type_ec)) {
        if (!e.is_symlink(type_ec)) pending.push_back(e.path());
        continue;
      }
      if (!e.is_regular_file(type_ec)) continue;
      std::string p = e.path().string();
      if (!IsKnownInputName(p)) {
        skipped.push_back(std::move(p));
        continue;
      }
      std::error_code size_ec;
      uint64_t size = e.file_size(size_ec);
      found.push_back({std::move(p), size_ec ? 0 : size, Status()});
    }
    if (ec) {
      found.push_back({dir.string(), 0,
                       Status(ErrorCode::kIoError, dir.string() + ": cannot read directory: " +
                                                       ec.message())});
      list->total_known = false;
    }
  }
  std::sort(found.begin(), found.end(),
            [](const InputFile& a, const InputFile& b) { return a.path < b.path; });
  std::sort(skipped.begin(), skipped.end());
  for (InputFile& f : found) {
    list->total_bytes += f.size;
    list->files.push_back(std::move(f));
  }
  for (std::string& p : skipped) list->skipped.push_back(std::move(p));
}

class ChainReader : public RecordReader {
 public:
  ChainReader(InputList inputs, const InputOptions& options,
              std::function<void(const Status&)> on_open_error)
      : inputs_(std::move(inputs)), options_(options), on_open_error_(std::move(on_open_error)) {}

  bool Next(RawRecord* out) override {
    while (true) {
      if (current_) {
        if (current_->Next(out)) return true;
        done_bytes_ += std::max(inputs_.files[next_ - 1].size, current_->bytes_read());
        current_.reset();
      }
      if (next_ == inputs_.files.size()) return false;
      const InputFile& file = inputs_.files[next_++];
      const std::string& path = file.path;
      StatusOr<std::unique_ptr<RecordReader>> r = file.error;
      if (file.error.ok()) r = OpenRecords(path, options_);
      if (!r.ok()) {
        // The file is one missing input: it gets its error record like any other.
        if (on_open_error_) on_open_error_(r.status());
        input_internal::MakeErrorRecord(path, r.status().code(), r.status().message(), out);
        return true;
      }
      current_ = std::move(*r);
    }
  }
  uint64_t bytes_read() const override {
    return done_bytes_ + (current_ ? current_->bytes_read() : 0);
  }

 private:
  InputList inputs_;
  InputOptions options_;
  std::function<void(const Status&)> on_open_error_;
  std::unique_ptr<RecordReader> current_;
  size_t next_ = 0;
  uint64_t done_bytes_ = 0;
};

// The old one-step interface: framing and decoding on the caller's thread.
class DecodingReader : public ArticleReader {
 public:
  DecodingReader(std::unique_ptr<RecordReader> records, const InputOptions& options)
      : records_(std::move(records)), options_(options) {}
  bool Next(Article* out) override {
    if (!records_->Next(&raw_)) return false;
    DecodeRecord(&raw_, options_, out);
    return true;
  }
  uint64_t bytes_read() const override { return records_->bytes_read(); }

 private:
  std::unique_ptr<RecordReader> records_;
  InputOptions options_;
  RawRecord raw_;
};

}  // namespace

InputList ListInputs(const std::vector<std::string>& paths) {
  InputList list;
  for (const std::string& path : paths) {
    std::error_code ec;
    if (path != "-" && std::filesystem::is_directory(path, ec)) {
      WalkDirectory(path, &list);
      continue;
    }
    uint64_t size = 0;
    if (path != "-" && std::filesystem::is_regular_file(path, ec)) {
      size = std::filesystem::file_size(path, ec);
      if (ec) size = 0;
    } else {
      list.total_known = false;  // stdin, pipes, devices, missing files
    }
    list.files.push_back({path, size, Status()});
    list.total_bytes += size;
  }
  return list;
}

std::unique_ptr<RecordReader> OpenInputs(InputList inputs, const InputOptions& options,
                                         std::function<void(const Status&)> on_open_error) {
  return std::make_unique<ChainReader>(std::move(inputs), options, std::move(on_open_error));
}

StatusOr<std::unique_ptr<ArticleReader>> OpenInput(const std::string& path,
                                                   const InputOptions& options) {
  StatusOr<std::unique_ptr<RecordReader>> r = OpenRecords(path, options);
  if (!r.ok()) return r.status();
  return std::unique_ptr<ArticleReader>(new DecodingReader(std::move(*r), options));
}

}  // namespace warta
