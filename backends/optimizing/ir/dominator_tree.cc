#include "backends/optimizing/ir/dominator_tree.h"

namespace tandem::optimizing::ir {

void DominatorTree::compute(const Function& f, const ControlFlowGraph& cfg) {
  uint32_t n = f.num_blocks();
  idom_.assign(n, Block());
  pre_.assign(n, kNone);
  post_.assign(n, kNone);
  child_start_.assign(n + 1, 0);
  child_list_.clear();
  preorder_.clear();
  const std::vector<Block>& rpo = cfg.rpo();
  if (rpo.empty()) return;

  // idom by RPO number; the entry is its own idom during the iteration.
  Block entry = rpo[0];
  idom_[entry.index] = entry;
  auto intersect = [&](Block a, Block b) {
    while (a != b) {
      while (cfg.rpo_number(a) > cfg.rpo_number(b)) a = idom_[a.index];
      while (cfg.rpo_number(b) > cfg.rpo_number(a)) b = idom_[b.index];
    }
    return a;
  };
  for (bool changed = true; changed;) {
    changed = false;
    for (size_t i = 1; i < rpo.size(); ++i) {
      Block b = rpo[i];
      Block new_idom;
      for (Block p : cfg.preds(b)) {
        if (!cfg.reachable(p) || !idom_[p.index].valid()) continue;
        new_idom = new_idom.valid() ? intersect(p, new_idom) : p;
      }
      if (new_idom != idom_[b.index]) {
        idom_[b.index] = new_idom;
        changed = true;
      }
    }
  }
  idom_[entry.index] = Block();

  // Children lists in RPO order.
  std::vector<uint32_t> count(n, 0);
  for (size_t i = 1; i < rpo.size(); ++i) ++count[idom_[rpo[i].index].index];
  uint32_t total = 0;
  for (uint32_t b = 0; b < n; ++b) {
    child_start_[b] = total;
    total += count[b];
  }
  child_start_[n] = total;
  child_list_.resize(total);
  std::vector<uint32_t> fill(child_start_.begin(), child_start_.end() - 1);
  for (size_t i = 1; i < rpo.size(); ++i) {
    Block b = rpo[i];
    child_list_[fill[idom_[b.index].index]++] = b;
  }

  // Pre/post numbering by an explicit DFS over the tree.
  uint32_t clock = 0;
  std::vector<std::pair<Block, uint32_t>> stack;
  stack.push_back({entry, 0});
  pre_[entry.index] = clock++;
  preorder_.push_back(entry);
  while (!stack.empty()) {
    auto& [b, next] = stack.back();
    std::span<const Block> kids = children(b);
    if (next < kids.size()) {
      Block c = kids[next++];
      pre_[c.index] = clock++;
      preorder_.push_back(c);
      stack.push_back({c, 0});
    } else {
      post_[b.index] = clock++;
      stack.pop_back();
    }
  }
}

}  // namespace tandem::optimizing::ir
