// Linear memory and traps end to end, under both bounds-check modes:
// loads and stores of every width and signedness at the edges of memory
// (including offsets that do not fit a displacement), memory.grow and
// memory.size, and every trap with its code and wasm offset.
#include <gtest/gtest.h>

#include "tests/baseline/harness.h"

namespace tandem::baseline::testing {
namespace {

using compile::TrapCode;

class MemoryAndTraps : public ::testing::TestWithParam<std::vector<std::string>> {};

constexpr const char* kMemoryModule = R"((module
  (memory 1 3)
  (data (i32.const 0) "\01\82\03\84\05\86\07\88\09\8a\0b\8c\0d\8e\0f\90")
  (func (export "i32.load8_s") (param i32) (result i32) (i32.load8_s (local.get 0)))
  (func (export "i32.load8_u") (param i32) (result i32) (i32.load8_u (local.get 0)))
  (func (export "i32.load16_s") (param i32) (result i32) (i32.load16_s (local.get 0)))
  (func (export "i32.load16_u") (param i32) (result i32) (i32.load16_u (local.get 0)))
  (func (export "i32.load") (param i32) (result i32) (i32.load (local.get 0)))
  (func (export "i64.load8_s") (param i32) (result i64) (i64.load8_s (local.get 0)))
  (func (export "i64.load8_u") (param i32) (result i64) (i64.load8_u (local.get 0)))
  (func (export "i64.load16_s") (param i32) (result i64) (i64.load16_s (local.get 0)))
  (func (export "i64.load16_u") (param i32) (result i64) (i64.load16_u (local.get 0)))
  (func (export "i64.load32_s") (param i32) (result i64) (i64.load32_s (local.get 0)))
  (func (export "i64.load32_u") (param i32) (result i64) (i64.load32_u (local.get 0)))
  (func (export "i64.load") (param i32) (result i64) (i64.load (local.get 0)))
  (func (export "f32.load") (param i32) (result f32) (f32.load (local.get 0)))
  (func (export "f64.load") (param i32) (result f64) (f64.load (local.get 0)))
  (func (export "offset-load") (param i32) (result i32) (i32.load offset=65532 (local.get 0)))
  (func (export "huge-offset-load") (param i32) (result i32) (i32.load8_u offset=0xffffffff (local.get 0)))
  (func (export "const-index-load") (result i64) (i64.load offset=8 (i32.const 65520)))
  (func (export "const-index-oob") (result i64) (i64.load offset=8 (i32.const 65521)))
  (func (export "store-load") (param i32 i64) (result i64)
    (i64.store8 (local.get 0) (local.get 1))
    (i64.store16 offset=1 (local.get 0) (local.get 1))
    (i64.store32 offset=3 (local.get 0) (local.get 1))
    (i64.load (local.get 0)))
  (func (export "store-consts") (param i32) (result i64)
    (i64.store (local.get 0) (i64.const 0x1122334455667788))
    (i32.store offset=8 (local.get 0) (i32.const -1))
    (i64.add (i64.load (local.get 0)) (i64.load32_u offset=8 (local.get 0))))
  (func (export "f64-store") (param i32 f64) (result f64)
    (f64.store (local.get 0) (local.get 1)) (f64.load (local.get 0)))
  (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
  (func (export "size") (result i32) (memory.size))
  (func (export "last-byte") (result i32) (i32.load8_u (i32.sub (i32.mul (memory.size) (i32.const 65536)) (i32.const 1)))))
)";

TEST_P(MemoryAndTraps, LoadsOfEveryWidthAndSignedness) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(kMemoryModule));
  const char* loads[] = {"i32.load8_s",  "i32.load8_u", "i32.load16_s", "i32.load16_u", "i32.load",
                         "i64.load8_s",  "i64.load8_u", "i64.load16_s", "i64.load16_u", "i64.load32_s",
                         "i64.load32_u", "i64.load",    "f32.load",     "f64.load"};
  const uint32_t addresses[] = {0, 1, 3, 7, 65528, 65532, 65534, 65535, 65536, 0x7fffffff, 0xfffffff0u, 0xffffffffu};
  for (const char* load : loads)
    for (uint32_t a : addresses) EXPECT_CALL_RESULT(h, h.reference(load, {i32(a)}), load, i32(a));
  EXPECT_CALL_RESULT(h, returns({i32(0xffffff82u)}), "i32.load8_s", i32(1));
  EXPECT_CALL_RESULT(h, returns({i64(0x82)}), "i64.load8_u", i32(1));
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "i32.load", i32(65533));
}

TEST_P(MemoryAndTraps, OffsetsAndConstantIndices) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(kMemoryModule));
  // index + offset is computed in 64 bits: it never wraps back into bounds.
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "offset-load", i32(0xffffffffu));
  EXPECT_CALL_RESULT(h, returns({i32(0)}), "offset-load", i32(0));
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "offset-load", i32(1));
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "huge-offset-load", i32(0));
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "huge-offset-load", i32(0xffffffffu));
  EXPECT_CALL_RESULT(h, returns({i64(0)}), "const-index-load");
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "const-index-oob");
}

TEST_P(MemoryAndTraps, StoresOfEveryWidth) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(kMemoryModule));
  EXPECT_CALL_RESULT(h, h.reference("store-load", {i32(100), i64(0x8877665544332211ull)}), "store-load", i32(100),
                     i64(0x8877665544332211ull));
  EXPECT_CALL_RESULT(h, returns({i64(0x1122334455667788ull + 0xffffffffull)}), "store-consts", i32(200));
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "store-consts", i32(65530));
  EXPECT_CALL_RESULT(h, returns({f64(-1.25)}), "f64-store", i32(65528), f64(-1.25));
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "f64-store", i32(65529), f64(-1.25));
}

TEST_P(MemoryAndTraps, GrowMovesTheBound) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(kMemoryModule));
  EXPECT_CALL_RESULT(h, returns({i32(1)}), "size");
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "i32.load8_u", i32(65536));
  EXPECT_CALL_RESULT(h, returns({i32(1)}), "grow", i32(1));
  EXPECT_CALL_RESULT(h, returns({i32(2)}), "size");
  EXPECT_CALL_RESULT(h, returns({i32(0)}), "i32.load8_u", i32(65536));
  EXPECT_CALL_RESULT(h, returns({i32(0)}), "last-byte");
  EXPECT_CALL_RESULT(h, returns({i32(0xffffffffu)}), "grow", i32(2));  // beyond the maximum
  EXPECT_CALL_RESULT(h, returns({i32(2)}), "grow", i32(0));
}

TEST_P(MemoryAndTraps, EveryTrapWithItsCodeAndOffset) {
  Harness h(GetParam());
  ASSERT_TRUE(h.load(R"((module
    (memory 1)
    (func (export "div_s") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
    (func (export "rem_s64") (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1)))
    (func (export "div_u_const") (param i32) (result i32) (i32.div_u (local.get 0) (i32.const 0)))
    (func (export "trunc") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
    (func (export "trunc_u64") (param f32) (result i64) (i64.trunc_f32_u (local.get 0)))
    (func (export "unreachable") (param i32) (result i32)
      (if (local.get 0) (then (unreachable)))
      (i32.const 3))
    (func (export "oob") (param i32) (result i32) (i32.load offset=4 (local.get 0))))
  )"));
  const double nan = std::numeric_limits<double>::quiet_NaN();
  EXPECT_CALL_RESULT(h, traps(TrapCode::IntegerDivideByZero), "div_s", i32(1), i32(0));
  EXPECT_CALL_RESULT(h, traps(TrapCode::IntegerOverflow), "div_s", i32(0x80000000u), i32(0xffffffffu));
  EXPECT_CALL_RESULT(h, returns({i32(0x80000000u)}), "div_s", i32(0x80000000u), i32(1));
  EXPECT_CALL_RESULT(h, returns({i64(0)}), "rem_s64", i64(0x8000000000000000ull), i64(~uint64_t{0}));
  EXPECT_CALL_RESULT(h, traps(TrapCode::IntegerDivideByZero), "rem_s64", i64(1), i64(0));
  EXPECT_CALL_RESULT(h, traps(TrapCode::IntegerDivideByZero), "div_u_const", i32(7));
  EXPECT_CALL_RESULT(h, traps(TrapCode::BadConversionToInteger), "trunc", f64(nan));
  EXPECT_CALL_RESULT(h, traps(TrapCode::IntegerOverflow), "trunc", f64(2147483648.0));
  EXPECT_CALL_RESULT(h, returns({i32(0x80000000u)}), "trunc", f64(-2147483648.9));
  EXPECT_CALL_RESULT(h, traps(TrapCode::IntegerOverflow), "trunc", f64(-2147483649.0));
  EXPECT_CALL_RESULT(h, traps(TrapCode::IntegerOverflow), "trunc_u64", f32(-1.0f));
  EXPECT_CALL_RESULT(h, returns({i64(0)}), "trunc_u64", f32(-0.75f));
  EXPECT_CALL_RESULT(h, returns({i64(0xffffff0000000000ull)}), "trunc_u64", f32(1.8446743e19f));
  EXPECT_CALL_RESULT(h, traps(TrapCode::IntegerOverflow), "trunc_u64", f32(1.8446744e19f));
  EXPECT_CALL_RESULT(h, traps(TrapCode::Unreachable), "unreachable", i32(1));
  EXPECT_CALL_RESULT(h, returns({i32(3)}), "unreachable", i32(0));
  EXPECT_CALL_RESULT(h, traps(TrapCode::OutOfBoundsMemory), "oob", i32(65533));
  // The native engine reports the trapping operator's offset: it must be one.
  const Outcome o = h.native("oob", {i32(65533)});
  EXPECT_TRUE(o.wasm_offset.has_value());
}

INSTANTIATE_TEST_SUITE_P(Settings, MemoryAndTraps,
                         ::testing::Values(std::vector<std::string>{},
                                           std::vector<std::string>{"bounds_checks=explicit"},
                                           std::vector<std::string>{"bounds_checks=explicit", "has_sse41=false",
                                                                    "stack_limit_checks=false"}));

}  // namespace
}  // namespace tandem::baseline::testing
