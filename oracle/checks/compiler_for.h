// A compiler of one backend under "name=value" settings, for the places
// that compile a module's functions alone, outside any engine: the stage
// texts, the compile reports and the finding pages.
#pragma once

#include <memory>
#include <span>
#include <string>

#include "shared_compile/compiler.h"
#include "wasm/result.h"

namespace tandem::oracle {

// Errors: a setting the backend refuses (Usage, naming both).
Result<std::unique_ptr<compile::Compiler>> compiler_for(compile::Backend backend,
                                                        std::span<const std::string> settings);

}  // namespace tandem::oracle
