// Dead-code elimination by liveness from the roots: instructions that are
// not removable (effects, terminators, possible traps) are live; so is what
// a live instruction uses, and, for a live block parameter, the matching
// argument of every branch to its block. Everything else goes, including
// block parameters nothing live reads (with their arguments), so values
// that only circulate around a loop die too.
#include "backends/optimizing/passes/pass_utils.h"
#include "backends/optimizing/passes/passes.h"

namespace tandem::optimizing::passes {

using namespace ir;

bool dce(Function& f, PassContext& ctx) {
  IncomingEdges edges;
  edges.compute(f);
  std::vector<bool> live_value(f.num_values(), false);
  std::vector<bool>& live_inst = ctx.dead;  // reused storage: here "live"
  live_inst.assign(f.num_insts(), false);
  std::vector<Value> work;

  auto use = [&](Value v) {
    if (!live_value[v.index]) {
      live_value[v.index] = true;
      work.push_back(v);
    }
  };
  for (Block b : f.layout()) {
    for (Inst i : f.block_insts(b)) {
      if (is_removable(f, i)) continue;
      live_inst[i.index] = true;
      for (Value v : f.inst_args(i)) use(v);
    }
  }
  for (Value v : f.block_params(f.entry_block())) use(v);
  while (!work.empty()) {
    Value v = work.back();
    work.pop_back();
    const ValueData& d = f.value_data(v);
    if (d.kind == ValueData::Kind::InstResult) {
      Inst def(d.def);
      if (live_inst[def.index]) continue;
      live_inst[def.index] = true;
      for (Value a : f.inst_args(def)) use(a);
    } else if (d.kind == ValueData::Kind::BlockParam) {
      for (const IncomingEdge& e : edges.of(Block(d.def))) {
        use(f.call_args(f.inst_targets(e.branch)[e.slot])[d.num]);
      }
    }
  }

  bool changed = false;
  Block entry = f.entry_block();
  for (Block b : f.layout()) {
    if (b != entry) {
      for (uint32_t k = static_cast<uint32_t>(f.block_params(b).size()); k-- > 0;) {
        if (live_value[f.block_params(b)[k].index]) continue;
        f.remove_block_param(b, k);
        for (const IncomingEdge& e : edges.of(b)) f.remove_target_arg(e.branch, e.slot, k);
        changed = true;
      }
    }
    std::vector<Inst>& insts = f.block_insts(b);
    size_t before = insts.size();
    // remove_insts takes a "dead" mask: flip in place for this block.
    for (Inst i : insts) live_inst[i.index] = !live_inst[i.index];
    f.remove_insts(b, live_inst);
    for (Inst i : insts) live_inst[i.index] = !live_inst[i.index];
    changed |= insts.size() != before;
  }
  return changed;
}

}  // namespace tandem::optimizing::passes
