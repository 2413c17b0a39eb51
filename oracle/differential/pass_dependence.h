// Whether a finding of the optimizing backend needs its passes: the same
// case run with opt_level=none against the baseline. A miscompile that
// shows only with the passes on lies in the mid-end (GVN reusing a load
// across a store, LICM hoisting a trap); one that shows without them lies
// in instruction selection, register allocation or emission. Both can
// first differ at the same operator (a reused i64.load8_s and a
// mis-extended one), and the signature keeps them apart: its backend is
// "optimizing-passes" for the first.
#pragma once

#include "oracle/differential/differential.h"

namespace tandem::oracle {

// Whether `f` is of a kind and blame the check applies to: a value or a
// trap the optimizing backend alone got wrong, under settings that had its
// passes on.
bool needs_pass_check(const Finding& f, const DiffOptions& options);

// Runs `c` (its calls up to the mismatch) with the optimizing backend's
// passes off and sets f.needs_passes when the baseline and it then agree
// on every call.
void check_pass_dependence(const DiffCase& c, const DiffOptions& options, Finding& f);

}  // namespace tandem::oracle
