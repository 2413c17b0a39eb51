#include "backends/baseline/compiler.h"

namespace tandem::baseline {

BaselineCompiler::BaselineCompiler(const compile::Settings& settings)
    : settings_(settings), masm_(buffer_, settings.isa), visitor_(masm_, settings_, &budget_) {}

Result<compile::CompiledFunction> BaselineCompiler::compile_function(const compile::ModuleEnv& env,
                                                                     uint32_t func_index) {
  buffer_.clear();
  begin_budget(env, func_index);
  TANDEM_TRY(const uint32_t frame_bytes, visitor_.compile(env, func_index));
  TANDEM_TRY_STATUS(budget_.status());
  const compile::FinishedCode& code = buffer_.finalize();
  return compile::build_compiled_function(code, func_index, compile::Backend::Baseline, frame_bytes);
}

}  // namespace tandem::baseline
