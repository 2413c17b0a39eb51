// Dominators of the reachable blocks, by Cooper, Harvey and Kennedy's
// iterative algorithm over the reverse postorder ("A Simple, Fast
// Dominance Algorithm"), with a preorder numbering of the tree so that
// `dominates` is two compares.
#pragma once

#include <span>
#include <vector>

#include "backends/optimizing/ir/cfg.h"

namespace tandem::optimizing::ir {

class DominatorTree {
 public:
  void compute(const Function& f, const ControlFlowGraph& cfg);

  // The immediate dominator; invalid for the entry and unreachable blocks.
  Block idom(Block b) const { return idom_[b.index]; }
  // a dominates b (reflexively). False when either is unreachable.
  bool dominates(Block a, Block b) const {
    if (pre_[a.index] == kNone || pre_[b.index] == kNone) return false;
    return pre_[a.index] <= pre_[b.index] && post_[b.index] <= post_[a.index];
  }
  // Children in the dominator tree, in reverse-postorder.
  std::span<const Block> children(Block b) const {
    return {child_list_.data() + child_start_[b.index], child_start_[b.index + 1] - child_start_[b.index]};
  }
  // Reachable blocks in dominator-tree preorder (parents before children).
  const std::vector<Block>& preorder() const { return preorder_; }

 private:
  static constexpr uint32_t kNone = ~0u;
  std::vector<Block> idom_;
  std::vector<uint32_t> pre_, post_;
  std::vector<uint32_t> child_start_;
  std::vector<Block> child_list_;
  std::vector<Block> preorder_;
};

}  // namespace tandem::optimizing::ir
