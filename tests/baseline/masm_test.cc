// The x86-64 masm's choice of instruction forms, read back with Capstone:
// immediates in the shortest field that holds them, a scratch register
// only when none does, `test` for comparisons with zero, and the fallback
// sequences when an ISA extension is switched off.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "backends/baseline/masm_x64.h"
#include "oracle/checks/disassembler.h"
#include "shared_compile/x64/encoding.h"

namespace tandem::baseline {
namespace {

using wasm::ValType;

const Reg kRax = Reg::gpr(0);
const Reg kRcx = Reg::gpr(1);
const Reg kRdx = Reg::gpr(2);
const Reg kRbp = Reg::gpr(5);
const Reg kXmm0 = Reg::fpr(0);
const Reg kXmm1 = Reg::fpr(1);

class MasmTest : public ::testing::Test {
 protected:
  explicit MasmTest(compile::IsaFlags isa = compile::x64::all_isa_extensions()) : masm_(buffer_, isa) {}

  // Disassembles what was emitted since the last call.
  std::vector<std::string> take() {
    std::vector<std::string> out;
    Result<oracle::Disassembler> dis = oracle::Disassembler::create();
    EXPECT_TRUE(dis.ok());
    size_t decoded = 0;
    const auto bytes = buffer_.bytes().subspan(mark_);
    for (const oracle::DecodedInsn& insn : dis->decode_all(bytes, mark_, &decoded)) out.push_back(insn.text());
    EXPECT_EQ(decoded, bytes.size()) << "undecodable bytes";
    mark_ = buffer_.offset();
    return out;
  }
  std::string take_one() {
    const std::vector<std::string> code = take();
    EXPECT_EQ(code.size(), 1u);
    return code.empty() ? "" : code[0];
  }

  compile::CodeBuffer buffer_;
  MacroAssemblerX64 masm_;
  uint32_t mark_ = 0;
};

TEST_F(MasmTest, ConstantsTakeTheShortestMove) {
  masm_.load_constant(kRax, 0, ValType::I64);
  EXPECT_EQ(take_one(), "xor eax, eax");
  masm_.load_constant(kRax, 10, ValType::I32);
  EXPECT_EQ(take_one(), "mov eax, 0xa");
  masm_.load_constant(kRax, 0xffffffffu, ValType::I64);
  EXPECT_EQ(take_one(), "mov eax, 0xffffffff");  // zero-extends
  masm_.load_constant(kRax, static_cast<uint64_t>(-2), ValType::I64);
  EXPECT_EQ(take_one(), "mov rax, -2");  // a sign-extended imm32
  masm_.load_constant(kRax, 0x123456789abcull, ValType::I64);
  EXPECT_EQ(take_one(), "movabs rax, 0x123456789abc");
  masm_.load_constant(kXmm0, 0, ValType::F64);
  EXPECT_EQ(take_one(), "xorps xmm0, xmm0");
}

TEST_F(MasmTest, AluImmediatesUseImm8ThenImm32ThenTheScratch) {
  masm_.alu(AluOp::Add, OperandSize::S32, kRax, Operand::immediate(30));
  EXPECT_EQ(take_one(), "add eax, 0x1e");
  masm_.alu(AluOp::Add, OperandSize::S32, kRax, Operand::immediate(1000));
  EXPECT_EQ(take_one(), "add eax, 0x3e8");
  masm_.alu(AluOp::Sub, OperandSize::S32, kRax, Operand::immediate(0xffffffffu));
  EXPECT_EQ(take_one(), "sub eax, -1");  // the i32 -1, as an imm8
  masm_.alu(AluOp::And, OperandSize::S64, kRax, Operand::immediate(0x100000000ull));
  const std::vector<std::string> big = take();
  ASSERT_EQ(big.size(), 2u);
  EXPECT_EQ(big[0], "movabs r11, 0x100000000");
  EXPECT_EQ(big[1], "and rax, r11");
  masm_.alu(AluOp::Mul, OperandSize::S64, kRax, Operand::immediate(3));
  EXPECT_EQ(take_one(), "imul rax, rax, 3");
}

TEST_F(MasmTest, AluTakesMemoryOperands) {
  masm_.alu(AluOp::Xor, OperandSize::S64, kRcx, Operand::memory(Address::at(kRbp, -16)));
  EXPECT_EQ(take_one(), "xor rcx, qword ptr [rbp - 0x10]");
}

TEST_F(MasmTest, ComparisonWithZeroIsATest) {
  masm_.compare_and_set(IntCond::Eq, OperandSize::S32, kRax, kRcx, Operand::immediate(0));
  const std::vector<std::string> code = take();
  ASSERT_EQ(code.size(), 3u);
  EXPECT_EQ(code[0], "test ecx, ecx");
  EXPECT_EQ(code[1], "sete al");
  EXPECT_EQ(code[2], "movzx eax, al");
}

TEST_F(MasmTest, ShiftsByConstantsAreMaskedAndZeroIsNothing) {
  masm_.shift(ShiftOp::Shl, OperandSize::S32, kRax, Operand::immediate(33));
  EXPECT_EQ(take_one(), "shl eax, 1");
  masm_.shift(ShiftOp::Rotr, OperandSize::S64, kRax, Operand::immediate(64));
  EXPECT_TRUE(take().empty());
  masm_.shift(ShiftOp::ShrS, OperandSize::S64, kRax, Operand::of(kRcx));
  EXPECT_EQ(take_one(), "sar rax, cl");
}

TEST_F(MasmTest, StoresOfLargeConstantsGoThroughTheScratch) {
  EXPECT_TRUE(masm_.can_store_immediate(0x7fffffff, StoreKind::I64));
  EXPECT_FALSE(masm_.can_store_immediate(0x80000000, StoreKind::I64));
  EXPECT_TRUE(masm_.can_store_immediate(0x80000000, StoreKind::I32));
  masm_.store_constant(Address::at(kRbp, -8), 0x80000000, StoreKind::I64);
  const std::vector<std::string> code = take();
  ASSERT_EQ(code.size(), 2u);
  EXPECT_EQ(code[1], "mov qword ptr [rbp - 8], r11");
  masm_.store_constant(Address::at(kRbp, -8), 0x1ff, StoreKind::I8);
  EXPECT_EQ(take_one(), "mov byte ptr [rbp - 8], 0xff");
}

TEST_F(MasmTest, RemainderChecksForMinusOne) {
  masm_.int_div(DivOp::RemS, OperandSize::S32, kRcx);
  const std::vector<std::string> code = take();
  ASSERT_GE(code.size(), 5u);
  EXPECT_EQ(code[0], "cmp ecx, -1");
  EXPECT_NE(code.back().find("idiv ecx"), std::string::npos);
}

TEST_F(MasmTest, FrameSizeIsPatchedIntoTheStackCheck) {
  const Label overflow = masm_.new_label();
  const PatchSite site = masm_.enter_frame(true, overflow);
  masm_.patch_frame_size(site, 0x40);
  masm_.bind(overflow);
  const std::vector<std::string> code = take();
  ASSERT_EQ(code.size(), 6u);
  EXPECT_EQ(code[0], "push rbp");
  EXPECT_EQ(code[2], "lea r11, [rsp - 0x40]");
  EXPECT_EQ(code[3], "cmp r11, qword ptr [r14 + 0x10]");
  EXPECT_EQ(code[5], "mov rsp, r11");
}

TEST_F(MasmTest, FrameWithoutStackCheckIsASub) {
  const PatchSite site = masm_.enter_frame(false, Label{});
  masm_.patch_frame_size(site, 0x30);
  const std::vector<std::string> code = take();
  ASSERT_EQ(code.size(), 3u);
  EXPECT_EQ(code[2], "sub rsp, 0x30");
}

TEST_F(MasmTest, BitCountsUseTheExtensions) {
  masm_.bit_count(BitCountOp::Clz, OperandSize::S32, kRax, kRcx);
  EXPECT_EQ(take_one(), "lzcnt eax, ecx");
  masm_.bit_count(BitCountOp::Ctz, OperandSize::S64, kRax, kRcx);
  EXPECT_EQ(take_one(), "tzcnt rax, rcx");
  masm_.bit_count(BitCountOp::Popcnt, OperandSize::S64, kRax, kRcx);
  EXPECT_EQ(take_one(), "popcnt rax, rcx");
  masm_.float_round(RoundOp::Floor, FloatWidth::F64, kXmm0, kXmm1);
  EXPECT_EQ(take_one(), "roundsd xmm0, xmm1, 1");
}

class MasmWithoutExtensionsTest : public MasmTest {
 protected:
  MasmWithoutExtensionsTest() : MasmTest(compile::IsaFlags{}) {}
};

TEST_F(MasmWithoutExtensionsTest, BitCountsFallBack) {
  masm_.bit_count(BitCountOp::Clz, OperandSize::S32, kRax, kRcx);
  std::vector<std::string> code = take();
  ASSERT_EQ(code.size(), 4u);
  EXPECT_EQ(code[1], "bsr eax, ecx");
  EXPECT_EQ(code[2], "cmove eax, r11d");
  masm_.bit_count(BitCountOp::Ctz, OperandSize::S64, kRax, kRcx);
  code = take();
  ASSERT_EQ(code.size(), 3u);
  EXPECT_EQ(code[1], "bsf rax, rcx");
  masm_.bit_count(BitCountOp::Popcnt, OperandSize::S32, kRax, kRdx);
  code = take();
  EXPECT_GT(code.size(), 10u);
  for (const std::string& l : code) EXPECT_EQ(l.find("popcnt"), std::string::npos) << l;
  EXPECT_FALSE(masm_.can_round_inline());
}

}  // namespace
}  // namespace tandem::baseline
