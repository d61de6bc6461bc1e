// Fuzzes the JSONL reader: ParseJsonRecord on one line, under both UTF-8
// policies, and the streaming reader (line framing, CR, blank lines, limits)
// on the whole input as a file. Invariants: every record is either an error
// or valid UTF-8 within the size limit, and N non-blank lines give N records.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <string>

#include "fuzz/fuzz_support.h"
#include "warta/input/reader.h"

namespace {

void CheckArticle(const warta::Article& a, const warta::InputOptions& opts) {
  using warta_fuzz::Check;
  Check(warta::IsValidUtf8(a.id), "id is not valid UTF-8");
  Check(!a.id.empty(), "empty id");
  if (!a.error.ok()) {
    Check(a.text.empty(), "error record keeps text");
    return;
  }
  Check(warta::IsValidUtf8(a.text), "text is not valid UTF-8");
  Check(warta::IsValidUtf8(a.title), "title is not valid UTF-8");
  Check(a.text.size() <= opts.max_article_bytes, "text over the limit");
  Check(a.published.empty() || a.published.size() == 10, "bad published date");
}

// Expected record count for `data` read as JSONL: one per line that is not
// blank (spaces, tabs, CR) or that is over the line limit.
size_t ExpectedRecords(std::string_view data, size_t line_limit) {
  size_t n = 0, pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    std::string_view line = data.substr(pos, nl == data.npos ? data.npos : nl - pos);
    pos = nl == data.npos ? data.size() : nl + 1;
    if (line.size() > line_limit || line.find_first_not_of(" \t\r") != line.npos) ++n;
  }
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  warta::InputOptions opts;
  opts.max_article_bytes = 256;  // small, so that too_large is reachable
  for (warta::InvalidUtf8 policy : {warta::InvalidUtf8::kError, warta::InvalidUtf8::kReplace}) {
    opts.invalid_utf8 = policy;
    warta::Article a;
    warta::ParseJsonRecord(input, "fuzz:1", opts, &a);
    CheckArticle(a, opts);
    warta::ArticleResult r;
    r.id = a.id;
    r.status = a.error;
    if (!r.status.ok()) warta_fuzz::CheckRendered(r);
  }

  // The streaming reader, from an in-memory file.
  static int fd = memfd_create("warta-fuzz", 0);
  if (fd < 0) warta_fuzz::Fail("memfd_create failed");
  if (ftruncate(fd, 0) != 0 || pwrite(fd, data, size, 0) != static_cast<ssize_t>(size)) {
    warta_fuzz::Fail("writing memfd failed");
  }
  opts.format = warta::InputFormat::kJsonl;
  auto reader = warta::OpenInput("/proc/self/fd/" + std::to_string(fd), opts);
  warta_fuzz::Check(reader.ok(), "cannot open memfd");
  warta::Article a;
  size_t records = 0;
  while ((*reader)->Next(&a)) {
    CheckArticle(a, opts);
    ++records;
  }
  warta_fuzz::Check(records == ExpectedRecords(input, opts.max_article_bytes + 4096),
                    "N lines in != N records out");
  warta_fuzz::Check((*reader)->bytes_read() == size, "not every byte was read");
  return 0;
}
