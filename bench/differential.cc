// One differential fuzzing iteration (generate, validate, compile with both
// backends and as a mixed image, run every call on every engine and the
// interpreter, compare), on a fixed set of pseudo-random inputs, so the
// figure is the fuzzer's exec/s without libFuzzer's own overhead.
#include <benchmark/benchmark.h>

#include <random>
#include <vector>

#include "oracle/differential/differential_fuzzer.h"

namespace {

std::vector<std::vector<uint8_t>> inputs(size_t count, size_t size) {
  std::mt19937_64 rng(0x7a4d3e);
  std::vector<std::vector<uint8_t>> out(count, std::vector<uint8_t>(size));
  for (auto& in : out)
    for (auto& b : in) b = static_cast<uint8_t>(rng());
  return out;
}

void run(benchmark::State& state, tandem::oracle::DifferentialFuzzer::Options options, bool real_seeds = false) {
  tandem::oracle::DifferentialFuzzer fuzzer(options);
  // As a campaign runs: a quarter of the inputs slice real modules.
  if (real_seeds && !fuzzer.add_default_real_seeds(TANDEM_SOURCE_DIR).ok()) {
    state.SkipWithError("cannot load the real-module seeds");
    return;
  }
  auto corpus = inputs(256, static_cast<size_t>(state.range(0)));
  size_t i = 0;
  for (auto _ : state) {
    tandem::oracle::DiffVerdict v = fuzzer.run(corpus[i++ % corpus.size()]);
    benchmark::DoNotOptimize(v);
  }
  const auto& s = fuzzer.stats();
  state.counters["exec/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["agree%"] = s.inputs ? 100.0 * static_cast<double>(s.agree) / static_cast<double>(s.inputs) : 0;
  state.counters["mismatch"] = static_cast<double>(s.mismatches);
  state.counters["real%"] = s.inputs ? 100.0 * static_cast<double>(s.real_modules) / static_cast<double>(s.inputs) : 0;
}

void BM_DifferentialFull(benchmark::State& state) { run(state, {}); }
void BM_DifferentialIntegerCore(benchmark::State& state) {
  tandem::oracle::DifferentialFuzzer::Options o;
  o.scope = tandem::generator::Scope::IntegerCore;
  run(state, o);
}
void BM_DifferentialNoTableChecks(benchmark::State& state) {
  tandem::oracle::DifferentialFuzzer::Options o;
  o.check_tables = false;
  o.check_determinism = false;
  run(state, o);
}

// The same inputs with native code in the fuzzer's own process instead of
// the sandboxed executors: the executor's cost is the difference.
void BM_DifferentialInProcess(benchmark::State& state) {
  tandem::oracle::DifferentialFuzzer::Options o;
  o.in_process = true;
  run(state, o);
}

void BM_DifferentialRealSeeds(benchmark::State& state) { run(state, {}, true); }
void BM_DifferentialRealSeedsInProcess(benchmark::State& state) {
  tandem::oracle::DifferentialFuzzer::Options o;
  o.in_process = true;
  run(state, o, true);
}

// The per-call deadline costs two timer_settime calls per outermost call.
void BM_DifferentialNoCallDeadline(benchmark::State& state) {
  tandem::oracle::DifferentialFuzzer::Options o;
  o.call_deadline_ms = 0;
  run(state, o);
}

BENCHMARK(BM_DifferentialFull)->Arg(512)->Arg(4096)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DifferentialInProcess)->Arg(512)->Arg(4096)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DifferentialRealSeeds)->Arg(4096)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DifferentialRealSeedsInProcess)->Arg(4096)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DifferentialNoCallDeadline)->Arg(512)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DifferentialIntegerCore)->Arg(512)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_DifferentialNoTableChecks)->Arg(512)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
