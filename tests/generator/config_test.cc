// The swarm configuration: presets check, drawn configs stay in their scope,
// and inconsistent configs are usage errors rather than bad modules.
#include <gtest/gtest.h>

#include "generator/generator.h"
#include "tests/generator/wabt_support.h"

namespace tandem::generator {
namespace {

TEST(GeneratorConfig, PresetsCheck) {
  GeneratorConfig defaults;
  EXPECT_TRUE(defaults.check().ok());
  EXPECT_EQ(defaults.classes, GeneratorConfig::full().classes);
  EXPECT_EQ(defaults.types, ValTypeSet::all());
  EXPECT_TRUE(GeneratorConfig::integer_core().check().ok());
  EXPECT_TRUE(GeneratorConfig::full().check().ok());
  EXPECT_EQ(GeneratorConfig::integer_core().types, ValTypeSet::integers());
  EXPECT_FALSE(has_class(GeneratorConfig::integer_core().classes, wasm::OpClass::FloatArith));
  EXPECT_FALSE(has_class(GeneratorConfig::integer_core().classes, wasm::OpClass::SignExtend));
  EXPECT_TRUE(has_class(GeneratorConfig::integer_core().classes, wasm::OpClass::IntDivRem));
}

TEST(GeneratorConfig, DrawnConfigsStayInScope) {
  for (uint32_t i = 0; i < 2000; ++i) {
    std::vector<uint8_t> bytes = testing::random_input(i, GeneratorConfig::kSwarmBytes);
    for (Scope scope : {Scope::IntegerCore, Scope::Full}) {
      GeneratorConfig c = GeneratorConfig::from_fuzz(bytes, scope);
      ASSERT_TRUE(c.check().ok()) << c.check().error().to_string();
      EXPECT_EQ(c.scope, scope);
      ValTypeSet allowed = GeneratorConfig::preset(scope).types;
      if (c.simd) allowed.add(wasm::ValType::V128);
      EXPECT_TRUE(c.types.subset_of(allowed));
      EXPECT_EQ(c.simd, (c.classes & simd_classes()).any()) << "SIMD on brings at least its const class";
      EXPECT_TRUE(!c.simd || scope == Scope::Full);
      EXPECT_TRUE(has_class(c.classes, wasm::OpClass::Const));
      EXPECT_TRUE(has_class(c.classes, wasm::OpClass::Variable));
    }
  }
}

TEST(GeneratorConfig, InconsistentConfigsAreUsageErrors) {
  Generator gen;
  GeneratedModule m;
  auto expect_usage = [&](const GeneratorConfig& c) {
    Status s = gen.generate({}, c, m);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, ErrorKind::Usage);
  };
  GeneratorConfig c = GeneratorConfig::integer_core();
  add_class(c.classes, wasm::OpClass::FloatArith);
  expect_usage(c);
  c = GeneratorConfig::integer_core();
  c.types.add(wasm::ValType::F32);
  expect_usage(c);
  c = GeneratorConfig::full();
  c.classes.reset(static_cast<size_t>(wasm::OpClass::Const));
  expect_usage(c);
  c = GeneratorConfig::full();
  c.max_functions = 0;
  expect_usage(c);
  c = GeneratorConfig::full();
  c.memory_min_pages = 3;
  c.memory_max_pages = 2;
  expect_usage(c);
  c = GeneratorConfig::integer_core();
  c.max_tables = 1;
  expect_usage(c);
  c = GeneratorConfig::full();
  c.fuel = 0;
  expect_usage(c);
}

// Config knobs shape the module as they say.
TEST(GeneratorConfig, KnobsShapeTheModule) {
  Generator gen;
  GeneratedModule m;
  GeneratorConfig c = GeneratorConfig::full();
  c.min_functions = c.max_functions = 4;
  c.memory = false;
  c.max_host_imports = 0;
  c.fuel = 77;
  c.refuel_each_invocation = false;
  ASSERT_TRUE(gen.generate(testing::random_input(5, 800), c, m).ok());
  EXPECT_EQ(m.num_functions, 4u);
  EXPECT_FALSE(m.has_memory);
  EXPECT_EQ(m.num_host_imports, 0u);
  EXPECT_EQ(m.initial_fuel, 77u);
  EXPECT_EQ(m.func_exports, (std::vector<std::string>{"f0", "f1", "f2", "f3", "refuel"}));
  EXPECT_EQ(m.global_exports.front(), "fuel");
  for (const Invocation& inv : m.invocations) EXPECT_NE(m.export_name(inv), "refuel");
  EXPECT_EQ(testing::wabt_validate(m.wasm), "");
}

}  // namespace
}  // namespace tandem::generator
