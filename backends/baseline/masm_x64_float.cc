// x86-64 MacroAssembler: scalar float arithmetic, comparisons and the
// conversions between floats and integers, with wasm's NaN, signed-zero
// and trapping rules spelled out as SSE2 sequences.
#include <cstdint>

#include "backends/baseline/masm_x64.h"

namespace tandem::baseline {

using namespace compile::x64;  // NOLINT: the assembler's vocabulary, in this file only

namespace {

constexpr Gpr kScratch = r11;
constexpr Xmm kFloatScratch = xmm14;

constexpr uint64_t kF32Sign = 0x8000000080000000ull;
constexpr uint64_t kF64Sign = 0x8000000000000000ull;

}  // namespace

Mem MacroAssemblerX64::float_constant(FloatWidth w, double value) {
  return Mem::rip(w == FloatWidth::F32 ? buffer().constant_f32(static_cast<float>(value))
                                       : buffer().constant_f64(value));
}

Mem MacroAssemblerX64::sign_mask(FloatWidth w) {
  const uint64_t m = w == FloatWidth::F32 ? kF32Sign : kF64Sign;
  return Mem::rip(buffer().constant128(m, m));
}

Mem MacroAssemblerX64::abs_mask(FloatWidth w) {
  const uint64_t m = ~(w == FloatWidth::F32 ? kF32Sign : kF64Sign);
  return Mem::rip(buffer().constant128(m, m));
}

void MacroAssemblerX64::ucomis(FloatWidth w, Xmm a, Xmm b) {
  w == FloatWidth::F32 ? asm_.ucomiss(a, b) : asm_.ucomisd(a, b);
}

void MacroAssemblerX64::ucomis(FloatWidth w, Xmm a, const Mem& b) {
  w == FloatWidth::F32 ? asm_.ucomiss(a, b) : asm_.ucomisd(a, b);
}

// wasm's min/max: NaN if either operand is NaN, and -0 < +0. minss/maxss
// alone return the second operand for NaN and for equal operands.
void MacroAssemblerX64::float_min_max(bool is_min, FloatWidth w, Xmm dst, Xmm src) {
  const bool f32 = w == FloatWidth::F32;
  Label nan = new_label(), not_equal = new_label(), done = new_label();
  ucomis(w, dst, src);
  asm_.jcc(Cond::P, nan, JumpRange::Short);
  asm_.jcc(Cond::NE, not_equal, JumpRange::Short);
  // Equal: only the signs of zeros can differ. min keeps a set sign, max a clear one.
  is_min ? asm_.orps(dst, src) : asm_.andps(dst, src);
  asm_.jmp(done, JumpRange::Short);
  bind(nan);
  f32 ? asm_.addss(dst, src) : asm_.addsd(dst, src);  // a quiet NaN from the NaN operand
  asm_.jmp(done, JumpRange::Short);
  bind(not_equal);
  if (is_min) {
    f32 ? asm_.minss(dst, src) : asm_.minsd(dst, src);
  } else {
    f32 ? asm_.maxss(dst, src) : asm_.maxsd(dst, src);
  }
  bind(done);
}

void MacroAssemblerX64::float_binary(FloatBinOp op, FloatWidth w, Reg dst, const Operand& src) {
  const bool f32 = w == FloatWidth::F32;
  const Xmm d = xmm(dst);
  if (op == FloatBinOp::Copysign && src.is_imm()) {
    const bool negative = f32 ? ((src.imm >> 31) & 1) : ((src.imm >> 63) & 1);
    negative ? asm_.orps(d, sign_mask(w)) : asm_.andps(d, abs_mask(w));
    return;
  }
  // The second operand as an XMM register, for the forms that need one.
  auto src_in_reg = [&]() -> Xmm {
    if (src.is_reg()) return xmm(src.reg);
    if (src.is_mem()) {
      f32 ? asm_.movss(kFloatScratch, mem(src.mem)) : asm_.movsd(kFloatScratch, mem(src.mem));
    } else {
      load_constant(Reg::fpr(kFloatScratch.enc), src.imm, f32 ? wasm::ValType::F32 : wasm::ValType::F64);
    }
    return kFloatScratch;
  };
  switch (op) {
    case FloatBinOp::Min: float_min_max(true, w, d, src_in_reg()); return;
    case FloatBinOp::Max: float_min_max(false, w, d, src_in_reg()); return;
    case FloatBinOp::Copysign: {
      const Xmm s = src_in_reg();
      if (s != kFloatScratch) asm_.movaps(kFloatScratch, s);
      asm_.andps(kFloatScratch, sign_mask(w));
      asm_.andps(d, abs_mask(w));
      asm_.orps(d, kFloatScratch);
      return;
    }
    default: break;
  }
  if (src.is_reg()) {
    const Xmm s = xmm(src.reg);
    switch (op) {
      case FloatBinOp::Add: f32 ? asm_.addss(d, s) : asm_.addsd(d, s); break;
      case FloatBinOp::Sub: f32 ? asm_.subss(d, s) : asm_.subsd(d, s); break;
      case FloatBinOp::Mul: f32 ? asm_.mulss(d, s) : asm_.mulsd(d, s); break;
      case FloatBinOp::Div: f32 ? asm_.divss(d, s) : asm_.divsd(d, s); break;
      default: TANDEM_UNREACHABLE("handled above");
    }
    return;
  }
  const Mem m =
      src.is_mem() ? mem(src.mem)
                   : Mem::rip(f32 ? buffer().constant32(static_cast<uint32_t>(src.imm)) : buffer().constant64(src.imm));
  switch (op) {
    case FloatBinOp::Add: f32 ? asm_.addss(d, m) : asm_.addsd(d, m); break;
    case FloatBinOp::Sub: f32 ? asm_.subss(d, m) : asm_.subsd(d, m); break;
    case FloatBinOp::Mul: f32 ? asm_.mulss(d, m) : asm_.mulsd(d, m); break;
    case FloatBinOp::Div: f32 ? asm_.divss(d, m) : asm_.divsd(d, m); break;
    default: TANDEM_UNREACHABLE("handled above");
  }
}

void MacroAssemblerX64::float_unary(FloatUnOp op, FloatWidth w, Reg dst, Reg src) {
  const bool f32 = w == FloatWidth::F32;
  const Xmm d = xmm(dst), s = xmm(src);
  switch (op) {
    case FloatUnOp::Abs:
      if (d != s) asm_.movaps(d, s);
      asm_.andps(d, abs_mask(w));
      break;
    case FloatUnOp::Neg:
      if (d != s) asm_.movaps(d, s);
      asm_.xorps(d, sign_mask(w));
      break;
    case FloatUnOp::Sqrt: f32 ? asm_.sqrtss(d, s) : asm_.sqrtsd(d, s); break;
  }
}

void MacroAssemblerX64::float_round(RoundOp op, FloatWidth w, Reg dst, Reg src) {
  RoundMode mode = RoundMode::Nearest;
  switch (op) {
    case RoundOp::Ceil: mode = RoundMode::Up; break;
    case RoundOp::Floor: mode = RoundMode::Down; break;
    case RoundOp::Trunc: mode = RoundMode::Trunc; break;
    case RoundOp::Nearest: mode = RoundMode::Nearest; break;
  }
  w == FloatWidth::F32 ? asm_.roundss(xmm(dst), xmm(src), mode) : asm_.roundsd(xmm(dst), xmm(src), mode);
}

// ucomis sets ZF, PF and CF all to 1 when unordered, so "above" and "above
// or equal" are false for NaN, and lt/le are gt/ge with the operands swapped.
void MacroAssemblerX64::float_compare_and_set(FloatCond cond, FloatWidth w, Reg dst, Reg lhs, Reg rhs) {
  const Gpr d = gpr(dst);
  const Xmm l = xmm(lhs), r = xmm(rhs);
  switch (cond) {
    case FloatCond::Eq:
      ucomis(w, l, r);
      asm_.setcc(Cond::E, d);
      asm_.setcc(Cond::NP, kScratch);
      asm_.and_(d, kScratch, S8);
      break;
    case FloatCond::Ne:
      ucomis(w, l, r);
      asm_.setcc(Cond::NE, d);
      asm_.setcc(Cond::P, kScratch);
      asm_.or_(d, kScratch, S8);
      break;
    case FloatCond::Lt:
      ucomis(w, r, l);
      asm_.setcc(Cond::A, d);
      break;
    case FloatCond::Gt:
      ucomis(w, l, r);
      asm_.setcc(Cond::A, d);
      break;
    case FloatCond::Le:
      ucomis(w, r, l);
      asm_.setcc(Cond::AE, d);
      break;
    case FloatCond::Ge:
      ucomis(w, l, r);
      asm_.setcc(Cond::AE, d);
      break;
  }
  asm_.movzx8(d, d, S32);
}

void MacroAssemblerX64::float_compare_and_branch(FloatCond cond, FloatWidth w, Reg lhs, Reg rhs, bool when_true,
                                                 Label target) {
  const Xmm l = xmm(lhs), r = xmm(rhs);
  switch (cond) {
    case FloatCond::Eq:
    case FloatCond::Ne: {
      ucomis(w, l, r);
      // Taken when equal and ordered, or when unequal or unordered.
      const bool want_equal = (cond == FloatCond::Eq) == when_true;
      if (want_equal) {
        Label skip = new_label();
        asm_.jcc(Cond::P, skip, JumpRange::Short);
        asm_.jcc(Cond::E, target);
        bind(skip);
      } else {
        asm_.jcc(Cond::P, target);
        asm_.jcc(Cond::NE, target);
      }
      return;
    }
    case FloatCond::Lt:
      ucomis(w, r, l);
      asm_.jcc(when_true ? Cond::A : Cond::BE, target);
      return;
    case FloatCond::Gt:
      ucomis(w, l, r);
      asm_.jcc(when_true ? Cond::A : Cond::BE, target);
      return;
    case FloatCond::Le:
      ucomis(w, r, l);
      asm_.jcc(when_true ? Cond::AE : Cond::B, target);
      return;
    case FloatCond::Ge:
      ucomis(w, l, r);
      asm_.jcc(when_true ? Cond::AE : Cond::B, target);
      return;
  }
}

void MacroAssemblerX64::float_select(FloatWidth w, Reg dst, Reg other, Reg cond_value) {
  Label keep = new_label();
  asm_.test(gpr(cond_value), gpr(cond_value), S32);
  asm_.jcc(Cond::NE, keep, JumpRange::Short);
  asm_.movaps(xmm(dst), xmm(other));
  bind(keep);
}

void MacroAssemblerX64::canonicalize_nan(FloatWidth w, Reg reg) {
  const Xmm x = xmm(reg);
  Label done = new_label();
  ucomis(w, x, x);
  asm_.jcc(Cond::NP, done, JumpRange::Short);
  if (w == FloatWidth::F32) {
    asm_.movss(x, Mem::rip(buffer().constant32(0x7fc00000u)));
  } else {
    asm_.movsd(x, Mem::rip(buffer().constant64(0x7ff8000000000000ull)));
  }
  bind(done);
}

void MacroAssemblerX64::convert_int_to_float(FloatWidth to, IntWidth from, bool is_signed, Reg dst, Reg src) {
  const Xmm d = xmm(dst);
  const Gpr s = gpr(src);
  auto cvt = [&](Gpr g, Size size) { to == FloatWidth::F32 ? asm_.cvtsi2ss(d, g, size) : asm_.cvtsi2sd(d, g, size); };
  asm_.xorps(d, d);  // cvtsi2s* writes only the low lane: no false dependency on the old value
  if (from == IntWidth::I32) {
    // An unsigned i32 is a non-negative i64 (its upper bits are zero).
    cvt(s, is_signed ? S32 : S64);
    return;
  }
  if (is_signed) {
    cvt(s, S64);
    return;
  }
  // u64 with the top bit set: halve it, keeping the lowest bit sticky so the
  // rounding is unchanged, convert, and double.
  Label big = new_label(), done = new_label();
  asm_.test(s, s, S64);
  asm_.jcc(Cond::S, big, JumpRange::Short);
  cvt(s, S64);
  asm_.jmp(done, JumpRange::Short);
  bind(big);
  asm_.mov(kScratch, s, S64);
  asm_.shr(kScratch, Imm8(1), S64);
  asm_.and_(s, Imm8(1), S32);
  asm_.or_(kScratch, s, S64);
  cvt(kScratch, S64);
  to == FloatWidth::F32 ? asm_.addss(d, d) : asm_.addsd(d, d);
  bind(done);
}

void MacroAssemblerX64::truncate_float_to_int(IntWidth to, FloatWidth from, bool is_signed, Reg dst, Reg src,
                                              Label bad_conversion, Label overflow) {
  const Gpr d = gpr(dst);
  const Xmm x = xmm(src);
  const bool f32 = from == FloatWidth::F32;
  auto cvtt = [&](Gpr g, Xmm s, Size size) { f32 ? asm_.cvttss2si(g, s, size) : asm_.cvttsd2si(g, s, size); };
  if (is_signed) {
    const Size size = to == IntWidth::I32 ? S32 : S64;
    const double limit = to == IntWidth::I32 ? 2147483648.0 : 9223372036854775808.0;
    Label done = new_label();
    cvtt(d, x, size);
    // The "integer indefinite" result INT_MIN is the only one for which
    // INT_MIN - 1 overflows: anything else converted exactly.
    asm_.cmp(d, Imm8(1), size);
    asm_.jcc(Cond::NO, done, JumpRange::Short);
    ucomis(from, x, x);
    asm_.jcc(Cond::P, bad_conversion);
    if (to == IntWidth::I32 && !f32) {
      // f64 can say -2147483648.5, which truncates to INT_MIN.
      ucomis(from, x, float_constant(from, -2147483649.0));
      asm_.jcc(Cond::BE, overflow);
    } else {
      ucomis(from, x, float_constant(from, -limit));
      asm_.jcc(Cond::B, overflow);
    }
    ucomis(from, x, float_constant(from, limit));
    asm_.jcc(Cond::AE, overflow);
    bind(done);
    return;
  }
  ucomis(from, x, x);
  asm_.jcc(Cond::P, bad_conversion);
  if (to == IntWidth::I32) {
    // Through a signed 64-bit conversion: in range exactly when no bit above 31 is set.
    cvtt(d, x, S64);
    asm_.mov(kScratch, d, S64);
    asm_.shr(kScratch, Imm8(32), S64);
    asm_.jcc(Cond::NE, overflow);
    return;
  }
  Label big = new_label(), done = new_label();
  ucomis(from, x, float_constant(from, 9223372036854775808.0));
  asm_.jcc(Cond::AE, big, JumpRange::Short);
  cvtt(d, x, S64);
  asm_.test(d, d, S64);
  asm_.jcc(Cond::S, overflow);
  asm_.jmp(done, JumpRange::Short);
  bind(big);
  // [2^63, 2^64): convert x - 2^63 and put the top bit back.
  asm_.movaps(kFloatScratch, x);
  f32 ? asm_.subss(kFloatScratch, float_constant(from, 9223372036854775808.0))
      : asm_.subsd(kFloatScratch, float_constant(from, 9223372036854775808.0));
  cvtt(d, kFloatScratch, S64);
  asm_.test(d, d, S64);
  asm_.jcc(Cond::S, overflow);
  asm_.movabs(kScratch, Imm64(static_cast<int64_t>(0x8000000000000000ull)));
  asm_.xor_(d, kScratch, S64);
  bind(done);
}

void MacroAssemblerX64::truncate_float_to_int_saturating(IntWidth to, FloatWidth from, bool is_signed, Reg dst,
                                                         Reg src) {
  const Gpr d = gpr(dst);
  const Xmm x = xmm(src);
  const bool f32 = from == FloatWidth::F32;
  auto cvtt = [&](Gpr g, Xmm s, Size size) { f32 ? asm_.cvttss2si(g, s, size) : asm_.cvttsd2si(g, s, size); };
  Label done = new_label();
  if (is_signed) {
    const Size size = to == IntWidth::I32 ? S32 : S64;
    Label nan = new_label();
    cvtt(d, x, size);
    asm_.cmp(d, Imm8(1), size);
    asm_.jcc(Cond::NO, done, JumpRange::Short);
    ucomis(from, x, x);
    asm_.jcc(Cond::P, nan, JumpRange::Short);
    // Out of range: INT_MIN (already there) below zero, INT_MAX above.
    asm_.xorps(kFloatScratch, kFloatScratch);
    ucomis(from, x, kFloatScratch);
    asm_.jcc(Cond::BE, done, JumpRange::Short);
    if (to == IntWidth::I32) {
      asm_.mov_oi(d, Imm32(0x7fffffff), S32);
    } else {
      asm_.movabs(d, Imm64(0x7fffffffffffffffll));
    }
    asm_.jmp(done, JumpRange::Short);
    bind(nan);
    asm_.xor_(d, d, S32);
    bind(done);
    return;
  }
  Label zero = new_label(), max = new_label();
  // NaN is unordered, which "below or equal" includes: NaN and x <= 0 give 0.
  asm_.xorps(kFloatScratch, kFloatScratch);
  ucomis(from, x, kFloatScratch);
  asm_.jcc(Cond::BE, zero, JumpRange::Short);
  if (to == IntWidth::I32) {
    ucomis(from, x, float_constant(from, 4294967296.0));
    asm_.jcc(Cond::AE, max, JumpRange::Short);
    cvtt(d, x, S64);
    asm_.jmp(done, JumpRange::Short);
    bind(zero);
    asm_.xor_(d, d, S32);
    asm_.jmp(done, JumpRange::Short);
    bind(max);
    asm_.mov_oi(d, Imm32(-1), S32);
    bind(done);
    return;
  }
  Label big = new_label();
  ucomis(from, x, float_constant(from, 9223372036854775808.0));
  asm_.jcc(Cond::AE, big, JumpRange::Short);
  cvtt(d, x, S64);
  asm_.jmp(done, JumpRange::Short);
  bind(big);
  ucomis(from, x, float_constant(from, 18446744073709551616.0));
  asm_.jcc(Cond::AE, max, JumpRange::Short);
  asm_.movaps(kFloatScratch, x);
  f32 ? asm_.subss(kFloatScratch, float_constant(from, 9223372036854775808.0))
      : asm_.subsd(kFloatScratch, float_constant(from, 9223372036854775808.0));
  cvtt(d, kFloatScratch, S64);
  asm_.movabs(kScratch, Imm64(static_cast<int64_t>(0x8000000000000000ull)));
  asm_.xor_(d, kScratch, S64);
  asm_.jmp(done, JumpRange::Short);
  bind(zero);
  asm_.xor_(d, d, S32);
  asm_.jmp(done, JumpRange::Short);
  bind(max);
  asm_.mov(d, Imm32(-1), S64);
  bind(done);
}

void MacroAssemblerX64::float_promote(Reg dst, Reg src) { asm_.cvtss2sd(xmm(dst), xmm(src)); }

void MacroAssemblerX64::float_demote(Reg dst, Reg src) { asm_.cvtsd2ss(xmm(dst), xmm(src)); }

void MacroAssemblerX64::reinterpret_to_float(FloatWidth w, Reg dst, Reg src) {
  asm_.movd(xmm(dst), gpr(src), w == FloatWidth::F32 ? S32 : S64);
}

void MacroAssemblerX64::reinterpret_to_int(FloatWidth w, Reg dst, Reg src) {
  asm_.movd(gpr(dst), xmm(src), w == FloatWidth::F32 ? S32 : S64);
}

}  // namespace tandem::baseline
