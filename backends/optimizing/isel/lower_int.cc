// Integer operations: ALU with immediates folded, shifts (by an immediate,
// by cl, or shlx/shrx/sarx with BMI2), division with its checks, bit
// counts with their fallbacks, extensions, compares and selects.
#include "backends/optimizing/isel/lower.h"

namespace tandem::optimizing::isel {

using namespace ir;
namespace x64 = compile::x64;
using mach::AluOp;
using mach::ExtendKind;
using mach::ShiftOp;

namespace {

uint64_t type_mask_of(Type t) { return t == Type::I32 ? 0xffffffffull : ~0ull; }

}  // namespace

void Lowering::alu_imm(AluOp op, x64::Size size, VReg dst, VReg a, int32_t imm) {
  MInst m = make(MOp::AluRI, size, static_cast<uint8_t>(op));
  m.imm = imm;
  push(m, {Operand::def_reuse(dst, 1), Operand::use(a)});
}

bool Lowering::alu_op_of(Opcode op, AluOp* out) {
  switch (op) {
    case Opcode::Iadd: *out = AluOp::Add; return true;
    case Opcode::Isub: *out = AluOp::Sub; return true;
    case Opcode::Imul: *out = AluOp::Mul; return true;
    case Opcode::Band: *out = AluOp::And; return true;
    case Opcode::Bor: *out = AluOp::Or; return true;
    case Opcode::Bxor: *out = AluOp::Xor; return true;
    default: return false;
  }
}

void Lowering::lower_alu(Inst inst, AluOp op) {
  const InstData& d = f_->inst(inst);
  Type t = d.type;
  VReg dst = def(f_->first_result(inst));
  Value a = f_->inst_args(inst)[0], b = f_->inst_args(inst)[1];
  x64::Size size = size_of(t);
  int32_t imm = 0;
  // 0 - x is neg; x ^ -1 is not.
  int64_t c = 0;
  bool all_ones = false;
  if (op == AluOp::Xor && constant(b, &c)) all_ones = (static_cast<uint64_t>(c) & type_mask_of(t)) == type_mask_of(t);
  if ((op == AluOp::Sub && constant(a, &c) && c == 0 && !constant(b, &c)) || all_ones) {
    VReg x = use(op == AluOp::Sub ? b : a);
    push(make(MOp::Unary, size, static_cast<uint8_t>(op == AluOp::Sub ? mach::UnaryOp::Neg : mach::UnaryOp::Not)),
         {Operand::def_reuse(dst, 1), Operand::use(x)});
    return;
  }
  if (is_commutative(d.opcode) && imm32(a, t, &imm) && !imm32(b, t, &imm)) std::swap(a, b);
  if (Inst load = sunk_load(b); load.valid()) {
    // op dst, [mem]: the address registers are read with the instruction,
    // after dst may have received a copy of a, so they are late uses.
    VReg ra = use(a);
    ops_.clear();
    ops_.push_back(Operand::def_reuse(dst, 1));
    ops_.push_back(Operand::use(ra));
    mach::MemArg mem = lower_address(load, ops_, 2, Operand::Pos::Late);
    MInst m = make(MOp::AluRM, size, static_cast<uint8_t>(op));
    m.mem = mem;
    m.wasm_offset = f_->inst(load).wasm_offset;
    mark_if_guarded(m, f_->inst(load).bounds_check());
    push(m, ops_);
    return;
  }
  if (imm32(b, t, &imm)) {
    VReg ra = use(a);
    if (op == AluOp::Mul) {
      MInst m = make(MOp::ImulRRI, size);
      m.imm = imm;
      push(m, {Operand::def(dst), Operand::use(ra)});
    } else {
      alu_imm(op, size, dst, ra, imm);
    }
    return;
  }
  VReg ra = use(a);
  VReg rb = use(b);
  push(make(MOp::AluRR, size, static_cast<uint8_t>(op)),
       {Operand::def_reuse(dst, 1), Operand::use(ra), Operand::use(rb, Operand::Pos::Late)});
}

void Lowering::shift_imm(ShiftOp op, x64::Size size, VReg dst, VReg a, uint8_t count) {
  if (count == 0) {
    push(make(MOp::Copy), {Operand::def(dst), Operand::use(a)});
    return;
  }
  MInst m = make(MOp::ShiftRI, size, static_cast<uint8_t>(op));
  m.imm = count;
  push(m, {Operand::def_reuse(dst, 1), Operand::use(a)});
}

void Lowering::lower_div(Inst inst) {
  const InstData& d = f_->inst(inst);
  Type t = d.type;
  Value a = f_->inst_args(inst)[0], b = f_->inst_args(inst)[1];
  bool is_signed = d.opcode == Opcode::Sdiv || d.opcode == Opcode::Srem;
  bool is_rem = d.opcode == Opcode::Urem || d.opcode == Opcode::Srem;
  // What the operands are known to be, through constant expressions too
  // (the baseline's value stack folds them, and a trap site it proves away
  // must not appear here).
  uint64_t divisor_bits = 0, dividend_bits = 0;
  bool divisor_known = consts_.value(b, &divisor_bits);
  bool dividend_known = consts_.value(a, &dividend_bits);
  int64_t divisor_s = t == Type::I32 ? static_cast<int32_t>(divisor_bits) : static_cast<int64_t>(divisor_bits);
  int64_t dividend_s = t == Type::I32 ? static_cast<int32_t>(dividend_bits) : static_cast<int64_t>(dividend_bits);
  int64_t min = t == Type::I32 ? INT32_MIN : INT64_MIN;
  int64_t checks = 0;
  if (!(divisor_known && divisor_bits != 0)) checks |= mach::div_checks::kZero;
  if (is_signed && !(divisor_known && divisor_s != -1) && !(dividend_known && dividend_s != min)) {
    checks |= mach::div_checks::kMinusOne;
  }
  VReg dividend = use(a);
  VReg divisor = use(b);
  if (divisor == dividend) {
    // x / x: keep the divisor apart from the dividend's fixed register.
    VReg copy = temp(RegClass::Int);
    push(make(MOp::Copy), {Operand::def(copy), Operand::use(divisor)});
    divisor = copy;
  }
  VReg result = def(f_->first_result(inst));
  VReg q = is_rem ? temp(RegClass::Int) : result;
  VReg r = is_rem ? result : temp(RegClass::Int);
  mach::DivKind kind = d.opcode == Opcode::Udiv   ? mach::DivKind::Udiv
                       : d.opcode == Opcode::Sdiv ? mach::DivKind::Sdiv
                       : d.opcode == Opcode::Urem ? mach::DivKind::Urem
                                                  : mach::DivKind::Srem;
  MInst m = make(MOp::Div, size_of(t), static_cast<uint8_t>(kind));
  m.imm = checks;
  m.early_clobber_gprs = static_cast<uint16_t>(1u << x64::rdx.enc);
  push(m, {Operand::use_fixed(dividend, mach::preg_of(x64::rax)), Operand::use(divisor, Operand::Pos::Late),
           Operand::def_fixed(q, mach::preg_of(x64::rax)), Operand::def_fixed(r, mach::preg_of(x64::rdx))});
}

void Lowering::lower_mulhi(Inst inst) {
  const InstData& d = f_->inst(inst);
  bool is_signed = d.opcode == Opcode::Smulhi;
  VReg dst = def(f_->first_result(inst));
  VReg a = use(f_->inst_args(inst)[0]);
  VReg b = use(f_->inst_args(inst)[1]);
  if (d.type == Type::I32) {
    // Widen to 64 bits, multiply, take bits 32..63.
    ExtendKind ext = is_signed ? ExtendKind::Sx32 : ExtendKind::Zx32;
    VReg wa = temp(RegClass::Int), wb = temp(RegClass::Int), prod = temp(RegClass::Int);
    push(make(MOp::Extend, is_signed ? x64::S64 : x64::S32, static_cast<uint8_t>(ext)),
         {Operand::def(wa), Operand::use(a)});
    push(make(MOp::Extend, is_signed ? x64::S64 : x64::S32, static_cast<uint8_t>(ext)),
         {Operand::def(wb), Operand::use(b)});
    push(make(MOp::AluRR, x64::S64, static_cast<uint8_t>(AluOp::Mul)),
         {Operand::def_reuse(prod, 1), Operand::use(wa), Operand::use(wb, Operand::Pos::Late)});
    shift_imm(ShiftOp::Shr, x64::S64, dst, prod, 32);
    return;
  }
  MInst m = make(MOp::MulHi, x64::S64, is_signed ? 1 : 0);
  m.clobber_gprs = static_cast<uint16_t>(1u << x64::rax.enc);
  push(m, {Operand::use_fixed(a, mach::preg_of(x64::rax)), Operand::use(b, Operand::Pos::Late),
           Operand::def_fixed(dst, mach::preg_of(x64::rdx))});
}

void Lowering::lower_popcnt_fallback(Type t, VReg dst, VReg x) {
  // The classic SWAR count (Hacker's Delight 5-1).
  x64::Size size = size_of(t);
  bool wide = t == Type::I64;
  auto constant_reg = [&](uint64_t v32, uint64_t v64) {
    return materialize(t, static_cast<int64_t>(wide ? v64 : v32));
  };
  auto and_mask = [&](VReg in, uint64_t v32, uint64_t v64) {
    VReg out = temp(RegClass::Int);
    if (!wide) {
      alu_imm(AluOp::And, size, out, in, static_cast<int32_t>(static_cast<uint32_t>(v32)));
    } else {
      VReg m = constant_reg(v32, v64);
      push(make(MOp::AluRR, size, static_cast<uint8_t>(AluOp::And)),
           {Operand::def_reuse(out, 1), Operand::use(in), Operand::use(m, Operand::Pos::Late)});
    }
    return out;
  };
  auto shr = [&](VReg in, uint8_t k) {
    VReg out = temp(RegClass::Int);
    shift_imm(ShiftOp::Shr, size, out, in, k);
    return out;
  };
  auto binop = [&](AluOp op, VReg l, VReg r) {
    VReg out = temp(RegClass::Int);
    push(make(MOp::AluRR, size, static_cast<uint8_t>(op)),
         {Operand::def_reuse(out, 1), Operand::use(l), Operand::use(r, Operand::Pos::Late)});
    return out;
  };
  VReg t1 = and_mask(shr(x, 1), 0x55555555u, 0x5555555555555555ull);
  VReg x1 = binop(AluOp::Sub, x, t1);
  VReg t2 = and_mask(x1, 0x33333333u, 0x3333333333333333ull);
  VReg t3 = and_mask(shr(x1, 2), 0x33333333u, 0x3333333333333333ull);
  VReg x2 = binop(AluOp::Add, t2, t3);
  VReg x3 = and_mask(binop(AluOp::Add, x2, shr(x2, 4)), 0x0f0f0f0fu, 0x0f0f0f0f0f0f0f0full);
  VReg x4;
  if (!wide) {
    x4 = temp(RegClass::Int);
    MInst m = make(MOp::ImulRRI, size);
    m.imm = 0x01010101;
    push(m, {Operand::def(x4), Operand::use(x3)});
  } else {
    x4 = binop(AluOp::Mul, x3, constant_reg(0, 0x0101010101010101ull));
  }
  shift_imm(ShiftOp::Shr, size, dst, x4, wide ? 56 : 24);
}

Status Lowering::lower_int(Inst inst) {
  const InstData& d = f_->inst(inst);
  Type t = d.type;
  std::span<const Value> args = f_->inst_args(inst);
  x64::Size size = size_of(t);
  const compile::IsaFlags& isa = settings_->isa;
  if (AluOp op; alu_op_of(d.opcode, &op)) {
    lower_alu(inst, op);
    return {};
  }
  switch (d.opcode) {
    case Opcode::Ishl:
    case Opcode::Ushr:
    case Opcode::Sshr:
    case Opcode::Rotl:
    case Opcode::Rotr: {
      ShiftOp op = d.opcode == Opcode::Ishl   ? ShiftOp::Shl
                   : d.opcode == Opcode::Ushr ? ShiftOp::Shr
                   : d.opcode == Opcode::Sshr ? ShiftOp::Sar
                   : d.opcode == Opcode::Rotl ? ShiftOp::Rol
                                              : ShiftOp::Ror;
      VReg dst = def(f_->first_result(inst));
      int64_t c = 0;
      if (constant(args[1], &c)) {
        shift_imm(op, size, dst, use(args[0]), static_cast<uint8_t>(c & (type_bits(t) - 1)));
        return {};
      }
      VReg a = use(args[0]);
      VReg n = use(args[1]);
      if (isa.has_bmi2 && (op == ShiftOp::Shl || op == ShiftOp::Shr || op == ShiftOp::Sar)) {
        push(make(MOp::ShiftX, size, static_cast<uint8_t>(op)), {Operand::def(dst), Operand::use(a), Operand::use(n)});
      } else {
        push(make(MOp::ShiftRCl, size, static_cast<uint8_t>(op)),
             {Operand::def_reuse(dst, 1), Operand::use(a),
              Operand::use_fixed(n, mach::preg_of(x64::rcx), Operand::Pos::Late)});
      }
      return {};
    }
    case Opcode::Udiv:
    case Opcode::Sdiv:
    case Opcode::Urem:
    case Opcode::Srem: lower_div(inst); return {};
    case Opcode::Umulhi:
    case Opcode::Smulhi: lower_mulhi(inst); return {};
    case Opcode::Clz:
    case Opcode::Ctz:
    case Opcode::Popcnt: {
      VReg dst = def(f_->first_result(inst));
      VReg a = use(args[0]);
      if (d.opcode == Opcode::Clz && isa.has_lzcnt) {
        push(make(MOp::BitCount, size, static_cast<uint8_t>(mach::BitCountOp::Lzcnt)),
             {Operand::def(dst), Operand::use(a)});
      } else if (d.opcode == Opcode::Clz) {
        push(make(MOp::ClzFallback, size), {Operand::def(dst), Operand::use(a), Operand::temp(temp(RegClass::Int))});
      } else if (d.opcode == Opcode::Ctz && isa.has_bmi1) {
        push(make(MOp::BitCount, size, static_cast<uint8_t>(mach::BitCountOp::Tzcnt)),
             {Operand::def(dst), Operand::use(a)});
      } else if (d.opcode == Opcode::Ctz) {
        push(make(MOp::CtzFallback, size), {Operand::def(dst), Operand::use(a), Operand::temp(temp(RegClass::Int))});
      } else if (isa.has_popcnt) {
        push(make(MOp::BitCount, size, static_cast<uint8_t>(mach::BitCountOp::Popcnt)),
             {Operand::def(dst), Operand::use(a)});
      } else {
        lower_popcnt_fallback(t, dst, a);
      }
      return {};
    }
    case Opcode::Sext8:
    case Opcode::Sext16:
    case Opcode::Sext32:
    case Opcode::Uextend:
    case Opcode::Sextend:
    case Opcode::Ireduce: {
      ExtendKind kind = d.opcode == Opcode::Sext8                                     ? ExtendKind::Sx8
                        : d.opcode == Opcode::Sext16                                  ? ExtendKind::Sx16
                        : (d.opcode == Opcode::Sext32 || d.opcode == Opcode::Sextend) ? ExtendKind::Sx32
                                                                                      : ExtendKind::Zx32;
      x64::Size ext_size = kind == ExtendKind::Zx32 ? x64::S32 : size;
      VReg dst = def(f_->first_result(inst));
      push(make(MOp::Extend, ext_size, static_cast<uint8_t>(kind)), {Operand::def(dst), Operand::use(use(args[0]))});
      return {};
    }
    case Opcode::Icmp: {
      VReg dst = def(f_->first_result(inst));
      x64::Cond c = lower_icmp_flags(inst);
      push(make(MOp::Setcc, x64::S32, static_cast<uint8_t>(c)), {Operand::def(dst)});
      return {};
    }
    case Opcode::Select: {
      VReg dst = def(f_->first_result(inst));
      VReg if_true = use(args[1]);
      VReg if_false = use(args[2]);
      x64::Cond c = lower_condition(inst, args[0]);
      push(make(MOp::Cmov, size, static_cast<uint8_t>(c)),
           {Operand::def_reuse(dst, 1), Operand::use(if_false), Operand::use(if_true, Operand::Pos::Late)});
      return {};
    }
    case Opcode::IsNull: {
      VReg dst = def(f_->first_result(inst));
      VReg a = use(args[0]);
      push(make(MOp::Test, x64::S64), {Operand::use(a), Operand::use(a)});
      push(make(MOp::Setcc, x64::S32, static_cast<uint8_t>(x64::Cond::E)), {Operand::def(dst)});
      return {};
    }
    default: return compile::unsupported_operator(opcode_name(d.opcode), d.wasm_offset);
  }
}

}  // namespace tandem::optimizing::isel
