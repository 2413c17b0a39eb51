#include "shared_compile/code_image.h"

#include <sys/mman.h>

#include <algorithm>

namespace tandem::compile {

CodeImage::~CodeImage() { release(); }

CodeImage::CodeImage(CodeImage&& other) noexcept { *this = std::move(other); }

CodeImage& CodeImage::operator=(CodeImage&& other) noexcept {
  if (this != &other) {
    release();
    base_ = std::exchange(other.base_, nullptr);
    size_ = std::exchange(other.size_, 0);
    capacity_ = std::exchange(other.capacity_, 0);
    functions_ = std::move(other.functions_);
    entry_by_func_ = std::move(other.entry_by_func_);
    traps_ = std::move(other.traps_);
  }
  return *this;
}

Status CodeImage::map_writable(size_t needed) {
  if (base_ && capacity_ >= needed) {
    if (mprotect(base_, capacity_, PROT_READ | PROT_WRITE) != 0)
      return make_error(ErrorKind::Internal, "mprotect(RW) of the code image failed");
    return {};
  }
  release();
  void* p = mmap(nullptr, needed, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (p == MAP_FAILED) return make_error(ErrorKind::Internal, "cannot map the code image");
  base_ = static_cast<uint8_t*>(p);
  capacity_ = needed;
  return {};
}

void CodeImage::release() {
  if (base_) munmap(base_, capacity_);
  base_ = nullptr;
  size_ = capacity_ = 0;
}

const void* CodeImage::function_entry(uint32_t func_index) const {
  if (func_index >= entry_by_func_.size() || entry_by_func_[func_index] < 0) return nullptr;
  return base_ + functions_[entry_by_func_[func_index]].offset;
}

const ImageFunction* CodeImage::function_containing(uintptr_t pc) const {
  if (!contains(pc)) return nullptr;
  uint32_t off = static_cast<uint32_t>(pc - reinterpret_cast<uintptr_t>(base_));
  auto it = std::upper_bound(functions_.begin(), functions_.end(), off,
                             [](uint32_t o, const ImageFunction& f) { return o < f.offset; });
  if (it == functions_.begin()) return nullptr;
  --it;
  return off < it->offset + it->size ? &*it : nullptr;
}

const ImageTrapSite* CodeImage::trap_at(uintptr_t pc) const {
  if (!contains(pc)) return nullptr;
  uint32_t off = static_cast<uint32_t>(pc - reinterpret_cast<uintptr_t>(base_));
  // Hand-rolled binary search: no allocation, no exceptions, safe in a signal handler.
  size_t lo = 0, hi = traps_.size();
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (traps_[mid].offset < off)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo < traps_.size() && traps_[lo].offset == off ? &traps_[lo] : nullptr;
}

}  // namespace tandem::compile
