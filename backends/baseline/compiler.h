// The baseline compiler: one pass over a function's operators, in the style
// of Wasmtime's Winch and V8's Liftoff.
//
//   wasm body ──OpReader──▶ FunctionCompiler (visitor.h, visitor_*.cc)
//                              │  pops operands, pushes results;
//                              │  block/loop/if frames, merges at labels
//                              ▼
//                           CodeGenContext (context.h)
//                              │  ValueStack: Const | Local | Reg | Stack entries
//                              │  RegisterCache: free set, use counts
//                              │  Frame: locals and a home slot per stack entry
//                              │  ParallelMove: values into a merge's locations
//                              ▼
//                           MacroAssembler (masm.h) ── MacroAssemblerX64
//                              │  chooses instruction forms, scratch registers,
//                              │  fallbacks for switched-off ISA extensions
//                              ▼
//                           compile::x64::Assembler ─▶ compile::CodeBuffer
//                              │  labels, trap stubs, relocations, source locations
//                              ▼
//                           CompiledFunction
//
// Terms. A *value* is an entry of the value stack; it is materialized (put
// in a register) only when an instruction needs it, so constants become
// immediates and local.get becomes a memory operand or nothing at all. A
// *home* is the frame slot of a stack index, where a value lives when it is
// spilled. A *merge state* is where the values live at a branch target;
// every arriving path moves its values there. A *cached value* is one a
// register holds besides (the memory base, a local's value after
// local.set): free to drop, so it is the first thing to go when registers
// run short, and it is forgotten at every label and call.
//
// Every operator that can trap gets a trap site and keeps its check; nothing
// here proves a check away.
#pragma once

#include <memory>

#include "backends/baseline/masm_x64.h"
#include "backends/baseline/visitor.h"
#include "shared_compile/code_buffer.h"
#include "shared_compile/compiler.h"

namespace tandem::baseline {

class BaselineCompiler final : public compile::Compiler {
 public:
  explicit BaselineCompiler(const compile::Settings& settings);

  compile::Backend backend() const override { return compile::Backend::Baseline; }
  const compile::Settings& settings() const override { return settings_; }
  Result<compile::CompiledFunction> compile_function(const compile::ModuleEnv& env, uint32_t func_index) override;

 private:
  compile::Settings settings_;
  // Kept between functions: every buffer keeps its allocations.
  compile::CodeBuffer buffer_;
  MacroAssemblerX64 masm_;
  FunctionCompiler visitor_;
};

}  // namespace tandem::baseline
