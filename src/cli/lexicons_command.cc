#include <cstdio>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/flags.h"
#include "warta/pipeline.h"

namespace warta_cli {

// Builds a whole pipeline, so every lexicon is validated exactly as
// `warta extract` would, then lists the files in use.
int RunLexicons(const std::vector<std::string>& args) {
  warta::PipelineOptions popts;
  Flags flags(args);
  while (flags.More()) {
    if (flags.Bool("-h") || flags.Bool("--help")) {
      std::fputs("usage: warta lexicons [--lexicons DIR]\n\n"
                 "Validates the embedded lexicons (and DIR's overrides) and lists them.\n"
                 "Exit status 0 when valid, 2 with 'FILE:LINE: message' otherwise.\n",
                 stdout);
      return 0;
    }
    if (!flags.Value("--lexicons", &popts.lexicon_dir)) return Usage(flags.error());
  }
  auto pipeline = warta::Pipeline::Create(popts);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "warta: %s\n", pipeline.status().message().c_str());
    return 2;
  }
  for (const std::string& name : (*pipeline)->lexicons().Names()) {
    auto table = (*pipeline)->lexicons().Table(name.substr(0, name.size() - 4), {});
    std::printf("%s\t%zu entries\t%s\n", name.c_str(), table.ok() ? table->rows().size() : 0,
                table.ok() ? table->source().c_str() : table.status().message().c_str());
  }
  return 0;
}

}  // namespace warta_cli
