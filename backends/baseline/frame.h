// The frame of a function compiled by the baseline compiler.
//
//   [fp + 16 + 8k]   incoming stack parameters, then the caller's return area
//   [fp + 8]         return address
//   [fp]             caller's frame pointer
//   [fp - 8]         the function's VMContext (r14 is reloaded from here after
//                    calls that switch instance)
//   [fp - 8 - S(j+1)] locals that do not arrive on the stack, one S-byte slot each
//   below them       value-stack homes: entry i at [fp - base - S(i + 1)]
//   [sp ...]         outgoing stack arguments and return areas of calls
//
// S, the slot size, is 8, or 16 in a function that uses v128 anywhere (its
// signature, locals or operators): then every local and every home is 16
// bytes, since a home belongs to a stack index, not to a type, and one size
// keeps a home's address a multiplication (no search, nothing to move when
// the entry at an index changes type). Functions without SIMD keep 8-byte
// frames. A v128 is stored unaligned (movdqu), so 16 bytes need no
// alignment beyond the frame's.
// A parameter passed on the stack is its own local slot: nothing is copied.
// The frame size is known only at the end (the deepest value stack, the
// largest outgoing area), so the prologue's allocation is patched then.
#pragma once

#include <cstdint>
#include <vector>

#include "backends/baseline/masm.h"
#include "shared_compile/abi.h"
#include "wasm/module.h"

namespace tandem::baseline {

class Frame {
 public:
  // Lays out the locals of `func` (whose wasm signature `sig` assigns).
  // `wide_slots`: the function uses v128, every slot is 16 bytes.
  void reset(const wasm::Module& module, const wasm::Function& func, const compile::abi::Signature& sig,
             Reg frame_pointer, bool wide_slots);

  uint32_t num_locals() const { return static_cast<uint32_t>(local_types_.size()); }
  uint32_t num_params() const { return num_params_; }
  wasm::ValType local_type(uint32_t index) const { return local_types_[index]; }
  Address local(uint32_t index) const { return Address::at(fp_, local_offsets_[index]); }
  Address home(uint32_t stack_index) const {
    return Address::at(fp_, -static_cast<int32_t>(homes_base_ + slot_bytes_ * (stack_index + 1)));
  }
  Address vmctx_slot() const { return Address::at(fp_, -8); }
  // Result slot k of this function's return area (set up by its caller).
  Address return_area_slot(uint32_t k) const {
    return Address::at(fp_, static_cast<int32_t>(16 + 8 * (num_stack_params_ + k)));
  }
  // The declared (non-parameter) locals: 8-byte words upward from `first`.
  Address declared_locals_first() const;
  uint32_t num_declared_locals() const { return num_locals() - num_params_; }
  uint32_t declared_locals_words() const { return (num_locals() - num_params_) * (slot_bytes_ / 8); }
  uint32_t slot_bytes() const { return slot_bytes_; }

  // Calls reserve their outgoing area; the frame keeps the largest.
  void reserve_outgoing(uint32_t bytes) {
    if (bytes > max_outgoing_) max_outgoing_ = bytes;
  }
  // Bytes below the frame pointer, 16-aligned so that sp is aligned at calls.
  uint32_t frame_bytes(uint32_t max_stack_entries) const;

 private:
  Reg fp_;
  std::vector<wasm::ValType> local_types_;
  std::vector<int32_t> local_offsets_;
  uint32_t num_params_ = 0;
  uint32_t num_stack_params_ = 0;
  uint32_t num_frame_locals_ = 0;
  uint32_t homes_base_ = 0;
  uint32_t slot_bytes_ = 8;
  uint32_t max_outgoing_ = 0;
};

}  // namespace tandem::baseline
