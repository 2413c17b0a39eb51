#include "tests/baseline/disasm.h"

#include <gtest/gtest.h>

#include "backends/baseline/baseline.h"
#include "oracle/disassembler.h"
#include "oracle/text_format.h"
#include "wasm/validator.h"

namespace tandem::baseline::testing {

size_t Listing::count(std::string_view fragment) const {
  size_t n = 0;
  for (const std::string& l : lines)
    if (l.find(fragment) != std::string::npos) ++n;
  return n;
}

std::string Listing::to_string() const {
  std::string s;
  for (const std::string& l : lines) s += l + "\n";
  return s;
}

Listing compile_and_disassemble(std::string_view wat, unsigned func_index, const std::vector<std::string>& settings) {
  Listing listing;
  Result<std::vector<uint8_t>> wasm = oracle::wat_to_wasm(wat);
  if (!wasm.ok()) {
    ADD_FAILURE() << wasm.error().to_string();
    return listing;
  }
  Result<wasm::Module> module = wasm::decode_and_validate(*wasm);
  if (!module.ok()) {
    ADD_FAILURE() << module.error().to_string();
    return listing;
  }
  std::unique_ptr<compile::CompilerBuilder> builder = make_builder();
  for (const std::string& s : settings) {
    Status st = builder->set_assignment(s);
    if (!st.ok()) {
      ADD_FAILURE() << st.error().to_string();
      return listing;
    }
  }
  std::unique_ptr<compile::Compiler> compiler = builder->build();
  compile::ModuleEnv env(*module);
  Result<compile::CompiledFunction> f = compiler->compile_function(env, func_index);
  if (!f.ok()) {
    ADD_FAILURE() << f.error().to_string();
    return listing;
  }
  Result<oracle::Disassembler> dis = oracle::Disassembler::create();
  if (!dis.ok()) {
    ADD_FAILURE() << dis.error().to_string();
    return listing;
  }
  // The trap stubs (`ud2`s) after the body are out-of-line code: leave them out.
  uint32_t end = f->code_size;
  while (end >= 2 && f->code[end - 2] == 0x0f && f->code[end - 1] == 0x0b) end -= 2;
  for (const oracle::DecodedInsn& insn :
       dis->decode_all(std::span<const uint8_t>(f->code).first(end), 0, nullptr)) {
    listing.lines.push_back(insn.text());
  }
  return listing;
}

}  // namespace tandem::baseline::testing
