// Store: the in-process Runtime. It binds imports (checking what only the
// runtime knows), creates instances over caller-owned modules and images,
// owns the host objects imports bind to, and records host calls. The
// executor process runs one Store on its side of the channel.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "runner/host_function.h"
#include "runner/instance.h"
#include "runner/runtime.h"

namespace tandem::runner {

class Store final : public Runtime {
 public:
  explicit Store(const InstanceLimits& limits);
  ~Store() override;

  Instantiation instantiate(const wasm::Module& module, std::span<const uint8_t> wasm_bytes,
                            const compile::CodeImage& image, std::span<const ImportBinding> imports) override;
  CallResult call(uint32_t id, uint32_t func_index, std::span<const uint64_t> args,
                  std::span<uint64_t> results) override;
  std::array<uint64_t, 2> global_words(uint32_t id, uint32_t global_index) override;
  std::span<const uint8_t> memory(uint32_t id) override;
  void take_host_calls(std::vector<HostCallWords>& out) override;
  void reset() override;
  const std::string& failure_detail() const override { return no_failure_; }

  size_t num_instances() const { return instances_.size(); }
  void set_limits(const InstanceLimits& limits) { limits_ = limits; }
  Instance& instance(uint32_t id) { return *instances_[id]; }

 private:
  class RecordingHostFunction;
  InstanceLimits limits_;
  std::vector<std::unique_ptr<Instance>> instances_;
  // Uninstantiable instances: segments written before the trap may point at
  // their functions from shared tables, so they live until reset().
  std::vector<std::unique_ptr<Instance>> failed_;
  std::map<uint32_t, std::unique_ptr<RecordingHostFunction>> host_funcs_;
  std::map<std::string, std::shared_ptr<LinearMemory>, std::less<>> host_memories_;
  std::map<std::string, std::shared_ptr<Table>, std::less<>> host_tables_;
  std::map<std::string, std::shared_ptr<GlobalCell>, std::less<>> host_globals_;
  std::vector<HostCallWords> host_calls_;
  std::string no_failure_;
};

}  // namespace tandem::runner
