// The register cache: which allocatable registers hold values of the value
// stack, and how many entries each backs (Liftoff's used_registers and
// register_use_count). One register can back several entries, when local
// references are materialized together or a value is duplicated, so a
// register is free exactly when its use count is zero.
//
// The cache only counts; choosing a victim when no register is free needs
// the value stack (the oldest entry goes first) and lives in CodeGenContext.
// Besides the stack's values it holds one cached value of its own: the
// linear memory's base address.
#pragma once

#include <array>
#include <cstdint>
#include <optional>

#include "backends/baseline/reg.h"
#include "wasm/result.h"

namespace tandem::baseline {

class RegisterCache {
 public:
  void reset(RegSet allocatable);

  RegSet allocatable() const { return allocatable_; }
  RegSet used() const { return used_; }
  RegSet free(RegClass cls) const { return allocatable_.minus(used_) & RegSet::of_class(cls); }
  bool is_allocatable(Reg r) const { return allocatable_.has(r); }
  bool is_free(Reg r) const { return !used_.has(r); }
  uint32_t use_count(Reg r) const { return use_count_[r.index()]; }

  // A free register of `cls` outside `pinned`, lowest first; nullopt when
  // every candidate is in use. Nothing is marked used.
  std::optional<Reg> find_free(RegClass cls, RegSet pinned = {}) const;

  // A register that caches the memory base (Liftoff's cached_mem_start): it
  // counts as used, backs no stack entry, and can be dropped whenever the
  // register is wanted, since the base is reloadable from the VMContext.
  Reg cached_mem_base() const { return cached_mem_base_; }
  void set_cached_mem_base(Reg r);
  void clear_cached_mem_base();

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
  Reg cached_mem_base_;
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
