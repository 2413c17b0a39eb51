// What the generator reaches: every operator class of each scope (and every
// operator of the table in the Full scope) over a few thousand inputs; and
// what it must not: IntegerCore never writes a float, reference, table or
// bulk-memory operator, and a swarm configuration's disabled classes never
// appear in the statistics.
#include <gtest/gtest.h>

#include <array>

#include "generator/generator.h"
#include "tests/generator/wabt_support.h"
#include "wasm/op_reader.h"
#include "wasm/validator.h"

namespace tandem::generator {
namespace {

using testing::body_opcodes;
using testing::random_input;
using wasm::OpClass;
using wasm::Opcode;

struct Tally {
  std::array<uint32_t, wasm::kNumOpClasses> modules_using{};  // from the statistics
  std::array<uint32_t, wasm::kNumOpcodes> op_seen{};          // from the bytes
  uint32_t modules = 0;
};

Tally tally(Scope scope, bool swarm, uint32_t count, uint64_t seed) {
  Generator gen;
  GeneratedModule m;
  GeneratorConfig preset = GeneratorConfig::preset(scope);
  Tally t;
  for (uint32_t i = 0; i < count; ++i) {
    std::vector<uint8_t> input = random_input(seed + i, 200 + (i * 53) % 1800);
    Status s = swarm ? gen.generate_swarm(input, scope, m) : gen.generate(input, preset, m);
    EXPECT_TRUE(s.ok());
    ++t.modules;
    for (uint32_t c = 0; c < wasm::kNumOpClasses; ++c) t.modules_using[c] += m.usage.class_counts[c] > 0;
    std::vector<Opcode> ops = body_opcodes(m.wasm);
    EXPECT_FALSE(ops.empty()) << "wabt could not read the bodies of input " << i;
    for (Opcode op : ops) ++t.op_seen[static_cast<uint16_t>(op)];
    // The statistics count only what the bytes contain.
    for (uint32_t op = 0; op < wasm::kNumOpcodes; ++op)
      if (m.usage.op_counts[op]) EXPECT_GT(t.op_seen[op], 0u) << wasm::op_name(static_cast<Opcode>(op));
  }
  return t;
}

TEST(GeneratorCoverage, EveryIntegerCoreClassIsReached) {
  GeneratorConfig preset = GeneratorConfig::integer_core();
  for (bool swarm : {false, true}) {
    Tally t = tally(Scope::IntegerCore, swarm, 1500, swarm ? 300000 : 200000);
    for (uint32_t c = 0; c < wasm::kNumOpClasses; ++c)
      if (preset.classes.test(c))
        EXPECT_GT(t.modules_using[c], 0u) << wasm::op_class_name(static_cast<OpClass>(c)) << (swarm ? " (swarm)" : "");
  }
}

// Every class and operator: the preset's all but SIMD's (a config turns
// SIMD on; the preset does not), the swarm's every one, SIMD's included.
TEST(GeneratorCoverage, EveryFullClassAndOperatorIsReached) {
  for (bool swarm : {false, true}) {
    Tally t = tally(Scope::Full, swarm, swarm ? 4000 : 2500, swarm ? 500000 : 400000);
    for (uint32_t c = 0; c < wasm::kNumOpClasses; ++c) {
      const bool expected = swarm || !wasm::is_simd_class(static_cast<OpClass>(c));
      EXPECT_EQ(t.modules_using[c] > 0, expected)
          << wasm::op_class_name(static_cast<OpClass>(c)) << ": " << t.modules_using[c] << (swarm ? " (swarm)" : "");
    }
    for (const wasm::OpInfo& info : wasm::all_ops())
      EXPECT_EQ(t.op_seen[static_cast<uint16_t>(info.opcode)] > 0, swarm || !info.is_simd())
          << info.text << (swarm ? " (swarm)" : "");
  }
}

// IntegerCore's bytes, glue included: integer types only, no tables, no
// references, no bulk memory, no typed select, no sign extension.
TEST(GeneratorCoverage, IntegerCoreStaysInteger) {
  GeneratorConfig preset = GeneratorConfig::integer_core();
  Generator gen;
  GeneratedModule m;
  for (uint32_t i = 0; i < 1500; ++i) {
    std::vector<uint8_t> input = random_input(600000 + i, 100 + (i * 31) % 1500);
    ASSERT_TRUE((i % 2 ? gen.generate_swarm(input, Scope::IntegerCore, m) : gen.generate(input, preset, m)).ok());
    for (Opcode op : body_opcodes(m.wasm)) {
      const wasm::OpInfo& info = wasm::op_info(op);
      ASSERT_TRUE(preset.classes.test(static_cast<size_t>(info.cls))) << info.text << " in input " << i;
      ASSERT_NE(op, Opcode::SelectT) << "input " << i;
      if (info.has_fixed_signature()) {
        for (wasm::SigType s : info.in)
          ASSERT_TRUE(s == wasm::SigType::None || s == wasm::SigType::I32 || s == wasm::SigType::I64) << info.text;
        ASSERT_TRUE(info.out == wasm::SigType::None || info.out == wasm::SigType::I32 || info.out == wasm::SigType::I64)
            << info.text;
      }
    }
    // Nor anywhere in the module: types, locals, globals, tables.
    Result<wasm::Module> mod = wasm::decode_and_validate(m.wasm);
    ASSERT_TRUE(mod.ok()) << mod.error().to_string();
    auto integer = [](wasm::ValType t) { return t == wasm::ValType::I32 || t == wasm::ValType::I64; };
    for (const wasm::FuncType& ft : mod->types) {
      for (wasm::ValType t : ft.params) ASSERT_TRUE(integer(t));
      for (wasm::ValType t : ft.results) ASSERT_TRUE(integer(t));
    }
    for (const wasm::Function& f : mod->functions)
      for (const wasm::LocalRun& run : f.locals) ASSERT_TRUE(integer(run.type));
    for (const wasm::Global& g : mod->globals) ASSERT_TRUE(integer(g.type.type));
    ASSERT_TRUE(mod->tables.empty());
    ASSERT_TRUE(mod->elems.empty());
    ASSERT_FALSE(mod->data_count.has_value());
  }
}

TEST(GeneratorCoverage, SwarmDisabledClassesStayUnused) {
  Generator gen;
  GeneratedModule m;
  uint32_t disabled_seen = 0;
  for (Scope scope : {Scope::IntegerCore, Scope::Full}) {
    for (uint32_t i = 0; i < 1000; ++i) {
      std::vector<uint8_t> input = random_input(700000 + i, 600);
      GeneratorConfig config = GeneratorConfig::from_fuzz(input, scope);
      ASSERT_TRUE(config.check().ok()) << config.check().error().to_string();
      ASSERT_TRUE(gen.generate_swarm(input, scope, m).ok());
      OpClassSet used = m.usage.classes();
      EXPECT_EQ((used & ~config.classes).none(), true) << "input " << i;
      disabled_seen += (~config.classes & GeneratorConfig::preset(scope).classes).any();
    }
  }
  EXPECT_GT(disabled_seen, 100u) << "the swarm draw hardly ever disables a class";
}

TEST(GeneratorCoverage, SwarmOfZeroBytesIsThePreset) {
  std::vector<uint8_t> zeros(GeneratorConfig::kSwarmBytes, 0);
  for (Scope scope : {Scope::IntegerCore, Scope::Full}) {
    GeneratorConfig drawn = GeneratorConfig::from_fuzz(zeros, scope);
    GeneratorConfig preset = GeneratorConfig::preset(scope);
    EXPECT_EQ(drawn.classes, preset.classes);
    EXPECT_EQ(drawn.types, preset.types);
    EXPECT_EQ(drawn.max_functions, preset.max_functions);
    EXPECT_EQ(drawn.memory, preset.memory);
  }
}

}  // namespace
}  // namespace tandem::generator

namespace tandem::generator {
namespace {

// IntegerCore's calls: some pass more than 6 arguments (so some go on the
// stack in the native calling convention) and some return several values.
TEST(GeneratorCoverage, IntegerCoreCallsHaveManyParamsAndResults) {
  Generator gen;
  GeneratedModule m;
  uint32_t calls = 0, many_params = 0, multi_results = 0;
  for (uint32_t i = 0; i < 500; ++i) {
    ASSERT_TRUE(gen.generate(random_input(960000 + i, 1500), GeneratorConfig::integer_core(), m).ok());
    Result<wasm::Module> mod = wasm::decode_and_validate(m.wasm);
    ASSERT_TRUE(mod.ok()) << mod.error().to_string();
    for (const wasm::Function& f : mod->functions) {
      wasm::OpReader reader(mod->bytes, f.code_start, f.code_end);
      while (!reader.done()) {
        Result<wasm::Op> op = reader.next();
        ASSERT_TRUE(op.ok()) << op.error().to_string();
        if (op->opcode != Opcode::Call) continue;
        const wasm::FuncType& type = mod->func_type(op->index);
        ++calls;
        many_params += type.params.size() > 6;
        multi_results += type.results.size() > 1;
      }
    }
  }
  EXPECT_GT(calls, 1000u);
  EXPECT_GT(many_params, 50u);
  EXPECT_GT(multi_results, 50u);
}

}  // namespace
}  // namespace tandem::generator
