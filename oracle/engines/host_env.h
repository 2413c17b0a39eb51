// The host side every engine links against: the spec's `spectest` module,
// logging host functions, and the trace of host calls that engines compare.
// Engines materialize these descriptions in their own store; the behaviour
// (what a call logs and returns) is defined once, here.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "oracle/engines/value.h"
#include "wasm/module.h"

namespace tandem::oracle {

// One host call as it appears in the trace: which import and its arguments.
struct HostCallRecord {
  uint32_t func = 0;  // HostEnv function id
  std::vector<Value> args;
  bool operator==(const HostCallRecord&) const = default;
};

struct HostFunc {
  std::string module;
  std::string name;
  wasm::FuncType type;
};

struct HostGlobal {
  std::string module;
  std::string name;
  wasm::GlobalType type;
  Value value;
};

struct HostTable {
  std::string module;
  std::string name;
  wasm::TableType type;
};

struct HostMemory {
  std::string module;
  std::string name;
  wasm::MemoryType type;
};

class HostEnv {
 public:
  // The spectest module: print*, global_{i32,i64,f32,f64}, table, memory.
  static HostEnv spectest();
  // No predefined host module; with stub_unknown_imports, every function
  // import is satisfied by a logging stub returning zeros.
  static HostEnv empty();

  // When set, a function import no host module provides is satisfied by a
  // stub that logs its arguments and returns zeros of its result types.
  void set_stub_unknown_imports(bool on) { stub_unknown_imports_ = on; }
  bool stub_unknown_imports() const { return stub_unknown_imports_; }

  // Resolution by (module, name). A function is found if it exists with that
  // exact type, or, with stubbing on, created as a stub.
  std::optional<uint32_t> resolve_func(std::string_view module, std::string_view name, const wasm::FuncType& type);
  const HostGlobal* find_global(std::string_view module, std::string_view name) const;
  const HostTable* find_table(std::string_view module, std::string_view name) const;
  const HostMemory* find_memory(std::string_view module, std::string_view name) const;
  const HostFunc& func(uint32_t id) const { return funcs_[id]; }
  // Any function of the host module by name, whatever its type (for
  // reporting a signature mismatch as unlinkable).
  bool has_func_named(std::string_view module, std::string_view name) const;

  // Performs a host call: records it in the trace and writes the results
  // (zeros for every host function of the feature scope's test modules).
  void call(uint32_t func, std::span<const Value> args, std::span<Value> results);

  // A call a runtime performed itself (the native engines' host functions
  // run next to the code, possibly in the executor process).
  void record(HostCallRecord call) { trace_.push_back(std::move(call)); }
  uint32_t num_funcs() const { return static_cast<uint32_t>(funcs_.size()); }

  const std::vector<HostCallRecord>& trace() const { return trace_; }
  void clear_trace() { trace_.clear(); }

 private:
  std::vector<HostFunc> funcs_;
  std::vector<HostGlobal> globals_;
  std::vector<HostTable> tables_;
  std::vector<HostMemory> memories_;
  std::vector<HostCallRecord> trace_;
  bool stub_unknown_imports_ = false;
};

}  // namespace tandem::oracle
