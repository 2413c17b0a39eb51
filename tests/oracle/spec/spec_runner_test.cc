#include "oracle/spec/spec_runner.h"

#include <gtest/gtest.h>

#include "oracle/engines/interp_engine.h"

namespace tandem::oracle::spec {

// Readable counts in assertion messages.
void PrintTo(const Counts& c, std::ostream* os) {
  *os << c.passed << " passed, " << c.failed << " failed, " << c.unsupported << " unsupported";
}

namespace {

Counts kind(const FileReport& r, CommandKind k) { return r.by_kind[static_cast<size_t>(k)]; }
Counts counts(uint32_t passed, uint32_t failed, uint32_t unsupported) { return Counts{passed, failed, unsupported}; }

class SpecRunnerTest : public ::testing::Test {
 protected:
  HostEnv host = HostEnv::spectest();
  InterpEngine engine{&host};

  FileReport run(std::string_view text, RunOptions options = {}) {
    Result<Script> script = parse_script(text, "test.wast");
    EXPECT_TRUE(script.ok()) << (script.ok() ? "" : script.error().to_string());
    if (!script.ok()) return FileReport{};
    return run_script(*script, engine, options);
  }
};

TEST_F(SpecRunnerTest, EveryAssertionKindPasses) {
  FileReport r = run(R"wast(
    (module $M
      (memory (export "mem") 1)
      (global (export "g") i32 (i32.const 7))
      (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
      (func (export "nan") (result f32) (f32.div (f32.const 0) (f32.const 0)))
      (func (export "anan") (param f64) (result f64) (f64.add (local.get 0) (f64.const 1)))
      (func (export "ext") (param externref) (result externref) (local.get 0))
      (func (export "nullf") (result funcref) (ref.null func))
      (func $rec (export "rec") (call $rec))
      (func (export "trap") unreachable))
    (register "M" $M)
    (assert_return (invoke "add" (i32.const 1) (i32.const 2)) (i32.const 3))
    (assert_return (invoke $M "add" (i32.const -1) (i32.const 1)) (i32.const 0))
    (assert_return (invoke "nan") (f32.const nan:canonical))
    (assert_return (invoke "anan" (f64.const nan:0x4000000000000)) (f64.const nan:arithmetic))
    (assert_return (invoke "ext" (ref.extern 3)) (ref.extern 3))
    (assert_return (invoke "nullf") (ref.null func))
    (assert_return (get "g") (i32.const 7))
    (invoke "add" (i32.const 0) (i32.const 0))
    (assert_trap (invoke "trap") "unreachable")
    (assert_exhaustion (invoke "rec") "call stack exhausted")
    (module (import "M" "add" (func (param i32 i32) (result i32))))
    (assert_unlinkable (module (import "M" "nope" (func))) "unknown import")
    (assert_trap (module (func $s unreachable) (start $s)) "unreachable")
    (assert_trap (module (memory 1) (data (i32.const 65536) "a")) "out of bounds memory access")
    (assert_invalid (module (func (result i32))) "type mismatch")
    (assert_malformed (module binary "\00asm") "unexpected end")
    (assert_malformed (module quote "(func (i32.const))") "unexpected token")
  )wast");
  EXPECT_TRUE(r.failures.empty()) << r.failures[0].line << ": " << r.failures[0].actual;
  EXPECT_EQ(kind(r, CommandKind::Module), counts(2, 0, 0));
  EXPECT_EQ(kind(r, CommandKind::AssertReturn), counts(7, 0, 0));
  EXPECT_EQ(kind(r, CommandKind::Action), counts(1, 0, 0));
  EXPECT_EQ(kind(r, CommandKind::AssertTrap), counts(1, 0, 0));
  EXPECT_EQ(kind(r, CommandKind::AssertExhaustion), counts(1, 0, 0));
  EXPECT_EQ(kind(r, CommandKind::AssertUnlinkable), counts(1, 0, 0));
  EXPECT_EQ(kind(r, CommandKind::AssertUninstantiable), counts(2, 0, 0));
  EXPECT_EQ(kind(r, CommandKind::AssertInvalid), counts(1, 0, 0));
  EXPECT_EQ(kind(r, CommandKind::AssertMalformed), counts(1, 0, 0));  // the binary one
  EXPECT_EQ(r.text, counts(1, 0, 0));                                 // the quoted one
  EXPECT_EQ(r.total(), counts(17, 0, 0));
  EXPECT_EQ(r.engine, "interp");
  EXPECT_EQ(r.file, "test.wast");
}

TEST_F(SpecRunnerTest, FailuresCarryLineExpectationAndResult) {
  FileReport r = run(R"((module (func (export "one") (result i32) (i32.const 1)))
(assert_return (invoke "one") (i32.const 2))
(assert_trap (invoke "one") "unreachable")
(assert_return (invoke "missing") (i32.const 1))
(assert_invalid (module (func)) "type mismatch")
)");
  EXPECT_EQ(r.total(), counts(1, 4, 0));
  ASSERT_EQ(r.failures.size(), 4u);
  EXPECT_EQ(r.failures[0].line, 2u);
  EXPECT_EQ(r.failures[0].kind, CommandKind::AssertReturn);
  EXPECT_EQ(r.failures[0].expected, "returned (i32:2)");
  EXPECT_EQ(r.failures[0].actual, "returned (i32:1)");
  EXPECT_EQ(r.failures[1].kind, CommandKind::AssertTrap);
  EXPECT_EQ(r.failures[2].line, 4u);
  EXPECT_NE(r.failures[2].actual.find("missing"), std::string::npos);
  EXPECT_EQ(r.failures[3].kind, CommandKind::AssertInvalid);
}

TEST_F(SpecRunnerTest, TrapMessagesMustMatch) {
  FileReport r = run(R"((module (func (export "div") (result i32) (i32.div_u (i32.const 1) (i32.const 0))))
(assert_trap (invoke "div") "integer divide by zero")
(assert_trap (invoke "div") "integer overflow"))");
  EXPECT_EQ(kind(r, CommandKind::AssertTrap), counts(1, 1, 0));
}

TEST_F(SpecRunnerTest, WhatDependsOnAnUnsupportedModuleIsUnsupported) {
  FileReport r = run(R"(
    (module $S (func $v (export "v") (return_call $v)) (func (export "f")))
    (register "S" $S)
    (assert_return (invoke "f"))
    (invoke $S "f")
    (module (import "S" "f" (func)))
    (assert_unlinkable (module (import "S" "nope" (func))) "unknown import")
    (assert_invalid (module (func $t (result i32) (return_call $t))) "type mismatch")
    (module (func (export "ok") (result i32) (i32.const 1)))
    (assert_return (invoke "ok") (i32.const 1))
  )");
  EXPECT_TRUE(r.failures.empty()) << r.failures[0].line << ": " << r.failures[0].actual;
  EXPECT_EQ(kind(r, CommandKind::Module), counts(1, 0, 2));
  EXPECT_EQ(kind(r, CommandKind::AssertReturn), counts(1, 0, 1));
  EXPECT_EQ(kind(r, CommandKind::Action), counts(0, 0, 1));
  EXPECT_EQ(kind(r, CommandKind::AssertUnlinkable), counts(0, 0, 1));
  EXPECT_EQ(kind(r, CommandKind::AssertInvalid), counts(0, 0, 1));
  EXPECT_FALSE(r.unsupported_reasons.empty());
}

TEST_F(SpecRunnerTest, V128ResultsMatchLaneByLane) {
  FileReport r = run(R"(
    (module (func (export "f") (param v128) (result v128) (f32x4.add (local.get 0) (local.get 0))))
    (assert_return (invoke "f" (v128.const f32x4 1 nan 2 3)) (v128.const f32x4 2 nan:arithmetic 4 6))
    (assert_return (invoke "f" (v128.const i32x4 0 0 0 0)) (v128.const i32x4 0 0 0 0))
    (assert_return (invoke "f" (v128.const f32x4 1 1 1 1)) (v128.const f32x4 2 2 2 3))
    (assert_return (invoke "f" (v128.const f32x4 1 1 1 1)) (v128.const f32x4 nan:arithmetic 2 2 2)))");
  EXPECT_EQ(kind(r, CommandKind::AssertReturn), counts(2, 2, 0));
  ASSERT_EQ(r.failures.size(), 2u);
  EXPECT_EQ(r.failures[0].line, 5u);
  EXPECT_NE(r.failures[0].actual.find("v128:0x40000000400000004000000040000000"), std::string::npos)
      << r.failures[0].actual;
  EXPECT_NE(r.failures[1].expected.find("v128:f32x4 nan:arithmetic 0x40000000"), std::string::npos)
      << r.failures[1].expected;
}

TEST_F(SpecRunnerTest, QuotedTextGoesToTheTextCount) {
  FileReport r = run(R"wast(
    (assert_malformed (module quote "(func (i32.const))") "unexpected token")
    (assert_malformed (module quote "(func)") "this text is fine, so the assertion fails")
  )wast");
  EXPECT_EQ(r.total(), counts(0, 0, 0));
  EXPECT_EQ(r.text, counts(1, 1, 0));
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_TRUE(r.failures[0].text);
}

TEST_F(SpecRunnerTest, AVoiceThatRunsNoCodeIsJudgedOnModulesOnly) {
  FileReport r = run(R"(
    (module (func (export "f") (result i32) (i32.const 1)))
    (assert_return (invoke "f") (i32.const 1))
    (assert_trap (invoke "f") "unreachable")
    (assert_unlinkable (module (import "nowhere" "f" (func))) "unknown import")
    (assert_trap (module (func $s unreachable) (start $s)) "unreachable")
    (assert_invalid (module (func (result i32))) "type mismatch")
  )",
                     RunOptions{/*runs_code=*/false});
  // The interpreter stands in for a module-only voice here: it does link, so
  // the unlinkable and uninstantiable modules, which such a voice must
  // accept, fail.
  EXPECT_EQ(kind(r, CommandKind::AssertReturn), counts(0, 0, 0));
  EXPECT_EQ(kind(r, CommandKind::AssertTrap), counts(0, 0, 0));
  EXPECT_EQ(kind(r, CommandKind::Module), counts(1, 0, 0));
  EXPECT_EQ(kind(r, CommandKind::AssertInvalid), counts(1, 0, 0));
  EXPECT_EQ(kind(r, CommandKind::AssertUnlinkable), counts(0, 1, 0));
  EXPECT_EQ(kind(r, CommandKind::AssertUninstantiable), counts(0, 1, 0));
}

TEST_F(SpecRunnerTest, EachRunStartsFromAFreshEngine) {
  const char* text = R"((module (global (export "g") (mut i32) (i32.const 0))
      (func (export "inc") (result i32) (global.set 0 (i32.add (global.get 0) (i32.const 1))) (global.get 0)))
    (assert_return (invoke "inc") (i32.const 1)))";
  EXPECT_EQ(run(text).total(), counts(2, 0, 0));
  EXPECT_EQ(run(text).total(), counts(2, 0, 0));
}

TEST(SpecScriptTest, ParsesModulesActionsAndExpectations) {
  Result<Script> s = parse_script(R"((module $A (func (export "f") (param i64) (result f64) (f64.const 1)))
(assert_return (invoke $A "f" (i64.const -1)) (f64.const nan:canonical))
(register "a" $A)
(assert_malformed (module binary "\00asm\02\00\00\00") "unknown binary version"))",
                                  "x.wast");
  ASSERT_TRUE(s.ok()) << s.error().to_string();
  ASSERT_EQ(s->commands.size(), 4u);
  const Command& m = s->commands[0];
  EXPECT_EQ(m.kind, CommandKind::Module);
  EXPECT_EQ(m.module_name, "$A");
  EXPECT_EQ(m.module->form, ModuleForm::Text);
  ASSERT_GE(m.module->bytes.size(), 8u);
  EXPECT_EQ(m.module->bytes[1], 'a');

  const Command& a = s->commands[1];
  EXPECT_EQ(a.kind, CommandKind::AssertReturn);
  EXPECT_EQ(a.line, 2u);
  ASSERT_TRUE(a.action.has_value());
  EXPECT_EQ(a.action->module, 0u);
  EXPECT_EQ(a.action->field, "f");
  EXPECT_EQ(a.action->args, std::vector<Value>{Value::i64(~0ull)});
  ASSERT_EQ(a.expected.size(), 1u);
  EXPECT_EQ(a.expected[0][0].kind, ExpectedValue::Kind::CanonicalNan);

  EXPECT_EQ(s->commands[2].kind, CommandKind::Register);
  EXPECT_EQ(s->commands[2].register_as, "a");
  EXPECT_EQ(s->commands[2].register_module, 0u);

  const Command& mal = s->commands[3];
  EXPECT_EQ(mal.module->form, ModuleForm::Binary);
  EXPECT_EQ(mal.module->bytes.size(), 8u);
  EXPECT_EQ(mal.text, "unknown binary version");
}

TEST(SpecScriptTest, BadScriptsAreErrors) {
  EXPECT_FALSE(parse_script("(module", "bad.wast").ok());
  EXPECT_FALSE(parse_script("(assert_return (invoke \"f\") (i32.const x))", "bad.wast").ok());
  Result<Script> missing = read_script("/nonexistent/dir/file.wast");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.error().kind, ErrorKind::Io);
}

TEST(SpecScriptTest, ImportedModuleNames) {
  Result<Script> s = parse_script(R"((module (import "a" "x" (func)) (import "b" "y" (global i32))))", "x.wast");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(imported_module_names(s->commands[0].module->bytes), (std::vector<std::string>{"a", "b"}));
  const uint8_t garbage[] = {1, 2, 3};
  EXPECT_TRUE(imported_module_names(garbage).empty());
}

}  // namespace
}  // namespace tandem::oracle::spec
