// Native engines: modules compiled by the baseline backend, the optimizing
// backend, or a mix (each function from either), linked into a CodeImage and
// run by runner/. The same class serves all three; NativeConfig says which.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "oracle/engines/engine.h"
#include "runner/instance.h"
#include "runner/runtime.h"
#include "shared_compile/compiled_function.h"
#include "shared_compile/compiler.h"

namespace tandem::oracle {

struct NativeConfig {
  enum class Mode : uint8_t { Baseline, Optimizing, Mixed };
  Mode mode = Mode::Baseline;
  // Mixed: function i is compiled by the optimizing backend when bit (i % 64)
  // is set, else by the baseline. The default alternates.
  uint64_t mixed_mask = 0xaaaaaaaaaaaaaaaaull;
  // "name=value" settings. A single-backend engine refuses what its backend
  // does not accept; a mixed one gives each backend what it accepts.
  std::vector<std::string> settings;
  runner::InstanceLimits limits;
  std::string name;  // defaults to the mode's name
  // The compile-work budgets, in percent of compile_stages.def's limits.
  uint32_t compile_budget_percent = 100;
  // Run the code in this process (for gdb, and as the reference the
  // executor is tested against) instead of in a sandboxed executor process.
  bool in_process = false;
};

struct NativeInstance;

class NativeEngine final : public Engine {
 public:
  // Errors: a setting that is unknown, refused, or has a bad value.
  static Result<std::unique_ptr<NativeEngine>> create(HostEnv* host, NativeConfig config);
  ~NativeEngine() override;

  std::string_view name() const override { return name_; }
  InstantiateResult instantiate(std::span<const uint8_t> wasm) override;
  Status register_instance(InstanceId id, std::string_view module_name) override;
  Result<Outcome> invoke(InstanceId id, std::string_view export_name, std::span<const Value> args) override;
  Result<Value> read_global(InstanceId id, std::string_view export_name) override;
  Result<std::span<const uint8_t>> read_memory(InstanceId id, std::string_view export_name) override;
  void reset() override;

  // What the compilers produced for an instance, for the table checks.
  const std::vector<compile::CompiledFunction>* compiled_functions(InstanceId id) const;
  // Compiles the instance's module again with the same compilers (whose
  // scratch state has moved on): the determinism check.
  Result<std::vector<compile::CompiledFunction>> compile_again(InstanceId id);
  const compile::CodeImage* code_image(InstanceId id) const;
  const wasm::Module* module(InstanceId id) const;
  const compile::Settings& settings(compile::Backend backend) const;
  const NativeConfig& config() const { return config_; }

 private:
  struct Impl;
  NativeEngine(HostEnv* host, NativeConfig config);
  Status compile_module(const wasm::Module& m, std::vector<compile::CompiledFunction>& out);
  // Fills impl_->bindings from the registered instances and the host
  // environment; or says why an import cannot link.
  std::optional<std::string> bind_imports(const wasm::Module& m);
  // Moves the runtime's host calls into the host environment's trace.
  void drain_host_calls();
  Outcome outcome_of(const runner::CallResult& r, const NativeInstance& ni) const;
  std::string where(const runner::CallResult& r, const NativeInstance& ni) const;
  NativeConfig config_;
  std::string name_;
  std::unique_ptr<Impl> impl_;
};

const char* native_mode_name(NativeConfig::Mode mode);

}  // namespace tandem::oracle
