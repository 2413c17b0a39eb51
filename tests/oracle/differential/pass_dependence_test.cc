// The pass-dependence check. With engines that agree there is no
// optimizing-only miscompile to find, so the direction "the finding stays
// without passes" is the mutation suite's (scripts/mutants: the GVN and
// load8_s mutants differ only by it); here: which findings are checked,
// that a case on which the baseline and the unoptimized backend agree
// counts as needing the passes, and how the signature and blame read.
#include "oracle/differential/pass_dependence.h"

#include <gtest/gtest.h>

#include "oracle/engines/text_format.h"

namespace tandem::oracle {
namespace {

Finding optimizing_finding(MismatchKind kind) {
  Finding f;
  f.kind = kind;
  f.culprit = "optimizing+mixed";
  return f;
}

TEST(PassDependence, OnlyValueAndTrapFindingsOfTheOptimizingBackendWithPassesOnAreChecked) {
  DiffOptions o;
  for (MismatchKind k :
       {MismatchKind::Result, MismatchKind::Memory, MismatchKind::Global, MismatchKind::HostTrace, MismatchKind::Trap})
    EXPECT_TRUE(needs_pass_check(optimizing_finding(k), o)) << mismatch_kind_name(k);
  EXPECT_FALSE(needs_pass_check(optimizing_finding(MismatchKind::CompileBlowup), o)) << "its stage says where";
  Finding baseline = optimizing_finding(MismatchKind::Result);
  baseline.culprit = "baseline";
  EXPECT_FALSE(needs_pass_check(baseline, o));
  Finding both = optimizing_finding(MismatchKind::Result);
  both.culprit = "baseline+optimizing";
  EXPECT_FALSE(needs_pass_check(both, o));
  o.settings = {"opt_level=speed", "opt_level=none"};
  EXPECT_FALSE(needs_pass_check(optimizing_finding(MismatchKind::Result), o)) << "the passes were off";
  o.settings = {"opt_level=none", "opt_level=speed"};
  EXPECT_TRUE(needs_pass_check(optimizing_finding(MismatchKind::Result), o)) << "the last one counts";
}

TEST(PassDependence, AFindingThatGoesAwayWithoutPassesNeedsThem) {
  // The baseline and the optimizing backend compute 0/0 alike (x86's
  // default NaN): a finding blamed on the optimizing backend alone would
  // go away with its passes off, as a GVN bug's does.
  Result<std::vector<uint8_t>> wasm =
      wat_to_wasm(R"((module (func (export "f") (param f32 f32) (result f32) local.get 0 local.get 1 f32.div)))");
  ASSERT_TRUE(wasm.ok());
  DiffCase c{*wasm, {DiffCall{"f", {Value::f32_bits(0), Value::f32_bits(0)}}}};
  DiffOptions o;
  o.nan_policy = NanPolicy::Exact;
  o.in_process = true;
  Finding f = optimizing_finding(MismatchKind::Result);
  EXPECT_EQ(f.signature(), "result/optimizing/-");
  check_pass_dependence(c, o, f);
  EXPECT_TRUE(f.needs_passes);
  EXPECT_EQ(f.blamed_backend(), "optimizing-passes");
  EXPECT_EQ(f.signature(), "result/optimizing-passes/-");
  // Only the optimizing backend's blame takes the mark.
  Finding both = f;
  both.culprit = "baseline+optimizing";
  EXPECT_EQ(both.blamed_backend(), "baseline+optimizing");
}

}  // namespace
}  // namespace tandem::oracle
