// The register cache: which allocatable registers hold values of the value
// stack, and how many entries each backs (Liftoff's used_registers and
// register_use_count). One register can back several entries, when local
// references are materialized together or a value is duplicated, so a
// register is free exactly when its use count is zero.
//
// The cache only counts; choosing a victim when no register is free needs
// the value stack (the oldest entry goes first) and lives in CodeGenContext.
// Besides the stack's values it holds cached values of its own (the memory
// base, the values of locals), dropped first when registers run short.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "backends/baseline/reg.h"
#include "wasm/result.h"

namespace tandem::baseline {

class RegisterCache {
 public:
  void reset(RegSet allocatable, uint32_t num_locals);

  RegSet allocatable() const { return allocatable_; }
  RegSet used() const { return used_; }
  RegSet free(RegClass cls) const { return allocatable_.minus(used_) & RegSet::of_class(cls); }
  bool is_allocatable(Reg r) const { return allocatable_.has(r); }
  bool is_free(Reg r) const { return !used_.has(r); }
  uint32_t use_count(Reg r) const { return use_count_[r.index()]; }

  // A free register of `cls` outside `pinned`, lowest first; nullopt when
  // every candidate is in use. Nothing is marked used.
  std::optional<Reg> find_free(RegClass cls, RegSet pinned = {}) const;

  // ---- cached values ---------------------------------------------------------
  // A register may also cache a value that lives elsewhere and can be
  // dropped at any time: the memory base (Liftoff's cached_mem_start),
  // reloadable from the VMContext, or the value of a local, whose frame slot
  // stays the truth (local.set stores through). A cached value counts as one
  // use of its register and backs no stack entry; a register caches at most
  // one value, a local is cached in at most one register.
  enum class Cached : uint8_t { None, MemBase, Local };
  Cached cached_kind(Reg r) const { return cached_kind_[r.index()]; }
  RegSet cached() const { return cached_; }
  Reg cached_mem_base() const { return mem_base_; }
  Reg cached_local(uint32_t local) const { return local_regs_[local]; }
  // `r` must be free.
  void cache_mem_base(Reg r);
  // `r` must cache nothing; the local's previous register, if any, is dropped.
  void cache_local(uint32_t local, Reg r);
  void uncache_local(uint32_t local);
  // Drops whatever `r` caches.
  void uncache(Reg r);
  void uncache_all();
  // Whether the only use of `r` is the value it caches.
  bool only_cached(Reg r) const { return cached_.has(r) && use_count(r) == 1; }

  void add_use(Reg r);
  void remove_use(Reg r);
  // Forgets every use of `r` (after its values were moved elsewhere).
  void clear_uses(Reg r);
  void clear_all();

  // In builds with TANDEM_VERIFY_IR, a frozen cache aborts on any change:
  // code emitted conditionally (a branch's moves, an out-of-line path) must
  // not change the compile-time state that the fall-through path continues with.
  void freeze() { ++frozen_; }
  void unfreeze() { --frozen_; }
  bool frozen() const { return frozen_ != 0; }

 private:
  void check_mutable() const {
#ifdef TANDEM_VERIFY_IR
    TANDEM_CHECK(frozen_ == 0, "register cache changed while frozen");
#endif
  }

  RegSet allocatable_;
  RegSet used_;
  std::array<uint32_t, kNumRegIndices> use_count_{};
  std::array<Cached, kNumRegIndices> cached_kind_{};
  std::array<uint32_t, kNumRegIndices> cached_local_of_{};
  RegSet cached_;
  Reg mem_base_;
  std::vector<Reg> local_regs_;
  uint32_t frozen_ = 0;
};

// RAII freeze of the cache state (only checked with TANDEM_VERIFY_IR).
class FrozenCacheState {
 public:
  explicit FrozenCacheState(RegisterCache& cache) : cache_(cache) { cache_.freeze(); }
  ~FrozenCacheState() { cache_.unfreeze(); }
  FrozenCacheState(const FrozenCacheState&) = delete;
  FrozenCacheState& operator=(const FrozenCacheState&) = delete;

 private:
  RegisterCache& cache_;
};

}  // namespace tandem::baseline
