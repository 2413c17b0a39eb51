#include "backends/optimizing/regalloc/parallel_move.h"

#include <optional>

#include "wasm/result.h"

namespace tandem::optimizing::regalloc {

namespace {

// `busy`: the scratch register holding a cycle's saved value, if any.
void emit(const Move& m, const ParallelMoveScratch& scratch, const Loc* busy, std::vector<Move>& out) {
  if (m.from.is_stack() && m.to.is_stack()) {
    if (m.wide && busy && *busy == scratch.xmm) {
      // A v128 needs an xmm register to pass through whole; with the xmm
      // scratch holding a cycle's value, emission copies the slot pair in
      // two halves through the (free) GPR scratch.
      out.push_back(m);
      return;
    }
    // Slots are 8 bytes and either class moves all of them; a v128's slot
    // pair goes through the xmm scratch.
    Loc via = m.wide                         ? scratch.xmm
              : busy && *busy == scratch.gpr ? scratch.xmm
              : busy                         ? scratch.gpr
              : m.cls == RegClass::Int       ? scratch.xmm
                                             : scratch.gpr;
    Move load = m;
    load.to = via;
    load.to_vreg = m.from_vreg;
    Move store = m;
    store.from = via;
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
    TANDEM_CHECK(m.from != scratch.gpr && m.to != scratch.gpr && m.from != scratch.xmm && m.to != scratch.xmm,
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

  // The scratch register holding a broken cycle's value until the move
  // that reads it is emitted (the cycle, now a chain, unwinds before the
  // next one is broken).
  std::optional<Loc> held_in;
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
      if (held_in && work[i].from == *held_in) {
        // What is left is disjoint cycles when a value is saved, so one
        // move reads it.
        emit(work[i], scratch, nullptr, out);
        held_in.reset();
      } else {
        emit(work[i], scratch, held_in ? &*held_in : nullptr, out);
      }
      work.erase(work.begin() + static_cast<std::ptrdiff_t>(i));
      progress = true;
    }
    if (progress) continue;
    // Only cycles remain. Save the first move's destination in the
    // scratch register of the class of the value there (the class of the
    // moves that read it), then read it from there: that move is no longer
    // blocked.
    TANDEM_CHECK(!held_in, "a cycle's saved value was never read");
    Move save;
    save.from = work[0].to;
    // The value at work[0].to is whatever the moves that read it carry.
    VReg held = mach::kNoVReg;
    RegClass cls = work[0].cls;
    bool wide = work[0].wide;
    for (const Move& m : work) {
      if (m.from == work[0].to) {
        held = m.from_vreg;
        cls = m.cls;
        wide = m.wide;
      }
    }
    save.to = cls == RegClass::Int ? scratch.gpr : scratch.xmm;
    save.cls = cls;
    save.wide = wide;
    save.from_vreg = save.to_vreg = held;
    emit(save, scratch, nullptr, out);
    Loc saved = work[0].to;
    for (Move& m : work) {
      if (m.from == saved) m.from = save.to;
    }
    held_in = save.to;
  }
  if (renames) {
    for (const Move& m : moves) {
      if (m.from == m.to && m.from_vreg != m.to_vreg) out.push_back(m);
    }
  }
}

}  // namespace tandem::optimizing::regalloc
