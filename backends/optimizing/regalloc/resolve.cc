// Resolution: turns the allocated intervals into the allocator's output.
//
//   operands      each gets the register of the piece of its value that
//                 covers the operand's position; a fixed operand gets its
//                 fixed register, and a move into it (before) or out of it
//                 (after) when the piece is elsewhere
//   split moves   where one piece of a value ends and the next begins
//                 inside a block, a move between their locations (none into
//                 the stack: the slot has held the value since its
//                 definition, stored there by a spill store)
//   edges         for each CFG edge, the values live into the successor
//                 whose location differs across it, and the jump's
//                 arguments into the successor's parameters
//
// Moves at one point are one parallel move. Points and their order:
//   before i:  0 edge moves on entry to i's block (from a predecessor with
//              several successors), 1 parameter spill stores, 2 split
//              moves, 3 edge moves on exit from i's block (a jump),
//              4 moves into fixed registers
// A jump's arguments may be in registers or stack slots: the parameter
// moves read them wherever they are.
//   after i:   0 moves out of fixed registers, 1 spill stores, 2 split moves
// A block of one jump has both entry and exit moves before that jump.
#include <algorithm>

#include "backends/optimizing/regalloc/allocator_impl.h"
#include "backends/optimizing/regalloc/parallel_move.h"
#include "wasm/result.h"

namespace tandem::optimizing::regalloc {

using mach::Operand;

namespace {

uint32_t key_before(uint32_t inst, uint32_t order) { return ((2 * inst) << 3) | order; }
uint32_t key_after(uint32_t inst, uint32_t order) { return ((2 * inst + 1) << 3) | order; }

}  // namespace

const Interval* Allocator::Impl::interval_at(VReg v, uint32_t pos) const {
  const std::vector<uint32_t>& list = vreg_intervals[v];
  auto it = std::upper_bound(list.begin(), list.end(), pos,
                             [&](uint32_t p, uint32_t id) { return p < intervals[id].start(); });
  if (it == list.begin()) return nullptr;
  const Interval& found = intervals[*(it - 1)];
  return pos < found.end() ? &found : nullptr;
}

Loc Allocator::Impl::location(VReg v, uint32_t pos) const {
  const Interval* it = interval_at(v, pos);
  if (!it) return Loc::none();
  if (it->stack) return Loc::stack(static_cast<uint32_t>(spill_slot[v]));
  return Loc::reg(it->preg);
}

void Allocator::Impl::resolve(Output& out) {
  const mach::VCode& c = *code;
  uint32_t nv = c.num_vregs();
  for (VReg v = 0; v < nv; ++v) {
    std::vector<uint32_t>& list = vreg_intervals[v];
    std::sort(list.begin(), list.end(), [&](uint32_t a, uint32_t b) {
      const Interval& ia = intervals[a];
      const Interval& ib = intervals[b];
      if (ia.ranges.empty() || ib.ranges.empty()) return ib.ranges.empty() && !ia.ranges.empty();
      return ia.start() < ib.start();
    });
    while (!list.empty() && intervals[list.back()].ranges.empty()) list.pop_back();
  }
  pending.clear();
  auto add = [&](uint32_t key, Loc from, Loc to, RegClass cls, VReg fv, VReg tv) {
    pending.push_back({key, Move{from, to, cls, fv, tv, c.vreg_wide(fv)}});
  };

  // Operands, and moves into and out of fixed registers.
  out.allocs.assign(c.num_operands(), mach::kNoPReg);
  for (uint32_t i = 0; i < c.num_insts(); ++i) {
    uint32_t base = c.inst(i).first_operand;
    std::span<const Operand> ops = c.operands(i);
    for (uint32_t k = 0; k < ops.size(); ++k) {
      const Operand& o = ops[k];
      uint32_t pos = o.kind != Operand::Kind::Temp && o.pos == Operand::Pos::Late ? pos_late(i) : pos_early(i);
      const Interval* it = interval_at(o.vreg, pos);
      if (o.constraint == Operand::Constraint::RegOrStack) {
        TANDEM_CHECK(it, "an operand's value is not live there");
        out.allocs[base + k] = it->stack ? mach::kNoPReg : it->preg;
        continue;
      }
      TANDEM_CHECK(it && !it->stack && it->preg != mach::kNoPReg, "an operand's value has no register there");
      RegClass cls = c.vreg_class(o.vreg);
      if (o.constraint == Operand::Constraint::Fixed) {
        out.allocs[base + k] = o.fixed;
        if (it->preg != o.fixed) {
          if (o.kind == Operand::Kind::Use) {
            add(key_before(i, 4), Loc::reg(it->preg), Loc::reg(o.fixed), cls, o.vreg, o.vreg);
          } else {
            add(key_after(i, 0), Loc::reg(o.fixed), Loc::reg(it->preg), cls, o.vreg, o.vreg);
          }
        }
      } else {
        out.allocs[base + k] = it->preg;
      }
    }
  }

  // Split moves and spill stores.
  for (VReg v = 0; v < nv; ++v) {
    const std::vector<uint32_t>& list = vreg_intervals[v];
    if (list.empty()) continue;
    RegClass cls = c.vreg_class(v);
    for (size_t k = 1; k < list.size(); ++k) {
      const Interval& a = intervals[list[k - 1]];
      const Interval& b = intervals[list[k]];
      if (b.stack || a.end() != b.start()) continue;
      uint32_t p = b.start();
      uint32_t inst = pos_inst(p);
      if (p % 4 == 0 && c.block(c.inst_block(inst)).first_inst == inst) continue;  // edges resolve it
      TANDEM_CHECK(p % 4 == 0 || p % 4 == 3, "a register piece that does not start at a gap");
      Loc from = a.stack ? Loc::stack(static_cast<uint32_t>(spill_slot[v])) : Loc::reg(a.preg);
      Loc to = Loc::reg(b.preg);
      if (from == to) continue;
      add(p % 4 == 0 ? key_before(inst, 2) : key_after(inst, 2), from, to, cls, v, v);
    }
    if (spill_slot[v] >= 0) {
      const Interval& first = intervals[list[0]];
      if (first.stack) continue;  // a parameter spilled from its start: the edges write the slot
      uint32_t p = first.start();
      Loc slot = Loc::stack(static_cast<uint32_t>(spill_slot[v]));
      add(p % 4 == 0 ? key_before(pos_inst(p), 1) : key_after(pos_inst(p), 1), Loc::reg(first.preg), slot, cls, v, v);
    }
  }

  // Edges.
  for (uint32_t b : c.order()) {
    const mach::VBlock& vb = c.block(b);
    uint32_t last = vb.end_inst - 1;
    for (uint32_t s : c.succs(b)) {
      const mach::VBlock& sb = c.block(s);
      // With one successor the moves go before the branch, which therefore
      // must read no register; with several, the successor has this block
      // as its only predecessor (no critical edges) and takes them.
      TANDEM_CHECK(vb.num_succs != 1 || c.inst(last).op == mach::MOp::Jmp || c.inst(last).num_operands == 0,
                   "a lone successor's branch reads a register");
      uint32_t key = vb.num_succs == 1 ? key_before(last, 3) : key_before(sb.first_inst, 0);
      uint32_t entry = pos_before(sb.first_inst);
      spend(compile::CompileStage::MoveResolution, 1 + live_in[s].size());
      for (VReg v : live_in[s]) {
        Loc to = location(v, entry);
        TANDEM_CHECK(!to.is_none(), "a live-in value without a location");
        if (to.is_stack()) continue;
        Loc from = location(v, pos_after(last));
        TANDEM_CHECK(!from.is_none(), "a live-out value without a location");
        if (from != to) add(key, from, to, c.vreg_class(v), v, v);
      }
      std::span<const VReg> params = c.block_params(s);
      if (params.empty()) continue;
      TANDEM_CHECK(c.inst(last).op == mach::MOp::Jmp && c.inst(last).target0 == s, "block arguments need a jump");
      std::span<const Operand> args = c.operands(last);
      for (size_t k = 0; k < params.size(); ++k) {
        VReg p = params[k];
        if (vreg_intervals[p].empty()) continue;  // unused parameter
        Loc to = location(p, entry);
        TANDEM_CHECK(!to.is_none(), "a parameter without a location");
        add(key, location(args[k].vreg, pos_early(last)), to, c.vreg_class(p), args[k].vreg, p);
      }
    }
  }

  // Sequentialize each point's moves, class by class.
  std::stable_sort(pending.begin(), pending.end(),
                   [](const PendingMove& a, const PendingMove& b) { return a.key < b.key; });
  out.moves.clear();
  uint32_t slots = 2 * c.num_insts();
  out.move_start.assign(slots + 1, 0);
  size_t g = 0;
  uint32_t slot = 0;
  while (g < pending.size()) {
    uint32_t key = pending[g].key;
    uint32_t s = key >> 3;
    while (slot <= s) out.move_start[slot++] = static_cast<uint32_t>(out.moves.size());
    size_t end = g;
    while (end < pending.size() && pending[end].key == key) ++end;
    // Sequentializing a point's moves is quadratic in their number.
    spend(compile::CompileStage::MoveResolution, (end - g) * (end - g));
    // Both classes in one parallel move: they share the spill slots.
    group.clear();
    for (size_t k = g; k < end; ++k) group.push_back(pending[k].move);
    sequentialize(
        group,
        ParallelMoveScratch{Loc::reg(mach::preg_of(mach::kScratchGpr)), Loc::reg(mach::preg_of(mach::kScratchXmm))},
        work, out.moves);
    g = end;
  }
  while (slot <= slots) out.move_start[slot++] = static_cast<uint32_t>(out.moves.size());
  out.num_spill_slots = num_slots;
}

// ---- the driver --------------------------------------------------------------

Allocator::Allocator() : impl_(std::make_unique<Impl>()) {}
Allocator::~Allocator() = default;

void Allocator::run(const mach::VCode& code, Output& out, compile::CompileBudget* budget) {
  impl_->code = &code;
  impl_->budget = budget;
  auto over = [&] { return budget && budget->exceeded(); };
  impl_->compute_liveness();
  if (over()) return;
  impl_->build_intervals();
  impl_->allocate();
  if (over()) return;
  impl_->assign_spill_slots();
  impl_->resolve(out);
}

}  // namespace tandem::optimizing::regalloc
