#include "backends/optimizing/passes/pass_utils.h"

#include <limits>

namespace tandem::optimizing::passes {

using namespace ir;

bool int_constant(const Function& f, Value v, int64_t* out) {
  Inst def = f.value_inst(v);
  if (!def.valid() || f.inst(def).opcode != Opcode::Iconst) return false;
  *out = f.inst(def).imm;
  return true;
}

bool can_trap(const Function& f, Inst inst) {
  const InstData& d = f.inst(inst);
  if (!may_trap(d.opcode)) return false;
  std::span<const Value> args = f.inst_args(inst);
  int64_t divisor = 0, dividend = 0;
  switch (d.opcode) {
    case Opcode::Udiv:
    case Opcode::Urem:
    case Opcode::Srem: return !(int_constant(f, args[1], &divisor) && divisor != 0);
    case Opcode::Sdiv: {
      if (!int_constant(f, args[1], &divisor) || divisor == 0) return true;
      if (divisor != -1) return false;
      int64_t min = d.type == Type::I32 ? std::numeric_limits<int32_t>::min() : std::numeric_limits<int64_t>::min();
      return !(int_constant(f, args[0], &dividend) && dividend != min);
    }
    case Opcode::Load:
    case Opcode::Uload8:
    case Opcode::Sload8:
    case Opcode::Uload16:
    case Opcode::Sload16:
    case Opcode::Uload32:
    case Opcode::Sload32:
    case Opcode::Store:
    case Opcode::Istore8:
    case Opcode::Istore16:
    case Opcode::Istore32: return d.bounds_check() != BoundsCheck::InBounds;
    case Opcode::Trapz: return !(int_constant(f, args[0], &divisor) && divisor != 0);
    case Opcode::Trapnz: return !(int_constant(f, args[0], &divisor) && divisor == 0);
    default: return true;
  }
}

bool is_removable(const Function& f, Inst inst) {
  Opcode op = f.inst(inst).opcode;
  if (has_effects(op) || is_terminator(op)) return false;
  return !can_trap(f, inst);
}

void make_iconst(Function& f, Inst inst, Type type, int64_t value) {
  InstData& d = f.inst(inst);
  d.opcode = Opcode::Iconst;
  d.type = type;
  d.cond = 0;
  d.imm = normalize(type, static_cast<uint64_t>(value));
  d.num_args = 0;
}

bool remove_unreachable_blocks(Function& f, ControlFlowGraph& cfg) {
  cfg.compute(f);
  std::vector<Block>& layout = f.mutable_layout();
  size_t kept = 0;
  bool removed = false;
  for (Block b : layout) {
    if (cfg.reachable(b)) {
      layout[kept++] = b;
      continue;
    }
    removed = true;
    for (Inst i : f.block_insts(b)) f.inst(i).block = Block();
    f.block_insts(b).clear();
  }
  layout.resize(kept);
  if (removed) {
    f.sync_layout_flags();
    cfg.compute(f);
  }
  return removed;
}

void IncomingEdges::compute(const Function& f) {
  uint32_t n = f.num_blocks();
  start_.assign(n + 1, 0);
  for (Block b : f.layout()) {
    Inst t = f.terminator(b);
    if (!t.valid()) continue;
    for (const BlockCall& c : f.inst_targets(t)) ++start_[c.block.index + 1];
  }
  for (uint32_t b = 0; b < n; ++b) start_[b + 1] += start_[b];
  list_.resize(start_[n]);
  std::vector<uint32_t> fill(start_.begin(), start_.end() - 1);
  for (Block b : f.layout()) {
    Inst t = f.terminator(b);
    if (!t.valid()) continue;
    std::span<const BlockCall> targets = f.inst_targets(t);
    for (uint32_t s = 0; s < targets.size(); ++s) list_[fill[targets[s].block.index]++] = {t, s};
  }
}

void count_uses(const Function& f, std::vector<uint32_t>& counts) {
  counts.assign(f.num_values(), 0);
  for (Block b : f.layout()) {
    for (Inst i : f.block_insts(b)) {
      for (Value v : f.inst_args(i)) ++counts[v.index];
      for (const BlockCall& c : f.inst_targets(i)) {
        for (Value v : f.call_args(c)) ++counts[v.index];
      }
    }
  }
}

}  // namespace tandem::optimizing::passes
