// The wasm -> IR translator on inputs too large to write out: the printed
// IR of small modules is checked by the translate file tests
// (tests/tools/filetests/translate_*.wat).
#include <gtest/gtest.h>

#include "backends/optimizing/ir/printer.h"
#include "tests/optimizing/test_util.h"

namespace tandem::optimizing::test {
namespace {

std::string translate_text(std::string_view wat) {
  std::unique_ptr<wasm::Module> m = module_from_wat(wat);
  if (!m) return "";
  ir::Function f;
  EXPECT_TRUE(translate(*m, 0, f, /*explicit_checks=*/false));
  return ir::print_function(f);
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
