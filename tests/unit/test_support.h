// Shared fixtures for unit tests: one pipeline built from the embedded
// lexicons, and helpers to run text through stages.
#ifndef WARTA_TESTS_UNIT_TEST_SUPPORT_H_
#define WARTA_TESTS_UNIT_TEST_SUPPORT_H_

#include <string>
#include <vector>

#include <doctest/doctest.h>

#include "warta/pipeline.h"

// Vectors of strings print as ["a", "b"] in failure messages.
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string s = "[";
    for (size_t i = 0; i < v.size(); ++i) s += (i ? ", \"" : "\"") + v[i] + "\"";
    return String((s + "]").c_str());
  }
};
}  // namespace doctest

namespace warta::testing {

// The pipeline with embedded lexicons, built once per test binary.
const Pipeline& DefaultPipeline();

// Runs `text` (a whole article) through the default pipeline.
ArticleResult Run(const std::string& text, const std::string& published = "");

// Token texts of `text` as the pipeline's tokenizer splits it.
std::vector<std::string> Tokens(const std::string& text);

// Sentences of `text`, as cleaned-text strings.
std::vector<std::string> Sentences(const std::string& text);

}  // namespace warta::testing

#endif  // WARTA_TESTS_UNIT_TEST_SUPPORT_H_
