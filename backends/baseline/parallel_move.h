// The parallel-move resolver: a set of moves that happen "at once" (values
// arriving at a merge point, arguments going to their ABI locations),
// turned into a sequence of single moves that reads every source before
// overwriting it.
//
// Destinations are registers or memory slots, each written by at most one
// move; sources may also be constants. A move is emitted once no other
// pending move still reads its destination. When none can go, the rest form
// cycles: one destination's value is saved in the masm's move_temp() and
// its readers read that instead, which turns the cycle into a chain. Any
// chain out of the temp ends in a move that can go, so the temp is free
// again before the next cycle needs it.
#pragma once

#include <cstdint>
#include <vector>

#include "backends/baseline/masm.h"
#include "shared_compile/compile_budget.h"

namespace tandem::baseline {

struct MoveLocation {
  enum class Kind : uint8_t { Reg, Mem, Const, Temp };
  Kind kind = Kind::Reg;
  Reg reg;
  Address mem;
  uint64_t bits = 0;

  static MoveLocation in_reg(Reg r) { return {Kind::Reg, r, {}, 0}; }
  static MoveLocation in_mem(Address a) { return {Kind::Mem, Reg(), a, 0}; }
  static MoveLocation constant(uint64_t bits) { return {Kind::Const, Reg(), {}, bits}; }
  bool same_place(const MoveLocation& o) const;
};

class ParallelMove {
 public:
  // Rounds of emit() count against the parallel_moves stage of `budget`
  // (null: uncounted).
  explicit ParallelMove(compile::CompileBudget* budget = nullptr) : budget_(budget) {}

  // Adds "dst := src" for a value of `type`; a move onto itself is dropped.
  void add(wasm::ValType type, const MoveLocation& src, const MoveLocation& dst);
  bool empty() const { return moves_.empty(); }
  size_t size() const { return moves_.size(); }
  // Emits every move and forgets them.
  void emit(MoveEmitter& masm);
  void clear() { moves_.clear(); }

 private:
  struct Move {
    wasm::ValType type;
    MoveLocation src;
    MoveLocation dst;
    bool done;
  };
  bool is_read_by_pending(const MoveLocation& loc) const;
  void emit_one(MoveEmitter& masm, const Move& m);

  compile::CompileBudget* budget_;
  std::vector<Move> moves_;
  uint32_t reg_reads_[kNumRegIndices] = {};
};

}  // namespace tandem::baseline
