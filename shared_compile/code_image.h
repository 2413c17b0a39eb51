// CodeImage: the linked, executable code of one module. Functions are laid
// out at aligned offsets, relocations resolved, and the mapping made
// read+execute (W^X: it is never writable and executable at once). The trap
// table is kept sorted for PC lookup by the runner's signal handler, which
// reads it without locks or allocation.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "shared_compile/compiled_function.h"
#include "shared_compile/trap_code.h"
#include "wasm/result.h"

namespace tandem::compile {

struct ImageFunction {
  uint32_t func_index = 0;
  uint32_t offset = 0;  // from the image base
  uint32_t size = 0;    // code_size: instructions only
  Backend backend = Backend::Baseline;
};

struct ImageTrapSite {
  uint32_t offset = 0;  // from the image base
  TrapCode code = TrapCode::Unreachable;
  uint32_t wasm_offset = 0;
  uint32_t func_index = 0;
};

class CodeImage {
 public:
  CodeImage() = default;
  ~CodeImage();
  CodeImage(CodeImage&& other) noexcept;
  CodeImage& operator=(CodeImage&& other) noexcept;
  CodeImage(const CodeImage&) = delete;
  CodeImage& operator=(const CodeImage&) = delete;

  const uint8_t* base() const { return base_; }
  size_t size() const { return size_; }
  bool contains(uintptr_t pc) const {
    return pc >= reinterpret_cast<uintptr_t>(base_) && pc < reinterpret_cast<uintptr_t>(base_) + size_;
  }

  // Entry of a defined function (index space index), or nullptr.
  const void* function_entry(uint32_t func_index) const;
  const ImageFunction* function_containing(uintptr_t pc) const;
  // The trap site at exactly `pc`, or nullptr. Async-signal-safe.
  const ImageTrapSite* trap_at(uintptr_t pc) const;

  std::span<const ImageFunction> functions() const { return functions_; }
  std::span<const ImageTrapSite> trap_sites() const { return traps_; }

 private:
  friend class Linker;
  void release();
  // A read-write mapping of at least `needed` bytes (page-rounded), the
  // current one if it is large enough.
  Status map_writable(size_t needed);

  uint8_t* base_ = nullptr;
  size_t size_ = 0;                       // bytes in use
  size_t capacity_ = 0;                   // bytes mapped
  std::vector<ImageFunction> functions_;  // sorted by offset
  std::vector<int32_t> entry_by_func_;    // func index -> position in functions_, or -1
  std::vector<ImageTrapSite> traps_;      // sorted by offset
};

}  // namespace tandem::compile
