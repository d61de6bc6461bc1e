#include "cli/flags.h"

namespace warta_cli {

bool Flags::Bool(const std::string& name) {
  if (only_positionals_ || !More() || args_[i_] != name) return false;
  ++i_;
  return true;
}

bool Flags::Value(const std::string& name, std::string* value) {
  if (only_positionals_ || !More()) return false;
  const std::string& a = args_[i_];
  if (a == name) {
    if (i_ + 1 >= args_.size()) {
      missing_value_ = true;
      return false;
    }
    *value = args_[i_ + 1];
    i_ += 2;
    return true;
  }
  if (a.size() > name.size() && a.compare(0, name.size(), name) == 0 && a[name.size()] == '=') {
    *value = a.substr(name.size() + 1);
    ++i_;
    return true;
  }
  return false;
}

bool Flags::Positional(std::string* value) {
  if (!More()) return false;
  const std::string& a = args_[i_];
  if (!only_positionals_ && a == "--") {
    only_positionals_ = true;
    ++i_;
    return More() && Positional(value);
  }
  if (!only_positionals_ && a.size() > 1 && a[0] == '-') return false;
  *value = a;
  ++i_;
  return true;
}

std::string Flags::error() const {
  if (!More()) return "unexpected end of arguments";
  if (missing_value_) return "option '" + args_[i_] + "' needs a value";
  return "unknown option '" + args_[i_] + "'";
}

bool ParseSize(const std::string& s, size_t* out) {
  if (s.empty()) return false;
  size_t i = 0;
  unsigned long long v = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') {
    v = v * 10 + (s[i] - '0');
    if (v > (1ull << 50)) return false;
    ++i;
  }
  if (i == 0) return false;
  if (i < s.size()) {
    if (i + 1 != s.size()) return false;
    switch (s[i]) {
      case 'k': case 'K': v <<= 10; break;
      case 'm': case 'M': v <<= 20; break;
      case 'g': case 'G': v <<= 30; break;
      default: return false;
    }
  }
  *out = static_cast<size_t>(v);
  return true;
}

int Usage(const std::string& message) {
  std::fprintf(stderr, "warta: %s\nRun 'warta --help' for usage.\n", message.c_str());
  return 2;
}

}  // namespace warta_cli
