// Emission of float instructions (SSE2 scalar, roundss/roundsd with SSE4.1).
#include <bit>

#include "backends/optimizing/emit_internal.h"
#include "wasm/result.h"

namespace tandem::optimizing::emission {

using mach::MOp;
using x64::Imm32;
using x64::Imm8;

namespace {

// Bounds for float -> int conversions, as bit patterns: {f32, f64}.
struct Bound {
  uint32_t f32;
  uint64_t f64;
};
constexpr Bound kMinusOne = {0xbf800000u, 0xbff0000000000000ull};
constexpr Bound kTwo32 = {0x4f800000u, 0x41f0000000000000ull};
constexpr Bound kTwo63 = {0x5f000000u, 0x43e0000000000000ull};
constexpr Bound kTwo64 = {0x5f800000u, 0x43f0000000000000ull};
constexpr Bound kMinusTwo31 = {0xcf000000u, 0xc1e0000000000000ull};
constexpr Bound kMinusTwo63 = {0xdf000000u, 0xc3e0000000000000ull};
constexpr uint64_t kMinusTwo31Minus1F64 = 0xc1e0000000200000ull;  // -2147483649.0

}  // namespace

Mem Emitter::fconst(bool f64, uint64_t bits) {
  return Mem::rip(f64 ? buf_.constant64(bits) : buf_.constant32(static_cast<uint32_t>(bits)));
}

Mem Emitter::mask128(uint64_t lane64) { return Mem::rip(buf_.constant128(lane64, lane64)); }

void Emitter::ucomis(bool f64, Xmm a, Xmm b) {
  if (f64) {
    a_.ucomisd(a, b);
  } else {
    a_.ucomiss(a, b);
  }
}

void Emitter::ucomis(bool f64, Xmm a, const Mem& b) {
  if (f64) {
    a_.ucomisd(a, b);
  } else {
    a_.ucomiss(a, b);
  }
}

void Emitter::fmin_max(uint32_t i, const MInst& m) {
  bool f64 = m.size == x64::S64;
  bool is_max = m.sub != 0;
  Xmm d = xmm(i, 0), b = xmm(i, 2);
  copy_into(d, xmm(i, 1));
  x64::Label not_equal = buf_.new_label(), nan = buf_.new_label(), done = buf_.new_label();
  ucomis(f64, d, b);
  a_.jcc(x64::Cond::NE, not_equal);  // ordered and different
  a_.jcc(x64::Cond::P, nan);
  // Equal: the same value, or +0 and -0, where min takes -0 (or of the
  // sign bits) and max takes +0 (and of them).
  if (is_max) {
    a_.andps(d, b);
  } else {
    a_.orps(d, b);
  }
  a_.jmp(done);
  a_.bind(nan);
  if (f64) {
    a_.addsd(d, b);  // a NaN from the NaN operand(s)
  } else {
    a_.addss(d, b);
  }
  a_.jmp(done);
  a_.bind(not_equal);
  if (f64) {
    is_max ? a_.maxsd(d, b) : a_.minsd(d, b);
  } else {
    is_max ? a_.maxss(d, b) : a_.minss(d, b);
  }
  a_.bind(done);
}

void Emitter::fcvt_from_int(uint32_t i, const MInst& m) {
  bool f64 = m.size == x64::S64;
  Xmm d = xmm(i, 0);
  Gpr s = gpr(i, 1);
  auto cvt = [&](Gpr src, Size size) {
    if (f64) {
      a_.cvtsi2sd(d, src, size);
    } else {
      a_.cvtsi2ss(d, src, size);
    }
  };
  a_.xorps(d, d);  // no dependency on d's old upper lanes
  switch (static_cast<mach::FromIntKind>(m.sub)) {
    case mach::FromIntKind::S32: return cvt(s, x64::S32);
    case mach::FromIntKind::S64: return cvt(s, x64::S64);
    case mach::FromIntKind::U32: return cvt(s, x64::S64);  // zero-extended, so exact
    case mach::FromIntKind::U64: {
      // Below 2^63 it is a signed conversion. Above, halve (keeping the low
      // bit as a sticky bit, so rounding is right), convert, double.
      Gpr t1 = gpr(i, 2), t2 = gpr(i, 3);
      x64::Label big = buf_.new_label(), done = buf_.new_label();
      a_.test(s, s, x64::S64);
      a_.jcc(x64::Cond::S, big);
      cvt(s, x64::S64);
      a_.jmp(done);
      a_.bind(big);
      a_.mov(t1, s, x64::S64);
      a_.shr(t1, Imm8(1), x64::S64);
      a_.mov(t2, s, x64::S64);
      a_.and_(t2, Imm8(1), x64::S64);
      a_.or_(t1, t2, x64::S64);
      cvt(t1, x64::S64);
      if (f64) {
        a_.addsd(d, d);
      } else {
        a_.addss(d, d);
      }
      a_.bind(done);
      return;
    }
  }
}

void Emitter::fcvt_to_int(uint32_t i, const MInst& m) {
  bool f64 = m.imm == 8;
  Size size = m.size;
  bool wide = size == x64::S64;
  Gpr d = gpr(i, 0);
  Xmm s = xmm(i, 1), tx = xmm(i, 2);
  Gpr tg = gpr(i, 3);
  uint32_t off = m.wasm_offset;
  auto cvtt = [&](Gpr dst, Xmm src, Size sz) {
    if (f64) {
      a_.cvttsd2si(dst, src, sz);
    } else {
      a_.cvttss2si(dst, src, sz);
    }
  };
  auto bound = [&](const Bound& b) { return fconst(f64, f64 ? b.f64 : b.f32); };
  auto trap = [&](x64::Cond c, compile::TrapCode code) { a_.jcc(c, trap_stub(code, off)); };
  // u64 from a value in [2^63, 2^64): subtract 2^63, convert, set bit 63.
  auto convert_u64 = [&](x64::Label done) {
    x64::Label big = buf_.new_label();
    ucomis(f64, s, bound(kTwo63));
    a_.jcc(x64::Cond::AE, big);
    cvtt(d, s, x64::S64);
    a_.jmp(done);
    a_.bind(big);
    a_.movaps(tx, s);
    if (f64) {
      a_.subsd(tx, bound(kTwo63));
    } else {
      a_.subss(tx, bound(kTwo63));
    }
    cvtt(d, tx, x64::S64);
    a_.movabs(tg, x64::Imm64(static_cast<int64_t>(0x8000000000000000ull)));
    a_.xor_(d, tg, x64::S64);
  };

  x64::Label done = buf_.new_label();
  switch (static_cast<mach::ToIntKind>(m.sub)) {
    case mach::ToIntKind::Signed: {
      cvtt(d, s, size);
      a_.cmp(d, Imm8(1), size);  // overflows exactly when d is INT_MIN: the "invalid" result
      a_.jcc(x64::Cond::NO, done);
      ucomis(f64, s, s);
      trap(x64::Cond::P, compile::TrapCode::BadConversionToInteger);
      if (f64 && !wide) {
        ucomis(f64, s, fconst(true, kMinusTwo31Minus1F64));
        trap(x64::Cond::BE, compile::TrapCode::IntegerOverflow);  // s <= -2^31 - 1
      } else {
        ucomis(f64, s, bound(wide ? kMinusTwo63 : kMinusTwo31));
        trap(x64::Cond::B, compile::TrapCode::IntegerOverflow);  // s < INT_MIN
      }
      a_.xorps(tx, tx);
      ucomis(f64, s, tx);
      trap(x64::Cond::A, compile::TrapCode::IntegerOverflow);  // positive overflow
      break;
    }
    case mach::ToIntKind::Unsigned: {
      ucomis(f64, s, s);
      trap(x64::Cond::P, compile::TrapCode::BadConversionToInteger);
      ucomis(f64, s, bound(kMinusOne));
      trap(x64::Cond::BE, compile::TrapCode::IntegerOverflow);  // s <= -1
      ucomis(f64, s, bound(wide ? kTwo64 : kTwo32));
      trap(x64::Cond::AE, compile::TrapCode::IntegerOverflow);
      if (wide) {
        convert_u64(done);
      } else {
        cvtt(d, s, x64::S64);  // in [0, 2^32): the upper half is zero
      }
      break;
    }
    case mach::ToIntKind::SignedSat: {
      x64::Label nan = buf_.new_label();
      cvtt(d, s, size);
      a_.cmp(d, Imm8(1), size);
      a_.jcc(x64::Cond::NO, done);
      ucomis(f64, s, s);
      a_.jcc(x64::Cond::P, nan);
      a_.xorps(tx, tx);
      ucomis(f64, s, tx);
      a_.jcc(x64::Cond::B, done);  // negative: INT_MIN is the saturated value
      if (wide) {
        a_.movabs(d, x64::Imm64(0x7fffffffffffffffll));
      } else {
        a_.mov_oi(d, Imm32(0x7fffffff), x64::S32);
      }
      a_.jmp(done);
      a_.bind(nan);
      a_.xor_(d, d, x64::S32);
      break;
    }
    case mach::ToIntKind::UnsignedSat: {
      x64::Label max = buf_.new_label();
      a_.xor_(d, d, x64::S32);
      a_.xorps(tx, tx);
      ucomis(f64, s, tx);
      a_.jcc(x64::Cond::BE, done);  // <= 0 or NaN: 0
      ucomis(f64, s, bound(wide ? kTwo64 : kTwo32));
      a_.jcc(x64::Cond::AE, max);
      if (wide) {
        convert_u64(done);
      } else {
        cvtt(d, s, x64::S64);
      }
      a_.jmp(done);
      a_.bind(max);
      if (wide) {
        a_.mov(d, Imm32(-1), x64::S64);
      } else {
        a_.mov_oi(d, Imm32(-1), x64::S32);
      }
      break;
    }
  }
  a_.bind(done);
}

void Emitter::float_inst(uint32_t i, const MInst& m) {
  bool f64 = m.size == x64::S64;
  switch (m.op) {
    case MOp::FAluRR: {
      Xmm d = xmm(i, 0), b = xmm(i, 2);
      copy_into(d, xmm(i, 1));
      switch (static_cast<mach::FAluOp>(m.sub)) {
        case mach::FAluOp::Add: f64 ? a_.addsd(d, b) : a_.addss(d, b); break;
        case mach::FAluOp::Sub: f64 ? a_.subsd(d, b) : a_.subss(d, b); break;
        case mach::FAluOp::Mul: f64 ? a_.mulsd(d, b) : a_.mulss(d, b); break;
        case mach::FAluOp::Div: f64 ? a_.divsd(d, b) : a_.divss(d, b); break;
      }
      return;
    }
    case MOp::FMinMax: return fmin_max(i, m);
    case MOp::FUnary: {
      Xmm d = xmm(i, 0), s = xmm(i, 1);
      switch (static_cast<mach::FUnaryOp>(m.sub)) {
        case mach::FUnaryOp::Sqrt: f64 ? a_.sqrtsd(d, s) : a_.sqrtss(d, s); break;
        case mach::FUnaryOp::Promote: a_.cvtss2sd(d, s); break;
        case mach::FUnaryOp::Demote: a_.cvtsd2ss(d, s); break;
        case mach::FUnaryOp::Round: {
          x64::RoundMode mode = static_cast<x64::RoundMode>(m.imm);
          f64 ? a_.roundsd(d, s, mode) : a_.roundss(d, s, mode);
          break;
        }
      }
      return;
    }
    case MOp::FBitConst: {
      Xmm d = xmm(i, 0);
      copy_into(d, xmm(i, 1));
      uint64_t sign = f64 ? 0x8000000000000000ull : 0x8000000080000000ull;
      switch (static_cast<mach::FBitOp>(m.sub)) {
        case mach::FBitOp::Abs: a_.andps(d, mask128(~sign)); break;
        case mach::FBitOp::Neg: a_.xorps(d, mask128(sign)); break;
        case mach::FBitOp::KeepSign: a_.andps(d, mask128(sign)); break;
      }
      return;
    }
    case MOp::FOr: {
      Xmm d = xmm(i, 0);
      copy_into(d, xmm(i, 1));
      a_.orps(d, xmm(i, 2));
      return;
    }
    case MOp::FCmp: return ucomis(f64, xmm(i, 0), xmm(i, 1));
    case MOp::FSelect: {
      Xmm d = xmm(i, 0);
      copy_into(d, xmm(i, 1));
      x64::Label skip = buf_.new_label();
      a_.jcc(x64::invert(static_cast<x64::Cond>(m.sub)), skip);
      a_.movaps(d, xmm(i, 2));
      a_.bind(skip);
      return;
    }
    case MOp::FConst: {
      Xmm d = xmm(i, 0);
      uint64_t bits = static_cast<uint64_t>(m.imm);
      if (bits == 0) {
        a_.xorps(d, d);  // flags untouched
      } else if (f64) {
        a_.movsd(d, fconst(true, bits));
      } else {
        a_.movss(d, fconst(false, bits));
      }
      return;
    }
    case MOp::FMovFromGpr: a_.movd(xmm(i, 0), gpr(i, 1), m.size); return;
    case MOp::FMovToGpr: a_.movd(gpr(i, 0), xmm(i, 1), m.size); return;
    case MOp::FCvtFromInt: return fcvt_from_int(i, m);
    case MOp::FCvtToInt: return fcvt_to_int(i, m);
    case MOp::FCanon: {
      Xmm d = xmm(i, 0);
      copy_into(d, xmm(i, 1));
      x64::Label ok = buf_.new_label();
      ucomis(f64, d, d);
      a_.jcc(x64::Cond::NP, ok);
      if (f64) {
        a_.movsd(d, fconst(true, 0x7ff8000000000000ull));
      } else {
        a_.movss(d, fconst(false, 0x7fc00000u));
      }
      a_.bind(ok);
      return;
    }
    default: TANDEM_UNREACHABLE("emission of an unknown machine instruction");
  }
}

}  // namespace tandem::optimizing::emission
