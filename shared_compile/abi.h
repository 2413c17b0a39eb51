// The wasm calling convention shared by both backends, the trampolines and
// the runner. Code from either backend calls code from the other through it,
// which is what makes mixed images possible.
//
//   vmctx        r14 holds the callee's VMContext* at entry and is preserved
//                across every call (a caller that switches instance for an
//                import or call_indirect reloads its own afterwards).
//   int params   i32, i64, funcref and externref: rdi, rsi, rdx, rcx, r8, r9
//   xmm params   f32, f64 and v128: xmm0..xmm7 (a v128 fills the register)
//   stack params the rest, in order, in 8-byte slots: at callee entry the
//                first slot is at [rsp + 8], the next at [rsp + 16], ...
//                (an i32/f32 occupies the low bytes; the high bytes are
//                junk). A v128 takes two consecutive slots, low half first,
//                with no alignment: code moves it with unaligned loads and
//                stores (movdqu), which cost nothing extra on aligned data.
//   results      int results: rax, rdx; xmm results (f32, f64, v128): xmm0,
//                xmm1, in order of appearance per class; any further result
//                goes to the caller's return area, in slots like the stack
//                params': at callee entry result slot k is at
//                [rsp + 8 + 8 * num_stack_params + 8 * k]
//   preserved    rsp, rbp, r14. Every other GPR and every XMM register is
//                clobbered by a call. Callees never need to save anything
//                but rbp.
//   frame        push rbp; mov rbp, rsp. rsp is 16-byte aligned at every call
//                instruction, so at entry rsp % 16 == 8.
//   upper bits   an i32 in a GPR has its upper 32 bits zero when passed or
//                returned; an f32 in an XMM register has junk above bit 31.
//   stack limit  with stack_limit_checks, the prologue compares the lowest
//                address the frame will use with VMContext::stack_limit and
//                traps with stack_overflow below it, before touching it.
//
// Libcalls (libcall.def) follow the System V ABI instead, with the
// VMContext* as their first argument; the caller treats them as clobbering
// everything but rsp, rbp, r14, like any call.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "shared_compile/x64/registers.h"
#include "wasm/types.h"

namespace tandem::compile::abi {

inline constexpr x64::Gpr kVmctx = x64::r14;
inline constexpr std::array<x64::Gpr, 6> kIntParams = {x64::rdi, x64::rsi, x64::rdx, x64::rcx, x64::r8, x64::r9};
inline constexpr std::array<x64::Xmm, 8> kFloatParams = {x64::xmm0, x64::xmm1, x64::xmm2, x64::xmm3,
                                                         x64::xmm4, x64::xmm5, x64::xmm6, x64::xmm7};
inline constexpr std::array<x64::Gpr, 2> kIntResults = {x64::rax, x64::rdx};
inline constexpr std::array<x64::Xmm, 2> kFloatResults = {x64::xmm0, x64::xmm1};

// Registers a call clobbers: all GPRs but rsp, rbp, r14; all XMMs.
inline constexpr x64::RegSet kCallClobberedGprs{static_cast<uint16_t>(0xffff & ~((1u << 4) | (1u << 5) | (1u << 14)))};
inline constexpr x64::RegSet kCallClobberedXmms{0xffff};

// Where one parameter or result lives.
struct Location {
  enum class Kind : uint8_t { Gpr, Xmm, Stack };
  Kind kind = Kind::Gpr;
  uint8_t reg = 0;          // register encoding for Gpr/Xmm
  uint32_t stack_slot = 0;  // Stack: index of the (first) 8-byte slot (params: from [rsp+8] at entry;
                            // results: from the start of the return area)
};

// Whether a value travels in an XMM register (f32, f64, v128) rather than a GPR.
inline bool in_xmm_class(wasm::ValType t) { return wasm::is_float(t) || t == wasm::ValType::V128; }
// The 8-byte slots (or words) a value takes on the stack and wherever the
// runner hands values over: 2 for a v128 (low half first), else 1.
inline uint32_t slots_of(wasm::ValType t) { return t == wasm::ValType::V128 ? 2 : 1; }
inline uint32_t slots_of(std::span<const wasm::ValType> types) {
  uint32_t n = 0;
  for (wasm::ValType t : types) n += slots_of(t);
  return n;
}

// The assignment of a function type's params and results to locations.
struct Signature {
  std::vector<Location> params;
  std::vector<Location> results;
  uint32_t num_stack_params = 0;   // 8-byte slots, not values: a v128 takes two
  uint32_t num_stack_results = 0;  // likewise

  // Bytes the caller reserves below its frame for outgoing stack params and
  // the return area, before alignment.
  uint32_t outgoing_area_bytes() const { return 8 * (num_stack_params + num_stack_results); }
  // Offset from rsp at callee entry of stack param slot i / result slot k.
  uint32_t stack_param_entry_offset(uint32_t i) const { return 8 + 8 * i; }
  uint32_t stack_result_entry_offset(uint32_t k) const { return 8 + 8 * (num_stack_params + k); }
};

Signature compute_signature(std::span<const wasm::ValType> params, std::span<const wasm::ValType> results);

}  // namespace tandem::compile::abi
