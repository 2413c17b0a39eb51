// Checks of the side tables every CompiledFunction carries, against the
// code decoded with Capstone and against the module:
//
//   relocations  each names a direct-call target that the function's body
//                really calls (`call f` operators), or a libcall its
//                operators need, and nothing else; each lands on the
//                instruction it claims (a `call rel32` whose displacement
//                field is at the relocation's offset, or a `movabs` whose
//                immediate is);
//   trap sites   each is the start of a decoded instruction that can raise
//                the trap: `ud2`, or a memory access for out-of-bounds
//                memory, or a divide for the divide traps; each wasm offset
//                is an operator of the function that can trap;
//   linked calls every `call rel32` in the linked image reaches the entry of
//                the function its relocation names;
//   trap subset  the (wasm offset, trap code) pairs of the optimizing
//                backend are a subset of the baseline's.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "shared_compile/code_image.h"
#include "shared_compile/compiled_function.h"
#include "wasm/module.h"

namespace tandem::oracle {

struct TableProblem {
  compile::Backend backend = compile::Backend::Baseline;
  uint32_t func_index = 0;
  // The rule broken, as a short stable name ("reloc-field", "trap-subset"):
  // with the operator, what tells one table bug from another.
  std::string check;
  std::string what;
  // The wasm offset of the operator the problem concerns, when it names one.
  std::optional<uint32_t> wasm_offset;
  // The offset in the function's code of the instruction (or the byte) the
  // problem concerns, when it names one: what a report marks.
  std::optional<uint32_t> code_offset;
  std::string to_string() const;
};

std::optional<TableProblem> check_tables(const wasm::Module& module,
                                         std::span<const compile::CompiledFunction> functions,
                                         const compile::CodeImage& image);

// Only the linked-image part: every relocated call reaches its callee's
// entry. For mixed images, whose functions are byte-identical to the pure
// engines' (the determinism check proves it), this is what is left to check.
std::optional<TableProblem> check_linked_calls(std::span<const compile::CompiledFunction> functions,
                                               const compile::CodeImage& image);

std::optional<TableProblem> check_trap_subset(std::span<const compile::CompiledFunction> baseline,
                                              std::span<const compile::CompiledFunction> optimizing);

}  // namespace tandem::oracle
