// The reference voice: wabt's interpreter (wabt::interp) behind the Engine
// interface. It decodes with exactly the feature scope, links imports against
// registered instances and then the HostEnv, and reports traps with the
// TrapCode that wabt's trap message names.
//
// Modules that need a proposal outside the scope (threads, ...) are
// refused as Unsupported, not as malformed, so that a caller can tell "this
// engine cannot judge it" from "it is broken".
//
// Traps carry no wasm offset: wabt's interpreter only knows positions in its
// own compiled code. Its call and value stack limits come back as
// Outcome::Kind::Exhausted.
//
// tandem's implementation limits hold here as on the native engines: a
// module past one of the decoder's (wasm/limits.def) is refused as
// LimitExceeded, and tables and memories grow no further than the
// InstanceLimits the native engines are given.
#pragma once

#include <memory>

#include "oracle/engines/engine.h"
#include "runner/instance.h"

namespace tandem::oracle {

class InterpEngine final : public Engine {
 public:
  explicit InterpEngine(HostEnv* host, const runner::InstanceLimits& limits = {});
  ~InterpEngine() override;
  InterpEngine(const InterpEngine&) = delete;
  InterpEngine& operator=(const InterpEngine&) = delete;

  std::string_view name() const override { return "interp"; }
  InstantiateResult instantiate(std::span<const uint8_t> wasm) override;
  Status register_instance(InstanceId id, std::string_view module_name) override;
  Result<Outcome> invoke(InstanceId id, std::string_view export_name, std::span<const Value> args) override;
  Result<Value> read_global(InstanceId id, std::string_view export_name) override;
  Result<std::span<const uint8_t>> read_memory(InstanceId id, std::string_view export_name) override;
  // Drops instances, registrations and this session's host tables, memories
  // and globals (they hold state); keeps the store and the host functions,
  // and garbage-collects the rest.
  void reset() override;

 private:
  struct Impl;  // keeps wabt's headers out of every user of this one
  std::unique_ptr<Impl> impl_;
};

}  // namespace tandem::oracle
