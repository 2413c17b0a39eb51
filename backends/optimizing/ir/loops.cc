#include "backends/optimizing/ir/loops.h"

#include <algorithm>

namespace tandem::optimizing::ir {

void LoopAnalysis::compute(const Function& f, const ControlFlowGraph& cfg, const DominatorTree& dom) {
  loops_.clear();
  block_list_.clear();
  order_.clear();
  innermost_.assign(f.num_blocks(), kNoLoop);

  // Headers in RPO: an outer loop's header comes before its inner loops'.
  std::vector<uint32_t> mark(f.num_blocks(), kNoLoop);
  std::vector<Block> work;
  for (Block h : cfg.rpo()) {
    bool is_header = false;
    for (Block p : cfg.preds(h)) {
      if (cfg.reachable(p) && dom.dominates(h, p)) is_header = true;
    }
    if (!is_header) continue;
    uint32_t id = static_cast<uint32_t>(loops_.size());
    Loop loop;
    loop.header = h;
    loop.first = static_cast<uint32_t>(block_list_.size());
    block_list_.push_back(h);
    mark[h.index] = id;
    work.clear();
    for (Block p : cfg.preds(h)) {
      if (cfg.reachable(p) && dom.dominates(h, p) && mark[p.index] != id) {
        mark[p.index] = id;
        work.push_back(p);
      }
    }
    while (!work.empty()) {
      Block b = work.back();
      work.pop_back();
      block_list_.push_back(b);
      for (Block p : cfg.preds(b)) {
        if (cfg.reachable(p) && mark[p.index] != id) {
          mark[p.index] = id;
          work.push_back(p);
        }
      }
    }
    loop.count = static_cast<uint32_t>(block_list_.size()) - loop.first;
    loops_.push_back(loop);
  }

  // Innermost loop per block: loops come in RPO of their headers, so a
  // later loop containing a block is nested in an earlier one that does.
  for (uint32_t id = 0; id < loops_.size(); ++id) {
    for (Block b : blocks(id)) {
      uint32_t prev = innermost_[b.index];
      if (b == loops_[id].header && prev != kNoLoop) loops_[id].parent = prev;
      innermost_[b.index] = id;
    }
  }
  for (uint32_t id = 0; id < loops_.size(); ++id) {
    uint32_t p = loops_[id].parent;
    loops_[id].depth = p == kNoLoop ? 1 : loops_[p].depth + 1;
  }
  order_.resize(loops_.size());
  for (uint32_t i = 0; i < order_.size(); ++i) order_[i] = i;
  std::stable_sort(order_.begin(), order_.end(),
                   [&](uint32_t a, uint32_t b) { return loops_[a].depth > loops_[b].depth; });
}

bool LoopAnalysis::contains(uint32_t loop, Block b) const {
  for (uint32_t l = innermost(b); l != kNoLoop; l = loops_[l].parent) {
    if (l == loop) return true;
  }
  return false;
}

}  // namespace tandem::optimizing::ir
