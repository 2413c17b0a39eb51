#include "backends/optimizing/ir/simd_ops.h"

namespace tandem::optimizing::ir {

namespace {

Type type_of(wasm::SigType t) {
  switch (t) {
    case wasm::SigType::I32: return Type::I32;
    case wasm::SigType::I64: return Type::I64;
    case wasm::SigType::F32: return Type::F32;
    case wasm::SigType::F64: return Type::F64;
    case wasm::SigType::V128: return Type::V128;
    default: return Type::None;
  }
}

}  // namespace

bool simd_signature(wasm::Opcode op, SimdSignature* out) {
  const wasm::OpInfo& info = wasm::op_info(op);
  if (!info.is_simd()) return false;
  *out = SimdSignature();
  out->lanes = info.lanes;
  switch (op) {
    // Loads that become a scalar load and an operator on the loaded bits.
    case wasm::Opcode::V128Load8X8S:
    case wasm::Opcode::V128Load8X8U:
    case wasm::Opcode::V128Load16X4S:
    case wasm::Opcode::V128Load16X4U:
    case wasm::Opcode::V128Load32X2S:
    case wasm::Opcode::V128Load32X2U:
    case wasm::Opcode::V128Load64Zero:
      out->result = Type::V128;
      out->args[0] = Type::I64;
      out->num_args = 1;
      return true;
    case wasm::Opcode::V128Load32Zero:
      out->result = Type::V128;
      out->args[0] = Type::I32;
      out->num_args = 1;
      return true;
    default: break;
  }
  if (info.cls == wasm::OpClass::SimdMemory || info.cls == wasm::OpClass::SimdConst) return false;
  out->result = type_of(info.out);
  for (uint32_t k = 0; k < 3 && info.in[k] != wasm::SigType::None; ++k)
    out->args[out->num_args++] = type_of(info.in[k]);
  out->has_lane = info.imm == wasm::ImmKind::Lane;
  out->has_shuffle = info.imm == wasm::ImmKind::Shuffle;
  return out->result != Type::None;
}

}  // namespace tandem::optimizing::ir
