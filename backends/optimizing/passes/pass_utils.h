// Small helpers the passes share.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "backends/optimizing/ir/cfg.h"
#include "backends/optimizing/ir/function.h"

namespace tandem::optimizing::passes {

// The constant an integer value is, when an iconst defines it.
bool int_constant(const ir::Function& f, ir::Value v, int64_t* out);

// All ones in the low bits of the type's width.
inline uint64_t type_mask(ir::Type t) { return ir::type_bits(t) == 32 ? 0xffffffffull : ~0ull; }
// A value truncated to the type's width and stored as an iconst keeps it
// (i32 sign-extended).
inline int64_t normalize(ir::Type t, uint64_t v) {
  return t == ir::Type::I32 ? static_cast<int64_t>(static_cast<int32_t>(static_cast<uint32_t>(v)))
                            : static_cast<int64_t>(v);
}

// Whether the instruction can trap given what its arguments are known to be
// (a division by a nonzero constant cannot; nor can an access marked in
// bounds).
bool can_trap(const ir::Function& f, ir::Inst inst);

// Whether deleting the instruction when its results are unused keeps the
// program's behavior: no effects, not a terminator, cannot trap.
bool is_removable(const ir::Function& f, ir::Inst inst);

// Turns an instruction into `iconst.type value`, in place (its result stays).
void make_iconst(ir::Function& f, ir::Inst inst, ir::Type type, int64_t value);

// Drops the blocks the entry does not reach from the layout; true if any.
bool remove_unreachable_blocks(ir::Function& f, ir::ControlFlowGraph& cfg);

// Every branch target slot that names a block: (branch, slot) pairs,
// grouped by target, for the blocks in the layout.
struct IncomingEdge {
  ir::Inst branch;
  uint32_t slot;
};
class IncomingEdges {
 public:
  void compute(const ir::Function& f);
  std::span<const IncomingEdge> of(ir::Block b) const {
    return {list_.data() + start_[b.index], start_[b.index + 1] - start_[b.index]};
  }

 private:
  std::vector<uint32_t> start_;
  std::vector<IncomingEdge> list_;
};

// Counts uses of every value by instructions and branch arguments of the
// blocks in the layout.
void count_uses(const ir::Function& f, std::vector<uint32_t>& counts);

}  // namespace tandem::optimizing::passes
