// The optimizing compiler: wasm -> SSA IR -> passes -> machine code, in the
// manner of Cranelift (and TurboFan). Its public face is a builder over the
// shared settings; everything else in backends/optimizing/ is private.
//
//   wasm function body
//        |
//        |  translate (ir/translator.h): SSA construction for locals
//        |  (Braun et al.), operand stack of SSA values, control frames,
//        |  unreachable code skipped
//        v
//   ir::Function                (SSA IR: typed values, basic blocks with
//        |                       block parameters, explicit traps and
//        |                       conditional traps with trap code and wasm
//        |                       offset, memory accesses carrying their
//        |                       bounds-check form)
//        |
//        |  passes (passes/passes.h), chosen by opt_level:
//        |    none:  nothing
//        |    speed: the one list kSpeedPipeline in passes/pass_manager.cc
//        |  (the IR verifier runs after each when TANDEM_VERIFY_IR is set)
//        v
//   ir::Function (optimized)
//        |
//        |  isel (isel/lower.h): immediates folded, [base + index*scale +
//        |  disp] addressing, compares fused into branches, selects and
//        |  traps; critical edges split; ISA-flag fallbacks
//        v
//   mach::VCode                 (x86-64 instructions on virtual registers,
//        |                       with operand constraints: fixed registers,
//        |                       reused inputs, clobbers)
//        |
//        |  regalloc (regalloc/regalloc.h): liveness, live intervals,
//        |  linear scan with splitting and spilling, resolution of edges
//        |  and splits as sequentialized parallel moves
//        v
//   regalloc::Output            (a register per operand, moves around
//        |                       instructions, spill slot count)
//        |
//        |  emit (emit.h): frame layout, prologue with the stack-limit
//        |  check, trap sites and source locations per instruction
//        v
//   compile::CodeBuffer -> compile::CompiledFunction
//
// compile.cc is the driver: it only calls these stages in order.
#pragma once

#include <memory>

#include "shared_compile/compiler.h"

namespace tandem::optimizing {

std::unique_ptr<compile::CompilerBuilder> make_builder();

}  // namespace tandem::optimizing
