// The executor's own costs, apart from the compilers: one call of a trivial
// function and one instantiation of a one-function module, through the
// sandboxed executor and through an in-process Store. The difference is what
// the process boundary costs per request.
#include <benchmark/benchmark.h>

#include <memory>
#include <vector>

#include "runner/executor.h"
#include "runner/libcalls.h"
#include "runner/signals.h"
#include "runner/store.h"
#include "shared_compile/linker.h"
#include "wasm/decoder.h"

namespace {

using namespace tandem;

// () -> i64 "f", one page of memory; the body is not walked.
const std::vector<uint8_t> kModule = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x05, 0x01, 0x60, 0x00,
                                      0x01, 0x7e, 0x03, 0x02, 0x01, 0x00, 0x05, 0x04, 0x01, 0x01, 0x01, 0x01, 0x07,
                                      0x05, 0x01, 0x01, 'f',  0x00, 0x00, 0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b};

struct Loaded {
  wasm::Module module;
  compile::CodeImage image;
  Loaded() {
    module = std::move(wasm::decode(kModule)).value();
    compile::CompiledFunction f;
    f.code = {0xb8, 42, 0, 0, 0, 0xc3};  // mov eax, 42; ret
    f.code_size = static_cast<uint32_t>(f.code.size());
    std::vector<compile::CompiledFunction> fs{f};
    TANDEM_CHECK(compile::Linker(runner::runtime_libcalls()).link(fs, image).ok(), "link");
  }
};

std::unique_ptr<runner::Runtime> make_runtime(bool executor) {
  runner::InstanceLimits limits;
  limits.call_deadline_ms = 2000;
  if (!executor) return std::make_unique<runner::Store>(limits);
  auto c = runner::ExecutorClient::create({});
  TANDEM_CHECK(c.ok(), "executor");
  (*c)->set_limits(limits);
  return std::move(c).value();
}

void BM_Call(benchmark::State& state) {
  Loaded l;
  auto rt = make_runtime(state.range(0));
  std::unique_ptr<runner::ImageRegistration> reg;
  if (!state.range(0)) reg = std::make_unique<runner::ImageRegistration>(&l.image);
  runner::Instantiation inst = rt->instantiate(l.module, kModule, l.image, {});
  TANDEM_CHECK(inst.status == runner::Instantiation::Status::Ok, "instantiate");
  uint64_t out[1];
  for (auto _ : state) {
    runner::CallResult r = rt->call(inst.id, 0, {}, out);
    benchmark::DoNotOptimize(r);
  }
  state.SetLabel(state.range(0) ? "executor" : "in-process");
}

void BM_InstantiateAndCall(benchmark::State& state) {
  Loaded l;
  auto rt = make_runtime(state.range(0));
  std::unique_ptr<runner::ImageRegistration> reg;
  if (!state.range(0)) reg = std::make_unique<runner::ImageRegistration>(&l.image);
  uint64_t out[1];
  for (auto _ : state) {
    rt->reset();
    runner::Instantiation inst = rt->instantiate(l.module, kModule, l.image, {});
    runner::CallResult r = rt->call(inst.id, 0, {}, out);
    benchmark::DoNotOptimize(r);
  }
  state.SetLabel(state.range(0) ? "executor" : "in-process");
}

BENCHMARK(BM_Call)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_InstantiateAndCall)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

}  // namespace

BENCHMARK_MAIN();
