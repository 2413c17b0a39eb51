// The main fuzz target: a generated module compiled by both backends and as
// a mixed image, run next to wabt's interpreter, compared call by call
// (oracle/differential_fuzzer.h). A mismatch prints one line — kind,
// culprit, export, first difference — and the finding's signature, then
// aborts so that libFuzzer keeps the input.
//
// TANDEM_FUZZ_SCOPE=integer restricts generation to the integer core;
// TANDEM_FUZZ_BACKENDS=baseline leaves the optimizing backend (and mixed
// images) out, to fuzz the baseline alone against the interpreter.
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>

#include "oracle/differential_fuzzer.h"

namespace {

tandem::oracle::DifferentialFuzzer* g_fuzzer = nullptr;

void print_stats() {
  if (g_fuzzer) std::fprintf(stderr, "%s\n", g_fuzzer->stats().to_string().c_str());
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  tandem::oracle::DifferentialFuzzer::Options options;
  const char* scope = std::getenv("TANDEM_FUZZ_SCOPE");
  if (scope && std::strcmp(scope, "integer") == 0) options.scope = tandem::generator::Scope::IntegerCore;
  const char* backends = std::getenv("TANDEM_FUZZ_BACKENDS");
  if (backends && std::strcmp(backends, "baseline") == 0) options.with_optimizing = false;
  g_fuzzer = new tandem::oracle::DifferentialFuzzer(options);
  std::atexit(print_stats);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  tandem::oracle::DiffVerdict v = g_fuzzer->run({data, size});
  if (v.kind == tandem::oracle::DiffVerdict::Kind::Mismatch) {
    std::fprintf(stderr, "tandem: %s\ntandem: signature %s\n", v.finding->to_string().c_str(),
                 v.finding->signature().c_str());
    print_stats();
    std::abort();
  }
  return 0;
}
