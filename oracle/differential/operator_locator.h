// Which operator a mismatch began at, when the mismatch itself does not
// say: a trap names its site, but a wrong result, a wrong byte in memory or
// a wrong global is seen only at the end of a call. The locator runs a copy
// of the case with probes (generator/probes.h), where every value an
// operator computes is also a host call; the oracle compares host traces,
// so the first probe two engines call differently names the first operator
// whose value differs. When the probes hide the bug (a call between every
// two operators changes register allocation), a short bisection probes
// fewer operators until one sees the difference, within a budget of runs.
// When no value differs before one engine's probes stop, both having
// trapped at one operator (one of them earlier, skipping a store the other
// made), that operator is named.
//
// The operator is part of the finding's signature, so distinct bugs get
// distinct signatures and repeats of one bug the same.
#pragma once

#include "oracle/differential/differential.h"
#include "wasm/module.h"

namespace tandem::oracle {

// Whether `f` is a kind the locator can place and is not placed yet.
bool needs_operator(const Finding& f);

// Places `f` (op, op_class, op_offset) when a probed run shows where the
// first value differs; leaves it as it is otherwise. `m` is the case's
// module decoded; `options` the run's (the probed runs use the same
// settings, mask and engines).
void locate_operator(const DiffCase& c, const DiffOptions& options, const wasm::Module& m, Finding& f);

// The most probed runs one finding costs: the whole module, then halves,
// quarters, ... of its operators, breadth first.
inline constexpr int kMaxProbedRuns = 12;

// The probe calls a probed run makes per call of the case before the next
// one traps. A loop makes millions of them, each a record in every
// engine's trace (and, for native code, on the executor's wire), where
// the first difference is almost always among the first few hundred; a
// bug that shows only later is located by the bisection, whose runs have
// fewer probes.
inline constexpr uint32_t kMaxProbeCalls = 16384;

}  // namespace tandem::oracle
