// Emission of the SIMD operators that change lane widths or multiply:
// extends, narrows, pairwise adds, lane multiplications, dot products and
// the extending multiplications. SSE2 sequences stand in for the
// SSSE3/SSE4.1 forms when those are off.
#include "backends/optimizing/emit_internal.h"
#include "backends/optimizing/emit_simd_util.h"
#include "wasm/result.h"

namespace tandem::optimizing::emission {

using simd_util::Lanes;
using simd_util::S;
using simd_util::splat16;
using simd_util::splat32;
using wasm::Opcode;
using x64::UImm8;

void Emitter::simd_extend(Opcode op, Xmm d) {
  // Each lane interleaved with itself then shifted right arithmetically
  // (or, i32 to i64, with its spread sign), or with zero; the high half is
  // moved down by the high unpack.
  bool high = false, is_signed = false;
  Lanes from = Lanes::I8;
  switch (op) {
    case Opcode::I16X8ExtendLowI8X16S: is_signed = true; break;
    case Opcode::I16X8ExtendHighI8X16S: is_signed = high = true; break;
    case Opcode::I16X8ExtendLowI8X16U: break;
    case Opcode::I16X8ExtendHighI8X16U: high = true; break;
    case Opcode::I32X4ExtendLowI16X8S: is_signed = true, from = Lanes::I16; break;
    case Opcode::I32X4ExtendHighI16X8S: is_signed = high = true, from = Lanes::I16; break;
    case Opcode::I32X4ExtendLowI16X8U: from = Lanes::I16; break;
    case Opcode::I32X4ExtendHighI16X8U: high = true, from = Lanes::I16; break;
    case Opcode::I64X2ExtendLowI32X4S: is_signed = true, from = Lanes::I32; break;
    case Opcode::I64X2ExtendHighI32X4S: is_signed = high = true, from = Lanes::I32; break;
    case Opcode::I64X2ExtendLowI32X4U: from = Lanes::I32; break;
    case Opcode::I64X2ExtendHighI32X4U: high = true, from = Lanes::I32; break;
    default: TANDEM_UNREACHABLE("not an extend");
  }
  auto unpack = [&](Xmm a, Xmm b) {
    switch (from) {
      case Lanes::I8: high ? a_.punpckhbw(a, b) : a_.punpcklbw(a, b); return;
      case Lanes::I16: high ? a_.punpckhwd(a, b) : a_.punpcklwd(a, b); return;
      default: high ? a_.punpckhdq(a, b) : a_.punpckldq(a, b); return;
    }
  };
  if (!is_signed) {
    a_.pxor(S, S);
    unpack(d, S);
    return;
  }
  switch (from) {
    case Lanes::I8:
      unpack(d, d);
      a_.psraw(d, UImm8(8));
      return;
    case Lanes::I16:
      unpack(d, d);
      a_.psrad(d, UImm8(16));
      return;
    default:
      a_.movdqa(S, d);
      a_.psrad(S, UImm8(31));
      unpack(d, S);
      return;
  }
}

bool Emitter::simd_narrow_widen_multiply(Opcode op, const SimdRegs& r) {
  const bool sse41 = settings_.isa.has_sse41;
  Xmm d = r.d();
  switch (op) {
    // ---- narrowing and widening -------------------------------------------------------------------
    case Opcode::I8X16NarrowI16X8S: a_.packsswb(d, r.x(1)); return true;
    case Opcode::I8X16NarrowI16X8U: a_.packuswb(d, r.x(1)); return true;  // signed words in, as wasm's
    case Opcode::I16X8NarrowI32X4S: a_.packssdw(d, r.x(1)); return true;
    case Opcode::I16X8NarrowI32X4U: {
      if (sse41) {
        a_.packusdw(d, r.x(1));
        return true;
      }
      // SSE2 packs unsigned only bytes. Negative dwords become 0 (x & ~(x
      // >> 31)); biased by -0x8000, [0, 0xffff] is what packssdw keeps, and
      // an xor takes the bias off each word. t holds b's clamped copy.
      Xmm t = r.t(0);
      Mem dword_bias = const128(splat32(0x8000), splat32(0x8000));
      a_.movdqa(S, d);
      a_.psrad(S, UImm8(31));
      a_.pandn(S, d);
      a_.movdqa(d, S);
      a_.psubd(d, dword_bias);
      a_.movdqa(t, r.x(1));
      a_.psrad(t, UImm8(31));
      a_.pandn(t, r.x(1));
      a_.psubd(t, dword_bias);
      a_.packssdw(d, t);
      a_.pxor(d, const128(splat16(0x8000), splat16(0x8000)));
      return true;
    }
    case Opcode::I16X8ExtendLowI8X16S:
    case Opcode::I16X8ExtendHighI8X16S:
    case Opcode::I16X8ExtendLowI8X16U:
    case Opcode::I16X8ExtendHighI8X16U:
    case Opcode::I32X4ExtendLowI16X8S:
    case Opcode::I32X4ExtendHighI16X8S:
    case Opcode::I32X4ExtendLowI16X8U:
    case Opcode::I32X4ExtendHighI16X8U:
    case Opcode::I64X2ExtendLowI32X4S:
    case Opcode::I64X2ExtendHighI32X4S:
    case Opcode::I64X2ExtendLowI32X4U:
    case Opcode::I64X2ExtendHighI32X4U: simd_extend(op, d); return true;
    case Opcode::I16X8ExtaddPairwiseI8X16S:
    case Opcode::I16X8ExtaddPairwiseI8X16U:
      // Even bytes (shifted up then back down) plus odd bytes (shifted down).
      a_.movdqa(S, d);
      a_.psllw(S, UImm8(8));
      if (op == Opcode::I16X8ExtaddPairwiseI8X16S) {
        a_.psraw(S, UImm8(8));
        a_.psraw(d, UImm8(8));
      } else {
        a_.psrlw(S, UImm8(8));
        a_.psrlw(d, UImm8(8));
      }
      a_.paddw(d, S);
      return true;
    case Opcode::I32X4ExtaddPairwiseI16X8S: a_.pmaddwd(d, const128(splat16(1), splat16(1))); return true;
    case Opcode::I32X4ExtaddPairwiseI16X8U:
      // Biased to signed, each pair sum is 0x10000 short.
      a_.pxor(d, const128(splat16(0x8000), splat16(0x8000)));
      a_.pmaddwd(d, const128(splat16(1), splat16(1)));
      a_.paddd(d, const128(splat32(0x10000), splat32(0x10000)));
      return true;

    // ---- multiplication ------------------------------------------------------------------------
    case Opcode::I16X8Mul: a_.pmullw(d, r.x(1)); return true;
    case Opcode::I32X4Mul: {
      Xmm s = r.x(1), t = r.t(0);
      if (sse41) {
        a_.pmulld(d, s);
        return true;
      }
      // pmuludq multiplies dwords 0 and 2: the odd dwords are moved down
      // for a second one, and the low dwords of the four products gathered.
      a_.pshufd(t, s, UImm8(0xf5));
      a_.pshufd(S, d, UImm8(0xf5));
      a_.pmuludq(S, t);
      a_.pmuludq(d, s);
      a_.pshufd(d, d, UImm8(0x08));
      a_.pshufd(S, S, UImm8(0x08));
      a_.punpckldq(d, S);
      return true;
    }
    case Opcode::I64X2Mul: {
      // Modulo 2^64, a * b = aL * bL + ((aH * bL + aL * bH) << 32).
      Xmm s = r.x(1), t = r.t(0);
      a_.movdqa(t, d);
      a_.psrlq(t, UImm8(32));
      a_.pmuludq(t, s);
      a_.movdqa(S, s);
      a_.psrlq(S, UImm8(32));
      a_.pmuludq(S, d);
      a_.paddq(t, S);
      a_.psllq(t, UImm8(32));
      a_.pmuludq(d, s);
      a_.paddq(d, t);
      return true;
    }
    case Opcode::I32X4DotI16X8S: a_.pmaddwd(d, r.x(1)); return true;
    case Opcode::I16X8Q15mulrSatS: {
      // (a * b + 0x4000) >> 15 in 32 bits from the low and high halves of
      // the products; packssdw saturates the one overflow, -1 * -1.
      Xmm t0 = r.t(0), t1 = r.t(1);
      Mem round = const128(splat32(0x4000), splat32(0x4000));
      a_.movdqa(t0, d);
      a_.pmullw(t0, r.x(1));
      a_.pmulhw(d, r.x(1));
      a_.movdqa(t1, t0);
      a_.punpcklwd(t0, d);
      a_.punpckhwd(t1, d);
      a_.paddd(t0, round);
      a_.paddd(t1, round);
      a_.psrad(t0, UImm8(15));
      a_.psrad(t1, UImm8(15));
      a_.packssdw(t0, t1);
      a_.movdqa(d, t0);
      return true;
    }
    case Opcode::I16X8ExtmulLowI8X16S:
    case Opcode::I16X8ExtmulHighI8X16S:
    case Opcode::I16X8ExtmulLowI8X16U:
    case Opcode::I16X8ExtmulHighI8X16U: {
      static constexpr Opcode kExtend[] = {Opcode::I16X8ExtendLowI8X16S, Opcode::I16X8ExtendHighI8X16S,
                                           Opcode::I16X8ExtendLowI8X16U, Opcode::I16X8ExtendHighI8X16U};
      Opcode extend = kExtend[static_cast<int>(op) - static_cast<int>(Opcode::I16X8ExtmulLowI8X16S)];
      Xmm t = r.t(0);
      a_.movdqa(t, r.x(1));
      simd_extend(extend, d);
      simd_extend(extend, t);
      a_.pmullw(d, t);
      return true;
    }
    case Opcode::I32X4ExtmulLowI16X8S:
    case Opcode::I32X4ExtmulHighI16X8S:
    case Opcode::I32X4ExtmulLowI16X8U:
    case Opcode::I32X4ExtmulHighI16X8U: {
      // The low and high words of the eight products, interleaved.
      bool high = op == Opcode::I32X4ExtmulHighI16X8S || op == Opcode::I32X4ExtmulHighI16X8U;
      bool is_signed = op == Opcode::I32X4ExtmulLowI16X8S || op == Opcode::I32X4ExtmulHighI16X8S;
      Xmm t = r.t(0);
      a_.movdqa(t, d);
      a_.pmullw(t, r.x(1));
      is_signed ? a_.pmulhw(d, r.x(1)) : a_.pmulhuw(d, r.x(1));
      high ? a_.punpckhwd(t, d) : a_.punpcklwd(t, d);
      a_.movdqa(d, t);
      return true;
    }
    case Opcode::I64X2ExtmulLowI32X4S:
    case Opcode::I64X2ExtmulHighI32X4S:
    case Opcode::I64X2ExtmulLowI32X4U:
    case Opcode::I64X2ExtmulHighI32X4U: {
      bool high = op == Opcode::I64X2ExtmulHighI32X4S || op == Opcode::I64X2ExtmulHighI32X4U;
      bool is_signed = op == Opcode::I64X2ExtmulLowI32X4S || op == Opcode::I64X2ExtmulHighI32X4S;
      Xmm t = r.t(0);
      UImm8 order(high ? 0xfa : 0x50);  // dwords 2 2 3 3 or 0 0 1 1: the factors in dwords 0 and 2
      a_.pshufd(d, d, order);
      a_.pshufd(t, r.x(1), order);
      if (!is_signed) {
        a_.pmuludq(d, t);
        return true;
      }
      if (sse41) {
        a_.pmuldq(d, t);
        return true;
      }
      // The unsigned product less 2^32 * ((a < 0 ? b : 0) + (b < 0 ? a : 0)).
      Xmm u = r.t(1);
      a_.movdqa(S, d);
      a_.psrad(S, UImm8(31));
      a_.pand(S, t);
      a_.movdqa(u, t);
      a_.psrad(u, UImm8(31));
      a_.pand(u, d);
      a_.paddd(S, u);
      a_.psllq(S, UImm8(32));
      a_.pmuludq(d, t);
      a_.psubq(d, S);
      return true;
    }
    default: return false;
  }
}

}  // namespace tandem::optimizing::emission
