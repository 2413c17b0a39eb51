// The reducer: shrinks a finding's module and call list while its
// signature holds, so that a miscompile comes down to a handful of
// instructions. It works on wabt's IR of the module: every candidate is one
// edit (module_edits.h: a function body replaced by `unreachable`, a run of
// module fields or instructions removed, an instruction replaced by
// `unreachable`, or with its operands removed or replaced by the constant
// it always had, by a 0 or by one of those operands, an unused local dropped, a block that nothing
// branches to replaced by its body or an `if` by an arm, a constant moved
// towards 0, a call dropped), re-encoded, validated by wasm/, and kept
// only if it makes the case strictly smaller (reduce_ir::Measure) and the
// differential oracle still reports a mismatch with the same signature.
// It runs rounds until one keeps nothing: the result is a fixed point, and
// the same input gives the same bytes.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>

#include "oracle/differential/differential.h"
#include "oracle/reduce/observed_values.h"

namespace tandem::oracle {

// Whether a candidate still shows the finding.
using CandidateJudge = std::function<bool(const DiffCase&)>;

struct Reduction {
  DiffCase reduced;
  uint32_t attempts = 0;   // candidates judged
  uint32_t repeated = 0;   // candidates met again (a restart's steps): the verdict they had, not judged again
  uint32_t accepted = 0;   // candidates kept
  uint32_t rounds = 0;     // passes over the calls and every edit of the module
  bool converged = false;  // the last round kept nothing: no edit of `reduced` holds
};

// Called after every candidate judged, kept or not, with the reduction so
// far: progress for a person watching (the reducer itself prints nothing).
using ReduceProgress = std::function<void(const Reduction&)>;

// When the reducer stops before its fixed point, with the smallest case
// found so far.
struct ReduceLimits {
  uint32_t max_attempts = 5000;              // 0: no limit (the measure still ends the run at a fixed point)
  std::chrono::milliseconds time_budget{0};  // zero: none
  ReduceProgress on_progress;
  // What the current case's operators compute, read again whenever its
  // edits are listed anew (observed_values.h); none: no ToObserved edits.
  std::function<ObservedValues(const DiffCase&)> observe;
};

// The algorithm without the engines: shrinks `c` while `holds` says so.
// Tests drive it with a predicate; reduce() below with forked runs of the
// differential oracle.
Reduction reduce_case(const DiffCase& c, const CandidateJudge& holds, const ReduceLimits& limits);

// A candidate that loops for ever costs the reducer its whole deadline,
// and edits that take away a loop's fuel are common: the floor is kept
// short, well above what a candidate that ends takes (tens of ms).
inline constexpr std::chrono::milliseconds kMinCandidateDeadline{300};

struct ReduceOptions {
  DiffOptions diff;                          // the engines and settings the finding was met with
  uint32_t max_attempts = 5000;              // 0: no limit
  std::chrono::milliseconds time_budget{0};  // zero: none
  // Each candidate runs in a forked child (forked_verdict.h) and is
  // rejected when it has no verdict by then: an edit may take away the
  // fuel that made every call end. Zero: 10 times what the original took,
  // and at least kMinCandidateDeadline.
  std::chrono::milliseconds candidate_deadline{0};
  ReduceProgress on_progress;
  // Makes the oracle that judges each candidate; empty: DifferentialOracle::
  // create. Tests give an oracle over engines of their own (a planted
  // miscompile) and the reduction runs as it does for the real engines.
  OracleFactory make_oracle;
};

struct ReduceResult {
  DiffCase reduced;
  Finding finding;               // as reported on the reduced case
  std::string target_signature;  // the original's: the same, or "-" where the reduced case placed an operator
  uint32_t attempts = 0;         // candidates tried
  uint32_t repeated = 0;         // candidates met again, not tried again
  uint32_t accepted = 0;         // candidates kept
  uint32_t rounds = 0;
  bool converged = false;    // a fixed point, not the end of a budget
  uint32_t timed_out = 0;    // candidates rejected at the deadline
  uint32_t died = 0;         // candidates whose child died without a verdict
  size_t original_size = 0;  // bytes of wasm
  // Every setting the reduced case holds under, written out (regression.h's
  // explicit_settings), with each ISA flag the finding does not need off.
  std::vector<std::string> settings;
  std::vector<std::string> flags_not_needed;  // "has_avx", ...: on in the CPU, off in `settings`
  // Verdicts of that last step (one per flag this CPU has), after the
  // budgets and not among `attempts`.
  uint32_t flag_verdicts = 0;
};

// Which findings a reduction keeps: those with the original's signature.
// When the probes could not place the original's operator (".../-"), the
// signature says nothing of one to keep: any finding of the same kind and
// culprit holds, wherever the probes place it. A smaller case often lets
// them place it, and insisting on "-" kept the very code that hid it (a
// NaN-branch finding stopped at 21 operators so); locking on the first
// operator placed kept the code around a poor one (a `global.get` that
// reads the wrong value, not the compare that made it).
class SignatureHold {
 public:
  explicit SignatureHold(const Finding& original);
  bool holds(const Finding& f);
  // The original's, or the last one held in its place.
  const std::string& signature() const { return signature_; }

 private:
  std::string signature_;
  std::string kind_and_culprit_;  // "global/baseline/"
  const bool unplaced_;
};

// `c` must reproduce a mismatch with options.diff; the error says so if not.
// The original runs in a child too, so that a case that kills the harness
// is an error here rather than the end of the reducer.
Result<ReduceResult> reduce(const DiffCase& c, const ReduceOptions& options);

}  // namespace tandem::oracle
