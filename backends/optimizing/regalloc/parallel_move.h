// Sequentializing a parallel move: every source is read before any
// destination is written, as on a CFG edge or at a split point.
//
// The moves of both register classes are one parallel move: spill slots
// are shared between the classes, so an integer move may write the slot
// that a float move still has to read (a block parameter given the slot
// of a float value that dies at the jump). Sequentializing each class on
// its own ordered such pairs wrongly.
//
// Moves whose destination no other pending move reads go first; what is
// left is a set of disjoint cycles (each destination is written once), and
// each cycle is broken by saving one destination's value in the scratch
// register of its class and reading it from there. A memory-to-memory move
// goes through whichever scratch register is not holding a cycle's value.
#pragma once

#include <span>
#include <vector>

#include "backends/optimizing/regalloc/regalloc.h"

namespace tandem::optimizing::regalloc {

struct ParallelMoveScratch {
  Loc gpr;  // an integer register no move names
  Loc xmm;  // a float register no move names
};

// Appends to `out` a sequence of moves with the effect of `moves` executed
// in parallel, of either class. Destinations must be distinct, and neither
// scratch register may appear among the moves. Moves whose source is their destination
// vanish. `work` is scratch storage.
void sequentialize(std::span<const Move> moves, const ParallelMoveScratch& scratch, std::vector<Move>& work,
                   std::vector<Move>& out);

}  // namespace tandem::optimizing::regalloc
