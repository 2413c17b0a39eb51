// Instruction selection: IR -> VCode on virtual registers, one IR
// instruction at a time with a little look-around:
//
//   constants    never get a register of their own: they fold into the
//                instruction using them as an immediate (or, for a v128,
//                a memory operand in the 16-byte aligned constant pool)
//                when the form exists, else they are rematerialized (`mov
//                r, imm`, `movdqa x, [rip + c]`) right before each use, so
//                no constant is kept live (or spilled) across a function
//   compares     an icmp whose only use is the next instruction's branch,
//                select or conditional trap is fused into it: `cmp; jcc`,
//                `cmp; cmovcc`, `cmp; jcc trap`, with no setcc in between
//   addresses    heap_base + index + offset becomes one [base + index*1 +
//                disp32] operand; offsets of 2^31 and above are added in
//                64 bits first
//   loads        a full-width integer load whose only use is the next
//                instruction's right operand of add/sub/and/or/xor/imul is
//                folded into it as a memory operand (the ALU instruction is
//                then the trap site)
//   edges        a branch with several targets reaches a target that has
//                parameters or other predecessors through a new block
//                holding just the jump: no critical edges in the VCode
//   ISA flags    lzcnt/tzcnt/popcnt/shlx forms only when allowed; otherwise
//                the fallback sequences (bsr/bsf with a fix-up for zero, the
//                bit-twiddling population count, shifts by cl)
//
// One invariant the lowering keeps everywhere: an i32 in a general-purpose
// register has its upper 32 bits zero (32-bit operations clear them; loads,
// extensions, setcc and call results are made to), so an i32 index is
// already the 64-bit index of an address and u32 -> f64 is a signed 64-bit
// conversion. Libcalls, which return a C uint32_t, get an explicit `mov
// r32, r32`.
//
// Lowering of each opcode family lives in lower_*.cc.
#pragma once

#include <deque>
#include <vector>

#include "backends/optimizing/ir/cfg.h"
#include "backends/optimizing/ir/const_eval.h"
#include "backends/optimizing/ir/function.h"
#include "backends/optimizing/isel/vcode.h"
#include "shared_compile/abi.h"
#include "shared_compile/compiler.h"

namespace tandem::optimizing::isel {

using mach::MInst;
using mach::MOp;
using mach::Operand;
using mach::RegClass;
using mach::VReg;

class Lowering {
 public:
  // Lowers `f` into `out` (cleared first). Errors: Unsupported for an
  // operation this backend does not compile yet.
  Status lower(const compile::ModuleEnv& env, const compile::Settings& settings, const ir::Function& f,
               mach::VCode& out);

 private:
  // ---- driver (lower.cc) ----------------------------------------------------
  Status lower_block(ir::Block b);
  Status lower_inst(ir::Inst inst);
  void lower_entry_args();
  Status lower_terminator(ir::Inst inst);
  // The VCode block a branch from the current block to target slot `t` of
  // `term` goes to: the target's own block, or an edge block.
  uint32_t edge_target(ir::Inst term, uint32_t slot);
  void emit_edge_blocks();
  // A jump to `c`'s block passing its arguments, which may be in registers
  // or stack slots (only the parameter moves read them).
  void push_jump(const ir::BlockCall& c);
  bool is_fused(ir::Inst inst) const { return fused_[inst.index]; }
  // The compare fused into `user`, if any (invalid otherwise).
  ir::Inst fused_compare(ir::Inst user) const;

  // ---- values -----------------------------------------------------------------
  // The vreg holding `v` (materializing a constant right here).
  VReg use(ir::Value v);
  // The vreg an instruction defines for `v`.
  VReg def(ir::Value v);
  VReg vreg_of(ir::Value v);
  bool constant(ir::Value v, int64_t* out) const;
  // A vconst's v128 pool index.
  bool v128_constant(ir::Value v, uint32_t* pool) const;
  // A constant that fits a sign-extended imm32 of the operation size.
  bool imm32(ir::Value v, ir::Type t, int32_t* out) const;
  VReg materialize(ir::Type t, int64_t bits);
  static RegClass reg_class(ir::Type t) { return ir::is_xmm_type(t) ? RegClass::Float : RegClass::Int; }
  VReg temp(RegClass cls) { return code_->new_vreg(cls); }

  // ---- emission helpers -----------------------------------------------------
  MInst make(MOp op, compile::x64::Size size = compile::x64::S64, uint8_t sub = 0);
  // A memory access checked by the guard pages is a trap site: its fault
  // becomes out_of_bounds_memory. (Explicit checks trap at their own branch.)
  static void mark_if_guarded(MInst& m, ir::BoundsCheck check);
  MInst& push(const MInst& m, std::initializer_list<Operand> ops) { return code_->push(m, ops); }
  MInst& push(const MInst& m, std::span<const Operand> ops) { return code_->push(m, ops); }
  static compile::x64::Size size_of(ir::Type t) {
    return ir::type_bits(t) == 32 ? compile::x64::S32 : compile::x64::S64;
  }
  // Sets the flags for a fused compare (or a test of `cond` against zero)
  // and returns the condition under which the branch is taken.
  compile::x64::Cond lower_condition(ir::Inst user, ir::Value cond);
  compile::x64::Cond lower_icmp_flags(ir::Inst cmp);
  // Flags for a float compare; eq and ne also need the parity flag (set when
  // unordered): then *needs_parity_fix, and *parity_or for ne.
  compile::x64::Cond lower_fcmp_flags(ir::Inst cmp, bool* needs_parity_fix, bool* parity_or);
  // The two-operand ALU operation of an IR opcode; false for an opcode
  // without one.
  static bool alu_op_of(ir::Opcode op, mach::AluOp* out);
  // `inst` (an opcode with an ALU operation `op`) with an immediate or a sunk
  // load as its right operand where it can; the operands of a commutative
  // opcode (opcodes.def) are swapped when only the left one is an immediate.
  void lower_alu(ir::Inst inst, mach::AluOp op);
  void alu_imm(mach::AluOp op, compile::x64::Size size, VReg dst, VReg a, int32_t imm);
  void shift_imm(mach::ShiftOp op, compile::x64::Size size, VReg dst, VReg a, uint8_t count);

  // ---- opcode families (lower_*.cc) ------------------------------------------
  Status lower_int(ir::Inst inst);
  Status lower_float(ir::Inst inst);
  Status lower_memory(ir::Inst inst);
  Status lower_call(ir::Inst inst);
  Status lower_table(ir::Inst inst);
  Status lower_simd(ir::Inst inst);
  void lower_div(ir::Inst inst);
  void lower_popcnt_fallback(ir::Type t, VReg dst, VReg src);
  void lower_mulhi(ir::Inst inst);
  // The address operand of a memory access, with its explicit bounds check
  // emitted first when the access asks for one. Returns the operand slots'
  // vregs in `ops` (base, then index when there is one).
  mach::MemArg lower_address(ir::Inst inst, std::vector<Operand>& ops, uint32_t first_slot,
                             Operand::Pos pos = Operand::Pos::Early);
  // The load folded into the ALU instruction `user` as operand `b`, if any.
  ir::Inst sunk_load(ir::Value b) const;
  // A libcall (System V, vmctx first): args in rsi, rdx, ...; result in rax
  // (zero-extended to 32 bits when `result` is valid and i32).
  VReg emit_libcall(compile::LibCall call, std::span<const VReg> args, uint32_t wasm_offset, bool has_result);
  // Branch to a trap stub when the libcall's result says "trap".
  void trap_if_nonzero(VReg v, compile::TrapCode code, uint32_t wasm_offset);
  void emit_trap_if(compile::x64::Cond cond, compile::TrapCode code, uint32_t wasm_offset);
  const compile::abi::Signature& signature(uint32_t type_index);

  const compile::ModuleEnv* env_ = nullptr;
  const compile::Settings* settings_ = nullptr;
  const ir::Function* f_ = nullptr;
  mach::VCode* code_ = nullptr;
  ir::ControlFlowGraph cfg_;
  ir::ConstEvaluator consts_;        // what divisors are known to be
  std::vector<VReg> vregs_;          // per IR value
  std::vector<uint32_t> use_count_;  // per IR value
  std::vector<bool> fused_;          // per IR inst: a compare or a load lowered by its user
  std::vector<uint32_t> block_map_;  // IR block -> VCode block
  struct Edge {
    uint32_t block;  // the edge block
    ir::Inst term;
    uint32_t slot;
  };
  std::vector<Edge> edges_;  // edge blocks of the current IR block, filled after it
  uint32_t srcloc_ = 0;      // wasm offset of the instruction being lowered
  std::vector<Operand> ops_;
  std::vector<VReg> vtmp_;
  std::vector<int32_t> sig_index_;            // per type index: into sigs_, -1 when not computed
  std::deque<compile::abi::Signature> sigs_;  // deque: references stay valid
};

}  // namespace tandem::optimizing::isel
