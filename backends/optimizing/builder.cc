// Entry point of the optimizing backend. Until its compiler lands, every function
// is refused as unsupported, so engines report "unsupported", never a pass.
#include "backends/optimizing/optimizing.h"

namespace tandem::optimizing {
namespace {

class OptimizingCompiler final : public compile::Compiler {
 public:
  explicit OptimizingCompiler(const compile::Settings& s) : settings_(s) {}
  compile::Backend backend() const override { return compile::Backend::Optimizing; }
  const compile::Settings& settings() const override { return settings_; }
  Result<compile::CompiledFunction> compile_function(const compile::ModuleEnv& env, uint32_t func_index) override {
    const wasm::Function& f = env.module->defined_func(func_index);
    return compile::unsupported_operator("(any: the optimizing compiler is not built yet)", f.code_start);
  }

 private:
  compile::Settings settings_;
};

class OptimizingBuilder final : public compile::CompilerBuilder {
 public:
  OptimizingBuilder() : CompilerBuilder(compile::Backend::Optimizing) {}
  std::unique_ptr<compile::Compiler> build() const override { return std::make_unique<OptimizingCompiler>(settings()); }
};

}  // namespace

std::unique_ptr<compile::CompilerBuilder> make_builder() { return std::make_unique<OptimizingBuilder>(); }

}  // namespace tandem::optimizing
