// The baseline's lane-moving, converting, rounding and widening SIMD
// operators against the interpreter on pseudo-random vectors whose lanes
// are drawn from each width's edge values (zeros, halves, powers of two
// around the rounding and conversion limits, infinities, NaNs with
// payloads) or random bits, and on shuffles with random indices, under
// the default ISA and with every ISA flag the baseline consults off. A
// float lane that is NaN on both sides agrees whatever its bits: the spec
// leaves the payload of a NaN result open.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "tests/baseline/harness.h"

namespace tandem::baseline::testing {
namespace {

constexpr uint32_t kF32Edges[] = {
    0x00000000u, 0x80000000u, 0x3f000000u, 0xbf000000u, 0x3fc00000u, 0xc0200000u, 0x3f800000u, 0xbf800000u,
    0x4afffffeu, 0x4affffffu, 0x4b000000u, 0x4b000001u, 0xcaffffffu, 0x4effffffu, 0x4f000000u, 0xcf000000u,
    0xcf000001u, 0x4f7fffffu, 0x4f800000u, 0x7f7fffffu, 0x00000001u, 0x80000001u, 0x7f800000u, 0xff800000u,
    0x7fc00000u, 0xffc00000u, 0x7fa00001u, 0xff800123u, 0x7fffffffu, 0xffffffffu, 0x00ffffffu, 0x01000001u};
constexpr uint64_t kF64Edges[] = {
    0x0000000000000000ull, 0x8000000000000000ull, 0x3fe0000000000000ull, 0xbfe0000000000000ull, 0x3ff8000000000000ull,
    0xc004000000000000ull, 0x432fffffffffffffull, 0x4330000000000000ull, 0x4330000000000001ull, 0xc32fffffffffffffull,
    0x41dfffffffc00000ull, 0x41dffffffff9999aull, 0x41e0000000000000ull, 0xc1e0000000000000ull, 0xc1e00000001ccccdull,
    0x41effffffff00000ull, 0x41efffffffe00000ull, 0x41f0000000000000ull, 0x7fefffffffffffffull, 0x0000000000000001ull,
    0x7ff0000000000000ull, 0xfff0000000000000ull, 0x7ff8000000000000ull, 0xfff4000000000123ull, 0x47efffffe0000000ull,
    0x47efffffffffffffull, 0x3810000000000000ull, 0x36a0000000000000ull};

class Lanes {
 public:
  explicit Lanes(uint64_t seed) : rng_(seed) {}

  Value next() {
    uint64_t half[2];
    for (uint64_t& h : half) {
      switch (rng_() % 4) {
        case 0: h = rng_(); break;
        case 1: h = kF64Edges[rng_() % std::size(kF64Edges)]; break;
        default:
          h = kF32Edges[rng_() % std::size(kF32Edges)] | uint64_t{kF32Edges[rng_() % std::size(kF32Edges)]} << 32;
          break;
      }
    }
    return Value::v128(half[0], half[1]);
  }
  uint8_t index() { return static_cast<uint8_t>(rng_() % 32); }

 private:
  std::mt19937_64 rng_;
};

enum class Result { Ints, F32, F64 };

bool is_nan_lane(uint64_t half, int lane, Result kind) {
  if (kind == Result::F64) return (half & 0x7ff0000000000000ull) == 0x7ff0000000000000ull && (half << 12) != 0;
  const uint32_t bits = static_cast<uint32_t>(half >> (32 * lane));
  return (bits & 0x7f800000u) == 0x7f800000u && (bits & 0x007fffffu) != 0;
}

bool same_half(uint64_t a, uint64_t b, Result kind) {
  if (a == b) return true;
  if (kind == Result::Ints) return false;
  const int lanes = kind == Result::F32 ? 2 : 1;
  const uint64_t lane_mask = kind == Result::F32 ? 0xffffffffull : ~0ull;
  for (int lane = 0; lane < lanes; ++lane) {
    const int shift = kind == Result::F32 ? 32 * lane : 0;
    if (((a >> shift) & lane_mask) == ((b >> shift) & lane_mask)) continue;
    if (!is_nan_lane(a, lane, kind) || !is_nan_lane(b, lane, kind)) return false;
  }
  return true;
}

struct RandomOp {
  const char* name;
  int operands;
  Result result;
};

constexpr RandomOp kOps[] = {
    {"f32x4.ceil", 1, Result::F32},
    {"f32x4.floor", 1, Result::F32},
    {"f32x4.trunc", 1, Result::F32},
    {"f32x4.nearest", 1, Result::F32},
    {"f64x2.ceil", 1, Result::F64},
    {"f64x2.floor", 1, Result::F64},
    {"f64x2.trunc", 1, Result::F64},
    {"f64x2.nearest", 1, Result::F64},
    {"f32x4.convert_i32x4_s", 1, Result::F32},
    {"f32x4.convert_i32x4_u", 1, Result::F32},
    {"f64x2.convert_low_i32x4_s", 1, Result::F64},
    {"f64x2.convert_low_i32x4_u", 1, Result::F64},
    {"i32x4.trunc_sat_f32x4_s", 1, Result::Ints},
    {"i32x4.trunc_sat_f32x4_u", 1, Result::Ints},
    {"i32x4.trunc_sat_f64x2_s_zero", 1, Result::Ints},
    {"i32x4.trunc_sat_f64x2_u_zero", 1, Result::Ints},
    {"f32x4.demote_f64x2_zero", 1, Result::F32},
    {"f64x2.promote_low_f32x4", 1, Result::F64},
    {"i8x16.popcnt", 1, Result::Ints},
    {"i16x8.extadd_pairwise_i8x16_s", 1, Result::Ints},
    {"i16x8.extadd_pairwise_i8x16_u", 1, Result::Ints},
    {"i32x4.extadd_pairwise_i16x8_s", 1, Result::Ints},
    {"i32x4.extadd_pairwise_i16x8_u", 1, Result::Ints},
    {"i8x16.min_s", 2, Result::Ints},
    {"i8x16.max_s", 2, Result::Ints},
    {"i32x4.dot_i16x8_s", 2, Result::Ints},
    {"i16x8.q15mulr_sat_s", 2, Result::Ints},
    {"i8x16.swizzle", 2, Result::Ints},
    {"i16x8.extmul_low_i8x16_s", 2, Result::Ints},
    {"i16x8.extmul_high_i8x16_s", 2, Result::Ints},
    {"i16x8.extmul_low_i8x16_u", 2, Result::Ints},
    {"i16x8.extmul_high_i8x16_u", 2, Result::Ints},
    {"i32x4.extmul_low_i16x8_s", 2, Result::Ints},
    {"i32x4.extmul_high_i16x8_s", 2, Result::Ints},
    {"i32x4.extmul_low_i16x8_u", 2, Result::Ints},
    {"i32x4.extmul_high_i16x8_u", 2, Result::Ints},
    {"i64x2.extmul_low_i32x4_s", 2, Result::Ints},
    {"i64x2.extmul_high_i32x4_s", 2, Result::Ints},
    {"i64x2.extmul_low_i32x4_u", 2, Result::Ints},
    {"i64x2.extmul_high_i32x4_u", 2, Result::Ints},
};

constexpr int kShuffles = 8;
constexpr int kCallsPerOp = 150;

class SimdRandomLanes : public ::testing::TestWithParam<std::vector<std::string>> {};

TEST_P(SimdRandomLanes, AgreeWithTheInterpreter) {
  Lanes lanes(0x5eed5eed);
  std::string funcs;
  for (const RandomOp& op : kOps)
    funcs += std::string("(func (export \"") + op.name + "\") (param v128 v128) (result v128) (" + op.name +
             " (local.get 0)" + (op.operands == 2 ? " (local.get 1)" : "") + "))\n";
  for (int k = 0; k < kShuffles; ++k) {
    std::string indices;
    for (int i = 0; i < 16; ++i) indices += " " + std::to_string(lanes.index());
    funcs += "(func (export \"shuffle" + std::to_string(k) + "\") (param v128 v128) (result v128) (i8x16.shuffle" +
             indices + " (local.get 0) (local.get 1)))\n";
  }
  Harness h(GetParam());
  ASSERT_TRUE(h.load("(module " + funcs + ")"));
  const auto check = [&](const std::string& name, Result kind) {
    for (int call = 0; call < kCallsPerOp; ++call) {
      const Value a = lanes.next(), b = lanes.next();
      const Outcome native = h.native(name, {a, b});
      const Outcome reference = h.reference(name, {a, b});
      ASSERT_EQ(native.kind, Outcome::Kind::Returned) << name << ": " << native.to_string();
      ASSERT_EQ(reference.kind, Outcome::Kind::Returned) << name << ": " << reference.to_string();
      const Value& x = native.values[0];
      const Value& y = reference.values[0];
      EXPECT_TRUE(same_half(x.bits, y.bits, kind) && same_half(x.hi, y.hi, kind))
          << name << " of " << a.to_string() << ", " << b.to_string() << ": baseline " << x.to_string()
          << ", interpreter " << y.to_string();
    }
  };
  for (const RandomOp& op : kOps) check(op.name, op.result);
  for (int k = 0; k < kShuffles; ++k) check("shuffle" + std::to_string(k), Result::Ints);
}

INSTANTIATE_TEST_SUITE_P(Settings, SimdRandomLanes,
                         ::testing::Values(std::vector<std::string>{},
                                           std::vector<std::string>{"has_sse41=false", "has_ssse3=false",
                                                                    "has_sse42=false", "has_popcnt=false"}));

}  // namespace
}  // namespace tandem::baseline::testing
