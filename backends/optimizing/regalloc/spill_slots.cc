// Spill slots: after allocation, every value that went to the stack has a
// slot of its own; values whose lifetimes (definition to last use, in the
// linear order) do not overlap then share slots, by a linear scan over the
// lifetimes with a pool of free slots. A value's slot must hold it from the
// spill store at its definition to its last reload, so the whole lifetime
// is what counts, holes included.
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
  std::priority_queue<Busy, std::vector<Busy>, std::greater<Busy>> busy;
  std::priority_queue<uint32_t, std::vector<uint32_t>, std::greater<uint32_t>> free_slots;
  uint32_t count = 0;
  for (const Lifetime& l : lifetimes) {
    while (!busy.empty() && busy.top().first <= l.start) {
      free_slots.push(busy.top().second);
      busy.pop();
    }
    uint32_t slot;
    if (!free_slots.empty()) {
      slot = free_slots.top();
      free_slots.pop();
    } else {
      slot = count++;
    }
    spill_slot[l.vreg] = static_cast<int32_t>(slot);
    busy.push({l.end, slot});
  }
  num_slots = count;
}

}  // namespace tandem::optimizing::regalloc
