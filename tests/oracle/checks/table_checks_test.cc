// The relocation and trap-table checks fire on each kind of broken table
// and stay quiet on correct ones. Functions are hand-assembled so that each
// case breaks exactly one fact.
#include <gtest/gtest.h>

#include "oracle/checks/table_checks.h"
#include "oracle/engines/text_format.h"
#include "runner/libcalls.h"
#include "shared_compile/linker.h"
#include "wasm/decoder.h"
#include "wasm/op_reader.h"

namespace tandem::oracle {
namespace {

using compile::CompiledFunction;
using compile::RelocKind;
using compile::RelocTarget;
using compile::TrapCode;

// Function 0 calls function 1 and has `unreachable`; function 1 divides.
constexpr const char* kWat = R"(
  (module
    (memory 1)
    (func (param i32) (result i32)
      nop
      local.get 0
      call 1
      unreachable)
    (func (param i32) (result i32)
      local.get 0
      i32.const 3
      i32.div_s
      memory.grow))
)";

struct Fixture {
  wasm::Module module;
  uint32_t nop_offset = 0, unreachable_offset = 0, div_offset = 0;

  Fixture() {
    Result<std::vector<uint8_t>> wasm = wat_to_wasm(kWat);
    EXPECT_TRUE(wasm.ok());
    Result<wasm::Module> m = wasm::decode(*wasm);
    EXPECT_TRUE(m.ok());
    module = std::move(m).value();
    for (const wasm::Function& f : module.functions) {
      wasm::OpReader r(module.bytes, f.code_start, f.code_end);
      while (!r.done()) {
        wasm::Op op = *r.next();
        if (op.opcode == wasm::Opcode::Nop) nop_offset = op.offset;
        if (op.opcode == wasm::Opcode::Unreachable) unreachable_offset = op.offset;
        if (op.opcode == wasm::Opcode::I32DivS) div_offset = op.offset;
      }
    }
  }

  // f0: sub rsp, 8; call f1; add rsp, 8; ud2   (trap site at the ud2)
  CompiledFunction caller() const {
    CompiledFunction f;
    f.func_index = 0;
    f.code = {0x48, 0x83, 0xec, 0x08, 0xe8, 0, 0, 0, 0, 0x48, 0x83, 0xc4, 0x08, 0x0f, 0x0b};
    f.code_size = static_cast<uint32_t>(f.code.size());
    f.relocations.push_back({5, 4, RelocKind::CallRel32, RelocTarget::function(1)});
    f.trap_sites.push_back({13, TrapCode::Unreachable, unreachable_offset});
    return f;
  }
  // f1: movabs rax, <memory_grow>; idiv ecx; ret   (trap site at the idiv)
  CompiledFunction divider() const {
    CompiledFunction f;
    f.func_index = 1;
    f.code = {0x48, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0xf7, 0xf9, 0xc3};
    f.code_size = static_cast<uint32_t>(f.code.size());
    f.relocations.push_back({2, 0, RelocKind::Abs64, RelocTarget::libcall(compile::LibCall::MemoryGrow)});
    f.trap_sites.push_back({10, TrapCode::IntegerDivideByZero, div_offset});
    return f;
  }
};

std::optional<TableProblem> check(const Fixture& fx, std::vector<CompiledFunction> fs) {
  compile::Linker linker(runner::runtime_libcalls());
  compile::CodeImage image;
  EXPECT_TRUE(linker.link(fs, image).ok());
  return check_tables(fx.module, fs, image);
}

TEST(TableChecks, CorrectTablesPass) {
  Fixture fx;
  std::optional<TableProblem> p = check(fx, {fx.caller(), fx.divider()});
  EXPECT_FALSE(p.has_value()) << p->to_string();
}

TEST(TableChecks, SimdLoadsAndStoresRaiseOutOfBoundsMemory) {
  // A v128 access at a guard-page trap site: movdqu [rdi], xmm0; ret.
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(R"((module (memory 1)
    (func (param i32 v128) (v128.store (local.get 0) (local.get 1)))))");
  ASSERT_TRUE(wasm.ok());
  Result<wasm::Module> m = wasm::decode(*wasm);
  ASSERT_TRUE(m.ok());
  uint32_t store_offset = 0;
  const wasm::Function& body = m->functions[0];
  for (wasm::OpReader r(m->bytes, body.code_start, body.code_end); !r.done();) {
    wasm::Op op = *r.next();
    if (op.opcode == wasm::Opcode::V128Store) store_offset = op.offset;
  }
  CompiledFunction f;
  f.func_index = 0;
  f.code = {0xf3, 0x0f, 0x7f, 0x07, 0xc3};
  f.code_size = static_cast<uint32_t>(f.code.size());
  f.trap_sites.push_back({0, TrapCode::OutOfBoundsMemory, store_offset});
  std::vector<CompiledFunction> fs = {f};
  compile::Linker linker(runner::runtime_libcalls());
  compile::CodeImage image;
  ASSERT_TRUE(linker.link(fs, image).ok());
  std::optional<TableProblem> p = check_tables(*m, fs, image);
  EXPECT_FALSE(p.has_value()) << p->to_string();
}

TEST(TableChecks, ATrapSiteMustStartAnInstruction) {
  Fixture fx;
  CompiledFunction f = fx.caller();
  f.trap_sites[0].code_offset = 14;  // the middle of the ud2
  std::optional<TableProblem> p = check(fx, {f, fx.divider()});
  ASSERT_TRUE(p.has_value());
  EXPECT_NE(p->what.find("not the start of an instruction"), std::string::npos) << p->what;
  EXPECT_EQ(p->check, "trap-insn");
  EXPECT_EQ(p->code_offset, std::optional<uint32_t>(14)) << "what a report marks";
}

TEST(TableChecks, ATrapSiteMustNameAnOperatorThatCanRaiseIt) {
  Fixture fx;
  CompiledFunction f = fx.caller();
  f.trap_sites[0].wasm_offset = fx.nop_offset;
  std::optional<TableProblem> p = check(fx, {f, fx.divider()});
  ASSERT_TRUE(p.has_value());
  EXPECT_NE(p->what.find("nop"), std::string::npos) << p->what;
  EXPECT_EQ(p->check, "trap-operator-raise");
  EXPECT_EQ(p->wasm_offset, std::optional<uint32_t>(fx.nop_offset)) << "the operator it names";
}

// A SIMD load traps out of bounds like any other (the generator's first
// SIMD modules found the check calling it unable to).
TEST(TableChecks, ASimdLoadCanRaiseAnOutOfBoundsTrap) {
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(R"((module (memory 1)
    (func (param i32) (result v128) local.get 0 v128.load16_splat)))");
  ASSERT_TRUE(wasm.ok());
  Result<wasm::Module> m = wasm::decode(*wasm);
  ASSERT_TRUE(m.ok());
  uint32_t get = 0, load = 0;
  wasm::OpReader r(m->bytes, m->functions[0].code_start, m->functions[0].code_end);
  while (!r.done()) {
    wasm::Op op = *r.next();
    if (op.opcode == wasm::Opcode::LocalGet) get = op.offset;
    if (op.opcode == wasm::Opcode::V128Load16Splat) load = op.offset;
  }
  // pinsrw xmm0, word [rdi], 0; ret
  CompiledFunction f;
  f.code = {0x66, 0x0f, 0xc4, 0x07, 0x00, 0xc3};
  f.code_size = static_cast<uint32_t>(f.code.size());
  f.trap_sites.push_back({0, TrapCode::OutOfBoundsMemory, load});
  compile::Linker linker(runner::runtime_libcalls());
  compile::CodeImage image;
  ASSERT_TRUE(linker.link({&f, 1}, image).ok());
  std::optional<TableProblem> p = check_tables(*m, {&f, 1}, image);
  EXPECT_FALSE(p.has_value()) << p->to_string();
  f.trap_sites[0].wasm_offset = get;
  p = check_tables(*m, {&f, 1}, image);
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->check, "trap-operator-raise");
}

TEST(TableChecks, TheFaultingInstructionMustFitTheTrapCode) {
  Fixture fx;
  CompiledFunction f = fx.divider();
  f.trap_sites[0].code_offset = 12;  // the ret
  std::optional<TableProblem> p = check(fx, {fx.caller(), f});
  ASSERT_TRUE(p.has_value());
  EXPECT_NE(p->what.find("cannot raise"), std::string::npos) << p->what;
}

TEST(TableChecks, ARelocationMustLandOnItsField) {
  Fixture fx;
  CompiledFunction f = fx.caller();
  f.relocations[0].offset = 6;
  std::optional<TableProblem> p = check(fx, {f, fx.divider()});
  ASSERT_TRUE(p.has_value());
  EXPECT_NE(p->what.find("does not land"), std::string::npos) << p->what;
  EXPECT_EQ(p->check, "reloc-field");
  EXPECT_FALSE(p->wasm_offset.has_value());
  EXPECT_EQ(p->code_offset, std::optional<uint32_t>(f.relocations[0].insn_offset)) << "the instruction it misses";
}

TEST(TableChecks, ARelocationMayOnlyNameACalledFunction) {
  Fixture fx;
  CompiledFunction f = fx.divider();
  // f1 does not call anything: a call relocation there is a stray.
  f.code.insert(f.code.begin() + 10, {0xe8, 0, 0, 0, 0});
  f.code_size = static_cast<uint32_t>(f.code.size());
  f.trap_sites[0].code_offset += 5;
  f.relocations.push_back({11, 10, RelocKind::CallRel32, RelocTarget::function(0)});
  std::optional<TableProblem> p = check(fx, {fx.caller(), f});
  ASSERT_TRUE(p.has_value());
  EXPECT_NE(p->what.find("does not call"), std::string::npos) << p->what;
  EXPECT_EQ(p->check, "reloc-callee");
}

TEST(TableChecks, ALibcallMustBeNeededByAnOperator) {
  Fixture fx;
  CompiledFunction f = fx.divider();
  f.relocations[0].target = RelocTarget::libcall(compile::LibCall::TableGrow);
  std::optional<TableProblem> p = check(fx, {fx.caller(), f});
  ASSERT_TRUE(p.has_value());
  EXPECT_NE(p->what.find("no operator"), std::string::npos) << p->what;
  EXPECT_EQ(p->check, "reloc-libcall");
  EXPECT_EQ(p->code_offset, std::optional<uint32_t>(f.relocations[0].insn_offset));
}

TEST(TableChecks, OptimizingTrapSitesMustBeASubsetOfTheBaselines) {
  Fixture fx;
  CompiledFunction base = fx.divider();
  CompiledFunction opt = fx.divider();
  opt.backend = compile::Backend::Optimizing;
  EXPECT_FALSE(check_trap_subset(std::vector{base}, std::vector{opt}).has_value());
  opt.trap_sites.push_back({0, TrapCode::IntegerOverflow, fx.div_offset});
  std::optional<TableProblem> p = check_trap_subset(std::vector{base}, std::vector{opt});
  ASSERT_TRUE(p.has_value());
  EXPECT_EQ(p->backend, compile::Backend::Optimizing);
  EXPECT_EQ(p->check, "trap-subset");
  EXPECT_EQ(p->wasm_offset, std::optional<uint32_t>(fx.div_offset));
  // Fewer sites are fine: the optimizing backend may prove a trap impossible.
  opt.trap_sites.clear();
  EXPECT_FALSE(check_trap_subset(std::vector{base}, std::vector{opt}).has_value());
}

}  // namespace
}  // namespace tandem::oracle
