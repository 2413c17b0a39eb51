// The control-flow graph of a Function's layout: successors, predecessors
// and a reverse postorder of the blocks reachable from the entry. Computed
// on demand (compute()), never kept up to date by edits: a pass that edits
// the CFG recomputes it. Reuses its storage across functions.
#pragma once

#include <span>
#include <vector>

#include "backends/optimizing/ir/function.h"

namespace tandem::optimizing::ir {

class ControlFlowGraph {
 public:
  void compute(const Function& f);

  // Distinct successors in target order (a br_table naming a block twice
  // lists it once).
  std::span<const Block> succs(Block b) const {
    return {succ_list_.data() + succ_start_[b.index], succ_start_[b.index + 1] - succ_start_[b.index]};
  }
  // Distinct predecessors, in layout order.
  std::span<const Block> preds(Block b) const {
    return {pred_list_.data() + pred_start_[b.index], pred_start_[b.index + 1] - pred_start_[b.index]};
  }
  // Reachable blocks, reverse postorder from the entry.
  const std::vector<Block>& rpo() const { return rpo_; }
  bool reachable(Block b) const { return rpo_number_[b.index] != kUnreachable; }
  uint32_t rpo_number(Block b) const { return rpo_number_[b.index]; }

  static constexpr uint32_t kUnreachable = ~0u;

 private:
  std::vector<uint32_t> succ_start_, pred_start_;
  std::vector<Block> succ_list_, pred_list_;
  std::vector<Block> rpo_;
  std::vector<uint32_t> rpo_number_;
  // scratch
  std::vector<uint32_t> mark_;
  std::vector<std::pair<Block, uint32_t>> stack_;
  std::vector<Block> postorder_;
};

}  // namespace tandem::optimizing::ir
