// The allocator's internal state, shared by its phases:
//   intervals.cc    liveness and interval construction
//   linear_scan.cc  the allocation loop, splitting and spilling
//   spill_slots.cc  slots shared by values whose lifetimes do not overlap
//   resolve.cc      operand allocations and the moves of the output
#pragma once

#include <limits>
#include <vector>

#include "backends/optimizing/regalloc/regalloc.h"

namespace tandem::optimizing::regalloc {

inline constexpr uint32_t kInfinity = std::numeric_limits<uint32_t>::max();

// Positions (see regalloc.h).
inline uint32_t pos_before(uint32_t inst) { return 4 * inst; }
inline uint32_t pos_early(uint32_t inst) { return 4 * inst + 1; }
inline uint32_t pos_late(uint32_t inst) { return 4 * inst + 2; }
inline uint32_t pos_after(uint32_t inst) { return 4 * inst + 3; }
inline uint32_t pos_inst(uint32_t pos) { return pos / 4; }

struct LiveRange {
  uint32_t from;
  uint32_t to;  // exclusive
};

struct UsePos {
  uint32_t pos;
  PReg hint;  // the register a fixed operand wants, or kNoPReg
};

struct Interval {
  VReg vreg = mach::kNoVReg;
  std::vector<LiveRange> ranges;  // sorted, disjoint
  std::vector<UsePos> uses;       // sorted; every use and def needs a register
  PReg preg = mach::kNoPReg;      // assigned register
  bool stack = false;             // lives in its vreg's spill slot
  bool is_child = false;          // made by a split

  uint32_t start() const { return ranges.front().from; }
  uint32_t end() const { return ranges.back().to; }
  bool covers(uint32_t pos) const;
  // First use at or after pos, or kInfinity.
  uint32_t next_use(uint32_t pos) const;
};

// A range in which a physical register is taken; `owner` is the value of
// the fixed operand that takes it (kNoVReg for a clobber), which may use
// the register there itself.
struct FixedRange {
  uint32_t from;
  uint32_t to;
  VReg owner;
};

struct Allocator::Impl {
  const mach::VCode* code = nullptr;
  compile::CompileBudget* budget = nullptr;
  bool spend(compile::CompileStage stage, uint64_t units) { return compile::spend(budget, stage, units); }

  // ---- liveness (intervals.cc) ---------------------------------------------
  // Live-in and live-out sets per block as lists, computed by path
  // exploration from the uses (each value walks up from its uses to its
  // definition), so the work is the size of the sets, not blocks x values.
  std::vector<std::vector<VReg>> live_in;
  std::vector<std::vector<VReg>> live_out;
  std::vector<uint32_t> def_block;            // per vreg
  std::vector<uint32_t> use_start;            // per vreg: into use_blocks
  std::vector<uint32_t> use_blocks;           // blocks with a use, grouped by vreg
  std::vector<uint32_t> in_stamp, out_stamp;  // per block: the last vreg marked + 1
  std::vector<uint32_t> walk;
  void compute_liveness();

  // ---- intervals (intervals.cc) --------------------------------------------
  std::vector<Interval> intervals;  // [0, num_vregs) the vregs' first; children after
  uint32_t num_intervals = 0;
  std::vector<FixedRange> fixed[32];
  std::vector<VReg> hint_vreg;                        // per vreg: a value whose register it would like
  std::vector<std::vector<uint32_t>> vreg_intervals;  // per vreg: its intervals
  void build_intervals();
  uint32_t new_interval(VReg v);
  void add_range(VReg v, uint32_t from, uint32_t to);

  // ---- allocation (linear_scan.cc) -----------------------------------------
  std::vector<int32_t> spill_slot;  // per vreg, -1 until it spills
  uint32_t num_slots = 0;
  std::vector<uint64_t> unhandled;  // heap of (start << 32 | interval)
  std::vector<uint32_t> active, inactive;
  void allocate();
  void push_unhandled(uint32_t it);
  bool try_free_register(uint32_t it);
  void allocate_blocked_register(uint32_t it);
  uint32_t split(uint32_t it, uint32_t pos);
  void split_and_spill(uint32_t it, uint32_t pos);
  void give_up_register_at(uint32_t it, uint32_t limit);
  bool can_hold_until(uint32_t it, uint32_t limit) const;
  void assign_stack(uint32_t it);
  uint32_t fixed_intersection(PReg p, const Interval& cur) const;
  PReg hint_for(uint32_t it) const;
  uint32_t gap_at_or_before(uint32_t pos) const;

  // ---- spill slots (spill_slots.cc) -----------------------------------------
  void assign_spill_slots();

  // ---- resolution (resolve.cc) ---------------------------------------------
  struct PendingMove {
    uint32_t key;  // (slot 2i or 2i+1) << 3 | order
    Move move;
  };
  std::vector<PendingMove> pending;
  std::vector<Move> group, work, seq;
  void resolve(Output& out);
  Loc location(VReg v, uint32_t pos) const;
  const Interval* interval_at(VReg v, uint32_t pos) const;
};

}  // namespace tandem::optimizing::regalloc
