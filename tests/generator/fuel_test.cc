// The termination guarantee, checked by running generated modules in wabt's
// interpreter: every call returns or traps, calls that loop or recurse
// without bound stop with `unreachable` when the fuel global reaches zero,
// and refuel restores the budget before each generated call.
#include <gtest/gtest.h>

#include "generator/generator.h"
#include "tests/generator/wabt_interp.h"
#include "tests/generator/wabt_support.h"

namespace tandem::generator {
namespace {

using testing::random_input;
using testing::run_in_wabt;

constexpr char kUnreachable[] = "unreachable executed";

TEST(GeneratorFuel, EveryCallReturnsOrTraps) {
  Generator gen;
  GeneratedModule m;
  uint32_t calls = 0, exhausted = 0, spent_exactly = 0;
  for (Scope scope : {Scope::IntegerCore, Scope::Full}) {
    for (uint32_t i = 0; i < 150; ++i) {
      ASSERT_TRUE(gen.generate_swarm(random_input(70000 + i, 1500), scope, m).ok());
      testing::InterpRun run = run_in_wabt(m);
      ASSERT_EQ(run.error, "") << "input " << i;
      ASSERT_EQ(run.calls.size(), m.invocations.size());
      for (const testing::CallRecord& c : run.calls) {
        ++calls;
        if (c.name == "refuel") {
          EXPECT_FALSE(c.trapped);
          EXPECT_EQ(c.fuel_after, m.initial_fuel);
        } else if (c.fuel_after == 0) {
          // Out of fuel: the next entry or loop header traps, and nothing
          // else can have happened after it. Or the call needed exactly
          // its budget (a chain of calls as deep as the fuel, say) and
          // returned.
          ++exhausted;
          if (c.trapped)
            EXPECT_EQ(c.trap, kUnreachable) << c.name;
          else
            ++spent_exactly;
        }
      }
    }
  }
  EXPECT_GT(calls, 600u);
  EXPECT_GT(exhausted, spent_exactly) << "no generated call ran out of fuel: the test does not exercise the guarantee";
}

// The same bytes with three fuel budgets give the same module but for the
// budget. A call that runs out of all three loops or recurses without bound,
// and still ends at an `unreachable` trap with the fuel at zero.
TEST(GeneratorFuel, UnboundedLoopStopsForAnyBudget) {
  Generator gen;
  GeneratedModule m;
  GeneratorConfig config = GeneratorConfig::full();
  uint32_t unbounded = 0;
  for (uint32_t i = 0; i < 300 && unbounded < 3; ++i) {
    std::vector<uint8_t> input = random_input(90000 + i, 1200);
    bool exhausted_always = true;
    std::string first_call;
    for (uint32_t fuel : {20u, 100u, 500u}) {
      config.fuel = fuel;
      ASSERT_TRUE(gen.generate(input, config, m).ok());
      testing::InterpRun run = run_in_wabt(m);
      ASSERT_EQ(run.error, "");
      // The first generated call (after its refuel) starts from a full budget.
      ASSERT_GE(run.calls.size(), 2u);
      const testing::CallRecord& c = run.calls[1];
      exhausted_always &= c.fuel_after == 0 && c.trapped && c.trap == kUnreachable;
    }
    unbounded += exhausted_always;
  }
  EXPECT_GT(unbounded, 0u) << "found no call that exhausts every budget";
}

}  // namespace
}  // namespace tandem::generator
