// Spill slots: after allocation, every value that went to the stack has a
// slot of its own; values whose lifetimes (definition to last use, in the
// linear order) do not overlap then share slots, by a linear scan over the
// lifetimes with a pool of free slots. A value's slot must hold it from the
// spill store at its definition to its last reload, so the whole lifetime
// is what counts, holes included.
//
// A v128 takes a pair of slots (its first slot names the pair), 16-byte
// aligned in the frame, and pairs are shared only among v128s, so that no
// location ever overlaps another one partly.
#include <algorithm>
#include <functional>
#include <queue>

#include "backends/optimizing/regalloc/allocator_impl.h"

namespace tandem::optimizing::regalloc {

void Allocator::Impl::assign_spill_slots() {
  struct Lifetime {
    uint32_t start;
    uint32_t end;
    VReg vreg;
  };
  std::vector<Lifetime> lifetimes;
  for (VReg v = 0; v < spill_slot.size(); ++v) {
    if (spill_slot[v] < 0) continue;
    uint32_t start = kInfinity, end = 0;
    for (uint32_t id : vreg_intervals[v]) {
      const Interval& it = intervals[id];
      if (it.ranges.empty()) continue;
      start = std::min(start, it.start());
      end = std::max(end, it.end());
    }
    lifetimes.push_back({start, end, v});
  }
  std::sort(lifetimes.begin(), lifetimes.end(), [](const Lifetime& a, const Lifetime& b) {
    return a.start != b.start ? a.start < b.start : a.vreg < b.vreg;
  });
  // (end, slot) of the slots in use; the smallest free slot number first.
  using Busy = std::pair<uint32_t, uint32_t>;
  using FreeSlots = std::priority_queue<uint32_t, std::vector<uint32_t>, std::greater<uint32_t>>;
  std::priority_queue<Busy, std::vector<Busy>, std::greater<Busy>> busy[2];  // narrow, wide
  FreeSlots free_slots[2];
  // Slot s is at rbp - 8 * (s + 1 + saved), saved = the VMContext's slot;
  // a pair (s, s + 1) starts at rbp - 8 * (s + 2 + saved), and rbp is
  // 16-byte aligned, so a pair is aligned when s + saved is even.
  const uint32_t saved = code->needs_saved_vmctx ? 1 : 0;
  uint32_t count = 0;
  for (const Lifetime& l : lifetimes) {
    const int w = code->vreg_wide(l.vreg) ? 1 : 0;
    for (int k = 0; k < 2; ++k) {
      while (!busy[k].empty() && busy[k].top().first <= l.start) {
        free_slots[k].push(busy[k].top().second);
        busy[k].pop();
      }
    }
    uint32_t slot;
    if (!free_slots[w].empty()) {
      slot = free_slots[w].top();
      free_slots[w].pop();
    } else if (w) {
      if ((count + saved) % 2) free_slots[0].push(count++);  // padding, free for a narrow value
      slot = count;
      count += 2;
    } else {
      slot = count++;
    }
    spill_slot[l.vreg] = static_cast<int32_t>(slot);
    busy[w].push({l.end, slot});
  }
  num_slots = count;
}

}  // namespace tandem::optimizing::regalloc
