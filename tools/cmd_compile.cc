// tandem compile FILE --engine baseline|optimizing [--func N] [--budget]
//                     [--stage translate|optimize|vcode|allocated|asm]:
// compile a module function by function, without running it. Reports
// failures (compile_blowup, internal errors) with the function they hit,
// and each compile stage's work against its budget, so a stage that grows
// faster than the function can be seen before it becomes a blowup. With
// --stage, prints instead what that stage made of each function, the way
// clif-util and `wasmtime compile` show Cranelift's stages.
#include <algorithm>
#include <optional>

#include <fmt/format.h>

#include "oracle/checks/compile_report.h"
#include "oracle/checks/stage_text.h"
#include "tools/cli_support.h"
#include "tools/commands.h"
#include "wasm/validator.h"

namespace tandem::tools {
namespace {

struct CompileArgs {
  std::string file;
  std::vector<std::string> engines;
  std::vector<std::string> settings;
  std::optional<uint32_t> func;
  bool budget = false;
  uint32_t compile_budget = 100;
  std::string stage;  // empty: the budget report
};

// The work a stage did per unit of function size (body bytes + locals):
// what the limits in compile_stages.def are proportional to.
double per_size(const oracle::FunctionCompileReport& f, uint32_t stage) {
  return static_cast<double>(f.used[stage]) / static_cast<double>(std::max<uint64_t>(1, f.body_bytes + f.num_locals));
}

void print_function(const oracle::FunctionCompileReport& f, bool budget) {
  compile::CompileStage worst_stage{};
  double worst = f.worst_fraction(&worst_stage);
  fmt::print(
      "  function {:>5}: body {:>7} B, {:>5} locals, code {:>8} B, {:>9.1f} us, busiest stage {} at {:.3f}% of its "
      "budget\n",
      f.func_index, f.body_bytes, f.num_locals, f.code_bytes, f.micros, compile::compile_stage_name(worst_stage),
      100 * worst);
  if (budget) {
    for (uint32_t s = 0; s < compile::kNumCompileStages; ++s) {
      if (f.limit[s] == 0) continue;
      fmt::print("      {:<18} {:>12} of {:>12} units ({:.1f} per byte)\n",
                 compile::compile_stage_name(static_cast<compile::CompileStage>(s)), f.used[s], f.limit[s],
                 per_size(f, s));
    }
  }
  if (f.error) fmt::print("      FAILED: {}\n", f.error->to_string());
}

void print_summary(const oracle::CompileReport& r) {
  double total_us = 0;
  uint64_t body = 0, code = 0;
  for (const auto& f : r.functions) {
    total_us += f.micros;
    body += f.body_bytes;
    code += f.code_bytes;
  }
  fmt::print("  {} functions, {} failed; {} B of bodies -> {} B of code in {:.1f} ms ({:.2f} MB/s)\n",
             r.functions.size(), r.failures(), body, code, total_us / 1000,
             total_us > 0 ? static_cast<double>(body) / total_us : 0.0);
  for (uint32_t s = 0; s < compile::kNumCompileStages; ++s) {
    const oracle::FunctionCompileReport* peak = nullptr;
    for (const auto& f : r.functions)
      if (f.limit[s] != 0 && (!peak || per_size(f, s) > per_size(*peak, s))) peak = &f;
    if (!peak) continue;
    fmt::print("  {:<18} at most {:.1f} units per byte (function {}), {:.3f}% of its budget\n",
               compile::compile_stage_name(static_cast<compile::CompileStage>(s)), per_size(*peak, s), peak->func_index,
               100.0 * static_cast<double>(peak->used[s]) / static_cast<double>(peak->limit[s]));
  }
}

int run(const CompileArgs& a) {
  Result<LoadedModule> loaded = load_module(a.file);
  if (!loaded) {
    fmt::print(stderr, "tandem: {}\n", loaded.error().to_string());
    return 2;
  }
  if (Status valid = wasm::validate(loaded->module); !valid) {
    fmt::print(stderr, "tandem: {}: {}\n", a.file, valid.error().to_string());
    return 2;
  }
  // Both backends unless told; only the optimizing one has IR stages.
  std::vector<std::string> engines = a.engines;
  if (engines.empty()) engines = {"baseline", "optimizing"};
  if (a.engines.empty() && !a.stage.empty() && a.stage != "asm" && a.stage != "compile") engines = {"optimizing"};
  std::vector<compile::Backend> backends;
  for (const std::string& e : engines) {
    if (e == "baseline")
      backends.push_back(compile::Backend::Baseline);
    else if (e == "optimizing")
      backends.push_back(compile::Backend::Optimizing);
    else {
      fmt::print(stderr, "tandem: unknown backend '{}' (baseline, optimizing)\n", e);
      return 2;
    }
  }
  int status = 0;
  for (compile::Backend backend : backends) {
    // Settings the other backend takes are not this one's business when
    // both are compiled; with one backend named, a refused setting is an error.
    std::vector<std::string> settings =
        backends.size() == 1 ? a.settings : compile::settings_for_backend(backend, a.settings);
    if (!a.stage.empty()) {
      std::optional<oracle::Stage> stage = oracle::parse_stage(a.stage);
      if (!stage) {
        fmt::print(stderr, "tandem: unknown stage '{}' ({})\n", a.stage, oracle::stage_names());
        return 2;
      }
      Result<oracle::StageText> text = oracle::stage_text(
          loaded->module, oracle::StageTextOptions{backend, settings, *stage, a.func, /*wasm_offsets=*/true});
      if (!text) {
        fmt::print(stderr, "tandem: {}\n", text.error().to_string());
        return 2;
      }
      if (backends.size() > 1) fmt::print(";; {} {}\n", compile::backend_name(backend), oracle::stage_name(*stage));
      fmt::print("{}", text->text);
      if (text->failures) status = 1;
      continue;
    }
    Result<oracle::CompileReport> report =
        oracle::compile_with_report(loaded->module, backend, settings, a.func, a.compile_budget);
    if (!report) {
      fmt::print(stderr, "tandem: {}\n", report.error().to_string());
      return 2;
    }
    fmt::print("{} ({}):\n", compile::backend_name(backend), report->settings);
    for (const auto& f : report->functions)
      if (a.budget || a.func || f.error) print_function(f, a.budget);
    print_summary(*report);
    if (report->failures()) status = 1;
  }
  return status;
}

}  // namespace

void register_compile_command(CLI::App& app, ExitCode& exit) {
  auto args = std::make_shared<CompileArgs>();
  auto* cmd = app.add_subcommand("compile", "Compile a module function by function (no run): failures, work budgets");
  cmd->add_option("file", args->file, "Module (.wasm or .wat)")->required();
  cmd->add_option("--engine,-e", args->engines, "baseline | optimizing (repeatable; default both)");
  cmd->add_option("--setting,-s", args->settings, "Compiler setting name=value (repeatable)");
  cmd->add_option("--func", args->func, "Only this function (index space)");
  cmd->add_flag("--budget", args->budget, "Every function's work per compile stage against its budget");
  cmd->add_option("--stage", args->stage,
                  "Print what a stage made of each function: translate | optimize | vcode | allocated (optimizing "
                  "only) | asm");
  add_compile_budget_option(cmd, args->compile_budget);
  cmd->callback([args, &exit] { exit.value = run(*args); });
}

}  // namespace tandem::tools
