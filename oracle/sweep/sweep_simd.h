// The operator sweep's SIMD cases: every operator of the fixed-width SIMD
// proposal on lane-wise edge values. A v128 operand takes vectors whose
// lanes, in the shape the operator reads (the last shape its name spells:
// i16x8.extmul_low_i8x16_s reads i8x16 lanes), are that lane type's edge
// values in windows and in splats; scalar operands (splat values, shift
// counts, replacement lanes) take their type's edge values. Lane immediates
// are the first, a middle and the last lane; shuffles a handful of lane
// patterns (identity, reversal, one lane repeated, interleave, every lane
// from the second operand); loads and stores the sweep's edge addresses
// and offsets.
#pragma once

#include <vector>

#include "oracle/sweep/operator_sweep.h"
#include "wasm/opcode.h"

namespace tandem::oracle {

// The cases that cover `op`, a SIMD operator; empty for any other.
std::vector<SweepCase> simd_sweep_cases(const wasm::OpInfo& op);

}  // namespace tandem::oracle
