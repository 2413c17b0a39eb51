// The metamorphic check: a module and a rewrite of it that must behave the
// same, on one engine, compared with what that engine did on the original.
#include <gtest/gtest.h>

#include "oracle/differential/differential.h"
#include "oracle/engines/text_format.h"

namespace tandem::oracle {
namespace {

// f stores 3x+1 at address x and returns it; the global counts the calls.
constexpr const char* kOriginal = R"((module
  (memory (export "mem") 1)
  (global $n (export "n") (mut i32) (i32.const 0))
  (func (export "f") (param $x i32) (result i32)
    (global.set $n (i32.add (global.get $n) (i32.const 1)))
    (i32.store (i32.and (local.get $x) (i32.const 1020))
               (i32.add (i32.mul (local.get $x) (i32.const 3)) (i32.const 1)))
    (i32.add (i32.mul (local.get $x) (i32.const 3)) (i32.const 1))))
)";

// The same with the operands of every commutative operator swapped, one
// value wrapped in a block and `x + 0`: it must behave the same.
constexpr const char* kTwin = R"((module
  (memory (export "mem") 1)
  (global $n (export "n") (mut i32) (i32.const 0))
  (func (export "f") (param $x i32) (result i32)
    (global.set $n (i32.add (i32.const 1) (global.get $n)))
    (i32.store (i32.and (i32.const 1020) (local.get $x))
               (i32.add (i32.const 1) (i32.mul (i32.const 3) (local.get $x))))
    (i32.add (block (result i32) (i32.mul (i32.add (local.get $x) (i32.const 0)) (i32.const 3))) (i32.const 1))))
)";

// A rewrite that is wrong: the stored value is off by one.
constexpr const char* kWrongTwin = R"((module
  (memory (export "mem") 1)
  (global $n (export "n") (mut i32) (i32.const 0))
  (func (export "f") (param $x i32) (result i32)
    (global.set $n (i32.add (global.get $n) (i32.const 1)))
    (i32.store (i32.and (local.get $x) (i32.const 1020))
               (i32.add (i32.mul (local.get $x) (i32.const 3)) (i32.const 2)))
    (i32.add (i32.mul (local.get $x) (i32.const 3)) (i32.const 1))))
)";

DiffCase make_case(const char* text) {
  DiffCase c;
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(text);
  EXPECT_TRUE(wasm.ok());
  if (wasm.ok()) c.wasm = *wasm;
  for (int32_t x : {0, 7, -1, 1 << 30}) c.calls.push_back(DiffCall{"f", {Value::i32(static_cast<uint32_t>(x))}});
  return c;
}

std::unique_ptr<DifferentialOracle> recording_oracle() {
  DiffOptions options;
  options.record_for_twins = true;
  Result<std::unique_ptr<DifferentialOracle>> o = DifferentialOracle::create(options);
  EXPECT_TRUE(o.ok());
  return o.ok() ? std::move(o).value() : nullptr;
}

TEST(Metamorphic, AFaithfulTwinAgreesOnEveryEngine) {
  std::unique_ptr<DifferentialOracle> oracle = recording_oracle();
  ASSERT_TRUE(oracle);
  for (const std::string& engine : oracle->engine_names()) {
    ASSERT_EQ(oracle->run(make_case(kOriginal)).kind, DiffVerdict::Kind::Agree);
    DiffVerdict v = oracle->run_twin(make_case(kTwin), engine);
    EXPECT_EQ(v.kind, DiffVerdict::Kind::Agree)
        << engine << ": " << (v.finding ? v.finding->to_string() : v.inconclusive_reason);
    EXPECT_EQ(v.calls_compared, 4u) << engine;
  }
}

TEST(Metamorphic, ATwinThatBehavesOtherwiseIsAFindingOfThatEngine) {
  std::unique_ptr<DifferentialOracle> oracle = recording_oracle();
  ASSERT_TRUE(oracle);
  ASSERT_EQ(oracle->run(make_case(kOriginal)).kind, DiffVerdict::Kind::Agree);
  DiffVerdict v = oracle->run_twin(make_case(kWrongTwin), "optimizing");
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(v.finding->kind, MismatchKind::Metamorphic);
  EXPECT_EQ(v.finding->signature(), "metamorphic/optimizing/-");
  EXPECT_EQ(v.finding->export_name, "f");
  EXPECT_NE(v.finding->detail.find("memory 'mem'"), std::string::npos) << v.finding->detail;
  // The interpreter sees the same difference: the rewrite, not a compiler, is wrong.
  ASSERT_EQ(oracle->run(make_case(kOriginal)).kind, DiffVerdict::Kind::Agree);
  EXPECT_EQ(oracle->run_twin(make_case(kWrongTwin), "interp").kind, DiffVerdict::Kind::Mismatch);
}

TEST(Metamorphic, NeedsARecordedCaseThatAgreed) {
  Result<std::unique_ptr<DifferentialOracle>> plain = DifferentialOracle::create(DiffOptions{});
  ASSERT_TRUE(plain.ok());
  ASSERT_EQ((*plain)->run(make_case(kOriginal)).kind, DiffVerdict::Kind::Agree);
  EXPECT_EQ((*plain)->run_twin(make_case(kTwin), "baseline").kind, DiffVerdict::Kind::Inconclusive);
  std::unique_ptr<DifferentialOracle> oracle = recording_oracle();
  ASSERT_EQ(oracle->run(make_case(kOriginal)).kind, DiffVerdict::Kind::Agree);
  EXPECT_EQ(oracle->run_twin(make_case(kTwin), "no-such-engine").kind, DiffVerdict::Kind::Inconclusive);
}

}  // namespace
}  // namespace tandem::oracle
