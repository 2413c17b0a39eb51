#include "oracle/engines/value.h"

#include <gtest/gtest.h>

namespace tandem::oracle {
namespace {

using wasm::ValType;

TEST(ValueTest, IntegersPrintUnsignedAndSignedWhenNegative) {
  EXPECT_EQ(Value::i32(42).to_string(), "i32:42");
  EXPECT_EQ(Value::i32(0xffffffffu).to_string(), "i32:4294967295 (-1)");
  EXPECT_EQ(Value::i64(7).to_string(), "i64:7");
  EXPECT_EQ(Value::i64(0x8000000000000000ull).to_string(), "i64:9223372036854775808 (-9223372036854775808)");
}

TEST(ValueTest, FloatsPrintBitsThenNumber) {
  EXPECT_EQ(Value::f32_bits(0x3f800000).to_string(), "f32:0x3f800000 (1)");
  EXPECT_EQ(Value::f32_bits(0x80000000).to_string(), "f32:0x80000000 (-0)");
  EXPECT_EQ(Value::f64_bits(0x7ff8000000000000ull).to_string(), "f64:0x7ff8000000000000 (nan)");
  EXPECT_EQ(Value::f64_bits(0xfff0000000000000ull).to_string(), "f64:0xfff0000000000000 (-inf)");
  // Two NaNs that differ only in payload print differently.
  EXPECT_NE(Value::f32_bits(0x7fc00000).to_string(), Value::f32_bits(0x7fc00001).to_string());
}

TEST(ValueTest, ReferencesPrintNullnessAndIdentity) {
  EXPECT_EQ(Value::null_ref(ValType::ExternRef).to_string(), "externref:null");
  EXPECT_EQ(Value::null_ref(ValType::FuncRef).to_string(), "funcref:null");
  EXPECT_EQ(Value::extern_ref(5).to_string(), "externref:5");
  EXPECT_EQ((Value{ValType::FuncRef, 3, false}).to_string(), "funcref:func 2");
  EXPECT_EQ((Value{ValType::FuncRef, 0, false}).to_string(), "funcref:non-null");
}

TEST(ValueTest, EqualityIsBitwise) {
  EXPECT_EQ(Value::f32_bits(0x7fc00000), Value::f32_bits(0x7fc00000));
  EXPECT_NE(Value::f32_bits(0x7fc00000), Value::f32_bits(0xffc00000));
  EXPECT_NE(Value::i32(1), Value::i64(1));
  EXPECT_NE(Value::null_ref(ValType::ExternRef), Value::extern_ref(0));
}

TEST(OutcomeTest, ToStringNamesTheKindAndWhatItCarries) {
  EXPECT_EQ(Outcome::returned({}).to_string(), "returned ()");
  EXPECT_EQ(Outcome::returned({Value::i32(1), Value::i64(2)}).to_string(), "returned (i32:1, i64:2)");
  EXPECT_EQ(Outcome::trapped(compile::TrapCode::IntegerDivideByZero, 0x1a).to_string(),
            "trapped: integer_divide_by_zero at 0x1a");
  EXPECT_EQ(Outcome::trapped(compile::TrapCode::Unreachable).to_string(), "trapped: unreachable");
  EXPECT_EQ(Outcome::unsupported("simd").to_string(), "unsupported: simd");
  Outcome exhausted;
  exhausted.kind = Outcome::Kind::Exhausted;
  EXPECT_EQ(exhausted.to_string(), "exhausted");
}

TEST(ValueTest, V128IsBitExactAndPrintsItsLanes) {
  Value v = Value::v128(0x00000002'00000001ull, 0xffffffff'00000003ull);
  EXPECT_EQ(v.to_string(), "v128:0xffffffff000000030000000200000001 (i32x4 1 2 3 4294967295)");
  EXPECT_EQ(v, Value::v128(0x00000002'00000001ull, 0xffffffff'00000003ull));
  EXPECT_NE(v, Value::v128(0x00000002'00000001ull, 0x7fffffff'00000003ull));  // the upper half counts
  EXPECT_NE(Value::v128(5, 0), Value::i64(5));
}

TEST(OutcomeTest, KindNames) {
  EXPECT_STREQ(outcome_kind_name(Outcome::Kind::Returned), "returned");
  EXPECT_STREQ(outcome_kind_name(Outcome::Kind::Trapped), "trapped");
  EXPECT_STREQ(outcome_kind_name(Outcome::Kind::Exhausted), "exhausted");
  EXPECT_STREQ(outcome_kind_name(Outcome::Kind::Crashed), "crashed");
  EXPECT_STREQ(outcome_kind_name(Outcome::Kind::TimedOut), "timed_out");
  EXPECT_STREQ(outcome_kind_name(Outcome::Kind::Unsupported), "unsupported");
}

}  // namespace
}  // namespace tandem::oracle
