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
#include <random>
#include <string>
#include <vector>

#include "backends/optimizing/emit.h"
#include "backends/optimizing/ir/translator.h"
#include "backends/optimizing/isel/lower.h"
#include "backends/optimizing/optimizing.h"
#include "backends/optimizing/passes/passes.h"
#include "backends/optimizing/regalloc/regalloc.h"
#include "generator/generator.h"
#include "oracle/text_format.h"
#include "shared_compile/code_buffer.h"
#include "shared_compile/compiler.h"
#include "wasm/validator.h"

namespace {

using namespace tandem;  // NOLINT: a benchmark file

struct Corpus {
  std::vector<std::unique_ptr<wasm::Module>> modules;
  std::vector<std::unique_ptr<compile::ModuleEnv>> envs;
  uint64_t body_bytes = 0;
  uint64_t functions = 0;

  void add(std::span<const uint8_t> bytes) {
    Result<wasm::Module> m = wasm::decode_and_validate(bytes);
    if (!m.ok()) return;
    modules.push_back(std::make_unique<wasm::Module>(std::move(m).value()));
    envs.push_back(std::make_unique<compile::ModuleEnv>(*modules.back()));
    for (const wasm::Function& f : modules.back()->functions) {
      body_bytes += f.code_end - f.body_start;
      ++functions;
    }
  }
};

Corpus generated_corpus(generator::Scope scope) {
  Corpus corpus;
  generator::Generator gen;
  generator::GeneratedModule m;
  std::mt19937_64 rng(0xba5e);
  std::vector<uint8_t> input(4096);
  for (int i = 0; i < 256; ++i) {
    for (uint8_t& b : input) b = static_cast<uint8_t>(rng());
    if (gen.generate_swarm(input, scope, m).ok()) corpus.add(m.wasm);
  }
  return corpus;
}

// The baseline benchmark's large function: about `blocks` repetitions of a
// block mixing the operator families.
std::string large_module(int blocks) {
  std::string body;
  for (int i = 0; i < blocks; ++i) {
    const std::string n = std::to_string(i);
    body += "(local.set 1 (i32.add (i32.mul (local.get 0) (i32.const " + n + ")) (i32.shr_u (local.get 1) (i32.const 3))))\n";
    body += "(local.set 2 (i64.xor (local.get 2) (i64.extend_i32_u (i32.load offset=" + std::to_string(4 * (i % 1000)) +
            " (i32.and (local.get 1) (i32.const 0xfff0))))))\n";
    body += "(local.set 3 (f64.add (local.get 3) (f64.mul (f64.convert_i32_s (local.get 1)) (f64.const 0.5))))\n";
    body += "(if (i32.lt_u (local.get 1) (local.get 0)) (then (i32.store (i32.const 64) (local.get 1))) "
            "(else (local.set 0 (i32.sub (local.get 0) (i32.const 1)))))\n";
    body += "(block (loop (br_if 1 (i32.eqz (local.get 0))) (local.set 0 (i32.shr_u (local.get 0) (i32.const 1))) "
            "(br 0)))\n";
  }
  return "(module (memory 1) (func (export \"f\") (param i32) (result i64) (local i32 i64 f64)\n" + body +
         "(i64.add (local.get 2) (i64.trunc_sat_f64_s (local.get 3)))))";
}

Corpus large_corpus(int blocks) {
  Corpus corpus;
  Result<std::vector<uint8_t>> wasm = oracle::wat_to_wasm(large_module(blocks));
  if (wasm.ok()) corpus.add(*wasm);
  return corpus;
}

const char* level_name(int64_t level) { return level ? "speed" : "none"; }

void run(benchmark::State& state, const Corpus& corpus, int64_t level) {
  std::unique_ptr<compile::CompilerBuilder> builder = optimizing::make_builder();
  if (Status st = builder->set("opt_level", level_name(level)); !st.ok()) {
    state.SkipWithError(st.error().to_string().c_str());
    return;
  }
  std::unique_ptr<compile::Compiler> compiler = builder->build();
  uint64_t code_bytes = 0;
  for (auto _ : state) {
    for (size_t m = 0; m < corpus.modules.size(); ++m) {
      const wasm::Module& module = *corpus.modules[m];
      for (uint32_t f = module.num_imported_funcs; f < module.num_funcs(); ++f) {
        Result<compile::CompiledFunction> out = compiler->compile_function(*corpus.envs[m], f);
        if (!out.ok()) {
          state.SkipWithError(out.error().to_string().c_str());
          return;
        }
        code_bytes += out->code.size();
        benchmark::DoNotOptimize(out);
      }
    }
  }
  const double iterations = static_cast<double>(state.iterations());
  state.SetBytesProcessed(static_cast<int64_t>(corpus.body_bytes * state.iterations()));
  state.counters["functions/s"] =
      benchmark::Counter(static_cast<double>(corpus.functions) * iterations, benchmark::Counter::kIsRate);
  state.counters["modules/s"] =
      benchmark::Counter(static_cast<double>(corpus.modules.size()) * iterations, benchmark::Counter::kIsRate);
  state.counters["code/wasm"] = static_cast<double>(code_bytes) / (static_cast<double>(corpus.body_bytes) * iterations);
}

void BM_OptimizingCompileGenerated(benchmark::State& state) {
  const generator::Scope scope = state.range(0) ? generator::Scope::Full : generator::Scope::IntegerCore;
  static const Corpus integer_core = generated_corpus(generator::Scope::IntegerCore);
  static const Corpus full = generated_corpus(generator::Scope::Full);
  state.SetLabel(std::string(generator::scope_name(scope)) + " opt_level=" + level_name(state.range(1)));
  run(state, scope == generator::Scope::Full ? full : integer_core, state.range(1));
}

void BM_OptimizingCompileLarge(benchmark::State& state) {
  Corpus corpus = large_corpus(static_cast<int>(state.range(0)));
  state.SetLabel(std::string("opt_level=") + level_name(state.range(1)));
  run(state, corpus, state.range(1));
}

// Each stage timed on its own, for the large function at opt_level=speed.
void BM_OptimizingStages(benchmark::State& state) {
  Corpus corpus = large_corpus(static_cast<int>(state.range(0)));
  const wasm::Module& module = *corpus.modules[0];
  const compile::ModuleEnv& env = *corpus.envs[0];
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
  state.SetBytesProcessed(static_cast<int64_t>(corpus.body_bytes * state.iterations()));
}

}  // namespace

BENCHMARK(BM_OptimizingCompileGenerated)->ArgsProduct({{0, 1}, {0, 1}})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OptimizingCompileLarge)->ArgsProduct({{100, 1000}, {0, 1}})->Unit(benchmark::kMillisecond);
BENCHMARK(BM_OptimizingStages)->Arg(1000)->Unit(benchmark::kMillisecond);

BENCHMARK_MAIN();
