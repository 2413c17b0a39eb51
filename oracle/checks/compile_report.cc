#include "oracle/checks/compile_report.h"

#include <chrono>

#include <fmt/format.h>

#include "oracle/checks/compiler_for.h"

namespace tandem::oracle {

double FunctionCompileReport::worst_fraction(compile::CompileStage* stage) const {
  double worst = -1;
  for (uint32_t s = 0; s < compile::kNumCompileStages; ++s) {
    if (limit[s] == 0) continue;  // a stage of the other backend
    double f = static_cast<double>(used[s]) / static_cast<double>(limit[s]);
    if (f > worst) {
      worst = f;
      if (stage) *stage = static_cast<compile::CompileStage>(s);
    }
  }
  return worst < 0 ? 0 : worst;
}

size_t CompileReport::failures() const {
  size_t n = 0;
  for (const FunctionCompileReport& f : functions) n += f.error.has_value();
  return n;
}

Result<CompileReport> compile_with_report(const wasm::Module& module, compile::Backend backend,
                                          std::span<const std::string> settings, std::optional<uint32_t> only_func,
                                          uint32_t compile_budget_percent) {
  TANDEM_TRY(std::unique_ptr<compile::Compiler> compiler, compiler_for(backend, settings));
  if (only_func && (*only_func < module.num_imported_funcs || *only_func >= module.num_funcs()))
    return make_error(ErrorKind::Usage,
                      fmt::format("function {} is not a defined function (the module defines {} to {})", *only_func,
                                  module.num_imported_funcs, module.num_funcs() - 1));
  compiler->mutable_budget().set_scale_percent(compile_budget_percent);
  compile::ModuleEnv env(module);
  CompileReport report;
  report.backend = backend;
  report.settings = compiler->settings().to_string();
  for (uint32_t i = module.num_imported_funcs; i < module.num_funcs(); ++i) {
    if (only_func && i != *only_func) continue;
    FunctionCompileReport r;
    r.func_index = i;
    const wasm::Function& f = module.defined_func(i);
    r.body_bytes = f.code_end - f.body_start;
    r.num_locals = f.num_locals;
    auto start = std::chrono::steady_clock::now();
    Result<compile::CompiledFunction> compiled = compiler->compile_function(env, i);
    r.micros = std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count();
    if (compiled) {
      r.code_bytes = compiled->code.size();
    } else {
      r.error = compiled.take_error();
    }
    const compile::CompileBudget& budget = compiler->budget();
    for (uint32_t s = 0; s < compile::kNumCompileStages; ++s) {
      auto stage = static_cast<compile::CompileStage>(s);
      if (compile::compile_stage_info(stage).backend != backend) continue;
      r.used[s] = budget.used(stage);
      r.limit[s] = budget.limit(stage);
    }
    report.functions.push_back(std::move(r));
  }
  return report;
}

}  // namespace tandem::oracle
