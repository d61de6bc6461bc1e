#include "unit/test_support.h"

#include <cstdlib>
#include <cstdio>

namespace warta::testing {

const Pipeline& DefaultPipeline() {
  static const Pipeline* pipeline = [] {
    auto p = Pipeline::Create(PipelineOptions());
    if (!p.ok()) {
      std::fprintf(stderr, "cannot build pipeline: %s\n", p.status().message().c_str());
      std::abort();
    }
    return p.value().release();
  }();
  return *pipeline;
}

ArticleResult Run(const std::string& text, const std::string& published) {
  const Pipeline& p = DefaultPipeline();
  Pipeline::Workspace ws = p.NewWorkspace();
  Article a;
  a.id = "test";
  a.text = text;
  a.published = published;
  ArticleResult r;
  p.Process(std::move(a), &ws, &r);
  return r;
}

std::vector<std::string> Tokens(const std::string& text) {
  const Tokenizer& tok = DefaultPipeline().tokenizer();
  Tokenizer::State st = tok.NewState();
  TokenizedText out;
  tok.Tokenize(text, {}, &st, &out);
  std::vector<std::string> words;
  for (const Token& t : out.tokens) words.push_back(text.substr(t.span.begin, t.span.size()));
  return words;
}

std::vector<std::string> Sentences(const std::string& text) {
  const Tokenizer& tok = DefaultPipeline().tokenizer();
  Tokenizer::State st = tok.NewState();
  TokenizedText out;
  tok.Tokenize(text, {}, &st, &out);
  std::vector<std::string> s;
  for (const Sentence& x : out.sentences) s.push_back(text.substr(x.span.begin, x.span.size()));
  return s;
}

}  // namespace warta::testing
