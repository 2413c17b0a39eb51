// SharedArena: the memory an executor process shares with its harness. It
// is one MAP_SHARED anonymous mapping made before the fork, so it lies at
// the same address in both processes:
//
//   [ control page | transfer buffer | memory slots ... ]
//
// The control page holds the executor's last words (what killed it); the
// transfer buffer carries requests and replies; each memory slot is one
// linear-memory reservation (runner/memory.h) that the executor uses and the
// harness reads without a copy. Pages are allocated only when touched.
// Everything the harness reads here was writable by the code the executor
// ran, so it is read as untrusted input.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>

#include "wasm/result.h"

namespace tandem::runner {

// Written by the executor's fatal-signal and sandbox handlers just before it
// exits: async-signal-safe stores only.
struct ExecutorLastWords {
  enum Kind : uint32_t { None = 0, Fault = 1, Sandbox = 2 };
  std::atomic<uint32_t> kind;
  int32_t signal;
  int32_t syscall;  // Sandbox: the forbidden system call
  uint64_t pc;
  uint64_t fault_address;
};

class SharedArena {
 public:
  static constexpr size_t kTransferBytes = size_t{512} << 20;
  static constexpr size_t kMemorySlots = 120;  // ~960 GiB of address space, none of it committed

  static Result<std::unique_ptr<SharedArena>> create();
  ~SharedArena();
  SharedArena(const SharedArena&) = delete;
  SharedArena& operator=(const SharedArena&) = delete;

  ExecutorLastWords& last_words() { return *reinterpret_cast<ExecutorLastWords*>(base_); }
  // Where the executor's protocol keeps its doorbells (executor_protocol.h).
  void* channel() { return base_ + 4096; }
  std::span<uint8_t> transfer() { return {base_ + kControlBytes, kTransferBytes}; }
  uint8_t* slots() { return base_ + kControlBytes + kTransferBytes; }

  // Whether [p, p + n) lies inside the memory slots.
  bool holds_memory(const uint8_t* p, uint64_t n) const;

  // Gives every page back to the system (before a new executor starts).
  void discard();

 private:
  static constexpr size_t kControlBytes = 64 << 10;
  SharedArena() = default;
  uint8_t* base_ = nullptr;
  size_t size_ = 0;
};

}  // namespace tandem::runner
