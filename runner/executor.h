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

#include "runner/executor_protocol.h"
#include "runner/instance.h"
#include "runner/runtime.h"
#include "runner/sandbox.h"
#include "runner/shared_arena.h"

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
  // How long each side spins on the other before it sleeps on the socket:
  // the harness while the executor works on a request, the executor
  // between requests (several come back to back: instantiate, then calls).
  uint64_t harness_spin_ns = 200000;
  uint64_t executor_spin_ns = 50000;
};

class ExecutorClient;

// One executor process and the harness's end of its channel. Several
// ExecutorClients (one per native engine) share it, each with its own Store
// in the executor: an input's engines then send their requests to one
// process back to back, which answers them while it is still spinning, and
// a harness runs one executor however many engines it keeps. The price is
// that an executor that dies takes every engine's instances with it; the
// engine whose request killed it gets the crash, the others a "lost" crash
// after it in the same call, so the oracle still blames the right one.
class ExecutorProcess {
 public:
  static Result<std::shared_ptr<ExecutorProcess>> create(const ExecutorOptions& options);
  // The process-wide executor the native engines use, created on first use.
  static Result<std::shared_ptr<ExecutorProcess>> shared();
  ~ExecutorProcess();
  ExecutorProcess(const ExecutorProcess&) = delete;
  ExecutorProcess& operator=(const ExecutorProcess&) = delete;

  pid_t pid() const { return pid_; }
  uint64_t starts() const { return starts_; }

 private:
  friend class ExecutorClient;
  explicit ExecutorProcess(const ExecutorOptions& options) : options_(options) {}
  Status start();
  void stop();
  // A forked copy of the harness (the reducer runs candidates in one) must
  // not talk to its parent's executor nor share its arena: it starts its own.
  void adopt_if_forked();
  // Sends the request whose payload is already in the transfer buffer and
  // waits for the answer; on failure the executor is gone (or refused) and
  // failure_ says why. `timeout_ms` < 0: no limit.
  bool exchange(protocol::Request type, uint32_t store, size_t payload, int timeout_ms, wire::Reader& reply);
  void on_death(bool timed_out, int timeout_ms);
  CallResult death_result(const ExecutorClient& client) const;

  ExecutorOptions options_;
  pid_t owner_ = -1;  // the harness process this belongs to
  std::unique_ptr<SharedArena> arena_;
  pid_t pid_ = -1;
  int fd_ = -1;
  uint64_t generation_ = 0;  // executors started in this harness process
  uint64_t starts_ = 0;
  bool lost_ = false;  // the executor died; it restarts at the next store reset
  bool timed_out_ = false;
  bool recycle_ = false;  // replace it once no store holds instances
  uint32_t instantiations_ = 0;
  uint32_t next_store_ = 0;
  uint32_t live_stores_ = 0;             // stores with instances in this executor
  uint64_t requests_ = 0, replies_ = 0;  // messages so far on this executor's doorbells
  std::vector<uint32_t> drops_;          // stores to drop with the next request
  std::string failure_;                  // the last request's failure
  std::string lost_detail_;              // what killed the executor
};

// The Runtime of one native engine: a Store in an ExecutorProcess.
class ExecutorClient final : public Runtime {
 public:
  // A client of its own, fresh executor (tests, benchmarks).
  static Result<std::unique_ptr<ExecutorClient>> create(const ExecutorOptions& options);
  // A client of the process-wide executor.
  static Result<std::unique_ptr<ExecutorClient>> of_shared_executor();
  // Another client (engine) of `process`.
  static std::unique_ptr<ExecutorClient> on(std::shared_ptr<ExecutorProcess> process);
  const std::shared_ptr<ExecutorProcess>& process() const { return process_; }
  ~ExecutorClient() override;

  Instantiation instantiate(const wasm::Module& module, std::span<const uint8_t> wasm_bytes,
                            const compile::CodeImage& image, std::span<const ImportBinding> imports) override;
  CallResult call(uint32_t id, uint32_t func_index, std::span<const uint64_t> args,
                  std::span<uint64_t> results) override;
  std::array<uint64_t, 2> global_words(uint32_t id, uint32_t global_index) override;
  std::span<const uint8_t> memory(uint32_t id) override;
  void take_host_calls(std::vector<HostCallWords>& out) override;
  void reset() override;
  const std::string& failure_detail() const override { return failure_; }

  // The limits of the instances created from now on, and the deadline the
  // watchdog allows a call.
  void set_limits(const InstanceLimits& limits) { limits_ = limits; }

  // The running executor's pid, or -1; executors started so far (tests).
  pid_t executor_pid() const { return process_->pid(); }
  uint64_t starts() const { return process_->starts(); }

 private:
  friend class ExecutorProcess;
  explicit ExecutorClient(std::shared_ptr<ExecutorProcess> process);
  int call_timeout_ms() const;
  // Whether this store's instances are gone (the executor died since they
  // were made); failure_ then says so.
  bool lost();
  // An executor address inside one of this store's images, as an address
  // in the harness's copy of that image; other addresses unchanged.
  uintptr_t to_harness_pc(uintptr_t pc, const compile::CodeImage** image) const;
  bool refresh_state(uint32_t id);
  // The executor died on this store's request: the result and failure_,
  // with the PC of its last words placed in this store's images.
  CallResult died();

  struct LoadedImage {
    const compile::CodeImage* image;  // the harness's copy
    uintptr_t executor_base;
    uint64_t size;
  };

  std::shared_ptr<ExecutorProcess> process_;
  uint32_t store_;
  uint64_t generation_ = 0;  // of the executor holding this store's instances
  bool has_instances_ = false;
  InstanceLimits limits_;
  std::string failure_;
  std::vector<LoadedImage> images_;
  std::vector<HostCallWords> host_calls_;
  // The state after the last call, for the instance it belongs to.
  uint32_t state_id_ = UINT32_MAX;
  protocol::State state_;
};

}  // namespace tandem::runner
