// The IR text parser: every instruction format round-trips through the
// printer, and malformed text is an error naming its line.
#include <gtest/gtest.h>

#include "backends/optimizing/ir/parser.h"
#include "backends/optimizing/ir/printer.h"
#include "backends/optimizing/ir/verifier.h"
#include "tests/optimizing/test_util.h"

namespace tandem::optimizing::test {
namespace {

// One of every format, with forward references and srclocs.
constexpr const char* kEveryFormat = R"(function fn7(i32, i64, f32, f64, ref) -> i32, f64 {
block0(v0: i32, v1: i64, v2: f32, v3: f64, v4: ref):
      v5 = iconst.i32 -7
      v6 = f32const.f32 0x3f800000
      v7 = f64const.f64 0x4000000000000000
      v8 = heap_base.i64
      v9 = ref_func.ref fn2
      v10 = clz.i32 v0
      v11 = iadd.i64 v1, v1
      v12 = icmp.i32 ult v0, v5
      v13 = fcmp.f64 lt v3, v7
      v14 = select.i32 v12, v0, v10
@0012 v15 = uload8.i32 v8, v0+16 guard
@0013 istore16.i64 v11, v8, v0+4294967295 explicit
      v16 = global_get.f32 g3
      global_set.f32 g3, v6
      v17 = table_get.ref t1, v0
      table_copy t0, t1, v0, v0, v0
      table_init t0, e2, v0, v0, v0
      memory_copy v0, v0, v0
      data_drop d1
      v18, v19 = call fn4(v0, v2) -> i32, f64
      v20 = call_indirect type1, t0, v0(v1) -> i64
@0020 trapnz.i32 v13, integer_overflow
      v21 = is_null.ref v4
      brif.i32 v21, block2(v14), block1
block1:
      br_table.i32 v0, block2(v5), [block2(v15), block3, block2(v18)]
block3:
      trap unreachable
block2(v22: i32):
      return v22, v19
}
)";

TEST(Parser, EveryFormatRoundTrips) {
  ir::Function f;
  ASSERT_TRUE(parse_ir(kEveryFormat, f));
  Status verified = ir::verify_function(f);
  ASSERT_TRUE(verified.ok()) << verified.error().message;
  EXPECT_EQ(ir::print_function(f), kEveryFormat);
}

::testing::AssertionResult rejects(const char* text, const char* message) {
  ir::Function f;
  Status st = ir::parse_function(text, f);
  if (st.ok()) return ::testing::AssertionFailure() << "accepted";
  if (st.error().message.find(message) == std::string::npos) {
    return ::testing::AssertionFailure() << "error '" << st.error().message << "' lacks '" << message << "'";
  }
  return ::testing::AssertionSuccess();
}

TEST(Parser, RejectsMalformedTextWithItsLine) {
  EXPECT_TRUE(rejects("function fn0() {\nblock0:\n  v0 = frobnicate.i32 1\n  return\n}", "line 3: unknown opcode"));
  EXPECT_TRUE(rejects("function fn0() -> i32 {\nblock0:\n  return v9\n}", "v9 is used but never defined"));
  EXPECT_TRUE(rejects("function fn0() {\nblock0:\n  v0 = iconst.i32 1\n  v0 = iconst.i32 2\n  return\n}",
                      "v0 is defined twice"));
  EXPECT_TRUE(rejects("function fn0() {\nblock0:\n  jump block5\n}", "block5 is referenced but never defined"));
  EXPECT_TRUE(rejects("function fn0(i33) {\nblock0:\n  return\n}", "expected a type"));
  EXPECT_TRUE(rejects("function fn0() {\nblock0:\n  v0 = iconst 1\n  return\n}", "needs a type suffix"));
  EXPECT_TRUE(rejects("function fn0() {\nblock0:\n  v0 = iadd.i32 v1\n", "missing '}'"));
  EXPECT_TRUE(rejects("function fn0() {\nblock0:\n  v0, v1 = iconst.i32 1\n  return\n}", "defines 1 result(s)"));
  EXPECT_TRUE(rejects("function fn0(i32) {\nblock0(v0: i32):\n  v1 = load.i32 v0, v0+4294967296 guard\n  return\n}",
                      "offset out of range"));
  EXPECT_TRUE(
      rejects("function fn0(i32) {\nblock0(v0: i32):\n  trapz.i32 v0, not_a_trap\n  return\n}", "unknown trap code"));
}

}  // namespace
}  // namespace tandem::optimizing::test
