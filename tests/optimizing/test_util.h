// Helpers shared by the optimizing backend's tests: .wat to a validated
// module, and a module's function to verified IR.
#pragma once

#include <memory>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "backends/optimizing/ir/function.h"
#include "wasm/module.h"

namespace tandem::optimizing::test {

// Parses and validates a text module; fails the test on error.
std::unique_ptr<wasm::Module> module_from_wat(std::string_view wat);

// Translates function `func_index` (index space) with default settings
// (bounds_checks as given) and verifies the result.
::testing::AssertionResult translate(const wasm::Module& m, uint32_t func_index, ir::Function& out,
                                     bool explicit_bounds_checks = false);

// Parses IR text; fails the test on error.
::testing::AssertionResult parse_ir(std::string_view text, ir::Function& out);

// Path of a file under the source tree.
std::string source_path(std::string_view relative);

}  // namespace tandem::optimizing::test
