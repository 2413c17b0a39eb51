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

// The bits a name's first number after `from` says ("load16_s" 16,
// "load8x8_s" 64), or 0 if it has none.
uint32_t bits_in_name(std::string_view text, size_t from) {
  size_t digits = text.find_first_of("0123456789", from);
  if (digits == std::string_view::npos) return 0;
  std::string rest(text.substr(digits));
  size_t used = 0;
  uint32_t bits = static_cast<uint32_t>(std::stoul(rest, &used));
  if (used < rest.size() && rest[used] == 'x') bits *= static_cast<uint32_t>(std::stoul(rest.substr(used + 1)));
  return bits;
}

TEST(OpcodeTable, LoadsAndStoresStateTheBytesTheyAccess) {
  int accesses = 0, simd_accesses = 0;
  for (const OpInfo& op : all_ops()) {
    std::string_view text = op.text;
    bool access = op.imm == ImmKind::MemArg || op.imm == ImmKind::MemArgLane;
    if (!access) {
      EXPECT_EQ(op.access_bytes, 0) << text;
      continue;
    }
    ++accesses;
    simd_accesses += op.is_simd();
    EXPECT_TRUE(op.can_trap) << text;
    // The width in the name ("i64.load16_s", "v128.load8x8_s"), else the whole value.
    uint32_t bits = bits_in_name(text, op.is_simd() ? 5 : 3);
    uint32_t expected = bits                                                     ? bits / 8
                        : op.is_simd()                                           ? 16
                        : (starts_with(text, "i32") || starts_with(text, "f32")) ? 4
                                                                                 : 8;
    EXPECT_EQ(op.access_bytes, expected) << text;
  }
  EXPECT_EQ(accesses, 45);       // 14 + 14 loads, 9 + 8 stores
  EXPECT_EQ(simd_accesses, 22);  // whole, extending, splat, zero and lane loads; whole and lane stores
}

TEST(OpcodeTable, SimdIsTheWholeFixedWidthProposal) {
  // 0x00-0xff after the 0xfd prefix but the 20 codes the proposal left
  // free; relaxed SIMD (0x100 on) is a later proposal.
  int simd = 0;
  for (const OpInfo& op : all_ops()) {
    if (!op.is_simd()) continue;
    ++simd;
    EXPECT_LT(op.code, 0x100u) << op.text;
    EXPECT_TRUE(is_simd_class(op.cls)) << op.text;
    EXPECT_TRUE(op.has_fixed_signature()) << op.text;
    EXPECT_EQ(opcode_from_simd(op.code), op.opcode) << op.text;
  }
  EXPECT_EQ(simd, 236);
  EXPECT_FALSE(opcode_from_simd(0x9a).has_value());
  EXPECT_FALSE(opcode_from_simd(0x100).has_value());
  EXPECT_EQ(opcode_from_simd(0x0c), Opcode::V128Const);
}

TEST(OpcodeTable, LanesAreTheShapeInTheName) {
  for (const OpInfo& op : all_ops()) {
    std::string_view text = op.text;
    uint32_t expected = starts_with(text, "i8x16")                                 ? 16
                        : starts_with(text, "i16x8")                               ? 8
                        : starts_with(text, "i32x4") || starts_with(text, "f32x4") ? 4
                        : starts_with(text, "i64x2") || starts_with(text, "f64x2") ? 2
                        : op.imm == ImmKind::MemArgLane                            ? 16 / op.access_bytes
                                                                                   : 0;
    EXPECT_EQ(op.lanes, expected) << text;
    // Every lane immediate has lanes to be below.
    if (op.imm == ImmKind::Lane || op.imm == ImmKind::MemArgLane || op.imm == ImmKind::Shuffle)
      EXPECT_NE(op.lanes, 0) << text;
  }
  EXPECT_EQ(op_info(Opcode::V128Load16Lane).lanes, 8);
  EXPECT_EQ(op_info(Opcode::F64X2ReplaceLane).lanes, 2);
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
    EXPECT_TRUE(op.cls == OpClass::IntArith || op.cls == OpClass::IntCompare || op.cls == OpClass::FloatCompare ||
                op.cls == OpClass::SimdInt || (op.cls == OpClass::SimdFloat && op.out == SigType::V128))
        << op.text;
    if (op.cls == OpClass::SimdFloat) {
      std::string_view text = op.text;
      EXPECT_TRUE(text.ends_with(".eq") || text.ends_with(".ne")) << text;
    }
  }
  EXPECT_EQ(n, 18 + 54);
  EXPECT_FALSE(op_info(Opcode::I32Sub).commutative);
  EXPECT_FALSE(op_info(Opcode::I64Shl).commutative);
  EXPECT_FALSE(op_info(Opcode::F64Add).commutative);
  EXPECT_TRUE(op_info(Opcode::I64Xor).commutative);
  EXPECT_TRUE(op_info(Opcode::I16X8Q15mulrSatS).commutative);
  EXPECT_FALSE(op_info(Opcode::I8X16Swizzle).commutative);
  EXPECT_FALSE(op_info(Opcode::V128Andnot).commutative);
  EXPECT_FALSE(op_info(Opcode::F32X4Add).commutative);
  EXPECT_FALSE(op_info(Opcode::F32X4Pmin).commutative);
}

TEST(OpcodeTable, NanNondeterminismIsFloatResultsFromFloatOperandsButSignBitOperators) {
  for (const OpInfo& op : all_ops()) {
    if (!op.nan_nondeterministic) continue;
    ASSERT_TRUE(op.has_fixed_signature()) << op.text;
    if (op.is_simd()) {  // float lanes in and out
      std::string_view text = op.text;
      EXPECT_TRUE(op.cls == OpClass::SimdFloat || op.cls == OpClass::SimdConvert) << text;
      EXPECT_TRUE(starts_with(text, "f32x4") || starts_with(text, "f64x2")) << text;
      EXPECT_TRUE(op.out == SigType::V128 && op.in[0] == SigType::V128) << text;
      continue;
    }
    EXPECT_TRUE(op.out == SigType::F32 || op.out == SigType::F64) << op.text;
    EXPECT_TRUE(op.in[0] == SigType::F32 || op.in[0] == SigType::F64) << op.text;
  }
  EXPECT_TRUE(op_info(Opcode::F64X2PromoteLowF32X4).nan_nondeterministic);
  EXPECT_TRUE(op_info(Opcode::F32X4Nearest).nan_nondeterministic);
  EXPECT_FALSE(op_info(Opcode::F32X4Neg).nan_nondeterministic);
  EXPECT_FALSE(op_info(Opcode::F64X2Pmax).nan_nondeterministic);
  EXPECT_FALSE(op_info(Opcode::F32X4ConvertI32X4S).nan_nondeterministic);
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
