// How a fuzz target ends on a finding: the signature as the first line of
// the crash output, then an abort through a stack frame of its own per
// mismatch kind and blamed backend. ClusterFuzz buckets crashes by their
// top frames; with one abort site every miscompile would land in one
// bucket, with this one each kind and backend gets its own, as tandem's
// signatures do.
#pragma once

#include <string>

#include "oracle/differential/differential.h"

namespace tandem::oracle {

// "tandem: signature SIG\ntandem: FINDING\n", what a target prints first.
std::string finding_header(const Finding& finding);

// The function abort_with_finding leaves through for this finding: one
// per (kind, blamed backend), for tests.
const void* abort_site_of(const Finding& finding);

// Aborts through the frame of the finding's kind and blamed backend.
[[noreturn]] void abort_with_finding(const Finding& finding);

}  // namespace tandem::oracle
