// Test helper: modules written in the text format, turned into binaries by
// wabt's library without validation, so that tests can state invalid
// modules as readably as valid ones.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace tandem::wasm::testing {

// The binary of a text module. A text that does not parse is a test failure
// (reported through GoogleTest) and yields an empty vector.
std::vector<uint8_t> wat(std::string_view text);

// The binary of a function body module: `(module <prelude> (func <func>))`.
std::vector<uint8_t> wat_func(std::string_view func, std::string_view prelude = "");

}  // namespace tandem::wasm::testing
