// warta: command-line front end. Each command lives in its own file and only
// calls the library.
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace {

constexpr const char kUsage[] =
    "usage: warta COMMAND [OPTIONS] [ARGS]\n"
    "\n"
    "Information extraction for Indonesian news: officials, agencies, awards,\n"
    "scores, dates, counts and quotes, as JSON Lines.\n"
    "\n"
    "commands:\n"
    "  extract [OPTIONS] [FILE...]   extract from articles (stdin when no FILE)\n"
    "  eval GOLD PRED | --corpus DIR score extractions against gold annotations\n"
    "  lexicons [--lexicons DIR]     validate and list the lexicon files\n"
    "  version                       print the version\n"
    "\n"
    "Run 'warta COMMAND --help' for a command's options. Docs: docs/cli.md\n";

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
    std::fputs(kUsage, args.empty() ? stderr : stdout);
    return args.empty() ? 2 : 0;
  }
  std::string command = args[0];
  args.erase(args.begin());
  if (command == "extract") return warta_cli::RunExtract(args);
  if (command == "lexicons") return warta_cli::RunLexicons(args);
  if (command == "eval") return warta_cli::RunEval(args);
  if (command == "version" || command == "--version") {
    std::printf("warta %s\n", warta_cli::kVersion);
    return 0;
  }
  std::fprintf(stderr, "warta: unknown command '%s'\n%s", command.c_str(), kUsage);
  return 2;
}
