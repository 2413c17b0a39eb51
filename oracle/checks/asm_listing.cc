#include "oracle/checks/asm_listing.h"

#include <fmt/format.h>

#include "oracle/checks/compiler_for.h"

namespace tandem::oracle {

AsmListing list_asm(const compile::CompiledFunction& f, Disassembler& dis) {
  AsmListing out;
  out.func_index = f.func_index;
  size_t decoded = 0;
  auto loc = f.source_locs.begin();  // sorted by code_start and disjoint: one pass
  for (const DecodedInsn& insn : dis.decode_all(std::span<const uint8_t>(f.code).first(f.code_size), 0, &decoded)) {
    AsmLine line;
    line.address = static_cast<uint32_t>(insn.address);
    line.text = insn.text();
    for (const compile::TrapSite& t : f.trap_sites)
      if (t.code_offset == insn.address) line.traps.push_back(t);
    for (const compile::Relocation& r : f.relocations)
      if (r.insn_offset == insn.address) line.relocs.push_back(r);
    while (loc != f.source_locs.end() && loc->code_end <= insn.address) ++loc;
    bool inside = loc != f.source_locs.end() && loc->code_start <= insn.address;
    line.starts_operator = inside && loc->code_start == insn.address;
    if (!line.traps.empty())
      line.wasm_offset = line.traps.front().wasm_offset;
    else if (inside)
      line.wasm_offset = loc->wasm_offset;
    out.lines.push_back(std::move(line));
  }
  if (decoded != f.code_size) out.undecodable_at = static_cast<uint32_t>(decoded);
  return out;
}

std::string trap_note(const compile::TrapSite& t) {
  return fmt::format("trap {} @{:#x}", compile::trap_code_name(t.code), t.wasm_offset);
}

std::string reloc_note(const compile::Relocation& r) { return "reloc " + r.target.to_string(); }

Result<std::vector<FunctionAsm>> list_module_asm(const wasm::Module& module, compile::Backend backend,
                                                 const std::vector<std::string>& settings) {
  TANDEM_TRY(std::unique_ptr<compile::Compiler> compiler, compiler_for(backend, settings));
  TANDEM_TRY(Disassembler dis, Disassembler::create());
  compile::ModuleEnv env(module);
  std::vector<FunctionAsm> out;
  for (uint32_t i = module.num_imported_funcs; i < module.num_funcs(); ++i) {
    FunctionAsm fa;
    fa.func_index = i;
    fa.listing.func_index = i;
    Result<compile::CompiledFunction> f = compiler->compile_function(env, i);
    if (f) {
      fa.listing = list_asm(*f, dis);
      fa.compiled = std::move(*f);
    } else {
      fa.error = f.error().to_string();
    }
    out.push_back(std::move(fa));
  }
  return out;
}

}  // namespace tandem::oracle
