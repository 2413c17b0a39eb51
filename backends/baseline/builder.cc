// Entry point of the baseline backend. Until its compiler lands, every function
// is refused as unsupported, so engines report "unsupported", never a pass.
#include "backends/baseline/baseline.h"

namespace tandem::baseline {
namespace {

class BaselineCompiler final : public compile::Compiler {
 public:
  explicit BaselineCompiler(const compile::Settings& s) : settings_(s) {}
  compile::Backend backend() const override { return compile::Backend::Baseline; }
  const compile::Settings& settings() const override { return settings_; }
  Result<compile::CompiledFunction> compile_function(const compile::ModuleEnv& env, uint32_t func_index) override {
    const wasm::Function& f = env.module->defined_func(func_index);
    return compile::unsupported_operator("(any: the baseline compiler is not built yet)", f.code_start);
  }

 private:
  compile::Settings settings_;
};

class BaselineBuilder final : public compile::CompilerBuilder {
 public:
  BaselineBuilder() : CompilerBuilder(compile::Backend::Baseline) {}
  std::unique_ptr<compile::Compiler> build() const override { return std::make_unique<BaselineCompiler>(settings()); }
};

}  // namespace

std::unique_ptr<compile::CompilerBuilder> make_builder() { return std::make_unique<BaselineBuilder>(); }

}  // namespace tandem::baseline
