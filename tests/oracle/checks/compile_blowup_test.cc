// A compile stage past its work budget is a compile_blowup finding: the
// oracle names the backend and the stage (its signature), tandem compile's
// report records it per function, and a normal budget compiles the same
// module cleanly.
#include <gtest/gtest.h>

#include "oracle/checks/compile_report.h"
#include "oracle/differential/differential.h"
#include "oracle/engines/text_format.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

// The block's result reaches its label through a merge: the baseline's
// value stack walks and parallel moves both count.
constexpr const char* kModule = R"((module
  (func (export "f") (param i32) (result i32)
    (block (result i32)
      (br_if 0 (i32.const 7) (local.get 0))
      (drop)
      (i32.const 9))))
)";

std::vector<uint8_t> module_bytes() {
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(kModule);
  EXPECT_TRUE(wasm.ok());
  return wasm.ok() ? *wasm : std::vector<uint8_t>{};
}

DiffCase one_call() {
  DiffCase c;
  c.wasm = module_bytes();
  c.calls.push_back(DiffCall{"f", {Value::i32(1)}});
  return c;
}

TEST(CompileBlowup, IsAFindingThatNamesTheBackendAndTheStage) {
  DiffOptions options;
  options.compile_budget_percent = 0;  // every limit zero: the first counted work is past it
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(options);
  ASSERT_TRUE(oracle.ok()) << oracle.error().to_string();
  DiffVerdict v = (*oracle)->run(one_call());
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(v.finding->kind, MismatchKind::CompileBlowup);
  // The baseline compiles first; its first counted work is the merge.
  EXPECT_EQ(v.finding->signature(), "compile_blowup/baseline/value_stack");
  EXPECT_NE(v.finding->detail.find("compiling function 0 did not finish within its budget"), std::string::npos)
      << v.finding->detail;
}

TEST(CompileBlowup, TheDefaultBudgetCompilesTheSameModule) {
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(DiffOptions{});
  ASSERT_TRUE(oracle.ok());
  DiffVerdict v = (*oracle)->run(one_call());
  EXPECT_EQ(v.kind, DiffVerdict::Kind::Agree) << (v.finding ? v.finding->to_string() : v.inconclusive_reason);
}

TEST(CompileReport, RecordsEachFunctionsWorkAndItsFailures) {
  Result<wasm::Module> m = wasm::decode_and_validate(module_bytes());
  ASSERT_TRUE(m.ok());
  for (compile::Backend backend : {compile::Backend::Baseline, compile::Backend::Optimizing}) {
    Result<CompileReport> ok = compile_with_report(*m, backend, {});
    ASSERT_TRUE(ok.ok()) << ok.error().to_string();
    ASSERT_EQ(ok->functions.size(), 1u);
    EXPECT_EQ(ok->failures(), 0u);
    EXPECT_GT(ok->functions[0].code_bytes, 0u);
    uint64_t work = 0;
    for (uint32_t s = 0; s < compile::kNumCompileStages; ++s) {
      const bool mine = compile::compile_stage_info(static_cast<compile::CompileStage>(s)).backend == backend;
      EXPECT_EQ(ok->functions[0].limit[s] > 0, mine) << s;
      work += ok->functions[0].used[s];
    }
    EXPECT_GT(work, 0u) << compile::backend_name(backend);

    Result<CompileReport> starved = compile_with_report(*m, backend, {}, std::nullopt, 0);
    ASSERT_TRUE(starved.ok());
    ASSERT_EQ(starved->failures(), 1u);
    EXPECT_EQ(starved->functions[0].error->kind, ErrorKind::CompileBlowup);
  }
  Result<CompileReport> refused =
      compile_with_report(*m, compile::Backend::Baseline, std::vector<std::string>{"opt_level=none"});
  ASSERT_FALSE(refused.ok());
  EXPECT_EQ(refused.error().kind, ErrorKind::Usage);
  Result<CompileReport> no_such = compile_with_report(*m, compile::Backend::Baseline, {}, 5);
  ASSERT_FALSE(no_such.ok());
}

}  // namespace
}  // namespace tandem::oracle
