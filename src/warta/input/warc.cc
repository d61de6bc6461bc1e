// WARC framing (ISO 28500, WARC/1.0 and 1.1): response records become
// articles; id = WARC-Target-URI, published = WARC-Date. Everything else
// (warcinfo, request, metadata, revisit records; non-2xx responses; payloads
// that are not text/html or text/plain) is not an article and is skipped.
#include <algorithm>
#include <cctype>
#include <ctime>

#include "warta/input/internal.h"

namespace warta {
namespace input_internal {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// "Name: value" header lines, names lower-cased.
struct Headers {
  std::vector<std::pair<std::string, std::string>> fields;
  std::string Get(std::string_view name) const {
    for (const auto& [k, v] : fields) {
      if (k == name) return v;
    }
    return {};
  }
  void Add(std::string_view line) {
    size_t colon = line.find(':');
    if (colon == std::string_view::npos) return;
    fields.emplace_back(Lower(Trim(line.substr(0, colon))),
                        std::string(Trim(line.substr(colon + 1))));
  }
};

// The ISO date (in WIB, as for Unix times in JSONL) of a WARC-Date such as
// "2021-12-29T01:30:00Z"; empty when it does not parse.
std::string WarcDate(std::string_view v) {
  std::tm tm{};
  std::string s(v);
  if (s.size() < 19 || strptime(s.c_str(), "%Y-%m-%dT%H:%M:%S", &tm) == nullptr) {
    return NormalizePublished(v);
  }
  return NormalizePublished(static_cast<long long>(timegm(&tm)));
}

// Undoes Transfer-Encoding: chunked; false when the body is not well formed.
bool Dechunk(std::string_view in, std::string* out) {
  out->clear();
  size_t i = 0;
  while (i < in.size()) {
    size_t eol = in.find('\n', i);
    if (eol == std::string_view::npos) return false;
    size_t size = 0;
    size_t j = i;
    int digits = 0;
    while (j < eol && std::isxdigit(static_cast<unsigned char>(in[j])) && digits < 12) {
      char c = static_cast<char>(std::tolower(static_cast<unsigned char>(in[j])));
      size = size * 16 + static_cast<size_t>(c <= '9' ? c - '0' : c - 'a' + 10);
      ++j;
      ++digits;
    }
    if (digits == 0) return false;
    if (size == 0) return true;
    i = eol + 1;
    if (size > in.size() - i) return false;
    out->append(in.substr(i, size));
    i += size;
    if (i < in.size() && in[i] == '\r') ++i;
    if (i < in.size() && in[i] == '\n') ++i;
  }
  return true;
}

class WarcFraming : public RecordReader {
 public:
  WarcFraming(std::unique_ptr<BufferedInput> in, std::string name, const InputOptions& options)
      : in_(std::move(in)), name_(std::move(name)), options_(options) {}

  bool Next(RawRecord* out) override {
    while (!done_) {
      if (ReadRecord(out)) return true;
    }
    return false;
  }
  uint64_t bytes_read() const override { return in_->source().consumed(); }

 private:
  // Reads one WARC record; true when it produced *out (an article or an
  // error), false when it was skipped or the input ended (done_).
  bool ReadRecord(RawRecord* out) {
    std::string line;
    bool too_long = false;
    BufferedInput::Result r;
    do {  // records are separated by blank lines
      r = in_->ReadLine(&line, 64 << 10, &too_long);
    } while (r == BufferedInput::Result::kOk && !too_long && line.empty());
    if (r == BufferedInput::Result::kEof) {
      done_ = true;
      return false;
    }
    if (r == BufferedInput::Result::kError) return Damaged(name_, out);
    if (too_long || line.rfind("WARC/", 0) != 0) {
      done_ = true;
      MakeErrorRecord(name_, ErrorCode::kIoError,
                      name_ + ": not a WARC record at byte " + std::to_string(in_->offset()) +
                          " (after " + std::to_string(records_) + " records)",
                      out);
      return true;
    }
    ++records_;
    Headers warc;
    while (true) {
      r = in_->ReadLine(&line, 64 << 10, &too_long);
      if (r != BufferedInput::Result::kOk) return Damaged(name_, out);
      if (line.empty()) break;
      warc.Add(line);
    }
    std::string length_text = warc.Get("content-length");
    char* end = nullptr;
    unsigned long long length = std::strtoull(length_text.c_str(), &end, 10);
    if (length_text.empty() || *end != '\0') {
      done_ = true;
      MakeErrorRecord(
          name_, ErrorCode::kIoError,
          name_ + ": WARC record " + std::to_string(records_) + " has no valid Content-Length",
          out);
      return true;
    }
    std::string uri = warc.Get("warc-target-uri");
    if (uri.size() >= 2 && uri.front() == '<' && uri.back() == '>')
      uri = uri.substr(1, uri.size() - 2);
    if (Lower(warc.Get("warc-type")) != "response" || uri.empty()) {
      if (in_->Skip(length) != BufferedInput::Result::kOk) return Damaged(name_, out);
      return false;
    }
    std::string id = uri;
    // The HTTP headers come on top of the article; allow for them.
    if (length > options_.article_limit() + (64 << 10)) {
      if (in_->Skip(length) != BufferedInput::Result::kOk) return Damaged(id, out);
      MakeErrorRecord(id, ErrorCode::kTooLarge,
                      "article larger than --max-article-bytes (" +
                          std::to_string(options_.article_limit()) + ")",
                      out);
      return true;
    }
    std::string block;
    if (in_->ReadExact(length, &block) != BufferedInput::Result::kOk) return Damaged(id, out);
    return Response(std::move(id), warc, std::move(block), out);
  }

  // An HTTP response block into an article record; false when it is not one.
  bool Response(std::string id, const Headers& warc, std::string block, RawRecord* out) {
    Headers http;
    std::string_view b(block);
    std::string content_type = Lower(warc.Get("content-type"));
    if (b.rfind("HTTP/", 0) == 0) {
      size_t head_end = b.find("\r\n\r\n");
      size_t sep = 4;
      if (head_end == std::string_view::npos) {
        head_end = b.find("\n\n");
        sep = 2;
      }
      if (head_end == std::string_view::npos) return false;  // headers only: no page
      std::string_view head = b.substr(0, head_end);
      size_t eol = head.find('\n');
      std::string_view status_line = head.substr(0, eol);
      size_t sp = status_line.find(' ');
      int status = sp == std::string_view::npos
                       ? 0
                       : std::atoi(std::string(status_line.substr(sp + 1, 3)).c_str());
      if (status < 200 || status > 299) return false;
      while (eol != std::string_view::npos) {
        size_t next = head.find('\n', eol + 1);
        http.Add(head.substr(
            eol + 1, next == std::string_view::npos ? std::string_view::npos : next - eol - 1));
        eol = next;
      }
      content_type = Lower(http.Get("content-type"));
      block.erase(0, head_end + sep);
    }
    std::string mime = content_type.substr(0, content_type.find(';'));
    mime = std::string(Trim(mime));
    RawRecord::Kind kind;
    if (mime.empty() || mime == "text/html" || mime == "application/xhtml+xml") {
      kind = RawRecord::Kind::kHtml;
    } else if (mime == "text/plain") {
      kind = RawRecord::Kind::kText;
    } else {
      return false;  // images, scripts, PDFs: not articles
    }
    if (Lower(http.Get("transfer-encoding")).find("chunked") != std::string::npos) {
      std::string body;
      if (Dechunk(block, &body)) block = std::move(body);
    }
    std::string encoding = Lower(http.Get("content-encoding"));
    if (encoding == "gzip" || encoding == "x-gzip") {
      std::string body, error;
      if (!GunzipMemory(block, options_.article_limit(), &body, &error)) {
        MakeErrorRecord(std::move(id), ErrorCode::kIoError,
                        name_ + ": record " + std::to_string(records_) + ": gzip body: " + error,
                        out);
        return true;
      }
      block = std::move(body);
    } else if (!encoding.empty() && encoding != "identity") {
      MakeErrorRecord(std::move(id), ErrorCode::kIoError,
                      name_ + ": record " + std::to_string(records_) +
                          ": unsupported Content-Encoding '" + encoding + "'",
                      out);
      return true;
    }
    out->kind = kind;
    out->id = std::move(id);
    out->body = std::move(block);
    out->published = WarcDate(warc.Get("warc-date"));
    out->charset.clear();
    size_t cs = content_type.find("charset=");
    if (cs != std::string::npos) {
      std::string_view v = std::string_view(content_type).substr(cs + 8);
      v = v.substr(0, v.find(';'));
      v = Trim(v);
      if (v.size() >= 2 && (v.front() == '"' || v.front() == '\'')) v = v.substr(1, v.size() - 2);
      out->charset = std::string(v);
    }
    out->error = Status();
    return true;
  }

  bool Damaged(const std::string& id, RawRecord* out) {
    done_ = true;
    MakeErrorRecord(id, ErrorCode::kIoError,
                    name_ + ": truncated or damaged input in WARC record " +
                        std::to_string(records_) + ": " +
                        (in_->source().failed() ? in_->source().error() : "unexpected end"),
                    out);
    return true;
  }

  std::unique_ptr<BufferedInput> in_;
  std::string name_;
  InputOptions options_;
  uint64_t records_ = 0;
  bool done_ = false;
};

}  // namespace

std::unique_ptr<RecordReader> NewWarcFraming(std::unique_ptr<BufferedInput> in, std::string name,
                                             const InputOptions& options) {
  return std::make_unique<WarcFraming>(std::move(in), std::move(name), options);
}

}  // namespace input_internal
}  // namespace warta
