// Global value numbering over the dominator tree (the "dominator-based
// value numbering" of Briggs, Cooper and Simpson): walking the tree in
// preorder with a scoped table of the instructions seen on the path from
// the entry, an instruction equal to one already in the table (same opcode,
// type, immediates and arguments) is replaced by it.
//
// Candidates are instructions whose result depends only on their
// arguments: the pure ones, and the trapping arithmetic (division,
// float-to-int), for which a dominating equal instruction that did not
// trap proves the second one does not either.
//
// Reads of state (loads, globals, table and memory sizes) are numbered only
// within a block and only between effects: a load equal to an earlier one
// of the same block with no store, call or other effect in between reads
// the same bytes (and cannot trap if the earlier one did not: same range,
// and memory never shrinks), whatever their bounds-check forms.
//
// The table is open-addressed with linear probing. Scopes end in LIFO
// order, so clearing a scope's slots in reverse never breaks the probe
// sequence of an entry that outlives it.
#include <algorithm>

#include "backends/optimizing/passes/pass_utils.h"
#include "backends/optimizing/passes/passes.h"

namespace tandem::optimizing::passes {

using namespace ir;

namespace {

bool is_candidate(const Function& f, Inst inst) {
  const InstData& d = f.inst(inst);
  uint8_t flags = opcode_info(d.opcode).flags;
  if (d.num_results != 1) return false;
  if (flags & (opflag::E | opflag::R | opflag::B)) return false;
  return (flags & (opflag::P | opflag::T)) != 0;
}

class ValueNumbering {
 public:
  ValueNumbering(Function& f, PassContext& ctx) : f_(f), ctx_(ctx) {}

  bool run() {
    ctx_.analyze(f_);
    ctx_.dead.assign(f_.num_insts(), false);
    size_t capacity = 64;
    while (capacity < 2 * static_cast<size_t>(f_.num_insts())) capacity *= 2;
    table_.assign(capacity, Inst());
    mask_ = capacity - 1;
    undo_.clear();

    // Preorder walk with explicit scopes.
    struct Frame {
      Block block;
      uint32_t next_child;
      size_t undo_mark;
    };
    std::vector<Frame> stack;
    Block entry = f_.entry_block();
    stack.push_back({entry, 0, undo_.size()});
    visit(entry);
    while (!stack.empty()) {
      Frame& top = stack.back();
      std::span<const Block> kids = ctx_.dom.children(top.block);
      if (top.next_child < kids.size()) {
        Block c = kids[top.next_child++];
        stack.push_back({c, 0, undo_.size()});
        visit(c);
      } else {
        while (undo_.size() > top.undo_mark) {
          table_[undo_.back()] = Inst();
          undo_.pop_back();
        }
        stack.pop_back();
      }
    }

    for (Block b : f_.layout()) f_.remove_insts(b, ctx_.dead);
    f_.resolve_aliases();
    return changed_;
  }

 private:
  void visit(Block b) {
    reads_.clear();
    for (Inst inst : f_.block_insts(b)) {
      for (Value& v : f_.inst_args(inst)) v = f_.resolve(v);
      Opcode op = f_.inst(inst).opcode;
      if (has_effects(op)) {
        reads_.clear();
        continue;
      }
      if (reads_state(op) && f_.inst(inst).num_results == 1) {
        number_read(inst);
        continue;
      }
      if (!is_candidate(f_, inst)) continue;
      size_t slot = hash(inst) & mask_;
      for (;; slot = (slot + 1) & mask_) {
        // Probes: a poor hash makes this table quadratic.
        if (!ctx_.spend(compile::CompileStage::Gvn, 1)) return;
        Inst other = table_[slot];
        if (!other.valid()) {
          table_[slot] = inst;
          undo_.push_back(slot);
          break;
        }
        if (equal(inst, other)) {
          f_.make_alias(f_.first_result(inst), f_.first_result(other));
          ctx_.dead[inst.index] = true;
          changed_ = true;
          break;
        }
      }
    }
  }

  void number_read(Inst inst) {
    const InstData& d = f_.inst(inst);
    ctx_.spend(compile::CompileStage::Gvn, 1 + reads_.size());
    for (Inst other : reads_) {
      const InstData& o = f_.inst(other);
      if (o.opcode != d.opcode || o.type != d.type || o.imm != d.imm || o.index1 != d.index1 || o.index2 != d.index2 ||
          o.num_args != d.num_args) {
        continue;
      }
      std::span<const Value> a = f_.inst_args(inst), c = f_.inst_args(other);
      if (!std::equal(a.begin(), a.end(), c.begin())) continue;
      f_.make_alias(f_.first_result(inst), f_.first_result(other));
      ctx_.dead[inst.index] = true;
      changed_ = true;
      return;
    }
    reads_.push_back(inst);
  }

  // Arguments of a commutative instruction in a canonical order.
  std::pair<Value, Value> ordered2(Inst inst) const {
    std::span<const Value> a = f_.inst_args(inst);
    if (a.size() == 2 && is_commutative(f_.inst(inst).opcode) && a[1] < a[0]) return {a[1], a[0]};
    if (a.size() >= 2) return {a[0], a[1]};
    if (a.size() == 1) return {a[0], Value()};
    return {Value(), Value()};
  }

  size_t hash(Inst inst) const {
    const InstData& d = f_.inst(inst);
    uint64_t h = static_cast<uint64_t>(d.opcode) * 0x9e3779b97f4a7c15ull;
    auto mix = [&](uint64_t x) { h = (h ^ x) * 0xff51afd7ed558ccdull + 0x632be59bd9b4e019ull; };
    mix(static_cast<uint64_t>(d.type));
    mix(d.cond);
    mix(static_cast<uint64_t>(d.imm));
    mix(d.index1);
    mix(d.index2);
    auto [a, b] = ordered2(inst);
    mix(a.index);
    mix(b.index);
    std::span<const Value> args = f_.inst_args(inst);
    for (size_t i = 2; i < args.size(); ++i) mix(args[i].index);
    return static_cast<size_t>(h ^ (h >> 29));
  }

  bool equal(Inst x, Inst y) const {
    const InstData& a = f_.inst(x);
    const InstData& b = f_.inst(y);
    if (a.opcode != b.opcode || a.type != b.type || a.cond != b.cond || a.imm != b.imm || a.index1 != b.index1 ||
        a.index2 != b.index2 || a.num_args != b.num_args) {
      return false;
    }
    if (ordered2(x) != ordered2(y)) return false;
    std::span<const Value> ax = f_.inst_args(x), ay = f_.inst_args(y);
    for (size_t i = 2; i < ax.size(); ++i) {
      if (ax[i] != ay[i]) return false;
    }
    // Results of different types (an iconst.i32 0 and an iconst.i64 0
    // differ by `type` already); nothing else can differ.
    return true;
  }

  Function& f_;
  PassContext& ctx_;
  std::vector<Inst> table_;
  size_t mask_ = 0;
  std::vector<size_t> undo_;
  std::vector<Inst> reads_;  // state reads of the current block since its last effect
  bool changed_ = false;
};

}  // namespace

bool gvn(Function& f, PassContext& ctx) { return ValueNumbering(f, ctx).run(); }

}  // namespace tandem::optimizing::passes
