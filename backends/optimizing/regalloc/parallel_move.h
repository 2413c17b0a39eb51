// Sequentializing a parallel move: every source is read before any
// destination is written, as on a CFG edge or at a split point.
//
// Moves whose destination no other pending move reads go first; what is
// left is a set of disjoint cycles (each destination is written once), and
// each cycle is broken by saving one destination's value in the scratch
// register and reading it from there. A memory-to-memory move goes through
// a second scratch register of the other class, so the cycle scratch is
// never needed twice at once.
#pragma once

#include <span>
#include <vector>

#include "backends/optimizing/regalloc/regalloc.h"

namespace tandem::optimizing::regalloc {

struct ParallelMoveScratch {
  Loc cycle;   // a register of the moves' class
  Loc memory;  // a register of the other class, for stack-to-stack moves
};

// Appends to `out` a sequence of moves with the effect of `moves` executed
// in parallel. Destinations must be distinct, and neither scratch register
// may appear among the moves. Moves whose source is their destination
// vanish. `work` is scratch storage.
void sequentialize(std::span<const Move> moves, const ParallelMoveScratch& scratch, std::vector<Move>& work,
                   std::vector<Move>& out);

}  // namespace tandem::optimizing::regalloc
