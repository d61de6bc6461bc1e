// RunBatch: many articles through one Pipeline on N threads, output in input
// order, in bounded memory.
//
//   InputList inputs = ListInputs({"articles.jsonl.gz", "crawl/"});
//   BatchOptions batch;
//   batch.threads = 4;                       // 0: one per core
//   batch.on_progress = [](const BatchProgress& p) { ... FormatProgress(p) ... };
//   BatchStats stats = RunBatch(*pipeline, std::move(inputs), input_options, output_options,
//                               batch, [](std::string_view lines) {
//                                 return fwrite(lines.data(), 1, lines.size(), stdout) ==
//                                        lines.size();  // false: the reader went away
//                               });
//   if (!stats.status.ok()) ...;            // kInternal only: a bug or out of memory
//   exit code: stats.errors > 0 ? 1 : 0
//
// How it runs: the calling thread frames records (decompression, line
// splitting: inherently sequential) into batches of up to
// `batch_articles` records; worker threads decode, process and render whole
// batches, each with its own Pipeline::Workspace; the worker that finishes
// the oldest unwritten batch writes every finished batch in sequence, so the
// output is in input order and byte-identical whatever the thread count. At
// most `max_in_flight` batches exist at once, so memory stays flat whatever the
// input size. With threads == 1 everything runs on the calling thread.
//
// Every record read gives exactly one output line (error records included).
// When the sink returns false (a closed pipe) the run stops early and quietly:
// stats.output_closed is set.
#ifndef WARTA_BATCH_BATCH_RUNNER_H_
#define WARTA_BATCH_BATCH_RUNNER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "warta/input/reader.h"
#include "warta/output/json_writer.h"
#include "warta/pipeline.h"
#include "warta/status.h"

namespace warta {

struct BatchProgress {
  uint64_t articles = 0;     // written so far
  uint64_t errors = 0;       // error records among them
  uint64_t bytes_read = 0;   // input bytes consumed (compressed bytes when compressed)
  uint64_t total_bytes = 0;  // size of all inputs; 0 when unknown (stdin, pipes)
  double seconds = 0;        // since the start
  bool finished = false;     // the last report of the run
};

struct BatchOptions {
  int threads = 0;               // workers; 0: std::thread::hardware_concurrency()
  size_t batch_articles = 64;    // records per unit of work
  size_t batch_bytes = 1 << 20;  // ... or fewer when they reach this many bytes
  size_t max_in_flight = 0;      // batches read but not yet written; 0: 2 * threads + 2
  bool timing = false;           // fill BatchStats::stages (costs two clock reads per stage)
  // Called on the calling thread at most every progress_interval seconds, and
  // once at the end with finished = true.
  std::function<void(const BatchProgress&)> on_progress;
  double progress_interval = 0.25;
  // Called (on the calling thread) for each input that cannot be opened; the
  // input still gets its error record.
  std::function<void(const Status&)> on_open_error;
};

struct StageTime {
  std::string stage;   // read, decode, clean, layout, tokenize, <extractor>, render, write
  double seconds = 0;  // summed over threads
};

struct BatchStats {
  uint64_t articles = 0;  // output lines written
  uint64_t errors = 0;    // error records among them
  uint64_t bytes_read = 0;
  double seconds = 0;  // wall time
  int threads = 1;
  bool output_closed = false;     // the sink returned false; the run stopped there
  std::vector<StageTime> stages;  // with BatchOptions::timing, in pipeline order
  Status status;                  // kInternal when a thread could not start or memory ran out
};

// Writes the rendered lines of one batch; false stops the run.
using BatchSink = std::function<bool(std::string_view lines)>;

// Runs every input through `pipeline`. Never throws; see BatchStats::status.
BatchStats RunBatch(const Pipeline& pipeline, InputList inputs, const InputOptions& input_options,
                    const OutputOptions& output_options, const BatchOptions& options,
                    const BatchSink& sink);

// "12,345 articles  4,321/s  12.3 MB/s  0 errors  ETA 0:42" (no newline).
std::string FormatProgress(const BatchProgress& progress);

// The per-stage table printed by `warta extract --stats`: stage, seconds,
// share, microseconds per article; then the totals.
std::string FormatStats(const BatchStats& stats);

}  // namespace warta

#endif  // WARTA_BATCH_BATCH_RUNNER_H_
