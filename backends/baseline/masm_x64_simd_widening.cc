// x86-64 MacroAssembler: v128 integer operations that widen or count:
// popcnt, extadd_pairwise, extmul, q15mulr_sat_s, and i8x16 signed min/max.
// Each has an SSE2 sequence; pmulhrsw (SSSE3), pminsb/pmaxsb and pmuldq
// (SSE4.1) are used only when the settings allow them.
#include "backends/baseline/masm_x64.h"

namespace tandem::baseline {

using namespace compile::x64;  // NOLINT: the assembler's vocabulary, in this file only

namespace {

constexpr Xmm kSimdScratch = xmm14;  // the float sequences' scratch (masm_x64.h)

}  // namespace

void MacroAssemblerX64::simd_min_max_s8(bool is_min, Xmm d, Xmm s) {
  if (asm_.allowed_isa().has_sse41) {
    is_min ? asm_.pminsb(d, s) : asm_.pmaxsb(d, s);
    return;
  }
  // Flipping the sign bits orders signed bytes as unsigned ones, which
  // SSE2 compares; the result is flipped back.
  const Mem bias = splat_constant8(0x80);
  asm_.movdqa(kSimdScratch, s);
  asm_.pxor(kSimdScratch, bias);
  asm_.pxor(d, bias);
  is_min ? asm_.pminub(d, kSimdScratch) : asm_.pmaxub(d, kSimdScratch);
  asm_.pxor(d, bias);
}

void MacroAssemblerX64::simd_popcnt(Xmm d) {
  // The SWAR count, per byte: pairs, then nibbles, then the byte. The word
  // shifts carry bits across byte boundaries; the masks drop them (the
  // last sum is at most 8 in the low nibble, which the final mask keeps).
  asm_.movdqa(kSimdScratch, d);
  asm_.psrlw(kSimdScratch, UImm8(1));
  asm_.pand(kSimdScratch, splat_constant8(0x55));
  asm_.psubb(d, kSimdScratch);
  const Mem pairs = splat_constant8(0x33);
  asm_.movdqa(kSimdScratch, d);
  asm_.psrlw(kSimdScratch, UImm8(2));
  asm_.pand(kSimdScratch, pairs);
  asm_.pand(d, pairs);
  asm_.paddb(d, kSimdScratch);
  asm_.movdqa(kSimdScratch, d);
  asm_.psrlw(kSimdScratch, UImm8(4));
  asm_.paddb(d, kSimdScratch);
  asm_.pand(d, splat_constant8(0x0f));
}

void MacroAssemblerX64::simd_ext_add_pairwise(SimdUnOp op, Xmm d) {
  switch (op) {
    case SimdUnOp::ExtAddPairwiseS8:
      // Even bytes sign-extended in place (shifted up, then arithmetically
      // down), odd bytes by the arithmetic shift alone.
      asm_.movdqa(kSimdScratch, d);
      asm_.psllw(kSimdScratch, UImm8(8));
      asm_.psraw(kSimdScratch, UImm8(8));
      asm_.psraw(d, UImm8(8));
      asm_.paddw(d, kSimdScratch);
      return;
    case SimdUnOp::ExtAddPairwiseU8:
      asm_.movdqa(kSimdScratch, d);
      asm_.pand(kSimdScratch, splat_constant16(0x00ff));
      asm_.psrlw(d, UImm8(8));
      asm_.paddw(d, kSimdScratch);
      return;
    case SimdUnOp::ExtAddPairwiseS16: asm_.pmaddwd(d, splat_constant16(1)); return;
    case SimdUnOp::ExtAddPairwiseU16:
      // pmaddwd is signed: biased by -0x8000 each word is signed, the pair's
      // sum is 0x10000 short.
      asm_.pxor(d, splat_constant16(0x8000));
      asm_.pmaddwd(d, splat_constant16(1));
      asm_.paddd(d, splat_constant32(0x10000));
      return;
    default: TANDEM_UNREACHABLE("not an extadd_pairwise");
  }
}

void MacroAssemblerX64::simd_ext_mul(LaneShape wide, bool high, bool is_signed, Reg dst, Reg src, Reg tmp) {
  const Xmm d = xmm(dst), s = xmm(src), t = xmm(tmp);
  switch (wide) {
    case LaneShape::I16x8: {
      // Both operands widened, then the low 16 bits of each product.
      const SimdUnOp extend = is_signed ? (high ? SimdUnOp::ExtendHighS8 : SimdUnOp::ExtendLowS8)
                                        : (high ? SimdUnOp::ExtendHighU8 : SimdUnOp::ExtendLowU8);
      asm_.movdqa(t, s);
      simd_extend(extend, t);
      simd_extend(extend, d);
      asm_.pmullw(d, t);
      return;
    }
    case LaneShape::I32x4:
      // The low and high halves of the word products, interleaved.
      asm_.movdqa(t, d);
      asm_.pmullw(t, s);
      is_signed ? asm_.pmulhw(d, s) : asm_.pmulhuw(d, s);
      high ? asm_.punpckhwd(t, d) : asm_.punpcklwd(t, d);
      asm_.movdqa(d, t);
      return;
    case LaneShape::I64x2: {
      // The half's two dwords to the even positions (pshufd 0,0,1,1 or
      // 2,2,3,3), where pmuludq / pmuldq multiply them into quadwords.
      const uint8_t spread = high ? 0xfa : 0x50;
      asm_.pshufd(d, d, UImm8(spread));
      asm_.pshufd(t, s, UImm8(spread));
      if (!is_signed) {
        asm_.pmuludq(d, t);
      } else if (asm_.allowed_isa().has_sse41) {
        asm_.pmuldq(d, t);
      } else {
        // With a' = a ^ 2^31 = a + 2^31 (unsigned), modulo 2^64:
        // a * b = a' * b' - 2^31 * (a' + b') + 2^62. The odd dwords are
        // copies of the even ones, so a quadword shift right by 32 is a'
        // zero-extended.
        const Mem bias = splat_constant32(0x80000000u);
        asm_.pxor(d, bias);
        asm_.pxor(t, bias);
        asm_.movdqa(kSimdScratch, d);
        asm_.psrlq(kSimdScratch, UImm8(32));
        asm_.pmuludq(d, t);
        asm_.psrlq(t, UImm8(32));
        asm_.paddq(kSimdScratch, t);
        asm_.psllq(kSimdScratch, UImm8(31));
        asm_.psubq(d, kSimdScratch);
        asm_.paddq(d, splat_constant64(uint64_t{1} << 62));
      }
      return;
    }
    case LaneShape::I8x16: break;
  }
  TANDEM_UNREACHABLE("extmul widens to i16x8, i32x4 or i64x2");
}

void MacroAssemblerX64::simd_q15_mulr_sat(Reg dst, Reg src, Reg tmp) {
  const Xmm d = xmm(dst), s = xmm(src), t = xmm(tmp);
  if (asm_.allowed_isa().has_ssse3) {
    // pmulhrsw is (a * b + 0x4000) >> 15 without saturation: only
    // -0x8000 * -0x8000 overflows, to 0x8000, which becomes 0x7fff.
    asm_.pmulhrsw(d, s);
    asm_.movdqa(kSimdScratch, splat_constant16(0x8000));
    asm_.pcmpeqw(kSimdScratch, d);
    asm_.pxor(d, kSimdScratch);
    return;
  }
  // The 32-bit products from their low and high halves, rounded and
  // shifted, then packed with signed saturation.
  asm_.movdqa(t, d);
  asm_.pmullw(t, s);
  asm_.pmulhw(d, s);
  asm_.movdqa(kSimdScratch, t);
  asm_.punpcklwd(kSimdScratch, d);
  asm_.punpckhwd(t, d);
  const Mem rounding = splat_constant32(0x4000);
  asm_.paddd(kSimdScratch, rounding);
  asm_.paddd(t, rounding);
  asm_.psrad(kSimdScratch, UImm8(15));
  asm_.psrad(t, UImm8(15));
  asm_.packssdw(kSimdScratch, t);
  asm_.movdqa(d, kSimdScratch);
}

}  // namespace tandem::baseline
