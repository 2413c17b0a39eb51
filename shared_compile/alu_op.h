// The two-operand integer operations both backends select (dst = dst op
// src), named apart from any instruction set: the baseline's
// MacroAssembler interface and the optimizing backend's VCode carry them,
// and the x86-64 Assembler's alu() family encodes them.
#pragma once

#include <cstdint>

namespace tandem::compile {

// Mul is the low half of the product, the same for signed and unsigned
// operands.
enum class AluOp : uint8_t { Add, Sub, Mul, And, Or, Xor };
inline constexpr uint32_t kNumAluOps = 6;

}  // namespace tandem::compile
