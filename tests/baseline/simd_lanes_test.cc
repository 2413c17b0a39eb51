// The baseline's SIMD lane moves, conversions, rounding and widening
// integer operators on lane values at their edges: float lanes, shuffle and
// swizzle (indices from 16 on), lane loads and stores, saturating
// truncations (NaN, out of range), unsigned conversions, rounding (NaN,
// -0, halves, magnitudes already integral), popcnt, extmul, extadd, dot
// and q15mulr. Each runs with the default ISA, with SSE4.1 off, with every
// ISA flag the baseline consults off (the SSE2 sequences), and with
// explicit bounds checks; each call is checked against an expected value
// and the interpreter.
#include <gtest/gtest.h>

#include <string>

#include "tests/baseline/harness.h"

namespace tandem::baseline::testing {
namespace {

using compile::TrapCode;

Value v128(uint64_t lo, uint64_t hi) { return Value::v128(lo, hi); }
Value i32x4(uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
  return Value::v128(uint64_t{a} | uint64_t{b} << 32, uint64_t{c} | uint64_t{d} << 32);
}
// Sixteen byte lanes, lane 0 first.
Value bytes(std::initializer_list<int> lanes) {
  uint64_t half[2] = {0, 0};
  int i = 0;
  for (int lane : lanes) {
    half[i / 8] |= uint64_t(lane & 0xff) << (8 * (i % 8));
    ++i;
  }
  return Value::v128(half[0], half[1]);
}
uint32_t lane32(const Value& v, int lane) {
  const uint64_t half = lane < 2 ? v.bits : v.hi;
  return static_cast<uint32_t>(half >> (32 * (lane % 2)));
}

class SimdLanes : public ::testing::TestWithParam<std::vector<std::string>> {};

// Checks `name` against the interpreter on every argument list.
void expect_agrees(Harness& h, const char* name, const std::vector<std::vector<Value>>& arg_lists) {
  for (const auto& args : arg_lists) {
    const Outcome native = h.native(name, args);
    EXPECT_TRUE(same_outcome(native, h.reference(name, args)))
        << name << ": baseline " << native.to_string() << ", interpreter " << h.reference(name, args).to_string();
  }
}

TEST_P(SimdLanes, FloatSplatExtractAndReplace) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "f32") (param v128 f32) (result v128 f32 f32 f32 f32 v128 v128 v128 v128)
      (f32x4.splat (local.get 1))
      (f32x4.extract_lane 0 (local.get 0)) (f32x4.extract_lane 1 (local.get 0))
      (f32x4.extract_lane 2 (local.get 0)) (f32x4.extract_lane 3 (local.get 0))
      (f32x4.replace_lane 0 (local.get 0) (local.get 1)) (f32x4.replace_lane 1 (local.get 0) (local.get 1))
      (f32x4.replace_lane 2 (local.get 0) (local.get 1)) (f32x4.replace_lane 3 (local.get 0) (local.get 1)))
    (func (export "f64") (param v128 f64) (result v128 f64 f64 v128 v128)
      (f64x2.splat (local.get 1))
      (f64x2.extract_lane 0 (local.get 0)) (f64x2.extract_lane 1 (local.get 0))
      (f64x2.replace_lane 0 (local.get 0) (local.get 1)) (f64x2.replace_lane 1 (local.get 0) (local.get 1)))
    (func (export "sum") (param f32) (result f32)
      (f32x4.extract_lane 2 (f32x4.add (f32x4.splat (local.get 0)) (f32x4.splat (local.get 0))))))
  )"));
  // A signalling NaN lane and -0 pass through lane moves bit for bit.
  const Value v = i32x4(0x3f800000u, 0x7fa00001u, 0x80000000u, 0xc0400000u);
  const uint32_t x = 0xff800001u;
  EXPECT_CALL_RESULT(
      h,
      returns({i32x4(x, x, x, x), Value::f32_bits(0x3f800000u), Value::f32_bits(0x7fa00001u),
               Value::f32_bits(0x80000000u), Value::f32_bits(0xc0400000u),
               i32x4(x, 0x7fa00001u, 0x80000000u, 0xc0400000u), i32x4(0x3f800000u, x, 0x80000000u, 0xc0400000u),
               i32x4(0x3f800000u, 0x7fa00001u, x, 0xc0400000u), i32x4(0x3f800000u, 0x7fa00001u, 0x80000000u, x)}),
      "f32", v, Value::f32_bits(x));
  const uint64_t a = 0x7ff0000000000001ull, b = 0x8000000000000000ull, y = 0x400921fb54442d18ull;
  EXPECT_CALL_RESULT(h, returns({v128(y, y), Value::f64_bits(a), Value::f64_bits(b), v128(y, b), v128(a, y)}), "f64",
                     v128(a, b), Value::f64_bits(y));
  EXPECT_CALL_RESULT(h, returns({Value::f32_bits(0x40400000u)}), "sum", Value::f32_bits(0x3fc00000u));
}

TEST_P(SimdLanes, I8ReplaceLaneEveryLane) {
  std::string funcs;
  for (int lane = 0; lane < 16; ++lane)
    funcs += "(func (export \"r" + std::to_string(lane) + "\") (param v128 i32) (result v128) (i8x16.replace_lane " +
             std::to_string(lane) + " (local.get 0) (local.get 1)))\n";
  Harness h(GetParam());
  ASSERT_TRUE(h.load("(module " + funcs + ")"));
  const Value v = v128(0x0706050403020100ull, 0x0f0e0d0c0b0a0908ull);
  for (int lane = 0; lane < 16; ++lane) {
    // Only the value's low byte goes in; the bytes around it stay.
    uint64_t lo = 0x0706050403020100ull, hi = 0x0f0e0d0c0b0a0908ull;
    uint64_t& half = lane < 8 ? lo : hi;
    half = (half & ~(uint64_t{0xff} << (8 * (lane % 8)))) | uint64_t{0xa5} << (8 * (lane % 8));
    EXPECT_CALL_RESULT(h, returns({v128(lo, hi)}), ("r" + std::to_string(lane)).c_str(), v, i32(0x123456a5u));
  }
}

TEST_P(SimdLanes, ShuffleAndSwizzle) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "mixed") (param v128 v128) (result v128)
      (i8x16.shuffle 31 0 16 15 1 2 17 18 30 29 7 7 8 9 24 25 (local.get 0) (local.get 1)))
    (func (export "only-a") (param v128 v128) (result v128)
      (i8x16.shuffle 15 14 13 12 11 10 9 8 7 6 5 4 3 2 1 0 (local.get 0) (local.get 1)))
    (func (export "only-b") (param v128 v128) (result v128)
      (i8x16.shuffle 16 16 17 17 18 19 20 21 22 23 24 25 26 27 28 31 (local.get 0) (local.get 1)))
    (func (export "same") (param v128) (result v128)
      (i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31 (local.get 0) (local.get 0)))
    (func (export "swizzle") (param v128 v128) (result v128) (i8x16.swizzle (local.get 0) (local.get 1)))
    (func (export "swizzle-live") (param v128 v128) (result v128 v128)
      (local.get 0) (i8x16.swizzle (local.get 0) (local.get 1))))
  )"));
  // Byte i of a is i, of b 16 + i: a shuffle's result bytes are its indices.
  const Value a = bytes({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15});
  const Value b = bytes({16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31});
  EXPECT_CALL_RESULT(h, returns({bytes({31, 0, 16, 15, 1, 2, 17, 18, 30, 29, 7, 7, 8, 9, 24, 25})}), "mixed", a, b);
  EXPECT_CALL_RESULT(h, returns({bytes({15, 14, 13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0})}), "only-a", a, b);
  EXPECT_CALL_RESULT(h, returns({bytes({16, 16, 17, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 31})}), "only-b", a,
                     b);
  EXPECT_CALL_RESULT(h, returns({bytes({0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})}), "same", a);
  // Indices 16, 31, 32, 255 and the pshufb zero bit (0x80, 0x8f) give 0;
  // 0x70 too, though pshufb would read it as 0.
  const Value indices = bytes({0, 15, 16, 31, 32, 255, 0x80, 0x8f, 1, 14, 0x13, 7, 0x70, 0x0f, 2, 3});
  const Value picked = bytes({16, 31, 0, 0, 0, 0, 0, 0, 17, 30, 0, 23, 0, 31, 18, 19});
  EXPECT_CALL_RESULT(h, returns({picked}), "swizzle", b, indices);
  EXPECT_CALL_RESULT(h, returns({b, picked}), "swizzle-live", b, indices);
  expect_agrees(h, "swizzle", {{a, b}, {b, a}, {indices, indices}, {a, v128(~0ull, 0x0f0f0f0f10101010ull)}});
  expect_agrees(h, "mixed", {{indices, picked}, {picked, indices}});
}

TEST_P(SimdLanes, LaneLoadsAndStores) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (memory 1)
    (data (i32.const 0) "\a0\a1\a2\a3\a4\a5\a6\a7\a8\a9\aa\ab\ac\ad\ae\af")
    (func (export "load") (param i32 v128) (result v128 v128 v128 v128 v128 v128 v128)
      (v128.load8_lane 0 (local.get 0) (local.get 1)) (v128.load8_lane 13 (local.get 0) (local.get 1))
      (v128.load16_lane offset=1 7 (local.get 0) (local.get 1))
      (v128.load32_lane 0 (local.get 0) (local.get 1)) (v128.load32_lane 3 (local.get 0) (local.get 1))
      (v128.load64_lane 0 (local.get 0) (local.get 1)) (v128.load64_lane offset=2 1 (local.get 0) (local.get 1)))
    (func (export "store") (param i32 v128) (result i64 i64)
      (v128.store8_lane 0 (local.get 0) (local.get 1)) (v128.store8_lane offset=1 9 (local.get 0) (local.get 1))
      (v128.store16_lane offset=2 5 (local.get 0) (local.get 1)) (v128.store32_lane offset=4 3 (local.get 0) (local.get 1))
      (v128.store64_lane offset=8 1 (local.get 0) (local.get 1))
      (i64.load (local.get 0)) (i64.load offset=8 (local.get 0)))
    (func (export "store32-low") (param i32 v128) (result i64)
      (v128.store32_lane 0 (local.get 0) (local.get 1)) (v128.store64_lane offset=4 0 (local.get 0) (local.get 1))
      (i64.load offset=4 (local.get 0)))
    (func (export "load16-at") (param i32 v128) (result v128) (v128.load16_lane 1 (local.get 0) (local.get 1)))
    (func (export "store8-at") (param i32 v128) (v128.store8_lane 15 (local.get 0) (local.get 1)))
    (func (export "store64-at") (param i32 v128) (v128.store64_lane 1 (local.get 0) (local.get 1))))
  )"));
  const Value v = v128(0x0706050403020100ull, 0x0f0e0d0c0b0a0908ull);
  EXPECT_CALL_RESULT(
      h,
      returns({v128(0x07060504030201a3ull, 0x0f0e0d0c0b0a0908ull), v128(0x0706050403020100ull, 0x0f0ea30c0b0a0908ull),
               v128(0x0706050403020100ull, 0xa5a40d0c0b0a0908ull), v128(0x07060504a6a5a4a3ull, 0x0f0e0d0c0b0a0908ull),
               v128(0x0706050403020100ull, 0xa6a5a4a30b0a0908ull), v128(0xaaa9a8a7a6a5a4a3ull, 0x0f0e0d0c0b0a0908ull),
               v128(0x0706050403020100ull, 0xacabaaa9a8a7a6a5ull)}),
      "load", i32(3), v);
  // Bytes 0 and 9 at 0 and 1, word 5 at 2, dword 3 at 4, quadword 1 at 8.
  EXPECT_CALL_RESULT(h, returns({i64(0x0f0e0d0c0b0a0900ull), i64(0x0f0e0d0c0b0a0908ull)}), "store", i32(0x100), v);
  EXPECT_CALL_RESULT(h, returns({i64(0x0706050403020100ull)}), "store32-low", i32(0x200), v);
  // The last whole lane in memory, then one byte past it: out of bounds,
  // nothing stored.
  EXPECT_CALL_RESULT(h, returns({v128(0x0706050400000100ull, 0x0f0e0d0c0b0a0908ull)}), "load16-at", i32(0xfffe), v);
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "load16-at", i32(0xffff), v);
  EXPECT_CALL_RESULT(h, returns({}), "store8-at", i32(0xffff), v);
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "store8-at", i32(0x10000), v);
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "store64-at", i32(0xfff9), v);
  EXPECT_CALL_RESULT(h, returns({}), "store64-at", i32(0xfff8), v);
}

TEST_P(SimdLanes, SaturatingTruncationsAndConversions) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "trunc-f32") (param v128) (result v128 v128)
      (i32x4.trunc_sat_f32x4_s (local.get 0)) (i32x4.trunc_sat_f32x4_u (local.get 0)))
    (func (export "trunc-f64") (param v128) (result v128 v128)
      (i32x4.trunc_sat_f64x2_s_zero (local.get 0)) (i32x4.trunc_sat_f64x2_u_zero (local.get 0)))
    (func (export "convert") (param v128) (result v128 v128 v128 v128)
      (f32x4.convert_i32x4_s (local.get 0)) (f32x4.convert_i32x4_u (local.get 0))
      (f64x2.convert_low_i32x4_s (local.get 0)) (f64x2.convert_low_i32x4_u (local.get 0)))
    (func (export "demote-promote") (param v128) (result v128 v128)
      (f32x4.demote_f64x2_zero (local.get 0)) (f64x2.promote_low_f32x4 (local.get 0))))
  )"));
  // NaN, +inf, -inf, 2^31.
  EXPECT_CALL_RESULT(h, returns({i32x4(0, 0x7fffffffu, 0x80000000u, 0x7fffffffu), i32x4(0, ~0u, 0, 0x80000000u)}),
                     "trunc-f32", i32x4(0xffc00001u, 0x7f800000u, 0xff800000u, 0x4f000000u));
  // The largest f32 below 2^32, -1.5, the largest below 2^31, -2^31.
  EXPECT_CALL_RESULT(
      h, returns({i32x4(0x7fffffffu, ~0u, 0x7fffff80u, 0x80000000u), i32x4(0xffffff00u, 0, 0x7fffff80u, 0)}),
      "trunc-f32", i32x4(0x4f7fffffu, 0xbfc00000u, 0x4effffffu, 0xcf000000u));
  // NaN and 4294967295.5; -1.9 and 2147483648.7; -0 and 3000000000.9.
  EXPECT_CALL_RESULT(h, returns({i32x4(0, 0x7fffffffu, 0, 0), i32x4(0, ~0u, 0, 0)}), "trunc-f64",
                     v128(0x7ff8000000000001ull, 0x41effffffff00000ull));
  EXPECT_CALL_RESULT(h, returns({i32x4(~0u, 0x7fffffffu, 0, 0), i32x4(0, 0x80000000u, 0, 0)}), "trunc-f64",
                     v128(0xbffe666666666666ull, 0x41e0000000166666ull));
  EXPECT_CALL_RESULT(h, returns({i32x4(0, 0x7fffffffu, 0, 0), i32x4(0, 3000000000u, 0, 0)}), "trunc-f64",
                     v128(0x8000000000000000ull, 0x41e65a0bc01ccccdull));
  // 2147483647.9 and -2147483648.9: at the signed edges.
  EXPECT_CALL_RESULT(h, returns({i32x4(0x7fffffffu, 0x80000000u, 0, 0), i32x4(0x7fffffffu, 0, 0, 0)}), "trunc-f64",
                     v128(0x41dffffffff9999aull, 0xc1e00000001ccccdull));
  // -1, INT_MIN, 2^24 + 1 (rounds to even), INT_MAX (rounds up to 2^31).
  EXPECT_CALL_RESULT(
      h,
      returns({i32x4(0xbf800000u, 0xcf000000u, 0x4b800000u, 0x4f000000u),
               i32x4(0x4f800000u, 0x4f000000u, 0x4b800000u, 0x4f000000u),
               v128(0xbff0000000000000ull, 0xc1e0000000000000ull), v128(0x41efffffffe00000ull, 0x41e0000000000000ull)}),
      "convert", i32x4(~0u, 0x80000000u, 0x01000001u, 0x7fffffffu));
  // Unsigned lanes whose two halves would round twice if converted apart:
  // 2^32 - 128 is a tie (to 2^32), 2^32 - 129 and 2^31 + 129 are not.
  expect_agrees(h, "convert",
                {{i32x4(0xffffff80u, 0xffffff7fu, 0x80000081u, 0x00ffffffu)},
                 {i32x4(0x80000080u, 0xfffffe80u, 0x0000ffffu, 0x00010000u)}});
  expect_agrees(h, "trunc-f32",
                {{i32x4(0x80000000u, 0x3f7fffffu, 0xbf7fffffu, 0x4f800001u)},
                 {i32x4(0x00000001u, 0xcf000001u, 0x5f000000u, 0xdf000000u)}});
  EXPECT_CALL_RESULT(
      h, returns({i32x4(0x7f800000u, 0xc0200000u, 0, 0), v128(0xb9000eb380000000ull, 0x47c6fc8780000000ull)}),
      "demote-promote", v128(0x7e37e43c8800759cull, 0xc004000000000000ull));
  // NaN lanes stay NaN, quiet.
  const Outcome o = h.native("demote-promote", {v128(0x7ff4000000000001ull, 0xfff0000000000001ull)});
  ASSERT_EQ(o.kind, Outcome::Kind::Returned) << o.to_string();
  for (int lane = 0; lane < 2; ++lane) EXPECT_EQ(lane32(o.values[0], lane) & 0x7fc00000u, 0x7fc00000u) << o.to_string();
  EXPECT_EQ(lane32(o.values[0], 2), 0u) << o.to_string();
}

TEST_P(SimdLanes, RoundingKeepsSignsNaNsAndIntegralMagnitudes) {
  std::string funcs;
  for (const char* shape : {"f32x4", "f64x2"})
    funcs += std::string("(func (export \"") + shape + "\") (param v128) (result v128 v128 v128 v128) (" + shape +
             ".ceil (local.get 0)) (" + shape + ".floor (local.get 0)) (" + shape + ".trunc (local.get 0)) (" + shape +
             ".nearest (local.get 0)))\n";
  Harness h(GetParam());
  ASSERT_TRUE(h.load("(module " + funcs + ")"));
  // -0.5, 1.5, 2^23 - 0.5 (a tie, to the even 2^23), -0.
  EXPECT_CALL_RESULT(h,
                     returns({i32x4(0x80000000u, 0x40000000u, 0x4b000000u, 0x80000000u),
                              i32x4(0xbf800000u, 0x3f800000u, 0x4afffffeu, 0x80000000u),
                              i32x4(0x80000000u, 0x3f800000u, 0x4afffffeu, 0x80000000u),
                              i32x4(0x80000000u, 0x40000000u, 0x4b000000u, 0x80000000u)}),
                     "f32x4", i32x4(0xbf000000u, 0x3fc00000u, 0x4affffffu, 0x80000000u));
  // -2.5, 2^52 - 0.5.
  EXPECT_CALL_RESULT(
      h,
      returns({v128(0xc000000000000000ull, 0x4330000000000000ull), v128(0xc008000000000000ull, 0x432ffffffffffffeull),
               v128(0xc000000000000000ull, 0x432ffffffffffffeull), v128(0xc000000000000000ull, 0x4330000000000000ull)}),
      "f64x2", v128(0xc004000000000000ull, 0x432fffffffffffffull));
  // Infinities, 2^23 + 1, the largest finite f32, -0.7 (ceil: -0), 0.3,
  // the smallest subnormal, -1.
  expect_agrees(h, "f32x4",
                {{i32x4(0x7f800000u, 0xff800000u, 0x4b000001u, 0x7f7fffffu)},
                 {i32x4(0xbf333333u, 0x3e99999au, 0x00000001u, 0xbf800000u)},
                 {i32x4(0xcb000001u, 0x80000001u, 0x3f000000u, 0x40200000u)}});
  expect_agrees(h, "f64x2",
                {{v128(0x7ff0000000000000ull, 0x4330000000000001ull)},
                 {v128(0xbfe6666666666666ull, 0x0000000000000001ull)},
                 {v128(0x7fefffffffffffffull, 0x3fe0000000000000ull)}});
  // A NaN lane stays NaN, quiet; the others are untouched by it.
  const Outcome o = h.native("f32x4", {i32x4(0x7fa00001u, 0xffc00000u, 0x3fc00000u, 0x7f800000u)});
  ASSERT_EQ(o.kind, Outcome::Kind::Returned) << o.to_string();
  for (const Value& v : o.values) {
    EXPECT_EQ(lane32(v, 0) & 0x7fc00000u, 0x7fc00000u) << o.to_string();
    EXPECT_EQ(lane32(v, 1) & 0x7fc00000u, 0x7fc00000u) << o.to_string();
    EXPECT_EQ(lane32(v, 3), 0x7f800000u) << o.to_string();
  }
}

TEST_P(SimdLanes, PopcntMinMaxAndWideningArithmetic) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (func (export "i8") (param v128 v128) (result v128 v128 v128)
      (i8x16.popcnt (local.get 0)) (i8x16.min_s (local.get 0) (local.get 1)) (i8x16.max_s (local.get 0) (local.get 1)))
    (func (export "extadd") (param v128) (result v128 v128 v128 v128)
      (i16x8.extadd_pairwise_i8x16_s (local.get 0)) (i16x8.extadd_pairwise_i8x16_u (local.get 0))
      (i32x4.extadd_pairwise_i16x8_s (local.get 0)) (i32x4.extadd_pairwise_i16x8_u (local.get 0)))
    (func (export "dot-q15") (param v128 v128) (result v128 v128)
      (i32x4.dot_i16x8_s (local.get 0) (local.get 1)) (i16x8.q15mulr_sat_s (local.get 0) (local.get 1)))
    (func (export "extmul16") (param v128 v128) (result v128 v128 v128 v128)
      (i16x8.extmul_low_i8x16_s (local.get 0) (local.get 1)) (i16x8.extmul_high_i8x16_s (local.get 0) (local.get 1))
      (i16x8.extmul_low_i8x16_u (local.get 0) (local.get 1)) (i16x8.extmul_high_i8x16_u (local.get 0) (local.get 1)))
    (func (export "extmul32") (param v128 v128) (result v128 v128 v128 v128)
      (i32x4.extmul_low_i16x8_s (local.get 0) (local.get 1)) (i32x4.extmul_high_i16x8_s (local.get 0) (local.get 1))
      (i32x4.extmul_low_i16x8_u (local.get 0) (local.get 1)) (i32x4.extmul_high_i16x8_u (local.get 0) (local.get 1)))
    (func (export "extmul64") (param v128 v128) (result v128 v128 v128 v128)
      (i64x2.extmul_low_i32x4_s (local.get 0) (local.get 1)) (i64x2.extmul_high_i32x4_s (local.get 0) (local.get 1))
      (i64x2.extmul_low_i32x4_u (local.get 0) (local.get 1)) (i64x2.extmul_high_i32x4_u (local.get 0) (local.get 1))))
  )"));
  const Value a = bytes({0, 1, 0xff, 0x80, 0x7f, 0x55, 0xaa, 0x0f, 0xf0, 3, 0x81, 0xfe, 0x01, 0x80, 0x7f, 0xc3});
  const Value b = bytes({0x7f, 0x80, 0, 0xff, 0x80, 0x55, 0x7f, 0xf0, 0x0f, 0xfd, 0x7f, 0xff, 0xff, 0x80, 0x7f, 0x3c});
  EXPECT_CALL_RESULT(
      h,
      returns({bytes({0, 1, 8, 1, 7, 4, 4, 4, 4, 2, 2, 7, 1, 1, 7, 4}),
               bytes({0, 0x80, 0xff, 0x80, 0x80, 0x55, 0xaa, 0xf0, 0xf0, 0xfd, 0x81, 0xfe, 0xff, 0x80, 0x7f, 0xc3}),
               bytes({0x7f, 1, 0, 0xff, 0x7f, 0x55, 0x7f, 0x0f, 0x0f, 3, 0x7f, 0xff, 0x01, 0x80, 0x7f, 0x3c})}),
      "i8", a, b);
  // Words 0x8000 0x8000 0x7fff 0x7fff 0xffff 0xffff 0x0001 0xffff.
  const Value w = v128(0x7fff7fff80008000ull, 0xffff0001ffffffffull);
  EXPECT_CALL_RESULT(
      h,
      returns({v128(0x007e007eff80ff80ull, 0xfffe0001fffefffeull), v128(0x017e017e00800080ull, 0x01fe000101fe01feull),
               v128(0x0000fffeffff0000ull, 0x00000000fffffffeull), v128(0x0000fffe00010000ull, 0x000100000001fffeull)}),
      "extadd", w);
  // -0x8000 * -0x8000 twice wraps the dot product to 0x80000000, and
  // saturates q15mulr to 0x7fff.
  const Value x = v128(0x7fff800080008000ull, 0x4000c00000010001ull);
  const Value y = v128(0x7fff7fff80008000ull, 0x40004000ffff0001ull);
  EXPECT_CALL_RESULT(
      h, returns({i32x4(0x80000000u, 0xffff8001u, 0, 0), v128(0x7ffe80017fff7fffull, 0x2000e00000000000ull)}),
      "dot-q15", x, y);
  for (const char* name : {"extmul16", "extmul32", "extmul64", "extadd", "dot-q15", "i8"})
    expect_agrees(h, name,
                  {{a, b}, {b, a}, {w, x}, {x, y}, {y, w}, {v128(~0ull, ~0ull), v128(~0ull, 0x8000000080000000ull)}});
  // -2^31 squared, -1 * INT_MAX; unsigned: 0xffffffff squared.
  const Value m = i32x4(0x80000000u, ~0u, 0x80000000u, ~0u), n = i32x4(0x80000000u, 0x7fffffffu, ~0u, ~0u);
  EXPECT_CALL_RESULT(
      h,
      returns({v128(0x4000000000000000ull, 0xffffffff80000001ull), v128(0x0000000080000000ull, 0x0000000000000001ull),
               v128(0x4000000000000000ull, 0x7ffffffe80000001ull), v128(0x7fffffff80000000ull, 0xfffffffe00000001ull)}),
      "extmul64", m, n);
}

INSTANTIATE_TEST_SUITE_P(Settings, SimdLanes,
                         ::testing::Values(std::vector<std::string>{}, std::vector<std::string>{"has_sse41=false"},
                                           std::vector<std::string>{"has_sse41=false", "has_ssse3=false",
                                                                    "has_sse42=false", "has_popcnt=false"},
                                           std::vector<std::string>{"bounds_checks=explicit"}));

}  // namespace
}  // namespace tandem::baseline::testing
