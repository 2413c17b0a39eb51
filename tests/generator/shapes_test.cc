// The shapes (generator/shapes.def): each one drawn appears in the bytes,
// read back by an independent scan of the module (tests/generator/
// shape_scan.h), every time the statistics say it was written; the swarm
// draws each at about its odds; and modules with every shape at once
// validate, terminate and are deterministic.
#include <gtest/gtest.h>

#include <array>

#include "generator/generator.h"
#include "tests/generator/shape_scan.h"
#include "tests/generator/wabt_interp.h"
#include "tests/generator/wabt_support.h"
#include "wasm/validator.h"

namespace tandem::generator {
namespace {

using testing::random_input;
using testing::scan_shapes;
using testing::ShapeScan;

GeneratorConfig with_shape(Scope scope, Shape s) {
  GeneratorConfig c = GeneratorConfig::preset(scope);
  add_shape(c.shapes, s);
  return c;
}

GeneratorConfig with_every_shape(Scope scope) {
  GeneratorConfig c = GeneratorConfig::preset(scope);
  c.shapes.set();
  return c;
}

size_t index(Shape s) { return static_cast<size_t>(s); }

// Generates `count` modules with `config` and calls check(module, scan) on
// each; returns how many of them the statistics say have the shape.
template <typename Check>
uint32_t for_each_module(const GeneratorConfig& config, Shape shape, uint32_t count, uint64_t seed, Check check) {
  Generator gen;
  GeneratedModule m;
  uint32_t with_shape = 0;
  for (uint32_t i = 0; i < count; ++i) {
    std::vector<uint8_t> input = random_input(seed + i, 400 + (i * 97) % 1800);
    EXPECT_TRUE(gen.generate(input, config, m).ok());
    ShapeScan scan = scan_shapes(m.wasm);
    EXPECT_EQ(scan.error, "") << "input " << i;
    bool has = m.usage.shape_counts[index(shape)] > 0;
    with_shape += has;
    check(m, scan, has, i);
  }
  return with_shape;
}

TEST(GeneratorShapes, NamesAreTheStatisticsNames) {
  EXPECT_STREQ(shape_name(Shape::MemoryAliasing), "memory_aliasing");
  EXPECT_STREQ(shape_name(Shape::WideBranch), "wide_branch");
  for (uint32_t i = 0; i < kNumShapes; ++i) EXPECT_NE(shape_name(static_cast<Shape>(i)), nullptr);
}

// Stores and loads around one address: the same bytes under the same and
// under another spelling, overlapping and adjacent bytes, load-store-load
// and loads across calls, memory.grow/fill/copy. The plain generator
// almost never writes a load of bytes it just stored; with the shape, most
// modules have several.
TEST(GeneratorShapes, MemoryAliasing) {
  for (Scope scope : {Scope::IntegerCore, Scope::Full}) {
    ShapeScan total;
    uint32_t modules_with_reload = 0;
    auto add = [&](const GeneratedModule&, const ShapeScan& s, bool, uint32_t) {
      total.store_load_same += s.store_load_same;
      total.store_load_partial += s.store_load_partial;
      total.store_load_same_expression += s.store_load_same_expression;
      total.store_load_other_expression += s.store_load_other_expression;
      total.store_load_adjacent += s.store_load_adjacent;
      total.load_store_load += s.load_store_load;
      total.load_across_effect += s.load_across_effect;
      bool reload = s.store_load_same + s.store_load_partial + s.load_store_load > 0;
      modules_with_reload += reload;
    };
    uint32_t drawn = for_each_module(with_shape(scope, Shape::MemoryAliasing), Shape::MemoryAliasing, 300,
                                     scope == Scope::Full ? 10000 : 20000, add);
    SCOPED_TRACE(scope_name(scope));
    EXPECT_GT(drawn, 250u);
    EXPECT_GT(modules_with_reload, drawn * 3 / 4);
    EXPECT_GT(total.store_load_same, 100u);
    EXPECT_GT(total.store_load_partial, 100u);
    EXPECT_GT(total.store_load_same_expression, 50u);
    EXPECT_GT(total.store_load_other_expression, 50u);
    EXPECT_GT(total.store_load_adjacent, 50u);
    EXPECT_GT(total.load_store_load, 50u);
    EXPECT_GT(total.load_across_effect, 50u);

    // Without the shape, the same inputs hardly ever reload what they stored.
    uint32_t plain_with_reload = 0;
    for_each_module(GeneratorConfig::preset(scope), Shape::MemoryAliasing, 300, scope == Scope::Full ? 10000 : 20000,
                    [&](const GeneratedModule& m, const ShapeScan& s, bool has, uint32_t) {
                      EXPECT_FALSE(has);
                      EXPECT_EQ(m.usage.shapes().none(), true);
                      plain_with_reload += s.store_load_same + s.load_store_load > 0;
                    });
    EXPECT_LT(plain_with_reload * 5, modules_with_reload);
  }
}

TEST(GeneratorShapes, LargeFunction) {
  uint32_t drawn = for_each_module(with_shape(Scope::Full, Shape::LargeFunction), Shape::LargeFunction, 60, 30000,
                                   [](const GeneratedModule&, const ShapeScan& s, bool has, uint32_t i) {
                                     if (has) EXPECT_GE(s.max_body_bytes, 20u * 1024) << "input " << i;
                                     EXPECT_LE(s.max_body_bytes, 40u * 1024) << "input " << i;
                                   });
  EXPECT_GT(drawn, 55u);
}

TEST(GeneratorShapes, DeepLoops) {
  uint32_t drawn = for_each_module(with_shape(Scope::IntegerCore, Shape::DeepLoops), Shape::DeepLoops, 200, 31000,
                                   [](const GeneratedModule&, const ShapeScan& s, bool has, uint32_t i) {
                                     if (has) EXPECT_GE(s.max_loop_depth, 3u) << "input " << i;
                                   });
  EXPECT_GT(drawn, 100u);
}

TEST(GeneratorShapes, ManyLiveValues) {
  for (Scope scope : {Scope::IntegerCore, Scope::Full}) {
    uint32_t drawn = for_each_module(with_shape(scope, Shape::ManyLiveValues), Shape::ManyLiveValues, 200, 32000,
                                     [](const GeneratedModule&, const ShapeScan& s, bool has, uint32_t i) {
                                       if (has) EXPECT_GE(s.max_stack_height, 20u) << "input " << i;
                                     });
    EXPECT_GT(drawn, 100u) << scope_name(scope);
  }
}

TEST(GeneratorShapes, WideBrTable) {
  uint32_t drawn = for_each_module(with_shape(Scope::IntegerCore, Shape::WideBrTable), Shape::WideBrTable, 200, 33000,
                                   [](const GeneratedModule&, const ShapeScan& s, bool has, uint32_t i) {
                                     if (has) EXPECT_GE(s.max_br_table_targets, 100u) << "input " << i;
                                   });
  EXPECT_GT(drawn, 100u);
}

TEST(GeneratorShapes, ManyLocals) {
  uint32_t drawn = for_each_module(with_shape(Scope::Full, Shape::ManyLocals), Shape::ManyLocals, 100, 34000,
                                   [](const GeneratedModule&, const ShapeScan& s, bool has, uint32_t i) {
                                     EXPECT_TRUE(has);
                                     EXPECT_GE(s.max_declared_locals, 48u) << "input " << i;
                                   });
  EXPECT_EQ(drawn, 100u);
}

TEST(GeneratorShapes, StraightLine) {
  uint32_t drawn = for_each_module(with_shape(Scope::Full, Shape::StraightLine), Shape::StraightLine, 200, 35000,
                                   [](const GeneratedModule&, const ShapeScan& s, bool has, uint32_t i) {
                                     if (has) EXPECT_GE(s.max_straight_line, 32u) << "input " << i;
                                   });
  EXPECT_GT(drawn, 60u);
}

TEST(GeneratorShapes, SmallFunctions) {
  uint32_t calls = 0, forward = 0;
  uint32_t drawn = for_each_module(with_shape(Scope::IntegerCore, Shape::SmallFunctions), Shape::SmallFunctions, 100,
                                   36000, [&](const GeneratedModule&, const ShapeScan& s, bool has, uint32_t i) {
                                     EXPECT_TRUE(has);
                                     EXPECT_GE(s.num_functions, 25u) << "input " << i;  // refuel included
                                     calls += s.calls;
                                     forward += s.forward_calls;
                                   });
  EXPECT_EQ(drawn, 100u);
  EXPECT_GT(calls, 1000u);
  EXPECT_GT(forward * 2, calls) << "calls should mostly go to later functions";
}

TEST(GeneratorShapes, WideBranch) {
  uint32_t drawn = for_each_module(with_shape(Scope::Full, Shape::WideBranch), Shape::WideBranch, 200, 37000,
                                   [](const GeneratedModule&, const ShapeScan& s, bool has, uint32_t i) {
                                     if (has) EXPECT_GE(s.max_branch_values, 12u) << "input " << i;
                                   });
  EXPECT_GT(drawn, 100u);
}

// Every construct the statistics count is in the bytes: at least as many
// of what the scan counts as constructs of `shape` (plain code may add more).
void expect_scanned_at_least(Shape shape, uint32_t ShapeScan::*what, uint64_t seed) {
  for (Scope scope : {Scope::IntegerCore, Scope::Full}) {
    uint32_t drawn = for_each_module(with_shape(scope, shape), shape, 200, seed,
                                     [&](const GeneratedModule& m, const ShapeScan& s, bool has, uint32_t i) {
                                       if (has) EXPECT_GE(s.*what, m.usage.shape_counts[index(shape)]) << "input " << i;
                                     });
    EXPECT_GT(drawn, 100u) << scope_name(scope);
  }
}

TEST(GeneratorShapes, WideCalls) { expect_scanned_at_least(Shape::WideCalls, &ShapeScan::wide_signatures, 40000); }

// Wide calls reach past the allocator's registers: a function returning
// more integers than there are integer registers, whose results cannot all
// stay in registers between the call and their users.
TEST(GeneratorShapes, WideCallsReturnMoreIntegersThanTheAllocatorHasRegisters) {
  uint32_t past = 0;
  for_each_module(
      with_shape(Scope::IntegerCore, Shape::WideCalls), Shape::WideCalls, 200, 41000,
      [&](const GeneratedModule&, const ShapeScan& s, bool, uint32_t) { past += s.results_past_int_registers; });
  EXPECT_GT(past, 0u);
}

TEST(GeneratorShapes, CompareBranch) {
  expect_scanned_at_least(Shape::CompareBranch, &ShapeScan::fused_compares, 38000);
}

TEST(GeneratorShapes, ConstOperand) { expect_scanned_at_least(Shape::ConstOperand, &ShapeScan::const_operands, 39000); }

// What the rest of the config rules out is left out: no aliasing without a
// memory, no wide branches without multi-value blocks (IntegerCore).
TEST(GeneratorShapes, ImpossibleShapesAreLeftOut) {
  GeneratorConfig c = with_every_shape(Scope::IntegerCore);
  EXPECT_FALSE(has_shape(c.active_shapes(), Shape::WideBranch));
  EXPECT_TRUE(has_shape(c.active_shapes(), Shape::MemoryAliasing));
  c.memory = false;
  EXPECT_FALSE(has_shape(c.active_shapes(), Shape::MemoryAliasing));
  c.classes.reset(static_cast<size_t>(wasm::OpClass::Control));
  EXPECT_FALSE(has_shape(c.active_shapes(), Shape::DeepLoops));
  EXPECT_FALSE(has_shape(c.active_shapes(), Shape::WideBrTable));
  Generator gen;
  GeneratedModule m;
  for (uint32_t i = 0; i < 100; ++i) {
    ASSERT_TRUE(gen.generate(random_input(38000 + i, 1500), c, m).ok());
    EXPECT_EQ((m.usage.shapes() & ~c.active_shapes()).none(), true) << "input " << i;
  }
}

// The swarm draws each shape at about its odds, and none from zero bytes.
TEST(GeneratorShapes, SwarmDrawsEachShapeAtItsOdds) {
  std::array<uint32_t, kNumShapes> drawn{};
  uint32_t none = 0;
  const uint32_t n = 20000;
  for (uint32_t i = 0; i < n; ++i) {
    GeneratorConfig c = GeneratorConfig::from_fuzz(random_input(39000 + i, GeneratorConfig::kSwarmBytes), Scope::Full);
    for (uint32_t s = 0; s < kNumShapes; ++s) drawn[s] += c.shapes.test(s);
    none += c.shapes.none();
    // A drawn shape brings what it needs.
    ASSERT_TRUE(c.check().ok());
    EXPECT_EQ(c.active_shapes(), c.shapes) << "input " << i;
    GeneratorConfig core =
        GeneratorConfig::from_fuzz(random_input(39000 + i, GeneratorConfig::kSwarmBytes), Scope::IntegerCore);
    ASSERT_TRUE(core.check().ok()) << core.check().error().to_string();
    ShapeSet but_wide = core.shapes;
    but_wide.reset(index(Shape::WideBranch));
    EXPECT_EQ(core.active_shapes(), but_wide) << "input " << i;
  }
  for (uint32_t s = 0; s < kNumShapes; ++s) {
    double expected = n * shape_odds(static_cast<Shape>(s)) / 256.0;
    EXPECT_NEAR(drawn[s], expected, 0.1 * expected + 1) << shape_name(static_cast<Shape>(s));
    EXPECT_LT(drawn[s], n / 3) << shape_name(static_cast<Shape>(s));
  }
  EXPECT_GT(none, n / 6) << "most of the campaign should stay on the plain generator";
  std::vector<uint8_t> zeros(GeneratorConfig::kSwarmBytes, 0);
  EXPECT_TRUE(GeneratorConfig::from_fuzz(zeros, Scope::Full).shapes.none());
}

// Every shape at once, in both scopes: valid (wasm/ and wabt), and every
// call returns or traps in wabt's interpreter.
TEST(GeneratorShapes, EveryShapeAtOnceValidatesAndTerminates) {
  Generator gen;
  GeneratedModule m;
  for (Scope scope : {Scope::IntegerCore, Scope::Full}) {
    GeneratorConfig c = with_every_shape(scope);
    for (uint32_t i = 0; i < 300; ++i) {
      ASSERT_TRUE(gen.generate(random_input(40000 + i, 200 + (i * 61) % 3000), c, m).ok());
      ASSERT_EQ(testing::wabt_validate(m.wasm), "") << scope_name(scope) << " input " << i;
      Result<wasm::Module> ours = wasm::decode_and_validate(m.wasm);
      ASSERT_TRUE(ours.ok()) << ours.error().to_string();
      if (i % 10 == 0) {
        testing::InterpRun run = testing::run_in_wabt(m);
        ASSERT_EQ(run.error, "") << scope_name(scope) << " input " << i;
        ASSERT_EQ(run.calls.size(), m.invocations.size());
      }
    }
  }
}

TEST(GeneratorShapes, Deterministic) {
  Generator reused, fresh;
  GeneratedModule a, b, noise;
  for (Scope scope : {Scope::IntegerCore, Scope::Full}) {
    GeneratorConfig c = with_every_shape(scope);
    for (uint32_t i = 0; i < 100; ++i) {
      std::vector<uint8_t> input = random_input(41000 + i, 300 + i * 13);
      ASSERT_TRUE(reused.generate(input, c, a).ok());
      ASSERT_TRUE(reused.generate(random_input(i, 2000), c, noise).ok());
      ASSERT_TRUE(fresh.generate(input, c, b).ok());
      EXPECT_EQ(a.wasm, b.wasm) << "input " << i;
      EXPECT_EQ(a.usage.shape_counts, b.usage.shape_counts);
      EXPECT_EQ(a.args, b.args);
    }
  }
}

}  // namespace
}  // namespace tandem::generator
