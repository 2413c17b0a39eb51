// run_forked gives the oracle's own verdict when the child finishes, and
// ends a child that does not finish (a call that never returns, in the
// interpreter as in native code) at its deadline instead of waiting.
#include <gtest/gtest.h>

#include <chrono>

#include "oracle/engines/text_format.h"
#include "oracle/reduce/forked_verdict.h"

namespace tandem::oracle {
namespace {

constexpr const char* kModule = R"((module
  (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
  (func (export "spin") (loop (br 0))))
)";

DiffCase make_case(const char* export_name, std::vector<Value> args) {
  DiffCase c;
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(kModule);
  EXPECT_TRUE(wasm.ok());
  if (wasm.ok()) c.wasm = *wasm;
  c.calls = {DiffCall{export_name, std::move(args)}};
  return c;
}

TEST(ForkedVerdict, AFinishedChildGivesTheOraclesVerdict) {
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(DiffOptions{});
  ASSERT_TRUE(oracle.ok());
  DiffCase c = make_case("add", {Value::i32(2), Value::i32(40)});
  Result<ForkedVerdict> r = run_forked(**oracle, c, std::chrono::seconds(30));
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->outcome, ForkedVerdict::Outcome::Done);
  EXPECT_EQ(r->verdict.kind, DiffVerdict::Kind::Agree);
  EXPECT_EQ(r->verdict.calls_compared, (*oracle)->run(c).calls_compared);
}

TEST(ForkedVerdict, AFindingCrossesThePipeWhole) {
  // An empty compile budget plants a finding on any module.
  DiffOptions options;
  options.compile_budget_percent = 0;
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(options);
  ASSERT_TRUE(oracle.ok());
  DiffCase c = make_case("add", {Value::i32(1), Value::i32(2)});
  DiffVerdict in_process = (*oracle)->run(c);
  ASSERT_EQ(in_process.kind, DiffVerdict::Kind::Mismatch);
  Result<ForkedVerdict> r = run_forked(**oracle, c, std::chrono::seconds(30));
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->outcome, ForkedVerdict::Outcome::Done);
  ASSERT_EQ(r->verdict.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(r->verdict.finding->signature(), in_process.finding->signature());
  EXPECT_EQ(r->verdict.finding->to_string(), in_process.finding->to_string());
}

TEST(ForkedVerdict, EveryFieldOfASignatureCrossesThePipe) {
  DiffVerdict v;
  v.kind = DiffVerdict::Kind::Mismatch;
  v.calls_compared = 3;
  Finding f;
  f.kind = MismatchKind::Global;
  f.culprit = "optimizing+mixed";
  f.export_name = "f1";
  f.detail = "global 'checksum' after the call";
  f.op = wasm::Opcode::I64Load8S;
  f.op_class = wasm::OpClass::Load;
  f.op_offset = 77;
  f.needs_passes = true;
  v.finding = f;
  std::optional<DiffVerdict> back = decode_verdict(encode_verdict(v));
  ASSERT_TRUE(back.has_value());
  EXPECT_EQ(back->calls_compared, 3u);
  ASSERT_TRUE(back->finding.has_value());
  EXPECT_EQ(back->finding->signature(), "global/optimizing-passes/i64.load8_s");
  EXPECT_EQ(back->finding->op_offset, 77u);
  EXPECT_EQ(back->finding->to_string(), f.to_string());
  std::string cut = encode_verdict(v);
  cut.pop_back();
  EXPECT_FALSE(decode_verdict(cut).has_value()) << "a message cut short";
}

TEST(ForkedVerdict, AChildThatNeverFinishesEndsAtTheDeadline) {
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(DiffOptions{});
  ASSERT_TRUE(oracle.ok());
  const auto start = std::chrono::steady_clock::now();
  Result<ForkedVerdict> r = run_forked(**oracle, make_case("spin", {}), std::chrono::milliseconds(300));
  const auto took = std::chrono::steady_clock::now() - start;
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->outcome, ForkedVerdict::Outcome::TimedOut);
  EXPECT_LT(took, std::chrono::seconds(10));
  // The parent goes on: the next case gets its verdict.
  Result<ForkedVerdict> next =
      run_forked(**oracle, make_case("add", {Value::i32(0), Value::i32(0)}), std::chrono::seconds(30));
  ASSERT_TRUE(next.ok());
  EXPECT_EQ(next->outcome, ForkedVerdict::Outcome::Done);
}

}  // namespace
}  // namespace tandem::oracle
