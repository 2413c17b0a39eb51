// The value stack: wasm's operand stack at compile time, one entry per
// value, each saying where the value is *now* (Winch's `Val`, Liftoff's
// `VarState`):
//
//   Const   an immediate, not yet in any register (i32/i64/f32/f64 bits, or
//           a null reference)
//   Local   the current value of local L, not yet read: local.get pushes
//           this, and a local.set/tee of L first materializes every entry
//           that still refers to L
//   Reg     in a register (the register cache counts the entry as a use;
//           entries may share one, e.g. two reads of a cached local)
//   Stack   in the entry's home slot
//
// Every entry has a home: the frame slot of its stack index (Frame), so
// spilling needs no search and no allocation. Entries change only in the
// ways this class allows, and it keeps the register cache's use counts and
// the per-local reference counts in step with every change.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "backends/baseline/reg.h"
#include "backends/baseline/regalloc.h"
#include "wasm/types.h"

namespace tandem::baseline {

struct StackValue {
  enum class Kind : uint8_t { Const, Local, Reg, Stack };

  Kind kind = Kind::Stack;
  wasm::ValType type = wasm::ValType::I32;
  Reg reg;             // Reg
  uint32_t local = 0;  // Local
  uint64_t bits = 0;   // Const: the value's bits (i32/f32 in the low half, upper half zero)

  static StackValue constant(wasm::ValType t, uint64_t bits) { return {Kind::Const, t, Reg(), 0, bits}; }
  static StackValue local_ref(wasm::ValType t, uint32_t index) { return {Kind::Local, t, Reg(), index, 0}; }
  static StackValue in_reg(wasm::ValType t, Reg r) { return {Kind::Reg, t, r, 0, 0}; }
  static StackValue in_slot(wasm::ValType t) { return {Kind::Stack, t, Reg(), 0, 0}; }

  bool is_const() const { return kind == Kind::Const; }
  bool is_local() const { return kind == Kind::Local; }
  bool is_reg() const { return kind == Kind::Reg; }
  bool is_stack() const { return kind == Kind::Stack; }
  bool operator==(const StackValue&) const = default;
};

class ValueStack {
 public:
  explicit ValueStack(RegisterCache& cache) : cache_(&cache) {}

  // Starts a function with `num_locals` locals and an empty stack.
  void reset(uint32_t num_locals);

  uint32_t size() const { return static_cast<uint32_t>(values_.size()); }
  bool empty() const { return values_.empty(); }
  // The most entries the stack ever held: the frame reserves that many homes.
  uint32_t max_size() const { return max_size_; }
  const StackValue& at(uint32_t index) const { return values_[index]; }
  // Entry `depth` from the top (0 = top).
  const StackValue& peek(uint32_t depth = 0) const { return values_[values_.size() - 1 - depth]; }
  std::span<const StackValue> entries() const { return values_; }

  void push(const StackValue& v);
  StackValue pop();
  // Pops every entry above `new_size`.
  void truncate(uint32_t new_size);
  // Replaces entry `index` (the old entry's uses are released, the new one's taken).
  void set(uint32_t index, const StackValue& v);

  // How many entries still refer to local `index`.
  uint32_t local_refs(uint32_t index) const { return local_refs_[index]; }
  uint32_t total_local_refs() const { return total_local_refs_; }

  // Checks that the cache's use counts and the local reference counts agree
  // with the entries (TANDEM_VERIFY_IR builds call it after every operator).
  void verify() const;

 private:
  void take(const StackValue& v);
  void release(const StackValue& v);
  void check_mutable() const;

  RegisterCache* cache_;
  std::vector<StackValue> values_;
  std::vector<uint32_t> local_refs_;
  uint32_t total_local_refs_ = 0;
  uint32_t max_size_ = 0;
};

}  // namespace tandem::baseline
