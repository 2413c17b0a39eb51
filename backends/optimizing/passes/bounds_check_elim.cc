// Redundant bounds-check elimination, only where provably safe.
//
// A memory access at [index + offset, index + offset + size) that did not
// trap proves index + offset + size <= the memory's length at that moment,
// and a wasm memory never shrinks (memory.grow only adds pages; no operator
// removes them). So a later access with the same index value whose
// offset + size is no larger cannot trap, whatever ran in between (calls,
// memory.grow, stores). "Later" must mean on every path: the pass walks the
// dominator tree and only uses facts from dominating accesses.
//
// A constant address is in bounds when it ends below the memory's declared
// minimum size, or below the end of a dominating constant-address access.
//
// Such accesses become `inbounds`: no explicit check and no trap site. The
// facts hold for guard and explicit bounds checks alike, because a guarded
// access that did not fault was inside the accessible memory too.
#include "backends/optimizing/passes/pass_utils.h"
#include "backends/optimizing/passes/passes.h"

namespace tandem::optimizing::passes {

using namespace ir;

namespace {

class BoundsCheckElim {
 public:
  BoundsCheckElim(Function& f, PassContext& ctx) : f_(f), ctx_(ctx) {}

  bool run() {
    ctx_.analyze(f_);
    known_end_.assign(f_.num_values(), 0);
    const_end_ = 0;
    undo_.clear();
    struct Frame {
      Block block;
      uint32_t next_child;
      size_t undo_mark;
      uint64_t const_end;
    };
    std::vector<Frame> stack;
    Block entry = f_.entry_block();
    stack.push_back({entry, 0, 0, const_end_});
    visit(entry);
    while (!stack.empty()) {
      Frame& top = stack.back();
      std::span<const Block> kids = ctx_.dom.children(top.block);
      if (top.next_child < kids.size()) {
        Block c = kids[top.next_child++];
        size_t mark = undo_.size();
        uint64_t saved = const_end_;
        stack.push_back({c, 0, mark, saved});
        visit(c);
      } else {
        while (undo_.size() > top.undo_mark) {
          known_end_[undo_.back().first] = undo_.back().second;
          undo_.pop_back();
        }
        const_end_ = top.const_end;
        stack.pop_back();
      }
    }
    return changed_;
  }

 private:
  void visit(Block b) {
    for (Inst inst : f_.block_insts(b)) {
      InstData& d = f_.inst(inst);
      Opcode op = d.opcode;
      if (!is_load(op) && !is_store(op)) continue;
      Value index = f_.inst_args(inst)[is_load(op) ? 1 : 2];
      uint64_t end = static_cast<uint64_t>(d.imm) + memory_access_size(op, d.type);
      int64_t c = 0;
      bool constant = int_constant(f_, index, &c);
      uint64_t const_end = constant ? static_cast<uint32_t>(c) + end : 0;
      if (d.bounds_check() != BoundsCheck::InBounds) {
        bool safe =
            constant ? (const_end <= ctx_.min_memory_bytes || const_end <= const_end_) : end <= known_end_[index.index];
        if (safe) {
          d.cond = static_cast<uint8_t>(BoundsCheck::InBounds);
          changed_ = true;
          continue;
        }
      }
      // This access (checked, or proven) establishes its range from here on.
      if (constant) {
        if (const_end > const_end_) const_end_ = const_end;
      } else if (end > known_end_[index.index]) {
        undo_.push_back({index.index, known_end_[index.index]});
        known_end_[index.index] = end;
      }
    }
  }

  Function& f_;
  PassContext& ctx_;
  std::vector<uint64_t> known_end_;  // per index value: max offset + size proven
  uint64_t const_end_ = 0;           // max end of a constant-address access proven
  std::vector<std::pair<uint32_t, uint64_t>> undo_;
  bool changed_ = false;
};

}  // namespace

bool bounds_check_elim(Function& f, PassContext& ctx) { return BoundsCheckElim(f, ctx).run(); }

}  // namespace tandem::optimizing::passes
