// x86-64 MacroAssembler: v128 lane moves. Float splats, extracts and
// replaces, i8x16.shuffle and swizzle, and the lane loads and stores. The
// SSSE3 (pshufb) and SSE4.1 (pinsr/pextr b/d/q) forms are used only when the
// settings allow them; otherwise an SSE2 sequence does the same, through the
// frame when a lane's source is only known at run time.
#include "backends/baseline/masm_x64.h"

namespace tandem::baseline {

using namespace compile::x64;  // NOLINT: the assembler's vocabulary, in this file only

namespace {

constexpr Gpr kScratch = r11;
constexpr Xmm kSimdScratch = xmm14;  // the float sequences' scratch (masm_x64.h)

// pshufd's immediate that copies dword `lane` into every dword.
constexpr uint8_t broadcast_dword(uint8_t lane) { return static_cast<uint8_t>(lane * 0x55); }

// pshufd's immediate that swaps dword 0 with dword `lane` (its own inverse).
constexpr uint8_t swap_with_dword0(uint8_t lane) {
  uint8_t order[4] = {0, 1, 2, 3};
  order[0] = lane;
  order[lane] = 0;
  return static_cast<uint8_t>(order[0] | order[1] << 2 | order[2] << 4 | order[3] << 6);
}

// The 16 bytes `bytes`, as the two halves of a v128 constant.
std::pair<uint64_t, uint64_t> halves_of(const std::array<uint8_t, 16>& bytes) {
  uint64_t lo = 0, hi = 0;
  for (int i = 7; i >= 0; --i) {
    lo = lo << 8 | bytes[i];
    hi = hi << 8 | bytes[8 + i];
  }
  return {lo, hi};
}

Mem offset_by(Mem m, int32_t bytes) {
  return m.has_index() ? Mem(m.base(), m.index(), m.scale(), m.disp() + bytes) : Mem(m.base(), m.disp() + bytes);
}

}  // namespace

void MacroAssemblerX64::simd_insert_byte(Xmm d, Gpr src, uint8_t lane) {
  // The byte, moved to its place, replaces dst's under a one-byte mask.
  std::array<uint8_t, 16> mask{};
  mask[lane] = 0xff;
  const auto [lo, hi] = halves_of(mask);
  asm_.movd(kSimdScratch, src, S32);
  if (lane != 0) asm_.pslldq(kSimdScratch, UImm8(lane));
  asm_.pand(kSimdScratch, Mem::rip(buffer().constant128(lo, hi)));
  asm_.pand(d, Mem::rip(buffer().constant128(~lo, ~hi)));
  asm_.por(d, kSimdScratch);
}

void MacroAssemblerX64::simd_insert_dword(Xmm d, Xmm src, uint8_t lane) {
  // movss replaces dword 0 only: the lane is swapped there and back.
  if (lane != 0) asm_.pshufd(d, d, UImm8(swap_with_dword0(lane)));
  asm_.movss(d, src);
  if (lane != 0) asm_.pshufd(d, d, UImm8(swap_with_dword0(lane)));
}

void MacroAssemblerX64::simd_replace_lane(LaneShape shape, Reg dst, Reg src, uint8_t lane) {
  const Xmm x = xmm(dst);
  const Gpr g = gpr(src);
  const bool sse41 = asm_.allowed_isa().has_sse41;
  switch (shape) {
    case LaneShape::I8x16:
      if (sse41) {
        asm_.pinsrb(x, g, UImm8(lane));
      } else {
        simd_insert_byte(x, g, lane);
      }
      return;
    case LaneShape::I16x8: asm_.pinsrw(x, g, UImm8(lane)); return;
    case LaneShape::I32x4:
      if (sse41) {
        asm_.pinsrd(x, g, UImm8(lane));
      } else {
        asm_.movd(kSimdScratch, g, S32);
        simd_insert_dword(x, kSimdScratch, lane);
      }
      return;
    case LaneShape::I64x2:
      if (sse41) {
        asm_.pinsrq(x, g, UImm8(lane));
      } else {
        asm_.movd(kSimdScratch, g, S64);
        if (lane == 0) {
          asm_.movsd(x, kSimdScratch);  // the low quadword only
        } else {
          asm_.punpcklqdq(x, kSimdScratch);
        }
      }
      return;
  }
}

void MacroAssemblerX64::simd_splat_float(FloatWidth w, Reg reg) {
  const Xmm x = xmm(reg);
  if (w == FloatWidth::F32) {
    asm_.shufps(x, x, UImm8(0));
  } else {
    asm_.unpcklpd(x, x);
  }
}

void MacroAssemblerX64::simd_extract_lane_float(FloatWidth w, Reg reg, uint8_t lane) {
  // A scalar float's register may hold anything above it: only the lane's
  // move down matters.
  if (lane == 0) return;
  const Xmm x = xmm(reg);
  asm_.pshufd(x, x, UImm8(w == FloatWidth::F32 ? broadcast_dword(lane) : 0xee));
}

void MacroAssemblerX64::simd_replace_lane_float(FloatWidth w, Reg dst, Reg src, uint8_t lane) {
  const Xmm d = xmm(dst), s = xmm(src);
  if (w == FloatWidth::F32) {
    if (asm_.allowed_isa().has_sse41) {
      asm_.insertps(d, s, UImm8(lane << 4));  // source lane 0 to lane `lane`, nothing zeroed
    } else {
      simd_insert_dword(d, s, lane);
    }
    return;
  }
  if (lane == 0) {
    asm_.movsd(d, s);
  } else {
    asm_.unpcklpd(d, s);
  }
}

void MacroAssemblerX64::simd_shuffle(Reg dst, Reg src, const std::array<uint8_t, 16>& lanes, const Address& spill_a,
                                     const Address& spill_b) {
  const Xmm d = xmm(dst), s = xmm(src);
  if (asm_.allowed_isa().has_ssse3) {
    // One pshufb per operand; an index with its top bit set makes a zero
    // byte, so each picks its own lanes and the two are or-ed.
    std::array<uint8_t, 16> from_a{}, from_b{};
    bool any_a = false, any_b = false;
    for (int i = 0; i < 16; ++i) {
      from_a[i] = lanes[i] < 16 ? lanes[i] : 0x80;
      from_b[i] = lanes[i] >= 16 ? lanes[i] - 16 : 0x80;
      any_a |= lanes[i] < 16;
      any_b |= lanes[i] >= 16;
    }
    const auto [a_lo, a_hi] = halves_of(from_a);
    const auto [b_lo, b_hi] = halves_of(from_b);
    if (!any_b) {
      asm_.pshufb(d, Mem::rip(buffer().constant128(a_lo, a_hi)));
      return;
    }
    asm_.movdqa(kSimdScratch, s);
    asm_.pshufb(kSimdScratch, Mem::rip(buffer().constant128(b_lo, b_hi)));
    if (any_a) {
      asm_.pshufb(d, Mem::rip(buffer().constant128(a_lo, a_hi)));
      asm_.por(d, kSimdScratch);
    } else {
      asm_.movdqa(d, kSimdScratch);
    }
    return;
  }
  // SSE2: both operands to the frame, then each result word from there:
  // one pinsrw when its two bytes are adjacent in one operand, else the two
  // bytes assembled in the scratch register.
  const Mem a = mem(spill_a), b = mem(spill_b);
  asm_.movdqu(a, d);
  asm_.movdqu(b, s);
  const auto byte_at = [&](uint8_t lane) { return lane < 16 ? offset_by(a, lane) : offset_by(b, lane - 16); };
  for (uint8_t word = 0; word < 8; ++word) {
    const uint8_t lo = lanes[2 * word], hi = lanes[2 * word + 1];
    if (hi == lo + 1 && lo / 16 == hi / 16) {
      asm_.pinsrw(d, byte_at(lo), UImm8(word));
      continue;
    }
    asm_.movzx8(kScratch, byte_at(hi), S32);
    asm_.shl(kScratch, Imm8(8), S32);
    asm_.mov(kScratch, byte_at(lo), S8);
    asm_.pinsrw(d, kScratch, UImm8(word));
  }
}

void MacroAssemblerX64::simd_swizzle(Reg dst, Reg src, const Address& spill_a, const Address& spill_b) {
  const Xmm d = xmm(dst), s = xmm(src);
  if (asm_.allowed_isa().has_ssse3) {
    // Adding 0x70 with unsigned saturation keeps indices 0..15 in the low
    // nibble and sets the top bit (pshufb's zero) of every index from 16.
    asm_.movdqa(kSimdScratch, s);
    asm_.paddusb(kSimdScratch, splat_constant8(0x70));
    asm_.pshufb(d, kSimdScratch);
    return;
  }
  // SSE2: the table and the indices modulo 16 go to the frame; each index
  // byte is replaced by the table's byte it names, and the result read
  // back. Lanes whose index is 16 or more are then cleared by a mask of
  // src == min(src, 15).
  const Mem table = mem(spill_a), indices = mem(spill_b);
  asm_.movdqu(table, d);
  asm_.movdqa(kSimdScratch, s);
  asm_.pand(kSimdScratch, splat_constant8(0x0f));
  asm_.movdqu(indices, kSimdScratch);
  const Mem indexed_table(table.base(), kScratch, Scale::x1, table.disp());
  for (int32_t i = 0; i < 16; ++i) {
    asm_.movzx8(kScratch, offset_by(indices, i), S32);
    asm_.movzx8(kScratch, indexed_table, S32);
    asm_.mov(offset_by(indices, i), kScratch, S8);
  }
  asm_.movdqu(d, indices);
  asm_.movdqa(kSimdScratch, s);
  asm_.pminub(kSimdScratch, splat_constant8(0x0f));
  asm_.pcmpeqb(kSimdScratch, s);
  asm_.pand(d, kSimdScratch);
}

void MacroAssemblerX64::simd_load_lane(LaneShape shape, Reg dst, const Address& src, uint8_t lane,
                                       std::optional<uint32_t> guard_site) {
  const Xmm x = xmm(dst);
  const Mem m = mem(src);
  const bool sse41 = asm_.allowed_isa().has_sse41;
  // Every sequence starts with the access.
  if (guard_site) record_trap_site(TrapCode::OutOfBoundsMemory, *guard_site);
  switch (shape) {
    case LaneShape::I8x16:
      if (sse41) {
        asm_.pinsrb(x, m, UImm8(lane));
      } else {
        asm_.movzx8(kScratch, m, S32);
        simd_insert_byte(x, kScratch, lane);
      }
      return;
    case LaneShape::I16x8: asm_.pinsrw(x, m, UImm8(lane)); return;
    case LaneShape::I32x4:
      if (sse41) {
        asm_.pinsrd(x, m, UImm8(lane));
      } else {
        asm_.movd(kSimdScratch, m);
        simd_insert_dword(x, kSimdScratch, lane);
      }
      return;
    case LaneShape::I64x2:
      if (sse41) {
        asm_.pinsrq(x, m, UImm8(lane));
        return;
      }
      asm_.movq(kSimdScratch, m);
      if (lane == 0) {
        asm_.movsd(x, kSimdScratch);
      } else {
        asm_.punpcklqdq(x, kSimdScratch);
      }
      return;
  }
}

void MacroAssemblerX64::simd_store_lane(LaneShape shape, const Address& dst, Reg src, uint8_t lane,
                                        std::optional<uint32_t> guard_site) {
  const Xmm x = xmm(src);
  const Mem m = mem(dst);
  const bool sse41 = asm_.allowed_isa().has_sse41;
  const auto access = [&] {
    if (guard_site) record_trap_site(TrapCode::OutOfBoundsMemory, *guard_site);
  };
  switch (shape) {
    case LaneShape::I8x16:
      if (sse41) {
        access();
        asm_.pextrb(m, x, UImm8(lane));
        return;
      }
      asm_.pextrw(kScratch, x, UImm8(lane / 2));
      if (lane % 2 != 0) asm_.shr(kScratch, Imm8(8), S32);
      access();
      asm_.mov(m, kScratch, S8);
      return;
    case LaneShape::I16x8:
      if (sse41) {
        access();
        asm_.pextrw(m, x, UImm8(lane));  // the memory form is SSE4.1
        return;
      }
      asm_.pextrw(kScratch, x, UImm8(lane));
      access();
      asm_.mov(m, kScratch, S16);
      return;
    case LaneShape::I32x4:
      if (lane == 0 || !sse41) {
        Xmm from = x;
        if (lane != 0) {
          asm_.pshufd(kSimdScratch, x, UImm8(broadcast_dword(lane)));
          from = kSimdScratch;
        }
        access();
        asm_.movd(m, from);
        return;
      }
      access();
      asm_.pextrd(m, x, UImm8(lane));
      return;
    case LaneShape::I64x2:
      if (lane == 0 || !sse41) {
        Xmm from = x;
        if (lane != 0) {
          asm_.pshufd(kSimdScratch, x, UImm8(0xee));  // the high quadword down
          from = kSimdScratch;
        }
        access();
        asm_.movq(m, from);
        return;
      }
      access();
      asm_.pextrq(m, x, UImm8(lane));
      return;
  }
}

}  // namespace tandem::baseline
