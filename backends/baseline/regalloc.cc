#include "backends/baseline/regalloc.h"

namespace tandem::baseline {

void RegisterCache::reset(RegSet allocatable) {
  allocatable_ = allocatable;
  clear_all();
}

std::optional<Reg> RegisterCache::find_free(RegClass cls, RegSet pinned) const {
  const RegSet candidates = free(cls).minus(pinned);
  if (candidates.empty()) return std::nullopt;
  return candidates.first();
}

void RegisterCache::set_cached_mem_base(Reg r) {
  TANDEM_CHECK(!cached_mem_base_.valid(), "the memory base is cached already");
  TANDEM_CHECK(is_free(r), "caching the memory base in a register in use");
  add_use(r);
  cached_mem_base_ = r;
}

void RegisterCache::clear_cached_mem_base() {
  if (!cached_mem_base_.valid()) return;
  remove_use(cached_mem_base_);
  cached_mem_base_ = Reg();
}

void RegisterCache::add_use(Reg r) {
  check_mutable();
  TANDEM_CHECK(allocatable_.has(r), "use of a register the cache does not manage");
  ++use_count_[r.index()];
  used_ = used_.with(r);
}

void RegisterCache::remove_use(Reg r) {
  check_mutable();
  TANDEM_CHECK(use_count_[r.index()] > 0, "register use count underflow");
  if (--use_count_[r.index()] == 0) used_ = used_.without(r);
}

void RegisterCache::clear_uses(Reg r) {
  check_mutable();
  use_count_[r.index()] = 0;
  used_ = used_.without(r);
}

void RegisterCache::clear_all() {
  check_mutable();
  used_ = RegSet();
  use_count_.fill(0);
  cached_mem_base_ = Reg();
}

}  // namespace tandem::baseline
