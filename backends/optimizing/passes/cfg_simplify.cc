// CFG simplification, to a fixpoint:
//
//   fold       brif on a constant, br_table on a constant index, and
//              branches whose targets are all one block with the same
//              arguments become jumps
//   prune      blocks the entry no longer reaches leave the layout
//   thread     a block holding only `jump T(args)` is bypassed: each branch
//              to it goes to T directly, its arguments mapped through the
//              block's parameters (values from outside the block dominate
//              every predecessor, so the mapped arguments are in scope);
//              not when a parameter is used beyond the jump, since the
//              parameters go away
//   merge      a block reached only by a jump from its layout-independent
//              single predecessor is appended to that predecessor; its
//              parameters become the jump's arguments
#include "backends/optimizing/passes/pass_utils.h"
#include "backends/optimizing/passes/passes.h"

namespace tandem::optimizing::passes {

using namespace ir;

namespace {

class CfgSimplifier {
 public:
  CfgSimplifier(Function& f, PassContext& ctx) : f_(f), ctx_(ctx) {}

  bool run() {
    bool changed = false;
    for (;;) {
      if (!ctx_.spend(compile::CompileStage::Passes, f_.num_insts() + f_.num_blocks())) break;
      bool round = fold_branches();
      round |= remove_unreachable_blocks(f_, ctx_.cfg);
      round |= thread_and_merge();
      if (!round) break;
      changed = true;
    }
    f_.resolve_aliases();
    return changed;
  }

 private:
  void to_jump(Inst term, uint32_t slot) {
    BlockCall c = f_.inst_targets(term)[slot];
    args_.assign(f_.call_args(c).begin(), f_.call_args(c).end());
    InstData& d = f_.inst(term);
    d.opcode = Opcode::Jump;
    d.type = Type::None;
    d.num_args = 0;
    d.num_targets = 0;
    f_.add_target(term, c.block, args_);
  }

  bool same_targets(Inst term) const {
    std::span<const BlockCall> ts = f_.inst_targets(term);
    for (const BlockCall& c : ts.subspan(1)) {
      if (c.block != ts[0].block || c.num_args != ts[0].num_args) return false;
      std::span<const Value> a = f_.call_args(c), b = f_.call_args(ts[0]);
      for (size_t i = 0; i < a.size(); ++i) {
        if (f_.resolve(a[i]) != f_.resolve(b[i])) return false;
      }
    }
    return true;
  }

  bool fold_branches() {
    bool changed = false;
    for (Block b : f_.layout()) {
      Inst term = f_.terminator(b);
      if (!term.valid()) continue;
      Opcode op = f_.inst(term).opcode;
      if (op != Opcode::Brif && op != Opcode::BrTable) continue;
      int64_t c = 0;
      Value cond = f_.resolve(f_.inst_args(term)[0]);
      if (int_constant(f_, cond, &c)) {
        uint32_t slot;
        if (op == Opcode::Brif) {
          slot = c != 0 ? 0 : 1;
        } else {
          uint64_t index = static_cast<uint32_t>(c);
          uint64_t table = f_.inst(term).num_targets - 1;
          slot = index < table ? static_cast<uint32_t>(index + 1) : 0;
        }
        to_jump(term, slot);
        changed = true;
      } else if (same_targets(term)) {
        to_jump(term, 0);
        changed = true;
      }
    }
    return changed;
  }

  // Threads first; merges only in a round without threading, because
  // threading adds edges the round's edge lists do not know about.
  bool thread_and_merge() {
    ctx_.cfg.compute(f_);
    edges_.compute(f_);
    count_uses(f_, ctx_.use_counts);
    Block entry = f_.entry_block();
    bool threaded = false;
    for (Block b : f_.layout()) {
      if (b != entry) threaded |= thread(b);
    }
    if (threaded) return true;  // the next round prunes the bypassed blocks
    removed_.assign(f_.num_blocks(), false);
    bool merged = false;
    for (Block b : f_.layout()) {
      if (removed_[b.index]) continue;
      while (merge_successor(b)) merged = true;
    }
    if (merged) {
      std::vector<Block>& layout = f_.mutable_layout();
      size_t kept = 0;
      for (Block b : layout) {
        if (!removed_[b.index]) layout[kept++] = b;
      }
      layout.resize(kept);
      f_.sync_layout_flags();
    }
    return merged;
  }

  // b holds only a jump: send its predecessors to the jump's target.
  bool thread(Block b) {
    const std::vector<Inst>& insts = f_.block_insts(b);
    if (insts.size() != 1 || f_.inst(insts[0]).opcode != Opcode::Jump) return false;
    Inst jump = insts[0];
    BlockCall out = f_.inst_targets(jump)[0];
    if (out.block == b) return false;
    std::span<const IncomingEdge> in = edges_.of(b);
    if (in.empty()) return false;
    // The parameters disappear: only their uses in the jump can be mapped.
    for (Value p : f_.block_params(b)) {
      uint32_t in_jump = 0;
      for (Value a : f_.call_args(out)) in_jump += f_.resolve(a) == p;
      if (ctx_.use_counts[p.index] != in_jump) return false;
    }
    for (const IncomingEdge& e : in) {
      BlockCall c = f_.inst_targets(e.branch)[e.slot];
      args_.clear();
      for (Value a : f_.call_args(out)) {
        a = f_.resolve(a);
        const ValueData& d = f_.value_data(a);
        if (d.kind == ValueData::Kind::BlockParam && d.def == b.index) {
          a = f_.call_args(c)[d.num];
        }
        args_.push_back(a);
      }
      f_.set_target(e.branch, e.slot, out.block, args_);
    }
    // b is unreachable now; the next round's pruning drops it.
    return true;
  }

  // b ends in `jump S(args)` and is S's only predecessor: append S to b.
  bool merge_successor(Block b) {
    Inst term = f_.terminator(b);
    if (!term.valid() || f_.inst(term).opcode != Opcode::Jump) return false;
    BlockCall out = f_.inst_targets(term)[0];
    Block s = out.block;
    if (s == b || s == f_.entry_block() || removed_[s.index] || edges_.of(s).size() != 1) return false;
    std::span<const Value> params = f_.block_params(s);
    for (size_t i = 0; i < params.size(); ++i) f_.make_alias(params[i], f_.call_args(out)[i]);
    std::vector<Inst>& bi = f_.block_insts(b);
    bi.pop_back();
    f_.inst(term).block = Block();
    for (Inst i : f_.block_insts(s)) {
      f_.inst(i).block = b;
      bi.push_back(i);
    }
    f_.block_insts(s).clear();
    while (!f_.block_params(s).empty()) f_.remove_block_param(s, static_cast<uint32_t>(f_.block_params(s).size() - 1));
    removed_[s.index] = true;
    return true;
  }

  Function& f_;
  PassContext& ctx_;
  IncomingEdges edges_;
  std::vector<bool> removed_;
  std::vector<Value> args_;
};

}  // namespace

bool cfg_simplify(Function& f, PassContext& ctx) { return CfgSimplifier(f, ctx).run(); }

}  // namespace tandem::optimizing::passes
