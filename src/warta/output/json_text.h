// JsonText: JSON written as it is built, for the output hot path.
//
//   JsonText o = JsonText::object();
//   o["id"] = std::string("a1");       // escaped exactly as nlohmann escapes
//   o["start"] = 12;
//   o["mod"] = nullptr;
//   JsonText a = JsonText::array();
//   a.push_back(std::move(o));
//   std::string s = a.dump();          // [{"id":"a1","start":12,"mod":null}]
//
// It offers the part of nlohmann::ordered_json's interface that the writer
// uses (object(), array(), obj["key"] = value, push_back, dump) and produces
// byte-identical text, but it serializes every value when it is assigned
// instead of building a tree: no node allocations and no key lookups, which
// made rendering the slowest stage for entity-rich articles
// (docs/performance.md). Consequences: keys are written in assignment order
// and never looked up or replaced (assigning a key twice writes it twice),
// and values cannot be read back. Types it does not know (maps, custom
// types) are converted through nlohmann, so anything nlohmann accepts works.
// dump(indent >= 0) pretty-prints through nlohmann.
#ifndef WARTA_OUTPUT_JSON_TEXT_H_
#define WARTA_OUTPUT_JSON_TEXT_H_

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace warta {

class JsonText {
 public:
  JsonText() : text_("null") {}
  JsonText(std::nullptr_t) : text_("null") {}                // NOLINT: implicit like nlohmann's
  JsonText(bool b) : text_(b ? "true" : "false") {}          // NOLINT
  JsonText(std::string_view s) { AppendString(s, &text_); }  // NOLINT
  JsonText(const std::string& s) : JsonText(std::string_view(s)) {}  // NOLINT
  JsonText(const char* s) : JsonText(std::string_view(s)) {}         // NOLINT
  JsonText(double d);                                                // NOLINT
  template <typename T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool> &&
                                             !std::is_same_v<T, char>,
                                         int> = 0>
  JsonText(T v) : text_(std::to_string(v)) {}  // NOLINT
  template <typename T>
  JsonText(const std::vector<T>& v) : kind_(Kind::kArray), text_("[") {  // NOLINT
    for (const T& e : v) push_back(JsonText(e));
  }
  // Anything else nlohmann can convert (maps, user types with to_json).
  template <
      typename T,
      std::enable_if_t<std::is_class_v<T> && !std::is_convertible_v<T, std::string_view>, int> = 0>
  JsonText(const T& v) : text_(nlohmann::ordered_json(v).dump()) {}  // NOLINT

  static JsonText object() { return JsonText(Kind::kObject, "{"); }
  static JsonText array() { return JsonText(Kind::kArray, "["); }

  // obj["key"] = value appends "key":value to an object.
  class Member {
   public:
    Member& operator=(JsonText value) {
      parent_->Add(key_, value);
      return *this;
    }

   private:
    friend class JsonText;
    Member(JsonText* parent, std::string_view key) : parent_(parent), key_(key) {}
    JsonText* parent_;
    std::string_view key_;
  };
  Member operator[](std::string_view key) { return Member(this, key); }

  // Appends to an array.
  void push_back(const JsonText& value);

  // Compact text as nlohmann's dump(-1) writes it; indented through nlohmann
  // when indent >= 0. The other arguments are accepted for compatibility
  // (strings are always UTF-8, invalid bytes replaced by U+FFFD).
  std::string dump(
      int indent = -1, char indent_char = ' ', bool ensure_ascii = false,
      nlohmann::json::error_handler_t handler = nlohmann::json::error_handler_t::replace) const;

 private:
  enum class Kind { kScalar, kObject, kArray };
  JsonText(Kind kind, const char* open) : kind_(kind), text_(open) {}
  void Add(std::string_view key, const JsonText& value);
  // Appends the complete text (closing bracket included) to *out.
  void AppendTo(std::string* out) const;
  static void AppendString(std::string_view s, std::string* out);

  Kind kind_ = Kind::kScalar;
  std::string text_;   // scalars: complete; containers: without the closing bracket
  bool empty_ = true;  // containers: nothing appended yet
};

}  // namespace warta

#endif  // WARTA_OUTPUT_JSON_TEXT_H_
