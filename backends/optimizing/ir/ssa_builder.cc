#include "backends/optimizing/ir/ssa_builder.h"

#include <algorithm>

#include "wasm/result.h"

namespace tandem::optimizing::ir {

void SsaBuilder::reset(Function* f, std::span<const Type> var_types, MakeDefault make_default, void* ctx) {
  f_ = f;
  var_types_.assign(var_types.begin(), var_types.end());
  if (defs_.size() < var_types.size()) defs_.resize(var_types.size());
  for (size_t v = 0; v < var_types.size(); ++v) defs_[v].clear();
  for (BlockState& s : blocks_) {
    s.sealed = false;
    s.preds.clear();
    s.incomplete.clear();
  }
  pending_.clear();
  pending_head_ = 0;
  draining_ = false;
  make_default_ = make_default;
  ctx_ = ctx;
}

SsaBuilder::BlockState& SsaBuilder::state(Block b) {
  if (b.index >= blocks_.size()) blocks_.resize(b.index + 1);
  return blocks_[b.index];
}

void SsaBuilder::add_edge(Block target, Inst branch, uint32_t slot) {
  BlockState& s = state(target);
  TANDEM_CHECK(!s.sealed, "a new predecessor for a sealed block");
  s.preds.push_back({branch, slot});
}

void SsaBuilder::write(uint32_t var, Block b, Value v) {
  std::vector<std::pair<uint32_t, Value>>& defs = defs_[var];
  if (defs.empty() || defs.back().first < b.index) {
    defs.push_back({b.index, v});  // the common case: the newest block
    return;
  }
  auto it = std::lower_bound(defs.begin(), defs.end(), b.index,
                             [](const std::pair<uint32_t, Value>& d, uint32_t blk) { return d.first < blk; });
  if (it != defs.end() && it->first == b.index) {
    it->second = v;
  } else {
    defs.insert(it, {b.index, v});
  }
}

Value SsaBuilder::lookup(uint32_t var, Block b) const {
  const std::vector<std::pair<uint32_t, Value>>& defs = defs_[var];
  if (!defs.empty() && defs.back().first == b.index) return defs.back().second;
  auto it = std::lower_bound(defs.begin(), defs.end(), b.index,
                             [](const std::pair<uint32_t, Value>& d, uint32_t blk) { return d.first < blk; });
  return it != defs.end() && it->first == b.index ? it->second : Value();
}

Value SsaBuilder::read(uint32_t var, Block b) {
  Value local = lookup(var, b);
  if (local.valid()) return local;
  Value v = read_nonlocal(var, b);
  drain();
  return v;
}

// Walks up sealed single-predecessor blocks to a definition, an unsealed
// block (an incomplete parameter) or a merge (a parameter whose arguments
// are queued), then records the result along the walked path.
Value SsaBuilder::read_nonlocal(uint32_t var, Block b) {
  path_.clear();
  Block walk = b;
  Value v;
  for (;;) {
    v = lookup(var, walk);
    if (v.valid()) break;
    BlockState& s = state(walk);
    if (!s.sealed) {
      v = f_->append_block_param(walk, var_types_[var]);
      s.incomplete.push_back({var, v});
      write(var, walk, v);
      break;
    }
    if (s.preds.size() == 1) {
      path_.push_back(walk);
      walk = f_->inst(s.preds[0].branch).block;
      continue;
    }
    if (s.preds.empty()) {
      // The entry block: the variable's default.
      v = make_default_(ctx_, var_types_[var]);
      write(var, walk, v);
      break;
    }
    v = f_->append_block_param(walk, var_types_[var]);
    write(var, walk, v);
    pending_.push_back({walk, var});
    break;
  }
  for (Block p : path_) write(var, p, v);
  return v;
}

void SsaBuilder::supply_arguments(Block b, uint32_t var) {
  // Copy the edge list: reading may not add edges, but keep the loop
  // independent of the state vector's storage all the same.
  size_t n = blocks_[b.index].preds.size();
  for (size_t e = 0; e < n; ++e) {
    Edge edge = blocks_[b.index].preds[e];
    Block pred = f_->inst(edge.branch).block;
    Value arg = lookup(var, pred);
    if (!arg.valid()) arg = read_nonlocal(var, pred);
    f_->append_target_arg(edge.branch, edge.slot, arg);
  }
}

void SsaBuilder::drain() {
  if (draining_) return;
  draining_ = true;
  while (pending_head_ < pending_.size()) {
    Pending p = pending_[pending_head_++];
    supply_arguments(p.block, p.var);
  }
  pending_.clear();
  pending_head_ = 0;
  draining_ = false;
}

void SsaBuilder::seal(Block b) {
  BlockState& s = state(b);
  TANDEM_CHECK(!s.sealed, "a block sealed twice");
  s.sealed = true;
  // Queue the incomplete parameters in creation order, behind anything
  // already queued, so every edge receives its arguments in parameter order.
  for (const auto& [var, param] : s.incomplete) pending_.push_back({b, var});
  blocks_[b.index].incomplete.clear();
  drain();
}

bool SsaBuilder::remove_trivial_params() {
  bool changed = false;
  Block entry = f_->entry_block();
  for (Block b : f_->layout()) {
    if (b == entry || b.index >= blocks_.size()) continue;
    const std::vector<Edge>& preds = blocks_[b.index].preds;
    for (uint32_t k = f_->block_params(b).size(); k-- > 0;) {
      Value param = f_->block_params(b)[k];
      Value same;
      bool trivial = true;
      for (const Edge& e : preds) {
        Value arg = f_->resolve(f_->call_args(f_->inst_targets(e.branch)[e.slot])[k]);
        if (arg == param || arg == same) continue;
        if (same.valid()) {
          trivial = false;
          break;
        }
        same = arg;
      }
      if (!trivial || !same.valid()) continue;
      f_->remove_block_param(b, k);
      for (const Edge& e : preds) f_->remove_target_arg(e.branch, e.slot, k);
      f_->make_alias(param, same);
      changed = true;
    }
  }
  return changed;
}

void SsaBuilder::finish() {
  for (Block b : f_->layout()) {
    TANDEM_CHECK(b.index >= blocks_.size() || blocks_[b.index].sealed, "finish() with an unsealed block");
  }
  while (remove_trivial_params()) {
  }
  f_->resolve_aliases();
}

}  // namespace tandem::optimizing::ir
