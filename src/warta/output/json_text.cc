#include "warta/output/json_text.h"

#include "warta/normalize/utf8.h"

namespace warta {

JsonText::JsonText(double d) : text_(nlohmann::json(d).dump()) {}

void JsonText::AppendString(std::string_view s, std::string* out) {
  // Most strings (keys, rules, values) are plain ASCII with nothing to escape:
  // one scan, one append. The ASCII prefix is valid UTF-8, so validation can
  // start where it ends.
  size_t plain = 0;
  while (plain < s.size()) {
    unsigned char c = static_cast<unsigned char>(s[plain]);
    if (c < 0x20 || c >= 0x80 || c == '"' || c == '\\') break;
    ++plain;
  }
  if (plain == s.size()) {
    out->reserve(out->size() + s.size() + 2);
    out->append(1, '"');
    out->append(s);
    out->append(1, '"');
    return;
  }
  if (FirstInvalidUtf8(s.substr(plain)) != s.size() - plain) {
    // Rare: let nlohmann replace the bad bytes so the text matches it exactly.
    out->append(nlohmann::json(std::string(s))
                    .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    return;
  }
  // Whole runs are appended at once: std::string::push_back is not inlined
  // (libstdc++ instantiates std::string out of line) and showed in profiles.
  out->reserve(out->size() + s.size() + 2);
  out->append(1, '"');
  size_t run = 0;  // start of the bytes not yet copied
  for (size_t i = plain; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    out->append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out->append("\\\"");
        break;
      case '\\':
        out->append("\\\\");
        break;
      case '\b':
        out->append("\\b");
        break;
      case '\f':
        out->append("\\f");
        break;
      case '\n':
        out->append("\\n");
        break;
      case '\r':
        out->append("\\r");
        break;
      case '\t':
        out->append("\\t");
        break;
      default: {
        static const char kHex[] = "0123456789abcdef";
        char u[6] = {'\\', 'u', '0', '0', kHex[c >> 4], kHex[c & 15]};
        out->append(u, 6);
      }
    }
  }
  out->append(s.data() + run, s.size() - run);
  out->append(1, '"');
}

void JsonText::AppendTo(std::string* out) const {
  out->append(text_);
  if (kind_ != Kind::kScalar) out->append(1, kind_ == Kind::kObject ? '}' : ']');
}

void JsonText::Add(std::string_view key, const JsonText& value) {
  if (!empty_) text_.append(1, ',');
  empty_ = false;
  AppendString(key, &text_);
  text_.append(1, ':');
  value.AppendTo(&text_);
}

void JsonText::push_back(const JsonText& value) {
  if (!empty_) text_.append(1, ',');
  empty_ = false;
  value.AppendTo(&text_);
}

std::string JsonText::dump(int indent, char indent_char, bool ensure_ascii,
                           nlohmann::json::error_handler_t handler) const {
  std::string out;
  out.reserve(text_.size() + 1);
  AppendTo(&out);
  if (indent < 0 && !ensure_ascii) return out;
  return nlohmann::ordered_json::parse(out).dump(indent, indent_char, ensure_ascii, handler);
}

}  // namespace warta
