// The optimizing backend's builder: the shared settings logic, building an
// OptimizingCompiler with the settings it holds.
#include "backends/optimizing/compile.h"
#include "backends/optimizing/optimizing.h"

namespace tandem::optimizing {
namespace {

class OptimizingBuilder final : public compile::CompilerBuilder {
 public:
  OptimizingBuilder() : CompilerBuilder(compile::Backend::Optimizing) {}
  std::unique_ptr<compile::Compiler> build() const override { return std::make_unique<OptimizingCompiler>(settings()); }
};

}  // namespace

std::unique_ptr<compile::CompilerBuilder> make_builder() { return std::make_unique<OptimizingBuilder>(); }

}  // namespace tandem::optimizing
