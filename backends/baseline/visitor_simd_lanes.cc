// The SIMD operators that move lanes or convert them: float splats,
// extracts and replaces, i8x16.shuffle and swizzle, lane loads and stores,
// conversions between integer and float lanes, float rounding, and the
// widening multiplies. visitor_simd.cc dispatches here.
#include "backends/baseline/visitor.h"

namespace tandem::baseline {

namespace {

using wasm::Opcode;

FloatWidth float_width_of_lane_op(Opcode op) {
  switch (op) {
    case Opcode::F32X4Splat:
    case Opcode::F32X4ExtractLane:
    case Opcode::F32X4ReplaceLane: return FloatWidth::F32;
    default: return FloatWidth::F64;
  }
}

LaneShape shape_of_memory_lane_op(Opcode op) {
  switch (op) {
    case Opcode::V128Load8Lane:
    case Opcode::V128Store8Lane: return LaneShape::I8x16;
    case Opcode::V128Load16Lane:
    case Opcode::V128Store16Lane: return LaneShape::I16x8;
    case Opcode::V128Load32Lane:
    case Opcode::V128Store32Lane: return LaneShape::I32x4;
    default: return LaneShape::I64x2;
  }
}

struct ExtMulOp {
  LaneShape wide;
  bool high;
  bool is_signed;
};

// Rows of opcodes.def run low_s high_s low_u high_u per result shape.
ExtMulOp ext_mul_op_of(Opcode op) {
  static constexpr std::pair<Opcode, LaneShape> kRows[] = {{Opcode::I16X8ExtmulLowI8X16S, LaneShape::I16x8},
                                                           {Opcode::I32X4ExtmulLowI16X8S, LaneShape::I32x4},
                                                           {Opcode::I64X2ExtmulLowI32X4S, LaneShape::I64x2}};
  for (const auto& [first, wide] : kRows) {
    const int k = static_cast<int>(op) - static_cast<int>(first);
    if (k >= 0 && k < 4) return ExtMulOp{wide, k % 2 != 0, k < 2};
  }
  TANDEM_UNREACHABLE("not an extmul");
}

}  // namespace

std::optional<SimdConvertOp> FunctionCompiler::simd_convert_op_of(Opcode op) {
  switch (op) {
    case Opcode::F32X4ConvertI32X4S: return SimdConvertOp::F32x4ConvertI32x4S;
    case Opcode::F32X4ConvertI32X4U: return SimdConvertOp::F32x4ConvertI32x4U;
    case Opcode::F64X2ConvertLowI32X4S: return SimdConvertOp::F64x2ConvertLowI32x4S;
    case Opcode::F64X2ConvertLowI32X4U: return SimdConvertOp::F64x2ConvertLowI32x4U;
    case Opcode::I32X4TruncSatF32X4S: return SimdConvertOp::I32x4TruncSatF32x4S;
    case Opcode::I32X4TruncSatF32X4U: return SimdConvertOp::I32x4TruncSatF32x4U;
    case Opcode::I32X4TruncSatF64X2SZero: return SimdConvertOp::I32x4TruncSatF64x2SZero;
    case Opcode::I32X4TruncSatF64X2UZero: return SimdConvertOp::I32x4TruncSatF64x2UZero;
    case Opcode::F32X4DemoteF64X2Zero: return SimdConvertOp::F32x4DemoteF64x2Zero;
    case Opcode::F64X2PromoteLowF32X4: return SimdConvertOp::F64x2PromoteLowF32x4;
    default: return std::nullopt;
  }
}

std::optional<std::pair<RoundOp, FloatWidth>> FunctionCompiler::simd_round_op_of(Opcode op) {
  switch (op) {
    case Opcode::F32X4Ceil: return std::pair{RoundOp::Ceil, FloatWidth::F32};
    case Opcode::F32X4Floor: return std::pair{RoundOp::Floor, FloatWidth::F32};
    case Opcode::F32X4Trunc: return std::pair{RoundOp::Trunc, FloatWidth::F32};
    case Opcode::F32X4Nearest: return std::pair{RoundOp::Nearest, FloatWidth::F32};
    case Opcode::F64X2Ceil: return std::pair{RoundOp::Ceil, FloatWidth::F64};
    case Opcode::F64X2Floor: return std::pair{RoundOp::Floor, FloatWidth::F64};
    case Opcode::F64X2Trunc: return std::pair{RoundOp::Trunc, FloatWidth::F64};
    case Opcode::F64X2Nearest: return std::pair{RoundOp::Nearest, FloatWidth::F64};
    default: return std::nullopt;
  }
}

Status FunctionCompiler::visit_simd_float_splat(const wasm::Op& op) {
  const Reg reg = ctx_.pop_to_modifiable_reg();
  masm_.simd_splat_float(float_width_of_lane_op(op.opcode), reg);
  ctx_.push_reg(wasm::ValType::V128, reg);
  return {};
}

Status FunctionCompiler::visit_simd_float_extract_lane(const wasm::Op& op) {
  const FloatWidth w = float_width_of_lane_op(op.opcode);
  const Reg reg = ctx_.pop_to_modifiable_reg();
  masm_.simd_extract_lane_float(w, reg, op.lane);
  ctx_.push_reg(w == FloatWidth::F32 ? wasm::ValType::F32 : wasm::ValType::F64, reg);
  return {};
}

Status FunctionCompiler::visit_simd_float_replace_lane(const wasm::Op& op) {
  const Reg value = ctx_.pop_to_reg();
  const Reg dst = ctx_.pop_to_modifiable_reg(value);
  masm_.simd_replace_lane_float(float_width_of_lane_op(op.opcode), dst, value, op.lane);
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_shuffle_or_swizzle(const wasm::Op& op) {
  // The operands' homes are free once they are popped: the SSE2 sequences
  // use them as the 32 bytes of frame they need.
  const uint32_t first = ctx_.stack().size() - 2;
  const Address spill_a = ctx_.frame().home(first), spill_b = ctx_.frame().home(first + 1);
  const Reg rhs = ctx_.pop_to_reg();
  const Reg dst = ctx_.pop_to_modifiable_reg(rhs);
  if (op.opcode == Opcode::I8X16Shuffle) {
    masm_.simd_shuffle(dst, rhs, op.v128, spill_a, spill_b);
  } else {
    masm_.simd_swizzle(dst, rhs, spill_a, spill_b);
  }
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_ext_mul_or_q15(const wasm::Op& op) {
  const Reg rhs = ctx_.pop_to_reg();
  const RegSet pinned = RegSet{}.with(rhs);
  const Reg dst = ctx_.pop_to_modifiable_reg(pinned);
  const Reg tmp = ctx_.alloc(RegClass::Fpr, pinned.with(dst));
  if (op.opcode == Opcode::I16X8Q15mulrSatS) {
    masm_.simd_q15_mulr_sat(dst, rhs, tmp);
  } else {
    const ExtMulOp m = ext_mul_op_of(op.opcode);
    masm_.simd_ext_mul(m.wide, m.high, m.is_signed, dst, rhs, tmp);
  }
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_convert(const wasm::Op& op) {
  const SimdConvertOp convert = *simd_convert_op_of(op.opcode);
  const Reg dst = ctx_.pop_to_modifiable_reg();
  const Reg tmp = ctx_.alloc(RegClass::Fpr, RegSet{}.with(dst));
  masm_.simd_convert(convert, dst, tmp);
  // Demote and promote make float lanes of float lanes: a NaN's payload
  // comes through (quieted), which the canonicalizing setting replaces.
  if (settings_.nan_canonicalization) {
    if (convert == SimdConvertOp::F32x4DemoteF64x2Zero) masm_.simd_canonicalize_nan(FloatWidth::F32, dst);
    if (convert == SimdConvertOp::F64x2PromoteLowF32x4) masm_.simd_canonicalize_nan(FloatWidth::F64, dst);
  }
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_round(const wasm::Op& op) {
  const auto [round, width] = *simd_round_op_of(op.opcode);
  const Reg dst = ctx_.pop_to_modifiable_reg();
  const RegSet pinned = RegSet{}.with(dst);
  const Reg tmp1 = ctx_.alloc(RegClass::Fpr, pinned);
  const Reg tmp2 = ctx_.alloc(RegClass::Fpr, pinned.with(tmp1));
  masm_.simd_round(round, width, dst, tmp1, tmp2);
  if (settings_.nan_canonicalization) masm_.simd_canonicalize_nan(width, dst);
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_load_lane(const wasm::Op& op) {
  const LaneShape shape = shape_of_memory_lane_op(op.opcode);
  const Reg dst = ctx_.pop_to_modifiable_reg();
  RegSet pinned = RegSet{}.with(dst);
  const Address address = pop_heap_address(op.mem.offset, wasm::op_info(op.opcode).access_bytes, op.offset, &pinned);
  std::optional<uint32_t> guard_site;
  if (settings_.bounds_checks == compile::BoundsChecks::Guard) guard_site = op.offset;
  masm_.simd_load_lane(shape, dst, address, op.lane, guard_site);
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_store_lane(const wasm::Op& op) {
  const LaneShape shape = shape_of_memory_lane_op(op.opcode);
  const Reg value = ctx_.pop_to_reg();
  RegSet pinned = RegSet{}.with(value);
  const Address address = pop_heap_address(op.mem.offset, wasm::op_info(op.opcode).access_bytes, op.offset, &pinned);
  std::optional<uint32_t> guard_site;
  if (settings_.bounds_checks == compile::BoundsChecks::Guard) guard_site = op.offset;
  masm_.simd_store_lane(shape, address, value, op.lane, guard_site);
  return {};
}

}  // namespace tandem::baseline
