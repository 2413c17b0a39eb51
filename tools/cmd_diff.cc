// tandem diff FILE: every engine side by side on one module, a table of
// outcomes; exit 1 on any mismatch, 2 on an error (a module no engine can
// run among them: invalid, unlinkable), 3 when --timeout ends it. Without --invoke, every exported
// function is called with a few edge-value argument lists.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "oracle/differential/differential.h"
#include "tools/cli_support.h"
#include "tools/commands.h"
#include "wasm/validator.h"

namespace tandem::tools {
namespace {

struct DiffArgs {
  std::string file;
  std::vector<std::string> settings;
  std::string invoke;
  std::vector<std::string> values;
  unsigned timeout = 300;
  size_t lists = 4;
  std::string nan = "spec";
  bool no_interp = false;
  bool no_mixed = false;
  uint32_t compile_budget = 100;
  uint32_t call_timeout_ms = 10000;
  bool in_process = false;
};

std::string cell(const std::string& s, size_t width) {
  if (s.size() <= width) return s + std::string(width - s.size(), ' ');
  return s.substr(0, width - 1) + "~";
}

int run_diff(const DiffArgs& a) {
  if (a.invoke.empty() && !a.values.empty()) {
    fmt::print(stderr,
               "tandem: arguments ({}) without --invoke: name the export to call, or give none to call every "
               "export with edge values\n",
               fmt::join(a.values, " "));
    return 2;
  }
  Result<LoadedModule> loaded = load_module(a.file);
  if (!loaded) {
    fmt::print(stderr, "tandem: {}\n", loaded.error().to_string());
    return 2;
  }
  const wasm::Module& module = loaded->module;
  if (Result<wasm::Module> valid = wasm::decode_and_validate(loaded->bytes); !valid) {
    fmt::print(stderr, "tandem: {}: {}\n", a.file, valid.error().to_string());
    return 2;
  }
  oracle::DiffCase c;
  c.wasm = loaded->bytes;
  if (!a.invoke.empty()) {
    Result<std::vector<oracle::Value>> args = parse_invocation(module, a.invoke, a.values);
    if (!args) {
      fmt::print(stderr, "tandem: {}\n", args.error().to_string());
      return 2;
    }
    c.calls.push_back(oracle::DiffCall{a.invoke, std::move(args).value()});
  } else {
    c.calls = edge_calls(module, a.lists);
  }

  oracle::DiffOptions options;
  options.settings = a.settings;
  options.with_interp = !a.no_interp;
  options.with_mixed = !a.no_mixed;
  options.keep_transcript = true;
  options.spectest_imports = true;  // the host modules `tandem run` links
  options.compile_budget_percent = a.compile_budget;
  options.limits.call_deadline_ms = a.call_timeout_ms;
  options.in_process = a.in_process;
  options.nan_policy = a.nan == "exact" ? oracle::NanPolicy::Exact : oracle::NanPolicy::Spec;
  Result<std::unique_ptr<oracle::DifferentialOracle>> made = oracle::DifferentialOracle::create(options);
  if (!made) {
    fmt::print(stderr, "tandem: {}\n", made.error().to_string());
    return 2;
  }
  oracle::DifferentialOracle& diff = **made;
  set_activity(fmt::format("comparing {} calls on {} engines (compiles end by their budgets: a call is running)",
                           c.calls.size(), diff.engine_names().size()));
  oracle::DiffVerdict v = diff.run(c);

  constexpr size_t kLabel = 30, kCell = 34;
  std::string header = cell("call", kLabel);
  for (const std::string& name : diff.engine_names()) header += " | " + cell(name, kCell);
  fmt::print("{}\n{}\n", header, std::string(header.size(), '-'));
  for (const oracle::TranscriptRow& row : v.transcript) {
    std::string line = cell(row.label, kLabel);
    for (const std::string& o : row.outcomes) line += " | " + cell(o, kCell);
    fmt::print("{}\n", line);
  }
  if (!v.not_instantiated.empty()) {
    fmt::print(stderr, "\ntandem: no engine could instantiate the module ({}); nothing was compared\n",
               v.not_instantiated);
    return 2;
  }
  switch (v.kind) {
    case oracle::DiffVerdict::Kind::Agree:
      fmt::print("\nagree: {} calls compared on {} engines\n", v.calls_compared, diff.engine_names().size());
      return 0;
    case oracle::DiffVerdict::Kind::Inconclusive: fmt::print("\ninconclusive: {}\n", v.inconclusive_reason); return 0;
    case oracle::DiffVerdict::Kind::Mismatch:
      fmt::print("\n{}\nsignature: {}\n", v.finding->to_string(), v.finding->signature());
      return 1;
  }
  return 2;
}

}  // namespace

void register_diff_command(CLI::App& app, ExitCode& exit) {
  auto args = std::make_shared<DiffArgs>();
  auto* cmd = app.add_subcommand("diff", "Run a module on every engine side by side; exit 1 on any mismatch");
  cmd->add_option("file", args->file, "Module (.wasm or .wat)")->required();
  cmd->add_option("--setting,-s", args->settings, "Compiler setting name=value (repeatable)");
  cmd->add_option("--invoke", args->invoke, "Call only this export (with the values given after --)");
  cmd->add_option("values", args->values,
                  "Arguments for --invoke, typed by the export's parameters (after '--' when one starts with '-': "
                  "--invoke f -- -nan -inf)");
  cmd->add_option("--lists", args->lists, "Edge-value argument lists per export without --invoke")
      ->check(CLI::Range(1, 64));
  cmd->add_option("--nan", args->nan, "NaN policy: spec (any NaN matches) or exact (bit for bit)")
      ->check(CLI::IsMember({"spec", "exact"}));
  cmd->add_flag("--no-interp", args->no_interp, "Leave the interpreter out");
  cmd->add_flag("--no-mixed", args->no_mixed, "Leave the mixed image out");
  cmd->add_option("--timeout", args->timeout, "Seconds before giving up with exit status 3 (0: never)");
  add_compile_budget_option(cmd, args->compile_budget);
  add_call_timeout_option(cmd, args->call_timeout_ms);
  add_in_process_option(cmd, args->in_process);
  cmd->callback([args, &exit] {
    exit_after(args->timeout, "diff");
    exit.value = run_diff(*args);
  });
}

}  // namespace tandem::tools
