#include "bench/support/compile_corpus.h"

#include <random>

#include "oracle/engines/text_format.h"
#include "wasm/validator.h"

namespace tandem::bench {

void CompileCorpus::add(std::span<const uint8_t> bytes) {
  Result<wasm::Module> m = wasm::decode_and_validate(bytes);
  if (!m.ok()) return;
  modules.push_back(std::make_unique<wasm::Module>(std::move(m).value()));
  envs.push_back(std::make_unique<compile::ModuleEnv>(*modules.back()));
  for (const wasm::Function& f : modules.back()->functions) {
    body_bytes += f.code_end - f.body_start;
    ++functions;
  }
}

CompileCorpus generated_corpus(generator::Scope scope) {
  CompileCorpus corpus;
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

namespace {

std::string large_module(int blocks) {
  std::string body;
  for (int i = 0; i < blocks; ++i) {
    const std::string n = std::to_string(i);
    body += "(local.set 1 (i32.add (i32.mul (local.get 0) (i32.const " + n +
            ")) (i32.shr_u (local.get 1) (i32.const 3))))\n";
    body += "(local.set 2 (i64.xor (local.get 2) (i64.extend_i32_u (i32.load offset=" + std::to_string(4 * (i % 1000)) +
            " (i32.and (local.get 1) (i32.const 0xfff0))))))\n";
    body += "(local.set 3 (f64.add (local.get 3) (f64.mul (f64.convert_i32_s (local.get 1)) (f64.const 0.5))))\n";
    body +=
        "(if (i32.lt_u (local.get 1) (local.get 0)) (then (i32.store (i32.const 64) (local.get 1))) "
        "(else (local.set 0 (i32.sub (local.get 0) (i32.const 1)))))\n";
    body +=
        "(block (loop (br_if 1 (i32.eqz (local.get 0))) (local.set 0 (i32.shr_u (local.get 0) (i32.const 1))) "
        "(br 0)))\n";
  }
  return "(module (memory 1) (func (export \"f\") (param i32) (result i64) (local i32 i64 f64)\n" + body +
         "(i64.add (local.get 2) (i64.trunc_sat_f64_s (local.get 3)))))";
}

}  // namespace

Result<CompileCorpus> large_corpus(int blocks) {
  TANDEM_TRY(std::vector<uint8_t> wasm, oracle::wat_to_wasm(large_module(blocks)));
  CompileCorpus corpus;
  corpus.add(wasm);
  return corpus;
}

void run_compile(benchmark::State& state, compile::Compiler& compiler, const CompileCorpus& corpus) {
  uint64_t code_bytes = 0;
  for (auto _ : state) {
    for (size_t m = 0; m < corpus.modules.size(); ++m) {
      const wasm::Module& module = *corpus.modules[m];
      for (uint32_t f = module.num_imported_funcs; f < module.num_funcs(); ++f) {
        Result<compile::CompiledFunction> out = compiler.compile_function(*corpus.envs[m], f);
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

}  // namespace tandem::bench
