// Emission of SIMD integer lanes: arithmetic, saturation, min/max,
// comparisons, negation, abs and popcnt, constant second operands. Shifts
// are in emit_simd_shift.cc; narrowing, widening and multiplication in
// emit_simd_widen.cc. SSE2 sequences stand in for the SSSE3/SSE4.1/SSE4.2
// forms when those are off.
#include "backends/optimizing/emit_internal.h"
#include "backends/optimizing/emit_simd_util.h"
#include "wasm/result.h"

namespace tandem::optimizing::emission {

using wasm::Opcode;
using x64::Imm32;
using x64::Imm8;
using x64::UImm8;

using simd_util::Lanes;
using simd_util::S;
using simd_util::splat16;
using simd_util::splat32;
using simd_util::splat8;

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

bool Emitter::simd_int(Opcode op, const SimdRegs& r) {
  if (simd_int_compare(op, r) || simd_shift(op, r) || simd_narrow_widen_multiply(op, r)) return true;
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

    default: return false;
  }
}

}  // namespace tandem::optimizing::emission
