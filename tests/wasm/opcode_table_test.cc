// The facts opcodes.def states about each operator, checked against what they
// mean, so that a wrong or missing column entry fails here rather than
// silently in the generator, the sweep or a backend that trusts it.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "wasm/opcode.h"

namespace tandem::wasm {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

TEST(OpcodeTable, LoadsAndStoresStateTheBytesTheyAccess) {
  int accesses = 0;
  for (const OpInfo& op : all_ops()) {
    std::string_view text = op.text;
    bool access = op.imm == ImmKind::MemArg;
    if (!access) {
      EXPECT_EQ(op.access_bytes, 0) << text;
      continue;
    }
    ++accesses;
    // The width in the name ("i64.load16_s"), else the whole value.
    size_t digits = text.find_first_of("0123456789", 3);
    uint32_t expected = digits != std::string_view::npos
                            ? static_cast<uint32_t>(std::stoul(std::string(text.substr(digits)))) / 8
                            : (starts_with(text, "i32") || starts_with(text, "f32") ? 4 : 8);
    EXPECT_EQ(op.access_bytes, expected) << text;
  }
  EXPECT_EQ(accesses, 23);  // 14 loads, 9 stores
}

TEST(OpcodeTable, CommutativeOperatorsTakeTwoOperandsOfOneType) {
  int n = 0;
  for (const OpInfo& op : all_ops()) {
    if (!op.commutative) continue;
    ++n;
    ASSERT_TRUE(op.has_fixed_signature()) << op.text;
    EXPECT_EQ(op.num_operands(), 2u) << op.text;
    EXPECT_EQ(op.in[0], op.in[1]) << op.text;
    // Float arithmetic is not: x86 returns the first operand's NaN payload.
    EXPECT_TRUE(op.cls == OpClass::IntArith || op.cls == OpClass::IntCompare || op.cls == OpClass::FloatCompare)
        << op.text;
  }
  EXPECT_EQ(n, 18);
  EXPECT_FALSE(op_info(Opcode::I32Sub).commutative);
  EXPECT_FALSE(op_info(Opcode::I64Shl).commutative);
  EXPECT_FALSE(op_info(Opcode::F64Add).commutative);
  EXPECT_TRUE(op_info(Opcode::I64Xor).commutative);
}

TEST(OpcodeTable, NanNondeterminismIsFloatResultsFromFloatOperandsButSignBitOperators) {
  for (const OpInfo& op : all_ops()) {
    if (!op.nan_nondeterministic) continue;
    ASSERT_TRUE(op.has_fixed_signature()) << op.text;
    EXPECT_TRUE(op.out == SigType::F32 || op.out == SigType::F64) << op.text;
    EXPECT_TRUE(op.in[0] == SigType::F32 || op.in[0] == SigType::F64) << op.text;
  }
  EXPECT_TRUE(op_info(Opcode::F32Sqrt).nan_nondeterministic);
  EXPECT_TRUE(op_info(Opcode::F64PromoteF32).nan_nondeterministic);
  EXPECT_TRUE(op_info(Opcode::F32Min).nan_nondeterministic);
  EXPECT_FALSE(op_info(Opcode::F32Neg).nan_nondeterministic);
  EXPECT_FALSE(op_info(Opcode::F64Copysign).nan_nondeterministic);
  EXPECT_FALSE(op_info(Opcode::F32ReinterpretI32).nan_nondeterministic);
  EXPECT_FALSE(op_info(Opcode::F32Load).nan_nondeterministic);
}

}  // namespace
}  // namespace tandem::wasm
