// The CLI's commands. Each returns the process exit code: 0 success, 1 when
// some articles got error records, 2 for usage or fatal errors.
#ifndef WARTA_CLI_COMMANDS_H_
#define WARTA_CLI_COMMANDS_H_

#include <string>
#include <vector>

namespace warta_cli {

inline constexpr const char* kVersion = "0.1.0";

int RunExtract(const std::vector<std::string>& args);
int RunLexicons(const std::vector<std::string>& args);
// Exit code 0 scored, 1 a metric below its floor, 2 usage or input error.
int RunEval(const std::vector<std::string>& args);

}  // namespace warta_cli

#endif  // WARTA_CLI_COMMANDS_H_
