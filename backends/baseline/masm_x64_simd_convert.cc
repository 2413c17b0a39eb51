// x86-64 MacroAssembler: v128 conversions between integer and float lanes,
// and float rounding. The conversions are SSE2; roundps/roundpd (SSE4.1)
// are used only when the settings allow them, with an SSE2 sequence
// otherwise.
#include "backends/baseline/masm_x64.h"

namespace tandem::baseline {

using namespace compile::x64;  // NOLINT: the assembler's vocabulary, in this file only

namespace {

constexpr Xmm kSimdScratch = xmm14;  // the float sequences' scratch (masm_x64.h)

constexpr uint32_t kF32TwoTo31 = 0x4f000000;  // 2^31
constexpr uint32_t kF32TwoTo32 = 0x4f800000;
constexpr uint32_t kF32TwoTo16 = 0x47800000;
constexpr uint32_t kF32TwoTo23 = 0x4b000000;
constexpr uint32_t kF32One = 0x3f800000;
constexpr uint64_t kF64TwoTo31 = 0x41e0000000000000ull;
constexpr uint64_t kF64TwoTo52 = 0x4330000000000000ull;
constexpr uint64_t kF64One = 0x3ff0000000000000ull;
constexpr uint64_t kF64I32Max = 0x41dfffffffc00000ull;  // 2^31 - 1
constexpr uint64_t kF64U32Max = 0x41efffffffe00000ull;  // 2^32 - 1

}  // namespace

void MacroAssemblerX64::simd_convert(SimdConvertOp op, Reg dst, Reg tmp) {
  const Xmm d = xmm(dst), t = xmm(tmp);
  switch (op) {
    case SimdConvertOp::F32x4ConvertI32x4S: asm_.cvtdq2ps(d, d); return;
    case SimdConvertOp::F32x4ConvertI32x4U:
      // The high and low 16 bits convert exactly, and the scaling of the
      // high part is exact too: the sum rounds once, as the spec wants.
      asm_.movdqa(t, d);
      asm_.pslld(t, UImm8(16));
      asm_.psrld(t, UImm8(16));
      asm_.psrld(d, UImm8(16));
      asm_.cvtdq2ps(d, d);
      asm_.mulps(d, splat_constant32(kF32TwoTo16));
      asm_.cvtdq2ps(t, t);
      asm_.addps(d, t);
      return;
    case SimdConvertOp::F64x2ConvertLowI32x4S: asm_.cvtdq2pd(d, d); return;
    case SimdConvertOp::F64x2ConvertLowI32x4U:
      // Each dword under the high dword of 2^52 is the double 2^52 + x.
      asm_.punpckldq(d, splat_constant32(static_cast<uint32_t>(kF64TwoTo52 >> 32)));
      asm_.subpd(d, splat_constant64(kF64TwoTo52));
      return;
    case SimdConvertOp::I32x4TruncSatF32x4S:
      // cvttps2dq gives 0x80000000 for NaN and out of range: NaN lanes are
      // zeroed first, and the lanes at or above 2^31 flipped to 0x7fffffff.
      asm_.movaps(kSimdScratch, d);
      asm_.cmpps(kSimdScratch, d, FloatCmp::Eq);
      asm_.andps(d, kSimdScratch);
      asm_.movaps(kSimdScratch, splat_constant32(kF32TwoTo31));
      asm_.cmpps(kSimdScratch, d, FloatCmp::Le);
      asm_.cvttps2dq(d, d);
      asm_.pxor(d, kSimdScratch);
      return;
    case SimdConvertOp::I32x4TruncSatF32x4U:
      // maxps returns its second operand for NaN: NaN and negative lanes
      // become +0. Lanes in [2^31, 2^32) convert as x - 2^31 with the top
      // bit or-ed back (cvttps2dq gives 0x80000000 for x itself); lanes from
      // 2^32 on become all ones.
      asm_.xorps(kSimdScratch, kSimdScratch);
      asm_.maxps(d, kSimdScratch);
      asm_.movaps(t, d);
      asm_.subps(t, splat_constant32(kF32TwoTo31));
      asm_.cvttps2dq(t, t);
      asm_.movaps(kSimdScratch, splat_constant32(kF32TwoTo31));
      asm_.cmpps(kSimdScratch, d, FloatCmp::Le);
      asm_.pand(t, kSimdScratch);
      asm_.movaps(kSimdScratch, splat_constant32(kF32TwoTo32));
      asm_.cmpps(kSimdScratch, d, FloatCmp::Le);
      asm_.por(t, kSimdScratch);
      asm_.cvttps2dq(d, d);
      asm_.por(d, t);
      return;
    case SimdConvertOp::I32x4TruncSatF64x2SZero:
      // NaN lanes zeroed, the rest clamped above (below, cvttpd2dq's
      // 0x80000000 is the minimum already); cvttpd2dq zeroes the high lanes.
      asm_.movapd(kSimdScratch, d);
      asm_.cmppd(kSimdScratch, d, FloatCmp::Eq);
      asm_.andpd(d, kSimdScratch);
      asm_.minpd(d, splat_constant64(kF64I32Max));
      asm_.cvttpd2dq(d, d);
      return;
    case SimdConvertOp::I32x4TruncSatF64x2UZero:
      // Clamped to [0, 2^32 - 1] (maxpd takes NaN to 0), then as for f32:
      // lanes from 2^31 convert as x - 2^31 with the top bit or-ed back.
      asm_.xorpd(kSimdScratch, kSimdScratch);
      asm_.maxpd(d, kSimdScratch);
      asm_.minpd(d, splat_constant64(kF64U32Max));
      asm_.movapd(t, d);
      asm_.subpd(t, splat_constant64(kF64TwoTo31));
      asm_.cvttpd2dq(t, t);
      asm_.movapd(kSimdScratch, splat_constant64(kF64TwoTo31));
      asm_.cmppd(kSimdScratch, d, FloatCmp::Le);
      asm_.pshufd(kSimdScratch, kSimdScratch, UImm8(0x08));  // quadword masks to dwords 0 and 1
      asm_.pand(t, kSimdScratch);
      asm_.cvttpd2dq(d, d);
      asm_.por(d, t);
      return;
    case SimdConvertOp::F32x4DemoteF64x2Zero: asm_.cvtpd2ps(d, d); return;
    case SimdConvertOp::F64x2PromoteLowF32x4: asm_.cvtps2pd(d, d); return;
  }
}

void MacroAssemblerX64::simd_round(RoundOp op, FloatWidth w, Reg dst, Reg tmp1, Reg tmp2) {
  const Xmm d = xmm(dst), r = xmm(tmp1), a = xmm(tmp2);
  const bool f32 = w == FloatWidth::F32;
  if (asm_.allowed_isa().has_sse41) {
    static constexpr RoundMode kModes[] = {RoundMode::Up, RoundMode::Down, RoundMode::Trunc, RoundMode::Nearest};
    const RoundMode mode = kModes[static_cast<int>(op)];
    f32 ? asm_.roundps(d, d, mode) : asm_.roundpd(d, d, mode);
    return;
  }
  // SSE2. Below M = 2^23 (2^52 for f64) a magnitude plus M rounds to an
  // integer, to nearest even, and minus M is that integer exactly. From
  // there a comparison with the input steps one down (trunc on the
  // magnitude, floor) or up (ceil), and the input's sign is or-ed back:
  // each result has it, zeros included (ceil(-0.5) is -0). Lanes at or
  // above M (and infinities) are integers already and keep the input; a
  // NaN lane, not below M either, is the quieted NaN the addition made.
  const Mem magic = f32 ? splat_constant32(kF32TwoTo23) : splat_constant64(kF64TwoTo52);
  const Mem one = f32 ? splat_constant32(kF32One) : splat_constant64(kF64One);
  const auto add = [&](Xmm x, auto y) { f32 ? asm_.addps(x, y) : asm_.addpd(x, y); };
  const auto sub = [&](Xmm x, auto y) { f32 ? asm_.subps(x, y) : asm_.subpd(x, y); };
  const auto cmp = [&](Xmm x, Xmm y, FloatCmp c) { f32 ? asm_.cmpps(x, y, c) : asm_.cmppd(x, y, c); };
  // r += or -= 1 in the lanes where `x < y`.
  const auto step = [&](Xmm x, Xmm y, bool up) {
    asm_.movaps(kSimdScratch, x);
    cmp(kSimdScratch, y, FloatCmp::Lt);
    asm_.andps(kSimdScratch, one);
    up ? add(r, kSimdScratch) : sub(r, kSimdScratch);
  };
  const auto or_sign_of_input = [&] {
    asm_.movaps(kSimdScratch, d);
    asm_.andps(kSimdScratch, sign_mask(w));
    asm_.orps(r, kSimdScratch);
  };
  asm_.movaps(a, d);
  asm_.andps(a, abs_mask(w));
  asm_.movaps(r, a);
  add(r, magic);
  sub(r, magic);
  if (op == RoundOp::Trunc) step(a, r, /*up=*/false);
  or_sign_of_input();
  if (op == RoundOp::Floor) step(d, r, /*up=*/false);
  if (op == RoundOp::Ceil) step(r, d, /*up=*/true);
  or_sign_of_input();
  // d = M <= |x| (ordered: not for NaN) ? x : r.
  asm_.movaps(kSimdScratch, magic);
  cmp(kSimdScratch, a, FloatCmp::Le);
  asm_.andps(d, kSimdScratch);
  asm_.andnps(kSimdScratch, r);
  asm_.orps(d, kSimdScratch);
}

}  // namespace tandem::baseline
