// The wasm -> IR translator on small modules: SSA for locals (loops get
// block parameters only for what they change), structured control flow,
// unreachable code, multi-value, and the printed form of the result.
#include <gtest/gtest.h>

#include "backends/optimizing/ir/printer.h"
#include "tests/optimizing/test_util.h"

namespace tandem::optimizing::test {
namespace {

std::string translate_text(std::string_view wat, uint32_t func = 0, bool explicit_checks = false) {
  std::unique_ptr<wasm::Module> m = module_from_wat(wat);
  if (!m) return "";
  ir::Function f;
  EXPECT_TRUE(translate(*m, func, f, explicit_checks));
  return ir::print_function(f);
}

// Drops the `@xxxx` wasm offsets, which depend on the encoding.
std::string strip_srclocs(std::string text) {
  std::string out;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t eol = text.find('\n', pos);
    std::string line = text.substr(pos, eol - pos);
    if (!line.empty() && line[0] == '@') line = "      " + line.substr(line.find(' ') + 1);
    out += line + "\n";
    pos = eol + 1;
  }
  return out;
}

TEST(Translator, StraightLineArithmetic) {
  std::string text = strip_srclocs(translate_text(R"((module
    (func (param i32 i32) (result i32)
      local.get 0 local.get 1 i32.add i32.const 3 i32.mul)))"));
  EXPECT_EQ(text,
            "function fn0(i32, i32) -> i32 {\n"
            "block0(v0: i32, v1: i32):\n"
            "      v2 = iadd.i32 v0, v1\n"
            "      v3 = iconst.i32 3\n"
            "      v4 = imul.i32 v2, v3\n"
            "      return v4\n"
            "}\n");
}

TEST(Translator, LoopGetsParametersOnlyForChangedLocals) {
  // local 0 is read but never written in the loop: no parameter for it.
  std::string text = strip_srclocs(translate_text(R"((module
    (func (param i32) (result i32) (local i32)
      (loop $l
        local.get 1 local.get 0 i32.add local.set 1
        local.get 1 i32.const 100 i32.lt_u br_if $l)
      local.get 1)))"));
  EXPECT_EQ(text,
            "function fn0(i32) -> i32 {\n"
            "block0(v0: i32):\n"
            "      v6 = iconst.i32 0\n"
            "      jump block1(v6)\n"
            "block1(v1: i32):\n"
            "      v3 = iadd.i32 v1, v0\n"
            "      v4 = iconst.i32 100\n"
            "      v5 = icmp.i32 ult v3, v4\n"
            "      brif.i32 v5, block1(v3), block3\n"
            "block3:\n"
            "      jump block2\n"
            "block2:\n"
            "      return v3\n"
            "}\n");
}

TEST(Translator, IfElseMergesThroughBlockParameters) {
  std::string text = strip_srclocs(translate_text(R"((module
    (func (param i32) (result i32)
      (if (result i32) (local.get 0)
        (then (i32.const 1))
        (else (i32.const 2))))))"));
  EXPECT_EQ(text,
            "function fn0(i32) -> i32 {\n"
            "block0(v0: i32):\n"
            "      brif.i32 v0, block2, block3\n"
            "block2:\n"
            "      v2 = iconst.i32 1\n"
            "      jump block1(v2)\n"
            "block3:\n"
            "      v3 = iconst.i32 2\n"
            "      jump block1(v3)\n"
            "block1(v1: i32):\n"
            "      return v1\n"
            "}\n");
}

// The merge block's parameter has one incoming value, so SSA construction
// removes it as trivial.
TEST(Translator, UnreachableCodeIsSkipped) {
  std::string text = strip_srclocs(translate_text(R"((module
    (func (result i32)
      (block (result i32)
        i32.const 7
        br 0
        i32.const 8 i32.add
        (loop (br 0)))
      unreachable)))"));
  EXPECT_EQ(text,
            "function fn0() -> i32 {\n"
            "block0:\n"
            "      v1 = iconst.i32 7\n"
            "      jump block1\n"
            "block1:\n"
            "      trap unreachable\n"
            "}\n");
}

TEST(Translator, BranchesToTheFunctionGoThroughOneReturnBlock) {
  std::string text = strip_srclocs(translate_text(R"((module
    (func (param i32) (result i32)
      (br_if 0 (i32.const 5) (local.get 0))
      (br_table 0 0 (i32.const 6) (local.get 0)))))"));
  EXPECT_EQ(text,
            "function fn0(i32) -> i32 {\n"
            "block0(v0: i32):\n"
            "      v1 = iconst.i32 5\n"
            "      brif.i32 v0, block1(v1), block2\n"
            "block2:\n"
            "      v3 = iconst.i32 6\n"
            "      br_table.i32 v0, block1(v3), [block1(v3)]\n"
            "block1(v2: i32):\n"
            "      return v2\n"
            "}\n");
}

TEST(Translator, MultiValueCallsAndBlocks) {
  std::string text = strip_srclocs(translate_text(R"((module
    (func $two (result i32 i64) i32.const 1 i64.const 2)
    (func (result i64) (local i64)
      (block (result i32 i64) (call $two))
      local.set 0 drop
      local.get 0)
    ) )", 1));
  EXPECT_NE(text.find("v2, v3 = call fn0() -> i32, i64"), std::string::npos) << text;
}

TEST(Translator, MemoryAccessesCarryTheirBoundsCheckForm) {
  const char* wat = R"((module (memory 1)
    (func (param i32) (result i32)
      (i32.store8 offset=3 (local.get 0) (i32.const 9))
      (i32.load16_s offset=16 (local.get 0)))))";
  std::string guard = translate_text(wat);
  EXPECT_NE(guard.find("istore8.i32 v1, v2, v0+3 guard"), std::string::npos) << guard;
  EXPECT_NE(guard.find("v4 = sload16.i32 v3, v0+16 guard"), std::string::npos) << guard;
  std::string checked = translate_text(wat, 0, true);
  EXPECT_NE(checked.find("v4 = sload16.i32 v3, v0+16 explicit"), std::string::npos) << checked;
}

TEST(Translator, DeepNestingDoesNotRecurse) {
  // Thousands of nested blocks with a local read at the bottom: the SSA
  // builder walks the chain without recursion.
  std::string wat = "(module (func (param i32) (result i32) (local i32) ";
  for (int i = 0; i < 5000; ++i) wat += "(block ";
  wat += "(local.set 1 (local.get 0))";
  for (int i = 0; i < 5000; ++i) wat += ")";
  wat += " local.get 1))";
  std::string text = translate_text(wat);
  EXPECT_NE(text.find("return v0"), std::string::npos);
}

}  // namespace
}  // namespace tandem::optimizing::test
