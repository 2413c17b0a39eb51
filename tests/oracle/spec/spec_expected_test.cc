#include "oracle/spec/spec_expected.h"

#include <gtest/gtest.h>

namespace tandem::oracle::spec {
namespace {

using wasm::ValType;
using Kind = ExpectedValue::Kind;

TEST(NanPatternTest, CanonicalNanIsTheQuietBitAloneWithEitherSign) {
  EXPECT_TRUE(is_canonical_nan(ValType::F32, 0x7fc00000));
  EXPECT_TRUE(is_canonical_nan(ValType::F32, 0xffc00000));
  EXPECT_FALSE(is_canonical_nan(ValType::F32, 0x7fc00001));  // payload
  EXPECT_FALSE(is_canonical_nan(ValType::F32, 0x7fa00000));  // signaling
  EXPECT_FALSE(is_canonical_nan(ValType::F32, 0x7f800000));  // infinity
  EXPECT_TRUE(is_canonical_nan(ValType::F64, 0x7ff8000000000000ull));
  EXPECT_TRUE(is_canonical_nan(ValType::F64, 0xfff8000000000000ull));
  EXPECT_FALSE(is_canonical_nan(ValType::F64, 0x7ff8000000000001ull));
  EXPECT_FALSE(is_canonical_nan(ValType::F64, 0x7ff0000000000000ull));
  EXPECT_FALSE(is_canonical_nan(ValType::I32, 0x7fc00000));
}

TEST(NanPatternTest, ArithmeticNanIsAnyQuietNan) {
  EXPECT_TRUE(is_arithmetic_nan(ValType::F32, 0x7fc00000));
  EXPECT_TRUE(is_arithmetic_nan(ValType::F32, 0xffc12345));
  EXPECT_FALSE(is_arithmetic_nan(ValType::F32, 0x7f800001));  // signaling
  EXPECT_FALSE(is_arithmetic_nan(ValType::F32, 0x7f800000));  // infinity
  EXPECT_FALSE(is_arithmetic_nan(ValType::F32, 0x00400000));  // a denormal with the "quiet" bit
  EXPECT_TRUE(is_arithmetic_nan(ValType::F64, 0x7ff8000000000abcull));
  EXPECT_FALSE(is_arithmetic_nan(ValType::F64, 0x7ff4000000000000ull));
  EXPECT_FALSE(is_arithmetic_nan(ValType::F64, 0x0008000000000000ull));
}

TEST(ExpectedValueTest, ExactFloatsCompareBitwise) {
  ExpectedValue zero{Kind::Exact, ValType::F32, 0x00000000};
  EXPECT_TRUE(matches(zero, Value::f32_bits(0)));
  EXPECT_FALSE(matches(zero, Value::f32_bits(0x80000000)));  // -0.0 is not 0.0
  ExpectedValue nan{Kind::Exact, ValType::F64, 0x7ff8000000000001ull};
  EXPECT_TRUE(matches(nan, Value::f64_bits(0x7ff8000000000001ull)));
  EXPECT_FALSE(matches(nan, Value::f64_bits(0x7ff8000000000000ull)));
}

TEST(ExpectedValueTest, TypesMustAgree) {
  EXPECT_FALSE(matches(ExpectedValue{Kind::Exact, ValType::I32, 1}, Value::i64(1)));
  EXPECT_FALSE(matches(ExpectedValue{Kind::CanonicalNan, ValType::F32, 0}, Value::f64_bits(0x7ff8000000000000ull)));
  EXPECT_FALSE(matches(ExpectedValue{Kind::NullRef, ValType::FuncRef, 0}, Value::null_ref(ValType::ExternRef)));
}

TEST(ExpectedValueTest, NanPatterns) {
  ExpectedValue canonical{Kind::CanonicalNan, ValType::F32, 0};
  EXPECT_TRUE(matches(canonical, Value::f32_bits(0xffc00000)));
  EXPECT_FALSE(matches(canonical, Value::f32_bits(0x7fc00001)));
  ExpectedValue arithmetic{Kind::ArithmeticNan, ValType::F64, 0};
  EXPECT_TRUE(matches(arithmetic, Value::f64_bits(0x7ff800000000beefull)));
  EXPECT_FALSE(matches(arithmetic, Value::f64_bits(0x3ff0000000000000ull)));
}

TEST(ExpectedValueTest, ReferencePatterns) {
  EXPECT_TRUE(matches(ExpectedValue{Kind::NullRef, ValType::ExternRef, 0}, Value::null_ref(ValType::ExternRef)));
  EXPECT_FALSE(matches(ExpectedValue{Kind::NullRef, ValType::ExternRef, 0}, Value::extern_ref(0)));
  EXPECT_TRUE(matches(ExpectedValue{Kind::ExternRef, ValType::ExternRef, 3}, Value::extern_ref(3)));
  EXPECT_FALSE(matches(ExpectedValue{Kind::ExternRef, ValType::ExternRef, 3}, Value::extern_ref(4)));
  EXPECT_FALSE(matches(ExpectedValue{Kind::ExternRef, ValType::ExternRef, 0}, Value::null_ref(ValType::ExternRef)));
  EXPECT_TRUE(matches(ExpectedValue{Kind::AnyFuncRef, ValType::FuncRef, 0}, Value{ValType::FuncRef, 0, false}));
  EXPECT_TRUE(matches(ExpectedValue{Kind::AnyFuncRef, ValType::FuncRef, 0}, Value{ValType::FuncRef, 9, false}));
  EXPECT_FALSE(matches(ExpectedValue{Kind::AnyFuncRef, ValType::FuncRef, 0}, Value::null_ref(ValType::FuncRef)));
}

TEST(ExpectedValueTest, V128ExactOrLaneByLane) {
  ExpectedValue exact{Kind::Exact, ValType::V128, 1, 2};
  EXPECT_TRUE(matches(exact, Value::v128(1, 2)));
  EXPECT_FALSE(matches(exact, Value::v128(1, 3)));  // the upper half counts
  // f64x2 (nan:canonical, 1.0): lane 0 any canonical NaN, lane 1 exactly.
  ExpectedValue lanes{Kind::FloatLanes, ValType::V128, 0, 0x3ff0000000000000ull};
  lanes.lane_type = ValType::F64;
  lanes.lanes = {Kind::CanonicalNan, Kind::Exact};
  EXPECT_TRUE(matches(lanes, Value::v128(0xfff8000000000000ull, 0x3ff0000000000000ull)));
  EXPECT_FALSE(matches(lanes, Value::v128(0x7ff8000000000001ull, 0x3ff0000000000000ull)));  // not canonical
  EXPECT_FALSE(matches(lanes, Value::v128(0x7ff8000000000000ull, 0x3ff0000000000001ull)));
  // f32x4 (1.0, nan:arithmetic, 0, -0): lanes 2 and 3 exact, bit for bit.
  ExpectedValue f32{Kind::FloatLanes, ValType::V128, 0x3f800000u, 0x80000000'00000000ull};
  f32.lanes = {Kind::Exact, Kind::ArithmeticNan, Kind::Exact, Kind::Exact};
  EXPECT_TRUE(matches(f32, Value::v128(0x7fc00001'3f800000ull, 0x80000000'00000000ull)));
  EXPECT_FALSE(matches(f32, Value::v128(0x7f800001'3f800000ull, 0x80000000'00000000ull)));  // signalling
  EXPECT_FALSE(matches(f32, Value::v128(0x7fc00001'3f800000ull, 0)));                       // -0 is not 0
  EXPECT_EQ(f32.to_string(), "v128:f32x4 0x3f800000 nan:arithmetic 0x0 0x80000000");
}

TEST(ExpectedValueTest, UnrepresentableNeverMatches) {
  EXPECT_FALSE(matches(ExpectedValue{Kind::Unrepresentable, ValType::V128, 0}, Value{ValType::V128, 0, false}));
}

TEST(ExpectedValueTest, ExactFromValueKeepsReferencePatterns) {
  EXPECT_EQ(ExpectedValue::exact(Value::null_ref(ValType::FuncRef)).kind, Kind::NullRef);
  EXPECT_EQ(ExpectedValue::exact(Value::extern_ref(2)).kind, Kind::ExternRef);
  EXPECT_EQ(ExpectedValue::exact(Value::i32(2)).kind, Kind::Exact);
}

TEST(ExpectedValueTest, ToString) {
  EXPECT_EQ((ExpectedValue{Kind::CanonicalNan, ValType::F32, 0}).to_string(), "f32:nan:canonical");
  EXPECT_EQ((ExpectedValue{Kind::ArithmeticNan, ValType::F64, 0}).to_string(), "f64:nan:arithmetic");
  EXPECT_EQ((ExpectedValue{Kind::NullRef, ValType::FuncRef, 0}).to_string(), "ref.null func");
  EXPECT_EQ((ExpectedValue{Kind::ExternRef, ValType::ExternRef, 7}).to_string(), "ref.extern 7");
  EXPECT_EQ((ExpectedValue{Kind::Exact, ValType::I32, 42}).to_string(), "i32:42");
}

TEST(TrapMessageTest, MatchesBySpecMessagePrefix) {
  using compile::TrapCode;
  EXPECT_TRUE(trap_matches("integer divide by zero", TrapCode::IntegerDivideByZero));
  EXPECT_TRUE(trap_matches("uninitialized element 2", TrapCode::IndirectCallNull));
  EXPECT_TRUE(trap_matches("undefined element", TrapCode::IndirectCallOutOfBounds));
  EXPECT_TRUE(trap_matches("out of bounds memory access", TrapCode::OutOfBoundsMemory));
  EXPECT_FALSE(trap_matches("out of bounds memory access", TrapCode::OutOfBoundsTable));
  EXPECT_FALSE(trap_matches("undefined element", TrapCode::IndirectCallNull));
  EXPECT_FALSE(trap_matches("integer overflow", TrapCode::IntegerDivideByZero));
}

}  // namespace
}  // namespace tandem::oracle::spec
