// Loop-invariant code motion: a pure instruction in a loop whose arguments
// are all defined outside it (or by instructions hoisted before it) moves
// to the loop's preheader, the one block that enters the loop. Only pure
// instructions move: a trapping one (a division) might not have run on the
// path that exits the loop early, so hoisting it could add a trap.
//
// The preheader is the header's only outside predecessor when that ends in
// a jump; otherwise a new block takes over the outside edges (with the
// header's parameters) and jumps to the header. Loops go innermost first;
// the pass repeats on the new CFG (a few rounds, one per nesting level that
// still gains), so what left an inner loop can leave the outer one too.
#include <algorithm>

#include "backends/optimizing/ir/builder.h"
#include "backends/optimizing/passes/pass_utils.h"
#include "backends/optimizing/passes/passes.h"

namespace tandem::optimizing::passes {

using namespace ir;

namespace {

constexpr int kMaxRounds = 8;

class LoopInvariantMotion {
 public:
  LoopInvariantMotion(Function& f, PassContext& ctx) : f_(f), ctx_(ctx) {}

  bool run() {
    bool changed = false;
    for (int round = 0; round < kMaxRounds; ++round) {
      if (!ctx_.spend(compile::CompileStage::Passes, f_.num_insts() + f_.num_blocks())) break;
      ctx_.analyze(f_, /*with_loops=*/true);
      const LoopAnalysis& loops = ctx_.loops;
      if (loops.num_loops() == 0) break;
      innermost_.resize(f_.num_blocks());
      for (uint32_t b = 0; b < f_.num_blocks(); ++b) innermost_[b] = loops.innermost(Block(b));
      hoisted_.assign(f_.num_insts(), false);
      dead_.assign(f_.num_insts(), false);
      // Edges into headers, once per round: a preheader only redirects the
      // edges into its own header, which no other loop of the round asks for.
      edges_.compute(f_);
      bool moved = false;
      for (uint32_t loop : loops.inner_to_outer()) moved |= process(loop);
      if (!moved) break;
      changed = true;
    }
    return changed;
  }

 private:
  bool in_loop(uint32_t loop, Block b) const {
    if (b.index >= innermost_.size()) return false;
    for (uint32_t l = innermost_[b.index]; l != LoopAnalysis::kNoLoop; l = ctx_.loops.parent(l)) {
      if (l == loop) return true;
    }
    return false;
  }

  bool defined_outside(uint32_t loop, Value v) const {
    const ValueData& d = f_.value_data(v);
    if (d.kind == ValueData::Kind::BlockParam) return !in_loop(loop, Block(d.def));
    Inst def(d.def);
    return hoisted_[def.index] || !in_loop(loop, f_.inst(def).block);
  }

  bool process(uint32_t loop) {
    blocks_.assign(ctx_.loops.blocks(loop).begin(), ctx_.loops.blocks(loop).end());
    std::sort(blocks_.begin(), blocks_.end(),
              [&](Block a, Block b) { return ctx_.cfg.rpo_number(a) < ctx_.cfg.rpo_number(b); });
    moving_.clear();
    for (Block b : blocks_) {
      for (Inst inst : f_.block_insts(b)) {
        if (!is_pure(f_.inst(inst).opcode) || f_.inst(inst).num_results != 1) continue;
        bool invariant = true;
        for (Value a : f_.inst_args(inst)) invariant &= defined_outside(loop, a);
        if (!invariant) continue;
        hoisted_[inst.index] = true;
        moving_.push_back(inst);
      }
    }
    if (moving_.empty()) return false;

    Block pre = preheader(loop);
    dead_.resize(f_.num_insts(), false);
    for (Inst i : moving_) dead_[i.index] = true;
    for (Block b : blocks_) f_.remove_insts(b, dead_);
    for (Inst i : moving_) dead_[i.index] = false;
    std::vector<Inst>& pre_insts = f_.block_insts(pre);
    uint32_t at = static_cast<uint32_t>(pre_insts.size()) - 1;  // before the jump
    for (Inst i : moving_) f_.insert_inst(pre, at++, i);
    // Moved, they are where their block says: only this loop may treat them
    // as outside (an outer loop may contain the preheader).
    for (Inst i : moving_) hoisted_[i.index] = false;
    return true;
  }

  Block preheader(uint32_t loop) {
    Block header = ctx_.loops.header(loop);
    Block outside_pred;
    uint32_t outside = 0;
    for (Block p : ctx_.cfg.preds(header)) {
      if (!in_loop(loop, p)) {
        outside_pred = p;
        ++outside;
      }
    }
    if (outside == 1 && f_.inst(f_.terminator(outside_pred)).opcode == Opcode::Jump &&
        f_.inst_targets(f_.terminator(outside_pred)).size() == 1) {
      return outside_pred;
    }
    Block pre = f_.create_block();
    for (Value p : f_.block_params(header)) f_.append_block_param(pre, f_.value_type(p));
    for (const IncomingEdge& e : edges_.of(header)) {
      if (in_loop(loop, f_.inst(e.branch).block)) continue;
      BlockCall c = f_.inst_targets(e.branch)[e.slot];
      args_.assign(f_.call_args(c).begin(), f_.call_args(c).end());
      f_.set_target(e.branch, e.slot, pre, args_);
    }
    Builder b(f_);
    b.set_block(pre);
    b.set_srcloc(f_.block_insts(header).empty() ? 0 : f_.inst(f_.block_insts(header)[0]).wasm_offset);
    args_.assign(f_.block_params(pre).begin(), f_.block_params(pre).end());
    b.jump(header, args_);
    f_.insert_in_layout_before(header, pre);
    innermost_.resize(f_.num_blocks(), LoopAnalysis::kNoLoop);
    innermost_[pre.index] = ctx_.loops.parent(loop);
    hoisted_.resize(f_.num_insts(), false);
    return pre;
  }

  Function& f_;
  PassContext& ctx_;
  IncomingEdges edges_;
  std::vector<uint32_t> innermost_;
  std::vector<bool> hoisted_;
  std::vector<bool> dead_;
  std::vector<Block> blocks_;
  std::vector<Inst> moving_;
  std::vector<Value> args_;
};

}  // namespace

bool licm(Function& f, PassContext& ctx) { return LoopInvariantMotion(f, ctx).run(); }

}  // namespace tandem::optimizing::passes
