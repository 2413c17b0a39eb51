// Fault injection: hand-built hostile code images, linked as a backend's
// output would be, run in the sandboxed executor. For each, the harness
// survives, classifies what happened (a crash with its PC attributed, a
// sandbox kill naming the system call, a timeout, exhaustion), its own memory
// is untouched, and the next ordinary execution gives the right answer. The
// benign images also run in-process through a Store: the reference the
// executor path must match.
#include <gtest/gtest.h>

#include <signal.h>
#include <sys/syscall.h>

#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "runner/executor.h"
#include "runner/libcalls.h"
#include "runner/signals.h"
#include "runner/store.h"
#include "shared_compile/linker.h"
#include "wasm/decoder.h"

namespace tandem::runner {
namespace {

using compile::Backend;
using compile::CompiledFunction;

// A module of one exported function "f" of type () -> i64, with one page of
// memory. The executor decodes the module itself; bodies are not walked.
const std::vector<uint8_t> kModule = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,  // magic, version
    0x01, 0x05, 0x01, 0x60, 0x00, 0x01, 0x7e,        // type: () -> i64
    0x03, 0x02, 0x01, 0x00,                          // function 0: type 0
    0x05, 0x04, 0x01, 0x01, 0x01, 0x01,              // memory: min 1 max 1
    0x07, 0x05, 0x01, 0x01, 'f',  0x00, 0x00,        // export "f" = func 0
    0x0a, 0x04, 0x01, 0x02, 0x00, 0x0b,              // code: one empty body
};

std::vector<uint8_t> cat(std::initializer_list<std::vector<uint8_t>> parts) {
  std::vector<uint8_t> out;
  for (const auto& p : parts) out.insert(out.end(), p.begin(), p.end());
  return out;
}

std::vector<uint8_t> imm64(uint64_t v) {
  std::vector<uint8_t> b(8);
  std::memcpy(b.data(), &v, 8);
  return b;
}

const std::vector<uint8_t> kReturn42 = {0xb8, 42, 0, 0, 0, 0xc3};  // mov eax, 42; ret

// One image and the executor (or store) it runs in.
struct ImageRun {
  wasm::Module module;
  compile::CodeImage image;
  CallResult result;
  std::string detail;
  uint64_t value = 0;
};

class ExecutorFaults : public ::testing::Test {
 protected:
  void SetUp() override {
    ExecutorOptions options;
    options.answer_grace_ms = 500;
    Result<std::unique_ptr<ExecutorClient>> c = ExecutorClient::create(options);
    ASSERT_TRUE(c.ok()) << c.error().to_string();
    client_ = std::move(c).value();
    InstanceLimits limits;
    limits.call_deadline_ms = 300;
    client_->set_limits(limits);
    canary_ = std::make_unique<uint64_t>(0x1111);
  }

  // Links `code` as function 0 (from `backend`), instantiates it in `rt`,
  // calls it once.
  std::unique_ptr<ImageRun> run(Runtime& rt, std::vector<uint8_t> code, Backend backend = Backend::Optimizing) {
    auto r = std::make_unique<ImageRun>();
    Result<wasm::Module> m = wasm::decode(kModule);
    EXPECT_TRUE(m.ok());
    r->module = std::move(m).value();
    CompiledFunction f;
    f.func_index = 0;
    f.backend = backend;
    f.code = std::move(code);
    f.code_size = static_cast<uint32_t>(f.code.size());
    compile::Linker linker(runtime_libcalls());
    std::vector<CompiledFunction> fs{f};
    EXPECT_TRUE(linker.link(fs, r->image).ok());
    Instantiation inst = rt.instantiate(r->module, kModule, r->image, {});
    EXPECT_EQ(inst.status, Instantiation::Status::Ok) << inst.message;
    if (inst.status != Instantiation::Status::Ok) return r;
    uint64_t out[1] = {0};
    r->result = rt.call(inst.id, 0, {}, out);
    r->detail = rt.failure_detail();
    r->value = out[0];
    return r;
  }

  // After whatever happened, the harness is intact and the next ordinary
  // execution is right.
  void expect_harness_fine() {
    EXPECT_EQ(*canary_, 0x1111u);
    client_->reset();
    std::unique_ptr<ImageRun> next = run(*client_, kReturn42);
    EXPECT_EQ(next->result.status, CallResult::Status::Returned) << next->detail;
    EXPECT_EQ(next->value, 42u);
    client_->reset();
  }

  std::unique_ptr<ExecutorClient> client_;
  std::unique_ptr<uint64_t> canary_;
};

TEST_F(ExecutorFaults, AnOrdinaryCallReturnsAsInProcess) {
  std::unique_ptr<ImageRun> remote = run(*client_, kReturn42);
  ASSERT_EQ(remote->result.status, CallResult::Status::Returned) << remote->detail;
  Store store(InstanceLimits{});
  std::unique_ptr<ImageRun> local = run(store, kReturn42);
  ASSERT_EQ(local->result.status, CallResult::Status::Returned);
  EXPECT_EQ(remote->value, local->value);
  EXPECT_EQ(remote->value, 42u);
  EXPECT_GT(client_->executor_pid(), 0);
  EXPECT_NE(client_->executor_pid(), getpid());
}

TEST_F(ExecutorFaults, AStoreIntoTheHarnessHeapDoesNotReachIt) {
  // mov rax, &canary; mov qword [rax], 0xdadbeef; mov eax, 7; ret
  std::unique_ptr<ImageRun> r = run(*client_, cat({{0x48, 0xb8},
                                                   imm64(reinterpret_cast<uint64_t>(canary_.get())),
                                                   {0x48, 0xc7, 0x00, 0xef, 0xbe, 0xad, 0x0d},
                                                   {0xb8, 7, 0, 0, 0, 0xc3}}));
  EXPECT_EQ(r->result.status, CallResult::Status::Returned) << r->detail;
  EXPECT_EQ(*canary_, 0x1111u);
  expect_harness_fine();
}

TEST_F(ExecutorFaults, AStoreIntoTheHarnessStackDoesNotReachIt) {
  volatile uint64_t local = 0x2222;
  // mov rax, &local; mov qword [rax], 0xdadbeef; ret
  std::unique_ptr<ImageRun> r = run(
      *client_,
      cat({{0x48, 0xb8}, imm64(reinterpret_cast<uint64_t>(&local)), {0x48, 0xc7, 0x00, 0xef, 0xbe, 0xad, 0x0d, 0xc3}}));
  // Whatever it did to the executor's copy of that stack, ours is intact.
  EXPECT_EQ(local, 0x2222u);
  (void)r;
  expect_harness_fine();
}

TEST_F(ExecutorFaults, AJumpIntoUnmappedMemoryIsACrashOutsideGeneratedCode) {
  // mov rax, 0x10000; jmp rax
  std::unique_ptr<ImageRun> r = run(*client_, cat({{0x48, 0xb8}, imm64(0x10000), {0xff, 0xe0}}));
  EXPECT_EQ(r->result.status, CallResult::Status::Crashed);
  EXPECT_EQ(r->result.signal, SIGSEGV);
  EXPECT_EQ(r->result.pc, 0x10000u);
  EXPECT_NE(r->detail.find("died of SIGSEGV at pc 0x10000 outside generated code"), std::string::npos) << r->detail;
  expect_harness_fine();
}

TEST_F(ExecutorFaults, AJumpIntoTheMiddleOfAnInstructionIsACrashOfThatFunction) {
  // jmp +1 over the 0xb8 of `mov eax, 0x90900b0f`, onto the ud2 inside it.
  std::unique_ptr<ImageRun> r = run(*client_, {0xeb, 0x01, 0xb8, 0x0f, 0x0b, 0x90, 0x90, 0xc3});
  ASSERT_EQ(r->result.status, CallResult::Status::Crashed) << r->detail;
  EXPECT_EQ(r->result.signal, SIGILL);
  EXPECT_EQ(r->result.pc, reinterpret_cast<uintptr_t>(r->image.base()) + 3);
  EXPECT_EQ(r->result.func_index, 0u);
  EXPECT_EQ(r->result.backend, Backend::Optimizing);
  expect_harness_fine();
}

TEST_F(ExecutorFaults, Int3IsACrashOfThatFunction) {
  std::unique_ptr<ImageRun> r = run(*client_, {0x90, 0xcc, 0xc3}, Backend::Baseline);
  ASSERT_EQ(r->result.status, CallResult::Status::Crashed) << r->detail;
  EXPECT_EQ(r->result.signal, SIGTRAP);
  EXPECT_EQ(r->result.backend, Backend::Baseline);
  expect_harness_fine();
}

TEST_F(ExecutorFaults, AWriteSystemCallIsKilledByTheSandbox) {
  // write(1, code, 4): mov eax, 1; mov edi, 1; lea rsi, [rip]; mov edx, 4; syscall; ret
  std::unique_ptr<ImageRun> r = run(
      *client_, {0xb8, 1, 0, 0, 0, 0xbf, 1, 0, 0, 0, 0x48, 0x8d, 0x35, 0, 0, 0, 0, 0xba, 4, 0, 0, 0, 0x0f, 0x05, 0xc3});
  EXPECT_EQ(r->result.status, CallResult::Status::Crashed);
  EXPECT_NE(r->detail.find("the sandbox killed the executor: forbidden system call write"), std::string::npos)
      << r->detail;
  // The syscall instruction's PC, attributed to function 0.
  EXPECT_NE(r->detail.find("in function 0 (optimizing backend)"), std::string::npos) << r->detail;
  expect_harness_fine();
}

TEST_F(ExecutorFaults, AnExecveIsKilledByTheSandbox) {
  // execve(0, 0, 0): mov eax, 59; xor edi, edi; xor esi, esi; xor edx, edx; syscall; ret
  std::unique_ptr<ImageRun> r =
      run(*client_, {0xb8, 59, 0, 0, 0, 0x31, 0xff, 0x31, 0xf6, 0x31, 0xd2, 0x0f, 0x05, 0xc3});
  EXPECT_EQ(r->result.status, CallResult::Status::Crashed);
  EXPECT_NE(r->detail.find("forbidden system call execve"), std::string::npos) << r->detail;
  expect_harness_fine();
}

TEST_F(ExecutorFaults, AnEndlessLoopTimesOutAtItsDeadline) {
  std::unique_ptr<ImageRun> r = run(*client_, {0xeb, 0xfe});  // jmp $
  ASSERT_EQ(r->result.status, CallResult::Status::TimedOut) << r->detail;
  EXPECT_EQ(r->result.pc, reinterpret_cast<uintptr_t>(r->image.base()));
  EXPECT_TRUE(r->detail.empty()) << "the executor ended the call itself and lives on: " << r->detail;
  pid_t before = client_->executor_pid();
  expect_harness_fine();
  EXPECT_EQ(client_->executor_pid(), before);
}

TEST_F(ExecutorFaults, AnEndlessLoopThatBlocksTheDeadlineSignalIsKilledByTheWatchdog) {
  // push -1; mov rsi, rsp; xor edi, edi (SIG_BLOCK); xor edx, edx; mov r10d, 8;
  // mov eax, 14 (rt_sigprocmask); syscall; jmp $
  std::unique_ptr<ImageRun> r = run(*client_, {0x6a, 0xff, 0x48, 0x89, 0xe6, 0x31, 0xff, 0x31, 0xd2, 0x41, 0xba, 8,
                                               0,    0,    0,    0xb8, 14,   0,    0,    0,    0x0f, 0x05, 0xeb, 0xfe});
  EXPECT_EQ(r->result.status, CallResult::Status::TimedOut);
  EXPECT_NE(r->detail.find("did not answer within 800 ms and was killed"), std::string::npos) << r->detail;
  expect_harness_fine();
}

TEST_F(ExecutorFaults, UnboundedRecursionIsStackExhaustion) {
  std::unique_ptr<ImageRun> r = run(*client_, {0xe8, 0xfb, 0xff, 0xff, 0xff, 0xc3});  // call self; ret
  EXPECT_EQ(r->result.status, CallResult::Status::StackOverflow) << r->detail;
  expect_harness_fine();
}

TEST_F(ExecutorFaults, ACorruptedReturnAddressIsACrash) {
  // mov qword [rsp], 0x41414141; ret
  std::unique_ptr<ImageRun> r = run(*client_, {0x48, 0xc7, 0x04, 0x24, 0x41, 0x41, 0x41, 0x41, 0xc3});
  EXPECT_EQ(r->result.status, CallResult::Status::Crashed);
  EXPECT_EQ(r->result.pc, 0x41414141u);
  EXPECT_NE(r->detail.find("outside generated code"), std::string::npos) << r->detail;
  expect_harness_fine();
}

TEST_F(ExecutorFaults, WipingTheExecutorStackIsACrash) {
  // Zero 64 KiB upwards from rsp: the return address, the entry record and
  // the executor's own frames. lea rdi, [rsp]; mov ecx, 8192; xor eax, eax;
  // rep stosq; ret
  std::unique_ptr<ImageRun> r =
      run(*client_, {0x48, 0x8d, 0x3c, 0x24, 0xb9, 0x00, 0x20, 0, 0, 0x31, 0xc0, 0xf3, 0x48, 0xab, 0xc3});
  EXPECT_EQ(r->result.status, CallResult::Status::Crashed) << r->detail;
  EXPECT_FALSE(r->detail.empty());
  expect_harness_fine();
}

TEST_F(ExecutorFaults, ALostExecutorAnswersEveryLaterCallAsLostUntilReset) {
  std::unique_ptr<ImageRun> r = run(*client_, cat({{0x48, 0xb8}, imm64(0x10000), {0xff, 0xe0}}));
  ASSERT_EQ(r->result.status, CallResult::Status::Crashed);
  uint64_t out[1];
  CallResult again = client_->call(0, 0, {}, out);
  EXPECT_EQ(again.status, CallResult::Status::Crashed);
  EXPECT_NE(client_->failure_detail().find("lost earlier"), std::string::npos) << client_->failure_detail();
  uint64_t starts = client_->starts();
  expect_harness_fine();
  EXPECT_EQ(client_->starts(), starts + 1);
}

TEST_F(ExecutorFaults, TheHarnessReadsTheExecutorsMemoryInPlace) {
  // mov rax, [r14] (memory base); mov qword [rax + 8], 0x1234; mov eax, 1; ret
  std::unique_ptr<ImageRun> r =
      run(*client_, {0x49, 0x8b, 0x06, 0x48, 0xc7, 0x40, 0x08, 0x34, 0x12, 0, 0, 0xb8, 1, 0, 0, 0, 0xc3});
  ASSERT_EQ(r->result.status, CallResult::Status::Returned) << r->detail;
  std::span<const uint8_t> mem = client_->memory(0);
  ASSERT_EQ(mem.size(), 65536u);
  uint64_t word;
  std::memcpy(&word, mem.data() + 8, 8);
  EXPECT_EQ(word, 0x1234u);
  // A fresh instance of the next module sees zeroed memory, not this one's.
  client_->reset();
  std::unique_ptr<ImageRun> next = run(*client_, kReturn42);
  ASSERT_EQ(next->result.status, CallResult::Status::Returned);
  mem = client_->memory(0);
  ASSERT_EQ(mem.size(), 65536u);
  std::memcpy(&word, mem.data() + 8, 8);
  EXPECT_EQ(word, 0u);
}

TEST_F(ExecutorFaults, AnotherEnginesCrashLosesThisEnginesInstancesUntilItResets) {
  std::unique_ptr<ExecutorClient> other = ExecutorClient::on(client_->process());
  other->set_limits(InstanceLimits{});
  std::unique_ptr<ImageRun> mine = run(*other, kReturn42);
  ASSERT_EQ(mine->result.status, CallResult::Status::Returned);
  // Both stores live in one executor: the wild jump of the first kills it.
  std::unique_ptr<ImageRun> wild = run(*client_, cat({{0x48, 0xb8}, imm64(0x10000), {0xff, 0xe0}}));
  ASSERT_EQ(wild->result.status, CallResult::Status::Crashed);
  EXPECT_NE(wild->detail.find("died of SIGSEGV"), std::string::npos) << wild->detail;
  uint64_t out[1];
  CallResult lost = other->call(0, 0, {}, out);
  EXPECT_EQ(lost.status, CallResult::Status::Crashed);
  EXPECT_NE(other->failure_detail().find("lost earlier: the executor died of SIGSEGV"), std::string::npos)
      << other->failure_detail();
  // Once reset, each engine instantiates in a fresh executor.
  other->reset();
  std::unique_ptr<ImageRun> again = run(*other, kReturn42);
  EXPECT_EQ(again->result.status, CallResult::Status::Returned) << again->detail;
  EXPECT_EQ(again->value, 42u);
  expect_harness_fine();
}

TEST_F(ExecutorFaults, EnginesSharingAnExecutorKeepTheirOwnInstances) {
  std::unique_ptr<ExecutorClient> other = ExecutorClient::on(client_->process());
  other->set_limits(InstanceLimits{});
  std::unique_ptr<ImageRun> a = run(*client_, kReturn42);
  std::unique_ptr<ImageRun> b = run(*other, {0xb8, 7, 0, 0, 0, 0xc3});  // mov eax, 7; ret
  uint64_t out[1];
  // Instance 0 of each store is its own module.
  ASSERT_EQ(client_->call(0, 0, {}, out).status, CallResult::Status::Returned);
  EXPECT_EQ(out[0], 42u);
  ASSERT_EQ(other->call(0, 0, {}, out).status, CallResult::Status::Returned);
  EXPECT_EQ(out[0], 7u);
  // Dropping one store leaves the other's instance callable.
  other->reset();
  ASSERT_EQ(client_->call(0, 0, {}, out).status, CallResult::Status::Returned);
  EXPECT_EQ(out[0], 42u);
  EXPECT_EQ(client_->executor_pid(), other->executor_pid());
}

}  // namespace
}  // namespace tandem::runner
