#include "backends/optimizing/ir/cfg.h"

namespace tandem::optimizing::ir {

void ControlFlowGraph::compute(const Function& f) {
  uint32_t n = f.num_blocks();
  succ_start_.assign(n + 1, 0);
  pred_start_.assign(n + 1, 0);
  succ_list_.clear();
  pred_list_.clear();
  mark_.assign(n, ~0u);

  // Successors, deduplicated with a per-block stamp.
  std::vector<uint32_t> pred_count(n, 0);
  for (uint32_t b = 0; b < n; ++b) {
    succ_start_[b] = static_cast<uint32_t>(succ_list_.size());
    if (!f.in_layout(Block(b))) continue;
    Inst term = f.terminator(Block(b));
    if (!term.valid()) continue;
    for (const BlockCall& c : f.inst_targets(term)) {
      if (mark_[c.block.index] == b) continue;
      mark_[c.block.index] = b;
      succ_list_.push_back(c.block);
      ++pred_count[c.block.index];
    }
  }
  succ_start_[n] = static_cast<uint32_t>(succ_list_.size());

  // Predecessors in layout order.
  uint32_t total = 0;
  for (uint32_t b = 0; b < n; ++b) {
    pred_start_[b] = total;
    total += pred_count[b];
  }
  pred_start_[n] = total;
  pred_list_.resize(total);
  std::vector<uint32_t> fill(pred_start_.begin(), pred_start_.end() - 1);
  for (Block b : f.layout()) {
    for (Block s : succs(b)) pred_list_[fill[s.index]++] = b;
  }

  // Reverse postorder by an explicit DFS stack.
  rpo_number_.assign(n, kUnreachable);
  rpo_.clear();
  postorder_.clear();
  if (f.layout().empty()) return;
  std::vector<uint8_t> visited(n, 0);
  stack_.clear();
  Block entry = f.entry_block();
  stack_.push_back({entry, 0});
  visited[entry.index] = 1;
  while (!stack_.empty()) {
    auto& [b, next] = stack_.back();
    std::span<const Block> ss = succs(b);
    if (next < ss.size()) {
      Block s = ss[next++];
      if (!visited[s.index]) {
        visited[s.index] = 1;
        stack_.push_back({s, 0});
      }
    } else {
      postorder_.push_back(b);
      stack_.pop_back();
    }
  }
  rpo_.assign(postorder_.rbegin(), postorder_.rend());
  for (uint32_t i = 0; i < rpo_.size(); ++i) rpo_number_[rpo_[i].index] = i;
}

}  // namespace tandem::optimizing::ir
