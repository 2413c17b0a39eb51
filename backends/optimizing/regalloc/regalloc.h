// Register allocation: linear scan over live intervals on SSA VCode, after
// Wimmer and Franz ("Linear Scan Register Allocation on SSA Form", CGO
// 2010) and Poletto and Sarkar, with regalloc2's operand model.
//
//   positions   instruction i has four: 4i "before" (a gap where moves go),
//               4i+1 early (uses read), 4i+2 late (defs written, clobbers),
//               4i+3 "after" (a gap). An interval covers [from, to).
//   liveness    live-in/live-out sets by path exploration (each value walks
//               up from its uses to its definition); intervals are built in
//               one backward pass per block
//   fixed       a physical register's fixed ranges (fixed uses and defs,
//               clobbers) block it for everyone but the fixed operand's own
//               value; a fixed operand gets its register by a move the
//               resolver inserts next to the instruction
//   allocation  intervals in order of start: a register free for the whole
//               interval, or for a prefix (then split at a gap and the rest
//               re-queued), or the one whose holders are needed furthest
//               away (they are split and spilled until their next use)
//   spilling    a value that spills anywhere is stored to its stack slot
//               right after its definition (SSA: it never changes), so a
//               split into the stack needs no move and a reload is a load;
//               values whose lifetimes do not overlap share slots; a v128
//               takes two slots, 16-byte aligned, shared only among v128s
//   resolution  moves at split points inside blocks, moves on CFG edges
//               where a value's location differs across the edge, block
//               parameter moves on edges, each set sequentialized as a
//               parallel move (parallel_move.h)
//
// The result is checked by regalloc/checker.h in tests, in builds with
// TANDEM_VERIFY_IR, and wherever the setting regalloc_checker is on (its
// default).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "backends/optimizing/isel/vcode.h"
#include "shared_compile/compile_budget.h"

namespace tandem::optimizing::regalloc {

using mach::PReg;
using mach::RegClass;
using mach::VReg;

// Where a value is: a physical register or a spill slot.
struct Loc {
  static constexpr uint32_t kStackBit = 0x80000000u;
  uint32_t bits = mach::kNoPReg;

  static Loc reg(PReg p) { return Loc{p}; }
  static Loc stack(uint32_t slot) { return Loc{kStackBit | slot}; }
  static Loc none() { return Loc{}; }
  bool is_reg() const { return !(bits & kStackBit) && bits != mach::kNoPReg; }
  bool is_stack() const { return bits & kStackBit; }
  bool is_none() const { return bits == mach::kNoPReg; }
  PReg preg() const { return static_cast<PReg>(bits); }
  uint32_t slot() const { return bits & ~kStackBit; }
  bool operator==(const Loc&) const = default;
};

// One move of the output. The vregs say which value it carries (from_vreg
// at `from`, to_vreg at `to` after it: they differ only for block
// parameter moves), for the checker.
struct Move {
  Loc from;
  Loc to;
  RegClass cls = RegClass::Int;
  VReg from_vreg = mach::kNoVReg;
  VReg to_vreg = mach::kNoVReg;
  bool wide = false;  // a v128: all 128 bits, and a stack location is a slot pair
};

struct Output {
  // The register of every operand (VCode operand order). For a fixed
  // operand, its fixed register.
  std::vector<PReg> allocs;
  // Moves to emit before (slot 2i) and after (slot 2i+1) instruction i:
  // moves[move_start[s] .. move_start[s + 1]), in order.
  std::vector<Move> moves;
  std::vector<uint32_t> move_start;
  uint32_t num_spill_slots = 0;

  std::span<const Move> moves_before(uint32_t inst) const {
    return {moves.data() + move_start[2 * inst], move_start[2 * inst + 1] - move_start[2 * inst]};
  }
  std::span<const Move> moves_after(uint32_t inst) const {
    return {moves.data() + move_start[2 * inst + 1], move_start[2 * inst + 2] - move_start[2 * inst + 1]};
  }
  PReg alloc(const mach::VCode& code, uint32_t inst, uint32_t operand) const {
    return allocs[code.inst(inst).first_operand + operand];
  }
};

// The VCode with every operand's register and the moves between the
// instructions ("=" marks a definition, "~" a temporary), for tests and
// debugging.
std::string print_allocated(const mach::VCode& code, const Output& out);

// Registers handed out, in preference order, per class. The scratch
// registers (mach::kScratchGpr/Xmm), rsp, rbp and r14 are never in them.
std::span<const PReg> allocatable(RegClass cls);

class Allocator {
 public:
  Allocator();
  ~Allocator();
  Allocator(const Allocator&) = delete;
  Allocator& operator=(const Allocator&) = delete;

  // Allocates `code` (finish()ed) into `out`. Keeps scratch storage for the
  // next call. Liveness, the allocation loop, splitting and resolution
  // count their work in `budget` (null: uncounted); when a stage runs past
  // its limit the allocator stops early, `out` is not usable, and the
  // budget says why.
  void run(const mach::VCode& code, Output& out, compile::CompileBudget* budget = nullptr);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace tandem::optimizing::regalloc
