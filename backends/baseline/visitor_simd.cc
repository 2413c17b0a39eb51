// The baseline compiles every WebAssembly 2.0 SIMD operator. This file maps
// the operators to masm operations (tables of SimdBinOp, SimdUnOp, lane
// shapes) and lowers v128.const, the bitwise and lane-wise arithmetic,
// comparisons, shifts, tests, integer lanes and the splatting, extending
// and zeroing loads; visitor_simd_lanes.cc lowers the float lanes,
// shuffle and swizzle, lane loads and stores, conversions, rounding and
// the widening multiplies. v128.load and v128.store are visit_load /
// visit_store's (visitor_memory.cc). simd_visit_for still falls back to a
// refusal (Unsupported, naming the operator) for an opcode without a row,
// so that an operator added to opcodes.def is counted apart, not
// miscompiled.
//
// A v128 value is always in an FPR or in memory (its home or local slot):
// it never becomes a Const entry, since StackValue holds 64 bits, so
// v128.const materializes at once.
#include <fmt/format.h>

#include <utility>

#include "backends/baseline/visitor.h"

namespace tandem::baseline {

namespace {

using wasm::Opcode;

std::optional<SimdBinOp> simd_bin_op_of(Opcode op) {
  switch (op) {
    case Opcode::V128And: return SimdBinOp::And;
    case Opcode::V128Andnot: return SimdBinOp::AndNot;
    case Opcode::V128Or: return SimdBinOp::Or;
    case Opcode::V128Xor: return SimdBinOp::Xor;
    case Opcode::I8X16Add: return SimdBinOp::AddI8;
    case Opcode::I16X8Add: return SimdBinOp::AddI16;
    case Opcode::I32X4Add: return SimdBinOp::AddI32;
    case Opcode::I64X2Add: return SimdBinOp::AddI64;
    case Opcode::I8X16Sub: return SimdBinOp::SubI8;
    case Opcode::I16X8Sub: return SimdBinOp::SubI16;
    case Opcode::I32X4Sub: return SimdBinOp::SubI32;
    case Opcode::I64X2Sub: return SimdBinOp::SubI64;
    case Opcode::I8X16AddSatS: return SimdBinOp::AddSatS8;
    case Opcode::I8X16AddSatU: return SimdBinOp::AddSatU8;
    case Opcode::I16X8AddSatS: return SimdBinOp::AddSatS16;
    case Opcode::I16X8AddSatU: return SimdBinOp::AddSatU16;
    case Opcode::I8X16SubSatS: return SimdBinOp::SubSatS8;
    case Opcode::I8X16SubSatU: return SimdBinOp::SubSatU8;
    case Opcode::I16X8SubSatS: return SimdBinOp::SubSatS16;
    case Opcode::I16X8SubSatU: return SimdBinOp::SubSatU16;
    case Opcode::I16X8Mul: return SimdBinOp::MulI16;
    case Opcode::I8X16MinU: return SimdBinOp::MinU8;
    case Opcode::I8X16MaxU: return SimdBinOp::MaxU8;
    case Opcode::I16X8MinS: return SimdBinOp::MinS16;
    case Opcode::I16X8MaxS: return SimdBinOp::MaxS16;
    case Opcode::I16X8MinU: return SimdBinOp::MinU16;
    case Opcode::I16X8MaxU: return SimdBinOp::MaxU16;
    case Opcode::I8X16AvgrU: return SimdBinOp::AvgrU8;
    case Opcode::I16X8AvgrU: return SimdBinOp::AvgrU16;
    case Opcode::I8X16Eq: return SimdBinOp::EqI8;
    case Opcode::I16X8Eq: return SimdBinOp::EqI16;
    case Opcode::I32X4Eq: return SimdBinOp::EqI32;
    case Opcode::I8X16Ne: return SimdBinOp::NeI8;
    case Opcode::I16X8Ne: return SimdBinOp::NeI16;
    case Opcode::I32X4Ne: return SimdBinOp::NeI32;
    case Opcode::F32X4Eq: return SimdBinOp::EqF32;
    case Opcode::F32X4Ne: return SimdBinOp::NeF32;
    case Opcode::F32X4Lt: return SimdBinOp::LtF32;
    case Opcode::F32X4Le: return SimdBinOp::LeF32;
    case Opcode::F32X4Gt: return SimdBinOp::GtF32;
    case Opcode::F32X4Ge: return SimdBinOp::GeF32;
    case Opcode::F64X2Eq: return SimdBinOp::EqF64;
    case Opcode::F64X2Ne: return SimdBinOp::NeF64;
    case Opcode::F64X2Lt: return SimdBinOp::LtF64;
    case Opcode::F64X2Le: return SimdBinOp::LeF64;
    case Opcode::F64X2Gt: return SimdBinOp::GtF64;
    case Opcode::F64X2Ge: return SimdBinOp::GeF64;
    case Opcode::F32X4Pmin: return SimdBinOp::PMinF32;
    case Opcode::F32X4Pmax: return SimdBinOp::PMaxF32;
    case Opcode::F64X2Pmin: return SimdBinOp::PMinF64;
    case Opcode::F64X2Pmax: return SimdBinOp::PMaxF64;
    case Opcode::I8X16NarrowI16X8S: return SimdBinOp::NarrowS8;
    case Opcode::I8X16NarrowI16X8U: return SimdBinOp::NarrowU8;
    case Opcode::I16X8NarrowI32X4S: return SimdBinOp::NarrowS16;
    case Opcode::I16X8NarrowI32X4U: return SimdBinOp::NarrowU16;
    case Opcode::I8X16MinS: return SimdBinOp::MinS8;
    case Opcode::I8X16MaxS: return SimdBinOp::MaxS8;
    case Opcode::I32X4DotI16X8S: return SimdBinOp::DotI16S;
    default: return std::nullopt;
  }
}

std::optional<SimdUnOp> simd_un_op_of(Opcode op) {
  switch (op) {
    case Opcode::V128Not: return SimdUnOp::Not;
    case Opcode::I8X16Neg: return SimdUnOp::NegI8;
    case Opcode::I16X8Neg: return SimdUnOp::NegI16;
    case Opcode::I32X4Neg: return SimdUnOp::NegI32;
    case Opcode::I64X2Neg: return SimdUnOp::NegI64;
    case Opcode::I16X8ExtendLowI8X16S: return SimdUnOp::ExtendLowS8;
    case Opcode::I16X8ExtendHighI8X16S: return SimdUnOp::ExtendHighS8;
    case Opcode::I16X8ExtendLowI8X16U: return SimdUnOp::ExtendLowU8;
    case Opcode::I16X8ExtendHighI8X16U: return SimdUnOp::ExtendHighU8;
    case Opcode::I32X4ExtendLowI16X8S: return SimdUnOp::ExtendLowS16;
    case Opcode::I32X4ExtendHighI16X8S: return SimdUnOp::ExtendHighS16;
    case Opcode::I32X4ExtendLowI16X8U: return SimdUnOp::ExtendLowU16;
    case Opcode::I32X4ExtendHighI16X8U: return SimdUnOp::ExtendHighU16;
    case Opcode::I64X2ExtendLowI32X4S: return SimdUnOp::ExtendLowS32;
    case Opcode::I64X2ExtendHighI32X4S: return SimdUnOp::ExtendHighS32;
    case Opcode::I64X2ExtendLowI32X4U: return SimdUnOp::ExtendLowU32;
    case Opcode::I64X2ExtendHighI32X4U: return SimdUnOp::ExtendHighU32;
    case Opcode::I8X16Abs: return SimdUnOp::AbsI8;
    case Opcode::I16X8Abs: return SimdUnOp::AbsI16;
    case Opcode::I32X4Abs: return SimdUnOp::AbsI32;
    case Opcode::I64X2Abs: return SimdUnOp::AbsI64;
    case Opcode::I8X16Popcnt: return SimdUnOp::PopcntI8;
    case Opcode::I16X8ExtaddPairwiseI8X16S: return SimdUnOp::ExtAddPairwiseS8;
    case Opcode::I16X8ExtaddPairwiseI8X16U: return SimdUnOp::ExtAddPairwiseU8;
    case Opcode::I32X4ExtaddPairwiseI16X8S: return SimdUnOp::ExtAddPairwiseS16;
    case Opcode::I32X4ExtaddPairwiseI16X8U: return SimdUnOp::ExtAddPairwiseU16;
    default: return std::nullopt;
  }
}

// An operator found by its place in rows of opcodes.def that repeat the
// same operations (kinds, in order) once per lane shape (each row's first
// opcode in `rows`).
template <typename Kind>
struct ShapedOp {
  Kind kind;
  LaneShape shape;
};

template <typename Kind, size_t N, size_t R>
std::optional<ShapedOp<Kind>> shaped_op_of(Opcode op, const Kind (&kinds)[N],
                                           const std::pair<Opcode, LaneShape> (&rows)[R]) {
  for (const auto& [first, shape] : rows) {
    const int k = static_cast<int>(op) - static_cast<int>(first);
    if (k >= 0 && k < static_cast<int>(N)) return ShapedOp<Kind>{kinds[k], shape};
  }
  return std::nullopt;
}

std::optional<ShapedOp<IntCond>> int_compare_of(Opcode op) {
  static constexpr IntCond kConds[] = {IntCond::LtS, IntCond::LtU, IntCond::GtS, IntCond::GtU,
                                       IntCond::LeS, IntCond::LeU, IntCond::GeS, IntCond::GeU};
  static constexpr std::pair<Opcode, LaneShape> kRows[] = {
      {Opcode::I8X16LtS, LaneShape::I8x16}, {Opcode::I16X8LtS, LaneShape::I16x8}, {Opcode::I32X4LtS, LaneShape::I32x4}};
  return shaped_op_of(op, kConds, kRows);
}

std::optional<ShapedOp<SimdShiftOp>> simd_shift_of(Opcode op) {
  static constexpr SimdShiftOp kOps[] = {SimdShiftOp::Shl, SimdShiftOp::ShrS, SimdShiftOp::ShrU};
  static constexpr std::pair<Opcode, LaneShape> kRows[] = {{Opcode::I8X16Shl, LaneShape::I8x16},
                                                           {Opcode::I16X8Shl, LaneShape::I16x8},
                                                           {Opcode::I32X4Shl, LaneShape::I32x4},
                                                           {Opcode::I64X2Shl, LaneShape::I64x2}};
  return shaped_op_of(op, kOps, kRows);
}

struct FloatOp {
  FloatWidth width;
  bool unary;
  FloatBinOp bin;
  FloatUnOp un;
};

std::optional<FloatOp> float_op_of(Opcode op) {
  using W = FloatWidth;
  switch (op) {
    case Opcode::F32X4Add: return FloatOp{W::F32, false, FloatBinOp::Add, {}};
    case Opcode::F32X4Sub: return FloatOp{W::F32, false, FloatBinOp::Sub, {}};
    case Opcode::F32X4Mul: return FloatOp{W::F32, false, FloatBinOp::Mul, {}};
    case Opcode::F32X4Div: return FloatOp{W::F32, false, FloatBinOp::Div, {}};
    case Opcode::F32X4Min: return FloatOp{W::F32, false, FloatBinOp::Min, {}};
    case Opcode::F32X4Max: return FloatOp{W::F32, false, FloatBinOp::Max, {}};
    case Opcode::F64X2Min: return FloatOp{W::F64, false, FloatBinOp::Min, {}};
    case Opcode::F64X2Max: return FloatOp{W::F64, false, FloatBinOp::Max, {}};
    case Opcode::F64X2Add: return FloatOp{W::F64, false, FloatBinOp::Add, {}};
    case Opcode::F64X2Sub: return FloatOp{W::F64, false, FloatBinOp::Sub, {}};
    case Opcode::F64X2Mul: return FloatOp{W::F64, false, FloatBinOp::Mul, {}};
    case Opcode::F64X2Div: return FloatOp{W::F64, false, FloatBinOp::Div, {}};
    case Opcode::F32X4Abs: return FloatOp{W::F32, true, {}, FloatUnOp::Abs};
    case Opcode::F32X4Neg: return FloatOp{W::F32, true, {}, FloatUnOp::Neg};
    case Opcode::F32X4Sqrt: return FloatOp{W::F32, true, {}, FloatUnOp::Sqrt};
    case Opcode::F64X2Abs: return FloatOp{W::F64, true, {}, FloatUnOp::Abs};
    case Opcode::F64X2Neg: return FloatOp{W::F64, true, {}, FloatUnOp::Neg};
    case Opcode::F64X2Sqrt: return FloatOp{W::F64, true, {}, FloatUnOp::Sqrt};
    default: return std::nullopt;
  }
}

// The shape of an all_true or bitmask.
std::optional<LaneShape> lane_shape_of_test(Opcode op) {
  switch (op) {
    case Opcode::I8X16AllTrue:
    case Opcode::I8X16Bitmask: return LaneShape::I8x16;
    case Opcode::I16X8AllTrue:
    case Opcode::I16X8Bitmask: return LaneShape::I16x8;
    case Opcode::I32X4AllTrue:
    case Opcode::I32X4Bitmask: return LaneShape::I32x4;
    case Opcode::I64X2AllTrue:
    case Opcode::I64X2Bitmask: return LaneShape::I64x2;
    default: return std::nullopt;
  }
}

std::optional<SimdLoadKind> simd_load_kind_of(Opcode op) {
  switch (op) {
    case Opcode::V128Load8Splat: return SimdLoadKind::Splat8;
    case Opcode::V128Load16Splat: return SimdLoadKind::Splat16;
    case Opcode::V128Load32Splat: return SimdLoadKind::Splat32;
    case Opcode::V128Load64Splat: return SimdLoadKind::Splat64;
    case Opcode::V128Load8X8S: return SimdLoadKind::Extend8S;
    case Opcode::V128Load8X8U: return SimdLoadKind::Extend8U;
    case Opcode::V128Load16X4S: return SimdLoadKind::Extend16S;
    case Opcode::V128Load16X4U: return SimdLoadKind::Extend16U;
    case Opcode::V128Load32X2S: return SimdLoadKind::Extend32S;
    case Opcode::V128Load32X2U: return SimdLoadKind::Extend32U;
    case Opcode::V128Load32Zero: return SimdLoadKind::Zero32;
    case Opcode::V128Load64Zero: return SimdLoadKind::Zero64;
    default: return std::nullopt;
  }
}

struct LaneOp {
  LaneShape shape;
  bool is_signed;
};

std::optional<LaneOp> lane_op_of(Opcode op) {
  switch (op) {
    case Opcode::I8X16Splat:
    case Opcode::I8X16ExtractLaneU:
    case Opcode::I8X16ReplaceLane: return LaneOp{LaneShape::I8x16, false};
    case Opcode::I8X16ExtractLaneS: return LaneOp{LaneShape::I8x16, true};
    case Opcode::I16X8Splat:
    case Opcode::I16X8ExtractLaneU:
    case Opcode::I16X8ReplaceLane: return LaneOp{LaneShape::I16x8, false};
    case Opcode::I16X8ExtractLaneS: return LaneOp{LaneShape::I16x8, true};
    case Opcode::I32X4Splat:
    case Opcode::I32X4ExtractLane:
    case Opcode::I32X4ReplaceLane: return LaneOp{LaneShape::I32x4, false};
    case Opcode::I64X2Splat:
    case Opcode::I64X2ExtractLane:
    case Opcode::I64X2ReplaceLane: return LaneOp{LaneShape::I64x2, false};
    default: return std::nullopt;
  }
}

uint64_t half_of(const std::array<uint8_t, 16>& bytes, int half) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = (v << 8) | bytes[8 * half + i];
  return v;
}

}  // namespace

FunctionCompiler::Visit FunctionCompiler::simd_visit_for(Opcode op) {
  using FC = FunctionCompiler;
  switch (op) {
    case Opcode::V128Load: return &FC::visit_load;
    case Opcode::V128Store: return &FC::visit_store;
    case Opcode::V128Const: return &FC::visit_v128_const;
    case Opcode::V128AnyTrue: return &FC::visit_v128_any_true;
    case Opcode::V128Bitselect: return &FC::visit_v128_bitselect;
    case Opcode::I8X16AllTrue:
    case Opcode::I16X8AllTrue:
    case Opcode::I32X4AllTrue:
    case Opcode::I64X2AllTrue:
    case Opcode::I8X16Bitmask:
    case Opcode::I16X8Bitmask:
    case Opcode::I32X4Bitmask:
    case Opcode::I64X2Bitmask: return &FC::visit_simd_lane_test;
    case Opcode::I8X16Splat:
    case Opcode::I16X8Splat:
    case Opcode::I32X4Splat:
    case Opcode::I64X2Splat: return &FC::visit_simd_splat;
    case Opcode::I8X16ExtractLaneS:
    case Opcode::I8X16ExtractLaneU:
    case Opcode::I16X8ExtractLaneS:
    case Opcode::I16X8ExtractLaneU:
    case Opcode::I32X4ExtractLane:
    case Opcode::I64X2ExtractLane: return &FC::visit_simd_extract_lane;
    case Opcode::I8X16ReplaceLane:
    case Opcode::I16X8ReplaceLane:
    case Opcode::I32X4ReplaceLane:
    case Opcode::I64X2ReplaceLane: return &FC::visit_simd_replace_lane;
    case Opcode::I32X4Mul:
    case Opcode::I64X2Mul:
    case Opcode::I32X4MinS:
    case Opcode::I32X4MinU:
    case Opcode::I32X4MaxS:
    case Opcode::I32X4MaxU: return &FC::visit_simd_binary_with_temp;
    case Opcode::I64X2Eq:
    case Opcode::I64X2Ne:
    case Opcode::I64X2LtS:
    case Opcode::I64X2GtS:
    case Opcode::I64X2LeS:
    case Opcode::I64X2GeS: return &FC::visit_simd_i64_compare;
    case Opcode::F32X4Splat:
    case Opcode::F64X2Splat: return &FC::visit_simd_float_splat;
    case Opcode::F32X4ExtractLane:
    case Opcode::F64X2ExtractLane: return &FC::visit_simd_float_extract_lane;
    case Opcode::F32X4ReplaceLane:
    case Opcode::F64X2ReplaceLane: return &FC::visit_simd_float_replace_lane;
    case Opcode::I8X16Shuffle:
    case Opcode::I8X16Swizzle: return &FC::visit_simd_shuffle_or_swizzle;
    case Opcode::I16X8ExtmulLowI8X16S:
    case Opcode::I16X8ExtmulHighI8X16S:
    case Opcode::I16X8ExtmulLowI8X16U:
    case Opcode::I16X8ExtmulHighI8X16U:
    case Opcode::I32X4ExtmulLowI16X8S:
    case Opcode::I32X4ExtmulHighI16X8S:
    case Opcode::I32X4ExtmulLowI16X8U:
    case Opcode::I32X4ExtmulHighI16X8U:
    case Opcode::I64X2ExtmulLowI32X4S:
    case Opcode::I64X2ExtmulHighI32X4S:
    case Opcode::I64X2ExtmulLowI32X4U:
    case Opcode::I64X2ExtmulHighI32X4U:
    case Opcode::I16X8Q15mulrSatS: return &FC::visit_simd_ext_mul_or_q15;
    case Opcode::V128Load8Lane:
    case Opcode::V128Load16Lane:
    case Opcode::V128Load32Lane:
    case Opcode::V128Load64Lane: return &FC::visit_simd_load_lane;
    case Opcode::V128Store8Lane:
    case Opcode::V128Store16Lane:
    case Opcode::V128Store32Lane:
    case Opcode::V128Store64Lane: return &FC::visit_simd_store_lane;
    default: break;
  }
  if (simd_convert_op_of(op)) return &FC::visit_simd_convert;
  if (simd_round_op_of(op)) return &FC::visit_simd_round;
  if (simd_load_kind_of(op)) return &FC::visit_simd_load;
  if (int_compare_of(op)) return &FC::visit_simd_int_compare;
  if (simd_shift_of(op)) return &FC::visit_simd_shift;
  if (float_op_of(op)) return &FC::visit_simd_float;
  if (simd_un_op_of(op)) return &FC::visit_simd_unary;
  if (simd_bin_op_of(op)) return &FC::visit_simd_binary;
  return &FC::visit_simd_unsupported;
}

Status FunctionCompiler::visit_simd_unsupported(const wasm::Op& op) {
  return make_error(ErrorKind::Unsupported, fmt::format("unsupported feature: simd ({})", wasm::op_name(op.opcode)),
                    op.offset);
}

Status FunctionCompiler::visit_v128_const(const wasm::Op& op) {
  const Reg dst = ctx_.alloc(RegClass::Fpr);
  masm_.load_v128_constant(dst, half_of(op.v128, 0), half_of(op.v128, 1));
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_binary(const wasm::Op& op) {
  const SimdBinOp bin = *simd_bin_op_of(op.opcode);
  const Reg rhs = ctx_.pop_to_reg();
  const Reg dst = ctx_.pop_to_modifiable_reg(rhs);
  masm_.simd_binary(bin, dst, rhs);
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_int_compare(const wasm::Op& op) {
  const auto cmp = *int_compare_of(op.opcode);
  const Reg rhs = ctx_.pop_to_reg();
  const Reg dst = ctx_.pop_to_modifiable_reg(rhs);
  masm_.simd_int_compare(cmp.kind, cmp.shape, dst, rhs);
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_shift(const wasm::Op& op) {
  const auto shift = *simd_shift_of(op.opcode);
  const Reg count = ctx_.pop_to_reg();
  const RegSet pinned = RegSet{}.with(count);
  const Reg dst = ctx_.pop_to_modifiable_reg(pinned);
  // The count goes to an XMM register for the packed shifts.
  const Reg tmp = ctx_.alloc(RegClass::Fpr, pinned.with(dst));
  masm_.simd_shift(shift.kind, shift.shape, dst, count, tmp);
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_binary_with_temp(const wasm::Op& op) {
  const Reg rhs = ctx_.pop_to_reg();
  const RegSet pinned = RegSet{}.with(rhs);
  const Reg dst = ctx_.pop_to_modifiable_reg(pinned);
  // SSE2 multiplies only the even dwords (pmuludq): the sequences hold
  // partial products; min/max without SSE4.1 hold a comparison mask.
  const Reg tmp = ctx_.alloc(RegClass::Fpr, pinned.with(dst));
  switch (op.opcode) {
    case Opcode::I32X4Mul: masm_.simd_mul(LaneShape::I32x4, dst, rhs, tmp); break;
    case Opcode::I64X2Mul: masm_.simd_mul(LaneShape::I64x2, dst, rhs, tmp); break;
    default: {
      const bool is_min = op.opcode == Opcode::I32X4MinS || op.opcode == Opcode::I32X4MinU;
      const bool is_signed = op.opcode == Opcode::I32X4MinS || op.opcode == Opcode::I32X4MaxS;
      masm_.simd_min_max_i32(is_min, is_signed, dst, rhs, tmp);
      break;
    }
  }
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_i64_compare(const wasm::Op& op) {
  // Rows of opcodes.def run eq ne lt_s gt_s le_s ge_s.
  static constexpr IntCond kConds[] = {IntCond::Eq,  IntCond::Ne,  IntCond::LtS,
                                       IntCond::GtS, IntCond::LeS, IntCond::GeS};
  const IntCond cond = kConds[static_cast<int>(op.opcode) - static_cast<int>(Opcode::I64X2Eq)];
  const Reg rhs = ctx_.pop_to_reg();
  const RegSet pinned = RegSet{}.with(rhs);
  const Reg dst = ctx_.pop_to_modifiable_reg(pinned);
  const Reg tmp = ctx_.alloc(RegClass::Fpr, pinned.with(dst));
  masm_.simd_i64_compare(cond, dst, rhs, tmp);
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_float(const wasm::Op& op) {
  const FloatOp f = *float_op_of(op.opcode);
  if (f.unary) {
    const Reg dst = ctx_.pop_to_modifiable_reg();
    masm_.simd_float_unary(f.un, f.width, dst);
    // Abs and Neg only move sign bits: a NaN keeps its payload, as the spec says.
    if (f.un == FloatUnOp::Sqrt && settings_.nan_canonicalization) masm_.simd_canonicalize_nan(f.width, dst);
    ctx_.push_reg(wasm::ValType::V128, dst);
    return {};
  }
  const Reg rhs = ctx_.pop_to_reg();
  const Reg dst = ctx_.pop_to_modifiable_reg(rhs);
  masm_.simd_float_binary(f.bin, f.width, dst, rhs);
  if (settings_.nan_canonicalization) masm_.simd_canonicalize_nan(f.width, dst);
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_unary(const wasm::Op& op) {
  const Reg dst = ctx_.pop_to_modifiable_reg();
  masm_.simd_unary(*simd_un_op_of(op.opcode), dst);
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_v128_any_true(const wasm::Op&) {
  const Reg src = ctx_.pop_to_reg();
  const Reg dst = ctx_.alloc(RegClass::Gpr);
  masm_.simd_any_true(dst, src);
  ctx_.push_reg(wasm::ValType::I32, dst);
  return {};
}

Status FunctionCompiler::visit_simd_load(const wasm::Op& op) {
  const SimdLoadKind kind = *simd_load_kind_of(op.opcode);
  RegSet pinned;
  const Address address = pop_heap_address(op.mem.offset, wasm::op_info(op.opcode).access_bytes, op.offset, &pinned);
  const Reg dst = ctx_.alloc(RegClass::Fpr, pinned);
  if (settings_.bounds_checks == compile::BoundsChecks::Guard)
    masm_.record_trap_site(TrapCode::OutOfBoundsMemory, op.offset);
  masm_.simd_load(kind, dst, address);
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_v128_bitselect(const wasm::Op&) {
  RegSet pinned;
  const Reg mask = ctx_.pop_to_reg();
  pinned = pinned.with(mask);
  const Reg other = ctx_.pop_to_reg(pinned);
  pinned = pinned.with(other);
  const Reg dst = ctx_.pop_to_modifiable_reg(pinned);
  masm_.simd_bitselect(dst, other, mask);
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_lane_test(const wasm::Op& op) {
  const LaneShape shape = *lane_shape_of_test(op.opcode);
  const bool all_true = op.opcode == Opcode::I8X16AllTrue || op.opcode == Opcode::I16X8AllTrue ||
                        op.opcode == Opcode::I32X4AllTrue || op.opcode == Opcode::I64X2AllTrue;
  const Reg src = ctx_.pop_to_reg();
  const Reg dst = ctx_.alloc(RegClass::Gpr);
  if (all_true) {
    masm_.simd_all_true(shape, dst, src);
  } else {
    masm_.simd_bitmask(shape, dst, src);
  }
  ctx_.push_reg(wasm::ValType::I32, dst);
  return {};
}

Status FunctionCompiler::visit_simd_splat(const wasm::Op& op) {
  const Reg src = ctx_.pop_to_reg();
  const Reg dst = ctx_.alloc(RegClass::Fpr);
  masm_.simd_splat(lane_op_of(op.opcode)->shape, dst, src);
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

Status FunctionCompiler::visit_simd_extract_lane(const wasm::Op& op) {
  const LaneOp lane = *lane_op_of(op.opcode);
  const Reg src = ctx_.pop_to_reg();
  const Reg dst = ctx_.alloc(RegClass::Gpr);
  masm_.simd_extract_lane(lane.shape, lane.is_signed, dst, src, op.lane);
  ctx_.push_reg(lane.shape == LaneShape::I64x2 ? wasm::ValType::I64 : wasm::ValType::I32, dst);
  return {};
}

Status FunctionCompiler::visit_simd_replace_lane(const wasm::Op& op) {
  const LaneOp lane = *lane_op_of(op.opcode);
  const Reg value = ctx_.pop_to_reg();
  const Reg dst = ctx_.pop_to_modifiable_reg(value);
  masm_.simd_replace_lane(lane.shape, dst, value, op.lane);
  ctx_.push_reg(wasm::ValType::V128, dst);
  return {};
}

}  // namespace tandem::baseline
