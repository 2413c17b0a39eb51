// Float operators. Floats never fold at compile time: the host's arithmetic
// need not produce the NaN bits the target does.
#include "backends/baseline/visitor.h"

namespace tandem::baseline {

namespace {

using wasm::Opcode;

wasm::ValType operand_type(Opcode op) { return wasm::sig_val_type(wasm::op_info(op).in[0]); }

FloatBinOp float_bin_op_of(Opcode op) {
  switch (op) {
    case Opcode::F32Add:
    case Opcode::F64Add: return FloatBinOp::Add;
    case Opcode::F32Sub:
    case Opcode::F64Sub: return FloatBinOp::Sub;
    case Opcode::F32Mul:
    case Opcode::F64Mul: return FloatBinOp::Mul;
    case Opcode::F32Div:
    case Opcode::F64Div: return FloatBinOp::Div;
    case Opcode::F32Min:
    case Opcode::F64Min: return FloatBinOp::Min;
    case Opcode::F32Max:
    case Opcode::F64Max: return FloatBinOp::Max;
    case Opcode::F32Copysign:
    case Opcode::F64Copysign: return FloatBinOp::Copysign;
    default: TANDEM_UNREACHABLE("not a binary float operator");
  }
}

FloatUnOp float_un_op_of(Opcode op) {
  switch (op) {
    case Opcode::F32Abs:
    case Opcode::F64Abs: return FloatUnOp::Abs;
    case Opcode::F32Neg:
    case Opcode::F64Neg: return FloatUnOp::Neg;
    case Opcode::F32Sqrt:
    case Opcode::F64Sqrt: return FloatUnOp::Sqrt;
    default: TANDEM_UNREACHABLE("not a unary float operator");
  }
}

RoundOp round_op_of(Opcode op) {
  switch (op) {
    case Opcode::F32Ceil:
    case Opcode::F64Ceil: return RoundOp::Ceil;
    case Opcode::F32Floor:
    case Opcode::F64Floor: return RoundOp::Floor;
    case Opcode::F32Trunc:
    case Opcode::F64Trunc: return RoundOp::Trunc;
    case Opcode::F32Nearest:
    case Opcode::F64Nearest: return RoundOp::Nearest;
    default: TANDEM_UNREACHABLE("not a rounding operator");
  }
}

compile::LibCall round_libcall(RoundOp op, FloatWidth w) {
  const bool f32 = w == FloatWidth::F32;
  switch (op) {
    case RoundOp::Ceil: return f32 ? compile::LibCall::CeilF32 : compile::LibCall::CeilF64;
    case RoundOp::Floor: return f32 ? compile::LibCall::FloorF32 : compile::LibCall::FloorF64;
    case RoundOp::Trunc: return f32 ? compile::LibCall::TruncF32 : compile::LibCall::TruncF64;
    case RoundOp::Nearest: return f32 ? compile::LibCall::NearestF32 : compile::LibCall::NearestF64;
  }
  TANDEM_UNREACHABLE("bad RoundOp");
}

FloatCond float_cond_of(Opcode op) {
  switch (op) {
    case Opcode::F32Eq:
    case Opcode::F64Eq: return FloatCond::Eq;
    case Opcode::F32Ne:
    case Opcode::F64Ne: return FloatCond::Ne;
    case Opcode::F32Lt:
    case Opcode::F64Lt: return FloatCond::Lt;
    case Opcode::F32Gt:
    case Opcode::F64Gt: return FloatCond::Gt;
    case Opcode::F32Le:
    case Opcode::F64Le: return FloatCond::Le;
    case Opcode::F32Ge:
    case Opcode::F64Ge: return FloatCond::Ge;
    default: TANDEM_UNREACHABLE("not a float comparison");
  }
}

}  // namespace

Status FunctionCompiler::visit_float_arith(const wasm::Op& op) {
  const wasm::ValType type = operand_type(op.opcode);
  const FloatWidth w = float_width(type);
  const FloatBinOp fop = float_bin_op_of(op.opcode);
  RegSet pinned;
  const Operand src = pop_rhs(&pinned);
  const Reg dst = ctx_.pop_to_modifiable_reg(pinned);
  masm_.float_binary(fop, w, dst, src);
  // copysign only moves a sign bit: it is not arithmetic on NaNs.
  if (fop != FloatBinOp::Copysign) maybe_canonicalize(w, dst);
  ctx_.push_reg(type, dst);
  return {};
}

Status FunctionCompiler::visit_float_unary(const wasm::Op& op) {
  const wasm::ValType type = operand_type(op.opcode);
  const FloatWidth w = float_width(type);
  const FloatUnOp fop = float_un_op_of(op.opcode);
  const Reg dst = ctx_.pop_to_modifiable_reg();
  masm_.float_unary(fop, w, dst, dst);
  if (fop == FloatUnOp::Sqrt) maybe_canonicalize(w, dst);
  ctx_.push_reg(type, dst);
  return {};
}

Status FunctionCompiler::visit_float_round(const wasm::Op& op) {
  const wasm::ValType type = operand_type(op.opcode);
  const FloatWidth w = float_width(type);
  const RoundOp rop = round_op_of(op.opcode);
  if (!masm_.can_round_inline()) {
    emit_libcall(round_libcall(rop, w), false, {}, 1, &type);
    maybe_canonicalize(w, ctx_.stack().peek().reg);
    return {};
  }
  const Reg dst = ctx_.pop_to_modifiable_reg();
  masm_.float_round(rop, w, dst, dst);
  maybe_canonicalize(w, dst);
  ctx_.push_reg(type, dst);
  return {};
}

Status FunctionCompiler::visit_float_compare(const wasm::Op& op) {
  const FloatWidth w = float_width(operand_type(op.opcode));
  const Reg rhs = ctx_.pop_to_reg();
  const Reg lhs = ctx_.pop_to_reg(rhs);
  BranchCondition fused{BranchCondition::Kind::FloatCompare};
  fused.float_cond = float_cond_of(op.opcode);
  fused.width = w;
  fused.lhs = lhs;
  fused.rhs = Operand::of(rhs);
  Status status;
  if (fuse_with_next(fused, &status)) return status;
  const Reg dst = ctx_.alloc(RegClass::Gpr);
  masm_.float_compare_and_set(float_cond_of(op.opcode), w, dst, lhs, rhs);
  ctx_.push_reg(wasm::ValType::I32, dst);
  return {};
}

}  // namespace tandem::baseline
