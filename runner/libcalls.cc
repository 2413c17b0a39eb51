// Bulk memory and table operators that compiled code does not inline. Each
// receives the caller's VMContext; the trapping ones return 1 instead of
// trapping, so the caller traps at its own site with the exact wasm offset.
#include "runner/libcalls.h"

#include <cstring>

#include "runner/instance.h"

namespace tandem::runner {
namespace {

// Bounds in 64 bits: a 32-bit start plus a 32-bit length never wraps.
bool in_bounds(uint64_t start, uint64_t len, uint64_t size) { return start + len <= size; }

extern "C" {

uint32_t tandem_memory_grow(void* vmctx, uint32_t delta) {
  Instance* inst = Instance::from_vmctx(vmctx);
  return static_cast<uint32_t>(inst->memory()->grow(delta));
}

uint32_t tandem_memory_fill(void* vmctx, uint32_t dst, uint32_t value, uint32_t len) {
  LinearMemory& mem = *Instance::from_vmctx(vmctx)->memory();
  if (!in_bounds(dst, len, mem.length())) return 1;
  std::memset(mem.base() + dst, static_cast<int>(value & 0xff), len);
  return 0;
}

uint32_t tandem_memory_copy(void* vmctx, uint32_t dst, uint32_t src, uint32_t len) {
  LinearMemory& mem = *Instance::from_vmctx(vmctx)->memory();
  if (!in_bounds(dst, len, mem.length()) || !in_bounds(src, len, mem.length())) return 1;
  std::memmove(mem.base() + dst, mem.base() + src, len);
  return 0;
}

uint32_t tandem_memory_init(void* vmctx, uint32_t segment, uint32_t dst, uint32_t src, uint32_t len) {
  Instance* inst = Instance::from_vmctx(vmctx);
  std::span<const uint8_t> data = inst->data_segment(segment);
  LinearMemory* mem = inst->memory().get();
  uint64_t mem_len = mem ? mem->length() : 0;
  if (!in_bounds(src, len, data.size()) || !in_bounds(dst, len, mem_len)) return 1;
  if (len) std::memcpy(mem->base() + dst, data.data() + src, len);
  return 0;
}

void tandem_data_drop(void* vmctx, uint32_t segment) { Instance::from_vmctx(vmctx)->drop_data(segment); }

uint32_t tandem_table_grow(void* vmctx, uint32_t table, uint64_t init, uint32_t delta) {
  return static_cast<uint32_t>(Instance::from_vmctx(vmctx)->table(table)->grow(delta, init));
}

uint32_t tandem_table_fill(void* vmctx, uint32_t table, uint32_t dst, uint64_t value, uint32_t len) {
  Table& t = *Instance::from_vmctx(vmctx)->table(table);
  if (!in_bounds(dst, len, t.size())) return 1;
  for (uint64_t i = 0; i < len; ++i) t.set(static_cast<uint32_t>(dst + i), value);
  return 0;
}

uint32_t tandem_table_copy(void* vmctx, uint32_t dst_table, uint32_t src_table, uint32_t dst, uint32_t src,
                           uint32_t len) {
  Instance* inst = Instance::from_vmctx(vmctx);
  Table& d = *inst->table(dst_table);
  Table& s = *inst->table(src_table);
  if (!in_bounds(dst, len, d.size()) || !in_bounds(src, len, s.size())) return 1;
  if (len) std::memmove(d.elements() + dst, s.elements() + src, sizeof(uint64_t) * len);
  return 0;
}

uint32_t tandem_table_init(void* vmctx, uint32_t table, uint32_t segment, uint32_t dst, uint32_t src, uint32_t len) {
  Instance* inst = Instance::from_vmctx(vmctx);
  Table& t = *inst->table(table);
  std::span<const uint64_t> items = inst->elem_segment(segment);
  if (!in_bounds(src, len, items.size()) || !in_bounds(dst, len, t.size())) return 1;
  for (uint64_t i = 0; i < len; ++i) t.set(static_cast<uint32_t>(dst + i), items[src + i]);
  return 0;
}

void tandem_elem_drop(void* vmctx, uint32_t segment) { Instance::from_vmctx(vmctx)->drop_elem(segment); }

}  // extern "C"

compile::LibcallTable make_table() {
  compile::LibcallTable t;
  using compile::LibCall;
  auto set = [&t](LibCall c, const void* p) { t.address[static_cast<size_t>(c)] = p; };
  set(LibCall::MemoryGrow, reinterpret_cast<const void*>(&tandem_memory_grow));
  set(LibCall::MemoryFill, reinterpret_cast<const void*>(&tandem_memory_fill));
  set(LibCall::MemoryCopy, reinterpret_cast<const void*>(&tandem_memory_copy));
  set(LibCall::MemoryInit, reinterpret_cast<const void*>(&tandem_memory_init));
  set(LibCall::DataDrop, reinterpret_cast<const void*>(&tandem_data_drop));
  set(LibCall::TableGrow, reinterpret_cast<const void*>(&tandem_table_grow));
  set(LibCall::TableFill, reinterpret_cast<const void*>(&tandem_table_fill));
  set(LibCall::TableCopy, reinterpret_cast<const void*>(&tandem_table_copy));
  set(LibCall::TableInit, reinterpret_cast<const void*>(&tandem_table_init));
  set(LibCall::ElemDrop, reinterpret_cast<const void*>(&tandem_elem_drop));
  return t;
}

}  // namespace

const compile::LibcallTable& runtime_libcalls() {
  static const compile::LibcallTable table = make_table();
  return table;
}

}  // namespace tandem::runner
