// The baseline compiler's public entry point: a builder over the shared
// settings logic. Everything else in backends/baseline/ is private to it.
#pragma once

#include <memory>

#include "shared_compile/compiler.h"

namespace tandem::baseline {

std::unique_ptr<compile::CompilerBuilder> make_builder();

}  // namespace tandem::baseline
