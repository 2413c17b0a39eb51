// tandem sweep: the operator sweep (oracle/sweep/operator_sweep.h). Exit 1 on any
// mismatch, any operator left uncovered, or any inconclusive case (an
// engine that cannot run an operator has not passed it).
#include <chrono>

#include <fmt/format.h>

#include "oracle/sweep/operator_sweep.h"
#include "tools/cli_support.h"
#include "tools/commands.h"

namespace tandem::tools {
namespace {

struct SweepArgs {
  std::string only;
  std::vector<std::string> setting_sets;
  bool stop = false;
  bool list = false;
  bool in_process = false;
};

int run_sweep(const SweepArgs& a) {
  if (a.list) {
    Result<std::vector<oracle::SweepCase>> cases = oracle::sweep_cases();
    if (!cases) {
      fmt::print(stderr, "tandem: {}\n", cases.error().to_string());
      return 2;
    }
    for (const oracle::SweepCase& c : *cases) fmt::print("{} ({} calls)\n", c.name, c.calls.size());
    return 0;
  }
  oracle::SweepOptions options;
  options.only = a.only;
  options.stop_at_first = a.stop;
  options.in_process = a.in_process;
  for (const std::string& set : a.setting_sets) {
    std::vector<std::string> settings;
    size_t i = 0;
    while (i < set.size()) {
      size_t j = set.find(' ', i);
      if (j == std::string::npos) j = set.size();
      if (j > i) settings.push_back(set.substr(i, j - i));
      i = j + 1;
    }
    options.setting_sets.push_back(std::move(settings));
  }
  auto start = std::chrono::steady_clock::now();
  oracle::SweepReport r = oracle::run_operator_sweep(options);
  if (r.cases == 0 && !a.only.empty()) {
    fmt::print(stderr, "tandem: no sweep case's name contains '{}' (tandem sweep --list names them)\n", a.only);
    return 2;
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  for (const std::string& f : r.failures) fmt::print("FAIL {}\n", f);
  for (const std::string& i : r.inconclusive) fmt::print("INCONCLUSIVE {}\n", i);
  for (const std::string& u : r.uncovered) fmt::print("UNCOVERED {}\n", u);
  fmt::print(
      "sweep: {} cases, {} calls compared on every engine, {} failed, {} inconclusive, {} operators uncovered "
      "({:.1f} s)\n",
      r.cases, r.calls, r.failures.size(), r.inconclusive.size(), r.uncovered.size(), seconds);
  return (r.failures.empty() && r.inconclusive.empty() && r.uncovered.empty()) ? 0 : 1;
}

}  // namespace

void register_sweep_command(CLI::App& app, ExitCode& exit) {
  auto args = std::make_shared<SweepArgs>();
  auto* cmd = app.add_subcommand("sweep", "Every operator on edge values, every engine, compared exactly");
  cmd->add_option("--only", args->only, "Run only cases whose name contains this text");
  cmd->add_option("--settings", args->setting_sets,
                  "A set of native settings, space separated (repeatable; default: host flags + guard, "
                  "all flags off + explicit)");
  cmd->add_flag("--stop", args->stop, "Stop at the first failure");
  cmd->add_flag("--list", args->list, "List the cases");
  add_in_process_option(cmd, args->in_process);
  cmd->callback([args, &exit] { exit.value = run_sweep(*args); });
}

}  // namespace tandem::tools
