// v128 values end to end on the baseline: through parameters (registers
// and stack), results (registers and the return area), locals, homes when
// registers run out, calls, blocks, branches, select and globals; the SIMD
// operators it compiles on lane values at their edges; and a lowering for
// every SIMD operator. Each call is checked against an expected value and the
// interpreter, with the default ISA, without SSE4.1, with every ISA flag the
// baseline consults off, and with both bounds-check modes.
#include <gtest/gtest.h>

#include <string>

#include "backends/baseline/visitor.h"
#include "tests/baseline/harness.h"

namespace tandem::baseline::testing {
namespace {

using compile::TrapCode;

Value v128(uint64_t lo, uint64_t hi) { return Value::v128(lo, hi); }
// Four i32 lanes, lane 0 first.
Value i32x4(uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
  return Value::v128(uint64_t{a} | uint64_t{b} << 32, uint64_t{c} | uint64_t{d} << 32);
}

class Simd : public ::testing::TestWithParam<std::vector<std::string>> {};

TEST_P(Simd, ParamsAndResultsInRegistersAndOnTheStack) {
  // Ten v128 parameters: eight in xmm0..7, two in stack slot pairs. Each is
  // weighted by its position (i32x4.add of itself k times), so that a
  // parameter in the wrong place, or half of one, changes the result. Three
  // results: two in xmm0/xmm1, one in the return area.
  std::string params, body = "(v128.const i32x4 0 0 0 0)";
  for (int i = 0; i < 10; ++i) {
    params += " v128";
    for (int k = 0; k <= i; ++k) body = "(i32x4.add " + body + " (local.get " + std::to_string(i) + "))";
  }
  Harness h(GetParam());
  ASSERT_TRUE(h.load("(module (func $sum (export \"sum\") (param" + params + ") (result v128) " + body +
                     ")\n (func $three (export \"three\") (param v128 v128 v128) (result v128 v128 v128)"
                     "  (local.get 2) (local.get 0) (local.get 1))\n"
                     " (func (export \"rotate\") (param v128 v128 v128) (result v128 v128 v128)"
                     "  (call $three (local.get 0) (local.get 1) (local.get 2)))\n"
                     " (func (export \"call-sum\") (param v128) (result v128)"
                     "  (call $sum (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0)"
                     "             (local.get 0) (local.get 0) (local.get 0) (local.get 0)"
                     "             (v128.const i64x2 0x1000000010 0x1000000010))))"));
  std::vector<Value> args;
  uint32_t lanes[4] = {0, 0, 0, 0};
  for (uint32_t i = 0; i < 10; ++i) {
    const uint32_t base = 0x01010101u * (i + 1);
    args.push_back(i32x4(base, base + 1, base + 2, 0x80000000u + i));
    for (uint32_t k = 0; k <= i; ++k) {
      lanes[0] += base;
      lanes[1] += base + 1;
      lanes[2] += base + 2;
      lanes[3] += 0x80000000u + i;
    }
  }
  const Outcome sum = h.native("sum", args);
  EXPECT_TRUE(same_outcome(sum, h.reference("sum", args))) << sum.to_string();
  EXPECT_TRUE(same_outcome(sum, returns({i32x4(lanes[0], lanes[1], lanes[2], lanes[3])}))) << sum.to_string();

  const Value a = v128(0x0123456789abcdefull, 0xfedcba9876543210ull);
  const Value b = v128(~0ull, 1);
  const Value c = v128(1, ~0ull);
  EXPECT_CALL_RESULT(h, returns({c, a, b}), "three", a, b, c);
  EXPECT_CALL_RESULT(h, returns({c, a, b}), "rotate", a, b, c);
  // 45 copies of lane value 1 and ten times 0x10 from the stack pair.
  EXPECT_CALL_RESULT(h, returns({i32x4(45 + 160, 45 + 160, 45 + 160, 45 + 160)}), "call-sum", i32x4(1, 1, 1, 1));
}

TEST_P(Simd, ManyLiveValuesSpillToSixteenByteHomes) {
  // Twenty live vectors (more than the 14 allocatable XMM registers), each
  // with distinct halves, then folded with xor and add: a home that kept
  // only 8 bytes, or two homes that overlapped, changes the result.
  std::string body;
  for (int i = 0; i < 20; ++i)
    body += "(i64x2.add (local.get 0) (v128.const i64x2 " + std::to_string(i + 1) + " " +
            std::to_string((i + 1) << 20) + "))\n";
  for (int i = 0; i < 19; ++i) body += (i % 2 ? "(i64x2.sub)\n" : "(v128.xor)\n");
  Harness h(GetParam());
  ASSERT_TRUE(h.load("(module (func (export \"spill\") (param v128) (result v128)\n" + body +
                     ")\n (func (export \"across-call\") (param v128) (result v128)"
                     "  (local.get 0) (v128.const i32x4 1 2 3 4) (i32x4.add)"
                     "  (call $id (v128.const i32x4 5 6 7 8))"
                     "  (i32x4.sub))\n"
                     " (func $id (param v128) (result v128) (local.get 0)))"));
  uint64_t x = 0x1111111111111111ull, y = 0x2222222222222222ull;
  const Value arg = v128(x, y);
  // Stack order: entry 19 is on top; operators fold from the top down.
  uint64_t lo[20], hi[20];
  for (int i = 0; i < 20; ++i) {
    lo[i] = x + uint64_t(i + 1);
    hi[i] = y + (uint64_t(i + 1) << 20);
  }
  uint64_t acc_lo = lo[19], acc_hi = hi[19];
  for (int i = 0; i < 19; ++i) {
    const int below = 18 - i;
    if (i % 2) {
      acc_lo = lo[below] - acc_lo;
      acc_hi = hi[below] - acc_hi;
    } else {
      acc_lo = lo[below] ^ acc_lo;
      acc_hi = hi[below] ^ acc_hi;
    }
  }
  EXPECT_CALL_RESULT(h, returns({v128(acc_lo, acc_hi)}), "spill", arg);
  EXPECT_CALL_RESULT(h, returns({i32x4(0xfffffffc, 0xfffffffc, 0xfffffffc, 0xfffffffc)}), "across-call",
                     i32x4(0, 0, 0, 0));
}

TEST_P(Simd, LocalsBlocksBranchesSelectAndGlobals) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (global $g (mut v128) (v128.const i64x2 0x0102030405060708 0x090a0b0c0d0e0f10))
    (global $k v128 (v128.const i32x4 -1 0 -1 0))
    (global $gi (mut i64) (i64.const 0))
    (func (export "zero-local") (param i32) (result v128) (local i64 v128 i32)
      (local.get 2))
    (func (export "tee") (param v128) (result v128) (local v128 v128)
      (local.set 1 (local.tee 2 (local.get 0)))
      (i64x2.add (local.get 1) (local.get 2)))
    (func (export "block") (param v128 i32) (result v128)
      (block (result v128)
        (br_if 0 (local.get 0) (local.get 1))
        (drop)
        (v128.const i32x4 7 7 7 7)))
    (func (export "table") (param v128 i32) (result v128)
      (block (result v128)
        (block (result v128)
          (block (result v128)
            (local.get 0) (local.get 1) (br_table 0 1 2))
          (i32x4.add (v128.const i32x4 1 1 1 1)) (return))
        (i32x4.add (v128.const i32x4 2 2 2 2)) (return)))
    (func (export "loop") (param v128 i32) (result v128)
      (local.get 0)
      (loop (param v128) (result v128)
        (i8x16.add (v128.const i8x16 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1))
        (local.tee 1 (i32.sub (local.get 1) (i32.const 1)))
        (br_if 0)))
    (func (export "if") (param v128 v128 i32) (result v128)
      (if (result v128) (local.get 2)
        (then (local.get 0)) (else (local.get 1))))
    (func (export "select") (param v128 v128 i32) (result v128)
      (select (local.get 0) (local.get 1) (local.get 2)))
    (func (export "select-t") (param v128 v128 i32) (result v128)
      (select (result v128) (local.get 0) (local.get 1) (local.get 2)))
    (func (export "global") (param v128) (result v128 v128 v128)
      (global.get $g) (global.set $g (local.get 0)) (global.get $g) (global.get $k))
    (export "g" (global $g)))
  )"));
  const Value a = v128(0x8000000000000001ull, 0x7fffffffffffffffull);
  const Value b = v128(0xdeadbeefcafef00dull, 0x0123456789abcdefull);
  EXPECT_CALL_RESULT(h, returns({v128(0, 0)}), "zero-local", i32(1));
  EXPECT_CALL_RESULT(h, returns({v128(2, 0xfffffffffffffffeull)}), "tee", a);
  EXPECT_CALL_RESULT(h, returns({a}), "block", a, i32(1));
  EXPECT_CALL_RESULT(h, returns({i32x4(7, 7, 7, 7)}), "block", a, i32(0));
  EXPECT_CALL_RESULT(h, returns({i32x4(2, 3, 4, 5)}), "table", i32x4(1, 2, 3, 4), i32(0));
  EXPECT_CALL_RESULT(h, returns({i32x4(3, 4, 5, 6)}), "table", i32x4(1, 2, 3, 4), i32(1));
  EXPECT_CALL_RESULT(h, returns({i32x4(1, 2, 3, 4)}), "table", i32x4(1, 2, 3, 4), i32(9));
  EXPECT_CALL_RESULT(h, returns({v128(0x0303030303030303ull, 0x0202020202020203ull)}), "loop",
                     v128(0x0000000000000000ull, 0xffffffffffffff00ull), i32(3));
  for (const char* f : {"if", "select", "select-t"}) {
    EXPECT_CALL_RESULT(h, returns({a}), f, a, b, i32(5));
    EXPECT_CALL_RESULT(h, returns({b}), f, a, b, i32(0));
  }
  EXPECT_CALL_RESULT(h,
                     returns({v128(0x0102030405060708ull, 0x090a0b0c0d0e0f10ull), b,
                              v128(0x00000000ffffffffull, 0x00000000ffffffffull)}),
                     "global", b);
}

TEST_P(Simd, LoadAndStoreAtTheEdgeOfMemory) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (memory 1)
    (data (i32.const 65520) "\00\01\02\03\04\05\06\07\08\09\0a\0b\0c\0d\0e\0f")
    (func (export "load") (param i32) (result v128) (v128.load (local.get 0)))
    (func (export "load-off") (param i32) (result v128) (v128.load offset=65519 (local.get 0)))
    (func (export "store") (param i32 v128) (result v128)
      (v128.store offset=1 (local.get 0) (local.get 1))
      (v128.load offset=1 (local.get 0)))
    (func (export "store-const") (result i64)
      (v128.store (i32.const 16) (v128.const i64x2 -2 3))
      (i64.load (i32.const 24))))
  )"));
  const Value edge = v128(0x0706050403020100ull, 0x0f0e0d0c0b0a0908ull);
  EXPECT_CALL_RESULT(h, returns({edge}), "load", i32(65520));
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "load", i32(65521));
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "load", i32(0xffffffffu));
  EXPECT_CALL_RESULT(h, returns({edge}), "load-off", i32(1));
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "load-off", i32(2));
  const Value b = v128(0xdeadbeefcafef00dull, 0x0123456789abcdefull);
  EXPECT_CALL_RESULT(h, returns({b}), "store", i32(65519), b);
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "store", i32(65520), b);
  EXPECT_CALL_RESULT(h, returns({i64(3)}), "store-const");
}

TEST_P(Simd, SplattingExtendingAndZeroingLoads) {
  Harness h(GetParam());
  std::string funcs;
  for (const char* load : {"load8_splat", "load16_splat", "load32_splat", "load64_splat", "load8x8_s", "load8x8_u",
                           "load16x4_s", "load16x4_u", "load32x2_s", "load32x2_u", "load32_zero", "load64_zero"})
    funcs +=
        std::string("(func (export \"") + load + "\") (param i32) (result v128) (v128." + load + " (local.get 0)))\n";
  ASSERT_TRUE(
      h.load("(module (memory 1)\n"
             "(data (i32.const 65528) \"\\81\\02\\83\\84\\05\\86\\07\\f8\")\n" +
             funcs + ")"));
  // The last eight bytes of memory: 81 02 83 84 05 86 07 f8.
  EXPECT_CALL_RESULT(h, returns({v128(0x8181818181818181ull, 0x8181818181818181ull)}), "load8_splat", i32(65528));
  EXPECT_CALL_RESULT(h, returns({v128(0x0281028102810281ull, 0x0281028102810281ull)}), "load16_splat", i32(65528));
  EXPECT_CALL_RESULT(h, returns({v128(0x8483028184830281ull, 0x8483028184830281ull)}), "load32_splat", i32(65528));
  EXPECT_CALL_RESULT(h, returns({v128(0xf807860584830281ull, 0xf807860584830281ull)}), "load64_splat", i32(65528));
  EXPECT_CALL_RESULT(h, returns({v128(0xff84ff830002ff81ull, 0xfff80007ff860005ull)}), "load8x8_s", i32(65528));
  EXPECT_CALL_RESULT(h, returns({v128(0x0084008300020081ull, 0x00f8000700860005ull)}), "load8x8_u", i32(65528));
  EXPECT_CALL_RESULT(h, returns({v128(0xffff848300000281ull, 0xfffff807ffff8605ull)}), "load16x4_s", i32(65528));
  EXPECT_CALL_RESULT(h, returns({v128(0x0000848300000281ull, 0x0000f80700008605ull)}), "load16x4_u", i32(65528));
  EXPECT_CALL_RESULT(h, returns({v128(0xffffffff84830281ull, 0xfffffffff8078605ull)}), "load32x2_s", i32(65528));
  EXPECT_CALL_RESULT(h, returns({v128(0x0000000084830281ull, 0x00000000f8078605ull)}), "load32x2_u", i32(65528));
  EXPECT_CALL_RESULT(h, returns({v128(0x0000000084830281ull, 0)}), "load32_zero", i32(65528));
  EXPECT_CALL_RESULT(h, returns({v128(0xf807860584830281ull, 0)}), "load64_zero", i32(65528));
  // One byte further each access reaches past the end.
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "load8_splat", i32(65536));
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "load16_splat", i32(65535));
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "load32_zero", i32(65533));
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "load8x8_s", i32(65529));
}

TEST_P(Simd, OperatorsOnEdgeLanes) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "i8x16.add") (param v128 v128) (result v128) (i8x16.add (local.get 0) (local.get 1)))
    (func (export "i16x8.sub") (param v128 v128) (result v128) (i16x8.sub (local.get 0) (local.get 1)))
    (func (export "i32x4.add") (param v128 v128) (result v128) (i32x4.add (local.get 0) (local.get 1)))
    (func (export "i64x2.sub") (param v128 v128) (result v128) (i64x2.sub (local.get 0) (local.get 1)))
    (func (export "andnot") (param v128 v128) (result v128) (v128.andnot (local.get 0) (local.get 1)))
    (func (export "not") (param v128) (result v128) (v128.not (local.get 0)))
    (func (export "any_true") (param v128) (result i32) (v128.any_true (local.get 0)))
    (func (export "splat") (param i32) (result v128) (i32x4.splat (local.get 0)))
    (func (export "splat8") (param i32) (result v128) (i8x16.splat (local.get 0)))
    (func (export "splat64") (param i64) (result v128) (i64x2.splat (local.get 0)))
    (func (export "extract") (param v128) (result i32 i32 i32 i32)
      (i32x4.extract_lane 0 (local.get 0)) (i32x4.extract_lane 1 (local.get 0))
      (i32x4.extract_lane 2 (local.get 0)) (i32x4.extract_lane 3 (local.get 0)))
    (func (export "extract8") (param v128) (result i32 i32 i32)
      (i8x16.extract_lane_s 15 (local.get 0)) (i8x16.extract_lane_u 15 (local.get 0))
      (i8x16.extract_lane_s 4 (local.get 0)))
    (func (export "extract64") (param v128) (result i64 i64)
      (i64x2.extract_lane 1 (local.get 0)) (i64x2.extract_lane 0 (local.get 0)))
    (func (export "replace") (param v128 i32) (result v128)
      (i32x4.replace_lane 2 (i32x4.replace_lane 1 (local.get 0) (local.get 1)) (i32.const -1)))
    (func (export "replace64") (param v128 i64) (result v128 v128)
      (i64x2.replace_lane 0 (local.get 0) (local.get 1))
      (i64x2.replace_lane 1 (local.get 0) (local.get 1))))
  )"));
  const Value ones = v128(~0ull, ~0ull);
  EXPECT_CALL_RESULT(h, returns({v128(0x80ff80ff80ff80ffull, 0x00000000000000ffull)}), "i8x16.add",
                     v128(0x7ffe7ffe7ffe7ffeull, 0xffull), v128(0x0101010101010101ull, 0));
  EXPECT_CALL_RESULT(h, returns({v128(0x8000ffff7fff8001ull, 0)}), "i16x8.sub", v128(0x00000000ffff0000ull, 0),
                     v128(0x8000000180007fffull, 0));
  EXPECT_CALL_RESULT(h, returns({i32x4(0, 0x80000000u, 0xfffffffeu, 1)}), "i32x4.add",
                     i32x4(0xffffffffu, 0x7fffffffu, 0xffffffffu, 0), i32x4(1, 1, 0xffffffffu, 1));
  EXPECT_CALL_RESULT(h, returns({v128(0x7fffffffffffffffull, ~0ull)}), "i64x2.sub", v128(0x8000000000000000ull, 0),
                     v128(1, 1));
  EXPECT_CALL_RESULT(h, returns({v128(0xf0f0f0f0f0f0f0f0ull, 0)}), "andnot", v128(~0ull, 0x1234),
                     v128(0x0f0f0f0f0f0f0f0full, ~0ull));
  EXPECT_CALL_RESULT(h, returns({v128(0xfedcba9876543210ull, 0)}), "not", v128(0x0123456789abcdefull, ~0ull));
  EXPECT_CALL_RESULT(h, returns({i32(0)}), "any_true", v128(0, 0));
  EXPECT_CALL_RESULT(h, returns({i32(1)}), "any_true", v128(0, 0x8000000000000000ull));
  EXPECT_CALL_RESULT(h, returns({i32(1)}), "any_true", v128(1, 0));
  EXPECT_CALL_RESULT(h, returns({ones}), "not", v128(0, 0));
  EXPECT_CALL_RESULT(h, returns({i32x4(0x80000001u, 0x80000001u, 0x80000001u, 0x80000001u)}), "splat",
                     i32(0x80000001u));
  EXPECT_CALL_RESULT(h, returns({v128(0x8181818181818181ull, 0x8181818181818181ull)}), "splat8", i32(0x12345681u));
  EXPECT_CALL_RESULT(h, returns({v128(0x8000000000000001ull, 0x8000000000000001ull)}), "splat64",
                     i64(0x8000000000000001ull));
  const Value lanes = i32x4(0x80000000u, 1, 0xffffffffu, 0x7fffffffu);
  EXPECT_CALL_RESULT(h, returns({i32(0x80000000u), i32(1), i32(0xffffffffu), i32(0x7fffffffu)}), "extract", lanes);
  EXPECT_CALL_RESULT(h, returns({i32(0xffffff80u), i32(0x80), i32(0x7f)}), "extract8",
                     v128(0x0000007f00000000ull, 0x8000000000000000ull));
  EXPECT_CALL_RESULT(h, returns({i64(0x8000000000000000ull), i64(1)}), "extract64", v128(1, 0x8000000000000000ull));
  EXPECT_CALL_RESULT(h, returns({i32x4(0x80000000u, 0x89abcdefu, 0xffffffffu, 0x7fffffffu)}), "replace",
                     i32x4(0x80000000u, 1, 0, 0x7fffffffu), i32(0x89abcdefu));
  const Value base = v128(0x1111111111111111ull, 0x2222222222222222ull);
  EXPECT_CALL_RESULT(
      h,
      returns({v128(0x8000000000000001ull, 0x2222222222222222ull), v128(0x1111111111111111ull, 0x8000000000000001ull)}),
      "replace64", base, i64(0x8000000000000001ull));
}

TEST_P(Simd, ComparisonsNegationAndPseudoMinMax) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "f32x4.cmp") (param v128 v128) (result v128 v128 v128 v128 v128 v128)
      (f32x4.eq (local.get 0) (local.get 1)) (f32x4.ne (local.get 0) (local.get 1))
      (f32x4.lt (local.get 0) (local.get 1)) (f32x4.le (local.get 0) (local.get 1))
      (f32x4.gt (local.get 0) (local.get 1)) (f32x4.ge (local.get 0) (local.get 1)))
    (func (export "f64x2.gt-ge") (param v128 v128) (result v128 v128)
      (f64x2.gt (local.get 0) (local.get 1)) (f64x2.ge (local.get 0) (local.get 1)))
    (func (export "f32x4.pmin-pmax") (param v128 v128) (result v128 v128)
      (f32x4.pmin (local.get 0) (local.get 1)) (f32x4.pmax (local.get 0) (local.get 1)))
    (func (export "f64x2.pmin-pmax") (param v128 v128) (result v128 v128)
      (f64x2.pmin (local.get 0) (local.get 1)) (f64x2.pmax (local.get 0) (local.get 1)))
    (func (export "i16x8.ne") (param v128 v128) (result v128) (i16x8.ne (local.get 0) (local.get 1)))
    (func (export "neg") (param v128) (result v128 v128 v128 v128)
      (i8x16.neg (local.get 0)) (i16x8.neg (local.get 0)) (i32x4.neg (local.get 0)) (i64x2.neg (local.get 0))))
  )"));
  const uint32_t nan = 0x7fc00001u, one = 0x3f800000u, two = 0x40000000u, neg_zero = 0x80000000u;
  // Lanes: NaN against 1, 1 against 2, 2 against 1, -0 against +0.
  const Value a = i32x4(nan, one, two, neg_zero), b = i32x4(one, two, one, 0);
  const uint32_t t = 0xffffffffu;
  EXPECT_CALL_RESULT(h,
                     returns({i32x4(0, 0, 0, t), i32x4(t, t, t, 0), i32x4(0, t, 0, 0), i32x4(0, t, 0, t),
                              i32x4(0, 0, t, 0), i32x4(0, 0, t, t)}),
                     "f32x4.cmp", a, b);
  const uint64_t dnan = 0x7ff8000000000001ull, d1 = 0x3ff0000000000000ull, d2 = 0x4000000000000000ull;
  EXPECT_CALL_RESULT(h, returns({v128(0, ~0ull), v128(0, ~0ull)}), "f64x2.gt-ge", v128(dnan, d2), v128(d1, d1));
  // pmin(a, b) = b < a ? b : a; pmax(a, b) = a < b ? b : a: NaN and equal
  // zeros give the first operand's bits.
  EXPECT_CALL_RESULT(h, returns({i32x4(nan, one, one, neg_zero), i32x4(nan, two, two, neg_zero)}), "f32x4.pmin-pmax", a,
                     b);
  EXPECT_CALL_RESULT(h, returns({i32x4(one, one, one, 0), i32x4(one, two, two, 0)}), "f32x4.pmin-pmax", b, a);
  EXPECT_CALL_RESULT(h, returns({v128(dnan, d1), v128(dnan, d2)}), "f64x2.pmin-pmax", v128(dnan, d2), v128(d1, d1));
  EXPECT_CALL_RESULT(h, returns({v128(0xffff0000ffff0000ull, 0)}), "i16x8.ne", v128(0x0001000000010000ull, 7),
                     v128(0x0000000000000000ull, 7));
  const Value mins = v128(0x8000000080008080ull, 0x8000000000000001ull);
  EXPECT_CALL_RESULT(
      h,
      returns({v128(0x8000000080008080ull, 0x80000000000000ffull), v128(0x8000000080007f80ull, 0x800000000000ffffull),
               v128(0x800000007fff7f80ull, 0x80000000ffffffffull), v128(0x7fffffff7fff7f80ull, 0x7fffffffffffffffull)}),
      "neg", mins);
}

TEST_P(Simd, IntegerComparisonsSignedAndUnsigned) {
  std::string funcs;
  for (const char* shape : {"i8x16", "i16x8", "i32x4"})
    for (const char* cmp : {"lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"})
      funcs += std::string("(func (export \"") + shape + "." + cmp + "\") (param v128 v128) (result v128) (" + shape +
               "." + cmp + " (local.get 0) (local.get 1)))\n";
  Harness h(GetParam());
  ASSERT_TRUE(h.load("(module " + funcs + ")"));
  // Lanes: min against max, max against min, equal, -1 against 0: signed
  // and unsigned orders disagree on all but the equal lane.
  const uint32_t t = 0xffffffffu;
  const Value a = i32x4(0x80000000u, 0x7fffffffu, 5, 0xffffffffu), b = i32x4(0x7fffffffu, 0x80000000u, 5, 0);
  EXPECT_CALL_RESULT(h, returns({i32x4(t, 0, 0, t)}), "i32x4.lt_s", a, b);
  EXPECT_CALL_RESULT(h, returns({i32x4(0, t, 0, 0)}), "i32x4.lt_u", a, b);
  EXPECT_CALL_RESULT(h, returns({i32x4(0, t, 0, 0)}), "i32x4.gt_s", a, b);
  EXPECT_CALL_RESULT(h, returns({i32x4(t, 0, 0, t)}), "i32x4.gt_u", a, b);
  EXPECT_CALL_RESULT(h, returns({i32x4(t, 0, t, t)}), "i32x4.le_s", a, b);
  EXPECT_CALL_RESULT(h, returns({i32x4(0, t, t, 0)}), "i32x4.le_u", a, b);
  EXPECT_CALL_RESULT(h, returns({i32x4(0, t, t, 0)}), "i32x4.ge_s", a, b);
  EXPECT_CALL_RESULT(h, returns({i32x4(t, 0, t, t)}), "i32x4.ge_u", a, b);
  // Narrow shapes: the same lanes in their widths, checked against the interpreter.
  const Value a8 = v128(0xff057f80ff057f80ull, 0x80ff057f80ff057full), b8 = v128(0x00057f8000058000ull, ~0ull);
  for (const char* shape : {"i8x16", "i16x8"})
    for (const char* cmp : {"lt_s", "lt_u", "gt_s", "gt_u", "le_s", "le_u", "ge_s", "ge_u"}) {
      const std::string name = std::string(shape) + "." + cmp;
      const Outcome native = h.native(name, {a8, b8});
      EXPECT_TRUE(same_outcome(native, h.reference(name, {a8, b8}))) << name << ": " << native.to_string();
    }
}

TEST_P(Simd, FloatArithmeticAndItsNaNs) {
  Harness h(GetParam());
  const char* module = R"((module
    (func (export "f32x4.arith") (param v128 v128) (result v128 v128 v128 v128)
      (f32x4.add (local.get 0) (local.get 1)) (f32x4.sub (local.get 0) (local.get 1))
      (f32x4.mul (local.get 0) (local.get 1)) (f32x4.div (local.get 0) (local.get 1)))
    (func (export "f64x2.unary") (param v128) (result v128 v128 v128)
      (f64x2.abs (local.get 0)) (f64x2.neg (local.get 0)) (f64x2.sqrt (local.get 0))))
  )";
  ASSERT_TRUE(h.load(module));
  const uint32_t one = 0x3f800000u, two = 0x40000000u, three = 0x40400000u, half = 0x3f000000u;
  EXPECT_CALL_RESULT(h,
                     returns({i32x4(three, three, two, 0x7f800000u), i32x4(0xbf800000u, 0x3f800000u, 0, 0x7f800000u),
                              i32x4(two, two, 0x3f800000u, 0x7f800000u), i32x4(half, two, one, 0x7f800000u)}),
                     "f32x4.arith", i32x4(one, two, one, 0x7f800000u), i32x4(two, one, one, 0x3f800000u));
  const uint64_t four = 0x4010000000000000ull, neg_nan = 0xfff0000000000123ull;
  // Abs and neg keep a NaN's payload; sqrt's NaN may be any arithmetic
  // NaN (the interpreter's is canonical, the baseline's the quieted input).
  const Outcome unary = h.native("f64x2.unary", {v128(four, neg_nan)});
  ASSERT_EQ(unary.kind, Outcome::Kind::Returned) << unary.to_string();
  EXPECT_TRUE(same_value(unary.values[0], v128(four, 0x7ff0000000000123ull))) << unary.to_string();
  EXPECT_TRUE(same_value(unary.values[1], v128(0xc010000000000000ull, 0x7ff0000000000123ull))) << unary.to_string();
  EXPECT_EQ(unary.values[2].bits, 0x4000000000000000ull) << unary.to_string();
  EXPECT_EQ(unary.values[2].hi & 0x7ff8000000000000ull, 0x7ff8000000000000ull) << unary.to_string();
  // 0/0 and inf-inf make a NaN; with canonicalization on it is the canonical one.
  Harness canonical([] {
    std::vector<std::string> s = GetParam();
    s.push_back("nan_canonicalization=true");
    return s;
  }());
  ASSERT_TRUE(canonical.load(module));
  const Outcome o = canonical.native("f32x4.arith", {i32x4(0, 0x7f800000u, 0, one), i32x4(0, 0x7f800000u, 0, one)});
  ASSERT_EQ(o.kind, Outcome::Kind::Returned) << o.to_string();
  EXPECT_TRUE(same_value(o.values[1], i32x4(0, 0x7fc00000u, 0, 0))) << o.to_string();
  EXPECT_TRUE(same_value(o.values[3], i32x4(0x7fc00000u, 0x7fc00000u, 0x7fc00000u, one))) << o.to_string();
}

TEST_P(Simd, FloatMinMaxOrderZerosAndPropagateNaN) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "f32x4.min-max") (param v128 v128) (result v128 v128)
      (f32x4.min (local.get 0) (local.get 1)) (f32x4.max (local.get 0) (local.get 1)))
    (func (export "f64x2.min-max") (param v128 v128) (result v128 v128)
      (f64x2.min (local.get 0) (local.get 1)) (f64x2.max (local.get 0) (local.get 1))))
  )"));
  const uint32_t one = 0x3f800000u, neg_two = 0xc0000000u, neg_zero = 0x80000000u, inf = 0x7f800000u;
  // -0 is below +0 both ways round; ordinary lanes and infinities.
  EXPECT_CALL_RESULT(h, returns({i32x4(neg_zero, neg_zero, neg_two, one), i32x4(0, 0, one, inf)}), "f32x4.min-max",
                     i32x4(neg_zero, 0, one, inf), i32x4(0, neg_zero, neg_two, one));
  EXPECT_CALL_RESULT(h, returns({v128(0x8000000000000000ull, 0xbff0000000000000ull), v128(0, 0x3ff0000000000000ull)}),
                     "f64x2.min-max", v128(0, 0x3ff0000000000000ull),
                     v128(0x8000000000000000ull, 0xbff0000000000000ull));
  // A NaN in either operand gives a NaN lane (the spec lets its payload be any).
  for (const bool nan_first : {true, false}) {
    const Value nan = i32x4(0x7fa00001u, 0x7fa00001u, 0x7fa00001u, 0x7fa00001u), x = i32x4(one, neg_zero, 0, inf);
    const Outcome o = h.native("f32x4.min-max", nan_first ? std::vector<Value>{nan, x} : std::vector<Value>{x, nan});
    ASSERT_EQ(o.kind, Outcome::Kind::Returned) << o.to_string();
    for (const Value& v : o.values)
      for (const uint64_t half : {v.bits, v.hi})
        for (const uint32_t lane : {static_cast<uint32_t>(half), static_cast<uint32_t>(half >> 32)})
          EXPECT_TRUE((lane & 0x7f800000u) == 0x7f800000u && (lane & 0x007fffffu) != 0) << o.to_string();
  }
}

TEST_P(Simd, AllTrueBitmaskAndBitselect) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "all_true") (param v128) (result i32 i32 i32 i32)
      (i8x16.all_true (local.get 0)) (i16x8.all_true (local.get 0))
      (i32x4.all_true (local.get 0)) (i64x2.all_true (local.get 0)))
    (func (export "bitmask") (param v128) (result i32 i32 i32 i32)
      (i8x16.bitmask (local.get 0)) (i16x8.bitmask (local.get 0))
      (i32x4.bitmask (local.get 0)) (i64x2.bitmask (local.get 0)))
    (func (export "bitselect") (param v128 v128 v128) (result v128)
      (v128.bitselect (local.get 0) (local.get 1) (local.get 2))))
  )"));
  // Each quadword has one zero dword: only i64x2 sees no zero lane.
  EXPECT_CALL_RESULT(h, returns({i32(0), i32(0), i32(0), i32(1)}), "all_true",
                     v128(0x0000000100000000ull, 0x8000000000000000ull));
  // Both dwords of lane 1 zero: i64x2 too sees a zero lane.
  EXPECT_CALL_RESULT(h, returns({i32(0), i32(0), i32(0), i32(0)}), "all_true", v128(0x0101010101010101ull, 0));
  EXPECT_CALL_RESULT(h, returns({i32(1), i32(1), i32(1), i32(1)}), "all_true",
                     v128(0x0101010101010101ull, 0x8080808080808080ull));
  // Sign bits: byte 1 and byte 15; word 0 (0x8001 is negative) and word 7;
  // dword 3; quadword 1.
  EXPECT_CALL_RESULT(h, returns({i32(0x8002), i32(0x81), i32(0x8), i32(0x2)}), "bitmask",
                     v128(0x0000000000008001ull, 0x8000000000000000ull));
  EXPECT_CALL_RESULT(h, returns({v128(0xff00f0f00000ffffull, 0x123456789abcdef0ull)}), "bitselect",
                     v128(0xffffffffffffffffull, 0x123456789abcdef0ull), v128(0x0000f0f00000ffffull, ~0ull),
                     v128(0xff00000000000000ull, ~0ull));
}

TEST_P(Simd, ShiftsTakeTheirCountModuloTheLaneWidth) {
  std::string funcs;
  for (const char* shape : {"i8x16", "i16x8", "i32x4", "i64x2"})
    for (const char* op : {"shl", "shr_s", "shr_u"})
      funcs += std::string("(func (export \"") + shape + "." + op + "\") (param v128 i32) (result v128) (" + shape +
               "." + op + " (local.get 0) (local.get 1)))\n";
  // A constant count, and one that lives in a register beside other values.
  funcs += "(func (export \"const\") (param v128) (result v128) (i8x16.shr_s (local.get 0) (i32.const 9)))\n";
  Harness h(GetParam());
  ASSERT_TRUE(h.load("(module " + funcs + ")"));
  // Every lane width sees its minimum, maximum, -1, 1 and a mixed pattern.
  const Value edges = v128(0x80007fff8000ff01ull, 0x7f80ff0180000001ull);
  const Value wide = v128(0x8000000000000001ull, 0x7fffffff80000000ull);
  for (const char* shape : {"i8x16", "i16x8", "i32x4", "i64x2"})
    for (const char* op : {"shl", "shr_s", "shr_u"})
      for (const uint32_t count : {0u, 1u, 7u, 8u, 9u, 15u, 16u, 17u, 31u, 32u, 33u, 63u, 64u, 65u, 0xffffffffu})
        for (const Value& v : {edges, wide}) {
          const std::string name = std::string(shape) + "." + op;
          const std::vector<Value> args = {v, i32(count)};
          const Outcome native = h.native(name, args);
          EXPECT_TRUE(same_outcome(native, h.reference(name, args)))
              << name << " by " << count << ": " << native.to_string();
        }
  // Spot values: i8 has no packed shift of its own; i64 shr_s has none either.
  EXPECT_CALL_RESULT(h, returns({v128(0x000400fc00fc0004ull, 0)}), "i8x16.shl", v128(0x8001003f80ff0001ull, 0),
                     i32(10));
  EXPECT_CALL_RESULT(h, returns({v128(0xf000000ff0ff0f00ull, 0)}), "i8x16.shr_s", v128(0x8001007f80ff7f01ull, 0),
                     i32(3));
  EXPECT_CALL_RESULT(h, returns({v128(0x1000010f101f0f00ull, 0)}), "i8x16.shr_u", v128(0x8001087f80ff7f01ull, 0),
                     i32(11));
  EXPECT_CALL_RESULT(h, returns({v128(0xf000000000000000ull, 0x0fffffffffffffffull)}), "i64x2.shr_s",
                     v128(0x8000000000000001ull, 0x7fffffffffffffffull), i32(67));
  EXPECT_CALL_RESULT(h, returns({v128(0xffffffffffffffffull, 0)}), "i64x2.shr_s", v128(0x8000000000000000ull, 1),
                     i32(63));
  EXPECT_CALL_RESULT(h, returns({v128(0xc000003fc0ff3f00ull, 0)}), "const", v128(0x8001007f80ff7f01ull, 0));
}

TEST_P(Simd, NarrowSaturatesAndExtendWidens) {
  std::string funcs;
  for (const char* op :
       {"i8x16.narrow_i16x8_s", "i8x16.narrow_i16x8_u", "i16x8.narrow_i32x4_s", "i16x8.narrow_i32x4_u"})
    funcs += std::string("(func (export \"") + op + "\") (param v128 v128) (result v128) (" + op +
             " (local.get 0) (local.get 1)))\n";
  const char* extends[] = {"i16x8.extend_low_i8x16_s",  "i16x8.extend_high_i8x16_s", "i16x8.extend_low_i8x16_u",
                           "i16x8.extend_high_i8x16_u", "i32x4.extend_low_i16x8_s",  "i32x4.extend_high_i16x8_s",
                           "i32x4.extend_low_i16x8_u",  "i32x4.extend_high_i16x8_u", "i64x2.extend_low_i32x4_s",
                           "i64x2.extend_high_i32x4_s", "i64x2.extend_low_i32x4_u",  "i64x2.extend_high_i32x4_u"};
  for (const char* op : extends)
    funcs += std::string("(func (export \"") + op + "\") (param v128) (result v128) (" + op + " (local.get 0)))\n";
  Harness h(GetParam());
  ASSERT_TRUE(h.load("(module " + funcs + ")"));
  // Dwords at and beyond both ends of the narrow ranges, words likewise.
  const Value d1 = i32x4(0x80000000u, 0xffffffffu, 0x0000ffffu, 0x00010000u);
  const Value d2 = i32x4(0x7fffffffu, 0x00008000u, 0x00007fffu, 0xffff8000u);
  // Unsigned: negatives (even INT32_MIN) to 0, above 0xffff to 0xffff.
  EXPECT_CALL_RESULT(h, returns({v128(0xffffffff00000000ull, 0x00007fff8000ffffull)}), "i16x8.narrow_i32x4_u", d1, d2);
  EXPECT_CALL_RESULT(h, returns({v128(0x7fff7fffffff8000ull, 0x80007fff7fff7fffull)}), "i16x8.narrow_i32x4_s", d1, d2);
  for (const char* op :
       {"i8x16.narrow_i16x8_s", "i8x16.narrow_i16x8_u", "i16x8.narrow_i32x4_s", "i16x8.narrow_i32x4_u"})
    for (const auto& [a, b] : {std::pair{d1, d2}, std::pair{d2, d1}}) {
      const Outcome native = h.native(op, {a, b});
      EXPECT_TRUE(same_outcome(native, h.reference(op, {a, b}))) << op << ": " << native.to_string();
    }
  const Value lanes = v128(0x7fffffff80017f80ull, 0x80000000ffff00ffull);
  EXPECT_CALL_RESULT(h, returns({v128(0xffffffffffff00ffull, 0xffffffff80000000ull)}), "i64x2.extend_high_i32x4_s",
                     lanes);
  EXPECT_CALL_RESULT(h, returns({v128(0x00000000ffff00ffull, 0x0000000080000000ull)}), "i64x2.extend_high_i32x4_u",
                     lanes);
  EXPECT_CALL_RESULT(h, returns({v128(0xff800001007fff80ull, 0x007fffffffffffffull)}), "i16x8.extend_low_i8x16_s",
                     lanes);
  for (const char* op : extends) {
    const Outcome native = h.native(op, {lanes});
    EXPECT_TRUE(same_outcome(native, h.reference(op, {lanes}))) << op << ": " << native.to_string();
  }
}

TEST_P(Simd, I32AndI64MultiplyWrap) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "i32x4.mul") (param v128 v128) (result v128) (i32x4.mul (local.get 0) (local.get 1)))
    (func (export "i64x2.mul") (param v128 v128) (result v128) (i64x2.mul (local.get 0) (local.get 1)))
    (func (export "square") (param v128) (result v128 v128)
      (i32x4.mul (local.get 0) (local.get 0)) (i64x2.mul (local.get 0) (local.get 0))))
  )"));
  // Each lane differs from the others, so a product in the wrong lane shows.
  EXPECT_CALL_RESULT(h, returns({i32x4(0xfffffffeu, 0x00000001u, 0x80000000u, 0x23462345u)}), "i32x4.mul",
                     i32x4(2, 0xffffffffu, 0x80000000u, 0x12345u), i32x4(0x7fffffffu, 0xffffffffu, 3, 0x10001u));
  EXPECT_CALL_RESULT(h, returns({v128(0x0000000000000001ull, 0x8000000000000000ull)}), "i64x2.mul",
                     v128(~0ull, 0x8000000000000000ull), v128(~0ull, 0x0000000100000001ull));
  const Value edges[] = {v128(0x7fffffff80000000ull, 0xffffffff00000001ull),
                         v128(0x123456789abcdef0ull, 0x0fedcba987654321ull), v128(~0ull, 0x8000000000000000ull)};
  for (const Value& a : edges) {
    for (const Value& b : edges)
      for (const char* op : {"i32x4.mul", "i64x2.mul"}) {
        const Outcome native = h.native(op, {a, b});
        EXPECT_TRUE(same_outcome(native, h.reference(op, {a, b}))) << op << ": " << native.to_string();
      }
    const Outcome native = h.native("square", {a});
    EXPECT_TRUE(same_outcome(native, h.reference("square", {a}))) << native.to_string();
  }
}

TEST_P(Simd, I64ComparisonsWithAndWithoutPcmpgtq) {
  std::string funcs;
  for (const char* cmp : {"eq", "ne", "lt_s", "gt_s", "le_s", "ge_s"})
    funcs += std::string("(func (export \"") + cmp + "\") (param v128 v128) (result v128) (i64x2." + cmp +
             " (local.get 0) (local.get 1)))\n";
  // pcmpgtq is SSE4.2: each parameter set runs with it and without.
  for (const char* sse42 : {"has_sse42=true", "has_sse42=false"}) {
    std::vector<std::string> settings = GetParam();
    settings.push_back(sse42);
    Harness h(settings);
    ASSERT_TRUE(h.load("(module " + funcs + ")"));
    const uint64_t t = ~0ull;
    // Equal high dwords with low dwords unsigned-ordered against their signed
    // order; min against max.
    const Value a = v128(0x00000005ffffffffull, 0x8000000000000000ull);
    const Value b = v128(0x0000000500000001ull, 0x7fffffffffffffffull);
    EXPECT_CALL_RESULT(h, returns({v128(t, 0)}), "gt_s", a, b);
    EXPECT_CALL_RESULT(h, returns({v128(0, t)}), "lt_s", a, b);
    EXPECT_CALL_RESULT(h, returns({v128(0, t)}), "le_s", a, b);
    EXPECT_CALL_RESULT(h, returns({v128(t, 0)}), "ge_s", a, b);
    // One dword equal, the other not: only the whole lane counts.
    EXPECT_CALL_RESULT(h, returns({v128(0, t)}), "eq", v128(0x1234567800000000ull, 7), v128(0x1234567900000000ull, 7));
    EXPECT_CALL_RESULT(h, returns({v128(t, 0)}), "ne", v128(0x0000000012345678ull, 7), v128(0x0000000112345678ull, 7));
    const Value edges[] = {a, b, v128(~0ull, 0), v128(0, ~0ull), v128(0xffffffff00000000ull, 0x00000000ffffffffull)};
    for (const char* cmp : {"eq", "ne", "lt_s", "gt_s", "le_s", "ge_s"})
      for (const Value& x : edges)
        for (const Value& y : edges) {
          const Outcome native = h.native(cmp, {x, y});
          EXPECT_TRUE(same_outcome(native, h.reference(cmp, {x, y})))
              << cmp << " " << sse42 << ": " << native.to_string();
        }
  }
}

TEST_P(Simd, IntegerAbsKeepsTheMinimum) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "abs") (param v128) (result v128 v128 v128 v128)
      (i8x16.abs (local.get 0)) (i16x8.abs (local.get 0)) (i32x4.abs (local.get 0)) (i64x2.abs (local.get 0))))
  )"));
  // Lanes of every width at their minimum, -1, 1 and the maximum.
  const Value x = v128(0x8000000000000001ull, 0xffffffff7fff80ffull);
  EXPECT_CALL_RESULT(
      h,
      returns({v128(0x8000000000000001ull, 0x010101017f018001ull), v128(0x8000000000000001ull, 0x000100017fff7f01ull),
               v128(0x8000000000000001ull, 0x000000017fff80ffull), v128(0x7fffffffffffffffull, 0x0000000080007f01ull)}),
      "abs", x);
  for (const Value& v : {x, v128(0x7fffffffffffffffull, 0x8000000000000000ull), v128(~0ull, 0x0180ff7f00000000ull)}) {
    const Outcome native = h.native("abs", {v});
    EXPECT_TRUE(same_outcome(native, h.reference("abs", {v}))) << native.to_string();
  }
}

TEST_P(Simd, I16UnsignedMinMax) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "min-max") (param v128 v128) (result v128 v128)
      (i16x8.min_u (local.get 0) (local.get 1)) (i16x8.max_u (local.get 0) (local.get 1))))
  )"));
  // 0xffff against 0, 0x8000 against 0x7fff, equal lanes, and the reverse.
  const Value a = v128(0x00058000ffff0000ull, 0x7fff00017fff8000ull);
  const Value b = v128(0x00057fff0000ffffull, 0x80000002ffff7fffull);
  EXPECT_CALL_RESULT(
      h,
      returns({v128(0x00057fff00000000ull, 0x7fff00017fff7fffull), v128(0x00058000ffffffffull, 0x80000002ffff8000ull)}),
      "min-max", a, b);
  for (const auto& [x, y] : {std::pair{a, b}, std::pair{b, a}, std::pair{a, a}}) {
    const Outcome native = h.native("min-max", {x, y});
    EXPECT_TRUE(same_outcome(native, h.reference("min-max", {x, y}))) << native.to_string();
  }
}

TEST_P(Simd, I32MinMaxSignedAndUnsigned) {
  std::string funcs;
  for (const char* op : {"min_s", "min_u", "max_s", "max_u"})
    funcs += std::string("(func (export \"") + op + "\") (param v128 v128) (result v128) (i32x4." + op +
             " (local.get 0) (local.get 1)))\n";
  Harness h(GetParam());
  ASSERT_TRUE(h.load("(module " + funcs + ")"));
  // Min against max, -1 against 0 (the orders disagree), equal, 1 against 2.
  const Value a = i32x4(0x80000000u, 0xffffffffu, 7, 1), b = i32x4(0x7fffffffu, 0, 7, 2);
  EXPECT_CALL_RESULT(h, returns({i32x4(0x80000000u, 0xffffffffu, 7, 1)}), "min_s", a, b);
  EXPECT_CALL_RESULT(h, returns({i32x4(0x7fffffffu, 0, 7, 1)}), "min_u", a, b);
  EXPECT_CALL_RESULT(h, returns({i32x4(0x7fffffffu, 0, 7, 2)}), "max_s", a, b);
  EXPECT_CALL_RESULT(h, returns({i32x4(0x80000000u, 0xffffffffu, 7, 2)}), "max_u", a, b);
  for (const char* op : {"min_s", "min_u", "max_s", "max_u"})
    for (const auto& [x, y] : {std::pair{a, b}, std::pair{b, a}}) {
      const Outcome native = h.native(op, {x, y});
      EXPECT_TRUE(same_outcome(native, h.reference(op, {x, y}))) << op << ": " << native.to_string();
    }
}

TEST(SimdLowering, EveryFixedWidthSimdOperatorHasOne) {
  // The baseline compiles all of WebAssembly 2.0's SIMD: no operator of the
  // table falls through to the refusal.
  int simd_ops = 0;
  for (const wasm::OpInfo& info : wasm::all_ops()) {
    if (!info.is_simd()) continue;
    ++simd_ops;
    EXPECT_NE(FunctionCompiler::simd_visit_for(info.opcode), &FunctionCompiler::visit_simd_unsupported) << info.text;
  }
  EXPECT_GT(simd_ops, 200);
}

INSTANTIATE_TEST_SUITE_P(Settings, Simd,
                         ::testing::Values(std::vector<std::string>{}, std::vector<std::string>{"has_sse41=false"},
                                           std::vector<std::string>{"has_sse41=false", "has_ssse3=false",
                                                                    "has_sse42=false", "has_popcnt=false"},
                                           std::vector<std::string>{"bounds_checks=explicit"}));

}  // namespace
}  // namespace tandem::baseline::testing
