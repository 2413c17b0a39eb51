#include "backends/baseline/regalloc.h"

#include <algorithm>

namespace tandem::baseline {

void RegisterCache::reset(RegSet allocatable, uint32_t num_locals) {
  allocatable_ = allocatable;
  local_regs_.assign(num_locals, Reg());
  clear_all();
}

std::optional<Reg> RegisterCache::find_free(RegClass cls, RegSet pinned) const {
  const RegSet candidates = free(cls).minus(pinned);
  if (candidates.empty()) return std::nullopt;
  return candidates.first();
}

void RegisterCache::cache_mem_base(Reg r) {
  TANDEM_CHECK(!mem_base_.valid(), "the memory base is cached already");
  TANDEM_CHECK(is_free(r), "caching the memory base in a register in use");
  add_use(r);
  cached_kind_[r.index()] = Cached::MemBase;
  cached_ = cached_.with(r);
  mem_base_ = r;
}

void RegisterCache::cache_local(uint32_t local, Reg r) {
  TANDEM_CHECK(cached_kind_[r.index()] == Cached::None, "a register caches one value at most");
  uncache_local(local);
  add_use(r);
  cached_kind_[r.index()] = Cached::Local;
  cached_local_of_[r.index()] = local;
  cached_ = cached_.with(r);
  local_regs_[local] = r;
}

void RegisterCache::uncache_local(uint32_t local) {
  if (local_regs_[local].valid()) uncache(local_regs_[local]);
}

void RegisterCache::uncache(Reg r) {
  switch (cached_kind_[r.index()]) {
    case Cached::None: return;
    case Cached::MemBase: mem_base_ = Reg(); break;
    case Cached::Local: local_regs_[cached_local_of_[r.index()]] = Reg(); break;
  }
  cached_kind_[r.index()] = Cached::None;
  cached_ = cached_.without(r);
  remove_use(r);
}

void RegisterCache::uncache_all() {
  while (!cached_.empty()) uncache(cached_.first());
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
  cached_kind_.fill(Cached::None);
  cached_ = RegSet();
  mem_base_ = Reg();
  std::fill(local_regs_.begin(), local_regs_.end(), Reg());
}

}  // namespace tandem::baseline
