// The modules the compile-throughput benchmarks compile, decoded and
// validated before any timed loop: the fuzzers' generated modules and one
// large function of mixed operator families.
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "generator/generator.h"
#include "shared_compile/compiler.h"
#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::bench {

struct CompileCorpus {
  std::vector<std::unique_ptr<wasm::Module>> modules;
  std::vector<std::unique_ptr<compile::ModuleEnv>> envs;  // one per module, same index
  uint64_t body_bytes = 0;                                // bytes of function bodies, the throughput's unit
  uint64_t functions = 0;

  // Adds a module if it decodes and validates.
  void add(std::span<const uint8_t> bytes);
};

// 256 generated modules from a fixed seed, under swarm configurations.
CompileCorpus generated_corpus(generator::Scope scope);

// One function of about `blocks` repetitions of a block that mixes integer,
// float, memory and control-flow operators. Error: the text did not convert.
Result<CompileCorpus> large_corpus(int blocks);

// The timed loop of a compile benchmark: every function of the corpus
// through one reused `compiler`, with bytes/s of bodies, functions/s,
// modules/s and the code/wasm size ratio as counters.
void run_compile(benchmark::State& state, compile::Compiler& compiler, const CompileCorpus& corpus);

}  // namespace tandem::bench
