// The allocation loop (Wimmer and Franz's linear scan with interval
// splitting). Intervals are taken in order of start; `active` holds those
// with a register that cover the current position, `inactive` those with a
// register that are in a lifetime hole there. Fixed ranges of physical
// registers act as intervals that are always allocated.
//
// Where an interval is split decides where a move goes, so splits happen at
// gaps only (before or after an instruction), except a split into the
// stack, which needs no move (the slot was written at the definition) and
// may happen anywhere.
#include <algorithm>

#include "backends/optimizing/regalloc/allocator_impl.h"
#include "wasm/result.h"

namespace tandem::optimizing::regalloc {

namespace {

constexpr PReg kIntOrder[] = {3, 12, 13, 15, 10, 9, 8, 7, 6, 1, 2, 0};  // rbx r12 r13 r15 r10 r9 r8 rdi rsi rcx rdx rax
constexpr PReg kFloatOrder[] = {16 + 8, 16 + 9, 16 + 10, 16 + 11, 16 + 12, 16 + 13, 16 + 14, 16 + 2,
                                16 + 3, 16 + 4, 16 + 5,  16 + 6,  16 + 7,  16 + 1,  16 + 0};

// The first position at or after `from` where both range lists cover.
uint32_t first_intersection(const std::vector<LiveRange>& a, const std::vector<LiveRange>& b, uint32_t from) {
  size_t i = 0, j = 0;
  while (i < a.size() && a[i].to <= from) ++i;
  while (j < b.size() && b[j].to <= from) ++j;
  while (i < a.size() && j < b.size()) {
    uint32_t lo = std::max({a[i].from, b[j].from, from});
    uint32_t hi = std::min(a[i].to, b[j].to);
    if (lo < hi) return lo;
    if (a[i].to < b[j].to) {
      ++i;
    } else {
      ++j;
    }
  }
  return kInfinity;
}

}  // namespace

std::span<const PReg> allocatable(RegClass cls) {
  if (cls == RegClass::Int) return kIntOrder;
  return kFloatOrder;
}

uint32_t Allocator::Impl::gap_at_or_before(uint32_t pos) const {
  uint32_t inst = pos_inst(pos);
  if (pos % 4 == 3) {
    // After a terminator is not a place for code: use the gap before it.
    uint32_t b = code->inst_block(inst);
    if (code->block(b).end_inst == inst + 1) return pos_before(inst);
    return pos;
  }
  return pos_before(inst);
}

void Allocator::Impl::push_unhandled(uint32_t it) {
  unhandled.push_back((static_cast<uint64_t>(intervals[it].start()) << 32) | it);
  std::push_heap(unhandled.begin(), unhandled.end(), std::greater<uint64_t>());
}

uint32_t Allocator::Impl::fixed_intersection(PReg p, const Interval& cur) const {
  const std::vector<FixedRange>& f = fixed[p];
  // Fixed ranges are at most four positions long: start a little before.
  uint32_t start = cur.start();
  auto it = std::lower_bound(f.begin(), f.end(), start >= 4 ? start - 4 : 0,
                             [](const FixedRange& r, uint32_t pos) { return r.from < pos; });
  size_t j = 0;
  uint32_t best = kInfinity;
  for (; it != f.end(); ++it) {
    if (it->from >= best) break;
    if (it->owner == cur.vreg) continue;
    while (j < cur.ranges.size() && cur.ranges[j].to <= it->from) ++j;
    // Ranges of cur that may overlap [it->from, it->to).
    for (size_t k = j; k < cur.ranges.size() && cur.ranges[k].from < it->to; ++k) {
      uint32_t lo = std::max(cur.ranges[k].from, it->from);
      if (lo < std::min(cur.ranges[k].to, it->to)) {
        best = std::min(best, lo);
        break;
      }
    }
    if (j == cur.ranges.size()) break;
  }
  return best;
}

PReg Allocator::Impl::hint_for(uint32_t id) const {
  const Interval& cur = intervals[id];
  if (!cur.uses.empty() && cur.uses.front().hint != mach::kNoPReg && cur.uses.front().pos == cur.start()) {
    return cur.uses.front().hint;
  }
  // A piece of a split value: where the previous piece was.
  if (cur.is_child) {
    for (uint32_t other : vreg_intervals[cur.vreg]) {
      const Interval& o = intervals[other];
      if (other != id && o.preg != mach::kNoPReg && o.end() == cur.start()) return o.preg;
    }
  }
  if (!cur.uses.empty() && cur.uses.front().hint != mach::kNoPReg) return cur.uses.front().hint;
  VReg h = hint_vreg[cur.vreg];
  if (h == mach::kNoVReg) return mach::kNoPReg;
  PReg found = mach::kNoPReg;
  for (uint32_t other : vreg_intervals[h]) {
    const Interval& o = intervals[other];
    if (o.preg == mach::kNoPReg) continue;
    if (o.covers(cur.start() - (cur.start() > 0 ? 1 : 0)) || o.end() == cur.start()) return o.preg;
    found = o.preg;
  }
  return found;
}

uint32_t Allocator::Impl::split(uint32_t id, uint32_t pos) {
  TANDEM_CHECK(intervals[id].start() < pos && pos < intervals[id].end(), "split outside the interval");
  spend(compile::CompileStage::Splitting, 1 + intervals[id].ranges.size() + intervals[id].uses.size());
  uint32_t child = new_interval(intervals[id].vreg);  // may reallocate `intervals`
  Interval& it = intervals[id];
  Interval& c = intervals[child];
  c.is_child = true;
  // Ranges.
  auto r = std::upper_bound(it.ranges.begin(), it.ranges.end(), pos,
                            [](uint32_t p, const LiveRange& lr) { return p < lr.to; });
  // r: the first range ending after pos.
  if (r->from < pos) {
    c.ranges.push_back({pos, r->to});
    r->to = pos;
    ++r;
  }
  c.ranges.insert(c.ranges.end(), r, it.ranges.end());
  it.ranges.erase(r, it.ranges.end());
  // Uses.
  auto u =
      std::lower_bound(it.uses.begin(), it.uses.end(), pos, [](const UsePos& up, uint32_t p) { return up.pos < p; });
  c.uses.assign(u, it.uses.end());
  it.uses.erase(u, it.uses.end());
  vreg_intervals[c.vreg].push_back(child);
  return child;
}

void Allocator::Impl::assign_stack(uint32_t id) {
  Interval& it = intervals[id];
  it.stack = true;
  it.preg = mach::kNoPReg;
  if (spill_slot[it.vreg] < 0) spill_slot[it.vreg] = static_cast<int32_t>(num_slots++);
}

// `id` holds a register it must give up from `pos` on: the rest goes to the
// stack until its next use, where a new piece asks for a register again.
void Allocator::Impl::split_and_spill(uint32_t id, uint32_t pos) {
  if (pos >= intervals[id].end()) return;
  uint32_t piece = id;
  if (pos > intervals[id].start()) {
    piece = split(id, pos);
  } else {
    // Another interval starting at the same position (a block parameter)
    // takes the register: this one waits on the stack from its start.
    TANDEM_CHECK(intervals[id].next_use(pos) != pos,
                 "register pressure: two values need one register where both are defined");
  }
  uint32_t next = intervals[piece].next_use(intervals[piece].start());
  if (next != kInfinity && gap_at_or_before(next) <= intervals[piece].start()) {
    // The piece needs a register where it starts: it starts at a gap (after
    // a lifetime hole, at a block boundary), so it asks for one again.
    uint32_t start = intervals[piece].start();
    TANDEM_CHECK(start % 4 == 0 || start % 4 == 3, "register pressure: an evicted value needs a register at once");
    push_unhandled(piece);
    return;
  }
  assign_stack(piece);
  if (next == kInfinity) return;
  push_unhandled(split(piece, gap_at_or_before(next)));
}

bool Allocator::Impl::try_free_register(uint32_t id) {
  const Interval& cur = intervals[id];
  RegClass cls = code->vreg_class(cur.vreg);
  uint32_t pos = cur.start();
  uint32_t free_until[32];
  std::fill(std::begin(free_until), std::end(free_until), 0);
  for (PReg p : allocatable(cls)) free_until[p] = kInfinity;
  for (uint32_t a : active) free_until[intervals[a].preg] = 0;
  for (uint32_t a : inactive) {
    PReg p = intervals[a].preg;
    if (free_until[p] == 0) continue;
    free_until[p] = std::min(free_until[p], first_intersection(intervals[a].ranges, cur.ranges, pos));
  }
  for (PReg p : allocatable(cls)) {
    if (free_until[p] > pos) free_until[p] = std::min(free_until[p], fixed_intersection(p, cur));
  }
  // Only registers that can hold cur up to a point where it can let go.
  for (PReg p : allocatable(cls)) {
    if (free_until[p] > pos && !can_hold_until(id, free_until[p])) free_until[p] = 0;
  }
  PReg reg = mach::kNoPReg;
  for (PReg p : allocatable(cls)) {
    if (reg == mach::kNoPReg || free_until[p] > free_until[reg]) reg = p;
  }
  PReg hint = hint_for(id);
  if (hint != mach::kNoPReg && mach::preg_class(hint) == cls && free_until[hint] > pos &&
      (free_until[hint] >= cur.end() || free_until[hint] == free_until[reg])) {
    reg = hint;
  }
  if (free_until[reg] <= pos) return false;
  intervals[id].preg = reg;
  if (free_until[reg] < intervals[id].end()) give_up_register_at(id, free_until[reg]);
  active.push_back(id);
  return true;
}

// Whether `id` can hold a register from its start until `limit` and let go
// there: the whole interval fits, or there is a gap for the move to the next
// piece, or the rest can wait on the stack until a gap before its next use.
bool Allocator::Impl::can_hold_until(uint32_t id, uint32_t limit) const {
  const Interval& it = intervals[id];
  if (limit >= it.end()) return true;
  if (gap_at_or_before(limit) > it.start()) return true;
  uint32_t next = it.next_use(limit);
  return next == kInfinity || gap_at_or_before(next) > limit;
}

// `id` has its register until `limit` only. The rest is a new piece that
// asks for a register again if there is a gap to put the move in;
// otherwise it goes to the stack (no move needed) until its next use.
void Allocator::Impl::give_up_register_at(uint32_t id, uint32_t limit) {
  uint32_t sp = gap_at_or_before(limit);
  if (sp > intervals[id].start()) {
    push_unhandled(split(id, sp));
  } else {
    split_and_spill(id, limit);
  }
}

void Allocator::Impl::allocate_blocked_register(uint32_t id) {
  RegClass cls = code->vreg_class(intervals[id].vreg);
  uint32_t pos = intervals[id].start();
  uint32_t use_pos[32], block_pos[32];
  for (PReg p = 0; p < 32; ++p) use_pos[p] = block_pos[p] = kInfinity;
  for (uint32_t a : active) {
    PReg p = intervals[a].preg;
    use_pos[p] = std::min(use_pos[p], intervals[a].next_use(pos));
  }
  for (uint32_t a : inactive) {
    PReg p = intervals[a].preg;
    if (first_intersection(intervals[a].ranges, intervals[id].ranges, pos) == kInfinity) continue;
    use_pos[p] = std::min(use_pos[p], intervals[a].next_use(pos));
  }
  for (PReg p : allocatable(cls)) {
    uint32_t f = fixed_intersection(p, intervals[id]);
    block_pos[p] = f;
    use_pos[p] = std::min(use_pos[p], f);
  }
  PReg reg = mach::kNoPReg;
  for (PReg p : allocatable(cls)) {
    if (block_pos[p] <= pos || !can_hold_until(id, block_pos[p])) continue;
    if (reg == mach::kNoPReg || use_pos[p] > use_pos[reg]) reg = p;
  }
  TANDEM_CHECK(reg != mach::kNoPReg, "register pressure: every register is blocked by fixed operands");
  uint32_t first_use = intervals[id].next_use(pos);
  if (use_pos[reg] < first_use || first_use == kInfinity) {
    // Everyone needs a register before this interval does: it waits on the
    // stack until its first use.
    if (first_use == kInfinity) {
      assign_stack(id);
      return;
    }
    uint32_t sp = gap_at_or_before(first_use);
    if (sp > pos) {
      assign_stack(id);
      push_unhandled(split(id, sp));
      return;
    }
  }
  TANDEM_CHECK(block_pos[reg] > pos, "register pressure: no register for a value that needs one now");
  intervals[id].preg = reg;
  if (block_pos[reg] < intervals[id].end()) give_up_register_at(id, block_pos[reg]);
  // Evict the holders of reg.
  for (size_t k = 0; k < active.size();) {
    uint32_t a = active[k];
    if (intervals[a].preg != reg) {
      ++k;
      continue;
    }
    active.erase(active.begin() + static_cast<std::ptrdiff_t>(k));
    split_and_spill(a, pos);
  }
  for (size_t k = 0; k < inactive.size();) {
    uint32_t a = inactive[k];
    if (intervals[a].preg != reg || first_intersection(intervals[a].ranges, intervals[id].ranges, pos) == kInfinity) {
      ++k;
      continue;
    }
    inactive.erase(inactive.begin() + static_cast<std::ptrdiff_t>(k));
    split_and_spill(a, pos);
    // The piece before pos keeps reg and stays inactive (it ends before pos).
  }
  active.push_back(id);
}

void Allocator::Impl::allocate() {
  uint32_t nv = code->num_vregs();
  spill_slot.assign(nv, -1);
  num_slots = 0;
  unhandled.clear();
  active.clear();
  inactive.clear();
  if (vreg_intervals.size() < nv) vreg_intervals.resize(nv);
  for (VReg v = 0; v < nv; ++v) {
    vreg_intervals[v].clear();
    vreg_intervals[v].push_back(v);
  }
  for (VReg v = 0; v < nv; ++v) {
    if (!intervals[v].ranges.empty()) push_unhandled(v);
  }
  while (!unhandled.empty()) {
    std::pop_heap(unhandled.begin(), unhandled.end(), std::greater<uint64_t>());
    uint32_t id = static_cast<uint32_t>(unhandled.back());
    unhandled.pop_back();
    // Each step scans the active and inactive sets; an interval that keeps
    // coming back (two values evicting each other) never ends the loop.
    if (!spend(compile::CompileStage::RegAlloc, 1 + active.size() + inactive.size())) return;
    uint32_t pos = intervals[id].start();
    for (size_t k = 0; k < active.size();) {
      const Interval& a = intervals[active[k]];
      if (a.end() <= pos) {
        active[k] = active.back();
        active.pop_back();
      } else if (!a.covers(pos)) {
        inactive.push_back(active[k]);
        active[k] = active.back();
        active.pop_back();
      } else {
        ++k;
      }
    }
    for (size_t k = 0; k < inactive.size();) {
      const Interval& a = intervals[inactive[k]];
      if (a.end() <= pos) {
        inactive[k] = inactive.back();
        inactive.pop_back();
      } else if (a.covers(pos)) {
        active.push_back(inactive[k]);
        inactive[k] = inactive.back();
        inactive.pop_back();
      } else {
        ++k;
      }
    }
    if (!try_free_register(id)) allocate_blocked_register(id);
  }
}

}  // namespace tandem::optimizing::regalloc
