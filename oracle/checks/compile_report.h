// Compiling a module function by function with one backend, outside any
// engine: what `tandem compile` prints and what the seed-corpus ctest
// checks. Per function: the code size, the time, and each compile stage's
// work against its budget (shared_compile/compile_budget.h), so a stage
// that grows faster than the function shows before it becomes a blowup.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "shared_compile/compile_budget.h"
#include "shared_compile/settings.h"
#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::oracle {

struct FunctionCompileReport {
  uint32_t func_index = 0;
  uint64_t body_bytes = 0;
  uint64_t num_locals = 0;
  uint64_t code_bytes = 0;  // 0 when it failed
  double micros = 0;
  std::array<uint64_t, compile::kNumCompileStages> used{};
  std::array<uint64_t, compile::kNumCompileStages> limit{};
  std::optional<Error> error;  // CompileBlowup, Internal or Unsupported

  // used / limit of the stage closest to its limit, and that stage.
  double worst_fraction(compile::CompileStage* stage = nullptr) const;
};

struct CompileReport {
  compile::Backend backend = compile::Backend::Baseline;
  std::string settings;  // every setting, as Settings::to_string prints them
  std::vector<FunctionCompileReport> functions;

  size_t failures() const;
};

// Compiles every defined function of a validated `module` (or only
// `only_func`, an index-space function index) with `backend` under
// `settings` ("name=value"; a setting the backend refuses is a Usage
// error). A function that fails to compile is recorded, and the rest still
// compile.
Result<CompileReport> compile_with_report(const wasm::Module& module, compile::Backend backend,
                                          std::span<const std::string> settings,
                                          std::optional<uint32_t> only_func = std::nullopt,
                                          uint32_t compile_budget_percent = 100);

}  // namespace tandem::oracle
