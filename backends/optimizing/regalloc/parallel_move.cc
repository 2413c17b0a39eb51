#include "backends/optimizing/regalloc/parallel_move.h"

#include "wasm/result.h"

namespace tandem::optimizing::regalloc {

namespace {

void emit(const Move& m, const ParallelMoveScratch& scratch, std::vector<Move>& out) {
  if (m.from.is_stack() && m.to.is_stack()) {
    Move load = m;
    load.to = scratch.memory;
    load.to_vreg = m.from_vreg;
    Move store = m;
    store.from = scratch.memory;
    store.from_vreg = m.from_vreg;
    out.push_back(load);
    out.push_back(store);
    return;
  }
  out.push_back(m);
}

}  // namespace

void sequentialize(std::span<const Move> moves, const ParallelMoveScratch& scratch, std::vector<Move>& work,
                   std::vector<Move>& out) {
  work.clear();
  size_t renames = 0;
  for (const Move& m : moves) {
    TANDEM_CHECK(m.from != scratch.cycle && m.to != scratch.cycle && m.from != scratch.memory &&
                     m.to != scratch.memory,
                 "a parallel move names a scratch register");
    if (m.from == m.to) {
      // A move onto itself carrying a different value name (a block
      // parameter whose argument already sits in its location) emits no
      // code but renames the location for the checker; it goes last, after
      // the other moves have read the location under its old name.
      if (m.from_vreg != m.to_vreg) ++renames;
      continue;
    }
    work.push_back(m);
  }
  for (size_t i = 0; i < work.size(); ++i) {
    for (size_t j = i + 1; j < work.size(); ++j) {
      TANDEM_CHECK(work[i].to != work[j].to, "a parallel move writes one location twice");
    }
  }

  while (!work.empty()) {
    bool progress = false;
    for (size_t i = 0; i < work.size();) {
      bool blocked = false;
      for (size_t j = 0; j < work.size(); ++j) {
        if (j != i && work[j].from == work[i].to) {
          blocked = true;
          break;
        }
      }
      if (blocked) {
        ++i;
        continue;
      }
      emit(work[i], scratch, out);
      work.erase(work.begin() + static_cast<std::ptrdiff_t>(i));
      progress = true;
    }
    if (progress) continue;
    // Only cycles remain. Save the first move's destination, then read it
    // from the scratch register: that move is no longer blocked.
    Move save;
    save.from = work[0].to;
    save.to = scratch.cycle;
    save.cls = work[0].cls;
    // The value at work[0].to is whatever the move that reads it carries.
    VReg held = mach::kNoVReg;
    for (const Move& m : work) {
      if (m.from == work[0].to) held = m.from_vreg;
    }
    save.from_vreg = save.to_vreg = held;
    emit(save, scratch, out);
    Loc saved = work[0].to;
    for (Move& m : work) {
      if (m.from == saved) m.from = scratch.cycle;
    }
  }
  if (renames) {
    for (const Move& m : moves) {
      if (m.from == m.to && m.from_vreg != m.to_vreg) out.push_back(m);
    }
  }
}

}  // namespace tandem::optimizing::regalloc
