#include <gtest/gtest.h>

#include "oracle/differential/edge_args.h"
#include "oracle/engines/value_text.h"

namespace tandem::oracle {
namespace {

using wasm::ValType;

TEST(ValueText, Integers) {
  EXPECT_EQ(parse_value("42", ValType::I32)->bits, 42u);
  EXPECT_EQ(parse_value("-1", ValType::I32)->bits, 0xffffffffu);
  EXPECT_EQ(parse_value("0xffffffff", ValType::I32)->bits, 0xffffffffu);
  EXPECT_EQ(parse_value("-2147483648", ValType::I32)->bits, 0x80000000u);
  EXPECT_FALSE(parse_value("-2147483649", ValType::I32).ok());
  EXPECT_FALSE(parse_value("4294967296", ValType::I32).ok());
  EXPECT_EQ(parse_value("-9223372036854775808", ValType::I64)->bits, 1ull << 63);
  EXPECT_EQ(parse_value("18446744073709551615", ValType::I64)->bits, ~0ull);
  EXPECT_FALSE(parse_value("12abc", ValType::I64).ok());
  EXPECT_FALSE(parse_value("", ValType::I32).ok());
}

TEST(ValueText, Floats) {
  EXPECT_EQ(parse_value("1.5", ValType::F32)->bits, 0x3fc00000u);
  EXPECT_EQ(parse_value("-0.0", ValType::F64)->bits, 1ull << 63);
  EXPECT_EQ(parse_value("nan", ValType::F32)->bits, 0x7fc00000u);
  EXPECT_EQ(parse_value("-nan", ValType::F64)->bits, 0xfff8000000000000ull);
  EXPECT_EQ(parse_value("nan:0x1", ValType::F32)->bits, 0x7f800001u);
  EXPECT_FALSE(parse_value("nan:0x0", ValType::F32).ok());
  EXPECT_EQ(parse_value("inf", ValType::F64)->bits, 0x7ff0000000000000ull);
  EXPECT_EQ(parse_value("bits:0x7fa00000", ValType::F32)->bits, 0x7fa00000u);
  // 0.1 as an f32 is the nearest float to 0.1, not the double rounded again.
  EXPECT_EQ(parse_value("0.1", ValType::F32)->bits, 0x3dcccccdu);
  EXPECT_FALSE(parse_value("1.5x", ValType::F64).ok());
}

TEST(ValueText, References) {
  EXPECT_TRUE(parse_value("null", ValType::FuncRef)->null);
  EXPECT_FALSE(parse_value("3", ValType::FuncRef).ok());
  Value e = *parse_value("3", ValType::ExternRef);
  EXPECT_FALSE(e.null);
  EXPECT_EQ(e.bits, 3u);
}

TEST(ValueText, V128ReadsWhatValuePrints) {
  Value v = Value::v128(0x8786858483828180ull, 0xf7f6f5f4f3f2f1f0ull);
  std::string printed = v.to_string();
  std::string number = printed.substr(5, printed.find(' ') - 5);  // "v128:0x... (i32x4 ...)"
  EXPECT_EQ(number, "0xf7f6f5f4f3f2f1f08786858483828180");
  EXPECT_EQ(*parse_value(number, ValType::V128), v);
  EXPECT_EQ(*parse_value("0x1", ValType::V128), Value::v128(1, 0));
  EXPECT_EQ(*parse_value("0x10000000000000002", ValType::V128), Value::v128(2, 1));
  EXPECT_FALSE(parse_value("1", ValType::V128).ok());
  EXPECT_FALSE(parse_value("0x", ValType::V128).ok());
  EXPECT_FALSE(parse_value("0x1ffffffffffffffffffffffffffffffff", ValType::V128).ok());  // 33 digits
  EXPECT_FALSE(parse_value("0xg", ValType::V128).ok());
}

TEST(EdgeArgs, ListsCoverEveryParameterWithEdgeValues) {
  std::vector<ValType> params = {ValType::I32, ValType::F64, ValType::I64};
  auto lists = edge_argument_lists(params, 4);
  ASSERT_EQ(lists.size(), 4u);
  for (const auto& l : lists) {
    ASSERT_EQ(l.size(), 3u);
    EXPECT_EQ(l[0].type, ValType::I32);
    EXPECT_EQ(l[1].type, ValType::F64);
  }
  EXPECT_EQ(lists[0][0].bits, 0u);
  // Later lists rotate, so that parameters do not always share an index.
  EXPECT_EQ(lists[2][0].bits, edge_values(ValType::I32)[2].bits);
  EXPECT_EQ(lists[2][2].bits, edge_values(ValType::I64)[4].bits);
  EXPECT_EQ(edge_argument_lists({}, 4).size(), 1u);
  // v128 parameters get lists too, of v128s.
  std::vector<ValType> vec = {ValType::V128};
  auto v128_lists = edge_argument_lists(vec, 3);
  ASSERT_EQ(v128_lists.size(), 3u);
  EXPECT_EQ(v128_lists[1][0], Value::v128(~0ull, ~0ull));
}

}  // namespace
}  // namespace tandem::oracle
