#include "backends/optimizing/isel/simd_needs.h"

#include "backends/optimizing/ir/simd_ops.h"

namespace tandem::optimizing::isel {

using wasm::Opcode;

bool is_simd_shift(Opcode op) {
  switch (op) {
    case Opcode::I8X16Shl:
    case Opcode::I8X16ShrS:
    case Opcode::I8X16ShrU:
    case Opcode::I16X8Shl:
    case Opcode::I16X8ShrS:
    case Opcode::I16X8ShrU:
    case Opcode::I32X4Shl:
    case Opcode::I32X4ShrS:
    case Opcode::I32X4ShrU:
    case Opcode::I64X2Shl:
    case Opcode::I64X2ShrS:
    case Opcode::I64X2ShrU: return true;
    default: return false;
  }
}

bool simd_reads_constant_operand(Opcode op) {
  switch (op) {
    case Opcode::V128And:
    case Opcode::V128Or:
    case Opcode::V128Xor:
    case Opcode::I8X16Add:
    case Opcode::I16X8Add:
    case Opcode::I32X4Add:
    case Opcode::I64X2Add:
    case Opcode::I8X16Sub:
    case Opcode::I16X8Sub:
    case Opcode::I32X4Sub:
    case Opcode::I64X2Sub:
    case Opcode::I8X16AddSatS:
    case Opcode::I8X16AddSatU:
    case Opcode::I16X8AddSatS:
    case Opcode::I16X8AddSatU:
    case Opcode::I8X16SubSatS:
    case Opcode::I8X16SubSatU:
    case Opcode::I16X8SubSatS:
    case Opcode::I16X8SubSatU:
    case Opcode::I8X16AvgrU:
    case Opcode::I16X8AvgrU:
    case Opcode::I8X16MinU:
    case Opcode::I8X16MaxU:
    case Opcode::I16X8MinS:
    case Opcode::I16X8MaxS:
    case Opcode::I16X8Mul:
    case Opcode::I32X4DotI16X8S:
    case Opcode::I8X16Eq:
    case Opcode::I16X8Eq:
    case Opcode::I32X4Eq:
    case Opcode::I8X16NarrowI16X8S:
    case Opcode::I8X16NarrowI16X8U:
    case Opcode::I16X8NarrowI32X4S: return true;
    default: return false;
  }
}

bool simd_has_load_form(Opcode op) {
  switch (op) {
    case Opcode::V128Load8X8S:
    case Opcode::V128Load8X8U:
    case Opcode::V128Load16X4S:
    case Opcode::V128Load16X4U:
    case Opcode::V128Load32X2S:
    case Opcode::V128Load32X2U:
    case Opcode::V128Load32Zero:
    case Opcode::V128Load64Zero:
    case Opcode::I32X4Splat:
    case Opcode::I64X2Splat: return true;
    default: return false;
  }
}

SimdNeeds simd_needs(Opcode op, const compile::Settings& settings) {
  const compile::IsaFlags& isa = settings.isa;
  ir::SimdSignature sig;
  if (!ir::simd_signature(op, &sig)) return {};
  auto needs = [](uint8_t xmm, uint8_t gpr = 0) { return SimdNeeds{true, xmm, gpr}; };
  switch (op) {
    case Opcode::I8X16Swizzle: return isa.has_ssse3 ? needs(0) : needs(0, 1);

    // Fallback sequences that need temporaries.
    case Opcode::I8X16Shuffle: return isa.has_ssse3 ? needs(0) : needs(1, 1);
    case Opcode::I8X16ReplaceLane: return isa.has_sse41 ? needs(0) : needs(0, 1);
    case Opcode::I64X2LtS:
    case Opcode::I64X2GtS:
    case Opcode::I64X2LeS:
    case Opcode::I64X2GeS: return needs(isa.has_sse42 ? 0 : 1);
    case Opcode::I8X16MinS:
    case Opcode::I8X16MaxS:
    case Opcode::I32X4MinS:
    case Opcode::I32X4MinU:
    case Opcode::I32X4MaxS:
    case Opcode::I32X4MaxU:
    case Opcode::I16X8NarrowI32X4U: return needs(isa.has_sse41 ? 0 : 1);
    case Opcode::I64X2ExtmulLowI32X4S:
    case Opcode::I64X2ExtmulHighI32X4S: return needs(isa.has_sse41 ? 1 : 2);
    case Opcode::F32X4Ceil:
    case Opcode::F32X4Floor:
    case Opcode::F32X4Trunc:
    case Opcode::F32X4Nearest:
    case Opcode::F64X2Ceil:
    case Opcode::F64X2Floor:
    case Opcode::F64X2Trunc:
    case Opcode::F64X2Nearest: return needs(isa.has_sse41 ? 0 : 2);
    case Opcode::I32X4TruncSatF64X2UZero: return needs(isa.has_sse41 ? 0 : 1);

    // Sequences that need temporaries under every setting.
    case Opcode::I8X16Shl:
    case Opcode::I8X16ShrS:
    case Opcode::I8X16ShrU:
    case Opcode::I16X8Shl:
    case Opcode::I16X8ShrS:
    case Opcode::I16X8ShrU:
    case Opcode::I32X4Shl:
    case Opcode::I32X4ShrS:
    case Opcode::I32X4ShrU:
    case Opcode::I64X2Shl:
    case Opcode::I64X2ShrS:
    case Opcode::I64X2ShrU:
    case Opcode::I32X4Mul:
    case Opcode::I64X2Mul:
    case Opcode::I16X8ExtmulLowI8X16S:
    case Opcode::I16X8ExtmulHighI8X16S:
    case Opcode::I16X8ExtmulLowI8X16U:
    case Opcode::I16X8ExtmulHighI8X16U:
    case Opcode::I32X4ExtmulLowI16X8S:
    case Opcode::I32X4ExtmulHighI16X8S:
    case Opcode::I32X4ExtmulLowI16X8U:
    case Opcode::I32X4ExtmulHighI16X8U:
    case Opcode::I64X2ExtmulLowI32X4U:
    case Opcode::I64X2ExtmulHighI32X4U: return needs(1);
    case Opcode::I16X8Q15mulrSatS:
    case Opcode::I32X4TruncSatF32X4U: return needs(2);
    default: return needs(0);
  }
}

}  // namespace tandem::optimizing::isel
