// x86-64 MacroAssembler: v128 operations. SSE2 is the floor (every x86-64
// has it); SSE4.1 forms (ptest, pinsr/pextr b/d/q) are used only when the
// settings allow them, with an SSE2 sequence otherwise, so that both paths
// stay reachable by the fuzzer's ISA choices. Lane moves, shuffles and lane
// memory accesses are in masm_x64_simd_lanes.cc, conversions and rounding
// in masm_x64_simd_convert.cc, the widening and counting integer
// operations in masm_x64_simd_widening.cc.
#include "backends/baseline/masm_x64.h"

namespace tandem::baseline {

using namespace compile::x64;  // NOLINT: the assembler's vocabulary, in this file only

namespace {

constexpr Gpr kScratch = r11;
constexpr Xmm kSimdScratch = xmm14;  // the float sequences' scratch (masm_x64.h)

// pshufd's immediate that copies dword `lane` into every dword.
constexpr uint8_t broadcast_dword(uint8_t lane) { return static_cast<uint8_t>(lane * 0x55); }

}  // namespace

Mem MacroAssemblerX64::splat_constant8(uint8_t bits) {
  return splat_constant64(uint64_t{bits} * 0x0101010101010101ull);
}
Mem MacroAssemblerX64::splat_constant16(uint16_t bits) {
  return splat_constant64(uint64_t{bits} * 0x0001000100010001ull);
}
Mem MacroAssemblerX64::splat_constant32(uint32_t bits) {
  return splat_constant64(uint64_t{bits} * 0x0000000100000001ull);
}
Mem MacroAssemblerX64::splat_constant64(uint64_t bits) { return Mem::rip(buffer().constant128(bits, bits)); }

template <typename Emit>
void MacroAssemblerX64::simd_swapped(Xmm dst, Xmm src, Emit emit) {
  asm_.movdqa(kSimdScratch, src);
  emit(kSimdScratch, dst);
  asm_.movdqa(dst, kSimdScratch);
}

void MacroAssemblerX64::load_v128_constant(Reg dst, uint64_t low, uint64_t high) {
  const Xmm x = xmm(dst);
  if (low == 0 && high == 0) {
    asm_.pxor(x, x);
  } else if (low == ~uint64_t{0} && high == ~uint64_t{0}) {
    asm_.pcmpeqd(x, x);
  } else {
    asm_.movdqu(x, Mem::rip(buffer().constant128(low, high)));
  }
}

void MacroAssemblerX64::simd_binary(SimdBinOp op, Reg dst_reg, Reg src_reg) {
  const Xmm d = xmm(dst_reg), s = xmm(src_reg);
  switch (op) {
    case SimdBinOp::And: asm_.pand(d, s); return;
    case SimdBinOp::AndNot:
      // pandn computes ~dst & src.
      simd_swapped(d, s, [this](Xmm a, Xmm b) { asm_.pandn(a, b); });
      return;
    case SimdBinOp::Or: asm_.por(d, s); return;
    case SimdBinOp::Xor: asm_.pxor(d, s); return;
    case SimdBinOp::AddI8: asm_.paddb(d, s); return;
    case SimdBinOp::AddI16: asm_.paddw(d, s); return;
    case SimdBinOp::AddI32: asm_.paddd(d, s); return;
    case SimdBinOp::AddI64: asm_.paddq(d, s); return;
    case SimdBinOp::SubI8: asm_.psubb(d, s); return;
    case SimdBinOp::SubI16: asm_.psubw(d, s); return;
    case SimdBinOp::SubI32: asm_.psubd(d, s); return;
    case SimdBinOp::SubI64: asm_.psubq(d, s); return;
    case SimdBinOp::AddSatS8: asm_.paddsb(d, s); return;
    case SimdBinOp::AddSatU8: asm_.paddusb(d, s); return;
    case SimdBinOp::AddSatS16: asm_.paddsw(d, s); return;
    case SimdBinOp::AddSatU16: asm_.paddusw(d, s); return;
    case SimdBinOp::SubSatS8: asm_.psubsb(d, s); return;
    case SimdBinOp::SubSatU8: asm_.psubusb(d, s); return;
    case SimdBinOp::SubSatS16: asm_.psubsw(d, s); return;
    case SimdBinOp::SubSatU16: asm_.psubusw(d, s); return;
    case SimdBinOp::MulI16: asm_.pmullw(d, s); return;
    case SimdBinOp::MinU8: asm_.pminub(d, s); return;
    case SimdBinOp::MaxU8: asm_.pmaxub(d, s); return;
    case SimdBinOp::MinS16: asm_.pminsw(d, s); return;
    case SimdBinOp::MaxS16: asm_.pmaxsw(d, s); return;
    case SimdBinOp::AvgrU8: asm_.pavgb(d, s); return;
    case SimdBinOp::AvgrU16: asm_.pavgw(d, s); return;
    case SimdBinOp::EqI8: asm_.pcmpeqb(d, s); return;
    case SimdBinOp::EqI16: asm_.pcmpeqw(d, s); return;
    case SimdBinOp::EqI32: asm_.pcmpeqd(d, s); return;
    case SimdBinOp::NeI8:
    case SimdBinOp::NeI16:
    case SimdBinOp::NeI32: {
      // Not equal is the complement of equal.
      const SimdBinOp eq = op == SimdBinOp::NeI8    ? SimdBinOp::EqI8
                           : op == SimdBinOp::NeI16 ? SimdBinOp::EqI16
                                                    : SimdBinOp::EqI32;
      simd_binary(eq, dst_reg, src_reg);
      simd_unary(SimdUnOp::Not, dst_reg);
      return;
    }
    // cmpps/cmppd: Neq is unordered-or-unequal (true for NaN, as wasm's ne);
    // Lt and Le are ordered. Gt and Ge are Lt and Le with the operands swapped.
    case SimdBinOp::EqF32: asm_.cmpps(d, s, FloatCmp::Eq); return;
    case SimdBinOp::NeF32: asm_.cmpps(d, s, FloatCmp::Neq); return;
    case SimdBinOp::LtF32: asm_.cmpps(d, s, FloatCmp::Lt); return;
    case SimdBinOp::LeF32: asm_.cmpps(d, s, FloatCmp::Le); return;
    case SimdBinOp::GtF32: simd_swapped(d, s, [this](Xmm a, Xmm b) { asm_.cmpps(a, b, FloatCmp::Lt); }); return;
    case SimdBinOp::GeF32: simd_swapped(d, s, [this](Xmm a, Xmm b) { asm_.cmpps(a, b, FloatCmp::Le); }); return;
    case SimdBinOp::EqF64: asm_.cmppd(d, s, FloatCmp::Eq); return;
    case SimdBinOp::NeF64: asm_.cmppd(d, s, FloatCmp::Neq); return;
    case SimdBinOp::LtF64: asm_.cmppd(d, s, FloatCmp::Lt); return;
    case SimdBinOp::LeF64: asm_.cmppd(d, s, FloatCmp::Le); return;
    case SimdBinOp::GtF64: simd_swapped(d, s, [this](Xmm a, Xmm b) { asm_.cmppd(a, b, FloatCmp::Lt); }); return;
    case SimdBinOp::GeF64: simd_swapped(d, s, [this](Xmm a, Xmm b) { asm_.cmppd(a, b, FloatCmp::Le); }); return;
    // minps x, y is x < y ? x : y, else y (NaN, equal zeros): pmin(a, b) =
    // b < a ? b : a is minps b, a; pmax(a, b) = a < b ? b : a is maxps b, a.
    case SimdBinOp::PMinF32: simd_swapped(d, s, [this](Xmm a, Xmm b) { asm_.minps(a, b); }); return;
    case SimdBinOp::PMaxF32: simd_swapped(d, s, [this](Xmm a, Xmm b) { asm_.maxps(a, b); }); return;
    case SimdBinOp::PMinF64: simd_swapped(d, s, [this](Xmm a, Xmm b) { asm_.minpd(a, b); }); return;
    case SimdBinOp::PMaxF64: simd_swapped(d, s, [this](Xmm a, Xmm b) { asm_.maxpd(a, b); }); return;
    case SimdBinOp::NarrowS8: asm_.packsswb(d, s); return;
    case SimdBinOp::NarrowU8: asm_.packuswb(d, s); return;  // signed words in, as wasm's
    case SimdBinOp::NarrowS16: asm_.packssdw(d, s); return;
    case SimdBinOp::NarrowU16: simd_narrow_u16(d, s); return;
    case SimdBinOp::MinU16:
    case SimdBinOp::MaxU16: simd_min_max_u16(op == SimdBinOp::MinU16, d, s); return;
    case SimdBinOp::MinS8:
    case SimdBinOp::MaxS8: simd_min_max_s8(op == SimdBinOp::MinS8, d, s); return;
    case SimdBinOp::DotI16S: asm_.pmaddwd(d, s); return;
  }
  TANDEM_UNREACHABLE("bad SimdBinOp");
}

void MacroAssemblerX64::simd_narrow_u16(Xmm d, Xmm s) {
  if (asm_.allowed_isa().has_sse41) {
    asm_.packusdw(d, s);
    return;
  }
  // SSE2 packs unsigned only bytes. Negative dwords become 0 (x & ~(x >> 31)),
  // then biased by -0x8000 the range [0, 0xffff] is exactly what packssdw
  // keeps, and the bias comes off each word with an xor. The clamp comes
  // first so that the bias cannot wrap a large negative dword.
  const auto clamp_into_scratch = [this](Xmm x) {
    asm_.movdqa(kSimdScratch, x);
    asm_.psrad(kSimdScratch, UImm8(31));
    asm_.pandn(kSimdScratch, x);
  };
  const Mem dword_bias = Mem::rip(buffer().constant128(0x0000800000008000ull, 0x0000800000008000ull));
  clamp_into_scratch(d);
  asm_.movdqa(d, kSimdScratch);
  asm_.psubd(d, dword_bias);
  clamp_into_scratch(s);
  asm_.psubd(kSimdScratch, dword_bias);
  asm_.packssdw(d, kSimdScratch);
  asm_.pxor(d, Mem::rip(buffer().constant128(0x8000800080008000ull, 0x8000800080008000ull)));
}

void MacroAssemblerX64::simd_min_max_u16(bool is_min, Xmm d, Xmm s) {
  // pminuw/pmaxuw are SSE4.1; with sat = d - s saturated at zero (psubusw),
  // max = s + sat and min = d - sat, in SSE2 under every setting.
  asm_.movdqa(kSimdScratch, d);
  asm_.psubusw(kSimdScratch, s);
  if (is_min) {
    asm_.psubw(d, kSimdScratch);
  } else {
    asm_.movdqa(d, s);
    asm_.paddw(d, kSimdScratch);
  }
}

void MacroAssemblerX64::simd_extend(SimdUnOp op, Xmm d) {
  // Each lane interleaved with itself then shifted right arithmetically
  // (i32 to i64: with its sign, spread), or with zero; the high half is
  // moved down by the high unpack.
  const int k = static_cast<int>(op) - static_cast<int>(SimdUnOp::ExtendLowS8);
  const int width = k / 4;  // 0: bytes, 1: words, 2: dwords
  const bool high = k % 2 != 0, is_signed = k % 4 < 2;
  const auto unpack = [&](Xmm a, Xmm b) {
    switch (width) {
      case 0: high ? asm_.punpckhbw(a, b) : asm_.punpcklbw(a, b); return;
      case 1: high ? asm_.punpckhwd(a, b) : asm_.punpcklwd(a, b); return;
      default: high ? asm_.punpckhdq(a, b) : asm_.punpckldq(a, b); return;
    }
  };
  if (!is_signed) {
    asm_.pxor(kSimdScratch, kSimdScratch);
    unpack(d, kSimdScratch);
    return;
  }
  switch (width) {
    case 0:
      unpack(d, d);
      asm_.psraw(d, UImm8(8));
      return;
    case 1:
      unpack(d, d);
      asm_.psrad(d, UImm8(16));
      return;
    default:
      // No 64-bit arithmetic shift: the dwords' signs, spread, are the high halves.
      asm_.movdqa(kSimdScratch, d);
      asm_.psrad(kSimdScratch, UImm8(31));
      unpack(d, kSimdScratch);
      return;
  }
}

void MacroAssemblerX64::simd_abs(SimdUnOp op, Xmm d) {
  // |x| = (x ^ s) - s with s each lane's sign spread (all ones or zero), in
  // SSE2 alone (pabs* is SSSE3, and there is no i64 form before AVX-512).
  // The minimum stays itself, as wasm wants.
  switch (op) {
    case SimdUnOp::AbsI8:
      asm_.pxor(kSimdScratch, kSimdScratch);
      asm_.pcmpgtb(kSimdScratch, d);  // no byte shift: 0 > x
      break;
    case SimdUnOp::AbsI16:
      asm_.movdqa(kSimdScratch, d);
      asm_.psraw(kSimdScratch, UImm8(15));
      break;
    case SimdUnOp::AbsI32:
      asm_.movdqa(kSimdScratch, d);
      asm_.psrad(kSimdScratch, UImm8(31));
      break;
    case SimdUnOp::AbsI64:
      asm_.pshufd(kSimdScratch, d, UImm8(0xf5));  // each high dword in both halves
      asm_.psrad(kSimdScratch, UImm8(31));
      break;
    default: TANDEM_UNREACHABLE("not an abs");
  }
  asm_.pxor(d, kSimdScratch);
  switch (op) {
    case SimdUnOp::AbsI8: asm_.psubb(d, kSimdScratch); return;
    case SimdUnOp::AbsI16: asm_.psubw(d, kSimdScratch); return;
    case SimdUnOp::AbsI32: asm_.psubd(d, kSimdScratch); return;
    default: asm_.psubq(d, kSimdScratch); return;
  }
}

void MacroAssemblerX64::simd_unary(SimdUnOp op, Reg dst) {
  const Xmm d = xmm(dst);
  if (op >= SimdUnOp::ExtAddPairwiseS8) {
    simd_ext_add_pairwise(op, d);
    return;
  }
  if (op == SimdUnOp::PopcntI8) {
    simd_popcnt(d);
    return;
  }
  if (op >= SimdUnOp::AbsI8) {
    simd_abs(op, d);
    return;
  }
  if (op >= SimdUnOp::ExtendLowS8) {
    simd_extend(op, d);
    return;
  }
  if (op == SimdUnOp::Not) {
    asm_.pcmpeqd(kSimdScratch, kSimdScratch);
    asm_.pxor(d, kSimdScratch);
    return;
  }
  // Negation is 0 - dst.
  asm_.pxor(kSimdScratch, kSimdScratch);
  switch (op) {
    case SimdUnOp::NegI8: asm_.psubb(kSimdScratch, d); break;
    case SimdUnOp::NegI16: asm_.psubw(kSimdScratch, d); break;
    case SimdUnOp::NegI32: asm_.psubd(kSimdScratch, d); break;
    case SimdUnOp::NegI64: asm_.psubq(kSimdScratch, d); break;
    default: TANDEM_UNREACHABLE("not a negation");
  }
  asm_.movdqa(d, kSimdScratch);
}

void MacroAssemblerX64::simd_any_true(Reg dst, Reg src) {
  const Gpr g = gpr(dst);
  if (asm_.allowed_isa().has_sse41) {
    asm_.ptest(xmm(src), xmm(src));
    asm_.setcc(Cond::NE, g);
  } else {
    // Bytes equal to zero give mask bits: all 16 set means no bit is.
    asm_.pxor(kSimdScratch, kSimdScratch);
    asm_.pcmpeqb(kSimdScratch, xmm(src));
    asm_.pmovmskb(g, kSimdScratch);
    asm_.cmp(g, Imm32(0xffff), S32);
    asm_.setcc(Cond::NE, g);
  }
  asm_.movzx8(g, g, S32);
}

void MacroAssemblerX64::simd_load(SimdLoadKind kind, Reg dst, const Address& src) {
  const Xmm x = xmm(dst);
  const Mem m = mem(src);
  switch (kind) {
    case SimdLoadKind::Splat8:
      asm_.movzx8(kScratch, m, S32);
      simd_splat(LaneShape::I8x16, dst, Reg::gpr(kScratch.enc));
      return;
    case SimdLoadKind::Splat16:
      asm_.movzx16(kScratch, m, S32);
      simd_splat(LaneShape::I16x8, dst, Reg::gpr(kScratch.enc));
      return;
    case SimdLoadKind::Splat32:
      asm_.movd(x, m);
      asm_.pshufd(x, x, UImm8(0));
      return;
    case SimdLoadKind::Splat64:
      asm_.movq(x, m);
      asm_.punpcklqdq(x, x);
      return;
    case SimdLoadKind::Zero32: asm_.movd(x, m); return;  // zeroes the rest
    case SimdLoadKind::Zero64: asm_.movq(x, m); return;
    default: break;
  }
  // The extending loads: eight bytes, widened as the low half of a v128.
  asm_.movq(x, m);
  switch (kind) {
    case SimdLoadKind::Extend8S: simd_extend(SimdUnOp::ExtendLowS8, x); return;
    case SimdLoadKind::Extend8U: simd_extend(SimdUnOp::ExtendLowU8, x); return;
    case SimdLoadKind::Extend16S: simd_extend(SimdUnOp::ExtendLowS16, x); return;
    case SimdLoadKind::Extend16U: simd_extend(SimdUnOp::ExtendLowU16, x); return;
    case SimdLoadKind::Extend32S: simd_extend(SimdUnOp::ExtendLowS32, x); return;
    case SimdLoadKind::Extend32U: simd_extend(SimdUnOp::ExtendLowU32, x); return;
    default: TANDEM_UNREACHABLE("not an extending load");
  }
}

void MacroAssemblerX64::simd_all_true(LaneShape shape, Reg dst, Reg src) {
  const Gpr g = gpr(dst);
  const Xmm x = xmm(src);
  // The scratch gets all ones in each zero lane; all true is no such lane.
  asm_.pxor(kSimdScratch, kSimdScratch);
  switch (shape) {
    case LaneShape::I8x16: asm_.pcmpeqb(kSimdScratch, x); break;
    case LaneShape::I16x8: asm_.pcmpeqw(kSimdScratch, x); break;
    case LaneShape::I32x4:
    case LaneShape::I64x2: asm_.pcmpeqd(kSimdScratch, x); break;
  }
  asm_.pmovmskb(g, kSimdScratch);
  if (shape == LaneShape::I64x2) {
    // Four mask bits per dword: a quadword is zero when both of its dwords
    // are, so bit 0 (bit 8) of mask & (mask >> 4) flags a zero lane 0 (1).
    asm_.mov(kScratch, g, S32);
    asm_.shr(kScratch, Imm8(4), S32);
    asm_.and_(g, kScratch, S32);
    asm_.test(g, Imm32(0x0101), S32);
  } else {
    asm_.test(g, g, S32);
  }
  asm_.setcc(Cond::E, g);
  asm_.movzx8(g, g, S32);
}

void MacroAssemblerX64::simd_bitmask(LaneShape shape, Reg dst, Reg src) {
  const Gpr g = gpr(dst);
  const Xmm x = xmm(src);
  switch (shape) {
    case LaneShape::I8x16: asm_.pmovmskb(g, x); return;
    case LaneShape::I16x8:
      // Signed saturation keeps each word's sign in its byte; both halves
      // of the packed scratch are the same eight bytes.
      asm_.movdqa(kSimdScratch, x);
      asm_.packsswb(kSimdScratch, kSimdScratch);
      asm_.pmovmskb(g, kSimdScratch);
      asm_.movzx8(g, g, S32);
      return;
    case LaneShape::I32x4: asm_.movmskps(g, x); return;
    case LaneShape::I64x2: asm_.movmskpd(g, x); return;
  }
}

void MacroAssemblerX64::simd_bitselect(Reg dst, Reg other, Reg mask) {
  // other ^ ((dst ^ other) & mask), in dst: no scratch needed.
  const Xmm d = xmm(dst), o = xmm(other);
  asm_.pxor(d, o);
  asm_.pand(d, xmm(mask));
  asm_.pxor(d, o);
}

void MacroAssemblerX64::simd_splat(LaneShape shape, Reg dst, Reg src) {
  const Xmm x = xmm(dst);
  asm_.movd(x, gpr(src), shape == LaneShape::I64x2 ? S64 : S32);
  switch (shape) {
    case LaneShape::I8x16:
      asm_.punpcklbw(x, x);  // byte b in word 0
      asm_.punpcklwd(x, x);  // ... in dword 0
      asm_.pshufd(x, x, UImm8(0));
      return;
    case LaneShape::I16x8:
      asm_.punpcklwd(x, x);
      asm_.pshufd(x, x, UImm8(0));
      return;
    case LaneShape::I32x4: asm_.pshufd(x, x, UImm8(0)); return;
    case LaneShape::I64x2: asm_.punpcklqdq(x, x); return;
  }
}

void MacroAssemblerX64::simd_extract_lane(LaneShape shape, bool is_signed, Reg dst, Reg src, uint8_t lane) {
  const Gpr g = gpr(dst);
  const Xmm x = xmm(src);
  const bool sse41 = asm_.allowed_isa().has_sse41;
  switch (shape) {
    case LaneShape::I8x16:
      if (sse41) {
        asm_.pextrb(g, x, UImm8(lane));
      } else {
        // The word holding the byte, shifted down when the byte is its high one.
        asm_.pextrw(g, x, UImm8(lane / 2));
        if (lane % 2 != 0) asm_.shr(g, Imm8(8), S32);
      }
      if (is_signed) {
        asm_.movsx8(g, g, S32);
      } else {
        asm_.movzx8(g, g, S32);
      }
      return;
    case LaneShape::I16x8:
      asm_.pextrw(g, x, UImm8(lane));  // zero-extends
      if (is_signed) asm_.movsx16(g, g, S32);
      return;
    case LaneShape::I32x4:
      if (lane == 0) {
        asm_.movd(g, x, S32);
      } else if (sse41) {
        asm_.pextrd(g, x, UImm8(lane));
      } else {
        asm_.pshufd(kSimdScratch, x, UImm8(broadcast_dword(lane)));
        asm_.movd(g, kSimdScratch, S32);
      }
      return;
    case LaneShape::I64x2:
      if (lane == 0) {
        asm_.movd(g, x, S64);
      } else if (sse41) {
        asm_.pextrq(g, x, UImm8(lane));
      } else {
        asm_.pshufd(kSimdScratch, x, UImm8(0xee));  // the high quadword in both halves
        asm_.movd(g, kSimdScratch, S64);
      }
      return;
  }
}

void MacroAssemblerX64::simd_int_compare(IntCond cond, LaneShape shape, Reg dst_reg, Reg src_reg) {
  TANDEM_CHECK(shape != LaneShape::I64x2, "i64x2 comparisons are simd_i64_compare");
  const Xmm d = xmm(dst_reg), s = xmm(src_reg);
  auto gt = [&](Xmm a, Xmm b) {
    switch (shape) {
      case LaneShape::I8x16: asm_.pcmpgtb(a, b); return;
      case LaneShape::I16x8: asm_.pcmpgtw(a, b); return;
      default: asm_.pcmpgtd(a, b); return;
    }
  };
  const bool is_unsigned = cond == IntCond::LtU || cond == IntCond::GtU || cond == IntCond::LeU || cond == IntCond::GeU;
  // pcmpgt is signed: flipping each lane's sign bit on both sides orders
  // unsigned values as signed ones. The source is only read, so its biased
  // copy goes to the scratch; dst is written anyway.
  asm_.movdqa(kSimdScratch, s);
  if (is_unsigned) {
    const uint64_t bias = shape == LaneShape::I8x16   ? 0x8080808080808080ull
                          : shape == LaneShape::I16x8 ? 0x8000800080008000ull
                                                      : 0x8000000080000000ull;
    const Mem m = Mem::rip(buffer().constant128(bias, bias));
    asm_.pxor(kSimdScratch, m);
    asm_.pxor(d, m);
  }
  switch (cond) {
    case IntCond::Eq:
    case IntCond::Ne: TANDEM_UNREACHABLE("eq and ne are SimdBinOps");
    case IntCond::GtS:
    case IntCond::GtU: gt(d, kSimdScratch); return;
    case IntCond::LeS:
    case IntCond::LeU:
      gt(d, kSimdScratch);
      simd_unary(SimdUnOp::Not, dst_reg);
      return;
    case IntCond::LtS:
    case IntCond::LtU:
      gt(kSimdScratch, d);
      asm_.movdqa(d, kSimdScratch);
      return;
    case IntCond::GeS:
    case IntCond::GeU:
      gt(kSimdScratch, d);
      asm_.movdqa(d, kSimdScratch);
      simd_unary(SimdUnOp::Not, dst_reg);
      return;
  }
}

void MacroAssemblerX64::simd_shift(SimdShiftOp op, LaneShape shape, Reg dst_reg, Reg count, Reg tmp) {
  const Xmm d = xmm(dst_reg), c = xmm(tmp);
  static constexpr uint8_t kLaneBits[] = {8, 16, 32, 64};
  asm_.mov(kScratch, gpr(count), S32);
  asm_.and_(kScratch, Imm8(static_cast<int8_t>(kLaneBits[static_cast<int>(shape)] - 1)), S32);
  if (shape == LaneShape::I8x16) {
    // No byte shifts: each byte is doubled into a word (b << 8 | b) and the
    // words shifted. Shl keeps the low byte, (b << n) & 0xff; shifted right
    // by n + 8 the word is b >> n, signed or not. Either way each word then
    // fits its byte, so packing (saturating) is exact.
    if (op != SimdShiftOp::Shl) asm_.add(kScratch, Imm8(8), S32);
    asm_.movd(c, kScratch, S32);
    asm_.movdqa(kSimdScratch, d);
    asm_.punpcklbw(d, d);
    asm_.punpckhbw(kSimdScratch, kSimdScratch);
    switch (op) {
      case SimdShiftOp::Shl: {
        const Mem low_bytes = Mem::rip(buffer().constant128(0x00ff00ff00ff00ffull, 0x00ff00ff00ff00ffull));
        asm_.psllw(d, c);
        asm_.psllw(kSimdScratch, c);
        asm_.pand(d, low_bytes);
        asm_.pand(kSimdScratch, low_bytes);
        asm_.packuswb(d, kSimdScratch);
        return;
      }
      case SimdShiftOp::ShrS:
        asm_.psraw(d, c);
        asm_.psraw(kSimdScratch, c);
        asm_.packsswb(d, kSimdScratch);
        return;
      case SimdShiftOp::ShrU:
        asm_.psrlw(d, c);
        asm_.psrlw(kSimdScratch, c);
        asm_.packuswb(d, kSimdScratch);
        return;
    }
  }
  asm_.movd(c, kScratch, S32);
  switch (shape) {
    case LaneShape::I16x8:
      op == SimdShiftOp::Shl ? asm_.psllw(d, c) : op == SimdShiftOp::ShrS ? asm_.psraw(d, c) : asm_.psrlw(d, c);
      return;
    case LaneShape::I32x4:
      op == SimdShiftOp::Shl ? asm_.pslld(d, c) : op == SimdShiftOp::ShrS ? asm_.psrad(d, c) : asm_.psrld(d, c);
      return;
    case LaneShape::I64x2:
      if (op == SimdShiftOp::ShrS) {
        // No psraq before AVX-512: with m = the sign bit shifted the same
        // way, x >>s n = ((x >>u n) ^ m) - m.
        asm_.movdqu(kSimdScratch, Mem::rip(buffer().constant128(0x8000000000000000ull, 0x8000000000000000ull)));
        asm_.psrlq(kSimdScratch, c);
        asm_.psrlq(d, c);
        asm_.pxor(d, kSimdScratch);
        asm_.psubq(d, kSimdScratch);
        return;
      }
      op == SimdShiftOp::Shl ? asm_.psllq(d, c) : asm_.psrlq(d, c);
      return;
    case LaneShape::I8x16: break;
  }
  TANDEM_UNREACHABLE("bad simd shift");
}

void MacroAssemblerX64::simd_min_max_i32(bool is_min, bool is_signed, Reg dst_reg, Reg src_reg, Reg tmp_reg) {
  const Xmm d = xmm(dst_reg), s = xmm(src_reg), t = xmm(tmp_reg);
  if (asm_.allowed_isa().has_sse41) {
    if (is_signed) {
      is_min ? asm_.pminsd(d, s) : asm_.pmaxsd(d, s);
    } else {
      is_min ? asm_.pminud(d, s) : asm_.pmaxud(d, s);
    }
    return;
  }
  // m = d > s (pcmpgtd; unsigned with both sign bits flipped), then
  // d ^ ((d ^ s) & m) for min, the same with ~m for max.
  const auto ordered_copy = [&](Xmm to, Xmm from) {
    asm_.movdqa(to, from);
    if (!is_signed) asm_.pxor(to, Mem::rip(buffer().constant128(0x8000000080000000ull, 0x8000000080000000ull)));
  };
  ordered_copy(t, s);
  ordered_copy(kSimdScratch, d);
  asm_.pcmpgtd(kSimdScratch, t);
  asm_.movdqa(t, s);
  asm_.pxor(t, d);
  if (is_min) {
    asm_.pand(t, kSimdScratch);
    asm_.pxor(d, t);
  } else {
    asm_.pandn(kSimdScratch, t);
    asm_.pxor(d, kSimdScratch);
  }
}

void MacroAssemblerX64::simd_mul(LaneShape shape, Reg dst_reg, Reg src_reg, Reg tmp_reg) {
  const Xmm d = xmm(dst_reg), s = xmm(src_reg), t = xmm(tmp_reg);
  if (shape == LaneShape::I32x4) {
    if (asm_.allowed_isa().has_sse41) {
      asm_.pmulld(d, s);
      return;
    }
    // pmuludq multiplies dwords 0 and 2 into quadwords: the odd dwords are
    // moved down (pshufd 1,1,3,3) for a second one, and the low dword of
    // each of the four products gathered (pshufd 0,2 then an unpack).
    asm_.pshufd(t, s, UImm8(0xf5));
    asm_.pshufd(kSimdScratch, d, UImm8(0xf5));
    asm_.pmuludq(kSimdScratch, t);
    asm_.pmuludq(d, s);
    asm_.pshufd(d, d, UImm8(0x08));
    asm_.pshufd(kSimdScratch, kSimdScratch, UImm8(0x08));
    asm_.punpckldq(d, kSimdScratch);
    return;
  }
  TANDEM_CHECK(shape == LaneShape::I64x2, "simd_mul is for i32x4 and i64x2");
  // Modulo 2^64, a * b = aL * bL + ((aH * bL + aL * bH) << 32), each a
  // 32x32->64 pmuludq.
  asm_.movdqa(t, d);
  asm_.psrlq(t, UImm8(32));
  asm_.pmuludq(t, s);
  asm_.movdqa(kSimdScratch, s);
  asm_.psrlq(kSimdScratch, UImm8(32));
  asm_.pmuludq(kSimdScratch, d);
  asm_.paddq(t, kSimdScratch);
  asm_.psllq(t, UImm8(32));
  asm_.pmuludq(d, s);
  asm_.paddq(d, t);
}

void MacroAssemblerX64::simd_i64_greater(Xmm out, Xmm x, Xmm y, Xmm t) {
  // out = x >s y per quadword; x and y are read before out is written, so
  // out may be either. Without pcmpgtq: the high dwords decide when they
  // differ (pcmpgtd); when equal, y - x is negative exactly when the low
  // dwords have x >u y. The high dword's sign then spreads to the lane.
  if (asm_.allowed_isa().has_sse42) {
    asm_.movdqa(kSimdScratch, x);
    asm_.pcmpgtq(kSimdScratch, y);
    asm_.movdqa(out, kSimdScratch);
    return;
  }
  asm_.movdqa(t, y);
  asm_.psubq(t, x);
  asm_.movdqa(kSimdScratch, x);
  asm_.pcmpeqd(kSimdScratch, y);
  asm_.pand(t, kSimdScratch);
  asm_.movdqa(kSimdScratch, x);
  asm_.pcmpgtd(kSimdScratch, y);
  asm_.por(kSimdScratch, t);
  asm_.psrad(kSimdScratch, UImm8(31));
  asm_.pshufd(out, kSimdScratch, UImm8(0xf5));  // dwords 1 1 3 3
}

void MacroAssemblerX64::simd_i64_compare(IntCond cond, Reg dst_reg, Reg src_reg, Reg tmp_reg) {
  const Xmm d = xmm(dst_reg), s = xmm(src_reg), t = xmm(tmp_reg);
  switch (cond) {
    case IntCond::Eq:
    case IntCond::Ne:
      if (asm_.allowed_isa().has_sse41) {
        asm_.pcmpeqq(d, s);
      } else {
        // Both dwords equal: the dword mask and-ed with its half-swapped self.
        asm_.pcmpeqd(d, s);
        asm_.pshufd(kSimdScratch, d, UImm8(0xb1));
        asm_.pand(d, kSimdScratch);
      }
      if (cond == IntCond::Ne) simd_unary(SimdUnOp::Not, dst_reg);
      return;
    case IntCond::GtS: simd_i64_greater(d, d, s, t); return;
    case IntCond::LeS:
      simd_i64_greater(d, d, s, t);
      simd_unary(SimdUnOp::Not, dst_reg);
      return;
    case IntCond::LtS: simd_i64_greater(d, s, d, t); return;
    case IntCond::GeS:
      simd_i64_greater(d, s, d, t);
      simd_unary(SimdUnOp::Not, dst_reg);
      return;
    default: TANDEM_UNREACHABLE("i64x2 has only signed comparisons");
  }
}

void MacroAssemblerX64::simd_float_binary(FloatBinOp op, FloatWidth w, Reg dst, Reg src) {
  const Xmm d = xmm(dst), s = xmm(src);
  const bool f32 = w == FloatWidth::F32;
  switch (op) {
    case FloatBinOp::Add: f32 ? asm_.addps(d, s) : asm_.addpd(d, s); return;
    case FloatBinOp::Sub: f32 ? asm_.subps(d, s) : asm_.subpd(d, s); return;
    case FloatBinOp::Mul: f32 ? asm_.mulps(d, s) : asm_.mulpd(d, s); return;
    case FloatBinOp::Div: f32 ? asm_.divps(d, s) : asm_.divpd(d, s); return;
    case FloatBinOp::Min:
    case FloatBinOp::Max: simd_float_min_max(op == FloatBinOp::Min, w, d, s); return;
    default: TANDEM_UNREACHABLE("not a packed float operation the baseline compiles");
  }
}

void MacroAssemblerX64::simd_float_min_max(bool is_min, FloatWidth w, Xmm d, Xmm s) {
  // minps/maxps return their second operand on NaN and on equal zeros, so
  // the operation runs both ways round and the two results are merged:
  // or-ing them keeps a NaN and, for min, the sign of -0; for max,
  // t = (x | y) - (x ^ y) does, where x and y are the two results. NaN
  // lanes then become a canonical NaN (sign set) through the unordered mask.
  const bool f32 = w == FloatWidth::F32;
  asm_.movaps(kSimdScratch, s);
  if (is_min) {
    f32 ? asm_.minps(kSimdScratch, d) : asm_.minpd(kSimdScratch, d);
    f32 ? asm_.minps(d, s) : asm_.minpd(d, s);
    asm_.orps(kSimdScratch, d);
  } else {
    f32 ? asm_.maxps(kSimdScratch, d) : asm_.maxpd(kSimdScratch, d);
    f32 ? asm_.maxps(d, s) : asm_.maxpd(d, s);
    asm_.xorps(d, kSimdScratch);
    asm_.orps(kSimdScratch, d);
    f32 ? asm_.subps(kSimdScratch, d) : asm_.subpd(kSimdScratch, d);
  }
  if (f32) {
    asm_.cmpps(d, kSimdScratch, FloatCmp::Unord);
    asm_.orps(kSimdScratch, d);
    asm_.psrld(d, UImm8(10));  // ones below the quiet bit
  } else {
    asm_.cmppd(d, kSimdScratch, FloatCmp::Unord);
    asm_.orps(kSimdScratch, d);
    asm_.psrlq(d, UImm8(13));
  }
  asm_.andnps(d, kSimdScratch);
}

void MacroAssemblerX64::simd_float_unary(FloatUnOp op, FloatWidth w, Reg dst) {
  const Xmm d = xmm(dst);
  switch (op) {
    case FloatUnOp::Abs: asm_.andps(d, abs_mask(w)); return;
    case FloatUnOp::Neg: asm_.xorps(d, sign_mask(w)); return;
    case FloatUnOp::Sqrt: w == FloatWidth::F32 ? asm_.sqrtps(d, d) : asm_.sqrtpd(d, d); return;
  }
}

void MacroAssemblerX64::simd_canonicalize_nan(FloatWidth w, Reg reg) {
  // x = (x & ordered) | (canonical & ~ordered), with the ordered-lane mask
  // in the scratch.
  const Xmm x = xmm(reg);
  const uint64_t canonical = w == FloatWidth::F32 ? 0x7fc000007fc00000ull : 0x7ff8000000000000ull;
  asm_.movaps(kSimdScratch, x);
  if (w == FloatWidth::F32) {
    asm_.cmpps(kSimdScratch, x, FloatCmp::Ord);
  } else {
    asm_.cmppd(kSimdScratch, x, FloatCmp::Ord);
  }
  asm_.andps(x, kSimdScratch);
  asm_.andnps(kSimdScratch, Mem::rip(buffer().constant128(canonical, canonical)));
  asm_.orps(x, kSimdScratch);
}

}  // namespace tandem::baseline
