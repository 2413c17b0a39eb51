// The per-call deadline through the oracle: a native call that does not end
// is ended and reported as timed_out for that call and engine, the other
// calls still run, and without a reference that finished it is no finding.
#include <gtest/gtest.h>

#include "oracle/differential/differential.h"
#include "oracle/engines/text_format.h"

namespace tandem::oracle {
namespace {

constexpr const char* kModule = R"((module
  (func (export "spin") (loop (br 0)))
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1))))
)";

DiffCase make_case() {
  DiffCase c;
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(kModule);
  EXPECT_TRUE(wasm.ok());
  if (wasm.ok()) c.wasm = *wasm;
  c.calls = {DiffCall{"add", {Value::i32(1), Value::i32(2)}}, DiffCall{"spin", {}},
             DiffCall{"add", {Value::i32(40), Value::i32(2)}}};
  return c;
}

TEST(CallDeadline, ANativeCallThatDoesNotEndIsTimedOutOnEveryEngine) {
  DiffOptions options;
  options.with_interp = false;  // it would spin for ever: no fuel, no deadline
  options.keep_transcript = true;
  options.limits.call_deadline_ms = 100;
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(options);
  ASSERT_TRUE(oracle.ok()) << oracle.error().to_string();
  DiffVerdict v = (*oracle)->run(make_case());
  // Every engine timed out alike: nothing to compare, no finding.
  EXPECT_EQ(v.kind, DiffVerdict::Kind::Inconclusive) << v.inconclusive_reason;
  EXPECT_NE(v.inconclusive_reason.find("timed_out"), std::string::npos) << v.inconclusive_reason;
  bool seen = false;
  for (const TranscriptRow& row : v.transcript) {
    if (row.label.rfind("spin", 0) != 0) continue;
    seen = true;
    for (const std::string& o : row.outcomes) EXPECT_EQ(o.rfind("timed_out", 0), 0u) << o;
  }
  EXPECT_TRUE(seen);
  // The oracle (and its engines) goes on: the next case runs whole.
  DiffCase quick = make_case();
  quick.calls.erase(quick.calls.begin() + 1);
  DiffVerdict next = (*oracle)->run(quick);
  EXPECT_EQ(next.kind, DiffVerdict::Kind::Agree);
  EXPECT_EQ(next.calls_compared, 2u);
}

// The reducer's candidates: the interpreter would spin for ever on "spin",
// but with the reference on demand it never starts there, since a native
// engine did not finish; and on a last call where the native engines agree
// it is not needed either.
TEST(CallDeadline, TheReferenceOnDemandRunsOnlyWhereItCanStillDecide) {
  DiffOptions options;
  options.reference_on_demand = true;
  options.limits.call_deadline_ms = 100;
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(options);
  ASSERT_TRUE(oracle.ok()) << oracle.error().to_string();
  DiffCase spin = make_case();
  DiffVerdict v = (*oracle)->run(spin);
  EXPECT_EQ(v.kind, DiffVerdict::Kind::Inconclusive);
  EXPECT_NE(v.inconclusive_reason.find("spin: timed out; the reference was not run"), std::string::npos)
      << v.inconclusive_reason;
  EXPECT_EQ(v.calls_compared, 1u) << "the first add ran on every engine and was compared";

  DiffCase adds = make_case();
  adds.calls.erase(adds.calls.begin() + 1);
  DiffVerdict agreeing = (*oracle)->run(adds);
  EXPECT_EQ(agreeing.kind, DiffVerdict::Kind::Inconclusive);
  EXPECT_EQ(agreeing.inconclusive_reason, "the native engines agree; the reference was not run");
  EXPECT_EQ(agreeing.calls_compared, 1u);
}

}  // namespace
}  // namespace tandem::oracle
