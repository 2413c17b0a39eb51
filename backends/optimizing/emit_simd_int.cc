// Emission of SIMD integer lanes: arithmetic, saturation, min/max,
// comparisons, shifts, narrowing and widening, multiplications. SSE2
// sequences stand in for the SSSE3/SSE4.1/SSE4.2 forms when those are off.
#include "backends/optimizing/emit_internal.h"
#include "wasm/result.h"

namespace tandem::optimizing::emission {

using wasm::Opcode;
using x64::Imm32;
using x64::Imm8;
using x64::UImm8;

namespace {

constexpr Xmm S = mach::kScratchXmm;
constexpr Gpr G = mach::kScratchGpr;

constexpr uint64_t splat8(uint8_t b) { return 0x0101010101010101ull * b; }
constexpr uint64_t splat16(uint16_t w) { return 0x0001000100010001ull * w; }
constexpr uint64_t splat32(uint32_t d) { return 0x0000000100000001ull * d; }

enum class Lanes : uint8_t { I8, I16, I32, I64 };

}  // namespace

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

void Emitter::simd_i64_greater(Xmm out, Xmm x, Xmm y, Xmm t) {
  // out = x >s y per quadword; x and y are read before out is written.
  // Without pcmpgtq: the high dwords decide when they differ (pcmpgtd);
  // when equal, y - x is negative exactly when the low dwords have x >u y.
  // The high dword's sign then spreads over the lane.
  if (settings_.isa.has_sse42) {
    a_.movdqa(S, x);
    a_.pcmpgtq(S, y);
    a_.movdqa(out, S);
    return;
  }
  a_.movdqa(t, y);
  a_.psubq(t, x);
  a_.movdqa(S, x);
  a_.pcmpeqd(S, y);
  a_.pand(t, S);
  a_.movdqa(S, x);
  a_.pcmpgtd(S, y);
  a_.por(S, t);
  a_.psrad(S, UImm8(31));
  a_.pshufd(out, S, UImm8(0xf5));  // dwords 1 1 3 3
}

bool Emitter::simd_int_compare(Opcode op, const SimdRegs& r) {
  Xmm d = r.d(), b = r.x(1);
  // Rows of opcodes.def: eq ne lt_s lt_u gt_s gt_u le_s le_u ge_s ge_u per shape.
  Lanes lanes;
  int k;
  if (op >= Opcode::I8X16Eq && op <= Opcode::I8X16GeU) {
    lanes = Lanes::I8, k = static_cast<int>(op) - static_cast<int>(Opcode::I8X16Eq);
  } else if (op >= Opcode::I16X8Eq && op <= Opcode::I16X8GeU) {
    lanes = Lanes::I16, k = static_cast<int>(op) - static_cast<int>(Opcode::I16X8Eq);
  } else if (op >= Opcode::I32X4Eq && op <= Opcode::I32X4GeU) {
    lanes = Lanes::I32, k = static_cast<int>(op) - static_cast<int>(Opcode::I32X4Eq);
  } else if (op >= Opcode::I64X2Eq && op <= Opcode::I64X2GeS) {
    // eq ne lt_s gt_s le_s ge_s
    switch (op) {
      case Opcode::I64X2Eq:
      case Opcode::I64X2Ne:
        if (settings_.isa.has_sse41) {
          a_.pcmpeqq(d, b);
        } else {
          // Both dwords equal: the dword mask and-ed with its half-swapped self.
          a_.pcmpeqd(d, b);
          a_.pshufd(S, d, UImm8(0xb1));
          a_.pand(d, S);
        }
        if (op == Opcode::I64X2Ne) simd_not(d);
        return true;
      case Opcode::I64X2GtS: simd_i64_greater(d, d, b, r.t(0)); return true;
      case Opcode::I64X2LtS: simd_i64_greater(d, b, d, r.t(0)); return true;
      case Opcode::I64X2LeS:
        simd_i64_greater(d, d, b, r.t(0));
        simd_not(d);
        return true;
      case Opcode::I64X2GeS:
        simd_i64_greater(d, b, d, r.t(0));
        simd_not(d);
        return true;
      default: return false;
    }
  } else {
    return false;
  }
  auto eq = [&](Xmm a, Xmm c) {
    lanes == Lanes::I8 ? a_.pcmpeqb(a, c) : lanes == Lanes::I16 ? a_.pcmpeqw(a, c) : a_.pcmpeqd(a, c);
  };
  auto gt = [&](Xmm a, Xmm c) {
    lanes == Lanes::I8 ? a_.pcmpgtb(a, c) : lanes == Lanes::I16 ? a_.pcmpgtw(a, c) : a_.pcmpgtd(a, c);
  };
  if (k < 2) {
    eq(d, b);
    if (k == 1) simd_not(d);
    return true;
  }
  // pcmpgt is signed: flipping each lane's sign bit on both sides orders
  // unsigned values as signed ones. b is only read, so its copy goes to
  // the scratch.
  bool is_unsigned = k % 2 == 1;
  a_.movdqa(S, b);
  if (is_unsigned) {
    uint64_t bias = lanes == Lanes::I8 ? splat8(0x80) : lanes == Lanes::I16 ? splat16(0x8000) : splat32(0x80000000u);
    Mem m = const128(bias, bias);
    a_.pxor(S, m);
    a_.pxor(d, m);
  }
  switch (k / 2) {
    case 1:  // lt: b > a
      gt(S, d);
      a_.movdqa(d, S);
      return true;
    case 2: gt(d, S); return true;  // gt
    case 3:                         // le: !(a > b)
      gt(d, S);
      simd_not(d);
      return true;
    default:  // ge: !(b > a)
      gt(S, d);
      a_.movdqa(d, S);
      simd_not(d);
      return true;
  }
}

void Emitter::simd_with_constant(Opcode op, Xmm d, const Mem& c) {
  switch (op) {
    case Opcode::V128And: a_.pand(d, c); return;
    case Opcode::V128Or: a_.por(d, c); return;
    case Opcode::V128Xor: a_.pxor(d, c); return;
    case Opcode::I8X16Add: a_.paddb(d, c); return;
    case Opcode::I16X8Add: a_.paddw(d, c); return;
    case Opcode::I32X4Add: a_.paddd(d, c); return;
    case Opcode::I64X2Add: a_.paddq(d, c); return;
    case Opcode::I8X16Sub: a_.psubb(d, c); return;
    case Opcode::I16X8Sub: a_.psubw(d, c); return;
    case Opcode::I32X4Sub: a_.psubd(d, c); return;
    case Opcode::I64X2Sub: a_.psubq(d, c); return;
    case Opcode::I8X16AddSatS: a_.paddsb(d, c); return;
    case Opcode::I8X16AddSatU: a_.paddusb(d, c); return;
    case Opcode::I16X8AddSatS: a_.paddsw(d, c); return;
    case Opcode::I16X8AddSatU: a_.paddusw(d, c); return;
    case Opcode::I8X16SubSatS: a_.psubsb(d, c); return;
    case Opcode::I8X16SubSatU: a_.psubusb(d, c); return;
    case Opcode::I16X8SubSatS: a_.psubsw(d, c); return;
    case Opcode::I16X8SubSatU: a_.psubusw(d, c); return;
    case Opcode::I8X16AvgrU: a_.pavgb(d, c); return;
    case Opcode::I16X8AvgrU: a_.pavgw(d, c); return;
    case Opcode::I8X16MinU: a_.pminub(d, c); return;
    case Opcode::I8X16MaxU: a_.pmaxub(d, c); return;
    case Opcode::I16X8MinS: a_.pminsw(d, c); return;
    case Opcode::I16X8MaxS: a_.pmaxsw(d, c); return;
    case Opcode::I16X8Mul: a_.pmullw(d, c); return;
    case Opcode::I32X4DotI16X8S: a_.pmaddwd(d, c); return;
    case Opcode::I8X16Eq: a_.pcmpeqb(d, c); return;
    case Opcode::I16X8Eq: a_.pcmpeqw(d, c); return;
    case Opcode::I32X4Eq: a_.pcmpeqd(d, c); return;
    case Opcode::I8X16NarrowI16X8S: a_.packsswb(d, c); return;
    case Opcode::I8X16NarrowI16X8U: a_.packuswb(d, c); return;
    case Opcode::I16X8NarrowI32X4S: a_.packssdw(d, c); return;
    default: TANDEM_UNREACHABLE("an operator without a constant-operand form");
  }
}

void Emitter::simd_shift_by_constant(Opcode op, Xmm d, uint8_t count) {
  if (count == 0) return;
  UImm8 n(count);
  switch (op) {
    case Opcode::I8X16Shl: {
      // Word shifts, then the bits that crossed into the next byte cleared.
      uint8_t keep = static_cast<uint8_t>(0xff << count);
      a_.psllw(d, n);
      a_.pand(d, const128(splat8(keep), splat8(keep)));
      return;
    }
    case Opcode::I8X16ShrU: {
      uint8_t keep = static_cast<uint8_t>(0xff >> count);
      a_.psrlw(d, n);
      a_.pand(d, const128(splat8(keep), splat8(keep)));
      return;
    }
    case Opcode::I8X16ShrS: {
      // Each byte doubled into a word (b << 8 | b), shifted by n + 8: the
      // word is b >> n, which packs back exactly.
      UImm8 n8(count + 8);
      a_.movdqa(S, d);
      a_.punpcklbw(d, d);
      a_.punpckhbw(S, S);
      a_.psraw(d, n8);
      a_.psraw(S, n8);
      a_.packsswb(d, S);
      return;
    }
    case Opcode::I16X8Shl: a_.psllw(d, n); return;
    case Opcode::I16X8ShrS: a_.psraw(d, n); return;
    case Opcode::I16X8ShrU: a_.psrlw(d, n); return;
    case Opcode::I32X4Shl: a_.pslld(d, n); return;
    case Opcode::I32X4ShrS: a_.psrad(d, n); return;
    case Opcode::I32X4ShrU: a_.psrld(d, n); return;
    case Opcode::I64X2Shl: a_.psllq(d, n); return;
    case Opcode::I64X2ShrU: a_.psrlq(d, n); return;
    case Opcode::I64X2ShrS: {
      // x >>s n = ((x >>u n) ^ m) - m with m the sign bit shifted alike.
      uint64_t m = 0x8000000000000000ull >> count;
      Mem mask = const128(m, m);
      a_.psrlq(d, n);
      a_.pxor(d, mask);
      a_.psubq(d, mask);
      return;
    }
    default: TANDEM_UNREACHABLE("not a lane shift");
  }
}

bool Emitter::simd_int(Opcode op, const SimdRegs& r) {
  if (simd_int_compare(op, r)) return true;
  const bool sse41 = settings_.isa.has_sse41, ssse3 = settings_.isa.has_ssse3;
  Xmm d = r.d();
  switch (op) {
    // ---- add, sub, saturation, average -------------------------------------------------------
    case Opcode::I8X16Add: a_.paddb(d, r.x(1)); return true;
    case Opcode::I16X8Add: a_.paddw(d, r.x(1)); return true;
    case Opcode::I32X4Add: a_.paddd(d, r.x(1)); return true;
    case Opcode::I64X2Add: a_.paddq(d, r.x(1)); return true;
    case Opcode::I8X16Sub: a_.psubb(d, r.x(1)); return true;
    case Opcode::I16X8Sub: a_.psubw(d, r.x(1)); return true;
    case Opcode::I32X4Sub: a_.psubd(d, r.x(1)); return true;
    case Opcode::I64X2Sub: a_.psubq(d, r.x(1)); return true;
    case Opcode::I8X16AddSatS: a_.paddsb(d, r.x(1)); return true;
    case Opcode::I8X16AddSatU: a_.paddusb(d, r.x(1)); return true;
    case Opcode::I16X8AddSatS: a_.paddsw(d, r.x(1)); return true;
    case Opcode::I16X8AddSatU: a_.paddusw(d, r.x(1)); return true;
    case Opcode::I8X16SubSatS: a_.psubsb(d, r.x(1)); return true;
    case Opcode::I8X16SubSatU: a_.psubusb(d, r.x(1)); return true;
    case Opcode::I16X8SubSatS: a_.psubsw(d, r.x(1)); return true;
    case Opcode::I16X8SubSatU: a_.psubusw(d, r.x(1)); return true;
    case Opcode::I8X16AvgrU: a_.pavgb(d, r.x(1)); return true;
    case Opcode::I16X8AvgrU: a_.pavgw(d, r.x(1)); return true;

    // ---- min and max ----------------------------------------------------------------------------
    case Opcode::I8X16MinU: a_.pminub(d, r.x(1)); return true;
    case Opcode::I8X16MaxU: a_.pmaxub(d, r.x(1)); return true;
    case Opcode::I16X8MinS: a_.pminsw(d, r.x(1)); return true;
    case Opcode::I16X8MaxS: a_.pmaxsw(d, r.x(1)); return true;
    case Opcode::I16X8MinU:
    case Opcode::I16X8MaxU:
      if (sse41) {
        op == Opcode::I16X8MinU ? a_.pminuw(d, r.x(1)) : a_.pmaxuw(d, r.x(1));
        return true;
      }
      // With sat = a - b saturated at zero (psubusw): max = b + sat, min = a - sat.
      a_.movdqa(S, d);
      a_.psubusw(S, r.x(1));
      if (op == Opcode::I16X8MinU) {
        a_.psubw(d, S);
      } else {
        a_.movdqa(d, r.x(1));
        a_.paddw(d, S);
      }
      return true;
    case Opcode::I8X16MinS:
    case Opcode::I8X16MaxS:
    case Opcode::I32X4MinS:
    case Opcode::I32X4MaxS:
    case Opcode::I32X4MinU:
    case Opcode::I32X4MaxU: {
      bool is_min = op == Opcode::I8X16MinS || op == Opcode::I32X4MinS || op == Opcode::I32X4MinU;
      bool bytes = op == Opcode::I8X16MinS || op == Opcode::I8X16MaxS;
      bool is_unsigned = op == Opcode::I32X4MinU || op == Opcode::I32X4MaxU;
      Xmm b = r.x(1);
      if (sse41) {
        switch (op) {
          case Opcode::I8X16MinS: a_.pminsb(d, b); break;
          case Opcode::I8X16MaxS: a_.pmaxsb(d, b); break;
          case Opcode::I32X4MinS: a_.pminsd(d, b); break;
          case Opcode::I32X4MaxS: a_.pmaxsd(d, b); break;
          case Opcode::I32X4MinU: a_.pminud(d, b); break;
          default: a_.pmaxud(d, b); break;
        }
        return true;
      }
      // m = a > b (signed; unsigned with both sign bits flipped), then
      // a ^ ((a ^ b) & m) for min, the same with ~m for max.
      Xmm t = r.t(0);
      a_.movdqa(t, b);
      a_.movdqa(S, d);
      if (is_unsigned) {
        Mem bias = const128(splat32(0x80000000u), splat32(0x80000000u));
        a_.pxor(t, bias);
        a_.pxor(S, bias);
      }
      bytes ? a_.pcmpgtb(S, t) : a_.pcmpgtd(S, t);
      a_.movdqa(t, b);
      a_.pxor(t, d);
      if (is_min) {
        a_.pand(t, S);
        a_.pxor(d, t);
      } else {
        a_.pandn(S, t);
        a_.pxor(d, S);
      }
      return true;
    }

    // ---- negation, absolute value, population count -----------------------------------------
    case Opcode::I8X16Neg:
    case Opcode::I16X8Neg:
    case Opcode::I32X4Neg:
    case Opcode::I64X2Neg:
      a_.pxor(S, S);
      switch (op) {
        case Opcode::I8X16Neg: a_.psubb(S, d); break;
        case Opcode::I16X8Neg: a_.psubw(S, d); break;
        case Opcode::I32X4Neg: a_.psubd(S, d); break;
        default: a_.psubq(S, d); break;
      }
      a_.movdqa(d, S);
      return true;
    case Opcode::I8X16Abs:
    case Opcode::I16X8Abs:
    case Opcode::I32X4Abs:
    case Opcode::I64X2Abs:
      if (ssse3 && op != Opcode::I64X2Abs) {
        op == Opcode::I8X16Abs ? a_.pabsb(d, d) : op == Opcode::I16X8Abs ? a_.pabsw(d, d) : a_.pabsd(d, d);
        return true;
      }
      // |x| = (x ^ s) - s with s each lane's sign spread; the minimum stays itself.
      switch (op) {
        case Opcode::I8X16Abs:
          a_.pxor(S, S);
          a_.pcmpgtb(S, d);  // no byte shift: 0 > x
          break;
        case Opcode::I16X8Abs:
          a_.movdqa(S, d);
          a_.psraw(S, UImm8(15));
          break;
        case Opcode::I32X4Abs:
          a_.movdqa(S, d);
          a_.psrad(S, UImm8(31));
          break;
        default:
          a_.pshufd(S, d, UImm8(0xf5));  // each high dword in both halves
          a_.psrad(S, UImm8(31));
          break;
      }
      a_.pxor(d, S);
      switch (op) {
        case Opcode::I8X16Abs: a_.psubb(d, S); break;
        case Opcode::I16X8Abs: a_.psubw(d, S); break;
        case Opcode::I32X4Abs: a_.psubd(d, S); break;
        default: a_.psubq(d, S); break;
      }
      return true;
    case Opcode::I8X16Popcnt: {
      // The bit-slice count, per byte (word shifts: the masks drop what
      // crosses into a neighbouring byte).
      Mem m55 = const128(splat8(0x55), splat8(0x55)), m33 = const128(splat8(0x33), splat8(0x33));
      a_.movdqa(S, d);
      a_.psrlw(S, UImm8(1));
      a_.pand(S, m55);
      a_.psubb(d, S);  // 2-bit counts
      a_.movdqa(S, d);
      a_.psrlw(S, UImm8(2));
      a_.pand(S, m33);
      a_.pand(d, m33);
      a_.paddb(d, S);  // 4-bit counts
      a_.movdqa(S, d);
      a_.psrlw(S, UImm8(4));
      a_.paddb(d, S);
      a_.pand(d, const128(splat8(0x0f), splat8(0x0f)));
      return true;
    }

    // ---- shifts (the count taken modulo the lane width) -------------------------------------------
    case Opcode::I8X16Shl:
    case Opcode::I8X16ShrS:
    case Opcode::I8X16ShrU:
    case Opcode::I16X8Shl:
    case Opcode::I16X8ShrS:
    case Opcode::I16X8ShrU:
    case Opcode::I32X4Shl:
    case Opcode::I32X4ShrS:
    case Opcode::I32X4ShrU:
    case Opcode::I64X2Shl:
    case Opcode::I64X2ShrS:
    case Opcode::I64X2ShrU: {
      Xmm c = r.t(0);
      int bits = op <= Opcode::I8X16ShrU ? 8 : op <= Opcode::I16X8ShrU ? 16 : op <= Opcode::I32X4ShrU ? 32 : 64;
      bool shl = op == Opcode::I8X16Shl || op == Opcode::I16X8Shl || op == Opcode::I32X4Shl || op == Opcode::I64X2Shl;
      bool sar =
          op == Opcode::I8X16ShrS || op == Opcode::I16X8ShrS || op == Opcode::I32X4ShrS || op == Opcode::I64X2ShrS;
      a_.mov(G, r.g(1), x64::S32);
      a_.and_(G, Imm8(static_cast<int8_t>(bits - 1)), x64::S32);
      if (bits == 8) {
        // No byte shifts: each byte is doubled into a word (b << 8 | b)
        // and the words shifted. Shl keeps the low byte, (b << n) & 0xff;
        // shifted right by n + 8 the word is b >> n, signed or not. Either
        // way each word then fits its byte, so packing is exact.
        if (!shl) a_.add(G, Imm8(8), x64::S32);
        a_.movd(c, G, x64::S32);
        a_.movdqa(S, d);
        a_.punpcklbw(d, d);
        a_.punpckhbw(S, S);
        if (shl) {
          Mem low_bytes = const128(splat16(0x00ff), splat16(0x00ff));
          a_.psllw(d, c);
          a_.psllw(S, c);
          a_.pand(d, low_bytes);
          a_.pand(S, low_bytes);
          a_.packuswb(d, S);
        } else if (sar) {
          a_.psraw(d, c);
          a_.psraw(S, c);
          a_.packsswb(d, S);
        } else {
          a_.psrlw(d, c);
          a_.psrlw(S, c);
          a_.packuswb(d, S);
        }
        return true;
      }
      a_.movd(c, G, x64::S32);
      switch (bits) {
        case 16: shl ? a_.psllw(d, c) : sar ? a_.psraw(d, c) : a_.psrlw(d, c); return true;
        case 32: shl ? a_.pslld(d, c) : sar ? a_.psrad(d, c) : a_.psrld(d, c); return true;
        default:
          if (sar) {
            // No psraq before AVX-512: with m = the sign bit shifted the
            // same way, x >>s n = ((x >>u n) ^ m) - m.
            a_.movdqa(S, const128(0x8000000000000000ull, 0x8000000000000000ull));
            a_.psrlq(S, c);
            a_.psrlq(d, c);
            a_.pxor(d, S);
            a_.psubq(d, S);
            return true;
          }
          shl ? a_.psllq(d, c) : a_.psrlq(d, c);
          return true;
      }
    }

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
