// The compile-work budgets: limits from the stage table, a stage past its
// limit stays exceeded, and the error names the function, the backend and
// the stage.
#include <gtest/gtest.h>

#include "shared_compile/compile_budget.h"

namespace tandem::compile {
namespace {

TEST(CompileBudget, LimitsGrowWithTheBodyAndTheLocals) {
  CompileBudget b;
  b.begin_function(3, 1000, 24);
  for (uint32_t s = 0; s < kNumCompileStages; ++s) {
    auto stage = static_cast<CompileStage>(s);
    const CompileStageInfo& info = compile_stage_info(stage);
    EXPECT_EQ(b.limit(stage), info.floor + info.per_byte * 1024) << info.name;
    EXPECT_EQ(b.used(stage), 0u);
  }
  b.begin_function(4, 0, 0);
  EXPECT_EQ(b.limit(CompileStage::RegAlloc), compile_stage_info(CompileStage::RegAlloc).floor);
}

TEST(CompileBudget, AStagePastItsLimitStaysExceededAndNamesItself) {
  CompileBudget b;
  b.begin_function(12, 100, 2);
  const uint64_t limit = b.limit(CompileStage::RegAlloc);
  EXPECT_TRUE(b.spend(CompileStage::RegAlloc, limit));  // exactly the limit is still within it
  EXPECT_TRUE(b.status().ok());
  EXPECT_TRUE(b.spend(CompileStage::Gvn, 5));
  EXPECT_FALSE(b.spend(CompileStage::RegAlloc));
  EXPECT_FALSE(b.spend(CompileStage::RegAlloc));
  EXPECT_TRUE(b.spend(CompileStage::Gvn, 5));  // other stages keep their own limits
  ASSERT_TRUE(b.exceeded());
  EXPECT_EQ(b.exceeded_stage(), CompileStage::RegAlloc);
  Status st = b.status();
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().kind, ErrorKind::CompileBlowup);
  EXPECT_NE(st.error().message.find("compiling function 12 did not finish within its budget"), std::string::npos)
      << st.error().message;
  EXPECT_NE(st.error().message.find("stage regalloc of the optimizing backend"), std::string::npos);
  EXPECT_NE(st.error().message.find("body of 100 bytes, 2 locals"), std::string::npos);

  // The first stage to run out is the one reported, and the next function
  // starts afresh.
  EXPECT_FALSE(b.spend(CompileStage::Gvn, b.limit(CompileStage::Gvn)));
  EXPECT_EQ(b.exceeded_stage(), CompileStage::RegAlloc);
  b.begin_function(13, 100, 2);
  EXPECT_FALSE(b.exceeded());
  EXPECT_TRUE(b.spend(CompileStage::RegAlloc));
}

TEST(CompileBudget, TheScaleMultipliesEveryLimit) {
  CompileBudget b;
  b.begin_function(0, 500, 0);
  const uint64_t full = b.limit(CompileStage::ValueStack);
  b.set_scale_percent(250);
  b.begin_function(0, 500, 0);
  EXPECT_EQ(b.limit(CompileStage::ValueStack), full * 250 / 100);
  b.set_scale_percent(1);
  b.begin_function(0, 500, 0);
  EXPECT_EQ(b.limit(CompileStage::ValueStack), full / 100);
}

TEST(CompileBudget, EveryStageHasANameAndAUsableLimit) {
  for (uint32_t s = 0; s < kNumCompileStages; ++s) {
    const CompileStageInfo& info = compile_stage_info(static_cast<CompileStage>(s));
    EXPECT_EQ(static_cast<uint32_t>(info.stage), s);
    EXPECT_STRNE(info.name, "");
    EXPECT_GT(info.floor, 0u);
    EXPECT_GT(info.per_byte, 0u);
  }
}

TEST(CompileBudget, ANullBudgetCountsNothing) { EXPECT_TRUE(spend(nullptr, CompileStage::RegAlloc, ~0ull / 2)); }

}  // namespace
}  // namespace tandem::compile
