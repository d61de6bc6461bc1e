// A small flag parser for the CLI: "--name value", "--name=value", booleans
// and positionals, in any order; "--" ends the options.
#ifndef WARTA_CLI_FLAGS_H_
#define WARTA_CLI_FLAGS_H_

#include <cstdio>
#include <string>
#include <vector>

namespace warta_cli {

class Flags {
 public:
  explicit Flags(const std::vector<std::string>& args) : args_(args) {}
  bool More() const { return i_ < args_.size(); }
  // Consumes the current argument if it is the boolean flag `name`.
  bool Bool(const std::string& name);
  // Consumes "--name value" or "--name=value" into *value.
  bool Value(const std::string& name, std::string* value);
  // Consumes a positional argument ("-" counts as one).
  bool Positional(std::string* value);
  // Why the current argument was not consumed.
  std::string error() const;

 private:
  const std::vector<std::string>& args_;
  size_t i_ = 0;
  bool only_positionals_ = false;
  bool missing_value_ = false;
};

// Parses "123", "64k", "8M", "1G" (binary multiples). False on anything else.
bool ParseSize(const std::string& s, size_t* out);

// Prints "warta: MESSAGE" and a hint to stderr; returns 2.
int Usage(const std::string& message);

}  // namespace warta_cli

#endif  // WARTA_CLI_FLAGS_H_
