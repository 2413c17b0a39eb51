// The operator sweep's hand-written cases: operators whose typing is not a
// fixed signature (control, calls, variables, select, tables, references)
// and whole operator families that need state (memory.grow, bulk memory).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "oracle/sweep/operator_sweep.h"

namespace tandem::oracle {

Result<std::vector<SweepCase>> special_sweep_cases();

// Exact text-format literals for float bit patterns (hex floats, nan:0x...).
std::string wasm_float_text(uint32_t bits);
std::string wasm_double_text(uint64_t bits);

}  // namespace tandem::oracle
