// The baseline compiler's MacroAssembler: the ISA-neutral bottom layer the
// visitor and the value stack emit through (Winch's `MacroAssembler` trait).
//
// The visitor asks for operations ("add this operand to that register",
// "trap with this code unless lhs < rhs"); the implementation chooses the
// instruction forms: immediate or register or memory operand, a short
// encoding where one exists, a scratch register when an operand cannot be
// encoded directly, and the fallback sequence when an ISA extension is
// switched off. Nothing above this interface names an x86 instruction.
//
// Contracts every implementation keeps:
//   - An integer value of 32 bits in a register has its upper bits zero
//     (the ABI's rule for i32, kept everywhere so that zero-extension is free).
//   - Operations only write their destination (and the scratch registers the
//     implementation reserves for itself, which are never allocatable), except
//     where fixed_regs() documents an implicit clobber.
//   - The move operations (MoveEmitter) never touch move_temp() unless it
//     is their operand: the parallel-move resolver keeps a value there.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>

#include "backends/baseline/reg.h"
#include "shared_compile/alu_op.h"
#include "shared_compile/code_buffer.h"
#include "shared_compile/libcall.h"
#include "shared_compile/settings.h"
#include "shared_compile/trap_code.h"
#include "wasm/types.h"

namespace tandem::baseline {

using compile::Label;
using compile::TrapCode;

// Width of an integer operation.
enum class OperandSize : uint8_t { S32, S64 };
inline OperandSize int_size(wasm::ValType t) { return t == wasm::ValType::I32 ? OperandSize::S32 : OperandSize::S64; }

// A memory operand: base + index + displacement (index optional, scale 1
// or 8 for table elements).
struct Address {
  Reg base;
  Reg index;  // invalid: no index
  uint8_t scale = 1;
  int32_t disp = 0;

  static Address at(Reg base, int32_t disp) { return Address{base, Reg(), 1, disp}; }
  static Address indexed(Reg base, Reg index, uint8_t scale, int32_t disp) { return Address{base, index, scale, disp}; }
  bool operator==(const Address&) const = default;
};

// An operand of a two-operand operation: a register, an immediate (the
// value's bits; for 32-bit operations the low 32 bits) or memory.
struct Operand {
  enum class Kind : uint8_t { Reg, Imm, Mem };
  Kind kind = Kind::Reg;
  Reg reg;
  uint64_t imm = 0;
  Address mem;

  static Operand of(Reg r) { return Operand{Kind::Reg, r, 0, {}}; }
  static Operand immediate(uint64_t bits) { return Operand{Kind::Imm, Reg(), bits, {}}; }
  static Operand memory(Address a) { return Operand{Kind::Mem, Reg(), 0, a}; }
  bool is_reg() const { return kind == Kind::Reg; }
  bool is_imm() const { return kind == Kind::Imm; }
  bool is_mem() const { return kind == Kind::Mem; }
};

enum class IntCond : uint8_t { Eq, Ne, LtS, LtU, GtS, GtU, LeS, LeU, GeS, GeU };
IntCond negate(IntCond c);
// The condition that holds for (rhs, lhs) exactly when `c` holds for (lhs, rhs).
IntCond commute(IntCond c);

enum class FloatCond : uint8_t { Eq, Ne, Lt, Gt, Le, Ge };

using AluOp = compile::AluOp;
enum class ShiftOp : uint8_t { Shl, ShrS, ShrU, Rotl, Rotr };
enum class DivOp : uint8_t { DivS, DivU, RemS, RemU };
enum class BitCountOp : uint8_t { Clz, Ctz, Popcnt };
enum class FloatBinOp : uint8_t { Add, Sub, Mul, Div, Min, Max, Copysign };
enum class FloatUnOp : uint8_t { Abs, Neg, Sqrt };
enum class RoundOp : uint8_t { Ceil, Floor, Trunc, Nearest };

// Lane-wise v128 operations that are dst = dst op src. AndNot is wasm's
// v128.andnot: dst & ~src; comparisons set a lane to all ones or zero;
// PMin/PMax are wasm's pmin/pmax (src < dst ? src : dst, and dst < src ?
// src : dst), which return one operand's bits, NaN or not.
enum class SimdBinOp : uint8_t {
  And,
  AndNot,
  Or,
  Xor,
  AddI8,
  AddI16,
  AddI32,
  AddI64,
  SubI8,
  SubI16,
  SubI32,
  SubI64,
  AddSatS8,
  AddSatU8,
  AddSatS16,
  AddSatU16,
  SubSatS8,
  SubSatU8,
  SubSatS16,
  SubSatU16,
  MulI16,
  MinU8,
  MaxU8,
  MinS16,
  MaxS16,
  AvgrU8,
  AvgrU16,
  EqI8,
  EqI16,
  EqI32,
  NeI8,
  NeI16,
  NeI32,
  EqF32,
  NeF32,
  LtF32,
  LeF32,
  GtF32,
  GeF32,
  EqF64,
  NeF64,
  LtF64,
  LeF64,
  GtF64,
  GeF64,
  PMinF32,
  PMaxF32,
  PMinF64,
  PMaxF64,
  // Narrowing with saturation: dst's lanes make the low half, src's the high.
  NarrowS8,
  NarrowU8,
  NarrowS16,
  NarrowU16,
  MinU16,
  MaxU16,
  MinS8,
  MaxS8,
  // i32x4.dot_i16x8_s: adjacent signed word products summed into dwords.
  DotI16S,
};
// Lane-wise v128 operations that are dst = op dst. ExtendLowS8 is
// i16x8.extend_low_i8x16_s: the low (high) half's lanes widened to twice
// their width, sign- or zero-extended.
enum class SimdUnOp : uint8_t {
  Not,
  NegI8,
  NegI16,
  NegI32,
  NegI64,
  ExtendLowS8,
  ExtendHighS8,
  ExtendLowU8,
  ExtendHighU8,
  ExtendLowS16,
  ExtendHighS16,
  ExtendLowU16,
  ExtendHighU16,
  ExtendLowS32,
  ExtendHighS32,
  ExtendLowU32,
  ExtendHighU32,
  AbsI8,
  AbsI16,
  AbsI32,
  AbsI64,
  PopcntI8,
  // extadd_pairwise: adjacent lanes widened (S8: i8x16 to i16x8) and summed.
  ExtAddPairwiseS8,
  ExtAddPairwiseU8,
  ExtAddPairwiseS16,
  ExtAddPairwiseU16,
};
// Lane-wise conversions between integer and float shapes (wasm's names,
// the destination shape first). Each saturating truncation takes NaN to 0
// and clamps; the _zero forms and demote zero the result's high lanes.
enum class SimdConvertOp : uint8_t {
  F32x4ConvertI32x4S,
  F32x4ConvertI32x4U,
  F64x2ConvertLowI32x4S,
  F64x2ConvertLowI32x4U,
  I32x4TruncSatF32x4S,
  I32x4TruncSatF32x4U,
  I32x4TruncSatF64x2SZero,
  I32x4TruncSatF64x2UZero,
  F32x4DemoteF64x2Zero,
  F64x2PromoteLowF32x4,
};
// The integer lane shapes.
enum class LaneShape : uint8_t { I8x16, I16x8, I32x4, I64x2 };
// Lane-wise shifts by a scalar count, taken modulo the lane width.
enum class SimdShiftOp : uint8_t { Shl, ShrS, ShrU };
// The loads that fill a v128 from fewer bytes: a lane splatted, the low
// lanes widened, or the low bytes with the rest zero.
enum class SimdLoadKind : uint8_t {
  Splat8,
  Splat16,
  Splat32,
  Splat64,
  Extend8S,
  Extend8U,
  Extend16S,
  Extend16U,
  Extend32S,
  Extend32U,
  Zero32,
  Zero64,
};

// Register-to-register integer extensions (wrap is a zero extension of the
// low 32 bits).
enum class ExtendOp : uint8_t { S8To32, S16To32, S8To64, S16To64, S32To64, U32To64 };

// What a load reads and how it widens it.
enum class LoadKind : uint8_t {
  I32,
  I64,
  F32,
  F64,
  S8To32,
  U8To32,
  S16To32,
  U16To32,
  S8To64,
  U8To64,
  S16To64,
  U16To64,
  S32To64,
  U32To64,
  V128,  // a whole XMM register, unaligned
};
// What a store writes: the low bytes of an integer register, a float, or a
// whole XMM register (v128, unaligned).
enum class StoreKind : uint8_t { I8, I16, I32, I64, F32, F64, V128 };

LoadKind load_kind_of(wasm::ValType t);    // a full-width load of a value of type t
StoreKind store_kind_of(wasm::ValType t);  // a full-width store
uint32_t load_bytes(LoadKind k);
uint32_t store_bytes(StoreKind k);

// Float <-> integer conversions.
enum class IntWidth : uint8_t { I32, I64 };
enum class FloatWidth : uint8_t { F32, F64 };
inline FloatWidth float_width(wasm::ValType t) { return t == wasm::ValType::F32 ? FloatWidth::F32 : FloatWidth::F64; }

// Registers an ISA forces on some operations. The visitor asks for them by
// role and lets the value stack move operands there.
struct FixedRegs {
  // Variable shift/rotate counts must be in this register (invalid: any).
  Reg shift_count;
  // Division: the dividend goes in `div_lhs`; the quotient comes out of
  // `div_quotient`, the remainder out of `div_remainder`. Both are written
  // by every division, whichever result it wants.
  Reg div_lhs;
  Reg div_quotient;
  Reg div_remainder;
};

// A 32-bit field whose value is known only later (the frame size).
struct PatchSite {
  uint32_t field_offset = 0;
  bool negated = false;  // the field holds minus the value
};

// The moves: what the parallel-move resolver emits through, a narrow
// interface of its own so that the resolver can be tested on a simulated
// machine.
class MoveEmitter {
 public:
  virtual ~MoveEmitter() = default;

  // A register reserved for the parallel-move resolver to break cycles; it
  // holds any 64-bit value, and no operation of this interface touches it
  // unless it is named.
  virtual Reg move_temp() const = 0;
  // Register to register of the same class; `type` gives the width.
  virtual void move(Reg dst, Reg src, wasm::ValType type) = 0;
  virtual void load_constant(Reg dst, uint64_t bits, wasm::ValType type) = 0;
  virtual void load(Reg dst, const Address& src, LoadKind kind) = 0;
  virtual void store(const Address& dst, Reg src, StoreKind kind) = 0;
  virtual void store_constant(const Address& dst, uint64_t bits, StoreKind kind) = 0;
  // Copies one 8-byte slot to another.
  virtual void copy_slot(const Address& dst, const Address& src) = 0;
  // Copies a value of `type` between memory locations: one slot, or two
  // (low half first) for a v128.
  void copy_value(const Address& dst, const Address& src, wasm::ValType type) {
    copy_slot(dst, src);
    if (type != wasm::ValType::V128) return;
    Address dst_hi = dst, src_hi = src;
    dst_hi.disp += 8;
    src_hi.disp += 8;
    copy_slot(dst_hi, src_hi);
  }
  // Bit-preserving moves between the classes (the 32-bit forms zero the
  // upper half of a GPR).
  virtual void reinterpret_to_float(FloatWidth w, Reg dst, Reg src) = 0;
  virtual void reinterpret_to_int(FloatWidth w, Reg dst, Reg src) = 0;
};

class MacroAssembler : public MoveEmitter {
 public:
  // ---- targets and registers ----------------------------------------------
  virtual RegSet allocatable() const = 0;
  virtual Reg frame_pointer() const = 0;
  virtual Reg stack_pointer() const = 0;
  virtual Reg vmctx() const = 0;
  virtual FixedRegs fixed_regs() const = 0;
  virtual const compile::IsaFlags& isa() const = 0;

  // ---- positions, labels, side tables --------------------------------------
  virtual compile::CodeBuffer& buffer() = 0;
  uint32_t offset() { return buffer().offset(); }
  Label new_label() { return buffer().new_label(); }
  void bind(Label l) { buffer().bind(l); }
  bool is_bound(Label l) { return buffer().is_bound(l); }
  // An out-of-line trap (deferred `ud2`, one per code and wasm offset).
  Label trap_label(TrapCode code, uint32_t wasm_offset) { return buffer().trap_stub(code, wasm_offset); }
  // The next instruction may fault with `code` for the operator at `wasm_offset`.
  void record_trap_site(TrapCode code, uint32_t wasm_offset) { buffer().add_trap_site(code, wasm_offset); }

  // ---- frame ----------------------------------------------------------------
  // Links the frame (saves and sets the frame pointer), then allocates a
  // frame whose size is patched later. With a stack check, traps to
  // `overflow` when the frame would reach below the VMContext's stack limit.
  virtual PatchSite enter_frame(bool stack_check, Label overflow) = 0;
  virtual void patch_frame_size(PatchSite site, uint32_t frame_bytes) = 0;
  // Tears the frame down and returns.
  virtual void leave_frame_and_return() = 0;
  // Zeroes `count` consecutive 8-byte slots from `first` upward.
  virtual void zero_slots(Address first, uint32_t count) = 0;

  // ---- moves (the rest are MoveEmitter's) ------------------------------------
  // Whether store_constant of these bits is a single instruction (so that
  // it can be a trap site).
  virtual bool can_store_immediate(uint64_t bits, StoreKind kind) const = 0;
  // Address arithmetic on pointers: dst = base + disp (64-bit).
  virtual void load_effective_address(Reg dst, const Address& src) = 0;

  // ---- integer arithmetic ----------------------------------------------------
  virtual void alu(AluOp op, OperandSize size, Reg dst, const Operand& src) = 0;
  // dst = src * imm, the three-operand multiply.
  virtual void mul_imm(OperandSize size, Reg dst, Reg src, int32_t imm) = 0;
  // `count` is an immediate or fixed_regs().shift_count.
  virtual void shift(ShiftOp op, OperandSize size, Reg dst, const Operand& count) = 0;
  // Division with the operands in fixed_regs(). The caller has already
  // checked for a zero divisor and for signed overflow where it traps;
  // RemS of INT_MIN by -1 is 0 here.
  virtual void int_div(DivOp op, OperandSize size, Reg rhs) = 0;
  virtual void bit_count(BitCountOp op, OperandSize size, Reg dst, Reg src) = 0;
  virtual void extend(ExtendOp op, Reg dst, Reg src) = 0;
  virtual void negate(OperandSize size, Reg dst) = 0;

  // ---- comparisons and branches --------------------------------------------
  // dst = (lhs cond rhs) ? 1 : 0, as an i32.
  virtual void compare_and_set(IntCond cond, OperandSize size, Reg dst, Reg lhs, const Operand& rhs) = 0;
  virtual void compare_and_branch(IntCond cond, OperandSize size, Reg lhs, const Operand& rhs, Label target) = 0;
  // Branches when `value` is zero (when_zero) or non-zero.
  virtual void branch_on_zero(bool when_zero, OperandSize size, const Operand& value, Label target) = 0;
  // dst = cond_value != 0 ? dst : other (integer classes only).
  virtual void select(OperandSize size, Reg dst, const Operand& other, Reg cond_value) = 0;
  virtual void jump(Label target) = 0;
  // Jumps to targets[index]; `index` is an unsigned 32-bit value already
  // known to be in range. Clobbers `index`.
  virtual void jump_table(Reg index, std::span<const Label> targets) = 0;
  // An inline `ud2` that traps with `code`.
  virtual void trap(TrapCode code, uint32_t wasm_offset) = 0;

  // ---- calls ------------------------------------------------------------------
  virtual void call_function(uint32_t func_index) = 0;
  // Calls the code whose address is at `target` in memory.
  virtual void call_indirect(const Address& target) = 0;
  // Calls the code at the address held in `target`.
  virtual void call_register(Reg target) = 0;
  virtual void call_libcall(compile::LibCall callee) = 0;
  // Outgoing stack argument slot `index` (8 bytes each) at the call.
  virtual Address outgoing_slot(uint32_t index) const = 0;

  // ---- floats ------------------------------------------------------------------
  // dst = dst op src.
  virtual void float_binary(FloatBinOp op, FloatWidth w, Reg dst, const Operand& src) = 0;
  virtual void float_unary(FloatUnOp op, FloatWidth w, Reg dst, Reg src) = 0;
  virtual bool can_round_inline() const = 0;
  virtual void float_round(RoundOp op, FloatWidth w, Reg dst, Reg src) = 0;
  virtual void float_compare_and_set(FloatCond cond, FloatWidth w, Reg dst, Reg lhs, Reg rhs) = 0;
  virtual void float_compare_and_branch(FloatCond cond, FloatWidth w, Reg lhs, Reg rhs, bool when_true,
                                        Label target) = 0;
  virtual void float_select(FloatWidth w, Reg dst, Reg other, Reg cond_value) = 0;
  virtual void canonicalize_nan(FloatWidth w, Reg reg) = 0;
  // Unsigned 64-bit sources are clobbered.
  virtual void convert_int_to_float(FloatWidth to, IntWidth from, bool is_signed, Reg dst, Reg src) = 0;
  // Traps to `bad_conversion` on NaN and to `overflow` out of range.
  virtual void truncate_float_to_int(IntWidth to, FloatWidth from, bool is_signed, Reg dst, Reg src,
                                     Label bad_conversion, Label overflow) = 0;
  virtual void truncate_float_to_int_saturating(IntWidth to, FloatWidth from, bool is_signed, Reg dst, Reg src) = 0;
  virtual void float_promote(Reg dst, Reg src) = 0;
  virtual void float_demote(Reg dst, Reg src) = 0;

  // ---- v128 -----------------------------------------------------------------------
  // SSE2 unless isa() allows more; fpr registers hold the whole vector.
  virtual void load_v128_constant(Reg dst, uint64_t low, uint64_t high) = 0;
  virtual void simd_binary(SimdBinOp op, Reg dst, Reg src) = 0;
  virtual void simd_unary(SimdUnOp op, Reg dst) = 0;
  // Lane-wise integer comparison dst = (dst cond src) ? all ones : 0, for
  // every shape but I64x2.
  virtual void simd_int_compare(IntCond cond, LaneShape shape, Reg dst, Reg src) = 0;
  // dst = dst shifted lane-wise by count (a GPR, left unchanged) modulo the
  // lane width; tmp is an FPR the sequence may clobber.
  virtual void simd_shift(SimdShiftOp op, LaneShape shape, Reg dst, Reg count, Reg tmp) = 0;
  // dst = dst * src lane-wise, wrapping, for I32x4 and I64x2; tmp is an FPR
  // the sequence may clobber (src is left unchanged).
  virtual void simd_mul(LaneShape shape, Reg dst, Reg src, Reg tmp) = 0;
  // dst = min or max of dst and src per i32x4 lane, signed or not; tmp is
  // an FPR the sequence may clobber.
  virtual void simd_min_max_i32(bool is_min, bool is_signed, Reg dst, Reg src, Reg tmp) = 0;
  // dst = (dst cond src) ? all ones : 0 per i64x2 lane (Eq, Ne and the
  // signed conditions); tmp is an FPR the sequence may clobber.
  virtual void simd_i64_compare(IntCond cond, Reg dst, Reg src, Reg tmp) = 0;
  // Lane-wise float arithmetic dst = dst op src (Add, Sub, Mul, Div, and
  // wasm's Min and Max: NaN in, NaN out, -0 below +0; their NaNs are
  // canonical but for the sign).
  virtual void simd_float_binary(FloatBinOp op, FloatWidth w, Reg dst, Reg src) = 0;
  // dst = op dst, lane-wise (Abs and Neg only move sign bits).
  virtual void simd_float_unary(FloatUnOp op, FloatWidth w, Reg dst) = 0;
  // Every NaN lane of reg becomes the canonical NaN of its width.
  virtual void simd_canonicalize_nan(FloatWidth w, Reg reg) = 0;
  // dst = the v128 that `kind` makes of the bytes at src. The first
  // instruction is the access (a trap site).
  virtual void simd_load(SimdLoadKind kind, Reg dst, const Address& src) = 0;
  // dst (a GPR) = any bit of src set ? 1 : 0.
  virtual void simd_any_true(Reg dst, Reg src) = 0;
  // dst (a GPR) = every lane of src non-zero ? 1 : 0.
  virtual void simd_all_true(LaneShape shape, Reg dst, Reg src) = 0;
  // dst (a GPR) = the lanes' sign bits, lane 0 in bit 0.
  virtual void simd_bitmask(LaneShape shape, Reg dst, Reg src) = 0;
  // dst = (dst & mask) | (other & ~mask): v128.bitselect(dst, other, mask).
  virtual void simd_bitselect(Reg dst, Reg other, Reg mask) = 0;
  // dst (an FPR) = every lane the low bits of src (a GPR).
  virtual void simd_splat(LaneShape shape, Reg dst, Reg src) = 0;
  // dst (a GPR) = lane `lane` of src, zero- or sign-extended to 32 bits
  // (64 for I64x2).
  virtual void simd_extract_lane(LaneShape shape, bool is_signed, Reg dst, Reg src, uint8_t lane) = 0;
  // Lane `lane` of dst = the low bits of src (a GPR, left unchanged).
  virtual void simd_replace_lane(LaneShape shape, Reg dst, Reg src, uint8_t lane) = 0;
  // In place, reg (an FPR) from a scalar float to every lane that float.
  virtual void simd_splat_float(FloatWidth w, Reg reg) = 0;
  // In place, reg from a v128 to its lane `lane` as a scalar float (in the
  // low bits; the rest is not defined).
  virtual void simd_extract_lane_float(FloatWidth w, Reg reg, uint8_t lane) = 0;
  // Lane `lane` of dst = the scalar float in src (left unchanged).
  virtual void simd_replace_lane_float(FloatWidth w, Reg dst, Reg src, uint8_t lane) = 0;
  // dst = the bytes `lanes` picks from dst (0..15) and src (16..31): wasm's
  // i8x16.shuffle. `spill_a` and `spill_b` are two 16-byte frame slots the
  // sequence may overwrite.
  virtual void simd_shuffle(Reg dst, Reg src, const std::array<uint8_t, 16>& lanes, const Address& spill_a,
                            const Address& spill_b) = 0;
  // dst = i8x16.swizzle(dst, src): byte i is dst[src[i]], or 0 when src[i]
  // is 16 or more. `spill_a` and `spill_b` as for simd_shuffle.
  virtual void simd_swizzle(Reg dst, Reg src, const Address& spill_a, const Address& spill_b) = 0;
  // dst = dst * src of the low (high) half's lanes widened: extmul, with
  // `wide` the result's shape (I16x8, I32x4 or I64x2); tmp is an FPR the
  // sequence may clobber.
  virtual void simd_ext_mul(LaneShape wide, bool high, bool is_signed, Reg dst, Reg src, Reg tmp) = 0;
  // dst = i16x8.q15mulr_sat_s(dst, src); tmp as for simd_ext_mul.
  virtual void simd_q15_mulr_sat(Reg dst, Reg src, Reg tmp) = 0;
  // dst = op dst; tmp is an FPR the sequence may clobber.
  virtual void simd_convert(SimdConvertOp op, Reg dst, Reg tmp) = 0;
  // dst = op dst lane-wise (ceil, floor, trunc, nearest); NaN lanes stay
  // NaN (quiet). tmp1 and tmp2 are FPRs the sequence may clobber.
  virtual void simd_round(RoundOp op, FloatWidth w, Reg dst, Reg tmp1, Reg tmp2) = 0;
  // Lane `lane` of dst = the lane-sized bytes at src / the bytes at dst =
  // lane `lane` of src. The access may follow other instructions: with
  // `guard_site`, it is recorded as the out-of-bounds trap site of that
  // wasm offset.
  virtual void simd_load_lane(LaneShape shape, Reg dst, const Address& src, uint8_t lane,
                              std::optional<uint32_t> guard_site) = 0;
  virtual void simd_store_lane(LaneShape shape, const Address& dst, Reg src, uint8_t lane,
                               std::optional<uint32_t> guard_site) = 0;

  // ---- source locations ------------------------------------------------------
  void start_source_loc(uint32_t wasm_offset) { buffer().start_source_loc(wasm_offset); }
  void end_source_loc() { buffer().end_source_loc(); }
};

}  // namespace tandem::baseline
