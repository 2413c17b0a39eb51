#include "runner/memory.h"

#include <sys/mman.h>

#include <algorithm>
#include <mutex>

#include <fmt/format.h>

#include "runner/instance.h"
#include "runner/signals.h"

namespace tandem::runner {
namespace {

// Free reservations, all PROT_NONE and zero (MADV_DONTNEED on anonymous
// private memory gives zero pages on the next touch).
struct ReservationPool {
  std::mutex mu;
  std::vector<uint8_t*> free;
};
ReservationPool& pool() {
  static auto* p = new ReservationPool;  // never destroyed: memories may outlive statics
  return *p;
}

// The executor's shared slots, when set: a stack of free slot indices.
struct SharedSlots {
  uint8_t* first = nullptr;
  std::vector<uint32_t> free;
};
SharedSlots& shared_slots() {
  static auto* s = new SharedSlots;
  return *s;
}

uint8_t* acquire_reservation() {
  if (shared_slots().first) {
    std::lock_guard<std::mutex> lock(pool().mu);
    if (shared_slots().free.empty()) return nullptr;
    uint8_t* r = shared_slots().first + shared_slots().free.back() * kMemoryReservation;
    shared_slots().free.pop_back();
    return r;
  }
  {
    std::lock_guard<std::mutex> lock(pool().mu);
    if (!pool().free.empty()) {
      uint8_t* r = pool().free.back();
      pool().free.pop_back();
      return r;
    }
  }
  void* p = mmap(nullptr, kMemoryReservation, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return nullptr;
  register_memory_reservation(reinterpret_cast<uintptr_t>(p), kMemoryReservation);
  return static_cast<uint8_t*>(p);
}

void release_reservation(uint8_t* base, uint64_t used) {
  if (SharedSlots& slots = shared_slots(); slots.first) {
    if (used) {
      madvise(base, used, MADV_REMOVE);
      mprotect(base, used, PROT_NONE);
    }
    std::lock_guard<std::mutex> lock(pool().mu);
    slots.free.push_back(static_cast<uint32_t>((base - slots.first) / kMemoryReservation));
    return;
  }
  if (used) {
    madvise(base, used, MADV_DONTNEED);
    mprotect(base, used, PROT_NONE);
  }
  std::lock_guard<std::mutex> lock(pool().mu);
  if (pool().free.size() < 16) {
    pool().free.push_back(base);
  } else {
    unregister_memory_reservation(reinterpret_cast<uintptr_t>(base));
    munmap(base, kMemoryReservation);
  }
}

}  // namespace

void use_shared_reservations(uint8_t* first, size_t count) {
  SharedSlots& slots = shared_slots();
  TANDEM_CHECK(!slots.first, "shared reservations set twice");
  // Guard pages must fault in this process: the whole region starts PROT_NONE.
  TANDEM_CHECK(mprotect(first, count * kMemoryReservation, PROT_NONE) == 0, "mprotect of the shared slots failed");
  slots.first = first;
  for (size_t i = count; i-- > 0;) {
    slots.free.push_back(static_cast<uint32_t>(i));
    register_memory_reservation(reinterpret_cast<uintptr_t>(first + i * kMemoryReservation), kMemoryReservation);
  }
}

Result<std::shared_ptr<LinearMemory>> LinearMemory::create(const wasm::MemoryType& type, uint64_t max_pages) {
  std::shared_ptr<LinearMemory> m(new LinearMemory);
  m->type_ = type;
  m->max_pages_ = std::min<uint64_t>(type.limits.has_max ? type.limits.max : wasm::kMaxPages, max_pages);
  if (type.limits.min > m->max_pages_)
    return make_error(ErrorKind::Unsupported, fmt::format("memory of {} pages exceeds the resource limit of {} pages",
                                                          type.limits.min, m->max_pages_));
  m->base_ = acquire_reservation();
  if (!m->base_)
    return make_error(ErrorKind::Unsupported, "limit exceeded: no address space left for another linear memory");
  if (m->grow(type.limits.min) < 0) return make_error(ErrorKind::Internal, "cannot commit the initial memory");
  return m;
}

LinearMemory::~LinearMemory() {
  if (base_) release_reservation(base_, length());
}

int64_t LinearMemory::grow(uint64_t delta) {
  uint64_t old = pages_;
  if (delta > max_pages_ || old + delta > max_pages_) return -1;
  if (delta == 0) return static_cast<int64_t>(old);
  if (mprotect(base_ + old * wasm::kPageSize, delta * wasm::kPageSize, PROT_READ | PROT_WRITE) != 0) return -1;
  pages_ = old + delta;
  for (Instance* user : users_) user->on_memory_changed();
  return static_cast<int64_t>(old);
}

void LinearMemory::remove_user(Instance* instance) {
  users_.erase(std::remove(users_.begin(), users_.end(), instance), users_.end());
}

}  // namespace tandem::runner
