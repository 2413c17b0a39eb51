// CodeGenContext: the value stack, the register cache and the frame
// together, with the operations that need all three and the masm: popping a
// value into a register (loading it lazily), allocating a register (spilling
// the oldest value when none is free), moving values out of a register an
// instruction needs, materializing local references before a local changes.
// It is the middle layer: the visitor asks it for operands, it emits only
// moves, loads and stores through the masm.
#pragma once

#include <cstdint>

#include "backends/baseline/frame.h"
#include "backends/baseline/masm.h"
#include "backends/baseline/parallel_move.h"
#include "backends/baseline/regalloc.h"
#include "backends/baseline/value_stack.h"
#include "shared_compile/compile_budget.h"

namespace tandem::baseline {

class CodeGenContext {
 public:
  // Walks over the whole value stack count against the value_stack stage of
  // `budget` (null: uncounted).
  explicit CodeGenContext(MacroAssembler& masm, compile::CompileBudget* budget = nullptr)
      : masm_(masm), budget_(budget), stack_(regs_) {}

  // Starts a function: an empty stack, no register in use. `wide_slots`:
  // the function uses v128, its frame slots are 16 bytes (frame.h).
  void reset(const wasm::Module& module, const wasm::Function& func, const compile::abi::Signature& sig,
             bool wide_slots = false);

  MacroAssembler& masm() { return masm_; }
  // Counts a walk over the whole value stack (a spill, a merge): each is
  // linear, but a deep stack walked at every operator is quadratic.
  void count_stack_walk() const { compile::spend(budget_, compile::CompileStage::ValueStack, 1 + stack_.size()); }
  ValueStack& stack() { return stack_; }
  const ValueStack& stack() const { return stack_; }
  RegisterCache& regs() { return regs_; }
  Frame& frame() { return frame_; }
  const Frame& frame() const { return frame_; }

  // ---- pushing -----------------------------------------------------------------
  void push_const(wasm::ValType type, uint64_t bits);
  // A local whose value a register caches is pushed in that register;
  // otherwise as a reference, read when needed.
  void push_local(uint32_t index);
  void push_reg(wasm::ValType type, Reg r) { stack_.push(StackValue::in_reg(type, r)); }

  // ---- popping -----------------------------------------------------------------
  // Each returns the value where the caller can use it. A register returned
  // is no longer counted as used by the stack (unless another entry shares
  // it), so the caller pins it while it allocates more.

  // A register holding the value; shared registers are returned as they are,
  // so the caller must not write it.
  Reg pop_to_reg(RegSet pinned = {});
  // A register holding the value that nothing else uses: the caller may write it.
  Reg pop_to_modifiable_reg(RegSet pinned = {});
  // The value in exactly `r`, which no entry uses afterwards.
  void pop_to_fixed(Reg r, RegSet pinned = {});
  // The value as an operand: immediate, memory (its home or local slot) or register.
  Operand pop_to_operand();
  // Pops and discards.
  void drop();

  // The operand describing entry `index` where it is.
  Operand operand_of(uint32_t index) const;
  // Entry `index` where it is, as the source of a parallel move (call
  // arguments, branch merges, returned values).
  MoveLocation move_source_of(uint32_t index) const;
  // Loads entry `index` (or a value that would be at `index`) into `dst`.
  void load_value(Reg dst, const StackValue& v, uint32_t index);

  // ---- registers -----------------------------------------------------------------
  // A register of `cls` that no entry uses and that is not pinned: a free one
  // if any, else the one holding the oldest value, which is spilled.
  Reg alloc(RegClass cls, RegSet pinned = {});
  // Makes `r` unused by the stack: its values move to a free register, or to
  // their homes when none is free.
  void free_reg(Reg r, RegSet pinned = {});
  // Stores every entry held in `r` to its home.
  void spill_reg(Reg r);
  // Stores every value held in a register to its home (a call clobbers them
  // all). Constants and local references survive calls and stay as they are.
  void spill_all_regs();
  // Reads local `index` into a register for every entry still referring to
  // it, before the local is written.
  void materialize_local(uint32_t index, RegSet pinned = {});

  // Registers the entries [first, size) occupy.
  RegSet regs_of_entries(uint32_t first) const;

  // Cached values (RegisterCache) are kept until their register is wanted
  // for something else, a call clobbers it, or code merges at a label
  // (drop_cached_registers).
  // The memory base in a register, loaded on first use.
  Reg mem_base(RegSet pinned = {});
  // After local.set/tee of `index` from `value`: the local's new value is in
  // that register too (when it caches nothing else).
  void cache_local_value(uint32_t index, Reg value);
  void drop_cached_registers() { regs_.uncache_all(); }

 private:
  MacroAssembler& masm_;
  compile::CompileBudget* budget_;
  RegisterCache regs_;
  ValueStack stack_;
  Frame frame_;
};

}  // namespace tandem::baseline
