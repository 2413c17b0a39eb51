// The IR function: values, blocks with parameters, instructions, and the
// block layout. SSA: every value is defined once, by an instruction result
// or a block parameter; branches pass arguments to their target's
// parameters (block parameters instead of phis, as in Cranelift).
//
// Storage is pooled so that one Function serves every function a compiler
// thread translates: clear() keeps every allocation. Argument, result and
// parameter lists live in one value pool as (first, count) ranges; a span
// into the pool is invalidated by anything that appends to it.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <span>
#include <vector>

#include "backends/optimizing/ir/instructions.h"
#include "backends/optimizing/ir/types.h"

namespace tandem::optimizing::ir {

struct ValueData {
  enum class Kind : uint8_t {
    InstResult,  // def = inst, num = result index
    BlockParam,  // def = block, num = param index
    Alias,       // def = the value this one stands for (resolved by resolve_aliases)
    Unused,      // a hole in the numbering (the parser keeps source numbers)
  };
  Type type = Type::None;
  Kind kind = Kind::Unused;
  uint32_t def = 0;
  uint32_t num = 0;
};

struct BlockData {
  uint32_t params = 0;  // list in the value pool
  uint32_t num_params = 0;
  std::vector<Inst> insts;
  bool in_layout = false;
};

class Function {
 public:
  Function() = default;
  Function(const Function&) = delete;
  Function& operator=(const Function&) = delete;

  // Forgets everything, keeping allocations.
  void clear();

  // ---- signature -----------------------------------------------------------
  uint32_t func_index = 0;
  uint32_t wasm_offset = 0;  // of the body's first operator (0 for parsed IR)
  std::vector<Type> param_types;
  std::vector<Type> result_types;

  // ---- values --------------------------------------------------------------
  uint32_t num_values() const { return static_cast<uint32_t>(values_.size()); }
  const ValueData& value_data(Value v) const { return values_[v.index]; }
  Type value_type(Value v) const { return values_[v.index].type; }
  bool is_valid_value(Value v) const {
    return v.valid() && v.index < values_.size() && values_[v.index].kind != ValueData::Kind::Unused;
  }
  // The defining instruction of an instruction result; invalid otherwise.
  Inst value_inst(Value v) const {
    const ValueData& d = values_[v.index];
    return d.kind == ValueData::Kind::InstResult ? Inst(d.def) : Inst();
  }
  // Follows aliases to the value that stands for `v`.
  Value resolve(Value v) const;
  // Makes `v` stand for `target` from now on. `v` must not be referenced
  // as a block parameter or result any more: its definition goes away.
  void make_alias(Value v, Value target);
  // Rewrites every instruction argument and branch argument through aliases.
  void resolve_aliases();
  // Creates a value numbered `index` (the parser keeps source numbering);
  // fills holes with Unused values.
  Value reserve_value(uint32_t index);

  // ---- v128 pool -----------------------------------------------------------
  // 128-bit immediates (vconst values, shuffle lane indices) as {low, high}
  // 64-bit halves (little-endian: byte 0 is the low byte of `low`). Equal
  // bits share an index, so equal constants compare equal by index (GVN).
  using V128Bits = std::array<uint64_t, 2>;
  uint32_t intern_v128(const V128Bits& bits);
  const V128Bits& v128(uint32_t index) const { return v128_pool_[index]; }
  uint32_t num_v128s() const { return static_cast<uint32_t>(v128_pool_.size()); }

  // ---- blocks --------------------------------------------------------------
  Block create_block();
  uint32_t num_blocks() const { return num_blocks_; }
  std::span<const Value> block_params(Block b) const {
    const BlockData& d = blocks_[b.index];
    return {pool_.data() + d.params, d.num_params};
  }
  Value append_block_param(Block b, Type type);
  // Makes an existing Unused value (from reserve_value) a parameter of b.
  void append_block_param_value(Block b, Value v, Type type);
  // Removes parameter `index` of b, renumbering the ones after it. The
  // caller removes the matching argument from every branch to b.
  void remove_block_param(Block b, uint32_t index);
  std::vector<Inst>& block_insts(Block b) { return blocks_[b.index].insts; }
  const std::vector<Inst>& block_insts(Block b) const { return blocks_[b.index].insts; }
  // The terminator: the last instruction, when it is one; invalid otherwise.
  Inst terminator(Block b) const;

  // ---- layout --------------------------------------------------------------
  // Blocks in program order; the first is the entry block, whose parameters
  // are the function's parameters.
  const std::vector<Block>& layout() const { return layout_; }
  std::vector<Block>& mutable_layout() { return layout_; }
  Block entry_block() const { return layout_.empty() ? Block() : layout_[0]; }
  void append_to_layout(Block b);
  // Puts `b` (not in the layout) just before `before` (in it).
  void insert_in_layout_before(Block before, Block b);
  bool in_layout(Block b) const { return blocks_[b.index].in_layout; }
  // Removes blocks that are no longer in layout_ (after editing it) from
  // the in_layout flags.
  void sync_layout_flags();

  // ---- instructions --------------------------------------------------------
  // A new instruction, not yet in any block, with the given args and
  // targets left empty.
  Inst create_inst(const InstData& data);
  uint32_t num_insts() const { return static_cast<uint32_t>(insts_.size()); }
  InstData& inst(Inst i) { return insts_[i.index]; }
  const InstData& inst(Inst i) const { return insts_[i.index]; }
  void append_inst(Block b, Inst i);
  // Inserts `i` before position `pos` of b's instruction list.
  void insert_inst(Block b, uint32_t pos, Inst i);
  // Removes every instruction of b for which `dead[i]` is set, keeping order.
  void remove_insts(Block b, const std::vector<bool>& dead);
  // Removes one instruction (O(block size)); its results must be unused.
  void remove_inst(Inst i);

  std::span<Value> inst_args(Inst i) {
    InstData& d = insts_[i.index];
    return {pool_.data() + d.args, d.num_args};
  }
  std::span<const Value> inst_args(Inst i) const {
    const InstData& d = insts_[i.index];
    return {pool_.data() + d.args, d.num_args};
  }
  void set_inst_args(Inst i, std::span<const Value> args);
  std::span<const Value> inst_results(Inst i) const {
    const InstData& d = insts_[i.index];
    return {pool_.data() + d.results, d.num_results};
  }
  Value first_result(Inst i) const {
    const InstData& d = insts_[i.index];
    return d.num_results ? pool_[d.results] : Value();
  }
  Value append_result(Inst i, Type type);
  // Makes an existing Unused value (from reserve_value) a result of i.
  void append_result_value(Inst i, Value v, Type type);

  // Branch targets (Jump, Brif, BrTable).
  std::span<BlockCall> inst_targets(Inst i) {
    InstData& d = insts_[i.index];
    return {calls_.data() + d.targets, d.num_targets};
  }
  std::span<const BlockCall> inst_targets(Inst i) const {
    const InstData& d = insts_[i.index];
    return {calls_.data() + d.targets, d.num_targets};
  }
  void add_target(Inst i, Block target, std::span<const Value> args);
  std::span<Value> call_args(const BlockCall& c) { return {pool_.data() + c.args, c.num_args}; }
  std::span<const Value> call_args(const BlockCall& c) const { return {pool_.data() + c.args, c.num_args}; }
  // Points target `t` of branch `i` at `block` with new arguments.
  void set_target(Inst i, uint32_t t, Block block, std::span<const Value> args);
  // Appends an argument to target `t` of branch `i`.
  void append_target_arg(Inst i, uint32_t t, Value v);
  // Removes argument `index` of target `t` of branch `i`.
  void remove_target_arg(Inst i, uint32_t t, uint32_t index);

 private:
  uint32_t new_list(std::span<const Value> values);
  void list_append(uint32_t& first, uint32_t& count, Value v);

  std::vector<ValueData> values_;
  std::vector<BlockData> blocks_;  // [0, num_blocks_) in use; the rest kept for reuse
  uint32_t num_blocks_ = 0;
  std::vector<InstData> insts_;
  std::vector<Value> pool_;
  std::vector<BlockCall> calls_;
  std::vector<Block> layout_;
  std::vector<V128Bits> v128_pool_;
  std::map<V128Bits, uint32_t> v128_index_;
};

}  // namespace tandem::optimizing::ir
