// Extracts from one article with the installed library; prints its record.
#include <cstdio>

#include "warta/output/json_writer.h"
#include "warta/pipeline.h"

int main() {
  auto pipeline = warta::Pipeline::Create(warta::PipelineOptions());
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s\n", pipeline.status().message().c_str());
    return 2;
  }
  warta::Pipeline::Workspace ws = (*pipeline)->NewWorkspace();
  warta::Article article;
  article.id = "konsumen";
  article.text = "Judul Uji Pasang\n\nSAMARINDA (ANTARA) - Isi berita uji.";
  warta::ArticleResult result;
  (*pipeline)->Process(std::move(article), &ws, &result);
  std::fputs(warta::RenderArticle(result, warta::OutputOptions()).c_str(), stdout);
  return 0;
}
