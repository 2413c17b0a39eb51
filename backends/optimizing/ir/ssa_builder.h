// SSA construction for variables (wasm locals), after Braun, Buchwald,
// Hack, Leißa, Mallon and Zwinkau, "Simple and Efficient Construction of
// Static Single Assignment Form" (CC 2013), with block parameters in place
// of phis, as in Cranelift's frontend (cranelift/frontend/src/ssa.rs).
//
//   write(var, block, value)   a definition
//   read(var, block)           the reaching definition: local if there is
//                              one; otherwise through the single
//                              predecessor; otherwise a new block parameter
//                              whose arguments the predecessors supply
//   seal(block)                all predecessors are known: the parameters
//                              created while they were not ("incomplete")
//                              get their arguments now
//
// Reads never recurse: a walk up single-predecessor chains, and a FIFO
// worklist of parameters waiting for their arguments, so that ten thousand
// nested blocks cannot overflow the stack. finish() removes the trivial
// parameters (every argument the parameter itself or one other value) to a
// fixpoint and rewrites their uses, which gives the minimal form on the
// reducible CFGs wasm has.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "backends/optimizing/ir/function.h"
#include "shared_compile/compile_budget.h"

namespace tandem::optimizing::ir {

class SsaBuilder {
 public:
  // Makes the value a variable has when nothing defines it (the entry
  // block's zero for a wasm local), placed where it dominates every use.
  using MakeDefault = Value (*)(void* ctx, Type type);

  void reset(Function* f, std::span<const Type> var_types, MakeDefault make_default, void* ctx);
  // Walks, insertions and the trivial-parameter fixpoint count against the
  // ssa_construction stage (null: uncounted).
  void set_budget(compile::CompileBudget* budget) { budget_ = budget; }

  // A branch `branch` (in its block) passes arguments to target `slot`, a
  // block not sealed yet.
  void add_edge(Block target, Inst branch, uint32_t slot);
  void seal(Block b);
  bool is_sealed(Block b) const { return b.index < blocks_.size() && blocks_[b.index].sealed; }
  uint32_t num_preds(Block b) const {
    return b.index < blocks_.size() ? static_cast<uint32_t>(blocks_[b.index].preds.size()) : 0;
  }

  void write(uint32_t var, Block b, Value v);
  Value read(uint32_t var, Block b);

  // Every block must be sealed. Removes trivial parameters and resolves
  // the aliases that leaves.
  void finish();

 private:
  struct Edge {
    Inst branch;
    uint32_t slot;
  };
  struct BlockState {
    bool sealed = false;
    std::vector<Edge> preds;
    std::vector<std::pair<uint32_t, Value>> incomplete;  // (var, param) created before sealing
  };
  struct Pending {
    Block block;
    uint32_t var;
  };

  BlockState& state(Block b);
  Value lookup(uint32_t var, Block b) const;
  Value read_nonlocal(uint32_t var, Block b);
  void drain();
  void supply_arguments(Block b, uint32_t var);
  bool remove_trivial_params();

  Function* f_ = nullptr;
  std::vector<Type> var_types_;
  // The definition of each (variable, block) written so far, in an
  // open-addressed table with linear probing: memory in proportion to the
  // writes, not to variables x blocks, and a write into an older block (a
  // read records its result along the path it walked) costs what a write
  // into the newest does. A sorted list per variable made those writes
  // insertions in the middle: quadratic on large functions.
  struct DefSlot {
    uint64_t key = kNoKey;  // variable << 32 | block
    Value value;
  };
  static constexpr uint64_t kNoKey = ~0ull;
  size_t def_slot(uint64_t key) const;
  void grow_defs();
  std::vector<DefSlot> defs_;
  std::vector<uint32_t> used_def_slots_;  // to clear only what a function used
  size_t def_mask_ = 0;
  std::vector<BlockState> blocks_;
  std::vector<Pending> pending_;  // FIFO: params in creation order
  size_t pending_head_ = 0;
  bool draining_ = false;
  std::vector<Block> path_;
  MakeDefault make_default_ = nullptr;
  void* ctx_ = nullptr;
  compile::CompileBudget* budget_ = nullptr;
};

}  // namespace tandem::optimizing::ir
