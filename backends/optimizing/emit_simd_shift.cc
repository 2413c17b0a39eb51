// Emission of SIMD lane shifts, by a count in a register (taken modulo
// the lane width at run time) or by a constant (an immediate). x86 has no
// byte shifts and no 64-bit arithmetic shift before AVX-512: those go
// through words and a sign correction.
#include "backends/optimizing/emit_internal.h"
#include "backends/optimizing/emit_simd_util.h"
#include "backends/optimizing/isel/simd_needs.h"
#include "wasm/result.h"

namespace tandem::optimizing::emission {

using simd_util::G;
using simd_util::S;
using simd_util::splat16;
using simd_util::splat8;
using wasm::Opcode;
using x64::Imm8;
using x64::UImm8;

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

bool Emitter::simd_shift(Opcode op, const SimdRegs& r) {
  // The count is taken modulo the lane width.
  if (!isel::is_simd_shift(op)) return false;
  Xmm d = r.d();
  Xmm c = r.t(0);
  const int bits = 128 / wasm::op_info(op).lanes;
  bool shl = op == Opcode::I8X16Shl || op == Opcode::I16X8Shl || op == Opcode::I32X4Shl || op == Opcode::I64X2Shl;
  bool sar = op == Opcode::I8X16ShrS || op == Opcode::I16X8ShrS || op == Opcode::I32X4ShrS || op == Opcode::I64X2ShrS;
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

}  // namespace tandem::optimizing::emission
