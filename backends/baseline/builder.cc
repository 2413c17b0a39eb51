// The baseline backend's builder: the shared settings logic, building a
// BaselineCompiler.
#include "backends/baseline/baseline.h"
#include "backends/baseline/compiler.h"

namespace tandem::baseline {
namespace {

class BaselineBuilder final : public compile::CompilerBuilder {
 public:
  BaselineBuilder() : CompilerBuilder(compile::Backend::Baseline) {}
  std::unique_ptr<compile::Compiler> build() const override { return std::make_unique<BaselineCompiler>(settings()); }
};

}  // namespace

std::unique_ptr<compile::CompilerBuilder> make_builder() { return std::make_unique<BaselineBuilder>(); }

}  // namespace tandem::baseline
