// The optimizing compiler's public entry point: a builder over the shared
// settings logic. Everything else in backends/optimizing/ is private to it.
#pragma once

#include <memory>

#include "shared_compile/compiler.h"

namespace tandem::optimizing {

std::unique_ptr<compile::CompilerBuilder> make_builder();

}  // namespace tandem::optimizing
