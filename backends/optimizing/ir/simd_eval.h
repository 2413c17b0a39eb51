// Constant evaluation of the cheap SIMD lane operators (const_fold): the
// splats, lane extraction and replacement, the bitwise operators, integer
// lane add, sub, neg and (in)equality, and the lane tests. Float lane
// arithmetic and the rest are left to the machine: what they do to NaNs
// and rounding is the emitted sequence's business, not worth mirroring.
#pragma once

#include <cstdint>
#include <span>

#include "backends/optimizing/ir/types.h"
#include "wasm/opcode.h"

namespace tandem::optimizing::ir {

// A constant operand or result: a scalar's bits in `low` (an i32
// zero-extended, floats as bits), a v128's halves in `low` and `high`.
struct SimdConstant {
  Type type = Type::None;
  uint64_t low = 0;
  uint64_t high = 0;
};

// The result of `op` (with lane immediate `lane`) on constant `args`;
// false when `op` is not one this evaluates.
bool eval_simd(wasm::Opcode op, uint32_t lane, std::span<const SimdConstant> args, SimdConstant* out);

}  // namespace tandem::optimizing::ir
