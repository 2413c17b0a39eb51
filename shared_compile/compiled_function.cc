#include "shared_compile/compiled_function.h"

#include <fmt/format.h>

#include "shared_compile/code_buffer.h"

namespace tandem::compile {

const char* reloc_kind_name(RelocKind kind) {
  switch (kind) {
    case RelocKind::CallRel32: return "call_rel32";
    case RelocKind::Abs64: return "abs64";
  }
  return "?";
}

std::string RelocTarget::to_string() const {
  switch (kind) {
    case Kind::Function: return fmt::format("func {}", index);
    case Kind::LibCall:
      if (index < kNumLibCalls) return fmt::format("libcall {}", libcall_symbol(static_cast<LibCall>(index)));
      return fmt::format("libcall #{}", index);
  }
  return "?";
}

CompiledFunction build_compiled_function(const FinishedCode& code, uint32_t func_index, Backend backend,
                                         uint32_t frame_size) {
  CompiledFunction f;
  f.func_index = func_index;
  f.backend = backend;
  f.code.assign(code.bytes.begin(), code.bytes.end());
  f.code_size = code.code_size;
  f.alignment = code.alignment;
  f.relocations.assign(code.relocations.begin(), code.relocations.end());
  f.trap_sites.assign(code.trap_sites.begin(), code.trap_sites.end());
  f.source_locs.assign(code.source_locs.begin(), code.source_locs.end());
  f.frame_size = frame_size;
  return f;
}

}  // namespace tandem::compile
