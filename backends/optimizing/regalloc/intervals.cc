// Liveness by backward dataflow, and live intervals in one backward pass
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
  auto it = std::upper_bound(ranges.begin(), ranges.end(), pos,
                             [](uint32_t p, const LiveRange& r) { return p < r.from; });
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
  words = (c.num_vregs() + 63) / 64;
  gen.assign(static_cast<size_t>(n) * words, 0);
  kill.assign(static_cast<size_t>(n) * words, 0);
  live_in.assign(static_cast<size_t>(n) * words, 0);
  live_out.assign(static_cast<size_t>(n) * words, 0);
  auto bit = [&](std::vector<uint64_t>& set, uint32_t b, VReg v) -> bool {
    return (set[b * words + v / 64] >> (v % 64)) & 1;
  };
  auto set = [&](std::vector<uint64_t>& s, uint32_t b, VReg v) { s[b * words + v / 64] |= 1ull << (v % 64); };

  for (uint32_t b = 0; b < n; ++b) {
    for (VReg p : c.block_params(b)) set(kill, b, p);
    const mach::VBlock& vb = c.block(b);
    for (uint32_t i = vb.first_inst; i < vb.end_inst; ++i) {
      for (const Operand& o : c.operands(i)) {
        if (o.kind == Operand::Kind::Use && !bit(kill, b, o.vreg)) set(gen, b, o.vreg);
      }
      for (const Operand& o : c.operands(i)) {
        if (o.kind != Operand::Kind::Use) set(kill, b, o.vreg);
      }
    }
  }
  const std::vector<uint32_t>& order = c.order();
  for (bool changed = true; changed;) {
    changed = false;
    for (auto bi = order.rbegin(); bi != order.rend(); ++bi) {
      uint32_t b = *bi;
      uint64_t* out = live_out.data() + b * words;
      for (uint32_t s : c.succs(b)) {
        const uint64_t* in = live_in.data() + s * words;
        for (uint32_t w = 0; w < words; ++w) out[w] |= in[w];
      }
      uint64_t* in = live_in.data() + b * words;
      const uint64_t* g = gen.data() + b * words;
      const uint64_t* k = kill.data() + b * words;
      for (uint32_t w = 0; w < words; ++w) {
        uint64_t next = g[w] | (out[w] & ~k[w]);
        if (next != in[w]) {
          in[w] = next;
          changed = true;
        }
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
  std::vector<uint64_t> live(words);

  const std::vector<uint32_t>& order = c.order();
  for (auto bi = order.rbegin(); bi != order.rend(); ++bi) {
    uint32_t b = *bi;
    const mach::VBlock& vb = c.block(b);
    uint32_t from = pos_before(vb.first_inst);
    uint32_t to = pos_before(vb.end_inst);
    std::copy(live_out.begin() + b * words, live_out.begin() + (b + 1) * words, live.begin());
    for (uint32_t w = 0; w < words; ++w) {
      for (uint64_t bits = live[w]; bits; bits &= bits - 1) add_range(w * 64 + __builtin_ctzll(bits), from, to);
    }
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
          live[o.vreg / 64] &= ~(1ull << (o.vreg % 64));
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
        live[o.vreg / 64] |= 1ull << (o.vreg % 64);
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
    for (VReg p : c.block_params(b)) live[p / 64] &= ~(1ull << (p % 64));
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
