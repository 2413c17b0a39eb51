// The runner on hand-assembled functions, so that it is tested apart from
// both backends: the entry and host trampolines over every kind of
// parameter and result location, traps from signals with their codes and
// offsets, crashes, stack overflow, and instance initialization.
#include <gtest/gtest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <thread>

#include "runner/entry.h"
#include "runner/host_function.h"
#include "runner/instance.h"
#include "runner/libcalls.h"
#include "runner/signals.h"
#include "runner/type_registry.h"
#include "shared_compile/linker.h"

namespace tandem::runner {
namespace {

using compile::CompiledFunction;
using compile::TrapCode;
using wasm::ValType;

CompiledFunction fn(uint32_t index, std::vector<uint8_t> code) {
  CompiledFunction f;
  f.func_index = index;
  f.code = std::move(code);
  f.code_size = static_cast<uint32_t>(f.code.size());
  return f;
}

// A module with the given function types, every function defined, no imports.
wasm::Module module_of(std::vector<wasm::FuncType> types) {
  wasm::Module m;
  for (uint32_t i = 0; i < types.size(); ++i) {
    m.types.push_back(types[i]);
    m.func_type_indices.push_back(i);
    m.functions.push_back(wasm::Function{i});
  }
  return m;
}

struct Fixture {
  wasm::Module module;
  compile::CodeImage image;
  std::unique_ptr<ImageRegistration> registration;
  std::unique_ptr<Instance> instance;

  Fixture(wasm::Module m, std::vector<CompiledFunction> fs, InstanceImports imports = {}, InstanceLimits limits = {})
      : module(std::move(m)) {
    compile::Linker linker(runtime_libcalls());
    Status st = linker.link(fs, image);
    EXPECT_TRUE(st.ok()) << (st.ok() ? "" : st.error().to_string());
    registration = std::make_unique<ImageRegistration>(&image);
    auto created = Instance::create(module, image, std::move(imports), limits);
    EXPECT_TRUE(created.ok());
    EXPECT_EQ(created->start_result.status, CallResult::Status::Returned);
    instance = std::move(created->instance);
  }
};

wasm::FuncType ft(std::vector<ValType> p, std::vector<ValType> r) { return wasm::FuncType{std::move(p), std::move(r)}; }

TEST(Runner, IntegerParamsAndResult) {
  // lea rax, [rdi + rsi]; ret
  Fixture fx(module_of({ft({ValType::I64, ValType::I64}, {ValType::I64})}), {fn(0, {0x48, 0x8d, 0x04, 0x37, 0xc3})});
  uint64_t args[] = {40, 2}, results[1];
  CallResult r = fx.instance->call(0, args, results);
  ASSERT_EQ(r.status, CallResult::Status::Returned);
  EXPECT_EQ(results[0], 42u);
}

TEST(Runner, I32ResultsHaveTheirUpperBitsCleared) {
  // mov rax, -1; ret
  Fixture fx(module_of({ft({}, {ValType::I32})}), {fn(0, {0x48, 0xc7, 0xc0, 0xff, 0xff, 0xff, 0xff, 0xc3})});
  uint64_t results[1];
  ASSERT_EQ(fx.instance->call(0, {}, results).status, CallResult::Status::Returned);
  EXPECT_EQ(results[0], 0xffffffffu);
}

TEST(Runner, FloatParamsAndResult) {
  // addsd xmm0, xmm1; ret
  Fixture fx(module_of({ft({ValType::F64, ValType::F64}, {ValType::F64})}), {fn(0, {0xf2, 0x0f, 0x58, 0xc1, 0xc3})});
  double a = 1.5, b = 2.25, c;
  uint64_t args[2], results[1];
  std::memcpy(&args[0], &a, 8);
  std::memcpy(&args[1], &b, 8);
  ASSERT_EQ(fx.instance->call(0, args, results).status, CallResult::Status::Returned);
  std::memcpy(&c, &results[0], 8);
  EXPECT_EQ(c, 3.75);
}

TEST(Runner, StackParams) {
  // Eight i64 params: the 7th and 8th are at [rsp+8] and [rsp+16].
  // mov rax, [rsp+8]; add rax, [rsp+16]; ret
  std::vector<ValType> eight(8, ValType::I64);
  Fixture fx(module_of({ft(eight, {ValType::I64})}),
             {fn(0, {0x48, 0x8b, 0x44, 0x24, 0x08, 0x48, 0x03, 0x44, 0x24, 0x10, 0xc3})});
  uint64_t args[8] = {1, 2, 3, 4, 5, 6, 700, 80}, results[1];
  ASSERT_EQ(fx.instance->call(0, args, results).status, CallResult::Status::Returned);
  EXPECT_EQ(results[0], 780u);
}

TEST(Runner, MultipleResultsUseRegistersThenTheReturnArea) {
  // mov qword [rsp+8], 3; mov eax, 1; mov edx, 2; ret
  Fixture fx(module_of({ft({}, {ValType::I64, ValType::I64, ValType::I64})}),
             {fn(0, {0x48, 0xc7, 0x44, 0x24, 0x08, 0x03, 0, 0, 0, 0xb8, 1, 0, 0, 0, 0xba, 2, 0, 0, 0, 0xc3})});
  uint64_t results[3];
  ASSERT_EQ(fx.instance->call(0, {}, results).status, CallResult::Status::Returned);
  EXPECT_EQ(results[0], 1u);
  EXPECT_EQ(results[1], 2u);
  EXPECT_EQ(results[2], 3u);
}

TEST(Runner, Ud2AtATrapSiteIsATrapWithItsCodeAndOffset) {
  CompiledFunction f = fn(0, {0x90, 0x0f, 0x0b});  // nop; ud2
  f.trap_sites.push_back({1, TrapCode::IntegerDivideByZero, 1234});
  Fixture fx(module_of({ft({}, {})}), {f});
  CallResult r = fx.instance->call(0, {}, {});
  ASSERT_EQ(r.status, CallResult::Status::Trapped);
  EXPECT_EQ(r.trap, TrapCode::IntegerDivideByZero);
  EXPECT_EQ(r.wasm_offset, 1234u);
  EXPECT_EQ(r.func_index, 0u);
  // The process is fine afterwards and can call again.
  EXPECT_EQ(fx.instance->call(0, {}, {}).status, CallResult::Status::Trapped);
}

TEST(Runner, AFaultOutsideATrapSiteIsACrashOfThatBackend) {
  // mov rax, [0]: no trap site
  CompiledFunction f = fn(0, {0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0, 0xc3});
  f.backend = compile::Backend::Optimizing;
  Fixture fx(module_of({ft({}, {})}), {f});
  CallResult r = fx.instance->call(0, {}, {});
  ASSERT_EQ(r.status, CallResult::Status::Crashed);
  EXPECT_EQ(r.backend, compile::Backend::Optimizing);
  EXPECT_EQ(r.signal, SIGSEGV);
  EXPECT_EQ(r.pc, reinterpret_cast<uintptr_t>(fx.image.function_entry(0)));
}

TEST(Runner, AGuardedAccessOutsideAnyMemoryIsACrashNotATrap) {
  // The same load claims to be an out-of-bounds trap site, but the address
  // is not inside any linear memory reservation: a wild access.
  CompiledFunction f = fn(0, {0x48, 0x8b, 0x04, 0x25, 0, 0, 0, 0, 0xc3});
  f.trap_sites.push_back({0, TrapCode::OutOfBoundsMemory, 9});
  Fixture fx(module_of({ft({}, {})}), {f});
  EXPECT_EQ(fx.instance->call(0, {}, {}).status, CallResult::Status::Crashed);
}

TEST(Runner, AGuardedAccessPastTheMemoryIsATrap) {
  // mov rax, [r14] (memory base); mov eax, [rax + 0x10000] with one page of memory.
  wasm::Module m = module_of({ft({}, {})});
  m.memories.push_back(wasm::MemoryType{wasm::Limits{1, true, 1}});
  CompiledFunction f = fn(0, {0x49, 0x8b, 0x06, 0x8b, 0x80, 0x00, 0x00, 0x01, 0x00, 0xc3});
  f.trap_sites.push_back({3, TrapCode::OutOfBoundsMemory, 55});
  Fixture fx(std::move(m), {f});
  CallResult r = fx.instance->call(0, {}, {});
  ASSERT_EQ(r.status, CallResult::Status::Trapped);
  EXPECT_EQ(r.trap, TrapCode::OutOfBoundsMemory);
  EXPECT_EQ(r.wasm_offset, 55u);
}

TEST(Runner, RecursionStopsAtTheStackLimit) {
  // cmp rsp, [r14+16]; jb overflow; sub rsp, 8; call self; add rsp, 8; ret; overflow: ud2
  CompiledFunction f = fn(0, {0x49, 0x3b, 0x66, 0x10, 0x72, 0x0e, 0x48, 0x83, 0xec, 0x08, 0xe8,
                              0,    0,    0,    0,    0x48, 0x83, 0xc4, 0x08, 0xc3, 0x0f, 0x0b});
  f.relocations.push_back({11, 10, compile::RelocKind::CallRel32, compile::RelocTarget::function(0)});
  f.trap_sites.push_back({20, TrapCode::StackOverflow, 3});
  Fixture fx(module_of({ft({}, {})}), {f});
  CallResult r = fx.instance->call(0, {}, {});
  EXPECT_EQ(r.status, CallResult::Status::StackOverflow);
  EXPECT_EQ(r.trap, TrapCode::StackOverflow);
}

class Recorder : public HostFunction {
 public:
  using HostFunction::HostFunction;
  std::optional<TrapCode> call(std::span<const uint64_t> args, std::span<uint64_t> results) override {
    seen.assign(args.begin(), args.end());
    for (size_t i = 0; i < results.size(); ++i) results[i] = 100 + i;
    if (trap) return trap;
    return std::nullopt;
  }
  std::vector<uint64_t> seen;
  std::optional<TrapCode> trap;
};

// A module importing one host function of `type` and exporting a defined
// function of the same type that forwards to it:
//   push rbp; mov rbp, rsp; push r14; sub rsp, 8; mov rax, [r14+32];
//   mov r14, [r14+40]; call rax; add rsp, 8; pop r14; pop rbp; ret
// It does not forward stack params, so the type must fit in registers, but
// the host trampoline sees exactly the caller's registers.
std::vector<uint8_t> forwarder() {
  return {0x55, 0x48, 0x89, 0xe5, 0x41, 0x56, 0x48, 0x83, 0xec, 0x08, 0x49, 0x8b, 0x46, 0x20,
          0x4d, 0x8b, 0x76, 0x28, 0xff, 0xd0, 0x48, 0x83, 0xc4, 0x08, 0x41, 0x5e, 0x5d, 0xc3};
}

// A module that imports one host function of `type` (index 0) and defines
// one function of the same type (index 1).
wasm::Module importing_one(const wasm::FuncType& type) {
  wasm::Module m;
  m.types.push_back(type);
  m.imports.push_back(wasm::Import{"host", "f", wasm::ExternKind::Func, 0});
  m.num_imported_funcs = 1;
  m.func_type_indices = {0, 0};
  m.functions.push_back(wasm::Function{0});
  return m;
}

TEST(Runner, HostCallsSeeArgumentsAndReturnResults) {
  wasm::FuncType type = ft({ValType::I32, ValType::F64, ValType::I64}, {ValType::I64, ValType::F32});
  Recorder host(type, canonical_type_id(type));
  wasm::Module m = importing_one(type);
  InstanceImports imports;
  imports.funcs.push_back(host.funcref());
  Fixture fx(std::move(m), {fn(1, forwarder())}, std::move(imports));
  double d = 2.5;
  uint64_t args[3] = {0xfffffffffu /* upper bits must be dropped */, 0, 7}, results[2];
  std::memcpy(&args[1], &d, 8);
  CallResult r = fx.instance->call(1, args, results);
  ASSERT_EQ(r.status, CallResult::Status::Returned);
  ASSERT_EQ(host.seen.size(), 3u);
  EXPECT_EQ(host.seen[0], 0xffffffffu);
  EXPECT_EQ(host.seen[1], args[1]);
  EXPECT_EQ(host.seen[2], 7u);
  EXPECT_EQ(results[0], 100u);
  EXPECT_EQ(results[1], 101u);
  // Calling the import directly goes through the trampoline too.
  r = fx.instance->call(0, args, results);
  ASSERT_EQ(r.status, CallResult::Status::Returned);
  EXPECT_EQ(results[0], 100u);
}

TEST(Runner, AHostTrapUnwindsTheWasmCaller) {
  wasm::FuncType type = ft({ValType::I32}, {});
  Recorder host(type, canonical_type_id(type));
  host.trap = TrapCode::HostError;
  wasm::Module m = importing_one(type);
  InstanceImports imports;
  imports.funcs.push_back(host.funcref());
  Fixture fx(std::move(m), {fn(1, forwarder())}, std::move(imports));
  uint64_t args[1] = {5};
  CallResult r = fx.instance->call(1, args, {});
  ASSERT_EQ(r.status, CallResult::Status::Trapped);
  EXPECT_EQ(r.trap, TrapCode::HostError);
  host.trap.reset();
  EXPECT_EQ(fx.instance->call(1, args, {}).status, CallResult::Status::Returned);
}

TEST(Runner, MemoryGrowUpdatesTheVmctxAndZeroesReusedReservations) {
  wasm::Module m = module_of({ft({}, {})});
  m.memories.push_back(wasm::MemoryType{wasm::Limits{1, true, 3}});
  uint8_t* first_base;
  {
    Fixture fx(m, {fn(0, {0xc3})});
    auto* vmctx = static_cast<uint8_t*>(fx.instance->vmctx());
    uint64_t len;
    std::memcpy(&len, vmctx + compile::kVmctxMemoryLength, 8);
    EXPECT_EQ(len, 65536u);
    LinearMemory& mem = *fx.instance->memory();
    EXPECT_EQ(mem.grow(2), 1);
    EXPECT_EQ(mem.grow(1), -1);  // past the maximum
    std::memcpy(&len, vmctx + compile::kVmctxMemoryLength, 8);
    EXPECT_EQ(len, 3u * 65536);
    mem.base()[3 * 65536 - 1] = 0xab;
    first_base = mem.base();
  }
  Fixture again(m, {fn(0, {0xc3})});
  // The pool hands the reservation out again, zeroed and shrunk.
  LinearMemory& mem = *again.instance->memory();
  EXPECT_EQ(mem.base(), first_base);
  EXPECT_EQ(mem.pages(), 1u);
  EXPECT_EQ(mem.base()[0], 0);
}

TEST(Runner, LibcallsCheckBoundsAndReportTraps) {
  wasm::Module m = module_of({ft({}, {})});
  m.memories.push_back(wasm::MemoryType{wasm::Limits{1, false, 0}});
  Fixture fx(m, {fn(0, {0xc3})});
  using FillFn = uint32_t (*)(void*, uint32_t, uint32_t, uint32_t);
  using CopyFn = uint32_t (*)(void*, uint32_t, uint32_t, uint32_t);
  const auto& libcalls = runtime_libcalls();
  auto fill = reinterpret_cast<FillFn>((void*)libcalls.address[static_cast<int>(compile::LibCall::MemoryFill)]);
  auto copy = reinterpret_cast<CopyFn>((void*)libcalls.address[static_cast<int>(compile::LibCall::MemoryCopy)]);
  void* vmctx = fx.instance->vmctx();
  EXPECT_EQ(fill(vmctx, 65530, 0x5a, 6), 0u);
  EXPECT_EQ(fill(vmctx, 65530, 0x5a, 7), 1u);
  EXPECT_EQ(fill(vmctx, 0xffffffffu, 0, 2), 1u);  // no 32-bit wraparound
  EXPECT_EQ(copy(vmctx, 0, 65530, 6), 0u);
  EXPECT_EQ(fx.instance->memory()->base()[5], 0x5a);
  EXPECT_EQ(copy(vmctx, 65535, 0, 2), 1u);
}

}  // namespace
}  // namespace tandem::runner

namespace tandem::runner {
namespace {

using namespace std::chrono_literals;

InstanceLimits deadline_of(uint32_t ms) {
  InstanceLimits l;
  l.call_deadline_ms = ms;
  return l;
}

TEST(RunnerDeadline, ACallPastItsDeadlineEndsAsTimedOutAndTheNextCallRuns) {
  // f0: jmp $ (an endless loop); f1: lea rax, [rdi + rsi]; ret
  Fixture fx(module_of({ft({}, {}), ft({ValType::I64, ValType::I64}, {ValType::I64})}),
             {fn(0, {0xeb, 0xfe}), fn(1, {0x48, 0x8d, 0x04, 0x37, 0xc3})}, {}, deadline_of(100));
  const auto start = std::chrono::steady_clock::now();
  CallResult r = fx.instance->call(0, {}, {});
  const auto took = std::chrono::steady_clock::now() - start;
  ASSERT_EQ(r.status, CallResult::Status::TimedOut);
  EXPECT_EQ(r.func_index, 0u);
  EXPECT_EQ(r.pc, reinterpret_cast<uintptr_t>(fx.image.function_entry(0)));
  EXPECT_GE(took, 90ms);
  EXPECT_LT(took, 10s);
  // The next calls run normally, and a deadline that never fires leaves
  // nothing behind to interrupt a later one.
  uint64_t args[] = {40, 2}, results[1];
  for (int i = 0; i < 2000; ++i) {
    ASSERT_EQ(fx.instance->call(1, args, results).status, CallResult::Status::Returned) << i;
    ASSERT_EQ(results[0], 42u);
  }
  EXPECT_EQ(fx.instance->call(0, {}, {}).status, CallResult::Status::TimedOut);
}

TEST(RunnerDeadline, AForkedChildMakesItsOwnTimer) {
  Fixture fx(module_of({ft({}, {})}), {fn(0, {0xeb, 0xfe})}, {}, deadline_of(100));
  ASSERT_EQ(fx.instance->call(0, {}, {}).status, CallResult::Status::TimedOut);  // the parent's timer exists now
  pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    alarm(10);  // without a timer of its own the child would spin: end it, and fail
    _exit(fx.instance->call(0, {}, {}).status == CallResult::Status::TimedOut ? 0 : 1);
  }
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "child status " << status;
}

TEST(RunnerDeadline, WithoutADeadlineAQuickCallIsNeverInterrupted) {
  // A busy loop of some 2^26 iterations: dec rax; jnz back; ret
  Fixture fx(module_of({ft({}, {})}),
             {fn(0, {0x48, 0xc7, 0xc0, 0x00, 0x00, 0x00, 0x04, 0x48, 0xff, 0xc8, 0x75, 0xfb, 0xc3})});
  EXPECT_EQ(fx.instance->call(0, {}, {}).status, CallResult::Status::Returned);
}

// A host function that takes longer than the deadline: it is never
// interrupted (unwinding there would skip C++ frames); the wasm code after
// it is.
class SlowHost : public HostFunction {
 public:
  using HostFunction::HostFunction;
  std::optional<TrapCode> call(std::span<const uint64_t>, std::span<uint64_t>) override {
    std::this_thread::sleep_for(150ms);
    finished = true;
    return std::nullopt;
  }
  bool finished = false;
};

TEST(RunnerDeadline, TheDeadlineWaitsForWasmCodeToInterrupt) {
  wasm::FuncType type = ft({}, {});
  SlowHost host(type, canonical_type_id(type));
  wasm::Module m = importing_one(type);
  InstanceImports imports;
  imports.funcs.push_back(host.funcref());
  // The forwarder with `jmp $` for its final `pop rbp; ret`: call the host,
  // then loop for ever.
  std::vector<uint8_t> code = forwarder();
  code.resize(code.size() - 2);
  code.insert(code.end(), {0xeb, 0xfe});
  Fixture fx(std::move(m), {fn(1, code)}, std::move(imports), deadline_of(30));
  const auto start = std::chrono::steady_clock::now();
  CallResult r = fx.instance->call(1, {}, {});
  ASSERT_EQ(r.status, CallResult::Status::TimedOut);
  EXPECT_TRUE(host.finished);
  EXPECT_GE(std::chrono::steady_clock::now() - start, 140ms);
  EXPECT_EQ(r.func_index, 1u);
}

}  // namespace
}  // namespace tandem::runner
