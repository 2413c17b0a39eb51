// Generation alone: fuzz bytes to a module and its invocations, with the
// swarm configuration drawn from the input as the fuzz targets do. Reports
// modules/s, output bytes/s and the generated operators per module, for
// each scope and input size (libFuzzer's inputs are mostly under 4 KiB).
#include <benchmark/benchmark.h>

#include <random>
#include <vector>

#include "generator/generator.h"

namespace {

using tandem::generator::GeneratedModule;
using tandem::generator::Generator;
using tandem::generator::Scope;

std::vector<std::vector<uint8_t>> inputs(size_t count, size_t size) {
  std::mt19937_64 rng(0x9e3779b9);
  std::vector<std::vector<uint8_t>> out(count, std::vector<uint8_t>(size));
  for (auto& in : out)
    for (auto& b : in) b = static_cast<uint8_t>(rng());
  return out;
}

void run(benchmark::State& state, Scope scope) {
  Generator gen;
  GeneratedModule m;
  auto corpus = inputs(512, static_cast<size_t>(state.range(0)));
  size_t i = 0;
  uint64_t bytes = 0, ops = 0, funcs = 0;
  for (auto _ : state) {
    tandem::Status s = gen.generate_swarm(corpus[i++ % corpus.size()], scope, m);
    benchmark::DoNotOptimize(s);
    bytes += m.wasm.size();
    ops += m.usage.total();
    funcs += m.num_functions;
  }
  double n = static_cast<double>(state.iterations());
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["modules/s"] = benchmark::Counter(n, benchmark::Counter::kIsRate);
  state.counters["ops/module"] = static_cast<double>(ops) / n;
  state.counters["funcs/module"] = static_cast<double>(funcs) / n;
  state.counters["bytes/module"] = static_cast<double>(bytes) / n;
}

void BM_GenerateIntegerCore(benchmark::State& state) { run(state, Scope::IntegerCore); }
void BM_GenerateFull(benchmark::State& state) { run(state, Scope::Full); }

BENCHMARK(BM_GenerateIntegerCore)->Arg(256)->Arg(1024)->Arg(4096);
BENCHMARK(BM_GenerateFull)->Arg(256)->Arg(1024)->Arg(4096);

}  // namespace

BENCHMARK_MAIN();
