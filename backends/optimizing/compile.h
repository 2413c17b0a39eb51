// The optimizing compiler object: the stages of optimizing.h and the
// storage they reuse from function to function.
#pragma once

#include "backends/optimizing/ir/function.h"
#include "backends/optimizing/ir/translator.h"
#include "backends/optimizing/isel/lower.h"
#include "backends/optimizing/isel/vcode.h"
#include "backends/optimizing/passes/passes.h"
#include "backends/optimizing/regalloc/checker.h"
#include "backends/optimizing/regalloc/regalloc.h"
#include "shared_compile/code_buffer.h"
#include "shared_compile/compiler.h"

namespace tandem::optimizing {

class OptimizingCompiler final : public compile::Compiler {
 public:
  explicit OptimizingCompiler(const compile::Settings& settings) : settings_(settings) {
    translator_.set_budget(&budget_);
    pass_ctx_.budget = &budget_;
  }

  compile::Backend backend() const override { return compile::Backend::Optimizing; }
  const compile::Settings& settings() const override { return settings_; }
  Result<compile::CompiledFunction> compile_function(const compile::ModuleEnv& env, uint32_t func_index) override;
  std::span<const compile::IrStage> ir_stages() const override { return compile::kIrStages; }

 private:
  compile::Settings settings_;
  ir::Translator translator_;
  ir::Function func_;
  passes::PassContext pass_ctx_;
  isel::Lowering lowering_;
  mach::VCode vcode_;
  regalloc::Allocator allocator_;
  regalloc::Output allocation_;
  regalloc::CheckerScratch checker_;
  compile::CodeBuffer buffer_;
};

}  // namespace tandem::optimizing
