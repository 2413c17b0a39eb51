// Conversions between value types: wrap and extend, int <-> float (with the
// trapping and the saturating truncations), promote and demote, reinterpret,
// and the sign-extension operators.
#include "backends/baseline/visitor.h"

namespace tandem::baseline {

namespace {

using wasm::Opcode;
using wasm::ValType;

ValType in_type(Opcode op) { return wasm::sig_val_type(wasm::op_info(op).in[0]); }
ValType out_type(Opcode op) { return wasm::sig_val_type(wasm::op_info(op).out); }
IntWidth int_width(ValType t) { return t == ValType::I32 ? IntWidth::I32 : IntWidth::I64; }

bool is_signed_conversion(Opcode op) {
  switch (op) {
    case Opcode::I32TruncF32S:
    case Opcode::I32TruncF64S:
    case Opcode::I64TruncF32S:
    case Opcode::I64TruncF64S:
    case Opcode::I32TruncSatF32S:
    case Opcode::I32TruncSatF64S:
    case Opcode::I64TruncSatF32S:
    case Opcode::I64TruncSatF64S:
    case Opcode::F32ConvertI32S:
    case Opcode::F32ConvertI64S:
    case Opcode::F64ConvertI32S:
    case Opcode::F64ConvertI64S: return true;
    default: return false;
  }
}

}  // namespace

Status FunctionCompiler::visit_convert(const wasm::Op& op) {
  const ValType from = in_type(op.opcode);
  const ValType to = out_type(op.opcode);
  const StackValue v = ctx_.stack().peek();
  switch (op.opcode) {
    case Opcode::I32WrapI64: {
      if (v.is_const()) {
        ctx_.drop();
        ctx_.push_const(to, v.bits & 0xffffffffu);
        return {};
      }
      const Reg r = ctx_.pop_to_modifiable_reg();
      masm_.extend(ExtendOp::U32To64, r, r);
      ctx_.push_reg(to, r);
      return {};
    }
    case Opcode::I64ExtendI32S: {
      if (v.is_const()) {
        ctx_.drop();
        ctx_.push_const(to, static_cast<uint64_t>(int64_t{static_cast<int32_t>(v.bits)}));
        return {};
      }
      const Reg r = ctx_.pop_to_modifiable_reg();
      masm_.extend(ExtendOp::S32To64, r, r);
      ctx_.push_reg(to, r);
      return {};
    }
    case Opcode::I64ExtendI32U: {
      if (v.is_const()) {
        ctx_.drop();
        ctx_.push_const(to, v.bits & 0xffffffffu);
        return {};
      }
      // An i32 in a register already has its upper half zero: the register is the i64.
      ctx_.push_reg(to, ctx_.pop_to_reg());
      return {};
    }
    case Opcode::F32DemoteF64:
    case Opcode::F64PromoteF32: {
      const Reg r = ctx_.pop_to_modifiable_reg();
      op.opcode == Opcode::F32DemoteF64 ? masm_.float_demote(r, r) : masm_.float_promote(r, r);
      maybe_canonicalize(float_width(to), r);
      ctx_.push_reg(to, r);
      return {};
    }
    default: break;
  }
  // Integer to float. An unsigned i64 source is clobbered, so it is popped as modifiable.
  const Reg src = ctx_.pop_to_modifiable_reg();
  const Reg dst = ctx_.alloc(RegClass::Fpr);
  masm_.convert_int_to_float(float_width(to), int_width(from), is_signed_conversion(op.opcode), dst, src);
  ctx_.push_reg(to, dst);
  return {};
}

Status FunctionCompiler::visit_truncate(const wasm::Op& op) {
  const ValType from = in_type(op.opcode);
  const ValType to = out_type(op.opcode);
  const bool is_signed = is_signed_conversion(op.opcode);
  const Reg src = ctx_.pop_to_reg();
  const Reg dst = ctx_.alloc(RegClass::Gpr);
  if (wasm::op_info(op.opcode).cls == wasm::OpClass::TruncSat) {
    masm_.truncate_float_to_int_saturating(int_width(to), float_width(from), is_signed, dst, src);
  } else {
    masm_.truncate_float_to_int(int_width(to), float_width(from), is_signed, dst, src,
                                masm_.trap_label(TrapCode::BadConversionToInteger, op.offset),
                                masm_.trap_label(TrapCode::IntegerOverflow, op.offset));
  }
  ctx_.push_reg(to, dst);
  return {};
}

Status FunctionCompiler::visit_reinterpret(const wasm::Op& op) {
  const ValType from = in_type(op.opcode);
  const ValType to = out_type(op.opcode);
  const uint32_t index = ctx_.stack().size() - 1;
  const StackValue v = ctx_.stack().peek();
  switch (v.kind) {
    case StackValue::Kind::Const:
      ctx_.drop();
      ctx_.push_const(to, v.bits);
      return {};
    case StackValue::Kind::Stack:
      // The same bits in the same home, read as the other type.
      ctx_.stack().set(index, StackValue::in_slot(to));
      return {};
    case StackValue::Kind::Local: {
      const Reg dst = ctx_.alloc(reg_class_of(to));
      masm_.load(dst, ctx_.frame().local(v.local), load_kind_of(to));
      ctx_.drop();
      ctx_.push_reg(to, dst);
      return {};
    }
    case StackValue::Kind::Reg: break;
  }
  const Reg src = ctx_.pop_to_reg();
  const Reg dst = ctx_.alloc(reg_class_of(to));
  if (wasm::is_float(to)) {
    masm_.reinterpret_to_float(float_width(to), dst, src);
  } else {
    masm_.reinterpret_to_int(float_width(from), dst, src);
  }
  ctx_.push_reg(to, dst);
  return {};
}

Status FunctionCompiler::visit_sign_extend(const wasm::Op& op) {
  const ValType type = in_type(op.opcode);
  ExtendOp ext = ExtendOp::S8To32;
  int from_bits = 8;
  switch (op.opcode) {
    case Opcode::I32Extend8S:
      ext = ExtendOp::S8To32;
      from_bits = 8;
      break;
    case Opcode::I32Extend16S:
      ext = ExtendOp::S16To32;
      from_bits = 16;
      break;
    case Opcode::I64Extend8S:
      ext = ExtendOp::S8To64;
      from_bits = 8;
      break;
    case Opcode::I64Extend16S:
      ext = ExtendOp::S16To64;
      from_bits = 16;
      break;
    case Opcode::I64Extend32S:
      ext = ExtendOp::S32To64;
      from_bits = 32;
      break;
    default: TANDEM_UNREACHABLE("not a sign-extension operator");
  }
  const StackValue v = ctx_.stack().peek();
  if (v.is_const()) {
    const int shift = 64 - from_bits;
    const int64_t extended = static_cast<int64_t>(v.bits << shift) >> shift;
    ctx_.drop();
    ctx_.push_const(type, static_cast<uint64_t>(extended));
    return {};
  }
  const Reg r = ctx_.pop_to_modifiable_reg();
  masm_.extend(ext, r, r);
  ctx_.push_reg(type, r);
  return {};
}

}  // namespace tandem::baseline
