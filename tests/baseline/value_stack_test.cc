// The value stack and the register cache, driven through CodeGenContext
// with the real x86-64 masm: what stays lazy (constants, local references),
// what gets emitted when a value is needed, how use counts follow shared
// registers, which value is spilled when registers run out, and that a
// local.set first materializes the references to the old value.
#include <gtest/gtest.h>

#include <memory>

#include "backends/baseline/context.h"
#include "backends/baseline/masm_x64.h"
#include "oracle/checks/disassembler.h"
#include "oracle/engines/text_format.h"
#include "shared_compile/x64/encoding.h"
#include "wasm/validator.h"

namespace tandem::baseline {
namespace {

using wasm::ValType;

class ContextTest : public ::testing::Test {
 protected:
  void SetUp() override {
    Result<std::vector<uint8_t>> wasm = oracle::wat_to_wasm("(module (func (param i32 i64) (local i32 f64 i32)))");
    ASSERT_TRUE(wasm.ok());
    Result<wasm::Module> m = wasm::decode_and_validate(*wasm);
    ASSERT_TRUE(m.ok());
    module_ = std::make_unique<wasm::Module>(std::move(m).value());
    const wasm::Function& f = module_->functions[0];
    sig_ = compile::abi::compute_signature(module_->types[f.type_index].params, module_->types[f.type_index].results);
    ctx_.reset(*module_, f, sig_);
  }

  // The instructions emitted since `from`.
  std::vector<std::string> emitted_since(uint32_t from) {
    std::vector<std::string> out;
    Result<oracle::Disassembler> dis = oracle::Disassembler::create();
    EXPECT_TRUE(dis.ok());
    const auto bytes = buffer_.bytes().subspan(from);
    for (const oracle::DecodedInsn& insn : dis->decode_all(bytes, 0, nullptr)) out.push_back(insn.text());
    return out;
  }

  uint32_t gprs_available() const { return static_cast<uint32_t>((masm_.allocatable() & RegSet::all_gprs()).count()); }

  compile::CodeBuffer buffer_;
  MacroAssemblerX64 masm_{buffer_, compile::x64::all_isa_extensions()};
  CodeGenContext ctx_{masm_};
  std::unique_ptr<wasm::Module> module_;
  compile::abi::Signature sig_;
};

TEST_F(ContextTest, ConstantsAndLocalsStayLazy) {
  const uint32_t start = masm_.offset();
  ctx_.push_const(ValType::I32, 10);
  ctx_.push_const(ValType::I64, 0x123456789ull);
  ctx_.push_local(0);
  ctx_.push_local(0);
  EXPECT_EQ(masm_.offset(), start) << "nothing is emitted until a value is needed";
  EXPECT_EQ(ctx_.stack().size(), 4u);
  EXPECT_TRUE(ctx_.stack().at(0).is_const());
  EXPECT_TRUE(ctx_.stack().at(2).is_local());
  EXPECT_EQ(ctx_.stack().local_refs(0), 2u);
  EXPECT_TRUE(ctx_.regs().used().empty());
}

TEST_F(ContextTest, AConstantBecomesAnImmediateOperand) {
  ctx_.push_const(ValType::I32, 20);
  const Operand op = ctx_.pop_to_operand();
  EXPECT_TRUE(op.is_imm());
  EXPECT_EQ(op.imm, 20u);
  // An i32's constant keeps only its low 32 bits.
  ctx_.push_const(ValType::I32, 0xffffffff00000007ull);
  EXPECT_EQ(ctx_.stack().peek().bits, 7u);
}

TEST_F(ContextTest, ALocalReferenceIsAMemoryOperand) {
  ctx_.push_local(1);
  const Operand op = ctx_.pop_to_operand();
  ASSERT_TRUE(op.is_mem());
  EXPECT_EQ(op.mem, ctx_.frame().local(1));
  EXPECT_EQ(ctx_.stack().local_refs(1), 0u);
}

TEST_F(ContextTest, PoppingAConstantToARegisterIsOneMove) {
  ctx_.push_const(ValType::I32, 10);
  const uint32_t start = masm_.offset();
  const Reg r = ctx_.pop_to_reg();
  EXPECT_TRUE(r.is_gpr());
  const std::vector<std::string> code = emitted_since(start);
  ASSERT_EQ(code.size(), 1u);
  EXPECT_EQ(code[0].rfind("mov e", 0), 0u) << code[0];
  EXPECT_NE(code[0].find("0xa"), std::string::npos) << code[0];
}

TEST_F(ContextTest, LocalSetMaterializesReferencesToTheOldValueOnce) {
  ctx_.push_local(2);
  ctx_.push_const(ValType::I32, 1);
  ctx_.push_local(2);
  ctx_.push_local(0);
  const uint32_t start = masm_.offset();
  ctx_.materialize_local(2);
  // One load, shared by both entries that referred to local 2.
  EXPECT_EQ(emitted_since(start).size(), 1u);
  ASSERT_TRUE(ctx_.stack().at(0).is_reg());
  ASSERT_TRUE(ctx_.stack().at(2).is_reg());
  EXPECT_EQ(ctx_.stack().at(0).reg, ctx_.stack().at(2).reg);
  EXPECT_EQ(ctx_.regs().use_count(ctx_.stack().at(0).reg), 2u);
  EXPECT_EQ(ctx_.stack().local_refs(2), 0u);
  // The reference to another local is untouched.
  EXPECT_TRUE(ctx_.stack().at(3).is_local());
  EXPECT_EQ(ctx_.stack().local_refs(0), 1u);
  ctx_.stack().verify();
}

TEST_F(ContextTest, UseCountsFollowSharedRegisters) {
  ctx_.push_local(2);
  ctx_.push_local(2);
  ctx_.materialize_local(2);
  const Reg shared = ctx_.stack().peek().reg;
  EXPECT_EQ(ctx_.regs().use_count(shared), 2u);
  // A shared register is read-only: a modifiable copy goes elsewhere.
  const uint32_t start = masm_.offset();
  const Reg copy = ctx_.pop_to_modifiable_reg();
  EXPECT_NE(copy, shared);
  EXPECT_EQ(emitted_since(start).size(), 1u);  // one register move
  EXPECT_EQ(ctx_.regs().use_count(shared), 1u);
  // The last user may modify it in place.
  EXPECT_EQ(ctx_.pop_to_modifiable_reg(), shared);
  EXPECT_TRUE(ctx_.regs().is_free(shared));
}

TEST_F(ContextTest, RunningOutOfRegistersSpillsTheOldestValue) {
  std::vector<Reg> regs;
  for (uint32_t i = 0; i < gprs_available(); ++i) {
    const Reg r = ctx_.alloc(RegClass::Gpr);
    ctx_.push_reg(ValType::I64, r);
    regs.push_back(r);
  }
  EXPECT_FALSE(ctx_.regs().find_free(RegClass::Gpr).has_value());
  const uint32_t start = masm_.offset();
  const Reg r = ctx_.alloc(RegClass::Gpr);
  EXPECT_EQ(r, regs[0]) << "the deepest value is spilled first";
  EXPECT_TRUE(ctx_.stack().at(0).is_stack());
  const std::vector<std::string> code = emitted_since(start);
  ASSERT_EQ(code.size(), 1u);
  EXPECT_NE(code[0].find("qword ptr [rbp"), std::string::npos) << code[0];  // a store to its home
  // Pinned registers are never victims.
  ctx_.push_reg(ValType::I64, r);
  const Reg next = ctx_.alloc(RegClass::Gpr, RegSet(regs[1]));
  EXPECT_NE(next, regs[1]);
  ctx_.stack().verify();
}

TEST_F(ContextTest, SpillingEveryRegisterKeepsConstantsAndLocals) {
  ctx_.push_const(ValType::I32, 5);
  ctx_.push_local(0);
  const Reg r = ctx_.alloc(RegClass::Fpr);
  ctx_.push_reg(ValType::F64, r);
  ctx_.spill_all_regs();
  EXPECT_TRUE(ctx_.stack().at(0).is_const());
  EXPECT_TRUE(ctx_.stack().at(1).is_local());
  EXPECT_TRUE(ctx_.stack().at(2).is_stack());
  EXPECT_TRUE(ctx_.regs().used().empty());
}

TEST_F(ContextTest, FreeingARegisterMovesItsValuesToAFreeOne) {
  const FixedRegs fixed = masm_.fixed_regs();
  ctx_.push_local(0);
  ctx_.pop_to_fixed(fixed.shift_count);
  ctx_.push_reg(ValType::I32, fixed.shift_count);
  const uint32_t start = masm_.offset();
  ctx_.free_reg(fixed.shift_count);
  EXPECT_TRUE(ctx_.regs().is_free(fixed.shift_count));
  ASSERT_TRUE(ctx_.stack().peek().is_reg());
  EXPECT_NE(ctx_.stack().peek().reg, fixed.shift_count);
  EXPECT_EQ(emitted_since(start).size(), 1u);
}

TEST_F(ContextTest, PopToFixedLoadsExactlyThere) {
  const Reg target = masm_.fixed_regs().div_lhs;
  ctx_.push_const(ValType::I64, 42);
  ctx_.pop_to_fixed(target);
  EXPECT_TRUE(ctx_.regs().is_free(target));
  EXPECT_TRUE(ctx_.stack().empty());
}

TEST_F(ContextTest, ACachedLocalIsPushedInItsRegister) {
  const Reg r = ctx_.alloc(RegClass::Gpr);
  ctx_.push_reg(ValType::I32, r);
  ctx_.cache_local_value(2, r);  // as local.set 2 leaves it
  ctx_.drop();
  EXPECT_EQ(ctx_.regs().use_count(r), 1u) << "the cached value is the register's one use";
  const uint32_t start = masm_.offset();
  ctx_.push_local(2);
  EXPECT_EQ(masm_.offset(), start);
  ASSERT_TRUE(ctx_.stack().peek().is_reg());
  EXPECT_EQ(ctx_.stack().peek().reg, r);
  EXPECT_EQ(ctx_.regs().use_count(r), 2u);
  // The last stack use may take the register over: the cache lets go of it.
  EXPECT_EQ(ctx_.pop_to_modifiable_reg(), r);
  EXPECT_FALSE(ctx_.regs().cached_local(2).valid());
  EXPECT_TRUE(ctx_.regs().is_free(r));
}

TEST_F(ContextTest, CachedValuesGoBeforeAnySpill) {
  std::vector<Reg> regs;
  for (uint32_t i = 0; i + 1 < gprs_available(); ++i) {
    const Reg r = ctx_.alloc(RegClass::Gpr);
    ctx_.push_reg(ValType::I64, r);
    regs.push_back(r);
  }
  const Reg base = ctx_.mem_base();
  EXPECT_EQ(ctx_.regs().cached_mem_base(), base);
  EXPECT_FALSE(ctx_.regs().find_free(RegClass::Gpr).has_value());
  const uint32_t start = masm_.offset();
  EXPECT_EQ(ctx_.alloc(RegClass::Gpr), base);
  EXPECT_EQ(masm_.offset(), start) << "dropping a cached value emits nothing";
  EXPECT_FALSE(ctx_.regs().cached_mem_base().valid());
  for (uint32_t i = 0; i < regs.size(); ++i) EXPECT_TRUE(ctx_.stack().at(i).is_reg());
  ctx_.stack().verify();
}

TEST_F(ContextTest, MaterializingACachedLocalNeedsNoLoad) {
  ctx_.push_local(2);  // a reference, before the local is cached
  const Reg r = ctx_.alloc(RegClass::Gpr);
  ctx_.push_reg(ValType::I32, r);
  ctx_.cache_local_value(2, r);
  ctx_.drop();
  const uint32_t start = masm_.offset();
  ctx_.materialize_local(2);
  EXPECT_EQ(masm_.offset(), start);
  ASSERT_TRUE(ctx_.stack().peek().is_reg());
  EXPECT_EQ(ctx_.stack().peek().reg, r);
  ctx_.stack().verify();
}

TEST_F(ContextTest, HomesAreDistinctSlotsBelowTheLocals) {
  const Frame& f = ctx_.frame();
  EXPECT_LT(f.home(0).disp, f.local(4).disp);
  EXPECT_EQ(f.home(0).disp - f.home(1).disp, 8);
  // Register parameters are copied into frame slots; the declared locals follow.
  EXPECT_LT(f.local(0).disp, 0);
  EXPECT_EQ(f.num_declared_locals(), 3u);
  EXPECT_EQ(f.declared_locals_first().disp, f.local(4).disp);
}

#ifdef TANDEM_VERIFY_IR
TEST_F(ContextTest, AFrozenCacheStateRejectsChanges) {
  EXPECT_DEATH(
      {
        FrozenCacheState frozen(ctx_.regs());
        ctx_.push_const(ValType::I32, 1);
      },
      "frozen");
}
#endif

}  // namespace
}  // namespace tandem::baseline
