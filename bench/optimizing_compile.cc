// Compile throughput of the optimizing backend: bytes of function bodies
// compiled per second, at opt_level=none and =speed, with one Compiler
// reused across functions as the fuzzers and the native engine use it.
// Decoding and validation happen before the timed loop.
//
//   BM_OptimizingCompileGenerated  the fuzzers' modules (generator/, swarm
//                                  configurations), integer core and full scope
//   BM_OptimizingCompileLarge      one large function of mixed integer, float,
//                                  memory and control-flow code
//   BM_OptimizingStages            the same large function stage by stage
//                                  (translate, passes, isel, regalloc, emit),
//                                  each stage's share in its own counter
#include <benchmark/benchmark.h>

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "backends/optimizing/emit.h"
#include "backends/optimizing/ir/translator.h"
#include "backends/optimizing/isel/lower.h"
#include "backends/optimizing/optimizing.h"
#include "backends/optimizing/passes/passes.h"
#include "backends/optimizing/regalloc/regalloc.h"
#include "bench/support/compile_corpus.h"
#include "shared_compile/code_buffer.h"
#include "shared_compile/compiler.h"

namespace {

using namespace tandem;  // NOLINT: a benchmark file
using bench::CompileCorpus;

const char* level_name(int64_t level) { return level ? "speed" : "none"; }

void run(benchmark::State& state, const CompileCorpus& corpus, int64_t level) {
  std::unique_ptr<compile::CompilerBuilder> builder = optimizing::make_builder();
  if (Status st = builder->set("opt_level", level_name(level)); !st.ok()) {
    state.SkipWithError(st.error().to_string().c_str());
    return;
  }
  std::unique_ptr<compile::Compiler> compiler = builder->build();
  bench::run_compile(state, *compiler, corpus);
}

void BM_OptimizingCompileGenerated(benchmark::State& state) {
  const generator::Scope scope = state.range(0) ? generator::Scope::Full : generator::Scope::IntegerCore;
  static const CompileCorpus integer_core = bench::generated_corpus(generator::Scope::IntegerCore);
  static const CompileCorpus full = bench::generated_corpus(generator::Scope::Full);
  state.SetLabel(std::string(generator::scope_name(scope)) + " opt_level=" + level_name(state.range(1)));
  run(state, scope == generator::Scope::Full ? full : integer_core, state.range(1));
}

void BM_OptimizingCompileLarge(benchmark::State& state) {
  Result<CompileCorpus> corpus = bench::large_corpus(static_cast<int>(state.range(0)));
  if (!corpus.ok()) {
    state.SkipWithError(corpus.error().to_string().c_str());
    return;
  }
  state.SetLabel(std::string("opt_level=") + level_name(state.range(1)));
  run(state, *corpus, state.range(1));
}

// Each stage timed on its own, for the large function at opt_level=speed.
void BM_OptimizingStages(benchmark::State& state) {
  Result<CompileCorpus> corpus = bench::large_corpus(static_cast<int>(state.range(0)));
  if (!corpus.ok()) {
    state.SkipWithError(corpus.error().to_string().c_str());
    return;
  }
  const wasm::Module& module = *corpus->modules[0];
  const compile::ModuleEnv& env = *corpus->envs[0];
  compile::Settings settings;
  optimizing::ir::Translator translator;
  optimizing::ir::Function func;
  optimizing::passes::PassContext ctx;
  ctx.module = &module;
  optimizing::isel::Lowering lowering;
  optimizing::mach::VCode vcode;
  optimizing::regalloc::Allocator allocator;
  optimizing::regalloc::Output allocation;
  compile::CodeBuffer buffer;
  using Clock = std::chrono::steady_clock;
  double seconds[5] = {};
  auto timed = [&](int stage, auto&& fn) {
    Clock::time_point start = Clock::now();
    fn();
    seconds[stage] += std::chrono::duration<double>(Clock::now() - start).count();
  };
  uint32_t f = module.num_imported_funcs;
  for (auto _ : state) {
    bool ok = true;
    timed(0, [&] { ok &= translator.translate(env, settings, f, func).ok(); });
    timed(1, [&] { ok &= optimizing::passes::run_pipeline(compile::OptLevel::Speed, func, ctx).ok(); });
    timed(2, [&] { ok &= lowering.lower(env, settings, func, vcode).ok(); });
    timed(3, [&] { allocator.run(vcode, allocation); });
    timed(4, [&] {
      buffer.clear();
      benchmark::DoNotOptimize(optimizing::emit_function(env, settings, func, vcode, allocation, buffer));
      benchmark::DoNotOptimize(buffer.finalize());
    });
    if (!ok) {
      state.SkipWithError("a stage failed");
      return;
    }
  }
  double total = seconds[0] + seconds[1] + seconds[2] + seconds[3] + seconds[4];
  const char* names[] = {"translate%", "passes%", "isel%", "regalloc%", "emit%"};
  for (int s = 0; s < 5; ++s) state.counters[names[s]] = 100.0 * seconds[s] / total;
  state.SetBytesProcessed(static_cast<int64_t>(corpus->body_bytes * state.iterations()));
}

}  // namespace

BENCHMARK(BM_OptimizingCompileGenerated)->ArgsProduct({{0, 1}, {0, 1}})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OptimizingCompileLarge)->ArgsProduct({{100, 1000}, {0, 1}})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OptimizingStages)->Arg(1000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
