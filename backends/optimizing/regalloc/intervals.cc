// Liveness by path exploration from the uses, and live intervals in one backward pass
// over each block (Wimmer's BuildIntervals): a value live out of a block
// covers the whole block; going backwards, a definition shortens its range
// to start there and a use extends one back to the block's start.
#include <algorithm>

#include "backends/optimizing/regalloc/allocator_impl.h"
#include "wasm/result.h"

namespace tandem::optimizing::regalloc {

using mach::MInst;
using mach::Operand;

bool Interval::covers(uint32_t pos) const {
  auto it =
      std::upper_bound(ranges.begin(), ranges.end(), pos, [](uint32_t p, const LiveRange& r) { return p < r.from; });
  if (it == ranges.begin()) return false;
  --it;
  return pos < it->to;
}

uint32_t Interval::next_use(uint32_t pos) const {
  auto it = std::lower_bound(uses.begin(), uses.end(), pos, [](const UsePos& u, uint32_t p) { return u.pos < p; });
  return it == uses.end() ? kInfinity : it->pos;
}

void Allocator::Impl::compute_liveness() {
  const mach::VCode& c = *code;
  uint32_t n = c.num_blocks();
  uint32_t nv = c.num_vregs();
  if (live_in.size() < n) live_in.resize(n);
  if (live_out.size() < n) live_out.resize(n);
  for (uint32_t b = 0; b < n; ++b) {
    live_in[b].clear();
    live_out[b].clear();
  }
  // Where each value is defined, and the blocks that use it (by counting
  // sort: a use in its own definition's block needs no walk).
  def_block.assign(nv, ~0u);
  for (uint32_t b = 0; b < n; ++b) {
    for (VReg p : c.block_params(b)) def_block[p] = b;
    const mach::VBlock& vb = c.block(b);
    for (uint32_t i = vb.first_inst; i < vb.end_inst; ++i) {
      for (const Operand& o : c.operands(i)) {
        if (o.kind != Operand::Kind::Use) def_block[o.vreg] = b;
      }
    }
  }
  use_start.assign(nv + 1, 0);
  for (uint32_t b = 0; b < n; ++b) {
    const mach::VBlock& vb = c.block(b);
    for (uint32_t i = vb.first_inst; i < vb.end_inst; ++i) {
      for (const Operand& o : c.operands(i)) {
        if (o.kind == Operand::Kind::Use && def_block[o.vreg] != b) ++use_start[o.vreg + 1];
      }
    }
  }
  for (VReg v = 0; v < nv; ++v) use_start[v + 1] += use_start[v];
  use_blocks.resize(use_start[nv]);
  walk.assign(use_start.begin(), use_start.end() - 1);  // fill cursors
  for (uint32_t b = 0; b < n; ++b) {
    const mach::VBlock& vb = c.block(b);
    for (uint32_t i = vb.first_inst; i < vb.end_inst; ++i) {
      for (const Operand& o : c.operands(i)) {
        if (o.kind == Operand::Kind::Use && def_block[o.vreg] != b) use_blocks[walk[o.vreg]++] = b;
      }
    }
  }
  // Up from each use to the definition.
  in_stamp.assign(n, 0);
  out_stamp.assign(n, 0);
  for (VReg v = 0; v < nv; ++v) {
    uint32_t stamp = v + 1;
    uint32_t home = def_block[v];
    walk.clear();
    for (uint32_t k = use_start[v]; k < use_start[v + 1]; ++k) walk.push_back(use_blocks[k]);
    while (!walk.empty()) {
      uint32_t b = walk.back();
      walk.pop_back();
      if (in_stamp[b] == stamp) continue;
      // The live sets can hold values x blocks entries in all.
      if (!spend(compile::CompileStage::Liveness, 1 + c.preds(b).size())) return;
      in_stamp[b] = stamp;
      live_in[b].push_back(v);
      for (uint32_t p : c.preds(b)) {
        if (out_stamp[p] != stamp) {
          out_stamp[p] = stamp;
          live_out[p].push_back(v);
        }
        if (p != home && in_stamp[p] != stamp) walk.push_back(p);
      }
    }
  }
}

uint32_t Allocator::Impl::new_interval(VReg v) {
  uint32_t id = num_intervals++;
  if (id >= intervals.size()) intervals.emplace_back();
  Interval& it = intervals[id];
  it.vreg = v;
  it.ranges.clear();
  it.uses.clear();
  it.preg = mach::kNoPReg;
  it.stack = false;
  it.is_child = false;
  return id;
}

// Ranges are built back to front, so during the build ranges.back() is the
// earliest.
void Allocator::Impl::add_range(VReg v, uint32_t from, uint32_t to) {
  std::vector<LiveRange>& r = intervals[v].ranges;
  if (!r.empty() && r.back().from <= to) {
    r.back().from = std::min(r.back().from, from);
    r.back().to = std::max(r.back().to, to);
  } else {
    r.push_back({from, to});
  }
}

void Allocator::Impl::build_intervals() {
  const mach::VCode& c = *code;
  uint32_t nv = c.num_vregs();
  num_intervals = 0;
  for (VReg v = 0; v < nv; ++v) new_interval(v);
  for (auto& f : fixed) f.clear();
  hint_vreg.assign(nv, mach::kNoVReg);

  const std::vector<uint32_t>& order = c.order();
  for (auto bi = order.rbegin(); bi != order.rend(); ++bi) {
    uint32_t b = *bi;
    const mach::VBlock& vb = c.block(b);
    uint32_t from = pos_before(vb.first_inst);
    uint32_t to = pos_before(vb.end_inst);
    for (VReg v : live_out[b]) add_range(v, from, to);
    for (uint32_t i = vb.end_inst; i-- > vb.first_inst;) {
      const MInst& m = c.inst(i);
      std::span<const Operand> ops = c.operands(i);
      for (const Operand& o : ops) {
        if (o.kind == Operand::Kind::Def) {
          uint32_t p = o.pos == Operand::Pos::Late ? pos_late(i) : pos_early(i);
          std::vector<LiveRange>& r = intervals[o.vreg].ranges;
          if (!r.empty() && r.back().from == from && r.back().to > p) {
            r.back().from = p;
          } else {
            TANDEM_CHECK(r.empty() || r.back().from > p, "a definition after a use of its value");
            r.push_back({p, p + 1});
          }
          bool fixed_reg = o.constraint == Operand::Constraint::Fixed;
          intervals[o.vreg].uses.push_back({p, fixed_reg ? o.fixed : mach::kNoPReg});
          if (fixed_reg) fixed[o.fixed].push_back({p, pos_before(i + 1), o.vreg});
          if (o.constraint == Operand::Constraint::Reuse) hint_vreg[o.vreg] = ops[o.fixed].vreg;
        } else if (o.kind == Operand::Kind::Temp) {
          // A temporary needs its register from the early to the late point.
          add_range(o.vreg, pos_early(i), pos_after(i));
          intervals[o.vreg].uses.push_back({pos_late(i), mach::kNoPReg});
          intervals[o.vreg].uses.push_back({pos_early(i), mach::kNoPReg});
        }
      }
      for (const Operand& o : ops) {
        if (o.kind != Operand::Kind::Use) continue;
        uint32_t p = o.pos == Operand::Pos::Late ? pos_late(i) : pos_early(i);
        add_range(o.vreg, from, p + 1);
        // Live here, but wherever it is: no register needed.
        if (o.constraint == Operand::Constraint::RegOrStack) continue;
        bool fixed_reg = o.constraint == Operand::Constraint::Fixed;
        intervals[o.vreg].uses.push_back({p, fixed_reg ? o.fixed : mach::kNoPReg});
        if (fixed_reg) fixed[o.fixed].push_back({pos_before(i), p + 1, o.vreg});
      }
      for (uint32_t g = 0; g < 16; ++g) {
        if ((m.clobber_gprs >> g) & 1) fixed[g].push_back({pos_late(i), pos_after(i), mach::kNoVReg});
        if ((m.clobber_xmms >> g) & 1) fixed[16 + g].push_back({pos_late(i), pos_after(i), mach::kNoVReg});
        if ((m.early_clobber_gprs >> g) & 1) fixed[g].push_back({pos_early(i), pos_late(i), mach::kNoVReg});
      }
      if (m.op == mach::MOp::Copy) hint_vreg[ops[0].vreg] = ops[1].vreg;
      if (m.op == mach::MOp::Jmp) {
        std::span<const VReg> params = c.block_params(m.target0);
        for (size_t k = 0; k < params.size(); ++k) {
          if (hint_vreg[params[k]] == mach::kNoVReg) hint_vreg[params[k]] = ops[k].vreg;
          if (hint_vreg[ops[k].vreg] == mach::kNoVReg) hint_vreg[ops[k].vreg] = params[k];
        }
      }
    }
  }

  for (uint32_t id = 0; id < num_intervals; ++id) {
    std::reverse(intervals[id].ranges.begin(), intervals[id].ranges.end());
    std::vector<UsePos>& uses = intervals[id].uses;
    std::reverse(uses.begin(), uses.end());
    // One instruction may list a value twice, early and late.
    std::stable_sort(uses.begin(), uses.end(), [](const UsePos& a, const UsePos& b) { return a.pos < b.pos; });
  }
  for (auto& f : fixed) {
    std::sort(f.begin(), f.end(), [](const FixedRange& a, const FixedRange& b) {
      return a.from != b.from ? a.from < b.from : a.to < b.to;
    });
  }
}

}  // namespace tandem::optimizing::regalloc
