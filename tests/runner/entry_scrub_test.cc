// Compiled code that reads a stack slot it never wrote (a miscompile: a
// result read at the wrong offset, a spill slot below the frame) must read
// the same words on every run, or its finding neither replays nor reduces:
// the entry trampoline fills the 8 KiB below its frame with one pattern
// before each call, over whatever the C++ code before it left there.
#include <gtest/gtest.h>
#include <sys/mman.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>

#include "runner/entry.h"

namespace tandem::runner {
namespace {

// Leaves other words than the pattern on the stack, where the next call's
// frames will lie.
[[gnu::noinline]] uint64_t dirty_the_stack(uint64_t seed) {
  constexpr size_t kWords = 1024;
  volatile uint64_t words[kWords];
  for (size_t i = 0; i < kWords; ++i) words[i] = seed * (i + 1);
  return words[seed % kWords];
}

TEST(EntryScrub, ASlotNothingWroteReadsThePattern) {
  // mov rax, [rsp - 512]; ret: a word below the callee's frame.
  const uint8_t code_bytes[] = {0x48, 0x8b, 0x84, 0x24, 0x00, 0xfe, 0xff, 0xff, 0xc3};
  void* page = mmap(nullptr, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  ASSERT_NE(page, MAP_FAILED);
  std::memcpy(page, code_bytes, sizeof code_bytes);
  ASSERT_EQ(mprotect(page, 4096, PROT_READ | PROT_EXEC), 0);
  const wasm::FuncType type{{}, {wasm::ValType::I64}};
  for (uint64_t seed : {0x1111u, 0xdeadbeefu}) {
    EXPECT_NE(dirty_the_stack(seed), 0u);
    std::array<uint64_t, 1> result{};
    CallResult r = call_wasm(page, nullptr, type, {}, result);
    ASSERT_EQ(r.status, CallResult::Status::Returned);
    EXPECT_EQ(result[0], 0x5a5a5a5a5a5a5a5aull) << "seed " << seed;
  }
  munmap(page, 4096);
}

}  // namespace
}  // namespace tandem::runner
