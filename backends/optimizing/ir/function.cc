#include "backends/optimizing/ir/function.h"

#include <algorithm>

#include "wasm/result.h"

namespace tandem::optimizing::ir {

void Function::clear() {
  func_index = 0;
  wasm_offset = 0;
  param_types.clear();
  result_types.clear();
  values_.clear();
  for (uint32_t i = 0; i < num_blocks_; ++i) {
    blocks_[i].insts.clear();
    blocks_[i].params = blocks_[i].num_params = 0;
    blocks_[i].in_layout = false;
  }
  num_blocks_ = 0;
  insts_.clear();
  pool_.clear();
  calls_.clear();
  layout_.clear();
  v128_pool_.clear();
  v128_index_.clear();
}

uint32_t Function::intern_v128(const V128Bits& bits) {
  auto [it, inserted] = v128_index_.try_emplace(bits, static_cast<uint32_t>(v128_pool_.size()));
  if (inserted) v128_pool_.push_back(bits);
  return it->second;
}

// ---- value lists ------------------------------------------------------------

uint32_t Function::new_list(std::span<const Value> values) {
  uint32_t first = static_cast<uint32_t>(pool_.size());
  pool_.insert(pool_.end(), values.begin(), values.end());
  return first;
}

void Function::list_append(uint32_t& first, uint32_t& count, Value v) {
  if (count == 0 || first + count != pool_.size()) {
    // Not at the end of the pool: move the list there first. The old copy
    // becomes garbage until clear().
    uint32_t moved = static_cast<uint32_t>(pool_.size());
    for (uint32_t i = 0; i < count; ++i) pool_.push_back(pool_[first + i]);
    first = moved;
  }
  pool_.push_back(v);
  ++count;
}

// ---- values -----------------------------------------------------------------

Value Function::resolve(Value v) const {
  // Alias chains are short; a loop guard catches a cycle (a compiler bug).
  for (uint32_t steps = 0; values_[v.index].kind == ValueData::Kind::Alias; ++steps) {
    TANDEM_CHECK(steps < values_.size(), "alias cycle");
    v = Value(values_[v.index].def);
  }
  return v;
}

void Function::make_alias(Value v, Value target) {
  target = resolve(target);
  TANDEM_CHECK(target != v, "a value cannot alias itself");
  ValueData& d = values_[v.index];
  d.kind = ValueData::Kind::Alias;
  d.def = target.index;
  d.num = 0;
}

void Function::resolve_aliases() {
  // Every list in the pool that is live is reached from an instruction or a
  // block call; rewriting the whole pool also rewrites garbage, harmlessly,
  // except for parameter and result lists, which hold definitions. Walk the
  // uses only.
  for (uint32_t i = 0; i < insts_.size(); ++i) {
    InstData& d = insts_[i];
    if (!d.block.valid()) continue;
    for (uint32_t a = 0; a < d.num_args; ++a) pool_[d.args + a] = resolve(pool_[d.args + a]);
    for (uint32_t t = 0; t < d.num_targets; ++t) {
      BlockCall& c = calls_[d.targets + t];
      for (uint32_t a = 0; a < c.num_args; ++a) pool_[c.args + a] = resolve(pool_[c.args + a]);
    }
  }
}

Value Function::reserve_value(uint32_t index) {
  if (index >= values_.size()) values_.resize(index + 1);
  return Value(index);
}

// ---- blocks -----------------------------------------------------------------

Block Function::create_block() {
  if (num_blocks_ == blocks_.size()) blocks_.emplace_back();
  return Block(num_blocks_++);
}

Value Function::append_block_param(Block b, Type type) {
  Value v(static_cast<uint32_t>(values_.size()));
  values_.push_back(ValueData{});
  append_block_param_value(b, v, type);
  return v;
}

void Function::append_block_param_value(Block b, Value v, Type type) {
  BlockData& d = blocks_[b.index];
  values_[v.index] = ValueData{type, ValueData::Kind::BlockParam, b.index, d.num_params};
  list_append(d.params, d.num_params, v);
}

void Function::remove_block_param(Block b, uint32_t index) {
  BlockData& d = blocks_[b.index];
  TANDEM_CHECK(index < d.num_params, "remove_block_param: no such parameter");
  for (uint32_t i = index; i + 1 < d.num_params; ++i) {
    pool_[d.params + i] = pool_[d.params + i + 1];
    values_[pool_[d.params + i].index].num = i;
  }
  --d.num_params;
}

Inst Function::terminator(Block b) const {
  const std::vector<Inst>& insts = blocks_[b.index].insts;
  if (insts.empty()) return Inst();
  Inst last = insts.back();
  return is_terminator(insts_[last.index].opcode) ? last : Inst();
}

// ---- layout -----------------------------------------------------------------

void Function::append_to_layout(Block b) {
  TANDEM_CHECK(!blocks_[b.index].in_layout, "block already in the layout");
  blocks_[b.index].in_layout = true;
  layout_.push_back(b);
}

void Function::insert_in_layout_before(Block before, Block b) {
  TANDEM_CHECK(!blocks_[b.index].in_layout && blocks_[before.index].in_layout, "insert_in_layout_before");
  layout_.insert(std::find(layout_.begin(), layout_.end(), before), b);
  blocks_[b.index].in_layout = true;
}

void Function::sync_layout_flags() {
  for (uint32_t i = 0; i < num_blocks_; ++i) blocks_[i].in_layout = false;
  for (Block b : layout_) blocks_[b.index].in_layout = true;
}

// ---- instructions -----------------------------------------------------------

Inst Function::create_inst(const InstData& data) {
  Inst i(static_cast<uint32_t>(insts_.size()));
  insts_.push_back(data);
  InstData& d = insts_.back();
  d.args = d.num_args = 0;
  d.results = d.num_results = 0;
  d.targets = d.num_targets = 0;
  d.block = Block();
  return i;
}

void Function::append_inst(Block b, Inst i) {
  insts_[i.index].block = b;
  blocks_[b.index].insts.push_back(i);
}

void Function::insert_inst(Block b, uint32_t pos, Inst i) {
  insts_[i.index].block = b;
  std::vector<Inst>& insts = blocks_[b.index].insts;
  insts.insert(insts.begin() + pos, i);
}

void Function::remove_insts(Block b, const std::vector<bool>& dead) {
  std::vector<Inst>& insts = blocks_[b.index].insts;
  auto kept = std::remove_if(insts.begin(), insts.end(), [&](Inst i) {
    if (!dead[i.index]) return false;
    insts_[i.index].block = Block();
    return true;
  });
  insts.erase(kept, insts.end());
}

void Function::remove_inst(Inst i) {
  Block b = insts_[i.index].block;
  TANDEM_CHECK(b.valid(), "remove_inst: not in a block");
  std::vector<Inst>& insts = blocks_[b.index].insts;
  insts.erase(std::find(insts.begin(), insts.end(), i));
  insts_[i.index].block = Block();
}

void Function::set_inst_args(Inst i, std::span<const Value> args) {
  InstData& d = insts_[i.index];
  if (args.size() <= d.num_args) {
    std::copy(args.begin(), args.end(), pool_.begin() + d.args);
  } else {
    d.args = new_list(args);
  }
  d.num_args = static_cast<uint32_t>(args.size());
}

Value Function::append_result(Inst i, Type type) {
  Value v(static_cast<uint32_t>(values_.size()));
  values_.push_back(ValueData{});
  append_result_value(i, v, type);
  return v;
}

void Function::append_result_value(Inst i, Value v, Type type) {
  InstData& d = insts_[i.index];
  values_[v.index] = ValueData{type, ValueData::Kind::InstResult, i.index, d.num_results};
  list_append(d.results, d.num_results, v);
}

void Function::add_target(Inst i, Block target, std::span<const Value> args) {
  InstData& d = insts_[i.index];
  if (d.num_targets == 0 || d.targets + d.num_targets != calls_.size()) {
    uint32_t moved = static_cast<uint32_t>(calls_.size());
    for (uint32_t t = 0; t < d.num_targets; ++t) calls_.push_back(calls_[d.targets + t]);
    d.targets = moved;
  }
  BlockCall c;
  c.block = target;
  c.args = new_list(args);
  c.num_args = static_cast<uint32_t>(args.size());
  calls_.push_back(c);
  ++d.num_targets;
}

void Function::set_target(Inst i, uint32_t t, Block block, std::span<const Value> args) {
  BlockCall& c = calls_[insts_[i.index].targets + t];
  c.block = block;
  if (args.size() > c.num_args) {
    uint32_t first = new_list(args);
    BlockCall& again = calls_[insts_[i.index].targets + t];
    again.args = first;
    again.num_args = static_cast<uint32_t>(args.size());
    return;
  }
  std::copy(args.begin(), args.end(), pool_.begin() + c.args);
  c.num_args = static_cast<uint32_t>(args.size());
}

void Function::append_target_arg(Inst i, uint32_t t, Value v) {
  BlockCall& c = calls_[insts_[i.index].targets + t];
  list_append(c.args, c.num_args, v);
}

void Function::remove_target_arg(Inst i, uint32_t t, uint32_t index) {
  BlockCall& c = calls_[insts_[i.index].targets + t];
  TANDEM_CHECK(index < c.num_args, "remove_target_arg: no such argument");
  for (uint32_t a = index; a + 1 < c.num_args; ++a) pool_[c.args + a] = pool_[c.args + a + 1];
  --c.num_args;
}

}  // namespace tandem::optimizing::ir
