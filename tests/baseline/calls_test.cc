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
  )",
                     "Mf"));
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

TEST(BaselineCalls, ManyParamsInRegistersAndOnTheStack) {
  // 10 integer and 10 float parameters, interleaved: six and eight of them
  // in registers, the rest on the stack. The callee weighs each by its
  // position, so that any parameter in the wrong place changes the result.
  std::string params, body = "(i64.const 0)", args;
  for (int i = 0; i < 20; ++i) {
    const std::string n = std::to_string(i);
    if (i % 2) {
      params += " f64";
      body += " (i64.add (i64.trunc_f64_s (f64.mul (local.get " + n + ") (f64.const " + n + "))))";
      args += " (f64.const " + n + ".5)";
    } else {
      params += " i64";
      body += " (i64.add (i64.mul (local.get " + n + ") (i64.const " + std::to_string(i + 1) + ")))";
      args += " (i64.const " + std::to_string(1000 + i) + ")";
    }
  }
  Harness h;
  ASSERT_TRUE(h.load("(module (func $callee (param" + params + ") (result i64) " + body +
                     ")\n (func (export \"caller\") (result i64) (call $callee" + args +
                     "))\n"
                     " (func (export \"direct\") (param" +
                     params + ") (result i64) " + body + "))"));
  int64_t expected = 0;
  std::vector<Value> direct_args;
  for (int i = 0; i < 20; ++i) {
    if (i % 2) {
      expected += static_cast<int64_t>((i + 0.5) * i);
      direct_args.push_back(f64(i + 0.5));
    } else {
      expected += int64_t{1000 + i} * (i + 1);
      direct_args.push_back(i64(static_cast<uint64_t>(1000 + i)));
    }
  }
  EXPECT_CALL_RESULT(h, returns({i64(static_cast<uint64_t>(expected))}), "caller");
  EXPECT_EQ(h.native("direct", direct_args).values, std::vector<Value>{i64(static_cast<uint64_t>(expected))});
}

TEST(BaselineCalls, MultiValueResultsInRegistersAndTheReturnArea) {
  // Seven results: rax, rdx, xmm0, xmm1, then three in the return area.
  Harness h;
  ASSERT_TRUE(h.load(R"((module
    (func $many (param i32) (result i32 i64 f32 f64 i32 i64 f64)
      (local.get 0)
      (i64.extend_i32_u (i32.add (local.get 0) (i32.const 1)))
      (f32.convert_i32_s (local.get 0))
      (f64.const 2.5)
      (i32.mul (local.get 0) (i32.const 3))
      (i64.const 0x123456789)
      (f64.const -0.0))
    (func (export "many") (param i32) (result i32 i64 f32 f64 i32 i64 f64) (call $many (local.get 0)))
    ;; The results combined, so that every one is read after the call.
    (func (export "combine") (param i32) (result f64)
      (local i32 i64 f32 f64 i32 i64 f64)
      (call $many (local.get 0))
      (local.set 7) (local.set 6) (local.set 5) (local.set 4) (local.set 3) (local.set 2) (local.set 1)
      (f64.add
        (f64.add (f64.convert_i32_u (local.get 1)) (f64.convert_i64_u (local.get 2)))
        (f64.add
          (f64.add (f64.promote_f32 (local.get 3)) (local.get 4))
          (f64.add (f64.add (f64.convert_i32_u (local.get 5)) (f64.convert_i64_u (local.get 6)))
                   (local.get 7))))))
  )"));
  EXPECT_CALL_RESULT(h, returns({i32(4), i64(5), f32(4.0f), f64(2.5), i32(12), i64(0x123456789ull), f64(-0.0)}), "many",
                     i32(4));
  EXPECT_CALL_RESULT(h, returns({f64(4 + 5 + 4.0 + 2.5 + 12 + 4886718345.0 - 0.0)}), "combine", i32(4));
}

TEST(BaselineCalls, ValuesLiveAcrossCallsSurvive) {
  // Values in registers, constants and local references under a call that
  // clobbers every register; recursion makes the callee the caller.
  Harness h;
  ASSERT_TRUE(h.load(R"((module
    (func $fib (export "fib") (param i32) (result i64)
      (if (result i64) (i32.lt_u (local.get 0) (i32.const 2))
        (then (i64.extend_i32_u (local.get 0)))
        (else
          (i64.add
            (call $fib (i32.sub (local.get 0) (i32.const 1)))
            (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
    (func $clobber (param i64) (result i64) (i64.mul (local.get 0) (i64.const 3)))
    (func (export "live") (param i64 f64) (result f64)
      (local.get 1)                                   ;; a local reference
      (f64.mul (local.get 1) (f64.const 2))           ;; a float register
      (i64.add (local.get 0) (i64.const 1))           ;; an integer register
      (i64.const 7)                                   ;; a constant
      (call $clobber (local.get 0))
      (i64.add) (i64.add)
      (f64.convert_i64_s)
      (f64.add) (f64.add)))
  )"));
  EXPECT_CALL_RESULT(h, returns({i64(6765)}), "fib", i32(20));
  EXPECT_CALL_RESULT(h, returns({f64(1.5 + 3.0 + (10 + 1 + 7 + 30))}), "live", i64(10), f64(1.5));
}

TEST(BaselineCalls, CallIndirectChecksBoundsNullAndType) {
  Harness h;
  ASSERT_TRUE(h.load(R"((module
    (type $ii (func (param i32) (result i32)))
    (type $v (func))
    (table 4 funcref)
    (elem (i32.const 0) $double $nothing $double)
    (func $double (type $ii) (i32.mul (local.get 0) (i32.const 2)))
    (func $nothing (type $v))
    (func (export "call") (param i32 i32) (result i32)
      (call_indirect (type $ii) (local.get 1) (local.get 0))))
  )"));
  EXPECT_CALL_RESULT(h, returns({i32(42)}), "call", i32(0), i32(21));
  EXPECT_CALL_RESULT(h, returns({i32(10)}), "call", i32(2), i32(5));
  EXPECT_CALL_RESULT(h, traps(TrapCode::IndirectCallTypeMismatch), "call", i32(1), i32(0));
  EXPECT_CALL_RESULT(h, traps(TrapCode::IndirectCallNull), "call", i32(3), i32(0));
  EXPECT_CALL_RESULT(h, traps(TrapCode::IndirectCallOutOfBounds), "call", i32(4), i32(0));
  EXPECT_CALL_RESULT(h, traps(TrapCode::IndirectCallOutOfBounds), "call", i32(0xffffffffu), i32(0));
}

TEST(BaselineCalls, HostImportsAndRecursionToExhaustion) {
  Harness h;
  ASSERT_TRUE(h.load(R"((module
    (import "spectest" "print_i32" (func $print (param i32)))
    (func (export "print") (param i32) (result i32)
      (call $print (local.get 0))
      (i32.add (local.get 0) (i32.const 1)))
    (func $forever (export "forever") (param i64) (result i64)
      (i64.add (call $forever (local.get 0)) (i64.const 1))))
  )"));
  EXPECT_CALL_RESULT(h, returns({i32(8)}), "print", i32(7));
  const Outcome o = h.native("forever", {i64(1)});
  EXPECT_EQ(o.kind, Outcome::Kind::Exhausted) << o.to_string();
}

}  // namespace
}  // namespace tandem::baseline::testing
