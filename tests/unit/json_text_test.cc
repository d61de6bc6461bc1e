// JsonText must write exactly what nlohmann::ordered_json writes for the same
// sequence of operations: the writer's output bytes depend on it.
#include "warta/output/json_text.h"

#include <doctest/doctest.h>

#include <cmath>
#include <cstdint>
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace warta {
namespace {

// Builds one document with the API both types share.
template <typename J>
J Build() {
  J doc = J::object();
  const std::string strings[] = {
      "",
      "Wali Kota",
      "kutip \" dan \\ garis miring /",
      "kontrol \b\f\n\r\t \x01\x1f \x7f",
      "Caf\xC3\xA9 \xE2\x80\x94 \xF0\x9F\x98\x80",
      "rusak \xFF\xFE di tengah \xC3",
  };
  J strs = J::array();
  for (const std::string& s : strings) strs.push_back(J(s));
  doc["strings"] = std::move(strs);
  const double doubles[] = {0.0,
                            -0.0,
                            0.1,
                            98.78,
                            1250.0,
                            1e21,
                            1e-7,
                            123456789.125,
                            std::numeric_limits<double>::quiet_NaN(),
                            std::numeric_limits<double>::infinity()};
  J nums = J::array();
  for (double d : doubles) nums.push_back(J(d));
  nums.push_back(J(-5));
  nums.push_back(J(std::numeric_limits<int64_t>::min()));
  nums.push_back(J(std::numeric_limits<uint64_t>::max()));
  nums.push_back(J(uint32_t{4000000000u}));
  nums.push_back(J(size_t{7}));
  doc["numbers"] = std::move(nums);
  doc["true"] = true;
  doc["false"] = false;
  doc["null"] = nullptr;
  doc["const char"] = "teks";
  doc["vector"] = std::vector<std::string>{"H.", "S.Sos."};
  doc["empty vector"] = std::vector<std::string>{};
  doc["map"] = std::map<std::string, int>{{"a", 1}, {"b", 2}};
  doc["empty object"] = J::object();
  doc["empty array"] = J::array();
  J inner = J::object();
  inner["kunci \"aneh\""] = "nilai";
  J deeper = J::array();
  deeper.push_back(J::object());
  deeper.push_back(std::move(inner));
  doc["nested"] = std::move(deeper);
  return doc;
}

TEST_CASE("JsonText writes the same bytes as nlohmann::ordered_json") {
  const auto replace = nlohmann::json::error_handler_t::replace;
  nlohmann::ordered_json reference = Build<nlohmann::ordered_json>();
  JsonText text = Build<JsonText>();
  CHECK(text.dump(-1, ' ', false, replace) == reference.dump(-1, ' ', false, replace));
  CHECK(text.dump(2, ' ', false, replace) == reference.dump(2, ' ', false, replace));
}

TEST_CASE("JsonText scalars") {
  CHECK(JsonText().dump() == "null");
  CHECK(JsonText(std::string("a\nb")).dump() == "\"a\\nb\"");
  CHECK(JsonText(98.78).dump() == "98.78");
  CHECK(JsonText(1250.0).dump() == "1250.0");
  CHECK(JsonText(42).dump() == "42");
}

}  // namespace
}  // namespace warta
