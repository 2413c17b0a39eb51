// The driver: translate, optimize, select, allocate, emit. Each stage keeps
// its scratch storage in the compiler, so compiling a function allocates
// little once the first few functions have warmed the buffers up.
#include "backends/optimizing/compile.h"

#include "backends/optimizing/emit.h"
#include "backends/optimizing/ir/printer.h"
#include "backends/optimizing/ir/verifier.h"
#include "backends/optimizing/regalloc/checker.h"

namespace tandem::optimizing {

#ifdef TANDEM_VERIFY_IR
constexpr bool kVerify = true;
#else
constexpr bool kVerify = false;
#endif

Result<compile::CompiledFunction> OptimizingCompiler::compile_function(const compile::ModuleEnv& env,
                                                                       uint32_t func_index) {
  begin_budget(env, func_index);
  TANDEM_TRY_STATUS(translator_.translate(env, settings_, func_index, func_));
  TANDEM_TRY_STATUS(budget_.status());
  if (kVerify) TANDEM_TRY_STATUS(ir::verify_function(func_));
  if (stage_listener_) stage_listener_->on_stage(compile::IrStage::Translate, func_index, ir::print_function(func_));

  pass_ctx_.module = env.module;
  pass_ctx_.min_memory_bytes = env.module->memories.empty() ? 0 : env.module->memories[0].limits.min * wasm::kPageSize;
  TANDEM_TRY_STATUS(passes::run_pipeline(settings_.opt_level, func_, pass_ctx_));
  if (stage_listener_) stage_listener_->on_stage(compile::IrStage::Optimize, func_index, ir::print_function(func_));

  TANDEM_TRY_STATUS(lowering_.lower(env, settings_, func_, vcode_));
  if (stage_listener_) stage_listener_->on_stage(compile::IrStage::VCode, func_index, vcode_.to_string());
  allocator_.run(vcode_, allocation_, &budget_);
  TANDEM_TRY_STATUS(budget_.status());
  if (kVerify || settings_.regalloc_checker)
    TANDEM_TRY_STATUS(regalloc::check_allocation(vcode_, allocation_, checker_));
  if (stage_listener_)
    stage_listener_->on_stage(compile::IrStage::Allocated, func_index, regalloc::print_allocated(vcode_, allocation_));

  buffer_.clear();
  uint32_t frame_size = emit_function(env, settings_, func_, vcode_, allocation_, buffer_);
  return compile::build_compiled_function(buffer_.finalize(), func_index, compile::Backend::Optimizing, frame_size);
}

}  // namespace tandem::optimizing
