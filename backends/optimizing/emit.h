// Emission: allocated VCode -> machine code in a CodeBuffer, through the
// shared Assembler.
//
// Frame (rbp-based; rsp is 16-byte aligned at every call):
//
//   [rbp + 16 ...]  stack parameters, then the caller's return area
//   [rbp + 8]       return address
//   [rbp]           saved rbp
//   [rbp - 8]       saved VMContext, when a call switches r14
//   [rbp - ...]     spill slots, 8 bytes each
//   [rsp ...]       outgoing stack arguments and callees' return areas
//
// The prologue checks the stack limit before it touches anything: the
// lowest address the function will use (its frame and the pushed rbp) is
// compared with VMContext::stack_limit, and a stack_overflow trap stub is
// the target when it is below.
#pragma once

#include "backends/optimizing/ir/function.h"
#include "backends/optimizing/isel/vcode.h"
#include "backends/optimizing/regalloc/regalloc.h"
#include "shared_compile/code_buffer.h"
#include "shared_compile/compiler.h"

namespace tandem::optimizing {

// Emits the function into `buf` (cleared by the caller) and returns its
// frame size: bytes below the saved rbp.
uint32_t emit_function(const compile::ModuleEnv& env, const compile::Settings& settings, const ir::Function& f,
                       const mach::VCode& code, const regalloc::Output& ra, compile::CodeBuffer& buf);

}  // namespace tandem::optimizing
