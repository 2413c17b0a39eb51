// The differential fuzzer's loop on a fixed set of generated modules: the
// optimizing backend at opt_level=speed and =none, the baseline, a mixed
// image and the interpreter must agree on every call, trap and table, for
// every settings draw the inputs make (bounds-check modes, ISA flags). A
// regression net for everything the fuzz campaigns found.
#include <gtest/gtest.h>

#include <random>

#include "oracle/differential/differential_fuzzer.h"

namespace tandem::optimizing::test {
namespace {

void run_inputs(generator::Scope scope, uint64_t seed, int count) {
  oracle::DifferentialFuzzer::Options options;
  options.scope = scope;
  oracle::DifferentialFuzzer fuzzer(options);
  std::mt19937_64 rng(seed);
  std::vector<uint8_t> data;
  for (int i = 0; i < count; ++i) {
    data.resize(64 + rng() % 1500);
    for (uint8_t& b : data) b = static_cast<uint8_t>(rng());
    oracle::DiffVerdict v = fuzzer.run(data);
    ASSERT_NE(v.kind, oracle::DiffVerdict::Kind::Mismatch)
        << "input " << i << ": " << v.finding->to_string() << " (signature " << v.finding->signature() << ")";
  }
  EXPECT_EQ(fuzzer.stats().inputs, static_cast<uint64_t>(count));
  EXPECT_GT(fuzzer.stats().calls_compared, static_cast<uint64_t>(count));
}

TEST(Differential, GeneratedModulesAgreeFullScope) { run_inputs(generator::Scope::Full, 0x0b7e, 150); }

TEST(Differential, GeneratedModulesAgreeIntegerCore) { run_inputs(generator::Scope::IntegerCore, 0x1c0e, 150); }

}  // namespace
}  // namespace tandem::optimizing::test
