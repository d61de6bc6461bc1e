#include "warta/batch/batch_runner.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <memory>
#include <mutex>
#include <stdexcept>
#include <thread>

namespace warta {
namespace {

using Clock = std::chrono::steady_clock;

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

// One unit of work: records in, rendered lines out.
struct Batch {
  std::vector<RawRecord> records;
  std::string output;
  uint64_t articles = 0;
  uint64_t errors = 0;
  bool done = false;
};

// What one thread needs to process articles; timings are its own.
struct Worker {
  Pipeline::Workspace ws;
  Article article;
  ArticleResult result;
  double decode_s = 0, render_s = 0, write_s = 0;
};

class Runner {
 public:
  Runner(const Pipeline& pipeline, const InputOptions& in, const OutputOptions& out,
         const BatchOptions& options, const BatchSink& sink)
      : pipeline_(pipeline), in_(in), out_(out), options_(options), sink_(sink) {}

  BatchStats Run(InputList inputs);

 private:
  // Frames the next batch; false (and an empty batch) at the end of input.
  bool Fill(RecordReader* reader, Batch* batch);
  void Process(Batch* batch, Worker* w) const;
  // Writes a finished batch; false when the sink refused it.
  bool Write(Batch* batch, Worker* w);
  void WorkerLoop(Worker* w);
  // Marks a batch done and writes every finished batch in order, unless
  // another thread is already writing (it will pick this one up).
  void Finish(Batch* batch, Worker* w);
  void MaybeReport(RecordReader* reader, bool force);
  bool RunInline(RecordReader* reader, Worker* w);
  bool RunThreaded(RecordReader* reader, std::vector<std::unique_ptr<Worker>>* workers);

  const Pipeline& pipeline_;
  const InputOptions& in_;
  const OutputOptions& out_;
  const BatchOptions& options_;
  const BatchSink& sink_;
  Clock::time_point start_ = Clock::now();
  Clock::time_point last_report_ = start_;
  double read_s_ = 0;
  uint64_t total_bytes_ = 0;
  size_t max_in_flight_ = 0;

  // Shared state; guarded by mu_.
  std::mutex mu_;
  std::condition_variable work_cv_;               // a batch was queued, or the input ended
  std::condition_variable space_cv_;              // a batch was written
  std::deque<Batch*> queue_;                      // read, waiting for a worker
  std::deque<std::unique_ptr<Batch>> in_flight_;  // read, not yet written, in order
  bool writing_ = false;
  bool input_done_ = false;
  bool stop_ = false;  // the sink refused output
  uint64_t articles_ = 0, errors_ = 0;
};

bool Runner::Fill(RecordReader* reader, Batch* batch) {
  Clock::time_point t0 = options_.timing ? Clock::now() : Clock::time_point();
  size_t bytes = 0;
  while (batch->records.size() < options_.batch_articles && bytes < options_.batch_bytes) {
    batch->records.emplace_back();
    if (!reader->Next(&batch->records.back())) {
      batch->records.pop_back();
      break;
    }
    bytes += batch->records.back().body.size();
  }
  if (options_.timing) read_s_ += Seconds(t0, Clock::now());
  return !batch->records.empty();
}

void Runner::Process(Batch* batch, Worker* w) const {
  const bool timing = options_.timing;
  for (RawRecord& record : batch->records) {
    bool decoded = false;
    try {
      Clock::time_point t0 = timing ? Clock::now() : Clock::time_point();
      DecodeRecord(&record, in_, &w->article);
      decoded = true;
      Clock::time_point t1 = timing ? Clock::now() : Clock::time_point();
      pipeline_.Process(std::move(w->article), &w->ws, &w->result);
      Clock::time_point t2 = timing ? Clock::now() : Clock::time_point();
      batch->output += RenderArticle(w->result, out_);
      if (timing) {
        w->decode_s += Seconds(t0, t1);
        w->render_s += Seconds(t2, Clock::now());
      }
    } catch (const std::exception& e) {
      // Out of memory on one huge article: that article fails, not the run.
      // The id has moved along: record -> article -> result (set first).
      std::string id =
          decoded ? std::move(w->result.id) : (w->article.id.empty() ? record.id : w->article.id);
      w->result = ArticleResult();
      w->result.id = std::move(id);
      w->result.status = Status(ErrorCode::kInternal, std::string("processing: ") + e.what());
      batch->output += RenderArticle(w->result, out_);
    }
    ++batch->articles;
    if (!w->result.status.ok()) ++batch->errors;
  }
  // Release the input now: only the rendered lines wait for their turn.
  std::vector<RawRecord>().swap(batch->records);
}

bool Runner::Write(Batch* batch, Worker* w) {
  Clock::time_point t0 = options_.timing ? Clock::now() : Clock::time_point();
  bool ok = batch->output.empty() || sink_(batch->output);
  if (options_.timing) w->write_s += Seconds(t0, Clock::now());
  return ok;
}

bool Runner::RunInline(RecordReader* reader, Worker* w) {
  while (true) {
    Batch batch;
    if (!Fill(reader, &batch)) return true;
    Process(&batch, w);
    if (!Write(&batch, w)) {
      stop_ = true;
      return false;
    }
    articles_ += batch.articles;
    errors_ += batch.errors;
    MaybeReport(reader, false);
  }
}

void Runner::Finish(Batch* batch, Worker* w) {
  std::unique_lock<std::mutex> lock(mu_);
  batch->done = true;
  if (writing_) return;
  writing_ = true;
  while (!in_flight_.empty() && in_flight_.front()->done) {
    std::unique_ptr<Batch> next = std::move(in_flight_.front());
    in_flight_.pop_front();
    if (!stop_) {
      // Write outside the lock: workers keep finishing batches meanwhile, and
      // this loop picks them up in order.
      lock.unlock();
      bool ok = Write(next.get(), w);
      uint64_t articles = next->articles, errors = next->errors;
      next.reset();
      lock.lock();
      if (ok) {
        articles_ += articles;
        errors_ += errors;
      } else {
        stop_ = true;
      }
    }
    space_cv_.notify_all();
  }
  writing_ = false;
}

void Runner::WorkerLoop(Worker* w) {
  while (true) {
    Batch* batch = nullptr;
    bool skip = false;
    {
      std::unique_lock<std::mutex> lock(mu_);
      work_cv_.wait(lock, [&] { return !queue_.empty() || input_done_; });
      if (queue_.empty()) return;
      batch = queue_.front();
      queue_.pop_front();
      skip = stop_;  // nobody will read the output any more
    }
    if (!skip) Process(batch, w);
    Finish(batch, w);
  }
}

bool Runner::RunThreaded(RecordReader* reader, std::vector<std::unique_ptr<Worker>>* workers) {
  std::vector<std::thread> threads;
  threads.reserve(workers->size());
  try {
    for (auto& w : *workers) threads.emplace_back(&Runner::WorkerLoop, this, w.get());
  } catch (const std::system_error&) {
    // Fewer threads than asked for (a process limit): run with those there are.
    if (threads.empty()) return RunInline(reader, (*workers)[0].get());
  }
  bool failed = false;
  std::string failure;
  try {
    while (true) {
      auto batch = std::make_unique<Batch>();
      if (!Fill(reader, batch.get())) break;
      std::unique_lock<std::mutex> lock(mu_);
      while (!stop_ && in_flight_.size() >= max_in_flight_) {
        space_cv_.wait_for(lock, std::chrono::milliseconds(100));
        lock.unlock();
        MaybeReport(reader, false);
        lock.lock();
      }
      if (stop_) break;
      queue_.push_back(batch.get());
      in_flight_.push_back(std::move(batch));
      lock.unlock();
      work_cv_.notify_one();
      MaybeReport(reader, false);
    }
  } catch (const std::exception& e) {
    // The workers must be joined before anything unwinds past them.
    failed = true;
    failure = e.what();
    std::lock_guard<std::mutex> lock(mu_);
    stop_ = true;
  }
  {
    std::lock_guard<std::mutex> lock(mu_);
    input_done_ = true;
  }
  work_cv_.notify_all();
  {
    // Keep reporting while the workers drain the queue.
    std::unique_lock<std::mutex> lock(mu_);
    while (!in_flight_.empty() && !stop_) {
      space_cv_.wait_for(lock, std::chrono::milliseconds(100));
      lock.unlock();
      MaybeReport(reader, false);
      lock.lock();
    }
  }
  for (std::thread& t : threads) t.join();
  if (failed) throw std::runtime_error(failure);
  return !stop_;
}

void Runner::MaybeReport(RecordReader* reader, bool force) {
  if (!options_.on_progress) return;
  Clock::time_point now = Clock::now();
  if (!force && Seconds(last_report_, now) < options_.progress_interval) return;
  last_report_ = now;
  BatchProgress p;
  {
    std::lock_guard<std::mutex> lock(mu_);
    p.articles = articles_;
    p.errors = errors_;
  }
  p.bytes_read = reader->bytes_read();
  p.total_bytes = total_bytes_;
  p.seconds = Seconds(start_, now);
  p.finished = force;
  options_.on_progress(p);
}

BatchStats Runner::Run(InputList inputs) {
  BatchStats stats;
  total_bytes_ = inputs.total_known ? inputs.total_bytes : 0;
  int threads = options_.threads;
  if (threads <= 0) threads = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  max_in_flight_ = options_.max_in_flight > 0 ? options_.max_in_flight : 2 * threads + 2;
  stats.threads = threads;
  std::unique_ptr<RecordReader> reader = OpenInputs(std::move(inputs), in_, options_.on_open_error);
  std::vector<std::unique_ptr<Worker>> workers;
  for (int i = 0; i < threads; ++i) {
    workers.push_back(std::make_unique<Worker>());
    workers.back()->ws = pipeline_.NewWorkspace();
    workers.back()->ws.set_timing(options_.timing);
  }
  if (threads > 1) {
    RunThreaded(reader.get(), &workers);
  } else {
    RunInline(reader.get(), workers[0].get());
  }
  stats.output_closed = stop_;
  stats.articles = articles_;
  stats.errors = errors_;
  stats.bytes_read = reader->bytes_read();
  stats.seconds = Seconds(start_, Clock::now());
  if (options_.timing) {
    stats.stages.push_back({"read", read_s_});
    stats.stages.push_back({"decode", 0});
    for (const auto& w : workers) {
      stats.stages[1].seconds += w->decode_s;
      for (const auto& timing : w->ws.timings()) {
        // (no structured binding: clang 14 cannot capture one in a lambda)
        const std::string& name = timing.first;
        double ns = timing.second;
        auto it = std::find_if(stats.stages.begin(), stats.stages.end(),
                               [&](const StageTime& s) { return s.stage == name; });
        if (it == stats.stages.end()) {
          stats.stages.push_back({name, ns / 1e9});
        } else {
          it->seconds += ns / 1e9;
        }
      }
    }
    double render = 0, write = 0;
    for (const auto& w : workers) {
      render += w->render_s;
      write += w->write_s;
    }
    stats.stages.push_back({"render", render});
    stats.stages.push_back({"write", write});
  }
  if (!stop_) MaybeReport(reader.get(), true);
  return stats;
}

std::string Thousands(uint64_t n) {
  std::string s = std::to_string(n);
  for (int i = static_cast<int>(s.size()) - 3; i > 0; i -= 3) s.insert(static_cast<size_t>(i), ",");
  return s;
}

}  // namespace

BatchStats RunBatch(const Pipeline& pipeline, InputList inputs, const InputOptions& input_options,
                    const OutputOptions& output_options, const BatchOptions& options,
                    const BatchSink& sink) {
  try {
    Runner runner(pipeline, input_options, output_options, options, sink);
    return runner.Run(std::move(inputs));
  } catch (const std::exception& e) {
    BatchStats stats;
    stats.status = Status(ErrorCode::kInternal, std::string("batch run: ") + e.what());
    return stats;
  }
}

std::string FormatProgress(const BatchProgress& p) {
  char buf[256];
  double secs = std::max(p.seconds, 1e-9);
  double rate = static_cast<double>(p.articles) / secs;
  double mbs = static_cast<double>(p.bytes_read) / 1e6 / secs;
  int n = std::snprintf(
      buf, sizeof buf, "%s articles  %s/s  %.1f MB/s  %s errors", Thousands(p.articles).c_str(),
      Thousands(static_cast<uint64_t>(rate + 0.5)).c_str(), mbs, Thousands(p.errors).c_str());
  std::string s(buf, static_cast<size_t>(std::max(0, n)));
  if (p.finished) {
    std::snprintf(buf, sizeof buf, "  in %.1f s", p.seconds);
    s += buf;
  } else if (p.total_bytes > 0 && p.bytes_read > 0 && p.bytes_read <= p.total_bytes) {
    double eta = static_cast<double>(p.total_bytes - p.bytes_read) /
                 (static_cast<double>(p.bytes_read) / secs);
    long e = std::lround(eta);
    std::snprintf(buf, sizeof buf, "  %.0f%%  ETA %ld:%02ld",
                  100.0 * static_cast<double>(p.bytes_read) / static_cast<double>(p.total_bytes),
                  e / 60, e % 60);
    s += buf;
  }
  return s;
}

std::string FormatStats(const BatchStats& stats) {
  std::string out;
  char buf[256];
  double total = 0;
  for (const StageTime& s : stats.stages) total += s.seconds;
  double articles = static_cast<double>(std::max<uint64_t>(stats.articles, 1));
  std::snprintf(buf, sizeof buf, "%-14s %10s %7s %12s\n", "stage", "seconds", "share",
                "us/article");
  out += buf;
  for (const StageTime& s : stats.stages) {
    std::snprintf(buf, sizeof buf, "%-14s %10.3f %6.1f%% %12.1f\n", s.stage.c_str(), s.seconds,
                  total > 0 ? 100.0 * s.seconds / total : 0.0, 1e6 * s.seconds / articles);
    out += buf;
  }
  std::snprintf(buf, sizeof buf, "%-14s %10.3f %6.1f%% %12.1f\n", "total (cpu)", total, 100.0,
                1e6 * total / articles);
  out += buf;
  double secs = std::max(stats.seconds, 1e-9);
  std::snprintf(buf, sizeof buf,
                "%s articles, %s errors, %.1f MB in %.3f s wall on %d thread%s: %.0f articles/s, "
                "%.1f MB/s\n",
                Thousands(stats.articles).c_str(), Thousands(stats.errors).c_str(),
                static_cast<double>(stats.bytes_read) / 1e6, stats.seconds, stats.threads,
                stats.threads == 1 ? "" : "s", static_cast<double>(stats.articles) / secs,
                static_cast<double>(stats.bytes_read) / 1e6 / secs);
  out += buf;
  return out;
}

}  // namespace warta
