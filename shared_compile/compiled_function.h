// CompiledFunction: what a backend returns for one function, built from a
// finalized CodeBuffer by the one constructor both backends share. Its tables
// are what the oracle checks with Capstone and what the linker resolves.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "shared_compile/libcall.h"
#include "shared_compile/settings.h"
#include "shared_compile/trap_code.h"

namespace tandem::compile {

enum class RelocKind : uint8_t {
  CallRel32,  // a 4-byte PC-relative displacement of a `call rel32`; value = target - (offset + 4)
  Abs64,      // an 8-byte absolute address, the immediate of a `movabs r64, imm64`
};
const char* reloc_kind_name(RelocKind kind);

struct RelocTarget {
  enum class Kind : uint8_t { Function, LibCall };
  Kind kind = Kind::Function;
  uint32_t index = 0;  // function index (index space) or LibCall value

  static RelocTarget function(uint32_t func_index) { return {Kind::Function, func_index}; }
  static RelocTarget libcall(LibCall call) { return {Kind::LibCall, static_cast<uint32_t>(call)}; }
  bool operator==(const RelocTarget&) const = default;
  std::string to_string() const;  // "func 3" / "libcall tandem_memory_grow"
};

struct Relocation {
  uint32_t offset = 0;       // of the patched field, from the start of the function
  uint32_t insn_offset = 0;  // of the instruction containing the field
  RelocKind kind = RelocKind::CallRel32;
  RelocTarget target;
  bool operator==(const Relocation&) const = default;
};

struct TrapSite {
  uint32_t code_offset = 0;  // start of the instruction that faults (ud2, or a guarded access)
  TrapCode code = TrapCode::Unreachable;
  uint32_t wasm_offset = 0;  // byte offset of the wasm operator in the module
  bool operator==(const TrapSite&) const = default;
};

struct SourceLoc {
  uint32_t code_start = 0;  // [code_start, code_end) of the function's code
  uint32_t code_end = 0;
  uint32_t wasm_offset = 0;
  bool operator==(const SourceLoc&) const = default;
};

struct CompiledFunction {
  uint32_t func_index = 0;  // index space index
  Backend backend = Backend::Baseline;
  std::vector<uint8_t> code;  // instructions, then the constant pool
  uint32_t code_size = 0;     // bytes of instructions; [code_size, code.size()) is constant data
  uint32_t alignment = 16;
  std::vector<Relocation> relocations;  // sorted by offset
  std::vector<TrapSite> trap_sites;     // sorted by code_offset
  std::vector<SourceLoc> source_locs;   // sorted by code_start
  uint32_t frame_size = 0;              // bytes below the saved rbp

  bool operator==(const CompiledFunction&) const = default;
};

struct FinishedCode;  // code_buffer.h

// The one constructor both backends use: a CompiledFunction holding a copy of
// a finalized CodeBuffer's bytes and tables. The frame size is the backend's.
CompiledFunction build_compiled_function(const FinishedCode& code, uint32_t func_index, Backend backend,
                                         uint32_t frame_size);

}  // namespace tandem::compile
