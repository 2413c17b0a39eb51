// oracle::Disassembler: what it reports for the instructions the oracle's
// table checks ask about (calls and their relocated fields, movabs, traps,
// memory accesses, divides, branches), and how it stops on bad bytes.
#include "oracle/checks/disassembler.h"

#include <gtest/gtest.h>

#include <vector>

namespace tandem::oracle {
namespace {

class DisassemblerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto d = Disassembler::create();
    ASSERT_TRUE(d.ok()) << d.error().to_string();
    dis_.emplace(std::move(d).value());
  }
  DecodedInsn one(std::vector<uint8_t> bytes, uint64_t address = 0x1000) {
    DecodedInsn insn;
    EXPECT_TRUE(dis_->decode_one(bytes, address, insn));
    EXPECT_EQ(bytes.size(), insn.size);
    return insn;
  }
  std::optional<Disassembler> dis_;
};

TEST_F(DisassemblerTest, DirectCallReportsItsTargetAndRel32Field) {
  const DecodedInsn call = one({0xE8, 0x10, 0x00, 0x00, 0x00});
  EXPECT_EQ("call", call.mnemonic);
  EXPECT_TRUE(call.is_call);
  EXPECT_FALSE(call.is_jump);
  ASSERT_TRUE(call.branch_target.has_value());
  EXPECT_EQ(0x1015u, *call.branch_target);
  EXPECT_EQ(1, call.imm_offset);
  EXPECT_EQ(4, call.imm_size);
}

TEST_F(DisassemblerTest, MovabsReportsItsImm64Field) {
  const DecodedInsn m = one({0x49, 0xBB, 1, 2, 3, 4, 5, 6, 7, 8});
  EXPECT_EQ("movabs", m.mnemonic);
  EXPECT_EQ("r11, 0x807060504030201", m.op_str);
  EXPECT_EQ(2, m.imm_offset);
  EXPECT_EQ(8, m.imm_size);
  ASSERT_EQ(2u, m.operands.size());
  EXPECT_EQ("R(r11,8)", m.operands[0].to_string());
  EXPECT_EQ(0x0807060504030201, m.operands[1].imm);
}

TEST_F(DisassemblerTest, TrapsDividesAndMemoryAccesses) {
  EXPECT_TRUE(one({0x0F, 0x0B}).is_ud2);
  const DecodedInsn div = one({0x48, 0xF7, 0xF9});  // idiv rcx
  EXPECT_TRUE(div.is_divide);
  EXPECT_FALSE(div.accesses_memory);
  const DecodedInsn load = one({0x42, 0x8B, 0x44, 0x3D, 0xF0});  // mov eax, dword ptr [rbp + r15 - 0x10]
  EXPECT_TRUE(load.accesses_memory);
  EXPECT_EQ("mov eax, dword ptr [rbp + r15 - 0x10]", load.text());
  ASSERT_EQ(2u, load.operands.size());
  const DecodedOperand& m = load.operands[1];
  EXPECT_EQ(DecodedOperand::Kind::Mem, m.kind);
  EXPECT_EQ("rbp", m.base);
  EXPECT_EQ("r15", m.index);
  EXPECT_EQ(1, m.scale);
  EXPECT_EQ(-16, m.disp);
  EXPECT_EQ(4, m.size);
  EXPECT_EQ("M([rbp + r15*1 - 0x10],4)", m.to_string());
  EXPECT_EQ(4, load.disp_offset);
  EXPECT_EQ(1, load.disp_size);
  // lea and nop name memory without touching it.
  EXPECT_FALSE(one({0x48, 0x8D, 0x04, 0x24}).accesses_memory);        // lea rax, [rsp]
  EXPECT_FALSE(one({0x0F, 0x1F, 0x44, 0x00, 0x00}).accesses_memory);  // nop dword ptr [rax + rax]
}

TEST_F(DisassemblerTest, BranchesConditionalAndIndirect) {
  const DecodedInsn jcc = one({0x0F, 0x84, 0x00, 0x01, 0x00, 0x00});
  EXPECT_TRUE(jcc.is_jump);
  EXPECT_TRUE(jcc.is_conditional);
  EXPECT_EQ(0x1106u, *jcc.branch_target);
  const DecodedInsn jmp = one({0xEB, 0xFE});
  EXPECT_TRUE(jmp.is_jump);
  EXPECT_FALSE(jmp.is_conditional);
  EXPECT_EQ(0x1000u, *jmp.branch_target);
  const DecodedInsn indirect = one({0x41, 0xFF, 0xE3});  // jmp r11
  EXPECT_TRUE(indirect.is_jump);
  EXPECT_FALSE(indirect.branch_target.has_value());
  const DecodedInsn call_mem = one({0xFF, 0x50, 0x08});  // call qword ptr [rax + 8]
  EXPECT_TRUE(call_mem.is_call);
  EXPECT_TRUE(call_mem.accesses_memory);
  EXPECT_FALSE(call_mem.branch_target.has_value());
  EXPECT_TRUE(one({0xC3}).is_ret);
}

TEST_F(DisassemblerTest, RipRelativeOperands) {
  const DecodedInsn insn = one({0xF2, 0x0F, 0x10, 0x05, 0xE0, 0xFF, 0xFF, 0xFF});
  EXPECT_EQ("movsd xmm0, qword ptr [rip - 0x20]", insn.text());
  ASSERT_EQ(2u, insn.operands.size());
  EXPECT_EQ("rip", insn.operands[1].base);
  EXPECT_EQ(-0x20, insn.operands[1].disp);
  EXPECT_EQ(8, insn.operands[1].size);
}

TEST_F(DisassemblerTest, DecodeAllStopsAtTheFirstBadByte) {
  // push rbp; mov rbp, rsp; <0x06: invalid in 64-bit mode>; ret
  const std::vector<uint8_t> code = {0x55, 0x48, 0x89, 0xE5, 0x06, 0xC3};
  size_t decoded = 0;
  const auto insns = dis_->decode_all(code, 0, &decoded);
  ASSERT_EQ(2u, insns.size());
  EXPECT_EQ(4u, decoded);
  EXPECT_EQ("push rbp", insns[0].text());
  EXPECT_EQ(0u, insns[0].address);
  EXPECT_EQ("mov rbp, rsp", insns[1].text());
  EXPECT_EQ(1u, insns[1].address);
  DecodedInsn bad;
  EXPECT_FALSE(dis_->decode_one(std::span<const uint8_t>(code).subspan(4, 1), 4, bad));
  EXPECT_FALSE(dis_->decode_one({}, 0, bad));
}

TEST_F(DisassemblerTest, AMovedDisassemblerStillDecodes) {
  Disassembler moved = std::move(*dis_);
  const std::vector<uint8_t> code = {0x90};
  EXPECT_EQ(1u, moved.decode_all(code).size());
}

}  // namespace
}  // namespace tandem::oracle
