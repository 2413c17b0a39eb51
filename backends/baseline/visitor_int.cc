// Integer operators. Each family has one lowering for both widths: the
// width comes from the operator's signature in opcodes.def, the operation
// from the small tables below. Operators on two constants fold.
#include <bit>

#include "backends/baseline/visitor.h"

namespace tandem::baseline {

namespace {

using wasm::Opcode;

wasm::ValType operand_type(Opcode op) { return wasm::sig_val_type(wasm::op_info(op).in[0]); }

uint64_t truncate_to(OperandSize size, uint64_t v) { return size == OperandSize::S32 ? (v & 0xffffffffu) : v; }

AluOp alu_op_of(Opcode op) {
  switch (op) {
    case Opcode::I32Add:
    case Opcode::I64Add: return AluOp::Add;
    case Opcode::I32Sub:
    case Opcode::I64Sub: return AluOp::Sub;
    case Opcode::I32Mul:
    case Opcode::I64Mul: return AluOp::Mul;
    case Opcode::I32And:
    case Opcode::I64And: return AluOp::And;
    case Opcode::I32Or:
    case Opcode::I64Or: return AluOp::Or;
    case Opcode::I32Xor:
    case Opcode::I64Xor: return AluOp::Xor;
    default: TANDEM_UNREACHABLE("not an ALU operator");
  }
}

ShiftOp shift_op_of(Opcode op) {
  switch (op) {
    case Opcode::I32Shl:
    case Opcode::I64Shl: return ShiftOp::Shl;
    case Opcode::I32ShrS:
    case Opcode::I64ShrS: return ShiftOp::ShrS;
    case Opcode::I32ShrU:
    case Opcode::I64ShrU: return ShiftOp::ShrU;
    case Opcode::I32Rotl:
    case Opcode::I64Rotl: return ShiftOp::Rotl;
    case Opcode::I32Rotr:
    case Opcode::I64Rotr: return ShiftOp::Rotr;
    default: TANDEM_UNREACHABLE("not a shift operator");
  }
}

DivOp div_op_of(Opcode op) {
  switch (op) {
    case Opcode::I32DivS:
    case Opcode::I64DivS: return DivOp::DivS;
    case Opcode::I32DivU:
    case Opcode::I64DivU: return DivOp::DivU;
    case Opcode::I32RemS:
    case Opcode::I64RemS: return DivOp::RemS;
    case Opcode::I32RemU:
    case Opcode::I64RemU: return DivOp::RemU;
    default: TANDEM_UNREACHABLE("not a division operator");
  }
}

BitCountOp bit_count_op_of(Opcode op) {
  switch (op) {
    case Opcode::I32Clz:
    case Opcode::I64Clz: return BitCountOp::Clz;
    case Opcode::I32Ctz:
    case Opcode::I64Ctz: return BitCountOp::Ctz;
    case Opcode::I32Popcnt:
    case Opcode::I64Popcnt: return BitCountOp::Popcnt;
    default: TANDEM_UNREACHABLE("not a bit-count operator");
  }
}

IntCond int_cond_of(Opcode op) {
  switch (op) {
    case Opcode::I32Eqz:
    case Opcode::I64Eqz:
    case Opcode::I32Eq:
    case Opcode::I64Eq: return IntCond::Eq;
    case Opcode::I32Ne:
    case Opcode::I64Ne: return IntCond::Ne;
    case Opcode::I32LtS:
    case Opcode::I64LtS: return IntCond::LtS;
    case Opcode::I32LtU:
    case Opcode::I64LtU: return IntCond::LtU;
    case Opcode::I32GtS:
    case Opcode::I64GtS: return IntCond::GtS;
    case Opcode::I32GtU:
    case Opcode::I64GtU: return IntCond::GtU;
    case Opcode::I32LeS:
    case Opcode::I64LeS: return IntCond::LeS;
    case Opcode::I32LeU:
    case Opcode::I64LeU: return IntCond::LeU;
    case Opcode::I32GeS:
    case Opcode::I64GeS: return IntCond::GeS;
    case Opcode::I32GeU:
    case Opcode::I64GeU: return IntCond::GeU;
    default: TANDEM_UNREACHABLE("not an integer comparison");
  }
}

uint64_t fold_alu(AluOp op, OperandSize size, uint64_t a, uint64_t b) {
  uint64_t r = 0;
  switch (op) {
    case AluOp::Add: r = a + b; break;
    case AluOp::Sub: r = a - b; break;
    case AluOp::Mul: r = a * b; break;
    case AluOp::And: r = a & b; break;
    case AluOp::Or: r = a | b; break;
    case AluOp::Xor: r = a ^ b; break;
  }
  return truncate_to(size, r);
}

uint64_t fold_shift(ShiftOp op, OperandSize size, uint64_t a, uint64_t b) {
  if (size == OperandSize::S32) {
    const uint32_t x = static_cast<uint32_t>(a);
    const int c = static_cast<int>(b & 31);
    switch (op) {
      case ShiftOp::Shl: return static_cast<uint32_t>(x << c);
      case ShiftOp::ShrS: return static_cast<uint32_t>(static_cast<int32_t>(x) >> c);
      case ShiftOp::ShrU: return x >> c;
      case ShiftOp::Rotl: return std::rotl(x, c);
      case ShiftOp::Rotr: return std::rotr(x, c);
    }
  }
  const int c = static_cast<int>(b & 63);
  switch (op) {
    case ShiftOp::Shl: return a << c;
    case ShiftOp::ShrS: return static_cast<uint64_t>(static_cast<int64_t>(a) >> c);
    case ShiftOp::ShrU: return a >> c;
    case ShiftOp::Rotl: return std::rotl(a, c);
    case ShiftOp::Rotr: return std::rotr(a, c);
  }
  TANDEM_UNREACHABLE("bad ShiftOp");
}

// The folded quotient or remainder, or false when the operation traps (it
// is then compiled, to trap at run time).
bool fold_div(DivOp op, OperandSize size, uint64_t a, uint64_t b, uint64_t* out) {
  if (truncate_to(size, b) == 0) return false;
  if (size == OperandSize::S32) {
    const int32_t x = static_cast<int32_t>(a), y = static_cast<int32_t>(b);
    const uint32_t ux = static_cast<uint32_t>(a), uy = static_cast<uint32_t>(b);
    const bool overflow = x == INT32_MIN && y == -1;
    switch (op) {
      case DivOp::DivS:
        if (overflow) return false;
        *out = static_cast<uint32_t>(x / y);
        return true;
      case DivOp::DivU: *out = ux / uy; return true;
      case DivOp::RemS: *out = overflow ? 0 : static_cast<uint32_t>(x % y); return true;
      case DivOp::RemU: *out = ux % uy; return true;
    }
  }
  const int64_t x = static_cast<int64_t>(a), y = static_cast<int64_t>(b);
  const bool overflow = x == INT64_MIN && y == -1;
  switch (op) {
    case DivOp::DivS:
      if (overflow) return false;
      *out = static_cast<uint64_t>(x / y);
      return true;
    case DivOp::DivU: *out = a / b; return true;
    case DivOp::RemS: *out = overflow ? 0 : static_cast<uint64_t>(x % y); return true;
    case DivOp::RemU: *out = a % b; return true;
  }
  TANDEM_UNREACHABLE("bad DivOp");
}

bool fold_compare(IntCond c, OperandSize size, uint64_t a, uint64_t b) {
  const int64_t sa = size == OperandSize::S32 ? int64_t{static_cast<int32_t>(a)} : static_cast<int64_t>(a);
  const int64_t sb = size == OperandSize::S32 ? int64_t{static_cast<int32_t>(b)} : static_cast<int64_t>(b);
  a = truncate_to(size, a);
  b = truncate_to(size, b);
  switch (c) {
    case IntCond::Eq: return a == b;
    case IntCond::Ne: return a != b;
    case IntCond::LtS: return sa < sb;
    case IntCond::LtU: return a < b;
    case IntCond::GtS: return sa > sb;
    case IntCond::GtU: return a > b;
    case IntCond::LeS: return sa <= sb;
    case IntCond::LeU: return a <= b;
    case IntCond::GeS: return sa >= sb;
    case IntCond::GeU: return a >= b;
  }
  TANDEM_UNREACHABLE("bad IntCond");
}

uint64_t fold_bit_count(BitCountOp op, OperandSize size, uint64_t a) {
  if (size == OperandSize::S32) {
    const uint32_t x = static_cast<uint32_t>(a);
    switch (op) {
      case BitCountOp::Clz: return static_cast<uint64_t>(std::countl_zero(x));
      case BitCountOp::Ctz: return static_cast<uint64_t>(std::countr_zero(x));
      case BitCountOp::Popcnt: return static_cast<uint64_t>(std::popcount(x));
    }
  }
  switch (op) {
    case BitCountOp::Clz: return static_cast<uint64_t>(std::countl_zero(a));
    case BitCountOp::Ctz: return static_cast<uint64_t>(std::countr_zero(a));
    case BitCountOp::Popcnt: return static_cast<uint64_t>(std::popcount(a));
  }
  TANDEM_UNREACHABLE("bad BitCountOp");
}

}  // namespace

Status FunctionCompiler::visit_int_arith(const wasm::Op& op) {
  const wasm::ValType type = operand_type(op.opcode);
  const OperandSize size = int_size(type);
  const AluOp alu = alu_op_of(op.opcode);
  const StackValue rhs = ctx_.stack().peek(0);
  const StackValue lhs = ctx_.stack().peek(1);
  if (lhs.is_const() && rhs.is_const()) {
    ctx_.drop();
    ctx_.drop();
    ctx_.push_const(type, fold_alu(alu, size, lhs.bits, rhs.bits));
    return {};
  }
  if (wasm::op_info(op.opcode).commutative && lhs.is_const()) {
    // Commutative with a constant on the left: the constant becomes the immediate.
    const Reg dst = ctx_.pop_to_modifiable_reg();
    ctx_.drop();
    masm_.alu(alu, size, dst, Operand::immediate(lhs.bits));
    ctx_.push_reg(type, dst);
    return {};
  }
  RegSet pinned;
  const Operand src = pop_rhs(&pinned);
  const Reg dst = ctx_.pop_to_modifiable_reg(pinned);
  masm_.alu(alu, size, dst, src);
  ctx_.push_reg(type, dst);
  return {};
}

Status FunctionCompiler::visit_int_shift(const wasm::Op& op) {
  const wasm::ValType type = operand_type(op.opcode);
  const OperandSize size = int_size(type);
  const ShiftOp shift = shift_op_of(op.opcode);
  const StackValue count = ctx_.stack().peek(0);
  const StackValue value = ctx_.stack().peek(1);
  if (value.is_const() && count.is_const()) {
    ctx_.drop();
    ctx_.drop();
    ctx_.push_const(type, fold_shift(shift, size, value.bits, count.bits));
    return {};
  }
  if (count.is_const()) {
    ctx_.drop();
    const Reg dst = ctx_.pop_to_modifiable_reg();
    masm_.shift(shift, size, dst, Operand::immediate(count.bits));
    ctx_.push_reg(type, dst);
    return {};
  }
  RegSet pinned;
  Reg count_reg = masm_.fixed_regs().shift_count;
  if (count_reg.valid()) {
    ctx_.pop_to_fixed(count_reg);
  } else {
    count_reg = ctx_.pop_to_reg();
  }
  pinned = pinned.with(count_reg);
  const Reg dst = ctx_.pop_to_modifiable_reg(pinned);
  masm_.shift(shift, size, dst, Operand::of(count_reg));
  ctx_.push_reg(type, dst);
  return {};
}

Status FunctionCompiler::visit_int_div_rem(const wasm::Op& op) {
  const wasm::ValType type = operand_type(op.opcode);
  const OperandSize size = int_size(type);
  const DivOp div = div_op_of(op.opcode);
  const StackValue rhs_value = ctx_.stack().peek(0);
  const StackValue lhs_value = ctx_.stack().peek(1);
  uint64_t folded = 0;
  if (lhs_value.is_const() && rhs_value.is_const() && fold_div(div, size, lhs_value.bits, rhs_value.bits, &folded)) {
    ctx_.drop();
    ctx_.drop();
    ctx_.push_const(type, folded);
    return {};
  }
  const FixedRegs fixed = masm_.fixed_regs();
  const RegSet div_regs = RegSet(fixed.div_lhs).with(fixed.div_quotient).with(fixed.div_remainder);
  // The divisor in any register the division leaves alone. Every check
  // stays, constant divisor or not: the baseline never removes one.
  Reg rhs;
  if (rhs_value.is_reg() && !div_regs.has(rhs_value.reg)) {
    rhs = ctx_.pop_to_reg();
  } else {
    rhs = ctx_.alloc(RegClass::Gpr, div_regs);
    ctx_.pop_to_fixed(rhs, div_regs);
  }
  // Values evicted from the division's registers go to registers it leaves alone.
  const RegSet pinned = div_regs.with(rhs);
  ctx_.pop_to_fixed(fixed.div_lhs, pinned);
  ctx_.free_reg(fixed.div_quotient, pinned);
  ctx_.free_reg(fixed.div_remainder, pinned);

  masm_.branch_on_zero(true, size, Operand::of(rhs), masm_.trap_label(TrapCode::IntegerDivideByZero, op.offset));
  if (div == DivOp::DivS) {
    const Label no_overflow = masm_.new_label();
    masm_.compare_and_branch(IntCond::Ne, size, rhs, Operand::immediate(~uint64_t{0}), no_overflow);
    const uint64_t int_min = size == OperandSize::S32 ? 0x80000000ull : 0x8000000000000000ull;
    masm_.compare_and_branch(IntCond::Eq, size, fixed.div_lhs, Operand::immediate(int_min),
                             masm_.trap_label(TrapCode::IntegerOverflow, op.offset));
    masm_.bind(no_overflow);
  }
  masm_.int_div(div, size, rhs);
  const bool wants_quotient = div == DivOp::DivS || div == DivOp::DivU;
  ctx_.push_reg(type, wants_quotient ? fixed.div_quotient : fixed.div_remainder);
  return {};
}

Status FunctionCompiler::visit_int_unary(const wasm::Op& op) {
  const wasm::ValType type = operand_type(op.opcode);
  const OperandSize size = int_size(type);
  const BitCountOp count = bit_count_op_of(op.opcode);
  const StackValue v = ctx_.stack().peek();
  if (v.is_const()) {
    ctx_.drop();
    ctx_.push_const(type, fold_bit_count(count, size, v.bits));
    return {};
  }
  const Reg src = ctx_.pop_to_reg();
  const Reg dst = ctx_.alloc(RegClass::Gpr, src);
  masm_.bit_count(count, size, dst, src);
  ctx_.push_reg(type, dst);
  return {};
}

Status FunctionCompiler::visit_int_compare(const wasm::Op& op) {
  const wasm::ValType type = operand_type(op.opcode);
  const OperandSize size = int_size(type);
  IntCond cond = int_cond_of(op.opcode);
  const bool is_eqz = op.opcode == Opcode::I32Eqz || op.opcode == Opcode::I64Eqz;
  if (is_eqz) {
    const StackValue v = ctx_.stack().peek();
    if (v.is_const()) {
      ctx_.drop();
      ctx_.push_const(wasm::ValType::I32, truncate_to(size, v.bits) == 0 ? 1 : 0);
      return {};
    }
    const Reg src = ctx_.pop_to_reg();
    BranchCondition fused{BranchCondition::Kind::IntCompare};
    fused.int_cond = IntCond::Eq;
    fused.size = size;
    fused.lhs = src;
    fused.rhs = Operand::immediate(0);
    Status status;
    if (fuse_with_next(fused, &status)) return status;
    const Reg dst = ctx_.alloc(RegClass::Gpr, src);
    masm_.compare_and_set(IntCond::Eq, size, dst, src, Operand::immediate(0));
    ctx_.push_reg(wasm::ValType::I32, dst);
    return {};
  }
  const StackValue rhs = ctx_.stack().peek(0);
  const StackValue lhs = ctx_.stack().peek(1);
  if (lhs.is_const() && rhs.is_const()) {
    ctx_.drop();
    ctx_.drop();
    ctx_.push_const(wasm::ValType::I32, fold_compare(cond, size, lhs.bits, rhs.bits) ? 1 : 0);
    return {};
  }
  RegSet pinned;
  Operand right;
  Reg left;
  if (lhs.is_const()) {
    // Compare the other way round, so that the constant is the immediate.
    cond = commute(cond);
    left = ctx_.pop_to_reg();
    pinned = pinned.with(left);
    right = ctx_.pop_to_operand();
  } else {
    right = pop_rhs(&pinned);
    left = ctx_.pop_to_reg(pinned);
    pinned = pinned.with(left);
  }
  BranchCondition fused{BranchCondition::Kind::IntCompare};
  fused.int_cond = cond;
  fused.size = size;
  fused.lhs = left;
  fused.rhs = right;
  Status status;
  if (fuse_with_next(fused, &status)) return status;
  const Reg dst = ctx_.alloc(RegClass::Gpr, pinned);
  masm_.compare_and_set(cond, size, dst, left, right);
  ctx_.push_reg(wasm::ValType::I32, dst);
  return {};
}

}  // namespace tandem::baseline
