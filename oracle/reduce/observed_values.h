// What each operator of a case's module computes when the case runs, as the
// reference interpreter sees it: the reducer replaces an operator and its
// operands by the constant it always had (reduce_ir::Edit::ToObserved), an
// edit that keeps every value the rest of the code sees, so it holds far
// more often than a 0 does, and takes whole address and index
// computations away.
#pragma once

#include <chrono>
#include <cstdint>
#include <map>

#include "oracle/differential/differential.h"

namespace tandem::oracle {

// By the offset where the operator's encoding ends in the module's bytes
// (the offset wabt's IR records for an expression read from a binary): the
// value it had every time it ran. An operator that ran with two values, or
// never ran, is absent. Runs a probed copy of the module
// (generator/probes.h) on the interpreter with the case's calls; a call that
// traps or makes too many probe calls ends its observations there.
using ObservedValues = std::map<uint32_t, Value>;
ObservedValues observe_values(const DiffCase& c);
// The same in a forked child, killed at `deadline`: the interpreter has no
// step limit, and a call the case never needed may not end. Nothing
// observed when it does not finish in time.
ObservedValues observe_values_within(const DiffCase& c, std::chrono::milliseconds deadline);

// The probe calls observed per call of the case, as the locator's.
inline constexpr uint32_t kMaxObservedCalls = 16384;

}  // namespace tandem::oracle
