// A second voice on modules: tandem's own decoder and validator
// (wasm::decode_and_validate). It judges modules only: "instantiating" means
// decoding and validating, nothing links and nothing runs, so invoke and the
// state readers are Unsupported errors. The spec runner holds it to
// module-level assertions (EngineTraits::runs_code is false for it).
#pragma once

#include "oracle/engines/engine.h"

namespace tandem::oracle {

class ValidatorEngine final : public Engine {
 public:
  explicit ValidatorEngine(HostEnv* host) : Engine(host) {}

  std::string_view name() const override { return "validator"; }
  // Ok for a module that decodes and validates; Malformed, Invalid or
  // Unsupported (a feature outside the scope) with the validator's message
  // otherwise. An error of any other kind is a bug in wasm/ and comes back
  // as CompilerError, which no assertion accepts.
  InstantiateResult instantiate(std::span<const uint8_t> wasm) override;
  Status register_instance(InstanceId id, std::string_view module_name) override;
  Result<Outcome> invoke(InstanceId id, std::string_view export_name, std::span<const Value> args) override;
  Result<Value> read_global(InstanceId id, std::string_view export_name) override;
  Result<std::span<const uint8_t>> read_memory(InstanceId id, std::string_view export_name) override;
  void reset() override { accepted_ = 0; }

 private:
  uint32_t accepted_ = 0;  // modules accepted since the last reset; ids are 0..accepted_-1
};

}  // namespace tandem::oracle
