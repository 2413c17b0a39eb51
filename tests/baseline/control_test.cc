// Control flow end to end: block results and params, loops that carry
// values around their back edge, if/else with and without an else arm,
// br_if and br_table into targets with values, branches out of deep
// nesting, unreachable code after br/return/unreachable, and values in
// registers, constants and local references that must survive merges.
#include <gtest/gtest.h>

#include "tests/baseline/harness.h"

namespace tandem::baseline::testing {
namespace {

using compile::TrapCode;

class Control : public ::testing::TestWithParam<std::vector<std::string>> {};

TEST_P(Control, BlocksWithParamsAndResults) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "block-params") (param i32 i32) (result i32 i32)
      (local.get 0) (local.get 1)
      (block (param i32 i32) (result i32 i32)
        (i32.add) (i32.const 7)))
    (func (export "nested-results") (param i32) (result i64)
      (block (result i64)
        (block (result i64)
          (i64.extend_i32_u (local.get 0))
          (br_if 1 (i32.eqz (local.get 0)))
          (i64.const 100)
          (i64.add))
        (i64.const 1)
        (i64.add)))
    (func (export "br-from-deep") (param i32) (result i32)
      (i32.const 1000)  ;; below the block: must survive the merge
      (block (result i32)
        (block
          (block
            (block
              (br_table 0 1 2 (local.get 0))
            )
            (br 2 (i32.const 10)))
          (br 1 (i32.const 20)))
        (i32.const 30))
      (i32.add)))
  )"));
  EXPECT_CALL_RESULT(h, returns({i32(12), i32(7)}), "block-params", i32(5), i32(7));
  EXPECT_CALL_RESULT(h, returns({i64(0)}), "nested-results", i32(0));
  EXPECT_CALL_RESULT(h, returns({i64(106)}), "nested-results", i32(5));
  EXPECT_CALL_RESULT(h, returns({i32(1010)}), "br-from-deep", i32(0));
  EXPECT_CALL_RESULT(h, returns({i32(1020)}), "br-from-deep", i32(1));
  EXPECT_CALL_RESULT(h, returns({i32(1030)}), "br-from-deep", i32(2));
  EXPECT_CALL_RESULT(h, returns({i32(1030)}), "br-from-deep", i32(3));
  EXPECT_CALL_RESULT(h, returns({i32(1030)}), "br-from-deep", i32(99));
}

TEST_P(Control, LoopsCarryValues) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    ;; Sum 1..n with the accumulator and the counter as loop params.
    (func (export "sum") (param i32) (result i64)
      (i64.const 0) (local.get 0)
      (loop (param i64 i32) (result i64)
        (local.tee 0)
        (if (param i64 i32) (result i64) (i32.eqz (local.get 0))
          (then (drop))
          (else
            (drop)
            (i64.extend_i32_u (local.get 0))
            (i64.add)
            (local.get 0) (i32.const 1) (i32.sub)
            (br 1)))))
    ;; A float and an int carried together, with a constant below the loop.
    (func (export "mixed") (param i32) (result f64)
      (local i32)
      (f64.const 0.5)
      (f64.const 1)
      (loop (param f64) (result f64)
        (f64.mul (f64.const 2))
        (local.set 1 (i32.add (local.get 1) (i32.const 1)))
        (br_if 0 (i32.lt_u (local.get 1) (local.get 0))))
      (f64.add))
    (func (export "fac") (param i64) (result i64) (local i64)
      (local.set 1 (i64.const 1))
      (block
        (loop
          (br_if 1 (i64.eqz (local.get 0)))
          (local.set 1 (i64.mul (local.get 1) (local.get 0)))
          (local.set 0 (i64.sub (local.get 0) (i64.const 1)))
          (br 0)))
      (local.get 1)))
  )"));
  EXPECT_CALL_RESULT(h, returns({i64(0)}), "sum", i32(0));
  EXPECT_CALL_RESULT(h, returns({i64(5050)}), "sum", i32(100));
  EXPECT_CALL_RESULT(h, returns({f64(1024.5)}), "mixed", i32(10));
  EXPECT_CALL_RESULT(h, returns({i64(2432902008176640000ull)}), "fac", i64(20));
}

TEST_P(Control, IfWithAndWithoutElse) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "select-like") (param i32 i32 i32) (result i32)
      (if (result i32) (local.get 0)
        (then (local.get 1))
        (else (local.get 2))))
    ;; No else: the params pass through as results.
    (func (export "no-else") (param i32 i32) (result i32)
      (local.get 1)
      (if (param i32) (result i32) (local.get 0)
        (then (i32.const 100) (i32.add))))
    ;; A local set in one arm, read after the merge; a reference taken before.
    (func (export "local-across-arms") (param i32) (result i32) (local i32)
      (local.set 1 (i32.const 5))
      (local.get 1)
      (if (local.get 0) (then (local.set 1 (i32.const 9))))
      (local.get 1)
      (i32.mul))
    (func (export "float-compare-if") (param f64 f64) (result i32)
      (if (result i32) (f64.lt (local.get 0) (local.get 1))
        (then (i32.const 1))
        (else (i32.const 0)))))
  )"));
  EXPECT_CALL_RESULT(h, returns({i32(2)}), "select-like", i32(1), i32(2), i32(3));
  EXPECT_CALL_RESULT(h, returns({i32(3)}), "select-like", i32(0), i32(2), i32(3));
  EXPECT_CALL_RESULT(h, returns({i32(107)}), "no-else", i32(1), i32(7));
  EXPECT_CALL_RESULT(h, returns({i32(7)}), "no-else", i32(0), i32(7));
  EXPECT_CALL_RESULT(h, returns({i32(45)}), "local-across-arms", i32(1));
  EXPECT_CALL_RESULT(h, returns({i32(25)}), "local-across-arms", i32(0));
  EXPECT_CALL_RESULT(h, returns({i32(1)}), "float-compare-if", f64(1), f64(2));
  EXPECT_CALL_RESULT(h, returns({i32(0)}), "float-compare-if", f64(2), f64(1));
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_CALL_RESULT(h, returns({i32(0)}), "float-compare-if", f64(nan), f64(1));
}

TEST_P(Control, LocalReferencesSeeTheValueOfTheirTime) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    ;; local.get pushes a lazy reference; the set must not change what it reads.
    (func (export "get-then-set") (param i32) (result i32)
      (local.get 0)
      (local.set 0 (i32.const 100))
      (local.get 0)
      (i32.sub))
    (func (export "tee-twice") (param i32) (result i32) (local i32)
      (local.get 0)
      (local.tee 1 (i32.const 3))
      (local.tee 0 (local.get 1))
      (i32.add)
      (i32.add))
    ;; A reference in a br_if's carried value, the local written on the fall-through.
    (func (export "ref-across-br-if") (param i32) (result i32)
      (block (result i32)
        (local.get 0)
        (br_if 0 (i32.const 1))
        (drop)
        (i32.const 0))
      (local.set 0 (i32.const 7))
      (local.get 0)
      (i32.add)))
  )"));
  EXPECT_CALL_RESULT(h, returns({i32(static_cast<uint32_t>(5 - 100))}), "get-then-set", i32(5));
  EXPECT_CALL_RESULT(h, returns({i32(10)}), "tee-twice", i32(4));
  EXPECT_CALL_RESULT(h, returns({i32(12)}), "ref-across-br-if", i32(5));
}

TEST_P(Control, UnreachableCodeIsSkipped) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "after-br") (result i32)
      (block (result i32)
        (br 0 (i32.const 1))
        (i32.add)  ;; polymorphic stack: never compiled
        (block (loop (if (i32.const 0) (then (unreachable)))))
        (i64.const 0) (drop)))
    (func (export "after-return") (param i32) (result i32)
      (if (local.get 0) (then (return (i32.const 11)) (i32.const 5) (drop)))
      (i32.const 22))
    (func (export "unreachable-traps") (result i32)
      (unreachable)
      (i32.const 1)))
  )"));
  EXPECT_CALL_RESULT(h, returns({i32(1)}), "after-br");
  EXPECT_CALL_RESULT(h, returns({i32(11)}), "after-return", i32(1));
  EXPECT_CALL_RESULT(h, returns({i32(22)}), "after-return", i32(0));
  EXPECT_CALL_RESULT(h, traps(TrapCode::Unreachable), "unreachable-traps");
}

TEST_P(Control, BrTableWithValuesAndManyTargets) {
  Harness h(GetParam());
  std::string targets;
  for (int i = 0; i < 40; ++i) targets += std::to_string(i % 4) + " ";
  ASSERT_TRUE(h.load(R"((module
    (func (export "dispatch") (param i32) (result i32)
      (block (result i32)
        (block (result i32)
          (block (result i32)
            (block (result i32)
              (i32.const 100)
              (local.get 0)
              (br_table )" +
                     targets + R"( 3))
            (i32.const 1) (i32.add))
          (i32.const 10) (i32.add))
        (i32.const 1000) (i32.add))))
  )"));
  for (uint32_t i = 0; i < 45; ++i) {
    const uint32_t depth = i < 40 ? i % 4 : 3;
    const uint32_t adds[4] = {1011, 1010, 1000, 0};
    EXPECT_CALL_RESULT(h, returns({i32(100 + adds[depth])}), "dispatch", i32(i));
  }
  EXPECT_CALL_RESULT(h, returns({i32(100)}), "dispatch", i32(0xffffffffu));
}

TEST_P(Control, SelectOfEveryType) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "i32") (param i32 i32 i32) (result i32) (select (local.get 0) (local.get 1) (local.get 2)))
    (func (export "i64-const") (param i32) (result i64) (select (i64.const -1) (i64.const 0x123456789) (local.get 0)))
    (func (export "f32") (param f32 f32 i32) (result f32) (select (local.get 0) (local.get 1) (local.get 2)))
    (func (export "f64") (param f64 f64 i32) (result f64) (select (local.get 0) (local.get 1) (local.get 2)))
    (func (export "const-cond") (param i32 i32) (result i32)
      (i32.add (select (local.get 0) (local.get 1) (i32.const 0))
               (select (local.get 0) (local.get 1) (i32.const 1)))))
  )"));
  EXPECT_CALL_RESULT(h, returns({i32(1)}), "i32", i32(1), i32(2), i32(5));
  EXPECT_CALL_RESULT(h, returns({i32(2)}), "i32", i32(1), i32(2), i32(0));
  EXPECT_CALL_RESULT(h, returns({i64(~uint64_t{0})}), "i64-const", i32(1));
  EXPECT_CALL_RESULT(h, returns({i64(0x123456789ull)}), "i64-const", i32(0));
  EXPECT_CALL_RESULT(h, returns({f32(1.5f)}), "f32", f32(1.5f), f32(2.5f), i32(1));
  EXPECT_CALL_RESULT(h, returns({f64(2.5)}), "f64", f64(1.5), f64(2.5), i32(0));
  EXPECT_CALL_RESULT(h, returns({i32(7)}), "const-cond", i32(3), i32(4));
}

INSTANTIATE_TEST_SUITE_P(Settings, Control,
                         ::testing::Values(std::vector<std::string>{},
                                           std::vector<std::string>{"bounds_checks=explicit", "has_sse41=false"}));

}  // namespace
}  // namespace tandem::baseline::testing
