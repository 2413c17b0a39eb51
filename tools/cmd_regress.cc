// tandem regress FILE...: replays regression files (oracle/reduce/regression.h):
// every engine must agree and the interpreter must give the recorded
// outcome of every call. Exit 1 if any file fails.
#include <fmt/format.h>

#include "oracle/engines/text_format.h"
#include "oracle/reduce/regression.h"
#include "tools/commands.h"

namespace tandem::tools {

void register_regress_command(CLI::App& app, ExitCode& exit) {
  auto files = std::make_shared<std::vector<std::string>>();
  auto* cmd = app.add_subcommand("regress", "Replay regression files: all engines agree, outcomes as recorded");
  cmd->add_option("files", *files, "Regression .wat files")->required();
  cmd->callback([files, &exit] {
    int failed = 0;
    for (const std::string& path : *files) {
      Result<std::vector<uint8_t>> text = oracle::read_file(path);
      if (!text) {
        fmt::print(stderr, "{}: {}\n", path, text.error().to_string());
        ++failed;
        continue;
      }
      Result<oracle::Regression> r =
          oracle::parse_regression(std::string_view(reinterpret_cast<const char*>(text->data()), text->size()), path);
      if (!r) {
        fmt::print(stderr, "{}: {}\n", path, r.error().to_string());
        ++failed;
        continue;
      }
      oracle::ReplayResult result = oracle::replay_regression(*r);
      fmt::print("{}: {}: {}\n", path, result.passed ? "pass" : "FAIL", result.message);
      failed += !result.passed;
    }
    exit.value = failed ? 1 : 0;
  });
}

}  // namespace tandem::tools
