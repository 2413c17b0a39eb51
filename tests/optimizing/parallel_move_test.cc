// The parallel-move resolver, exhaustively: every assignment of a source
// (or none) to each destination over four registers and two stack slots,
// for each register class and for both at once (two registers of each
// class sharing the slots), run through `sequentialize` and executed
// sequentially. Every destination must end with its source's old value,
// every other location (scratch registers excepted) must keep its own, and
// the sequence must be short: one move per real move, plus one save per
// cycle, plus one extra per stack-to-stack move.
#include <gtest/gtest.h>

#include <array>
#include <map>

#include "backends/optimizing/regalloc/parallel_move.h"

namespace tandem::optimizing::regalloc {
namespace {

const ParallelMoveScratch kScratch{Loc::reg(mach::preg_of(mach::kScratchGpr)),
                                   Loc::reg(mach::preg_of(mach::kScratchXmm))};

struct Universe {
  std::array<Loc, 6> locs;
  std::array<RegClass, 6> initial;  // the class of the value each location holds
};

constexpr RegClass I = RegClass::Int, F = RegClass::Float;

Universe int_universe() {
  return {{Loc::reg(0), Loc::reg(1), Loc::reg(2), Loc::reg(3), Loc::stack(0), Loc::stack(1)}, {I, I, I, I, I, I}};
}

Universe float_universe() {
  return {{Loc::reg(16), Loc::reg(17), Loc::reg(18), Loc::reg(19), Loc::stack(0), Loc::stack(1)}, {F, F, F, F, F, F}};
}

// Two registers of each class; one slot holds an integer, the other a
// float, and either may receive a value of the other class.
Universe mixed_universe() {
  return {{Loc::reg(0), Loc::reg(1), Loc::reg(16), Loc::reg(17), Loc::stack(0), Loc::stack(1)}, {I, I, F, F, I, F}};
}

// A value of class `cls` may go to a register of its class or to a slot.
bool fits(const Universe& u, int dst, RegClass cls) {
  const Loc& to = u.locs[dst];
  return to.is_stack() || mach::preg_class(to.preg()) == (cls == I ? mach::RegClass::Int : mach::RegClass::Float);
}

// Counts the cycles of a move set (after dropping self-moves).
int count_cycles(const std::array<int, 6>& src) {
  int cycles = 0;
  std::array<int, 6> color{};
  for (int start = 0; start < 6; ++start) {
    if (color[start]) continue;
    // Follow dst <- src backwards: from a destination to its source.
    int x = start;
    std::vector<int> path;
    while (x >= 0 && !color[x] && src[x] >= 0 && src[x] != x) {
      color[x] = 1;
      path.push_back(x);
      x = src[x];
    }
    if (x >= 0 && color[x] == 1 && std::find(path.begin(), path.end(), x) != path.end()) ++cycles;
    for (int p : path) color[p] = 2;
    if (x >= 0) color[x] = std::max(color[x], 2);
  }
  return cycles;
}

void run_universe(const Universe& u) {
  std::vector<Move> moves, work, out;
  std::array<int, 6> src;
  uint64_t total = 0;
  // src[d] in {-1, 0..5}: 7^6 assignments, less those that put a value in
  // a register of the other class.
  for (uint32_t code = 0; code < 117649; ++code) {
    uint32_t c = code;
    moves.clear();
    int real = 0, mem_to_mem = 0;
    bool possible = true;
    for (int d = 0; d < 6; ++d) {
      src[d] = static_cast<int>(c % 7) - 1;
      c /= 7;
      if (src[d] < 0) continue;
      possible = possible && fits(u, d, u.initial[src[d]]);
      Move m;
      m.from = u.locs[src[d]];
      m.to = u.locs[d];
      m.cls = u.initial[src[d]];
      m.from_vreg = m.to_vreg = static_cast<VReg>(src[d]);
      moves.push_back(m);
      if (src[d] != d) {
        ++real;
        if (m.from.is_stack() && m.to.is_stack()) ++mem_to_mem;
      }
    }
    if (!possible) continue;
    out.clear();
    sequentialize(moves, kScratch, work, out);

    std::map<uint32_t, int> state;
    for (int l = 0; l < 6; ++l) state[u.locs[l].bits] = 100 + l;
    state[kScratch.gpr.bits] = -1;
    state[kScratch.xmm.bits] = -2;
    for (const Move& m : out) {
      ASSERT_TRUE(state.count(m.from.bits)) << "move from an unknown location, case " << code;
      ASSERT_TRUE(state.count(m.to.bits)) << "move to an unknown location, case " << code;
      ASSERT_FALSE(m.from.is_stack() && m.to.is_stack()) << "a stack-to-stack move survived, case " << code;
      ASSERT_FALSE(m.from.is_reg() && m.to.is_reg() && mach::preg_class(m.from.preg()) != mach::preg_class(m.to.preg()))
          << "a register move across classes, case " << code;
      state[m.to.bits] = state[m.from.bits];
    }
    for (int d = 0; d < 6; ++d) {
      int want = src[d] >= 0 ? 100 + src[d] : 100 + d;
      ASSERT_EQ(state[u.locs[d].bits], want) << "case " << code << " location " << d;
    }
    int bound = real + count_cycles(src) + mem_to_mem;
    ASSERT_LE(static_cast<int>(out.size()), bound) << "case " << code;
    total += out.size();
  }
  EXPECT_GT(total, 0u);
}

TEST(ParallelMove, EveryMoveSetOverFourRegistersAndTwoSlotsInt) { run_universe(int_universe()); }

TEST(ParallelMove, EveryMoveSetOverFourRegistersAndTwoSlotsFloat) { run_universe(float_universe()); }

// Spill slots are shared by the classes: an integer moved into a slot that
// a float move still reads must wait for that read. (Each class
// sequentialized on its own got this wrong: a wide loop's entry wrote a
// block parameter over a float argument's slot first.)
TEST(ParallelMove, EveryMoveSetOverBothClassesSharingTwoSlots) { run_universe(mixed_universe()); }

TEST(ParallelMove, AnIntegerWaitsForTheFloatReadOfItsSlot) {
  // slot1 (a float) -> xmm16 and r0 (an integer) -> slot1, in parallel.
  std::vector<Move> moves = {{Loc::reg(0), Loc::stack(1), RegClass::Int, 1, 1},
                             {Loc::stack(1), Loc::reg(16), RegClass::Float, 2, 2}};
  std::vector<Move> work, out;
  sequentialize(moves, kScratch, work, out);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].to, Loc::reg(16));
  EXPECT_EQ(out[1].to, Loc::stack(1));
}

TEST(ParallelMove, SwapUsesTheScratchOnce) {
  std::vector<Move> moves = {{Loc::reg(0), Loc::reg(1), RegClass::Int, 0, 0},
                             {Loc::reg(1), Loc::reg(0), RegClass::Int, 1, 1}};
  std::vector<Move> work, out;
  sequentialize(moves, kScratch, work, out);
  ASSERT_EQ(out.size(), 3u);
  EXPECT_EQ(out[0].to, kScratch.gpr);
}

TEST(ParallelMove, SelfMoveOfAParameterKeepsItsNewName) {
  // A block parameter whose argument already sits in its register: no
  // code, but the checker must learn that the register now holds the
  // parameter.
  std::vector<Move> moves = {{Loc::reg(3), Loc::reg(3), RegClass::Int, 7, 9}};
  std::vector<Move> work, out;
  sequentialize(moves, kScratch, work, out);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].to_vreg, 9u);
}

// Runs `out` on a machine where each location holds a value name; a wide
// move carries the whole v128 whatever it goes through.
std::map<uint32_t, int> execute(std::map<uint32_t, int> state, const std::vector<Move>& out) {
  for (const Move& m : out) state[m.to.bits] = state[m.from.bits];
  return state;
}

TEST(ParallelMove, WideValuesKeepTheirWidthThroughCyclesAndSlotToSlotMoves) {
  // A cycle of three v128s through two slot pairs and a register, one of
  // its moves slot to slot: the cycle is broken in the xmm scratch (a wide
  // save), so the slot-to-slot move cannot pass through it; it stays one
  // wide slot-to-slot move, which emission copies in halves through the
  // GPR scratch. Every move stays wide.
  std::vector<Move> moves = {{Loc::stack(0), Loc::stack(2), RegClass::Float, 1, 1, true},
                             {Loc::stack(2), Loc::reg(16), RegClass::Float, 2, 2, true},
                             {Loc::reg(16), Loc::stack(0), RegClass::Float, 3, 3, true}};
  std::vector<Move> work, out;
  sequentialize(moves, kScratch, work, out);
  bool slot_to_slot = false, saved_wide = false;
  for (const Move& m : out) {
    EXPECT_TRUE(m.wide);
    EXPECT_NE(m.to, kScratch.gpr) << "a v128 through a GPR";
    slot_to_slot |= m.from.is_stack() && m.to.is_stack();
    saved_wide |= m.to == kScratch.xmm;
  }
  EXPECT_TRUE(slot_to_slot);
  EXPECT_TRUE(saved_wide);
  std::map<uint32_t, int> before = {{Loc::stack(0).bits, 1}, {Loc::stack(2).bits, 2}, {Loc::reg(16).bits, 3}};
  std::map<uint32_t, int> after = execute(before, out);
  EXPECT_EQ(after[Loc::stack(2).bits], 1);
  EXPECT_EQ(after[Loc::reg(16).bits], 2);
  EXPECT_EQ(after[Loc::stack(0).bits], 3);
}

TEST(ParallelMove, AWideSlotToSlotMoveGoesThroughTheXmmScratch) {
  // With no cycle pending, a v128 moves slot to slot through the xmm
  // scratch (the GPR one would carry half of it); an integer slot move
  // beside it still goes through a free scratch of either class.
  std::vector<Move> moves = {{Loc::stack(0), Loc::stack(4), RegClass::Float, 1, 1, true},
                             {Loc::stack(2), Loc::stack(3), RegClass::Int, 2, 2, false}};
  std::vector<Move> work, out;
  sequentialize(moves, kScratch, work, out);
  ASSERT_EQ(out.size(), 4u);
  for (const Move& m : out) {
    if (m.wide) EXPECT_TRUE(m.to == kScratch.xmm || m.from == kScratch.xmm);
  }
}

}  // namespace
}  // namespace tandem::optimizing::regalloc
