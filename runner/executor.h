// ExecutorClient: the Runtime that runs generated code in a separate
// executor process, so that wrong code cannot corrupt, stop or escape the
// harness. The executor is forked from the harness when first needed (so
// libcall addresses and the code of the runner are the same in both), then
// confines itself (runner/sandbox.h) and serves requests over a socket, with
// payloads and linear memories in a SharedArena. The harness keeps
// compiling and linking; the executor loads each linked image, instantiates
// and calls, with a Store.
//
// When the executor dies (a fault outside generated code, a forbidden system
// call, a resource limit) or stops answering, the request in flight ends as
// a crash or timeout whose detail says what killed it and where, mapped to
// the harness's image; every instance is lost until reset(), which starts a
// fresh executor on the next instantiation. Executors are also replaced
// after a crash inside generated code (whose stray stores may have hit the
// executor's heap) and after serving many modules.
#pragma once

#include <sys/types.h>

#include <memory>
#include <string>
#include <vector>

#include "runner/instance.h"
#include "runner/runtime.h"
#include "runner/sandbox.h"
#include "runner/shared_arena.h"
#include "runner/executor_protocol.h"

namespace tandem::runner {

struct ExecutorOptions {
  SandboxLimits sandbox;
  // How long past a call's deadline the harness waits for an answer before
  // it kills the executor (the executor ends a call at its deadline itself;
  // this catches code that blocks the deadline signal or loops outside
  // generated code). With no call deadline, requests wait without limit.
  uint32_t answer_grace_ms = 2000;
  // A fresh executor after this many instantiations, bounding what an
  // unnoticed stray store can do and the CPU time an executor accumulates.
  uint32_t recycle_after = 20000;
};

class ExecutorClient final : public Runtime {
 public:
  static Result<std::unique_ptr<ExecutorClient>> create(const ExecutorOptions& options);
  ~ExecutorClient() override;

  Instantiation instantiate(const wasm::Module& module, std::span<const uint8_t> wasm_bytes,
                            const compile::CodeImage& image, std::span<const ImportBinding> imports) override;
  CallResult call(uint32_t id, uint32_t func_index, std::span<const uint64_t> args,
                  std::span<uint64_t> results) override;
  uint64_t global_bits(uint32_t id, uint32_t global_index) override;
  std::span<const uint8_t> memory(uint32_t id) override;
  void take_host_calls(std::vector<HostCallWords>& out) override;
  void reset() override;
  const std::string& failure_detail() const override { return failure_; }

  // The limits of the instances created from now on (and the deadline the
  // watchdog allows a call): the user's, which may change between leases.
  void set_limits(const InstanceLimits& limits) { limits_ = limits; }

  // The running executor's pid, or -1 (for tests).
  pid_t executor_pid() const { return pid_; }
  // Executors started so far.
  uint64_t starts() const { return starts_; }

 private:
  explicit ExecutorClient(const ExecutorOptions& options) : options_(options) {}
  Status start();
  void stop();
  // Sends the request whose payload is already in the transfer buffer and
  // waits for the answer; on failure the executor is gone and failure_ says
  // why. `timeout_ms` < 0: no limit.
  bool exchange(protocol::Request type, size_t payload, int timeout_ms, wire::Reader& reply);
  void on_death(bool timed_out, int timeout_ms);
  int call_timeout_ms() const;
  // An executor address inside a loaded image, as an address in the
  // harness's copy of that image; other addresses unchanged.
  uintptr_t to_harness_pc(uintptr_t pc, const compile::CodeImage** image) const;
  bool refresh_state(uint32_t id);
  CallResult lost_result() const;
  // What the request in flight ended with when the executor died.
  CallResult death_result() const;

  struct LoadedImage {
    const compile::CodeImage* image;  // the harness's copy
    uintptr_t executor_base;
    uint64_t size;
  };

  // A forked copy of the harness (the reducer runs candidates in one) must
  // not talk to its parent's executor nor share its arena: it starts its own.
  void adopt_if_forked();

  ExecutorOptions options_;
  InstanceLimits limits_;
  pid_t owner_ = -1;  // the harness process this client belongs to
  std::unique_ptr<SharedArena> arena_;
  pid_t pid_ = -1;
  int fd_ = -1;
  bool lost_ = false;           // the executor died since the last reset()
  bool timed_out_ = false;      // ... because it stopped answering
  bool recycle_ = false;        // replace the executor at the next reset()
  bool reset_pending_ = false;  // sent with the next request
  uint64_t starts_ = 0;
  uint32_t instantiations_ = 0;
  std::string failure_;
  std::string lost_detail_;
  std::vector<LoadedImage> images_;
  std::vector<HostCallWords> host_calls_;
  // The state after the last call, for the instance it belongs to.
  uint32_t state_id_ = UINT32_MAX;
  protocol::State state_;
};

// Executors outlive the engines that use them: an engine takes one when it
// first instantiates and gives it back when it resets, so a harness holds as
// many executors as it has engines running at once, not as many as it has
// engines (the fuzzer keeps an oracle per settings draw).
class ExecutorPool {
 public:
  static Result<std::unique_ptr<ExecutorClient>> acquire(const InstanceLimits& limits);
  static void release(std::unique_ptr<ExecutorClient> client);
};

}  // namespace tandem::runner
