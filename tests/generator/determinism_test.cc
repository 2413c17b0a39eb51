// Same bytes, same module: across generator instances, and with one
// generator reused across unrelated inputs (its buffers carry no state).
#include <gtest/gtest.h>

#include <algorithm>

#include "generator/generator.h"
#include "tests/generator/wabt_support.h"

namespace tandem::generator {
namespace {

using testing::random_input;

void expect_same(const GeneratedModule& a, const GeneratedModule& b) {
  EXPECT_EQ(a.wasm, b.wasm);
  EXPECT_EQ(a.func_exports, b.func_exports);
  EXPECT_EQ(a.global_exports, b.global_exports);
  EXPECT_EQ(a.args, b.args);
  ASSERT_EQ(a.invocations.size(), b.invocations.size());
  for (size_t i = 0; i < a.invocations.size(); ++i) {
    EXPECT_EQ(a.export_name(a.invocations[i]), b.export_name(b.invocations[i]));
    EXPECT_EQ(a.invocations[i].first_arg, b.invocations[i].first_arg);
    EXPECT_EQ(a.invocations[i].num_args, b.invocations[i].num_args);
  }
  EXPECT_EQ(a.usage.class_counts, b.usage.class_counts);
  EXPECT_EQ(a.usage.op_counts, b.usage.op_counts);
}

TEST(GeneratorDeterminism, SameBytesSameModule) {
  for (Scope scope : {Scope::IntegerCore, Scope::Full}) {
    Generator reused, fresh;
    GeneratedModule noise;
    for (uint32_t i = 0; i < 300; ++i) {
      std::vector<uint8_t> input = random_input(i, 64 + i * 7);
      GeneratedModule a, b;
      ASSERT_TRUE(reused.generate_swarm(input, scope, a).ok());
      // Something unrelated in between, into another module.
      ASSERT_TRUE(reused.generate_swarm(random_input(i + 12345, 900), scope, noise).ok());
      ASSERT_TRUE(fresh.generate_swarm(input, scope, b).ok());
      expect_same(a, b);
      // Generating again into a module that held something else.
      ASSERT_TRUE(reused.generate_swarm(input, scope, noise).ok());
      expect_same(a, noise);
    }
  }
}

TEST(GeneratorDeterminism, ResultFormMatchesOutParameterForm) {
  Generator gen;
  GeneratorConfig config = GeneratorConfig::full();
  std::vector<uint8_t> input = random_input(42, 700);
  Result<GeneratedModule> r = gen.generate(input, config);
  ASSERT_TRUE(r.ok());
  GeneratedModule m;
  ASSERT_TRUE(gen.generate(input, config, m).ok());
  expect_same(*r, m);
}

TEST(GeneratorDeterminism, DifferentBytesDifferentModules) {
  Generator gen;
  GeneratedModule a, b;
  uint32_t same = 0;
  for (uint32_t i = 0; i < 100; ++i) {
    ASSERT_TRUE(gen.generate_swarm(random_input(2 * i, 400), Scope::Full, a).ok());
    ASSERT_TRUE(gen.generate_swarm(random_input(2 * i + 1, 400), Scope::Full, b).ok());
    same += a.wasm == b.wasm;
  }
  EXPECT_LT(same, 5u);
}

// Any byte string is an input: empty, one byte, all zeros, all ones.
TEST(GeneratorDeterminism, DegenerateInputs) {
  Generator gen;
  GeneratedModule m;
  std::vector<std::vector<uint8_t>> inputs = {
      {}, {0}, {0xff}, std::vector<uint8_t>(5000, 0), std::vector<uint8_t>(5000, 0xff)};
  for (Scope scope : {Scope::IntegerCore, Scope::Full})
    for (const auto& input : inputs) {
      ASSERT_TRUE(gen.generate_swarm(input, scope, m).ok());
      EXPECT_EQ(testing::wabt_validate(m.wasm), "");
      EXPECT_GE(m.num_functions, 1u);
      // Every function is invoked; of dozens of small functions, the first
      // eight (the rest through their calls).
      bool small = m.usage.shape_counts[static_cast<size_t>(Shape::SmallFunctions)] > 0;
      EXPECT_GE(m.invocations.size(), small ? std::min(m.num_functions, 8u) : m.num_functions);
    }
}

}  // namespace
}  // namespace tandem::generator
