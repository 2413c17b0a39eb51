#include "oracle/checks/compiler_for.h"

#include "backends/baseline/baseline.h"
#include "backends/optimizing/optimizing.h"

namespace tandem::oracle {

Result<std::unique_ptr<compile::Compiler>> compiler_for(compile::Backend backend,
                                                        std::span<const std::string> settings) {
  std::unique_ptr<compile::CompilerBuilder> builder =
      backend == compile::Backend::Baseline ? baseline::make_builder() : optimizing::make_builder();
  for (const std::string& s : settings) TANDEM_TRY_STATUS(builder->set_assignment(s));
  return builder->build();
}

}  // namespace tandem::oracle
