// VCode: x86-64 machine instructions on virtual registers, the output of
// instruction selection and the input of register allocation and emission
// (Cranelift's VCode; regalloc2's `Function`).
//
//   blocks     in emission order; each ends in a terminator (Jmp, Jcc,
//              JmpTable, Ret, Trap). Only Jmp passes arguments, to its
//              target's parameters: isel splits every edge that needs them,
//              so no critical edge is left
//   operands   each instruction lists the virtual registers it reads and
//              writes, with when (early: before the instruction writes
//              anything; late: after it reads everything) and a constraint:
//              any register, a fixed one (call arguments, shift counts in
//              cl, rax/rdx for division), the register of an input (x86's
//              two-address `add dst, src`: dst reuses input 1), or a
//              register or a stack slot (a jump's block arguments, which
//              only the parameter moves read: a jump may pass more values
//              than there are registers)
//   clobbers   registers an instruction destroys (calls: all but rsp, rbp,
//              r14)
//
// A Reg is a physical register (GPR 0-15, XMM 16-31) or a virtual one
// (32 and up); instructions name physical registers only for the fixed
// frame and context registers (rbp, rsp, r14) in memory operands.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "shared_compile/alu_op.h"
#include "shared_compile/trap_code.h"
#include "shared_compile/x64/operands.h"
#include "shared_compile/x64/registers.h"

namespace tandem::optimizing::mach {

namespace x64 = compile::x64;

enum class RegClass : uint8_t { Int, Float };

// Physical registers as the allocator numbers them: GPRs 0-15, XMMs 16-31.
using PReg = uint8_t;
inline constexpr PReg kNoPReg = 0xff;
inline PReg preg_of(x64::Gpr r) { return r.enc; }
inline PReg preg_of(x64::Xmm r) { return static_cast<PReg>(16 + r.enc); }
inline RegClass preg_class(PReg p) { return p < 16 ? RegClass::Int : RegClass::Float; }
inline x64::Gpr preg_gpr(PReg p) { return x64::Gpr{static_cast<uint8_t>(p)}; }
inline x64::Xmm preg_xmm(PReg p) { return x64::Xmm{static_cast<uint8_t>(p - 16)}; }
std::string preg_name(PReg p);

// Registers the allocator never hands out: the stack and frame pointers,
// the VMContext register, and one scratch register per class that the
// emitted move sequences use (cycles in parallel moves, memory-to-memory
// moves) and that isel sequences may clobber freely.
inline constexpr x64::Gpr kScratchGpr = x64::r11;
inline constexpr x64::Xmm kScratchXmm = x64::xmm15;

using VReg = uint32_t;
inline constexpr VReg kNoVReg = ~0u;

struct Operand {
  enum class Kind : uint8_t {
    Use,   // read
    Def,   // written
    Temp,  // written early and live to the end of the instruction (a scratch)
  };
  enum class Pos : uint8_t { Early, Late };
  enum class Constraint : uint8_t { Any, Fixed, Reuse, RegOrStack };

  VReg vreg = kNoVReg;
  Kind kind = Kind::Use;
  Pos pos = Pos::Early;
  Constraint constraint = Constraint::Any;
  uint8_t fixed = 0;  // Fixed: the PReg; Reuse: the index of the reused input operand

  static Operand use(VReg v, Pos p = Pos::Early) { return {v, Kind::Use, p, Constraint::Any, 0}; }
  static Operand use_fixed(VReg v, PReg r, Pos p = Pos::Early) { return {v, Kind::Use, p, Constraint::Fixed, r}; }
  static Operand use_reg_or_stack(VReg v) { return {v, Kind::Use, Pos::Early, Constraint::RegOrStack, 0}; }
  static Operand def(VReg v, Pos p = Pos::Late) { return {v, Kind::Def, p, Constraint::Any, 0}; }
  static Operand def_fixed(VReg v, PReg r) { return {v, Kind::Def, Pos::Late, Constraint::Fixed, r}; }
  static Operand def_reuse(VReg v, uint8_t input) { return {v, Kind::Def, Pos::Late, Constraint::Reuse, input}; }
  static Operand temp(VReg v) { return {v, Kind::Temp, Pos::Early, Constraint::Any, 0}; }
};

// Machine opcodes. The operand layout of each is fixed (slot numbers in
// brackets); `size` is the operation size of GPR forms.
enum class MOp : uint8_t {
  // ---- pseudo-instructions and control --------------------------------------
  Args,      // [defs...] the parameters in their ABI registers (fixed defs)
  Ret,       // [uses...] the results in their ABI registers; epilogue and ret
  Jmp,       // [args...] to target0, passing args to its parameters
  Jcc,       // jcc cond(sub) to target0, else target1; flags from the previous instruction
  JmpTable,  // [0]=index use, [1],[2] temps; default target0; table targets in jt range
  Trap,      // ud2 with trap code (imm)
  TrapIf,    // jcc cond(sub) to a trap stub with trap code (imm)
  // ---- moves and memory -----------------------------------------------------
  Copy,      // [0]=def [1]=use: mov r64, r64 / movaps
  MovImm,    // [0]=def: mov r, imm (size S32 zero-extends; S64 sign-extends imm32 or movabs)
  Load,      // [0]=def, mem: mov/movzx/movsx by sub (LoadKind); xmm: movss/movsd/movdqu
  Store,     // [0]=value use, mem: mov by size; xmm: movss/movsd/movdqu by sub
  StoreImm,  // mem, imm: mov m, imm32 by size
  Lea,       // [0]=def, mem
  // ---- integer ALU ------------------------------------------------------------
  AluRR,        // [0]=def reusing [1], [1], [2]: add/sub/and/or/xor/imul by sub (AluOp)
  AluRI,        // [0]=def reusing [1], [1]; imm32
  AluRM,        // [0]=def reusing [1], [1], mem (late): add/sub/and/or/xor/imul r, [mem]
  ImulRRI,      // [0]=def, [1]; imul r, r, imm32
  Unary,        // [0]=def reusing [1], [1]: neg/not by sub
  ShiftRI,      // [0]=def reusing [1], [1]; shift/rotate by sub (ShiftOp), count imm
  ShiftRCl,     // [0]=def reusing [1], [1], [2]=count fixed rcx
  ShiftX,       // [0]=def, [1]=value, [2]=count: shlx/shrx/sarx (BMI2) by sub
  BitCount,     // [0]=def, [1]: lzcnt/tzcnt/popcnt/bsr/bsf by sub
  ClzFallback,  // [0]=def, [1], [2]=temp: bsr, cmovz, xor (no lzcnt)
  CtzFallback,  // [0]=def, [1], [2]=temp: bsf, cmovz (no bmi1)
  Extend,       // [0]=def, [1]: movzx/movsx/movsxd/mov r32 by sub (ExtendKind)
  Cmp,          // [0], [1]: cmp by size
  CmpImm,       // [0]; cmp r, imm32
  Test,         // [0], [1]: test by size
  Setcc,        // [0]=def: setcc cond(sub); movzx r32, r8
  Cmov,         // [0]=def reusing [1] (if false), [2] (if true): cmovcc by sub
  Div,          // [0]=dividend fixed rax, [1]=divisor (late), [2]=quotient rax, [3]=remainder rdx;
                // sub: DivKind; imm: DivChecks; early clobber rdx
  MulHi,        // [0]=multiplicand fixed rax, [1]=other (late), [2]=high half rdx; sub: signed
  // ---- calls ------------------------------------------------------------------
  Call,          // [args fixed..., results fixed...]; imm: function index; clobbers
  CallImport,    // same, through the VMContext's import slot for function imm
  CallIndirect,  // [0]=funcref use, [args..., results...]; through VMFuncRef
  CallLibcall,   // [args fixed..., results...]; imm: LibCall; rdi = vmctx
  // ---- floats (size S32: f32, the ss forms; S64: f64, the sd forms) -------------
  FAluRR,       // [0]=def reusing [1], [1], [2] (late): add/sub/mul/div by sub (FAluOp)
  FMinMax,      // [0]=def reusing [1], [1], [2] (late): wasm min (sub 0) / max (sub 1)
  FUnary,       // [0]=def, [1]: sqrt, promote, demote, round by sub (FUnaryOp); imm: RoundMode
  FBitConst,    // [0]=def reusing [1], [1]: and/xor with a sign-bit mask (sub: FBitOp)
  FOr,          // [0]=def reusing [1], [1], [2] (late): orps
  FCmp,         // [0], [1]: ucomiss/ucomisd [0], [1]
  FSelect,      // [0]=def reusing [1] (if false), [1], [2] (if true, late): movaps [2] when cond(sub)
  FConst,       // [0]=def: the float of bits imm (xorps for +0.0, else from the constant pool)
  FMovFromGpr,  // [0]=xmm def, [1]=gpr: movd/movq (size: the integer's)
  FMovToGpr,    // [0]=gpr def, [1]=xmm: movd/movq (size: the integer's)
  FCvtFromInt,  // [0]=xmm def, [1]=gpr, [2],[3] gpr temps: int -> float by sub (FromIntKind)
  FCvtToInt,    // [0]=gpr def, [1]=xmm, [2] xmm temp, [3] gpr temp: float -> int by sub
                // (ToIntKind); size: the integer's; imm: 4 or 8, the float's bytes
  FCanon,       // [0]=def reusing [1], [1]: a NaN becomes the canonical quiet NaN
  // ---- SIMD (v128) ----------------------------------------------------------------
  Vconst,    // [0]=def: the v128 of the function's pool entry imm (pxor, pcmpeqd or a constant)
  Simd,      // [0]=def, [1..sub]=args, then temps (isel/simd_needs.h); imm: simd_imm()
  SimdLoad,  // [0]=def, mem: a scalar load and the simd operator imm on its bits in one
             // (pmovsx/zx, movd/movq, movddup: 4- or 8-byte accesses, no alignment)
};

// A Simd MInst's immediate: the wasm operator, its lane, a shuffle's v128
// pool index.
inline int64_t simd_imm(uint16_t wasm_op, uint8_t lane, uint32_t shuffle) {
  return static_cast<int64_t>(wasm_op) | static_cast<int64_t>(lane) << 16 | static_cast<int64_t>(shuffle) << 32;
}
inline uint16_t simd_imm_op(int64_t imm) { return static_cast<uint16_t>(imm); }
inline uint8_t simd_imm_lane(int64_t imm) { return static_cast<uint8_t>(imm >> 16); }
inline uint32_t simd_imm_shuffle(int64_t imm) { return static_cast<uint32_t>(imm >> 32); }

using AluOp = compile::AluOp;
enum class ShiftOp : uint8_t { Shl, Shr, Sar, Rol, Ror };
enum class BitCountOp : uint8_t { Lzcnt, Tzcnt, Popcnt, Bsr, Bsf };
enum class UnaryOp : uint8_t { Neg, Not };
// Load kinds: how many bytes and how they widen into the register.
enum class LoadKind : uint8_t { Zx8, Sx8, Zx16, Sx16, Zx32, Sx32, B64, F32, F64, V128 };
enum class ExtendKind : uint8_t { Zx8, Sx8, Zx16, Sx16, Zx32, Sx32 };
enum class DivKind : uint8_t { Udiv, Sdiv, Urem, Srem };
enum class FAluOp : uint8_t { Add, Sub, Mul, Div };
enum class FUnaryOp : uint8_t { Sqrt, Promote, Demote, Round };
enum class FBitOp : uint8_t { Abs, Neg, KeepSign };  // and ~sign; xor sign; and sign
enum class FromIntKind : uint8_t { S32, S64, U32, U64 };
enum class ToIntKind : uint8_t { Signed, Unsigned, SignedSat, UnsignedSat };
namespace div_checks {
inline constexpr int64_t kZero = 1;      // test the divisor for zero
inline constexpr int64_t kMinusOne = 2;  // signed: handle a divisor of -1 apart
}  // namespace div_checks

// A memory operand: [base + index*scale + disp]. base/index are operand
// slots of the instruction (their registers come from allocation) or a
// fixed register (r14, rsp, rbp); kNoSlot where absent.
struct MemArg {
  static constexpr uint8_t kNoSlot = 0xff;
  uint8_t base_slot = kNoSlot;
  uint8_t index_slot = kNoSlot;
  uint8_t fixed_base = 0xff;  // x64 GPR encoding when the base is a fixed register
  x64::Scale scale = x64::Scale::x1;
  int32_t disp = 0;
  bool valid() const { return base_slot != kNoSlot || fixed_base != 0xff; }
};

struct MInst {
  MOp op = MOp::Trap;
  x64::Size size = x64::S64;
  uint8_t sub = 0;        // AluOp, ShiftOp, Cond, LoadKind, ... by op
  bool is_float = false;  // float class form (f32 when size S32, f64 when S64)
  uint32_t first_operand = 0;
  uint32_t num_operands = 0;
  MemArg mem;
  int64_t imm = 0;
  uint32_t target0 = 0;  // blocks
  uint32_t target1 = 0;
  uint32_t wasm_offset = 0;   // source location; trap sites take it too
  uint16_t clobber_gprs = 0;  // late clobbers (GPR encodings)
  uint16_t clobber_xmms = 0;
  uint16_t early_clobber_gprs = 0;
  uint8_t trap_code = 0;   // for instructions with a trap site or a trap
  bool trap_site = false;  // the instruction itself may fault (guarded memory access)
  // Simd: the function's v128 pool entry that is the second operand, read
  // from the constant pool (isel/simd_needs.h), or none.
  static constexpr uint32_t kNoV128Operand = ~0u;
  uint32_t v128_operand = kNoV128Operand;
};

struct VBlock {
  uint32_t first_inst = 0;
  uint32_t end_inst = 0;  // one past the terminator
  uint32_t params = 0;    // into VCode::block_params
  uint32_t num_params = 0;
  uint32_t succs = 0;  // into VCode::succ_list
  uint32_t num_succs = 0;
  uint32_t preds = 0;  // into VCode::pred_list
  uint32_t num_preds = 0;
};

class VCode {
 public:
  void clear();

  // ---- virtual registers ---------------------------------------------------
  // `wide`: a v128 (Float class), whose moves and spill slot take all 128
  // bits of the register.
  VReg new_vreg(RegClass cls, bool wide = false) {
    vreg_class_.push_back(cls);
    vreg_wide_.push_back(wide);
    return static_cast<VReg>(vreg_class_.size() - 1);
  }
  uint32_t num_vregs() const { return static_cast<uint32_t>(vreg_class_.size()); }
  RegClass vreg_class(VReg v) const { return vreg_class_[v]; }
  bool vreg_wide(VReg v) const { return v < vreg_wide_.size() && vreg_wide_[v]; }

  // ---- building (isel) -----------------------------------------------------
  // Blocks are created first (so branches can name them), then filled in
  // emission order with begin_block/push/end_block.
  uint32_t new_block();
  // A block's parameters are added consecutively, before any other block's.
  void add_block_param(uint32_t block, VReg v);
  void begin_block(uint32_t block);
  MInst& push(const MInst& inst, std::initializer_list<Operand> operands);
  MInst& push(const MInst& inst, std::span<const Operand> operands);
  void end_block();
  // Jump-table targets of a JmpTable: [first, first + count) of jt_targets.
  uint32_t add_jump_table(std::span<const uint32_t> targets);
  // Computes successor and predecessor lists from the terminators, and
  // checks the structure (every block filled once, ends in a terminator,
  // only Jmp passes arguments, no critical edge). Call after isel.
  void finish();

  // ---- reading ---------------------------------------------------------------
  uint32_t num_blocks() const { return static_cast<uint32_t>(blocks_.size()); }
  const VBlock& block(uint32_t b) const { return blocks_[b]; }
  VBlock& mutable_block(uint32_t b) { return blocks_[b]; }
  // Emission order (block indices).
  const std::vector<uint32_t>& order() const { return order_; }
  std::span<const VReg> block_params(uint32_t b) const {
    return {block_params_.data() + blocks_[b].params, blocks_[b].num_params};
  }
  std::span<const uint32_t> succs(uint32_t b) const {
    return {succ_list_.data() + blocks_[b].succs, blocks_[b].num_succs};
  }
  std::span<const uint32_t> preds(uint32_t b) const {
    return {pred_list_.data() + blocks_[b].preds, blocks_[b].num_preds};
  }
  uint32_t num_insts() const { return static_cast<uint32_t>(insts_.size()); }
  const MInst& inst(uint32_t i) const { return insts_[i]; }
  MInst& mutable_inst(uint32_t i) { return insts_[i]; }
  std::span<const Operand> operands(uint32_t i) const {
    return {operands_.data() + insts_[i].first_operand, insts_[i].num_operands};
  }
  uint32_t num_operands() const { return static_cast<uint32_t>(operands_.size()); }
  std::span<const uint32_t> jump_table(uint32_t first, uint32_t count) const {
    return {jt_targets_.data() + first, count};
  }
  // Block holding instruction i.
  uint32_t inst_block(uint32_t i) const { return inst_block_[i]; }

  // Frame facts isel records for emission.
  uint32_t outgoing_area_bytes = 0;  // max over calls: stack arguments + return areas
  // Bytes of frame memory, 16-byte aligned above the outgoing area, that
  // SIMD sequences use within one instruction (swizzle without pshufb).
  uint32_t scratch_area_bytes = 0;
  bool needs_saved_vmctx = false;  // calls that switch r14 restore it from the frame

  std::string to_string() const;  // for tests and debugging

 private:
  std::vector<RegClass> vreg_class_;
  std::vector<bool> vreg_wide_;
  std::vector<VBlock> blocks_;
  std::vector<bool> filled_;
  std::vector<uint32_t> order_;
  std::vector<VReg> block_params_;
  std::vector<uint32_t> succ_list_, pred_list_;
  std::vector<MInst> insts_;
  std::vector<Operand> operands_;
  std::vector<uint32_t> jt_targets_;
  std::vector<uint32_t> inst_block_;
  uint32_t current_ = ~0u;
};

bool is_terminator(MOp op);
const char* mop_name(MOp op);

}  // namespace tandem::optimizing::mach
