// Natural loops: a back edge is an edge B -> H whose target dominates its
// source; H's loop is H plus every block that reaches B without passing H.
// Loops with one header are merged (wasm only makes reducible CFGs, so
// every cycle has a dominating header). Each loop knows its parent (the
// smallest enclosing loop) and its depth; each block its innermost loop.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "backends/optimizing/ir/dominator_tree.h"

namespace tandem::optimizing::ir {

class LoopAnalysis {
 public:
  static constexpr uint32_t kNoLoop = ~0u;

  void compute(const Function& f, const ControlFlowGraph& cfg, const DominatorTree& dom);

  uint32_t num_loops() const { return static_cast<uint32_t>(loops_.size()); }
  Block header(uint32_t loop) const { return loops_[loop].header; }
  uint32_t parent(uint32_t loop) const { return loops_[loop].parent; }
  uint32_t depth(uint32_t loop) const { return loops_[loop].depth; }
  // Blocks of the loop (nested loops' blocks included), header first.
  std::span<const Block> blocks(uint32_t loop) const {
    return {block_list_.data() + loops_[loop].first, loops_[loop].count};
  }
  bool contains(uint32_t loop, Block b) const;
  // The innermost loop holding b, or kNoLoop.
  uint32_t innermost(Block b) const { return b.index < innermost_.size() ? innermost_[b.index] : kNoLoop; }
  // Loop nesting depth of a block: 0 outside any loop.
  uint32_t block_depth(Block b) const {
    uint32_t l = innermost(b);
    return l == kNoLoop ? 0 : loops_[l].depth;
  }
  // Loops ordered innermost first (children before parents).
  const std::vector<uint32_t>& inner_to_outer() const { return order_; }

 private:
  struct Loop {
    Block header;
    uint32_t parent = kNoLoop;
    uint32_t depth = 1;
    uint32_t first = 0;  // into block_list_
    uint32_t count = 0;
  };
  std::vector<Loop> loops_;
  std::vector<Block> block_list_;
  std::vector<uint32_t> innermost_;
  std::vector<uint32_t> order_;
};

}  // namespace tandem::optimizing::ir
