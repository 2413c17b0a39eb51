// Runtime: where a linked module is instantiated and its functions run. Two
// implementations: Store (runner/store.h) runs them in this process, and
// ExecutorClient (runner/executor.h) in a sandboxed executor process. The
// native engine talks to either through this interface, so the two paths
// share every line of import checking and instantiation (Store is what the
// executor runs on its side).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "runner/entry.h"
#include "shared_compile/code_image.h"
#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::runner {

// One import of a module, resolved by the caller against what it knows
// statically (registered instances' exports and their types, the host
// environment). What only the runtime knows — a memory's or table's current
// size, a global's mutability — the runtime checks when it binds the import.
struct ImportBinding {
  enum class Kind : uint8_t {
    Export,      // export `index` (in its kind's index space) of registered instance `instance`
    HostFunc,    // host function `index`: logs its arguments and returns zeros
    HostMemory,  // one host object per `key` per runtime, created on first use
    HostTable,
    HostGlobal,  // with `global_bits` as its value
    Unlinkable,  // `message` says why
  };
  Kind kind = Kind::Unlinkable;
  uint32_t instance = 0;
  uint32_t index = 0;
  std::string key;  // "module.name", also used in messages
  wasm::MemoryType memory;
  wasm::TableType table;
  wasm::GlobalType global;
  uint64_t global_bits = 0;
  std::string message;
};

struct Instantiation {
  enum class Status : uint8_t {
    Ok,
    Unlinkable,      // an import failed its check
    Refused,         // a resource limit (memory or table size) or a runtime failure
    Uninstantiable,  // initialization did not complete: see `start`
  };
  Status status = Status::Ok;
  uint32_t id = 0;  // Ok: instance ids count the successful instantiations
  std::string message;
  CallResult start;
};

// A host call as the runtime records it: the host function id and one word
// per argument (references as call_wasm passes them).
struct HostCallWords {
  uint32_t func = 0;
  std::vector<uint64_t> args;
};

class Runtime {
 public:
  virtual ~Runtime() = default;

  // `module` and `image` must stay alive and unchanged until reset().
  virtual Instantiation instantiate(const wasm::Module& module, std::span<const uint8_t> wasm_bytes,
                                    const compile::CodeImage& image, std::span<const ImportBinding> imports) = 0;

  // Calls function `func_index` of instance `id`. A crash or timeout of the
  // code is a CallResult, never an error; PCs are given as addresses in
  // `image` (the caller's copy) when they fall inside generated code.
  virtual CallResult call(uint32_t id, uint32_t func_index, std::span<const uint64_t> args,
                          std::span<uint64_t> results) = 0;

  // State after the last call: a global cell's value (both words of the
  // cell: a v128's halves, low first; other types use the first) and the
  // instance's memory (empty if it has none). The span stays valid until
  // the next call into this runtime.
  virtual std::array<uint64_t, 2> global_words(uint32_t id, uint32_t global_index) = 0;
  virtual std::span<const uint8_t> memory(uint32_t id) = 0;

  // Host calls since the last take, in order.
  virtual void take_host_calls(std::vector<HostCallWords>& out) = 0;

  // Drops every instance and host object.
  virtual void reset() = 0;

  // Set after a call or instantiation that lost the runtime's state (the
  // executor died): a sentence for the outcome. Empty otherwise.
  virtual const std::string& failure_detail() const = 0;
};

}  // namespace tandem::runner
