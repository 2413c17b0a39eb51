// Floats on SSE2 scalar instructions.
//
//   min/max        wasm's rules (a NaN operand gives a NaN; -0 < +0), not
//                  minss/maxss's, as one composite instruction
//   abs/neg        and/xor with a sign-bit mask from the constant pool
//   compares       ucomiss/ucomisd; eq and ne also look at the parity flag,
//                  which an unordered compare (a NaN) sets
//   rounding       roundss/roundsd with SSE4.1, else the rounding libcalls
//   conversions    cvt* with the checks wasm asks for: a trapping float-to-int
//                  traps bad_conversion_to_integer on NaN and
//                  integer_overflow out of range; the saturating ones clamp;
//                  u64 <-> float go through the 2^63 split
//   NaNs           with nan_canonicalization, every arithmetic result that
//                  is a NaN becomes the canonical quiet NaN
#include "backends/optimizing/isel/lower.h"

namespace tandem::optimizing::isel {

using namespace ir;
namespace x64 = compile::x64;
using mach::FAluOp;
using mach::FUnaryOp;

x64::Cond Lowering::lower_fcmp_flags(Inst cmp, bool* needs_parity_fix, bool* parity_or) {
  const InstData& d = f_->inst(cmp);
  Value a = f_->inst_args(cmp)[0], b = f_->inst_args(cmp)[1];
  x64::Size size = size_of(d.type);
  *needs_parity_fix = false;
  *parity_or = false;
  VReg ra = use(a), rb = use(b);
  auto ucomis = [&](VReg x, VReg y) {
    MInst m = make(MOp::FCmp, size);
    m.is_float = true;
    push(m, {Operand::use(x), Operand::use(y)});
  };
  switch (d.float_cc()) {
    case FloatCC::Eq:
      ucomis(ra, rb);
      *needs_parity_fix = true;
      return x64::Cond::E;
    case FloatCC::Ne:
      ucomis(ra, rb);
      *needs_parity_fix = true;
      *parity_or = true;
      return x64::Cond::NE;
    case FloatCC::Lt: ucomis(rb, ra); return x64::Cond::A;
    case FloatCC::Le: ucomis(rb, ra); return x64::Cond::AE;
    case FloatCC::Gt: ucomis(ra, rb); return x64::Cond::A;
    case FloatCC::Ge: ucomis(ra, rb); return x64::Cond::AE;
  }
  return x64::Cond::E;
}

Status Lowering::lower_float(Inst inst) {
  const InstData& d = f_->inst(inst);
  std::span<const Value> args = f_->inst_args(inst);
  Type t = d.type;
  x64::Size size = size_of(t);
  bool canon = settings_->nan_canonicalization;
  Value result = f_->first_result(inst);
  auto fmake = [&](MOp op, x64::Size s, uint8_t sub = 0) {
    MInst m = make(op, s, sub);
    m.is_float = true;
    return m;
  };
  // Arithmetic results go through FCanon when NaNs are canonicalized.
  auto arith_dst = [&]() { return canon ? temp(RegClass::Float) : def(result); };
  auto arith_done = [&](VReg v) {
    if (canon) push(fmake(MOp::FCanon, size), {Operand::def_reuse(def(result), 1), Operand::use(v)});
  };

  switch (d.opcode) {
    case Opcode::Fadd:
    case Opcode::Fsub:
    case Opcode::Fmul:
    case Opcode::Fdiv: {
      FAluOp op = d.opcode == Opcode::Fadd   ? FAluOp::Add
                  : d.opcode == Opcode::Fsub ? FAluOp::Sub
                  : d.opcode == Opcode::Fmul ? FAluOp::Mul
                                             : FAluOp::Div;
      VReg a = use(args[0]), b = use(args[1]);
      VReg dst = arith_dst();
      push(fmake(MOp::FAluRR, size, static_cast<uint8_t>(op)),
           {Operand::def_reuse(dst, 1), Operand::use(a), Operand::use(b, Operand::Pos::Late)});
      arith_done(dst);
      return {};
    }
    case Opcode::Fmin:
    case Opcode::Fmax: {
      VReg a = use(args[0]), b = use(args[1]);
      VReg dst = arith_dst();
      push(fmake(MOp::FMinMax, size, d.opcode == Opcode::Fmax ? 1 : 0),
           {Operand::def_reuse(dst, 1), Operand::use(a), Operand::use(b, Operand::Pos::Late)});
      arith_done(dst);
      return {};
    }
    case Opcode::Fsqrt:
    case Opcode::Fpromote:
    case Opcode::Fdemote: {
      FUnaryOp op = d.opcode == Opcode::Fsqrt      ? FUnaryOp::Sqrt
                    : d.opcode == Opcode::Fpromote ? FUnaryOp::Promote
                                                   : FUnaryOp::Demote;
      VReg a = use(args[0]);
      VReg dst = arith_dst();
      push(fmake(MOp::FUnary, size, static_cast<uint8_t>(op)), {Operand::def(dst), Operand::use(a)});
      arith_done(dst);
      return {};
    }
    case Opcode::Fceil:
    case Opcode::Ffloor:
    case Opcode::Ftrunc:
    case Opcode::Fnearest: {
      VReg a = use(args[0]);
      VReg dst = arith_dst();
      if (settings_->isa.has_sse41) {
        x64::RoundMode mode = d.opcode == Opcode::Fceil    ? x64::RoundMode::Up
                              : d.opcode == Opcode::Ffloor ? x64::RoundMode::Down
                              : d.opcode == Opcode::Ftrunc ? x64::RoundMode::Trunc
                                                           : x64::RoundMode::Nearest;
        MInst m = fmake(MOp::FUnary, size, static_cast<uint8_t>(FUnaryOp::Round));
        m.imm = static_cast<int64_t>(mode);
        push(m, {Operand::def(dst), Operand::use(a)});
      } else {
        bool f32 = t == Type::F32;
        compile::LibCall call =
            d.opcode == Opcode::Fceil    ? (f32 ? compile::LibCall::CeilF32 : compile::LibCall::CeilF64)
            : d.opcode == Opcode::Ffloor ? (f32 ? compile::LibCall::FloorF32 : compile::LibCall::FloorF64)
            : d.opcode == Opcode::Ftrunc ? (f32 ? compile::LibCall::TruncF32 : compile::LibCall::TruncF64)
                                         : (f32 ? compile::LibCall::NearestF32 : compile::LibCall::NearestF64);
        MInst m = make(MOp::CallLibcall);
        m.imm = static_cast<int64_t>(call);
        m.clobber_gprs = compile::abi::kCallClobberedGprs.bits;
        m.clobber_xmms = static_cast<uint16_t>(compile::abi::kCallClobberedXmms.bits & ~1u);
        m.early_clobber_gprs = static_cast<uint16_t>(1u << x64::rdi.enc);
        push(m, {Operand::use_fixed(a, mach::preg_of(x64::xmm0)), Operand::def_fixed(dst, mach::preg_of(x64::xmm0))});
      }
      arith_done(dst);
      return {};
    }
    case Opcode::Fabs:
    case Opcode::Fneg: {
      VReg a = use(args[0]);
      mach::FBitOp op = d.opcode == Opcode::Fabs ? mach::FBitOp::Abs : mach::FBitOp::Neg;
      push(fmake(MOp::FBitConst, size, static_cast<uint8_t>(op)),
           {Operand::def_reuse(def(result), 1), Operand::use(a)});
      return {};
    }
    case Opcode::Fcopysign: {
      VReg a = use(args[0]), b = use(args[1]);
      VReg magnitude = temp(RegClass::Float), sign = temp(RegClass::Float);
      push(fmake(MOp::FBitConst, size, static_cast<uint8_t>(mach::FBitOp::Abs)),
           {Operand::def_reuse(magnitude, 1), Operand::use(a)});
      push(fmake(MOp::FBitConst, size, static_cast<uint8_t>(mach::FBitOp::KeepSign)),
           {Operand::def_reuse(sign, 1), Operand::use(b)});
      push(fmake(MOp::FOr, size),
           {Operand::def_reuse(def(result), 1), Operand::use(magnitude), Operand::use(sign, Operand::Pos::Late)});
      return {};
    }
    case Opcode::Fcmp: {
      VReg dst = def(result);
      bool fix = false, parity_or = false;
      x64::Cond c = lower_fcmp_flags(inst, &fix, &parity_or);
      MInst m = make(MOp::Setcc, x64::S32, static_cast<uint8_t>(c));
      if (fix) {
        m.imm = parity_or ? 2 : 1;
        push(m, {Operand::def(dst), Operand::temp(temp(RegClass::Int))});
      } else {
        push(m, {Operand::def(dst)});
      }
      return {};
    }
    case Opcode::Select: {
      VReg dst = def(result);
      VReg if_true = use(args[1]);
      VReg if_false = use(args[2]);
      x64::Cond c = lower_condition(inst, args[0]);
      push(fmake(MOp::FSelect, size, static_cast<uint8_t>(c)),
           {Operand::def_reuse(dst, 1), Operand::use(if_false), Operand::use(if_true, Operand::Pos::Late)});
      return {};
    }
    case Opcode::FcvtFromSint:
    case Opcode::FcvtFromUint: {
      Type from = f_->value_type(args[0]);
      bool is_signed = d.opcode == Opcode::FcvtFromSint;
      mach::FromIntKind kind = from == Type::I32 ? (is_signed ? mach::FromIntKind::S32 : mach::FromIntKind::U32)
                                                 : (is_signed ? mach::FromIntKind::S64 : mach::FromIntKind::U64);
      VReg a = use(args[0]);
      push(fmake(MOp::FCvtFromInt, size, static_cast<uint8_t>(kind)),
           {Operand::def(def(result)), Operand::use(a), Operand::temp(temp(RegClass::Int)),
            Operand::temp(temp(RegClass::Int))});
      return {};
    }
    case Opcode::FcvtToSint:
    case Opcode::FcvtToUint:
    case Opcode::FcvtToSintSat:
    case Opcode::FcvtToUintSat: {
      mach::ToIntKind kind = d.opcode == Opcode::FcvtToSint      ? mach::ToIntKind::Signed
                             : d.opcode == Opcode::FcvtToUint    ? mach::ToIntKind::Unsigned
                             : d.opcode == Opcode::FcvtToSintSat ? mach::ToIntKind::SignedSat
                                                                 : mach::ToIntKind::UnsignedSat;
      VReg a = use(args[0]);
      MInst m = make(MOp::FCvtToInt, size, static_cast<uint8_t>(kind));
      m.imm = type_bits(f_->value_type(args[0])) / 8;
      push(m, {Operand::def(def(result)), Operand::use(a), Operand::temp(temp(RegClass::Float)),
               Operand::temp(temp(RegClass::Int))});
      return {};
    }
    case Opcode::Bitcast: {
      VReg a = use(args[0]);
      if (is_float(t)) {
        push(make(MOp::FMovFromGpr, size), {Operand::def(def(result)), Operand::use(a)});
      } else {
        push(make(MOp::FMovToGpr, size), {Operand::def(def(result)), Operand::use(a)});
      }
      return {};
    }
    default: return compile::unsupported_operator(opcode_name(d.opcode), d.wasm_offset);
  }
}

}  // namespace tandem::optimizing::isel
