// The real-module mode: fuzz bytes to a slice of a real seed, mutated, with
// fuel and invocations (RealModuleMutator), and the twin rewrite of such a
// slice (TwinRewriter). Reports slices/s, the kept code bytes and the
// module bytes per slice, over our seeds (corpus/real/) and, separately,
// the npm ones (corpus/real/npm/, fetched by scripts/setup), whose
// modules are large: there, copying types, tables and data dominates.
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "generator/real_module.h"

namespace {

using tandem::generator::GeneratedModule;
using tandem::generator::RealModuleInfo;
using tandem::generator::RealModuleMutator;
using tandem::generator::SeedPool;
using tandem::generator::TwinRewriter;

const std::string kSeeds = std::string(TANDEM_SOURCE_DIR) + "/corpus/real";

std::vector<std::vector<uint8_t>> inputs(size_t count, size_t size) {
  std::mt19937_64 rng(0x9e3779b9);
  std::vector<std::vector<uint8_t>> out(count, std::vector<uint8_t>(size));
  for (auto& in : out)
    for (auto& b : in) b = static_cast<uint8_t>(rng());
  return out;
}

const SeedPool* load(const std::string& dir) {
  auto* pool = new SeedPool;
  tandem::Status s = pool->add_directory(dir);
  if (!s.ok() || pool->empty()) {
    delete pool;
    return nullptr;
  }
  return pool;
}

void slice(benchmark::State& state, const SeedPool* pool) {
  if (!pool) {
    state.SkipWithError("no seeds (scripts/real-seeds, scripts/setup)");
    return;
  }
  RealModuleMutator mutator(*pool);
  GeneratedModule m;
  auto corpus = inputs(512, static_cast<size_t>(state.range(0)));
  size_t i = 0;
  uint64_t bytes = 0, code = 0, mutations = 0;
  for (auto _ : state) {
    RealModuleInfo info;
    tandem::Status s = mutator.generate(corpus[i++ % corpus.size()], m, &info);
    benchmark::DoNotOptimize(s);
    bytes += m.wasm.size();
    code += info.slice_bytes;
    mutations += info.mutations.total();
  }
  double n = static_cast<double>(state.iterations());
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
  state.counters["slices/s"] = benchmark::Counter(n, benchmark::Counter::kIsRate);
  state.counters["code_bytes/slice"] = static_cast<double>(code) / n;
  state.counters["module_bytes/slice"] = static_cast<double>(bytes) / n;
  state.counters["mutations/slice"] = static_cast<double>(mutations) / n;
}

void twin(benchmark::State& state, const SeedPool* pool) {
  if (!pool) {
    state.SkipWithError("no seeds (scripts/real-seeds, scripts/setup)");
    return;
  }
  RealModuleMutator mutator(*pool);
  TwinRewriter twins;
  auto corpus = inputs(64, 512);
  std::vector<GeneratedModule> slices(corpus.size());
  for (size_t k = 0; k < corpus.size(); ++k) (void)mutator.generate(corpus[k], slices[k]);
  GeneratedModule t;
  size_t i = 0;
  for (auto _ : state) {
    tandem::Status s = twins.make_twin(slices[i % slices.size()], corpus[(i * 7) % corpus.size()], t);
    benchmark::DoNotOptimize(s);
    ++i;
  }
  state.counters["twins/s"] = benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

const SeedPool* own_seeds() {
  static const SeedPool* p = load(kSeeds);
  return p;
}
const SeedPool* npm_seeds() {
  static const SeedPool* p = load(kSeeds + "/npm");
  return p;
}

void BM_SliceOwnSeeds(benchmark::State& state) { slice(state, own_seeds()); }
void BM_SliceNpmSeeds(benchmark::State& state) { slice(state, npm_seeds()); }
void BM_TwinOfSlice(benchmark::State& state) { twin(state, own_seeds()); }

BENCHMARK(BM_SliceOwnSeeds)->Arg(256)->Arg(1024)->Arg(4096);
BENCHMARK(BM_SliceNpmSeeds)->Arg(256)->Arg(1024)->Arg(4096);
BENCHMARK(BM_TwinOfSlice);

}  // namespace

BENCHMARK_MAIN();
