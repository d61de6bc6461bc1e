#include "warta/eval/corpus.h"

#include <algorithm>
#include <filesystem>

#include "warta/output/json_writer.h"

namespace warta::eval {

StatusOr<CorpusRun> RunCorpus(const std::string& dir, const Pipeline& pipeline) {
  namespace fs = std::filesystem;
  fs::path articles = fs::path(dir) / "articles";
  fs::path gold_dir = fs::path(dir) / "gold";
  std::error_code ec;
  if (!fs::is_directory(articles, ec)) {
    return Status(ErrorCode::kIoError, articles.string() + ": no such directory");
  }
  if (!fs::is_directory(gold_dir, ec)) {
    return Status(ErrorCode::kIoError, gold_dir.string() + ": no such directory");
  }
  CorpusRun run;
  StatusOr<RecordSet> gold = LoadGold(gold_dir.string());
  if (!gold.ok()) return gold.status();
  run.gold = std::move(*gold);

  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(articles, ec)) {
    if (entry.path().extension() == ".txt") files.push_back(entry.path());
  }
  if (ec) return Status(ErrorCode::kIoError, articles.string() + ": " + ec.message());
  std::sort(files.begin(), files.end());

  InputOptions in;
  in.format = InputFormat::kText;
  Pipeline::Workspace ws = pipeline.NewWorkspace();
  ArticleResult result;
  for (const fs::path& file : files) {
    std::string stem = file.stem().string();
    if (!fs::exists(gold_dir / (stem + ".json"))) run.articles_without_gold.push_back(stem);
    StatusOr<std::unique_ptr<ArticleReader>> reader = OpenInput(file.string(), in);
    Article article;
    if (reader.ok()) {
      (*reader)->Next(&article);
    } else {
      article.error = reader.status();
    }
    article.id = stem;
    pipeline.Process(std::move(article), &ws, &result);
    StatusOr<Json> record = ParseRecord(RenderArticle(result, OutputOptions()), file.string());
    if (!record.ok()) return record.status();  // a writer bug: never hidden
    run.pred.Add(stem, std::move(*record));
  }
  return run;
}

}  // namespace warta::eval
