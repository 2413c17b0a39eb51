#include "backends/optimizing/ir/ssa_builder.h"

#include <algorithm>

#include "wasm/result.h"

namespace tandem::optimizing::ir {

void SsaBuilder::reset(Function* f, std::span<const Type> var_types, MakeDefault make_default, void* ctx) {
  f_ = f;
  var_types_.assign(var_types.begin(), var_types.end());
  if (defs_.empty()) {
    defs_.resize(256);
    def_mask_ = defs_.size() - 1;
  }
  for (uint32_t s : used_def_slots_) defs_[s].key = kNoKey;
  used_def_slots_.clear();
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

// The slot holding `key`, or the empty slot where it would go.
size_t SsaBuilder::def_slot(uint64_t key) const {
  size_t s = static_cast<size_t>((key * 0x9e3779b97f4a7c15ull) >> 32) & def_mask_;
  while (defs_[s].key != kNoKey && defs_[s].key != key) s = (s + 1) & def_mask_;
  return s;
}

void SsaBuilder::grow_defs() {
  std::vector<DefSlot> old;
  old.swap(defs_);
  defs_.resize(old.size() * 2);
  def_mask_ = defs_.size() - 1;
  std::vector<uint32_t> used;
  used.swap(used_def_slots_);
  for (uint32_t s : used) {
    size_t to = def_slot(old[s].key);
    defs_[to] = old[s];
    used_def_slots_.push_back(static_cast<uint32_t>(to));
  }
}

void SsaBuilder::write(uint32_t var, Block b, Value v) {
  uint64_t key = (static_cast<uint64_t>(var) << 32) | b.index;
  size_t s = def_slot(key);
  if (defs_[s].key == key) {
    defs_[s].value = v;
    return;
  }
  defs_[s] = {key, v};
  used_def_slots_.push_back(static_cast<uint32_t>(s));
  if (2 * used_def_slots_.size() > defs_.size()) grow_defs();
}

Value SsaBuilder::lookup(uint32_t var, Block b) const {
  const DefSlot& d = defs_[def_slot((static_cast<uint64_t>(var) << 32) | b.index)];
  return d.key == kNoKey ? Value() : d.value;
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
    compile::spend(budget_, compile::CompileStage::SsaConstruction);
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
  compile::spend(budget_, compile::CompileStage::SsaConstruction, n);
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
    compile::spend(budget_, compile::CompileStage::SsaConstruction, f_->block_params(b).size() * (1 + preds.size()));
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
  // Each round removes a parameter or ends the loop; a round over every
  // parameter per removal is what the budget watches.
  while (remove_trivial_params()) {
    if (budget_ && budget_->exceeded()) break;
  }
  f_->resolve_aliases();
}

}  // namespace tandem::optimizing::ir
