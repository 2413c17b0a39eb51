// v128 values through the calling convention: all 128 bits of an xmm
// register in and out of the entry trampoline, two stack slots for a v128
// past the eighth xmm-class value, and the host trampoline saving and
// restoring whole xmm registers. The code under test is written as bytes
// (llvm-mc's encodings), so that nothing but the runner is involved.
#include <gtest/gtest.h>
#include <sys/mman.h>

#include <array>
#include <cstdint>
#include <cstring>
#include <span>
#include <vector>

#include "runner/entry.h"
#include "runner/host_function.h"
#include "shared_compile/abi.h"

namespace tandem::runner {
namespace {

using wasm::ValType;

// Executable copy of `bytes`, unmapped on destruction.
class CodePage {
 public:
  explicit CodePage(std::span<const uint8_t> bytes) {
    page_ = mmap(nullptr, kSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    EXPECT_NE(page_, MAP_FAILED);
    std::memcpy(page_, bytes.data(), bytes.size());
    EXPECT_EQ(mprotect(page_, kSize, PROT_READ | PROT_EXEC), 0);
  }
  ~CodePage() { munmap(page_, kSize); }
  CodePage(const CodePage&) = delete;
  CodePage& operator=(const CodePage&) = delete;
  const void* code() const { return page_; }

 private:
  static constexpr size_t kSize = 4096;
  void* page_;
};

// Two distinct words per value, so a half moved to the wrong place shows.
std::vector<uint64_t> v128_args(size_t n) {
  std::vector<uint64_t> words;
  for (uint64_t i = 0; i < n; ++i) {
    words.push_back(0x1000000000000000ull * (i + 1) + 0x0101);
    words.push_back(0x00000000f0000000ull * (i + 1) + 0x0202);
  }
  return words;
}

TEST(EntryV128, TheConventionPutsAV128InOneXmmRegisterOrTwoSlots) {
  std::vector<ValType> nine(9, ValType::V128);
  std::vector<ValType> mixed = {ValType::F32, ValType::V128, ValType::I32, ValType::V128};
  compile::abi::Signature sig = compile::abi::compute_signature(nine, mixed);
  for (size_t i = 0; i < 8; ++i) {
    EXPECT_EQ(sig.params[i].kind, compile::abi::Location::Kind::Xmm);
    EXPECT_EQ(sig.params[i].reg, i);
  }
  EXPECT_EQ(sig.params[8].kind, compile::abi::Location::Kind::Stack);
  EXPECT_EQ(sig.params[8].stack_slot, 0u);
  EXPECT_EQ(sig.num_stack_params, 2u) << "a v128 takes two 8-byte slots";
  // f32 and v128 share xmm0, xmm1; the second v128 goes to the return area.
  EXPECT_EQ(sig.results[0].kind, compile::abi::Location::Kind::Xmm);
  EXPECT_EQ(sig.results[1].kind, compile::abi::Location::Kind::Xmm);
  EXPECT_EQ(sig.results[1].reg, 1u);
  EXPECT_EQ(sig.results[2].kind, compile::abi::Location::Kind::Gpr);
  EXPECT_EQ(sig.results[3].kind, compile::abi::Location::Kind::Stack);
  EXPECT_EQ(sig.num_stack_results, 2u);
  EXPECT_EQ(compile::abi::slots_of(mixed), 6u);
}

TEST(EntryV128, AllOfEachXmmRegisterAndBothSlotsGoInAndComeOut) {
  // (v128 x9) -> (v128 x3): results (param 1, param 8, param 0).
  const uint8_t bytes[] = {
      0xf3, 0x0f, 0x7f, 0x44, 0x24, 0x18,  // movdqu [rsp + 24], xmm0   result 2: return area slots 0-1
      0x0f, 0x28, 0xc1,                    // movaps xmm0, xmm1
      0xf3, 0x0f, 0x6f, 0x4c, 0x24, 0x08,  // movdqu xmm1, [rsp + 8]    param 8: stack slots 0-1
      0xc3,                                // ret
  };
  CodePage page(bytes);
  const wasm::FuncType type{std::vector<ValType>(9, ValType::V128), std::vector<ValType>(3, ValType::V128)};
  std::vector<uint64_t> args = v128_args(9);
  std::array<uint64_t, 6> results{};
  CallResult r = call_wasm(page.code(), nullptr, type, args, results);
  ASSERT_EQ(r.status, CallResult::Status::Returned);
  EXPECT_EQ(results[0], args[2]);
  EXPECT_EQ(results[1], args[3]);
  EXPECT_EQ(results[2], args[16]);
  EXPECT_EQ(results[3], args[17]);
  EXPECT_EQ(results[4], args[0]);
  EXPECT_EQ(results[5], args[1]);
}

// Returns (param 8, param 0, param 7) of nine v128 params, and records what
// it was given.
class PermutingHost : public HostFunction {
 public:
  using HostFunction::HostFunction;
  std::optional<compile::TrapCode> call(std::span<const uint64_t> args, std::span<uint64_t> results) override {
    seen.assign(args.begin(), args.end());
    const size_t from[] = {8, 0, 7};
    for (size_t k = 0; k < 3; ++k) {
      results[2 * k] = args[2 * from[k]];
      results[2 * k + 1] = args[2 * from[k] + 1];
    }
    return std::nullopt;
  }
  std::vector<uint64_t> seen;
};

TEST(EntryV128, TheHostTrampolineMovesWholeXmmRegistersAndV128Slots) {
  const wasm::FuncType type{std::vector<ValType>(9, ValType::V128), std::vector<ValType>(3, ValType::V128)};
  PermutingHost host(type, 0);
  // The same type: passes its nine params to the host and returns what it returns.
  std::vector<uint8_t> bytes = {
      0x55,                                            // push rbp
      0x48, 0x89, 0xe5,                                // mov rbp, rsp
      0x48, 0x83, 0xec, 0x20,                          // sub rsp, 32: 2 slots of params, 2 of results
      0xf3, 0x44, 0x0f, 0x6f, 0x45, 0x10,              // movdqu xmm8, [rbp + 16]   our param 8
      0xf3, 0x44, 0x0f, 0x7f, 0x04, 0x24,              // movdqu [rsp], xmm8        its param 8
      0x49, 0xbe, 0,    0,    0,    0,    0, 0, 0, 0,  // movabs r14, &host
      0x48, 0xb8, 0,    0,    0,    0,    0, 0, 0, 0,  // movabs rax, host trampoline
      0xff, 0xd0,                                      // call rax
      0xf3, 0x0f, 0x6f, 0x54, 0x24, 0x10,              // movdqu xmm2, [rsp + 16]   its result 2
      0xf3, 0x0f, 0x7f, 0x55, 0x20,                    // movdqu [rbp + 32], xmm2   our result 2
      0x48, 0x89, 0xec,                                // mov rsp, rbp
      0x5d,                                            // pop rbp
      0xc3,                                            // ret
  };
  const uint64_t host_ptr = reinterpret_cast<uint64_t>(static_cast<HostFunction*>(&host));
  const uint64_t trampoline = reinterpret_cast<uint64_t>(host_trampoline());
  std::memcpy(&bytes[22], &host_ptr, 8);
  std::memcpy(&bytes[32], &trampoline, 8);
  CodePage page(bytes);
  std::vector<uint64_t> args = v128_args(9);
  std::array<uint64_t, 6> results{};
  CallResult r = call_wasm(page.code(), nullptr, type, args, results);
  ASSERT_EQ(r.status, CallResult::Status::Returned);
  EXPECT_EQ(host.seen, args) << "every half of every param reached the host";
  const std::array<uint64_t, 6> expected = {args[16], args[17], args[0], args[1], args[14], args[15]};
  EXPECT_EQ(results, expected);
}

}  // namespace
}  // namespace tandem::runner
