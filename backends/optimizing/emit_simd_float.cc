// Emission of SIMD float lanes and the conversions between lane types.
// With nan_canonicalization, arithmetic results (not abs, neg, copies or
// pmin/pmax, which return an operand) have their NaN lanes made the
// canonical NaN, as the scalar forms and the baseline do.
#include "backends/optimizing/emit_internal.h"
#include "backends/optimizing/emit_simd_util.h"
#include "wasm/result.h"

namespace tandem::optimizing::emission {

using simd_util::S;
using wasm::Opcode;
using x64::FloatCmp;
using x64::RoundMode;
using x64::UImm8;

namespace {

constexpr uint64_t kF32Sign = 0x8000000080000000ull;
constexpr uint64_t kF64Sign = 0x8000000000000000ull;
constexpr uint64_t kOneF32 = 0x3f8000003f800000ull;
constexpr uint64_t kOneF64 = 0x3ff0000000000000ull;
constexpr uint64_t kTwo23F32 = 0x4b0000004b000000ull;
constexpr uint64_t kTwo52F64 = 0x4330000000000000ull;

// Whether the operator's float lanes (of its result) are f64x2 ones.
bool is_f64_op(Opcode op) { return wasm::op_info(op).lanes == 2; }

}  // namespace

void Emitter::simd_canonicalize_nan(bool f64, Xmm x) {
  // x = (x & ordered) | (canonical & ~ordered), the ordered-lane mask in S.
  uint64_t canonical = f64 ? 0x7ff8000000000000ull : 0x7fc000007fc00000ull;
  a_.movaps(S, x);
  f64 ? a_.cmppd(S, x, FloatCmp::Ord) : a_.cmpps(S, x, FloatCmp::Ord);
  a_.andps(x, S);
  a_.andnps(S, const128(canonical, canonical));
  a_.orps(x, S);
}

void Emitter::simd_round_sse2(bool f64, RoundMode mode, Xmm d, Xmm a, Xmm t) {
  // Below C = 2^23 (f32) or 2^52 (f64), |x| + C - C is |x| rounded to
  // nearest, ties to even (the default rounding mode); less one where
  // that went up, it is |x| truncated. The sign comes back by or-ing it
  // in (so -0.5 gives -0.0), floor and ceil step from the truncation, and
  // lanes at or above C (integers already) or NaN stay x * 1.0 (the same
  // value, a NaN made quiet).
  auto ps = [&](auto single, auto dbl) { f64 ? dbl() : single(); };
  Mem c = f64 ? const128(kTwo52F64, kTwo52F64) : const128(kTwo23F32, kTwo23F32);
  Mem one = f64 ? const128(kOneF64, kOneF64) : const128(kOneF32, kOneF32);
  Mem sign = f64 ? const128(kF64Sign, kF64Sign) : const128(kF32Sign, kF32Sign);
  auto add = [&](Xmm x, auto y) { ps([&] { a_.addps(x, y); }, [&] { a_.addpd(x, y); }); };
  auto sub = [&](Xmm x, auto y) { ps([&] { a_.subps(x, y); }, [&] { a_.subpd(x, y); }); };
  auto less = [&](Xmm x, auto y) { ps([&] { a_.cmpps(x, y, FloatCmp::Lt); }, [&] { a_.cmppd(x, y, FloatCmp::Lt); }); };
  // |x|: x with its sign bits cleared.
  a_.movaps(a, sign);
  a_.andnps(a, d);
  a_.movaps(t, a);
  add(t, c);
  sub(t, c);  // nearest(|x|)
  if (mode != RoundMode::Nearest) {
    a_.movaps(S, a);
    less(S, t);  // went up
    a_.andps(S, one);
    sub(t, S);  // trunc(|x|)
  }
  a_.movaps(S, sign);
  a_.andps(S, d);
  a_.orps(t, S);  // the sign of x
  if (mode == RoundMode::Down) {
    a_.movaps(S, d);
    less(S, t);  // x < trunc(x): negative, not an integer
    a_.andps(S, one);
    sub(t, S);
  } else if (mode == RoundMode::Up) {
    a_.movaps(S, t);
    less(S, d);  // trunc(x) < x: positive, not an integer
    a_.andps(S, one);
    add(t, S);
    // -0.0 + 0.0 is +0.0: the sign again (ceil of a negative is <= -0.0).
    a_.movaps(S, sign);
    a_.andps(S, d);
    a_.orps(t, S);
  }
  less(a, c);  // small lanes (false for NaN)
  ps([&] { a_.mulps(d, one); }, [&] { a_.mulpd(d, one); });
  a_.andps(t, a);
  a_.andnps(a, d);
  a_.orps(a, t);
  a_.movaps(d, a);
}

bool Emitter::simd_float(Opcode op, const SimdRegs& r) {
  Xmm d = r.d();
  const bool f64 = is_f64_op(op);
  const bool canon = settings_.nan_canonicalization;
  auto done_arith = [&] {
    if (canon) simd_canonicalize_nan(f64, d);
    return true;
  };
  // `emit(S, d)` with the operands swapped, the result back in d.
  auto swapped = [&](auto emit) {
    a_.movaps(S, r.x(1));
    emit(S, d);
    a_.movaps(d, S);
  };
  switch (op) {
    // ---- arithmetic --------------------------------------------------------------------------
    case Opcode::F32X4Add: a_.addps(d, r.x(1)); return done_arith();
    case Opcode::F32X4Sub: a_.subps(d, r.x(1)); return done_arith();
    case Opcode::F32X4Mul: a_.mulps(d, r.x(1)); return done_arith();
    case Opcode::F32X4Div: a_.divps(d, r.x(1)); return done_arith();
    case Opcode::F64X2Add: a_.addpd(d, r.x(1)); return done_arith();
    case Opcode::F64X2Sub: a_.subpd(d, r.x(1)); return done_arith();
    case Opcode::F64X2Mul: a_.mulpd(d, r.x(1)); return done_arith();
    case Opcode::F64X2Div: a_.divpd(d, r.x(1)); return done_arith();
    case Opcode::F32X4Sqrt: a_.sqrtps(d, d); return done_arith();
    case Opcode::F64X2Sqrt: a_.sqrtpd(d, d); return done_arith();
    // Abs and neg only touch the sign bits: a NaN keeps its payload.
    case Opcode::F32X4Abs: a_.andps(d, const128(~kF32Sign, ~kF32Sign)); return true;
    case Opcode::F64X2Abs: a_.andps(d, const128(~kF64Sign, ~kF64Sign)); return true;
    case Opcode::F32X4Neg: a_.xorps(d, const128(kF32Sign, kF32Sign)); return true;
    case Opcode::F64X2Neg: a_.xorps(d, const128(kF64Sign, kF64Sign)); return true;
    case Opcode::F32X4Ceil:
    case Opcode::F32X4Floor:
    case Opcode::F32X4Trunc:
    case Opcode::F32X4Nearest:
    case Opcode::F64X2Ceil:
    case Opcode::F64X2Floor:
    case Opcode::F64X2Trunc:
    case Opcode::F64X2Nearest: {
      RoundMode mode = op == Opcode::F32X4Ceil || op == Opcode::F64X2Ceil     ? RoundMode::Up
                       : op == Opcode::F32X4Floor || op == Opcode::F64X2Floor ? RoundMode::Down
                       : op == Opcode::F32X4Trunc || op == Opcode::F64X2Trunc ? RoundMode::Trunc
                                                                              : RoundMode::Nearest;
      if (settings_.isa.has_sse41) {
        f64 ? a_.roundpd(d, d, mode) : a_.roundps(d, d, mode);
      } else {
        simd_round_sse2(f64, mode, d, r.t(0), r.t(1));
      }
      return done_arith();
    }

    // ---- min and max -----------------------------------------------------------------------------
    case Opcode::F32X4Min:
    case Opcode::F32X4Max:
    case Opcode::F64X2Min:
    case Opcode::F64X2Max: {
      // minps/maxps return their second operand on NaN and on equal zeros,
      // so the operation runs both ways round and the results are merged:
      // or-ing them keeps a NaN and, for min, the sign of -0; for max,
      // (x | y) - (x ^ y) does, where x and y are the two results. NaN
      // lanes then become a NaN with every payload bit set but the
      // lowest ones (a canonical NaN, sign set) through the unordered mask.
      Xmm s = r.x(1);
      bool is_min = op == Opcode::F32X4Min || op == Opcode::F64X2Min;
      a_.movaps(S, s);
      if (is_min) {
        f64 ? a_.minpd(S, d) : a_.minps(S, d);
        f64 ? a_.minpd(d, s) : a_.minps(d, s);
        a_.orps(S, d);
      } else {
        f64 ? a_.maxpd(S, d) : a_.maxps(S, d);
        f64 ? a_.maxpd(d, s) : a_.maxps(d, s);
        a_.xorps(d, S);
        a_.orps(S, d);
        f64 ? a_.subpd(S, d) : a_.subps(S, d);
      }
      if (f64) {
        a_.cmppd(d, S, FloatCmp::Unord);
        a_.orps(S, d);
        a_.psrlq(d, UImm8(13));
      } else {
        a_.cmpps(d, S, FloatCmp::Unord);
        a_.orps(S, d);
        a_.psrld(d, UImm8(10));  // ones below the quiet bit
      }
      a_.andnps(d, S);
      return done_arith();
    }
    // pmin(a, b) = b < a ? b : a, which is minps b, a (the second operand
    // on NaN and equal zeros); pmax(a, b) = a < b ? b : a is maxps b, a.
    case Opcode::F32X4Pmin: swapped([&](Xmm a, Xmm b) { a_.minps(a, b); }); return true;
    case Opcode::F32X4Pmax: swapped([&](Xmm a, Xmm b) { a_.maxps(a, b); }); return true;
    case Opcode::F64X2Pmin: swapped([&](Xmm a, Xmm b) { a_.minpd(a, b); }); return true;
    case Opcode::F64X2Pmax: swapped([&](Xmm a, Xmm b) { a_.maxpd(a, b); }); return true;

    // ---- comparisons (cmpps: neq is unordered-or-unequal, as wasm's ne;
    // lt and le are ordered; gt and ge are lt and le swapped) -------------------------------------
    case Opcode::F32X4Eq: a_.cmpps(d, r.x(1), FloatCmp::Eq); return true;
    case Opcode::F32X4Ne: a_.cmpps(d, r.x(1), FloatCmp::Neq); return true;
    case Opcode::F32X4Lt: a_.cmpps(d, r.x(1), FloatCmp::Lt); return true;
    case Opcode::F32X4Le: a_.cmpps(d, r.x(1), FloatCmp::Le); return true;
    case Opcode::F32X4Gt: swapped([&](Xmm a, Xmm b) { a_.cmpps(a, b, FloatCmp::Lt); }); return true;
    case Opcode::F32X4Ge: swapped([&](Xmm a, Xmm b) { a_.cmpps(a, b, FloatCmp::Le); }); return true;
    case Opcode::F64X2Eq: a_.cmppd(d, r.x(1), FloatCmp::Eq); return true;
    case Opcode::F64X2Ne: a_.cmppd(d, r.x(1), FloatCmp::Neq); return true;
    case Opcode::F64X2Lt: a_.cmppd(d, r.x(1), FloatCmp::Lt); return true;
    case Opcode::F64X2Le: a_.cmppd(d, r.x(1), FloatCmp::Le); return true;
    case Opcode::F64X2Gt: swapped([&](Xmm a, Xmm b) { a_.cmppd(a, b, FloatCmp::Lt); }); return true;
    case Opcode::F64X2Ge: swapped([&](Xmm a, Xmm b) { a_.cmppd(a, b, FloatCmp::Le); }); return true;

    // ---- conversions -----------------------------------------------------------------------------
    case Opcode::F32X4ConvertI32X4S: a_.cvtdq2ps(d, d); return true;
    case Opcode::F32X4ConvertI32X4U:
      // The low 16 bits convert exactly; the rest, halved to stay signed,
      // converts and doubles (exactly), and one rounding adds the two.
      a_.movdqa(S, d);
      a_.pslld(S, UImm8(16));
      a_.psrld(S, UImm8(16));
      a_.psubd(d, S);
      a_.cvtdq2ps(S, S);
      a_.psrld(d, UImm8(1));
      a_.cvtdq2ps(d, d);
      a_.addps(d, d);
      a_.addps(d, S);
      return true;
    case Opcode::F64X2ConvertLowI32X4S: a_.cvtdq2pd(d, d); return true;
    case Opcode::F64X2ConvertLowI32X4U:
      // 2^52 + x as a double has x in its low mantissa bits: the high dwords
      // 0x43300000 make the doubles, 2^52 comes off exactly.
      a_.unpcklps(d, const128(0x4330000043300000ull, 0x4330000043300000ull));
      a_.subpd(d, const128(0x4330000000000000ull, 0x4330000000000000ull));
      return true;
    case Opcode::I32X4TruncSatF32X4S:
      // NaN lanes zeroed first; cvttps2dq gives 0x80000000 out of range,
      // which the positive ones (sign of the masked input clear) flip to
      // 0x7fffffff.
      a_.movaps(S, d);
      a_.cmpps(S, S, FloatCmp::Eq);
      a_.andps(d, S);
      a_.pxor(S, d);
      a_.cvttps2dq(d, d);
      a_.pand(S, d);
      a_.psrad(S, UImm8(31));
      a_.pxor(d, S);
      return true;
    case Opcode::I32X4TruncSatF32X4U: {
      // Negative and NaN lanes clamp to 0 (maxps returns the 0 operand for
      // NaN). Lanes below 2^31 convert directly; the others convert after
      // subtracting 2^31 and add back, saturating at or above 2^32.
      Xmm t0 = r.t(0), t1 = r.t(1);
      a_.xorps(t0, t0);
      a_.maxps(d, t0);
      a_.pcmpeqd(t0, t0);
      a_.psrld(t0, UImm8(1));
      a_.cvtdq2ps(t0, t0);  // 2^31
      a_.movaps(t1, d);
      a_.cvttps2dq(d, d);
      a_.subps(t1, t0);
      a_.cmpps(t0, t1, FloatCmp::Le);  // 2^31 <= x - 2^31: saturates
      a_.cvttps2dq(t1, t1);
      a_.pxor(t1, t0);
      // max(t1, 0) as signed dwords: t1 & ~(t1 >> 31).
      a_.movdqa(S, t1);
      a_.psrad(S, UImm8(31));
      a_.pandn(S, t1);
      a_.paddd(d, S);
      return true;
    }
    case Opcode::I32X4TruncSatF64X2SZero:
      // NaN lanes become 0 (minpd returns the masked bound), large ones
      // clamp to 2^31 - 1; cvttpd2dq gives 0x80000000 below and zeroes the
      // upper half.
      a_.movapd(S, d);
      a_.cmppd(S, S, FloatCmp::Eq);
      a_.andps(S, const128(0x41dfffffffc00000ull, 0x41dfffffffc00000ull));  // 2147483647.0
      a_.minpd(d, S);
      a_.cvttpd2dq(d, d);
      return true;
    case Opcode::I32X4TruncSatF64X2UZero: {
      // Clamped to [0, 2^32 - 1] (maxpd returns 0 for NaN), truncated, and
      // added to 2^52: the low dwords are the integers.
      Mem two52 = const128(kTwo52F64, kTwo52F64);
      a_.xorpd(S, S);
      a_.maxpd(d, S);
      a_.minpd(d, const128(0x41efffffffe00000ull, 0x41efffffffe00000ull));  // 4294967295.0
      if (settings_.isa.has_sse41) {
        a_.roundpd(d, d, RoundMode::Trunc);
      } else {
        // Rounded to nearest by 2^52, less one where that went up.
        Xmm t = r.t(0);
        a_.movapd(S, d);
        a_.addpd(S, two52);
        a_.subpd(S, two52);
        a_.movapd(t, d);
        a_.cmppd(t, S, FloatCmp::Lt);
        a_.andpd(t, const128(kOneF64, kOneF64));
        a_.subpd(S, t);
        a_.movapd(d, S);
        a_.xorpd(S, S);
      }
      a_.addpd(d, two52);
      a_.shufps(d, S, UImm8(0x88));
      return true;
    }
    case Opcode::F32X4DemoteF64X2Zero: a_.cvtpd2ps(d, d); return done_arith();
    case Opcode::F64X2PromoteLowF32X4: a_.cvtps2pd(d, d); return done_arith();
    default: return false;
  }
}

}  // namespace tandem::optimizing::emission
