// The emitter's class, shared by emit.cc (frame, moves, control, integer
// instructions), emit_float.cc (float instructions) and emit_simd*.cc (v128
// instructions). Private to emission.
#pragma once

#include <vector>

#include "backends/optimizing/emit.h"
#include "shared_compile/x64/assembler.h"
#include "wasm/opcode.h"

namespace tandem::optimizing::emission {

namespace x64 = compile::x64;
using mach::MInst;
using mach::PReg;
using x64::Gpr;
using x64::Mem;
using x64::Size;
using x64::Xmm;

class Emitter {
 public:
  Emitter(const compile::ModuleEnv& env, const compile::Settings& settings, const ir::Function& f,
          const mach::VCode& code, const regalloc::Output& ra, compile::CodeBuffer& buf)
      : env_(env), settings_(settings), f_(f), code_(code), ra_(ra), buf_(buf), a_(buf, settings.isa) {}

  uint32_t run();

 private:
  // ---- operands (emit.cc) ---------------------------------------------------
  PReg alloc(uint32_t inst, uint32_t k) const { return ra_.alloc(code_, inst, k); }
  Gpr gpr(uint32_t inst, uint32_t k) const { return mach::preg_gpr(alloc(inst, k)); }
  Xmm xmm(uint32_t inst, uint32_t k) const { return mach::preg_xmm(alloc(inst, k)); }
  Mem mem(uint32_t inst, const MInst& m) const;
  Mem slot(uint32_t s) const;

  // ---- frame, moves, integer and control instructions (emit.cc) -------------
  void move(const regalloc::Move& m);
  void prologue();
  void epilogue();
  void inst(uint32_t i, const MInst& m);
  void cmp_imm(Gpr r, int64_t imm, Size size);
  void copy_into(Gpr dst, Gpr src) {
    if (dst != src) a_.mov(dst, src, x64::S64);
  }
  void copy_into(Xmm dst, Xmm src) {
    if (dst != src) a_.movaps(dst, src);
  }
  void mov_imm(Gpr d, int64_t imm, Size size);
  void jump_to(uint32_t block);
  void trap_site(const MInst& m);
  void load(uint32_t i, const MInst& m);
  void store(uint32_t i, const MInst& m);
  void divide(uint32_t i, const MInst& m);
  void setcc(uint32_t i, const MInst& m);
  void call_through_r11(int32_t code_disp, Gpr holder, int32_t vmctx_disp);
  x64::Label trap_stub(compile::TrapCode code, uint32_t wasm_offset) { return buf_.trap_stub(code, wasm_offset); }

  // ---- floats (emit_float.cc) ------------------------------------------------
  void float_inst(uint32_t i, const MInst& m);
  void fmin_max(uint32_t i, const MInst& m);
  void fcvt_from_int(uint32_t i, const MInst& m);
  void fcvt_to_int(uint32_t i, const MInst& m);
  // [rip + constant] of a float's bits, or of a 16-byte mask.
  Mem fconst(bool f64, uint64_t bits);
  Mem mask128(uint64_t lane64);
  void ucomis(bool f64, Xmm a, Xmm b);
  void ucomis(bool f64, Xmm a, const Mem& b);

  // ---- SIMD (emit_simd*.cc) ----------------------------------------------------
  // The registers of a `simd` MInst (isel/simd_needs.h): the result, the
  // arguments, the temporaries; xmm or GPR by their class.
  struct SimdRegs {
    PReg result;
    PReg args[3];
    PReg xmm_temps[2];
    PReg gpr_temps[1];
    Xmm d() const { return mach::preg_xmm(result); }
    Gpr gd() const { return mach::preg_gpr(result); }
    Xmm x(int k) const { return mach::preg_xmm(args[k]); }
    Gpr g(int k) const { return mach::preg_gpr(args[k]); }
    Xmm t(int k) const { return mach::preg_xmm(xmm_temps[k]); }
    Gpr gt(int k) const { return mach::preg_gpr(gpr_temps[k]); }
  };
  void simd_inst(uint32_t i, const MInst& m);
  void simd_load(uint32_t i, const MInst& m);
  void v128_const(Xmm d, uint64_t low, uint64_t high);
  Mem const128(uint64_t low, uint64_t high) { return Mem::rip(buf_.constant128(low, high)); }
  // Lane access, splats, shuffles, bitwise operators, lane tests (emit_simd.cc).
  bool simd_lanes(wasm::Opcode op, const SimdRegs& r, uint32_t lane, uint32_t shuffle);
  void simd_not(Xmm d);
  // Integer lanes (emit_simd_int.cc).
  bool simd_int(wasm::Opcode op, const SimdRegs& r);
  bool simd_int_compare(wasm::Opcode op, const SimdRegs& r);
  void simd_i64_greater(Xmm out, Xmm x, Xmm y, Xmm t);
  // `op d, c` with c a constant in the pool (isel/simd_needs.h's
  // simd_reads_constant_operand operators).
  void simd_with_constant(wasm::Opcode op, Xmm d, const Mem& c);
  // Shifts (emit_simd_shift.cc); by a constant `count`, already taken
  // modulo the lane width.
  bool simd_shift(wasm::Opcode op, const SimdRegs& r);
  void simd_shift_by_constant(wasm::Opcode op, Xmm d, uint8_t count);
  // Extends, narrows, multiplications (emit_simd_widen.cc).
  bool simd_narrow_widen_multiply(wasm::Opcode op, const SimdRegs& r);
  void simd_extend(wasm::Opcode op, Xmm d);
  // Float lanes and conversions (emit_simd_float.cc).
  bool simd_float(wasm::Opcode op, const SimdRegs& r);
  void simd_canonicalize_nan(bool f64, Xmm d);
  // ceil/floor/trunc/nearest without SSE4.1's roundps/roundpd; a and t
  // are temporaries.
  void simd_round_sse2(bool f64, x64::RoundMode mode, Xmm d, Xmm a, Xmm t);

  const compile::ModuleEnv& env_;
  const compile::Settings& settings_;
  const ir::Function& f_;
  const mach::VCode& code_;
  const regalloc::Output& ra_;
  compile::CodeBuffer& buf_;
  x64::Assembler a_;
  std::vector<x64::Label> labels_;
  std::vector<x64::Label> jt_labels_;
  uint32_t next_block_ = ~0u;
  uint32_t frame_size_ = 0;
  int32_t scratch_offset_ = 0;  // of VCode::scratch_area_bytes, from rsp
  bool saved_vmctx_ = false;
};

}  // namespace tandem::optimizing::emission
