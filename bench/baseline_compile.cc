// Compile throughput of the baseline backend: bytes of function bodies
// compiled per second, with one Compiler reused across functions as the
// fuzzers and the native engine use it. Decoding and validation happen
// before the timed loop; only compile_function is measured.
//
//   BM_BaselineCompileGenerated  the fuzzers' modules (generator/, swarm
//                                configurations), integer core and full scope
//   BM_BaselineCompileLarge      one large function of mixed integer, float,
//                                memory and control-flow code (steady state)
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "backends/baseline/baseline.h"
#include "bench/support/compile_corpus.h"
#include "shared_compile/compiler.h"

namespace {

using namespace tandem;  // NOLINT: a benchmark file
using bench::CompileCorpus;

void run(benchmark::State& state, const CompileCorpus& corpus) {
  std::unique_ptr<compile::CompilerBuilder> builder = baseline::make_builder();
  std::unique_ptr<compile::Compiler> compiler = builder->build();
  bench::run_compile(state, *compiler, corpus);
}

void BM_BaselineCompileGenerated(benchmark::State& state) {
  const generator::Scope scope = state.range(0) ? generator::Scope::Full : generator::Scope::IntegerCore;
  static const CompileCorpus integer_core = bench::generated_corpus(generator::Scope::IntegerCore);
  static const CompileCorpus full = bench::generated_corpus(generator::Scope::Full);
  state.SetLabel(generator::scope_name(scope));
  run(state, scope == generator::Scope::Full ? full : integer_core);
}

void BM_BaselineCompileLarge(benchmark::State& state) {
  Result<CompileCorpus> corpus = bench::large_corpus(static_cast<int>(state.range(0)));
  if (!corpus.ok()) {
    state.SkipWithError(corpus.error().to_string().c_str());
    return;
  }
  run(state, *corpus);
}

BENCHMARK(BM_BaselineCompileGenerated)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BaselineCompileLarge)->Arg(100)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
