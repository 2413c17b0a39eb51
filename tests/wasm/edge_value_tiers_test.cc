// The tiered edge-value table: each tier holds the one before it, no value
// is listed twice, f32 patterns fit in 32 bits, and each tier has the
// values its users rely on.
#include "wasm/edge_value_tiers.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace tandem::wasm {
namespace {

constexpr ValType kNumeric[] = {ValType::I32, ValType::I64, ValType::F32, ValType::F64};

bool holds(std::span<const uint64_t> values, uint64_t v) {
  return std::find(values.begin(), values.end(), v) != values.end();
}

TEST(EdgeValueTiers, EachTierStartsWithTheOneBefore) {
  for (ValType t : kNumeric) {
    std::span<const uint64_t> boundary = edge_values(t, EdgeTier::Boundary);
    std::span<const uint64_t> interesting = edge_values(t, EdgeTier::Interesting);
    std::span<const uint64_t> all = edge_values(t, EdgeTier::All);
    EXPECT_LT(boundary.size(), interesting.size()) << val_type_name(t);
    EXPECT_LT(interesting.size(), all.size()) << val_type_name(t);
    EXPECT_TRUE(std::equal(boundary.begin(), boundary.end(), interesting.begin())) << val_type_name(t);
    EXPECT_TRUE(std::equal(interesting.begin(), interesting.end(), all.begin())) << val_type_name(t);
  }
}

TEST(EdgeValueTiers, NoValueTwice) {
  for (ValType t : kNumeric) {
    std::span<const uint64_t> all = edge_values(t, EdgeTier::All);
    EXPECT_EQ(std::set<uint64_t>(all.begin(), all.end()).size(), all.size()) << val_type_name(t);
  }
}

TEST(EdgeValueTiers, NarrowTypesFitTheirWidth) {
  for (ValType t : {ValType::I32, ValType::F32})
    for (uint64_t v : edge_values(t, EdgeTier::All)) EXPECT_EQ(v >> 32, 0u) << val_type_name(t) << " " << v;
}

TEST(EdgeValueTiers, BoundaryHasTheExtremes) {
  std::span<const uint64_t> i32 = edge_values(ValType::I32, EdgeTier::Boundary);
  for (uint64_t v : {0ull, 1ull, 0xffffffffull, 0x80000000ull, 0x7fffffffull}) EXPECT_TRUE(holds(i32, v)) << v;
  std::span<const uint64_t> i64 = edge_values(ValType::I64, EdgeTier::Boundary);
  for (uint64_t v : {0ull, 1ull, ~0ull, 1ull << 63, ~0ull >> 1}) EXPECT_TRUE(holds(i64, v)) << v;
  std::span<const uint64_t> f32 = edge_values(ValType::F32, EdgeTier::Boundary);
  for (uint64_t v : {0x0ull, 0x80000000ull, 0x7fc00000ull, 0x7f800000ull}) EXPECT_TRUE(holds(f32, v)) << v;
  std::span<const uint64_t> f64 = edge_values(ValType::F64, EdgeTier::Boundary);
  for (uint64_t v : {0x0ull, 0x8000000000000000ull, 0x7ff8000000000000ull, 0x7ff0000000000000ull})
    EXPECT_TRUE(holds(f64, v)) << v;
}

TEST(EdgeValueTiers, InterestingHasEveryConversionBoundary) {
  std::span<const uint64_t> f32 = edge_values(ValType::F32, EdgeTier::Interesting);
  // +-2^31, 2^32, +-2^63, 2^64 and the float just below each positive one.
  for (uint64_t v : {0x4f000000ull, 0xcf000000ull, 0x4effffffull, 0x4f800000ull, 0x4f7fffffull, 0x5f000000ull,
                     0xdf000000ull, 0x5effffffull, 0x5f800000ull, 0x5f7fffffull})
    EXPECT_TRUE(holds(f32, v)) << std::hex << v;
  std::span<const uint64_t> f64 = edge_values(ValType::F64, EdgeTier::Interesting);
  for (uint64_t v : {0x41e0000000000000ull, 0xc1e0000000000000ull, 0x41dfffffffc00000ull, 0xc1e0000000200000ull,
                     0x41f0000000000000ull, 0x41efffffffe00000ull, 0x43e0000000000000ull, 0xc3e0000000000000ull,
                     0x43f0000000000000ull, 0x43efffffffffffffull})
    EXPECT_TRUE(holds(f64, v)) << std::hex << v;
}

TEST(EdgeValueTiers, ReferencesHaveNone) {
  EXPECT_TRUE(edge_values(ValType::FuncRef, EdgeTier::All).empty());
  EXPECT_TRUE(edge_values(ValType::ExternRef, EdgeTier::All).empty());
}

}  // namespace
}  // namespace tandem::wasm
