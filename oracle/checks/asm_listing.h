// A compiled function's machine code instruction by instruction, each
// instruction with what the function's side tables say of it: the trap
// sites it starts, the relocations inside it, and the wasm operator whose
// code it is. One walk over Capstone's decoding that the stage text
// (`tandem compile --stage asm`) and the finding pages both print.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "oracle/checks/disassembler.h"
#include "shared_compile/compiled_function.h"
#include "wasm/module.h"

namespace tandem::oracle {

struct AsmLine {
  uint32_t address = 0;                     // from the function's first byte
  std::string text;                         // "add rax, qword ptr [rbp - 8]"
  std::vector<compile::TrapSite> traps;     // trap sites at this instruction
  std::vector<compile::Relocation> relocs;  // relocations whose instruction this is
  // The operator whose code this is: a trap site's own (its deferred ud2
  // stub lies outside every source location), else the source location
  // that contains the instruction. Empty for prologue and epilogue code.
  std::optional<uint32_t> wasm_offset;
  bool starts_operator = false;  // a source location starts here
};

struct AsmListing {
  uint32_t func_index = 0;
  std::vector<AsmLine> lines;
  std::optional<uint32_t> undecodable_at;  // where Capstone stopped before the code's end
};

AsmListing list_asm(const compile::CompiledFunction& f, Disassembler& dis);

// "trap integer_divide_by_zero @0x2a" and "reloc func 3": how a line's
// table entries read wherever a listing is printed.
std::string trap_note(const compile::TrapSite& t);
std::string reloc_note(const compile::Relocation& r);

// A function's compile with one backend and its listing, or why it did not
// compile.
struct FunctionAsm {
  uint32_t func_index = 0;
  std::optional<compile::CompiledFunction> compiled;
  std::string error;  // when it did not compile
  AsmListing listing;
};

// Each defined function of a validated module compiled alone by `backend`
// under `settings` ("name=value") and listed, in index order; a function
// that does not compile keeps its place with its error. Errors: a setting
// the backend refuses.
Result<std::vector<FunctionAsm>> list_module_asm(const wasm::Module& module, compile::Backend backend,
                                                 const std::vector<std::string>& settings);

}  // namespace tandem::oracle
