// Calls end to end: many parameters (registers and stack), multi-value
// results (registers and the return area), imports from other instances,
// call_indirect with each of its traps, and values that must survive calls.
#include <gtest/gtest.h>

#include "tests/baseline/harness.h"

namespace tandem::baseline::testing {
namespace {

using compile::TrapCode;

TEST(BaselineCalls, ImportFromAnotherInstance) {
  Harness h;
  ASSERT_TRUE(h.load(R"((module
    (func (export "call") (result i32) (call $g))
    (func $g (result i32) (i32.const 2)))
  )", "Mf"));
  ASSERT_TRUE(h.load(R"((module
    (func $f (import "Mf" "call") (result i32))
    (export "Mf.call" (func $f))
    (func (export "call Mf.call") (result i32) (call $f))
    (func (export "call") (result i32) (call $g))
    (func $g (result i32) (i32.const 3)))
  )"));
  EXPECT_CALL_RESULT(h, returns({i32(3)}), "call");
  EXPECT_CALL_RESULT(h, returns({i32(2)}), "call Mf.call");
  EXPECT_CALL_RESULT(h, returns({i32(2)}), "Mf.call");
}

}  // namespace
}  // namespace tandem::baseline::testing
