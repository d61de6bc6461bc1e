// Shared checks for the libFuzzer targets (docs/reliability.md#fuzzing). Each check aborts
// with a message on a broken invariant, so libFuzzer records the input as a
// crash: a fuzz run fails on wrong output, not only on memory errors.
#ifndef WARTA_FUZZ_FUZZ_SUPPORT_H_
#define WARTA_FUZZ_FUZZ_SUPPORT_H_

#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "warta/normalize/utf8.h"
#include "warta/output/json_writer.h"
#include "warta/pipeline.h"

namespace warta_fuzz {

[[noreturn]] inline void Fail(const std::string& what) {
  std::fprintf(stderr, "fuzz invariant broken: %s\n", what.c_str());
  std::abort();
}

inline void Check(bool ok, const std::string& what) {
  if (!ok) Fail(what);
}

// The pipeline with the embedded lexicons, built once per process.
inline const warta::Pipeline& DefaultPipeline() {
  static const warta::Pipeline* pipeline = [] {
    auto p = warta::Pipeline::Create(warta::PipelineOptions());
    if (!p.ok()) Fail("cannot build pipeline: " + p.status().message());
    return p.value().release();
  }();
  return *pipeline;
}

// Every object with "start", "end" and "text" in `j` must satisfy
// original[start:end] == text (byte offsets).
inline void CheckSpans(const nlohmann::json& j, std::string_view original) {
  if (j.is_object()) {
    auto s = j.find("start"), e = j.find("end"), t = j.find("text");
    if (s != j.end() && e != j.end() && t != j.end() && s->is_number_unsigned() &&
        e->is_number_unsigned()) {
      size_t b = s->get<size_t>(), en = e->get<size_t>();
      Check(b <= en && en <= original.size(), "span out of range");
      Check(original.substr(b, en - b) == t->get<std::string>(), "span text != original slice");
    }
    for (const auto& [key, v] : j.items()) CheckSpans(v, original);
  } else if (j.is_array()) {
    for (const auto& v : j) CheckSpans(v, original);
  }
}

// Renders `r` with byte and code point offsets and checks that both are one
// line of valid JSON and that byte spans slice the original exactly.
inline void CheckRendered(const warta::ArticleResult& r) {
  warta::OutputOptions bytes_opts;
  bytes_opts.offsets = warta::OffsetUnit::kUtf8Bytes;
  std::string line = warta::RenderArticle(r, bytes_opts);
  Check(!line.empty() && line.back() == '\n', "record does not end with a newline");
  Check(line.find('\n') == line.size() - 1, "record spans several lines");
  nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
  Check(!j.is_discarded() && j.is_object(), "record is not a JSON object");
  Check(j.value("status", "") == (r.status.ok() ? "ok" : "error"), "status field mismatch");
  if (r.status.ok()) CheckSpans(j, r.doc.original());
  std::string cp_line = warta::RenderArticle(r, warta::OutputOptions());
  Check(!nlohmann::json::parse(cp_line, nullptr, false).is_discarded(), "cp record invalid");
}

// Runs valid UTF-8 `text` through the whole pipeline, checks the result and
// returns it for target-specific checks.
inline warta::ArticleResult RunPipeline(std::string text, std::string published) {
  const warta::Pipeline& p = DefaultPipeline();
  static warta::Pipeline::Workspace ws = p.NewWorkspace();
  warta::Article a;
  a.id = "fuzz";
  a.text = std::move(text);
  a.published = std::move(published);
  warta::ArticleResult r;
  p.Process(std::move(a), &ws, &r);
  // The only error for valid text: nothing left once cleaned (empty_text).
  if (!r.status.ok()) {
    Check(r.status.code() == warta::ErrorCode::kEmptyText && r.doc.text().empty(),
          "valid text gave an error: " + r.status.message());
  }
  Check(warta::IsValidUtf8(r.doc.text()), "cleaned text is not valid UTF-8");
  CheckRendered(r);
  return r;
}

}  // namespace warta_fuzz

#endif  // WARTA_FUZZ_FUZZ_SUPPORT_H_
