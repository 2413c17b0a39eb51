// The x86-64 MacroAssembler: masm.h's operations over the shared
// compile::x64::Assembler.
//
// Registers it keeps for itself (never allocatable):
//   rsp, rbp      stack and frame pointer
//   r14           the VMContext (abi.h)
//   r11           integer scratch: immediates that do not fit a field,
//                 memory-to-memory copies, fix-up sequences
//   xmm14         float scratch of the float sequences (min/max, copysign,
//                 conversions)
//   xmm15         move_temp(): the parallel-move resolver's cycle breaker,
//                 touched by no move operation
//
// Everything else (12 GPRs, 14 XMMs) belongs to the register cache.
#pragma once

#include "backends/baseline/masm.h"
#include "shared_compile/x64/assembler.h"

namespace tandem::baseline {

class MacroAssemblerX64 final : public MacroAssembler {
 public:
  // `isa` is what the settings allow; the Assembler refuses anything else.
  MacroAssemblerX64(compile::CodeBuffer& buffer, const compile::IsaFlags& isa);

  RegSet allocatable() const override;
  Reg frame_pointer() const override;
  Reg stack_pointer() const override;
  Reg vmctx() const override;
  FixedRegs fixed_regs() const override;
  Reg move_temp() const override;
  const compile::IsaFlags& isa() const override { return asm_.allowed_isa(); }
  compile::CodeBuffer& buffer() override { return asm_.buffer(); }

  PatchSite enter_frame(bool stack_check, Label overflow) override;
  void patch_frame_size(PatchSite site, uint32_t frame_bytes) override;
  void leave_frame_and_return() override;
  void zero_slots(Address first, uint32_t count) override;

  void move(Reg dst, Reg src, wasm::ValType type) override;
  void load_constant(Reg dst, uint64_t bits, wasm::ValType type) override;
  void load(Reg dst, const Address& src, LoadKind kind) override;
  void store(const Address& dst, Reg src, StoreKind kind) override;
  void store_constant(const Address& dst, uint64_t bits, StoreKind kind) override;
  bool can_store_immediate(uint64_t bits, StoreKind kind) const override;
  void copy_slot(const Address& dst, const Address& src) override;
  void load_effective_address(Reg dst, const Address& src) override;

  void alu(AluOp op, OperandSize size, Reg dst, const Operand& src) override;
  void mul_imm(OperandSize size, Reg dst, Reg src, int32_t imm) override;
  void shift(ShiftOp op, OperandSize size, Reg dst, const Operand& count) override;
  void int_div(DivOp op, OperandSize size, Reg rhs) override;
  void bit_count(BitCountOp op, OperandSize size, Reg dst, Reg src) override;
  void extend(ExtendOp op, Reg dst, Reg src) override;
  void negate(OperandSize size, Reg dst) override;

  void compare_and_set(IntCond cond, OperandSize size, Reg dst, Reg lhs, const Operand& rhs) override;
  void compare_and_branch(IntCond cond, OperandSize size, Reg lhs, const Operand& rhs, Label target) override;
  void branch_on_zero(bool when_zero, OperandSize size, const Operand& value, Label target) override;
  void select(OperandSize size, Reg dst, const Operand& other, Reg cond_value) override;
  void jump(Label target) override;
  void jump_table(Reg index, std::span<const Label> targets) override;
  void trap(TrapCode code, uint32_t wasm_offset) override;

  void call_function(uint32_t func_index) override;
  void call_indirect(const Address& target) override;
  void call_register(Reg target) override;
  void call_libcall(compile::LibCall callee) override;
  Address outgoing_slot(uint32_t index) const override;

  void float_binary(FloatBinOp op, FloatWidth w, Reg dst, const Operand& src) override;
  void float_unary(FloatUnOp op, FloatWidth w, Reg dst, Reg src) override;
  bool can_round_inline() const override { return asm_.allowed_isa().has_sse41; }
  void float_round(RoundOp op, FloatWidth w, Reg dst, Reg src) override;
  void float_compare_and_set(FloatCond cond, FloatWidth w, Reg dst, Reg lhs, Reg rhs) override;
  void float_compare_and_branch(FloatCond cond, FloatWidth w, Reg lhs, Reg rhs, bool when_true, Label target) override;
  void float_select(FloatWidth w, Reg dst, Reg other, Reg cond_value) override;
  void canonicalize_nan(FloatWidth w, Reg reg) override;
  void convert_int_to_float(FloatWidth to, IntWidth from, bool is_signed, Reg dst, Reg src) override;
  void truncate_float_to_int(IntWidth to, FloatWidth from, bool is_signed, Reg dst, Reg src, Label bad_conversion,
                             Label overflow) override;
  void truncate_float_to_int_saturating(IntWidth to, FloatWidth from, bool is_signed, Reg dst, Reg src) override;
  void float_promote(Reg dst, Reg src) override;
  void float_demote(Reg dst, Reg src) override;
  void reinterpret_to_float(FloatWidth w, Reg dst, Reg src) override;
  void reinterpret_to_int(FloatWidth w, Reg dst, Reg src) override;

  void load_v128_constant(Reg dst, uint64_t low, uint64_t high) override;
  void simd_binary(SimdBinOp op, Reg dst, Reg src) override;
  void simd_unary(SimdUnOp op, Reg dst) override;
  void simd_int_compare(IntCond cond, LaneShape shape, Reg dst, Reg src) override;
  void simd_shift(SimdShiftOp op, LaneShape shape, Reg dst, Reg count, Reg tmp) override;
  void simd_mul(LaneShape shape, Reg dst, Reg src, Reg tmp) override;
  void simd_min_max_i32(bool is_min, bool is_signed, Reg dst, Reg src, Reg tmp) override;
  void simd_i64_compare(IntCond cond, Reg dst, Reg src, Reg tmp) override;
  void simd_float_binary(FloatBinOp op, FloatWidth w, Reg dst, Reg src) override;
  void simd_float_unary(FloatUnOp op, FloatWidth w, Reg dst) override;
  void simd_canonicalize_nan(FloatWidth w, Reg reg) override;
  void simd_load(SimdLoadKind kind, Reg dst, const Address& src) override;
  void simd_any_true(Reg dst, Reg src) override;
  void simd_all_true(LaneShape shape, Reg dst, Reg src) override;
  void simd_bitmask(LaneShape shape, Reg dst, Reg src) override;
  void simd_bitselect(Reg dst, Reg other, Reg mask) override;
  void simd_splat(LaneShape shape, Reg dst, Reg src) override;
  void simd_extract_lane(LaneShape shape, bool is_signed, Reg dst, Reg src, uint8_t lane) override;
  void simd_replace_lane(LaneShape shape, Reg dst, Reg src, uint8_t lane) override;
  void simd_splat_float(FloatWidth w, Reg reg) override;
  void simd_extract_lane_float(FloatWidth w, Reg reg, uint8_t lane) override;
  void simd_replace_lane_float(FloatWidth w, Reg dst, Reg src, uint8_t lane) override;
  void simd_shuffle(Reg dst, Reg src, const std::array<uint8_t, 16>& lanes, const Address& spill_a,
                    const Address& spill_b) override;
  void simd_swizzle(Reg dst, Reg src, const Address& spill_a, const Address& spill_b) override;
  void simd_ext_mul(LaneShape wide, bool high, bool is_signed, Reg dst, Reg src, Reg tmp) override;
  void simd_q15_mulr_sat(Reg dst, Reg src, Reg tmp) override;
  void simd_convert(SimdConvertOp op, Reg dst, Reg tmp) override;
  void simd_round(RoundOp op, FloatWidth w, Reg dst, Reg tmp1, Reg tmp2) override;
  void simd_load_lane(LaneShape shape, Reg dst, const Address& src, uint8_t lane,
                      std::optional<uint32_t> guard_site) override;
  void simd_store_lane(LaneShape shape, const Address& dst, Reg src, uint8_t lane,
                       std::optional<uint32_t> guard_site) override;

  // The underlying assembler, for tests.
  compile::x64::Assembler& assembler() { return asm_; }

 private:
  using Gpr = compile::x64::Gpr;
  using Xmm = compile::x64::Xmm;
  using Mem = compile::x64::Mem;
  using Size = compile::x64::Size;
  using Cond = compile::x64::Cond;

  static Gpr gpr(Reg r);
  static Xmm xmm(Reg r);
  static Mem mem(const Address& a);
  static Size size_of(OperandSize s) { return s == OperandSize::S32 ? Size::S32 : Size::S64; }
  static Cond cond_of(IntCond c);

  // The operand as an immediate the form can take (sign-extended 32 bits),
  // or in the scratch register.
  void alu_imm(AluOp op, Size s, Gpr dst, uint64_t bits);
  void cmp_operand(OperandSize size, Reg lhs, const Operand& rhs);
  // ucomiss/ucomisd a, b.
  void ucomis(FloatWidth w, Xmm a, Xmm b);
  void ucomis(FloatWidth w, Xmm a, const Mem& b);
  Mem float_constant(FloatWidth w, double value);
  Mem sign_mask(FloatWidth w);  // 16-byte constant with the sign bit of each lane
  Mem abs_mask(FloatWidth w);   // 16-byte constant with every bit but the sign
  void float_min_max(bool is_min, FloatWidth w, Xmm dst, Xmm src);
  // A v128 operation that takes its operands the other way round:
  // dst = emit(src, dst), through the SIMD scratch.
  template <typename Emit>
  void simd_swapped(Xmm dst, Xmm src, Emit emit);
  void simd_float_min_max(bool is_min, FloatWidth w, Xmm dst, Xmm src);
  void simd_narrow_u16(Xmm dst, Xmm src);
  void simd_extend(SimdUnOp op, Xmm dst);
  void simd_abs(SimdUnOp op, Xmm dst);
  void simd_min_max_u16(bool is_min, Xmm dst, Xmm src);
  void simd_i64_greater(Xmm out, Xmm x, Xmm y, Xmm tmp);
  void simd_min_max_s8(bool is_min, Xmm dst, Xmm src);
  void simd_popcnt(Xmm dst);
  void simd_ext_add_pairwise(SimdUnOp op, Xmm dst);
  // Byte `lane` of dst = the low byte of src, in SSE2 (pinsrb is SSE4.1).
  void simd_insert_byte(Xmm dst, Gpr src, uint8_t lane);
  // Lane `lane` (0..3) of dst = lane 0 of src, in SSE2 (insertps is SSE4.1).
  void simd_insert_dword(Xmm dst, Xmm src, uint8_t lane);
  // The 16-byte constant with every byte (word, dword, quadword) `bits`.
  Mem splat_constant8(uint8_t bits);
  Mem splat_constant16(uint16_t bits);
  Mem splat_constant32(uint32_t bits);
  Mem splat_constant64(uint64_t bits);

  compile::x64::Assembler asm_;
  Label origin_;  // bound where the frame is entered: patches are relative to it
};

}  // namespace tandem::baseline
