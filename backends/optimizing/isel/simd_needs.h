// What the lowering of each wasm SIMD operator needs, shared by isel (which
// allocates the temporaries as operands) and emission (which expands the
// sequence): whether this backend compiles it under the given ISA flags,
// and how many xmm and GPR temporaries its sequence takes besides the
// scratch registers (mach::kScratchXmm, mach::kScratchGpr).
//
// A `simd` MInst's operands are: [0] the result, [1..n] the operator's
// arguments, then the xmm temporaries, then the GPR ones. The result
// reuses argument 1's register when both are xmm (x86's two-address
// forms); the other arguments are read late, so they never share the
// result's register.
#pragma once

#include <cstdint>

#include "shared_compile/settings.h"
#include "wasm/opcode.h"

namespace tandem::optimizing::isel {

struct SimdNeeds {
  bool supported = false;
  uint8_t xmm_temps = 0;
  uint8_t gpr_temps = 0;
};

SimdNeeds simd_needs(wasm::Opcode op, const compile::Settings& settings);

// The lane shifts (i8x16.shl ... i64x2.shr_u). With a constant count, isel
// passes the value alone, the count in the lane field, and no temporary.
bool is_simd_shift(wasm::Opcode op);

// Operators of one instruction `op dst, src` whose second operand may be a
// memory operand: a v128 constant is then read from the constant pool.
bool simd_reads_constant_operand(wasm::Opcode op);

// Operators on a loaded i32 or i64 that have a form reading it from memory
// themselves (the extending and zeroing loads, the 32- and 64-bit splats):
// 4- or 8-byte memory operands, which need no alignment.
bool simd_has_load_form(wasm::Opcode op);

// Frame memory (VCode::scratch_area_bytes) that i8x16.swizzle without
// SSSE3 uses: the table, the indices and the result, 16 bytes each.
inline constexpr uint32_t kSwizzleScratchBytes = 48;

}  // namespace tandem::optimizing::isel
