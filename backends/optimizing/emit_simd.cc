// Emission of SIMD instructions: the dispatch, constants, lane access,
// splats, shuffles, bitwise operators and lane tests. Integer lanes are in
// emit_simd_int.cc, float lanes and conversions in emit_simd_float.cc.
//
// SSE2 is the floor; an SSSE3/SSE4.1/SSE4.2 form is used only when the
// settings allow it, with an SSE2 sequence otherwise (isel/simd_needs.h
// says which operators have none). kScratchXmm and kScratchGpr are free for
// any sequence; the two-address forms find argument 1 in the result
// register already (isel made it reuse it).
#include "backends/optimizing/emit_internal.h"
#include "backends/optimizing/emit_simd_util.h"
#include "backends/optimizing/isel/simd_needs.h"
#include "wasm/result.h"

namespace tandem::optimizing::emission {

using simd_util::G;
using simd_util::S;
using wasm::Opcode;
using x64::Imm32;
using x64::Imm8;
using x64::UImm8;

namespace {

// pshufd's immediate that copies dword `lane` into every dword.
constexpr uint8_t broadcast_dword(uint32_t lane) { return static_cast<uint8_t>(lane * 0x55); }

// Byte k of a v128's bits.
uint8_t byte_of(const ir::Function::V128Bits& bits, int k) {
  return static_cast<uint8_t>(bits[k / 8] >> (8 * (k % 8)));
}

// Whether a shuffle moves whole dwords (bytes 4m..4m+3 of one operand
// into each dword), and pshufd's immediate that does it.
bool dword_order(const ir::Function::V128Bits& lanes, uint8_t* order) {
  *order = 0;
  for (int j = 0; j < 4; ++j) {
    uint8_t first = byte_of(lanes, 4 * j);
    if (first % 4) return false;
    for (int k = 1; k < 4; ++k) {
      if (byte_of(lanes, 4 * j + k) != first + k) return false;
    }
    *order |= static_cast<uint8_t>((first % 16) / 4 << (2 * j));
  }
  return true;
}

}  // namespace

void Emitter::simd_inst(uint32_t i, const MInst& m) {
  Opcode op = static_cast<Opcode>(mach::simd_imm_op(m.imm));
  isel::SimdNeeds needs = isel::simd_needs(op, settings_);
  SimdRegs r{};
  r.result = alloc(i, 0);
  uint32_t nargs = m.sub;
  const bool shift_by_constant = isel::is_simd_shift(op) && nargs == 1;
  if (shift_by_constant) needs.xmm_temps = 0;
  for (uint32_t k = 0; k < nargs; ++k) r.args[k] = alloc(i, 1 + k);
  for (uint32_t k = 0; k < needs.xmm_temps; ++k) r.xmm_temps[k] = alloc(i, 1 + nargs + k);
  for (uint32_t k = 0; k < needs.gpr_temps; ++k) r.gpr_temps[k] = alloc(i, 1 + nargs + needs.xmm_temps + k);
  if (nargs && mach::preg_class(r.result) == mach::RegClass::Float &&
      mach::preg_class(r.args[0]) == mach::RegClass::Float) {
    copy_into(r.d(), r.x(0));
  }
  if (shift_by_constant) return simd_shift_by_constant(op, r.d(), mach::simd_imm_lane(m.imm));
  if (m.v128_operand != MInst::kNoV128Operand) {
    const ir::Function::V128Bits& bits = f_.v128(m.v128_operand);
    return simd_with_constant(op, r.d(), const128(bits[0], bits[1]));
  }
  if (simd_lanes(op, r, mach::simd_imm_lane(m.imm), mach::simd_imm_shuffle(m.imm))) return;
  if (simd_int(op, r)) return;
  if (simd_float(op, r)) return;
  TANDEM_UNREACHABLE("a SIMD operator isel accepted that emission does not know");
}

void Emitter::simd_load(uint32_t i, const MInst& m) {
  Opcode op = static_cast<Opcode>(m.imm);
  Xmm d = xmm(i, 0);
  Mem addr = mem(i, m);
  trap_site(m);
  const bool sse41 = settings_.isa.has_sse41;
  switch (op) {
    case Opcode::V128Load8X8S: sse41 ? a_.pmovsxbw(d, addr) : a_.movq(d, addr); break;
    case Opcode::V128Load8X8U: sse41 ? a_.pmovzxbw(d, addr) : a_.movq(d, addr); break;
    case Opcode::V128Load16X4S: sse41 ? a_.pmovsxwd(d, addr) : a_.movq(d, addr); break;
    case Opcode::V128Load16X4U: sse41 ? a_.pmovzxwd(d, addr) : a_.movq(d, addr); break;
    case Opcode::V128Load32X2S: sse41 ? a_.pmovsxdq(d, addr) : a_.movq(d, addr); break;
    case Opcode::V128Load32X2U: sse41 ? a_.pmovzxdq(d, addr) : a_.movq(d, addr); break;
    case Opcode::V128Load32Zero: a_.movd(d, addr); return;  // zeroes the rest
    case Opcode::V128Load64Zero: a_.movq(d, addr); return;
    case Opcode::I32X4Splat:
      a_.movd(d, addr);
      a_.pshufd(d, d, UImm8(0));
      return;
    case Opcode::I64X2Splat:
      if (settings_.isa.has_sse3) {
        a_.movddup(d, addr);
      } else {
        a_.movq(d, addr);
        a_.punpcklqdq(d, d);
      }
      return;
    default: TANDEM_UNREACHABLE("a simd operator without a load form");
  }
  if (sse41) return;
  // Without pmovsx/zx: the eight bytes in the low half, widened there.
  static constexpr Opcode kExtend[] = {Opcode::I16X8ExtendLowI8X16S, Opcode::I16X8ExtendLowI8X16U,
                                       Opcode::I32X4ExtendLowI16X8S, Opcode::I32X4ExtendLowI16X8U,
                                       Opcode::I64X2ExtendLowI32X4S, Opcode::I64X2ExtendLowI32X4U};
  simd_extend(kExtend[static_cast<int>(op) - static_cast<int>(Opcode::V128Load8X8S)], d);
}

void Emitter::v128_const(Xmm d, uint64_t low, uint64_t high) {
  if (low == 0 && high == 0) {
    a_.pxor(d, d);
  } else if (low == ~uint64_t{0} && high == ~uint64_t{0}) {
    a_.pcmpeqd(d, d);
  } else {
    a_.movdqa(d, const128(low, high));
  }
}

void Emitter::simd_not(Xmm d) {
  a_.pcmpeqd(S, S);
  a_.pxor(d, S);
}

bool Emitter::simd_lanes(Opcode op, const SimdRegs& r, uint32_t lane, uint32_t shuffle) {
  const bool sse41 = settings_.isa.has_sse41;
  switch (op) {
    // ---- the loaded bits of the extending and zeroing loads --------------------------
    case Opcode::V128Load32Zero: a_.movd(r.d(), r.g(0), x64::S32); return true;  // zeroes the rest
    case Opcode::V128Load64Zero: a_.movd(r.d(), r.g(0), x64::S64); return true;
    case Opcode::V128Load8X8S:
    case Opcode::V128Load8X8U:
    case Opcode::V128Load16X4S:
    case Opcode::V128Load16X4U:
    case Opcode::V128Load32X2S:
    case Opcode::V128Load32X2U: {
      static constexpr Opcode kExtend[] = {Opcode::I16X8ExtendLowI8X16S, Opcode::I16X8ExtendLowI8X16U,
                                           Opcode::I32X4ExtendLowI16X8S, Opcode::I32X4ExtendLowI16X8U,
                                           Opcode::I64X2ExtendLowI32X4S, Opcode::I64X2ExtendLowI32X4U};
      a_.movd(r.d(), r.g(0), x64::S64);
      simd_extend(kExtend[static_cast<int>(op) - static_cast<int>(Opcode::V128Load8X8S)], r.d());
      return true;
    }

    // ---- splats -------------------------------------------------------------------------
    case Opcode::I8X16Splat:
      a_.movd(r.d(), r.g(0), x64::S32);
      a_.punpcklbw(r.d(), r.d());  // byte b in word 0
      a_.punpcklwd(r.d(), r.d());  // ... in dword 0
      a_.pshufd(r.d(), r.d(), UImm8(0));
      return true;
    case Opcode::I16X8Splat:
      a_.movd(r.d(), r.g(0), x64::S32);
      a_.punpcklwd(r.d(), r.d());
      a_.pshufd(r.d(), r.d(), UImm8(0));
      return true;
    case Opcode::I32X4Splat:
      a_.movd(r.d(), r.g(0), x64::S32);
      a_.pshufd(r.d(), r.d(), UImm8(0));
      return true;
    case Opcode::I64X2Splat:
      a_.movd(r.d(), r.g(0), x64::S64);
      a_.punpcklqdq(r.d(), r.d());
      return true;
    case Opcode::F32X4Splat: a_.pshufd(r.d(), r.d(), UImm8(0)); return true;
    case Opcode::F64X2Splat: a_.punpcklqdq(r.d(), r.d()); return true;

    // ---- extract lane -----------------------------------------------------------------------
    case Opcode::I8X16ExtractLaneS:
    case Opcode::I8X16ExtractLaneU: {
      Gpr g = r.gd();
      if (sse41) {
        a_.pextrb(g, r.x(0), UImm8(lane));
      } else {
        // The word holding the byte, shifted down when the byte is its high one.
        a_.pextrw(g, r.x(0), UImm8(lane / 2));
        if (lane % 2) a_.shr(g, Imm8(8), x64::S32);
      }
      if (op == Opcode::I8X16ExtractLaneS) {
        a_.movsx8(g, g, x64::S32);
      } else {
        a_.movzx8(g, g, x64::S32);
      }
      return true;
    }
    case Opcode::I16X8ExtractLaneS:
    case Opcode::I16X8ExtractLaneU:
      a_.pextrw(r.gd(), r.x(0), UImm8(lane));  // zero-extends
      if (op == Opcode::I16X8ExtractLaneS) a_.movsx16(r.gd(), r.gd(), x64::S32);
      return true;
    case Opcode::I32X4ExtractLane:
      if (lane == 0) {
        a_.movd(r.gd(), r.x(0), x64::S32);
      } else if (sse41) {
        a_.pextrd(r.gd(), r.x(0), UImm8(lane));
      } else {
        a_.pshufd(S, r.x(0), UImm8(broadcast_dword(lane)));
        a_.movd(r.gd(), S, x64::S32);
      }
      return true;
    case Opcode::I64X2ExtractLane:
      if (lane == 0) {
        a_.movd(r.gd(), r.x(0), x64::S64);
      } else if (sse41) {
        a_.pextrq(r.gd(), r.x(0), UImm8(lane));
      } else {
        a_.pshufd(S, r.x(0), UImm8(0xee));  // the high quadword in both halves
        a_.movd(r.gd(), S, x64::S64);
      }
      return true;
    // A scalar float's upper lanes are junk: the lane only has to reach lane 0.
    case Opcode::F32X4ExtractLane:
      if (lane) a_.pshufd(r.d(), r.d(), UImm8(broadcast_dword(lane)));
      return true;
    case Opcode::F64X2ExtractLane:
      if (lane) a_.pshufd(r.d(), r.d(), UImm8(0xee));
      return true;

    // ---- replace lane -------------------------------------------------------------------------
    case Opcode::I8X16ReplaceLane:
      if (sse41) {
        a_.pinsrb(r.d(), r.g(1), UImm8(lane));
      } else {
        // The word holding the byte, with the byte replaced, back in.
        Gpr w = r.gt(0);
        a_.pextrw(w, r.d(), UImm8(lane / 2));
        a_.movzx8(G, r.g(1), x64::S32);
        if (lane % 2) {
          a_.and_(w, Imm32(0x00ff), x64::S32);
          a_.shl(G, Imm8(8), x64::S32);
        } else {
          a_.and_(w, Imm32(0xff00), x64::S32);
        }
        a_.or_(w, G, x64::S32);
        a_.pinsrw(r.d(), w, UImm8(lane / 2));
      }
      return true;
    case Opcode::I16X8ReplaceLane: a_.pinsrw(r.d(), r.g(1), UImm8(lane)); return true;
    case Opcode::I32X4ReplaceLane:
    case Opcode::F32X4ReplaceLane: {
      if (op == Opcode::F32X4ReplaceLane && sse41) {
        a_.insertps(r.d(), r.x(1), UImm8(lane << 4));
        return true;
      }
      if (op == Opcode::I32X4ReplaceLane && sse41) {
        a_.pinsrd(r.d(), r.g(1), UImm8(lane));
        return true;
      }
      // Two word inserts from a copy of the value.
      if (op == Opcode::F32X4ReplaceLane) {
        a_.movd(G, r.x(1), x64::S32);
      } else {
        a_.mov(G, r.g(1), x64::S32);
      }
      a_.pinsrw(r.d(), G, UImm8(2 * lane));
      a_.shr(G, Imm8(16), x64::S32);
      a_.pinsrw(r.d(), G, UImm8(2 * lane + 1));
      return true;
    }
    case Opcode::I64X2ReplaceLane:
      if (sse41) {
        a_.pinsrq(r.d(), r.g(1), UImm8(lane));
        return true;
      }
      a_.movd(S, r.g(1), x64::S64);
      if (lane == 0) {
        a_.movsd(r.d(), S);  // the low quadword only
      } else {
        a_.punpcklqdq(r.d(), S);
      }
      return true;
    case Opcode::F64X2ReplaceLane:
      if (lane == 0) {
        a_.movsd(r.d(), r.x(1));
      } else {
        a_.punpcklqdq(r.d(), r.x(1));
      }
      return true;

    // ---- shuffle and swizzle -------------------------------------------------------------------
    case Opcode::I8X16Shuffle: {
      const ir::Function::V128Bits& lanes = f_.v128(shuffle);
      // `lane` flags the operands isel knows are zero (bit 0: a, bit 1: b):
      // their bytes need no reading (clang zero-extends with such shuffles).
      const bool zero_a = lane & 1, zero_b = lane & 2;
      bool uses_a = false, uses_b = false, zero_bytes = false;
      for (int k = 0; k < 16; ++k) {
        bool from_a = byte_of(lanes, k) < 16;
        bool zero = from_a ? zero_a : zero_b;
        (from_a ? uses_a : uses_b) |= !zero;
        zero_bytes |= zero;
      }
      if (!uses_a && !uses_b) {
        a_.pxor(r.d(), r.d());
        return true;
      }
      uint8_t order = 0;
      if (!zero_bytes && !(uses_a && uses_b) && dword_order(lanes, &order)) {
        // Whole dwords of one operand: one pshufd.
        a_.pshufd(r.d(), uses_b ? r.x(1) : r.d(), UImm8(order));
        return true;
      }
      if (settings_.isa.has_ssse3) {
        // pshufb zeroes a byte whose index has bit 7 set: each operand
        // gives the bytes it owns, and the two are or-ed (one pshufb when
        // one operand gives them all).
        uint64_t mask[2][2] = {{0, 0}, {0, 0}};
        for (int k = 0; k < 16; ++k) {
          uint8_t l = byte_of(lanes, k);
          uint64_t from_a = l < 16 ? l : 0x80, from_b = l >= 16 ? l - 16 : 0x80;
          mask[0][k / 8] |= from_a << (8 * (k % 8));
          mask[1][k / 8] |= from_b << (8 * (k % 8));
        }
        if (!uses_a) {
          a_.movdqa(r.d(), r.x(1));
          a_.pshufb(r.d(), const128(mask[1][0], mask[1][1]));
          return true;
        }
        a_.pshufb(r.d(), const128(mask[0][0], mask[0][1]));
        if (!uses_b) return true;
        a_.movdqa(S, r.x(1));
        a_.pshufb(S, const128(mask[1][0], mask[1][1]));
        a_.por(r.d(), S);
        return true;
      }
      // Without pshufb: word by word through GPRs, into a temporary (the
      // result register still holds operand a until the end).
      Xmm t = r.t(0);
      Gpr hi = r.gt(0);
      auto byte_into = [&](Gpr g, uint8_t l) {
        Xmm src = l < 16 ? r.d() : r.x(1);
        l %= 16;
        a_.pextrw(g, src, UImm8(l / 2));
        if (l % 2) {
          a_.shr(g, Imm8(8), x64::S32);
        } else {
          a_.movzx8(g, g, x64::S32);
        }
      };
      for (int w = 0; w < 8; ++w) {
        byte_into(G, byte_of(lanes, 2 * w));
        byte_into(hi, byte_of(lanes, 2 * w + 1));
        a_.shl(hi, Imm8(8), x64::S32);
        a_.or_(G, hi, x64::S32);
        a_.pinsrw(t, G, UImm8(w));
      }
      a_.movdqa(r.d(), t);
      return true;
    }
    case Opcode::I8X16Swizzle:
      if (!settings_.isa.has_ssse3) {
        // Byte by byte through frame memory: the table, the indices, and
        // the result, each index of 16 and above giving 0.
        Gpr byte = r.gt(0);
        int32_t base = scratch_offset_;
        a_.movdqu(Mem(x64::rsp, base), r.d());
        a_.movdqu(Mem(x64::rsp, base + 16), r.x(1));
        for (int k = 0; k < 16; ++k) {
          a_.movzx8(G, Mem(x64::rsp, base + 16 + k), x64::S32);
          a_.mov(byte, G, x64::S32);
          a_.and_(byte, Imm8(15), x64::S32);
          a_.movzx8(byte, Mem(x64::rsp, byte, x64::Scale::x1, base), x64::S32);
          a_.cmp(G, Imm8(16), x64::S32);
          a_.sbb(G, G, x64::S32);  // all ones below 16, else 0
          a_.and_(byte, G, x64::S32);
          a_.mov(Mem(x64::rsp, base + 32 + k), byte, x64::S8);
        }
        a_.movdqu(r.d(), Mem(x64::rsp, base + 32));
        return true;
      }
      // Indices of 16 and above saturate to bit 7 set, which pshufb zeroes.
      a_.movdqa(S, r.x(1));
      a_.paddusb(S, const128(0x7070707070707070ull, 0x7070707070707070ull));
      a_.pshufb(r.d(), S);
      return true;

    // ---- bitwise ----------------------------------------------------------------------------------
    case Opcode::V128Not: simd_not(r.d()); return true;
    case Opcode::V128And: a_.pand(r.d(), r.x(1)); return true;
    case Opcode::V128Or: a_.por(r.d(), r.x(1)); return true;
    case Opcode::V128Xor: a_.pxor(r.d(), r.x(1)); return true;
    case Opcode::V128Andnot:
      // pandn computes ~dst & src: a & ~b is pandn with b in the destination.
      a_.movdqa(S, r.x(1));
      a_.pandn(S, r.d());
      a_.movdqa(r.d(), S);
      return true;
    case Opcode::V128Bitselect:
      // b ^ ((a ^ b) & mask).
      a_.pxor(r.d(), r.x(1));
      a_.pand(r.d(), r.x(2));
      a_.pxor(r.d(), r.x(1));
      return true;

    // ---- lane tests ---------------------------------------------------------------------------------
    case Opcode::V128AnyTrue: {
      Gpr g = r.gd();
      if (sse41) {
        a_.ptest(r.x(0), r.x(0));
        a_.setcc(x64::Cond::NE, g);
      } else {
        // Bytes equal to zero give mask bits: all 16 set means no bit is.
        a_.pxor(S, S);
        a_.pcmpeqb(S, r.x(0));
        a_.pmovmskb(g, S);
        a_.cmp(g, Imm32(0xffff), x64::S32);
        a_.setcc(x64::Cond::NE, g);
      }
      a_.movzx8(g, g, x64::S32);
      return true;
    }
    case Opcode::I8X16AllTrue:
    case Opcode::I16X8AllTrue:
    case Opcode::I32X4AllTrue:
    case Opcode::I64X2AllTrue: {
      // The scratch gets all ones in each zero lane; all true is no such lane.
      Gpr g = r.gd();
      Xmm x = r.x(0);
      a_.pxor(S, S);
      switch (op) {
        case Opcode::I8X16AllTrue: a_.pcmpeqb(S, x); break;
        case Opcode::I16X8AllTrue: a_.pcmpeqw(S, x); break;
        case Opcode::I64X2AllTrue:
          if (sse41) {
            a_.pcmpeqq(S, x);
            break;
          }
          [[fallthrough]];
        default: a_.pcmpeqd(S, x); break;
      }
      a_.pmovmskb(g, S);
      if (op == Opcode::I64X2AllTrue && !sse41) {
        // Four mask bits per dword: a quadword is zero when both of its
        // dwords are, so bit 0 (bit 8) of mask & (mask >> 4) flags lane 0 (1).
        a_.mov(G, g, x64::S32);
        a_.shr(G, Imm8(4), x64::S32);
        a_.and_(g, G, x64::S32);
        a_.test(g, Imm32(0x0101), x64::S32);
      } else {
        a_.test(g, g, x64::S32);
      }
      a_.setcc(x64::Cond::E, g);
      a_.movzx8(g, g, x64::S32);
      return true;
    }
    case Opcode::I8X16Bitmask: a_.pmovmskb(r.gd(), r.x(0)); return true;
    case Opcode::I16X8Bitmask:
      // Signed saturation keeps each word's sign in its byte.
      a_.movdqa(S, r.x(0));
      a_.packsswb(S, S);
      a_.pmovmskb(r.gd(), S);
      a_.movzx8(r.gd(), r.gd(), x64::S32);
      return true;
    case Opcode::I32X4Bitmask: a_.movmskps(r.gd(), r.x(0)); return true;
    case Opcode::I64X2Bitmask: a_.movmskpd(r.gd(), r.x(0)); return true;
    default: return false;
  }
}

}  // namespace tandem::optimizing::emission
