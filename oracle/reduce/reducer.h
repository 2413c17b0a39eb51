// The reducer: shrinks a finding's module and call list while its
// signature holds, so that a miscompile comes down to a handful of
// instructions. It works on wabt's IR of the module: every candidate is one
// edit (a function body replaced by `unreachable`, a run of instructions
// removed or replaced by `unreachable`, an instruction replaced by
// `unreachable`, a constant set to 0 or 1, a block replaced by its body, a
// call dropped), re-encoded, validated by wasm/, and kept only if the differential oracle still reports a mismatch
// with the same signature.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

#include "oracle/differential/differential.h"

namespace tandem::oracle {

struct ReduceOptions {
  DiffOptions diff;  // the engines and settings the finding was met with
  uint32_t max_attempts = 5000;
  // Each candidate runs in a forked child (forked_verdict.h) and is
  // rejected when it has no verdict by then: an edit may take away the
  // fuel that made every call end. Zero: 20 times what the original took,
  // and at least two seconds.
  std::chrono::milliseconds candidate_deadline{0};
};

struct ReduceResult {
  DiffCase reduced;
  Finding finding;           // as reported on the reduced case
  uint32_t attempts = 0;     // candidates tried
  uint32_t accepted = 0;     // candidates kept
  uint32_t timed_out = 0;    // candidates rejected at the deadline
  uint32_t died = 0;         // candidates whose child died without a verdict
  size_t original_size = 0;  // bytes of wasm
};

// `c` must reproduce a mismatch with options.diff; the error says so if not.
// The original runs in a child too, so that a case that kills the harness
// is an error here rather than the end of the reducer.
Result<ReduceResult> reduce(const DiffCase& c, const ReduceOptions& options);

}  // namespace tandem::oracle
