// Engine: instantiate a module, invoke an export, read back final state.
// Implementations: the wabt interpreter (interp_engine.h) and native code
// from either backend or a mix of both (native_engine.h).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "oracle/engines/host_env.h"
#include "oracle/engines/value.h"
#include "shared_compile/compile_budget.h"
#include "wasm/result.h"

namespace tandem::oracle {

using InstanceId = uint32_t;

struct InstantiateResult {
  enum class Status : uint8_t {
    Ok,
    Malformed,       // the binary does not decode
    Invalid,         // it does not validate
    Unlinkable,      // an import is missing or has the wrong type
    Uninstantiable,  // a trap while initializing (segments out of bounds, start function)
    Unsupported,     // this engine cannot compile something in it
    CompilerError,   // a backend failed with an internal error: a compiler bug
    CompileBlowup,   // a compile stage went past its work budget: a compiler bug too
    LimitExceeded,   // past an implementation limit (wasm/limits.def): refused, judged by no engine
  };
  Status status = Status::Ok;
  // CompileBlowup: the stage (compile_stages.def), which names its backend.
  std::optional<compile::CompileStage> blowup_stage;
  // CompilerError: the wasm offset the backend's error names, when it names one.
  std::optional<uint32_t> error_offset;
  InstanceId id = 0;
  std::string message;
  Outcome trap;  // Uninstantiable: what the start function or initialization did
};
const char* instantiate_status_name(InstantiateResult::Status status);

class Engine {
 public:
  virtual ~Engine() = default;

  virtual std::string_view name() const = 0;

  // Decodes, validates, links (against registered instances, then the host
  // environment) and instantiates. Never crashes on bad input.
  virtual InstantiateResult instantiate(std::span<const uint8_t> wasm) = 0;

  // Makes an instance's exports importable under `module_name` (the spec's `register`).
  virtual Status register_instance(InstanceId id, std::string_view module_name) = 0;

  // Invokes an exported function. A missing export or argument-type mismatch
  // is an error value, not an outcome.
  virtual Result<Outcome> invoke(InstanceId id, std::string_view export_name, std::span<const Value> args) = 0;

  // Reads an exported global's current value.
  virtual Result<Value> read_global(InstanceId id, std::string_view export_name) = 0;

  // Reads an exported memory's current contents (its length is the size).
  virtual Result<std::span<const uint8_t>> read_memory(InstanceId id, std::string_view export_name) = 0;

  // Drops every instance and registration, keeping whatever can be reused
  // (stores, reservations): the fuzzing hot path calls this per input.
  virtual void reset() = 0;

  HostEnv& host() { return *host_; }

 protected:
  explicit Engine(HostEnv* host) : host_(host) {}
  HostEnv* host_;
};

}  // namespace tandem::oracle
