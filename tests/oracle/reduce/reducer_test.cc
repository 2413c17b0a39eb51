// The reducer keeps a finding's signature while it removes what the finding
// does not need: calls, module fields (imports, types, globals, tables,
// segments, functions) and instructions. The finding here is planted with
// an empty compile budget: every module whose baseline compile counts any
// value-stack work is a compile_blowup/baseline/value_stack.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "oracle/engines/text_format.h"
#include "oracle/reduce/reducer.h"
#include "wasm/decoder.h"

namespace tandem::oracle {
namespace {

constexpr const char* kModule = R"((module
  (import "host" "log" (func $log (param i32)))
  (import "host" "log2" (func $log2 (param i64 i64)))
  (type $unused (func (param f64) (result f32)))
  (memory (export "mem") 1)
  (global $g (export "g") (mut i32) (i32.const 5))
  (table 4 funcref)
  (elem (i32.const 0) $a $b)
  (data (i32.const 16) "some bytes that do not matter")
  (func $a (export "a") (param i32) (result i32)
    (call $log (local.get 0))
    (global.set $g (i32.add (global.get $g) (local.get 0)))
    (i32.mul (local.get 0) (i32.const 3)))
  (func $b (export "b") (param i32) (result i32)
    (block (result i32)
      (br_if 0 (i32.const 7) (local.get 0))
      (drop)
      (call $a (i32.const 9)))))
)";

TEST(Reducer, KeepsTheSignatureAndRemovesWhatTheFindingDoesNotNeed) {
  DiffCase c;
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(kModule);
  ASSERT_TRUE(wasm.ok()) << wasm.error().to_string();
  c.wasm = *wasm;
  c.calls = {DiffCall{"a", {Value::i32(1)}}, DiffCall{"b", {Value::i32(0)}}, DiffCall{"b", {Value::i32(2)}}};
  ReduceOptions options;
  options.diff.compile_budget_percent = 0;
  Result<ReduceResult> r = reduce(c, options);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->finding.signature(), "compile_blowup/baseline/value_stack");
  EXPECT_TRUE(r->reduced.calls.empty());  // a finding at instantiation needs no call
  EXPECT_LT(r->reduced.wasm.size(), r->original_size / 3) << r->reduced.wasm.size() << " of " << r->original_size;
  Result<wasm::Module> m = wasm::decode(r->reduced.wasm);
  ASSERT_TRUE(m.ok());
  EXPECT_TRUE(m->imports.empty());
  EXPECT_TRUE(m->globals.empty());
  EXPECT_TRUE(m->datas.empty());
  EXPECT_EQ(m->functions.size(), 1u);
  EXPECT_LT(r->attempts, 500u);  // the walk resumes where it was instead of starting over
}

TEST(Reducer, RefusesACaseWithoutAFinding) {
  DiffCase c;
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(kModule);
  ASSERT_TRUE(wasm.ok());
  c.wasm = *wasm;
  Result<ReduceResult> r = reduce(c, ReduceOptions{});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Usage);
}

// A module of many functions, each calling the next (so that none can go
// while its caller's body holds the call): the bodies go by halves, and the
// candidates grow with the logarithm of the functions, not with them (one
// body per candidate took a candidate per function, each compiling all).
TEST(Reducer, ManyFunctionsGoByHalves) {
  std::string text = "(module\n";
  for (int i = 0; i < 128; ++i)
    text +=
        i + 1 < 128
            ? fmt::format("  (func $f{} (param i32) (result i32) (call $f{} (i32.add (local.get 0) (i32.const {}))))\n",
                          i, i + 1, i)
            : fmt::format("  (func $f{} (param i32) (result i32) (local.get 0))\n", i);
  text += ")";
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(text);
  ASSERT_TRUE(wasm.ok()) << wasm.error().to_string();
  DiffCase c;
  c.wasm = *wasm;
  ReduceOptions options;
  options.diff.compile_budget_percent = 0;
  Result<ReduceResult> r = reduce(c, options);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_TRUE(r->finding.signature().starts_with("compile_blowup/baseline/")) << r->finding.signature();
  Result<wasm::Module> m = wasm::decode(r->reduced.wasm);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->functions.size(), 1u);
  EXPECT_LT(r->attempts, 100u) << "one candidate per function would take more than 128";
}

}  // namespace
}  // namespace tandem::oracle
