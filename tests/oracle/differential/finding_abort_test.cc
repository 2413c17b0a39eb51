// A fuzz target's end on a finding: the signature first, and an abort
// frame of its own per kind and blamed backend, so that crash buckets
// (ClusterFuzz keys on the top frames) separate what tandem's signatures
// separate and merge what they merge.
#include <gtest/gtest.h>

#include <set>

#include "oracle/differential/finding_abort.h"

namespace tandem::oracle {
namespace {

Finding finding(MismatchKind kind, std::string culprit) {
  Finding f;
  f.kind = kind;
  f.culprit = std::move(culprit);
  return f;
}

TEST(FindingAbort, EachKindAndBackendHasItsOwnFrame) {
  std::set<const void*> sites;
  for (MismatchKind kind : {MismatchKind::Result, MismatchKind::Trap, MismatchKind::Crash, MismatchKind::Hang})
    for (const char* culprit : {"baseline", "optimizing", "baseline+optimizing", "mixed"})
      EXPECT_TRUE(sites.insert(abort_site_of(finding(kind, culprit))).second) << culprit;
  // The optimizing backend's finding that needs its passes: a frame of its own.
  Finding passes = finding(MismatchKind::Result, "optimizing");
  passes.needs_passes = true;
  EXPECT_TRUE(sites.insert(abort_site_of(passes)).second);
  EXPECT_EQ(sites.count(nullptr), 0u);
}

TEST(FindingAbort, RepeatsShareTheirFrame) {
  // The optimizing backend with or without passes, with or without the
  // mixed image: one backend, one bucket.
  EXPECT_EQ(abort_site_of(finding(MismatchKind::Result, "optimizing")),
            abort_site_of(finding(MismatchKind::Result, "optimizing-none+mixed")));
}

TEST(FindingAbort, TheSignatureIsTheFirstLine) {
  Finding f = finding(MismatchKind::Trap, "optimizing");
  f.op = wasm::Opcode::I32DivS;
  std::string header = finding_header(f);
  EXPECT_EQ(header.substr(0, header.find('\n')), "tandem: signature trap/optimizing/i32.div_s");
}

TEST(FindingAbortDeathTest, Aborts) { EXPECT_DEATH(abort_with_finding(finding(MismatchKind::Result, "baseline")), ""); }

}  // namespace
}  // namespace tandem::oracle
