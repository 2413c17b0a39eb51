// How the IR carries wasm's SIMD operators.
//
// Every operator that is a pure function of its operands is one `simd`
// instruction naming the wasm::Opcode (ir/opcodes.def): the IR does not
// repeat wasm's 200-odd operators, and GVN and LICM treat them all alike.
// Its IR signature is the operator's own, except for the memory operators
// that become a scalar load plus a `simd` on the loaded bits:
//
//   v128.load8x8_s/u, 16x4, 32x2   load.i64, then simd <op> on the i64
//   v128.load32_zero, load64_zero  load.i32 / load.i64, then simd <op>
//   v128.loadN_splat               a scalar load, then iNxM.splat
//   v128.loadN_lane                a scalar load, then iNxM.replace_lane
//   v128.storeN_lane               iNxM.extract_lane(_u), then a scalar store
//
// so that every access goes through the one Load/Store bounds-check path.
#pragma once

#include <cstdint>

#include "backends/optimizing/ir/types.h"
#include "wasm/opcode.h"

namespace tandem::optimizing::ir {

struct SimdSignature {
  Type result = Type::None;
  Type args[3] = {Type::None, Type::None, Type::None};
  uint32_t num_args = 0;
  bool has_lane = false;     // index2 is a lane below `lanes`
  bool has_shuffle = false;  // imm is a v128 pool index of 16 lane indices
  uint32_t lanes = 0;
};

// The IR signature of wasm operator `op` as a `simd` instruction; false for
// an operator that is not one (a plain load or store, a constant, a lane
// load or store: see above).
bool simd_signature(wasm::Opcode op, SimdSignature* out);

}  // namespace tandem::optimizing::ir
