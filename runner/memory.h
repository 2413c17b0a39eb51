// Linear memory: one reservation of address space large enough that a
// 32-bit index plus a 32-bit offset plus the widest access can never leave
// it, so with bounds_checks=guard every out-of-bounds access faults, and the
// base never moves in either mode. Pages past the current length are
// PROT_NONE. Reservations are pooled per process: the fuzzer instantiates a
// module per input, and a pooled reservation costs an mprotect and an
// madvise instead of an mmap and munmap of 8 GiB.
#pragma once

#include <cstdint>
#include <memory>
#include <vector>

#include "wasm/result.h"
#include "wasm/types.h"

namespace tandem::runner {

class Instance;

inline constexpr uint64_t kMemoryReservation = (8ull << 30) + (64u << 10);

// From now on this process takes memory reservations from `count`
// consecutive slots of kMemoryReservation bytes at `first`, a MAP_SHARED
// region the harness maps too (runner/shared_arena.h), so that the harness
// reads an executor's memories without a copy. A released slot is zeroed
// with MADV_REMOVE, which frees shared pages. Called once, by the executor.
void use_shared_reservations(uint8_t* first, size_t count);

class LinearMemory {
 public:
  // max_pages caps growth below the declared maximum (a resource limit the
  // harness applies to every engine alike).
  static Result<std::shared_ptr<LinearMemory>> create(const wasm::MemoryType& type, uint64_t max_pages);
  ~LinearMemory();
  LinearMemory(const LinearMemory&) = delete;
  LinearMemory& operator=(const LinearMemory&) = delete;

  uint8_t* base() const { return base_; }
  uint64_t length() const { return pages_ * wasm::kPageSize; }
  uint64_t pages() const { return pages_; }
  uint64_t max_pages() const { return max_pages_; }
  const wasm::MemoryType& type() const { return type_; }

  // memory.grow: the old size in pages, or -1. Every instance using this
  // memory sees the new length in its VMContext before this returns.
  int64_t grow(uint64_t delta_pages);

  // Instances whose VMContext mirrors base and length.
  void add_user(Instance* instance) { users_.push_back(instance); }
  void remove_user(Instance* instance);

 private:
  LinearMemory() = default;
  uint8_t* base_ = nullptr;
  uint64_t pages_ = 0;
  uint64_t max_pages_ = 0;
  wasm::MemoryType type_;
  std::vector<Instance*> users_;
};

}  // namespace tandem::runner
