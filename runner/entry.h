// Calling compiled wasm from C++ and back: the entry path (C++ -> wasm), the
// host path (wasm -> C++), and how a trap unwinds to the innermost entry.
//
//   call_wasm ──▶ tandem_enter_wasm (asm) ──▶ wasm code ──▶ ... ──▶ fault / ud2
//        ▲                                                              │
//        └──── tandem_trap_landing (asm) ◀── signal handler rewrites ◀──┘
//                                              RIP/RSP/RDI in the ucontext
//
// Both trampolines are signature-independent: the entry loads every
// parameter register and the stack words from a CallPlan filled by
// abi::compute_signature's assignment; the host trampoline saves every
// parameter register into a HostFrame and lets the C++ dispatcher read the
// ones the signature uses. Only wasm and trampoline frames are ever skipped
// by an unwind, never a C++ frame, so no destructor is lost and ASan's stack
// poisoning stays consistent.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "shared_compile/abi.h"
#include "shared_compile/settings.h"
#include "shared_compile/trap_code.h"
#include "wasm/types.h"

namespace tandem::runner {

// What one entry into wasm ended with.
struct CallResult {
  enum class Status : uint8_t {
    Returned,
    Trapped,        // trap, wasm_offset, func_index valid
    StackOverflow,  // the stack limit check fired, or a fault hit the stack guard
    Crashed,        // a fault at a PC that is not a trap site, or a wild access
    TimedOut,       // the watchdog interrupted wasm code
  };
  Status status = Status::Returned;
  compile::TrapCode trap = compile::TrapCode::Unreachable;
  uint32_t wasm_offset = 0;
  uint32_t func_index = 0;
  compile::Backend backend = compile::Backend::Baseline;
  int signal = 0;
  uintptr_t pc = 0;
  uintptr_t fault_address = 0;
};

// Register and stack image of one call. Field offsets are used by
// trampolines.S; static_asserts in entry.cc keep them in step.
struct CallPlan {
  uint64_t gpr[6];            // rdi, rsi, rdx, rcx, r8, r9
  uint64_t xmm[8][2];         // xmm0..xmm7, all 128 bits (low word first)
  const void* code;           // callee entry
  void* vmctx;                // callee VMContext (r14)
  uint64_t* stack;            // stack params, then the return area
  uint64_t stack_words;       // number of words at `stack`
  uint64_t result_gpr[2];     // rax, rdx after the call
  uint64_t result_xmm[2][2];  // xmm0, xmm1 after the call
};

// One active entry into wasm, innermost first. Lives on the C++ stack of
// call_wasm; the signal handler and the host path fill `result` and jump to
// the landing with RSP = saved_rsp.
struct EntryRecord {
  uint64_t saved_rsp;  // written by tandem_enter_wasm
  EntryRecord* prev;
  CallResult result;
};

// Saved by the host trampoline: the caller's parameter registers and where
// its stack parameters start. The dispatcher writes results here and, for
// results past the registers, into the caller's return area.
struct HostFrame {
  uint64_t gpr[6];
  uint64_t xmm[8][2];      // all 128 bits of xmm0..xmm7
  uint64_t* stack_params;  // [rsp + 8] at the trampoline's entry
  void* context;           // r14 at entry: the HostFunction being called
  uint64_t result_gpr[2];
  uint64_t result_xmm[2][2];
};

// Calls `code` with the wasm calling convention. `args` and `results` hold
// one 64-bit word per value (i32/f32 in the low bits), two for a v128 (low
// half first): abi::slots_of(types) words. Reentrant: host functions may
// call back into wasm.
CallResult call_wasm(const void* code, void* vmctx, const wasm::FuncType& type, std::span<const uint64_t> args,
                     std::span<uint64_t> results);

// The innermost active entry, or nullptr. Used by the signal handler.
EntryRecord* current_entry();

// The address of the host trampoline (an import's code for a host function).
const void* host_trampoline();

// Lowest address wasm code may use on this thread's stack (what
// VMContext::stack_limit holds): the thread's stack bottom plus a margin for
// host calls and signal delivery.
uint64_t thread_stack_limit();

}  // namespace tandem::runner

extern "C" {
// trampolines.S
int tandem_enter_wasm(tandem::runner::EntryRecord* record, tandem::runner::CallPlan* plan);
void tandem_trap_landing();
void tandem_host_trampoline();
// entry.cc: called by the host trampoline; returns the entry to unwind to
// when the host call trapped, else nullptr.
tandem::runner::EntryRecord* tandem_host_dispatch(tandem::runner::HostFrame* frame);
}
