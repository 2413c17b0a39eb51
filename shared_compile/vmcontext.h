// The VMContext: the per-instance block that compiled code reaches through
// r14 (abi.h). Both backends compute field offsets only through
// VMContextLayout; the runner allocates and fills the block with the same
// layout. Nothing here is a C++ struct that code reads by member, so the
// layout is one definition, not two that must agree.
//
//   0   memory_base    u8*     base of linear memory 0 (never moves: the
//                              runner reserves the maximum up front)
//   8   memory_length  u64     current length in bytes
//   16  stack_limit    u64     lowest rsp wasm code may use (abi.h)
//   24  instance       void*   runner-private back pointer for libcalls
//   32  imported funcs [n]     {code: void*, vmctx: VMContext*}, 16 bytes each
//   ..  globals        [n]     u64* to the global's 16-byte cell (imported or not,
//                              so an imported mutable global is shared)
//   ..  tables         [n]     {elements: u64*, length: u64}, 16 bytes each; the
//                              runner updates every instance sharing a table
//                              when it grows
//   ..  func refs      [n]     VMFuncRef* for every function in the index space
//   ..  type ids       [n]     u32 canonical signature id per type index (equal
//                              ids <=> equal function types, across instances)
//
// Memory 0 is likewise shared: the runner updates memory_base/length in every
// instance that imports it when it grows.
//
// Table elements: a funcref is a VMFuncRef* (null is 0); an externref is the
// host's 64-bit value (null is 0).
#pragma once

#include <cstdint>

#include "wasm/module.h"

namespace tandem::compile {

// What a funcref points to. 24 bytes, field offsets below.
struct VMFuncRef {
  const void* code;  // entry, wasm calling convention
  uint64_t type_id;  // canonical signature id
  void* vmctx;       // the VMContext the function runs with
};
inline constexpr int32_t kFuncRefCode = 0;
inline constexpr int32_t kFuncRefTypeId = 8;
inline constexpr int32_t kFuncRefVmctx = 16;

inline constexpr int32_t kVmctxMemoryBase = 0;
inline constexpr int32_t kVmctxMemoryLength = 8;
inline constexpr int32_t kVmctxStackLimit = 16;
inline constexpr int32_t kVmctxInstance = 24;
inline constexpr int32_t kVmctxHeaderSize = 32;

// Size of a global's cell; the value sits in its low bytes.
inline constexpr uint32_t kGlobalCellSize = 16;

class VMContextLayout {
 public:
  VMContextLayout() = default;
  explicit VMContextLayout(const wasm::Module& module);

  int32_t imported_func_code(uint32_t func_index) const { return imported_funcs_ + 16 * func_index; }
  int32_t imported_func_vmctx(uint32_t func_index) const { return imported_funcs_ + 16 * func_index + 8; }
  int32_t global_ptr(uint32_t global_index) const { return globals_ + 8 * global_index; }
  int32_t table_elements(uint32_t table_index) const { return tables_ + 16 * table_index; }
  int32_t table_length(uint32_t table_index) const { return tables_ + 16 * table_index + 8; }
  int32_t func_ref(uint32_t func_index) const { return func_refs_ + 8 * func_index; }
  int32_t type_id(uint32_t type_index) const { return type_ids_ + 4 * type_index; }
  uint32_t size() const { return size_; }

 private:
  int32_t imported_funcs_ = kVmctxHeaderSize;
  int32_t globals_ = kVmctxHeaderSize;
  int32_t tables_ = kVmctxHeaderSize;
  int32_t func_refs_ = kVmctxHeaderSize;
  int32_t type_ids_ = kVmctxHeaderSize;
  uint32_t size_ = kVmctxHeaderSize;
};

}  // namespace tandem::compile
