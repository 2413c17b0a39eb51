#include "runner/shared_arena.h"

#include <sys/mman.h>

#include <cerrno>
#include <cstring>

#include <fmt/format.h>

#include "runner/memory.h"

namespace tandem::runner {

Result<std::unique_ptr<SharedArena>> SharedArena::create() {
  std::unique_ptr<SharedArena> a(new SharedArena);
  a->size_ = kControlBytes + kTransferBytes + kMemorySlots * kMemoryReservation;
  void* p = mmap(nullptr, a->size_, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED)
    return make_error(ErrorKind::Internal, fmt::format("cannot map the executor's shared arena ({} GiB): {}",
                                                       a->size_ >> 30, std::strerror(errno)));
  a->base_ = static_cast<uint8_t*>(p);
  return a;
}

SharedArena::~SharedArena() {
  if (base_) munmap(base_, size_);
}

bool SharedArena::holds_memory(const uint8_t* p, uint64_t n) const {
  const uint8_t* first = base_ + kControlBytes + kTransferBytes;
  const uint64_t span = kMemorySlots * kMemoryReservation;
  if (p < first || static_cast<uint64_t>(p - first) > span) return false;
  return n <= span - static_cast<uint64_t>(p - first);
}

void SharedArena::discard() {
  // Shared anonymous pages are freed by punching holes, not by MADV_DONTNEED.
  madvise(base_, size_, MADV_REMOVE);
}

}  // namespace tandem::runner
