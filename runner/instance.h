// An instance of a module over a CodeImage: its VMContext, memory, tables,
// globals and function references, initialized as the spec's instantiation
// does (element segments, then data segments, then the start function).
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "runner/entry.h"
#include "runner/memory.h"
#include "runner/table.h"
#include "shared_compile/code_image.h"
#include "shared_compile/vmcontext.h"
#include "wasm/limits.h"
#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::runner {

// A global's storage, shared by reference when imported.
struct GlobalCell {
  alignas(16) uint64_t bits[2] = {0, 0};
  wasm::GlobalType type;
};

// What an instance imports, resolved and type-checked by the caller, one
// entry per import of each kind in module order.
struct InstanceImports {
  std::vector<const compile::VMFuncRef*> funcs;
  std::vector<std::shared_ptr<LinearMemory>> memories;
  std::vector<std::shared_ptr<Table>> tables;
  std::vector<std::shared_ptr<GlobalCell>> globals;
};

// Resource limits applied alike to every engine (the interpreter too:
// oracle/engines/interp_engine.h). Growth past them returns -1.
struct InstanceLimits {
  uint64_t max_memory_pages = wasm::limit_value(wasm::Limit::MemoryPages);
  uint64_t max_table_size = wasm::limit_value(wasm::Limit::TableSize);
  // Wall-clock milliseconds an outermost call (start function included)
  // may run before it ends as CallResult::Status::TimedOut; 0: no limit.
  uint32_t call_deadline_ms = 0;
  // Host calls one outermost call (or an instantiation) may make; the
  // next one traps with host_error. 0: no limit. A probed copy
  // (generator/probes.h) calls the host for every value it computes: in a
  // loop, millions of calls, where the first difference almost always
  // comes early. Every engine stops at the same call unless they differ.
  uint32_t max_host_calls = 0;
};

class Instance {
 public:
  ~Instance();
  Instance(const Instance&) = delete;
  Instance& operator=(const Instance&) = delete;

  // Creates the instance and runs its initialization. The result is either
  // an instance, an error (resource limits), or — inside `start_result` — a
  // trap during segment initialization or the start function: the spec's
  // "uninstantiable", whose side effects on imported memories and tables
  // persist.
  struct Created {
    std::unique_ptr<Instance> instance;
    CallResult start_result;  // status Returned when initialization completed
  };
  static Result<Created> create(const wasm::Module& module, const compile::CodeImage& image, InstanceImports imports,
                                const InstanceLimits& limits);

  const wasm::Module& module() const { return *module_; }
  void* vmctx() { return vmctx_.get(); }
  const compile::CodeImage& image() const { return *image_; }

  // Calls function `func_index` (index space) with one word per value.
  CallResult call(uint32_t func_index, std::span<const uint64_t> args, std::span<uint64_t> results);

  const compile::VMFuncRef* funcref(uint32_t func_index) const { return funcrefs_[func_index]; }
  const std::shared_ptr<LinearMemory>& memory() const { return memory_; }
  const std::shared_ptr<Table>& table(uint32_t index) const { return tables_[index]; }
  const std::shared_ptr<GlobalCell>& global(uint32_t index) const { return globals_[index]; }
  size_t num_tables() const { return tables_.size(); }
  size_t num_globals() const { return globals_.size(); }

  // Called by memories and tables when they grow.
  void on_memory_changed();
  void on_tables_changed();

  // Runtime state the libcalls use.
  std::span<const uint8_t> data_segment(uint32_t index) const;
  void drop_data(uint32_t index) { dropped_data_[index] = true; }
  std::span<const uint64_t> elem_segment(uint32_t index) const;
  void drop_elem(uint32_t index) { elem_values_[index].clear(); }

  static Instance* from_vmctx(void* vmctx);

 private:
  Instance() = default;
  Status initialize(const wasm::Module& module, InstanceImports imports, const InstanceLimits& limits);
  uint64_t eval_const(const wasm::ConstExpr& expr) const;
  CallResult run_initializers();
  template <class T>
  T& at(int32_t offset) {
    return *reinterpret_cast<T*>(vmctx_.get() + offset);
  }

  const wasm::Module* module_ = nullptr;
  const compile::CodeImage* image_ = nullptr;
  compile::VMContextLayout layout_;
  struct FreeDeleter {
    void operator()(uint8_t* p) const { std::free(p); }
  };
  std::unique_ptr<uint8_t, FreeDeleter> vmctx_;
  std::shared_ptr<LinearMemory> memory_;
  std::vector<std::shared_ptr<Table>> tables_;
  std::vector<std::shared_ptr<GlobalCell>> globals_;
  std::vector<compile::VMFuncRef> own_funcrefs_;     // defined functions; never resized after creation
  std::vector<const compile::VMFuncRef*> funcrefs_;  // the whole index space
  std::vector<std::vector<uint64_t>> elem_values_;   // resolved items; empty once dropped
  std::vector<bool> dropped_data_;
  uint32_t call_deadline_ms_ = 0;
};

}  // namespace tandem::runner
