// Linker: lays CompiledFunctions out into an executable CodeImage and
// resolves their relocations; or writes them as an ELF relocatable object
// that objdump -d and readelf -r read. Functions may come from either backend
// (a mixed image): they share the calling convention of abi.h.
#pragma once

#include <array>
#include <span>
#include <string>
#include <vector>

#include "shared_compile/code_image.h"
#include "shared_compile/compiled_function.h"
#include "shared_compile/libcall.h"
#include "wasm/result.h"

namespace tandem::compile {

// Where each libcall lives in this process. The pure ones are filled in by
// default; the runner supplies the ones that touch instance state.
struct LibcallTable {
  std::array<const void*, kNumLibCalls> address{};
  LibcallTable();
};

class Linker {
 public:
  explicit Linker(const LibcallTable& libcalls) : libcalls_(&libcalls) {}

  // Links `functions` (one per defined function, any order, any backend)
  // into `image`, reusing its mapping when it is large enough: the fuzzing
  // hot path links one image per input. A relocation to a function not in
  // the list, or to a libcall without an address, is an Internal error.
  Status link(std::span<const CompiledFunction> functions, CodeImage& image) const;

  // Maps an image linked elsewhere: its bytes, functions and trap sites as
  // another CodeImage holds them. The executor loads its harness's images
  // this way: a linked image is position-independent (calls are relative,
  // jump tables hold offsets) except for libcall addresses, which a forked
  // executor shares with its harness.
  Status load(std::span<const uint8_t> bytes, std::span<const ImageFunction> functions,
              std::span<const ImageTrapSite> traps, CodeImage& image) const;

 private:
  const LibcallTable* libcalls_;
};

// The layout the linker uses: offset of each function in the image, in the
// order given. Shared with the ELF writer so both agree byte for byte.
std::vector<uint32_t> layout_functions(std::span<const CompiledFunction> functions, uint32_t* total_size);

// Symbol name of a function in images and objects: "wasm_f3_baseline".
std::string function_symbol(const CompiledFunction& f);

// An ELF64 relocatable object (ET_REL, x86-64): one .text with every
// function at its linked offset, a STT_FUNC symbol each, undefined symbols
// for libcalls, and .rela.text with R_X86_64_PLT32 (direct calls) and
// R_X86_64_64 (libcall addresses) for every relocation.
std::vector<uint8_t> write_elf_object(std::span<const CompiledFunction> functions);

}  // namespace tandem::compile
