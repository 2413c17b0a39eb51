// One differential verdict computed in a forked child with a wall-clock
// deadline. The reducer needs it: its edits can remove a generated module's
// fuel check or turn a loop's exit test into a constant, and a candidate
// that then runs for ever, in the interpreter (which has no step limit) or
// in native code, must cost a rejected candidate, not the whole reduction.
// A child that crashes costs the same. The deadline only ever rejects: a
// verdict that arrives is the same verdict the oracle gives in-process.
#pragma once

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "oracle/differential/differential.h"

namespace tandem::oracle {

struct ForkedVerdict {
  enum class Outcome : uint8_t {
    Done,      // the child ran the case; `verdict` holds what it found
    TimedOut,  // killed at the deadline
    Died,      // the child ended without a verdict (a signal, an abort)
  };
  Outcome outcome = Outcome::Done;
  int signal = 0;       // when Died by a signal
  DiffVerdict verdict;  // kind and finding only (no transcript)
};

// What the child sends: the verdict's kind, reason, calls compared and
// finding (every field a signature or a report reads); decode gives
// nullopt for bytes that are not one.
std::string encode_verdict(const DiffVerdict& v);
std::optional<DiffVerdict> decode_verdict(std::string_view bytes);

// Runs `oracle.run(c)` in a child of this process. Errors (fork, pipe) are
// errors of the harness, not of the case.
Result<ForkedVerdict> run_forked(DifferentialOracle& oracle, const DiffCase& c, std::chrono::milliseconds deadline);

// What a child sent back: the bytes `work` returned when it was Done.
struct ForkedBytes {
  ForkedVerdict::Outcome outcome = ForkedVerdict::Outcome::Done;
  int signal = 0;
  std::string bytes;
};
// Runs `work` in a child of this process, within `deadline`; what
// run_forked is made of, for other work that may run for ever.
Result<ForkedBytes> run_in_child(const std::function<std::string()>& work, std::chrono::milliseconds deadline);

}  // namespace tandem::oracle
