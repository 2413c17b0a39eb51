#include "runner/executor_process.h"

#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <map>
#include <memory>
#include <vector>

#include "runner/entry.h"
#include "runner/libcalls.h"
#include "runner/memory.h"
#include "runner/signals.h"
#include "runner/store.h"
#include "shared_compile/linker.h"
#include "wasm/decoder.h"

namespace tandem::runner {
namespace {

using protocol::Header;
using protocol::Request;

ExecutorLastWords* g_last_words = nullptr;

// Last words, then out: nothing here may allocate or take a lock, nor go
// through a C library wrapper that might (the handlers run wherever the
// code stopped, locks held or not). Not [[noreturn]]: ASan precedes calls
// of noreturn functions with a stack unpoisoning that reads /proc/self/maps,
// which the sandbox forbids.
void leave(int code) {
  for (;;) asm volatile("syscall" : : "a"(SYS_exit_group), "D"(code) : "rcx", "r11", "memory");
}

void on_fatal_fault(int sig, uintptr_t pc, uintptr_t fault_address) {
  g_last_words->signal = sig;
  g_last_words->pc = pc;
  g_last_words->fault_address = fault_address;
  g_last_words->kind.store(ExecutorLastWords::Fault, std::memory_order_release);
  leave(128 + sig);
}

void on_sigsys(int, siginfo_t* info, void*) {
  g_last_words->signal = SIGSYS;
  g_last_words->syscall = info->si_syscall;
  g_last_words->pc = reinterpret_cast<uintptr_t>(info->si_call_addr);
  g_last_words->kind.store(ExecutorLastWords::Sandbox, std::memory_order_release);
  leave(128 + SIGSYS);
}

// One instantiation attempt: the module and image the store's instance uses.
struct Loaded {
  wasm::Module module;
  compile::CodeImage image;
  std::unique_ptr<ImageRegistration> registration;
};

class Server {
 public:
  Server(int fd, SharedArena& arena, uint64_t spin_ns)
      : fd_(fd),
        arena_(arena),
        channel_(*static_cast<protocol::Channel*>(arena.channel())),
        spin_ns_(spin_ns),
        linker_(runtime_libcalls()) {}

  [[noreturn]] void serve() {
    for (uint64_t seen = 0;; ++seen) {
      wait_for_request(seen + 1);
      Header h = channel_.request.header;  // read once: the harness may not touch it while we work
      uint32_t num_drops = std::min(channel_.num_drops, protocol::Channel::kMaxDrops);
      for (uint32_t i = 0; i < num_drops; ++i) {
        auto dropped = stores_.find(channel_.drops[i]);
        if (dropped == stores_.end()) continue;
        reset(dropped->second);
        stores_.erase(dropped);
      }
      Slot& slot = stores_[h.store];
      std::span<uint8_t> buffer = arena_.transfer();
      if (h.size > buffer.size()) fail("request larger than the transfer buffer");
      // The request is copied out first: the reply is written over it.
      request_.assign(buffer.begin(), buffer.begin() + static_cast<long>(h.size));
      wire::Reader r(request_);
      wire::Writer w(buffer);
      switch (static_cast<Request>(h.type)) {
        case Request::Instantiate: instantiate(slot, r, w); break;
        case Request::Call: call(slot, r, w); break;
        case Request::State: state(slot, r, w); break;
        default: fail("unknown request");
      }
      if (!r.ok()) fail("malformed request");
      if (!w.ok()) fail("reply larger than the transfer buffer");
      answer(protocol::Reply::Ok, w.size());
    }
  }

  void answer(protocol::Reply type, size_t size) {
    channel_.reply.header = Header{static_cast<uint32_t>(type), 0, size};
    if (!protocol::ring(channel_.reply, ++replies_, fd_)) leave(0);
  }

  [[noreturn]] void fail(std::string_view message) {
    wire::Writer w(arena_.transfer());
    w.str(message);
    answer(protocol::Reply::Error, w.size());
    leave(1);
    __builtin_unreachable();
  }

 private:
  // Spins on the request doorbell, then sleeps on the socket until rung.
  void wait_for_request(uint64_t want) {
    protocol::Doorbell& bell = channel_.request;
    if (protocol::spin_for(bell, want, spin_ns_)) return;
    for (;;) {
      bell.sleeping.store(1, std::memory_order_seq_cst);
      if (bell.seq.load(std::memory_order_seq_cst) >= want) break;
      char ring;
      ssize_t n = read(fd_, &ring, 1);
      if (n == 0 || (n < 0 && errno != EINTR)) leave(0);  // the harness is gone
    }
    bell.sleeping.store(0, std::memory_order_relaxed);
  }

  // One engine's instances and what they run.
  struct Slot {
    Store store{InstanceLimits{}};
    std::vector<std::unique_ptr<Loaded>> loaded;
  };

  void reset(Slot& slot) {
    slot.store.reset();
    for (auto& l : slot.loaded)
      if (spare_images_.size() < 16) spare_images_.push_back(std::move(l->image));
    slot.loaded.clear();
  }

  void instantiate(Slot& slot, wire::Reader& r, wire::Writer& w) {
    slot.store.set_limits(r.get<InstanceLimits>());
    std::span<const uint8_t> wasm_bytes = r.bytes();
    std::span<const uint8_t> code = r.bytes();
    r.array(functions_);
    r.array(traps_);
    uint64_t n = r.get<uint64_t>();
    bindings_.clear();
    for (uint64_t i = 0; i < n && r.ok(); ++i) bindings_.push_back(protocol::get_binding(r));
    if (!r.ok()) fail("malformed instantiate request");

    auto l = std::make_unique<Loaded>();
    Result<wasm::Module> m = wasm::decode(wasm_bytes);
    if (!m) fail(m.error().to_string());
    l->module = std::move(m).value();
    if (!spare_images_.empty()) {
      l->image = std::move(spare_images_.back());
      spare_images_.pop_back();
    }
    if (Status st = linker_.load(code, functions_, traps_, l->image); !st) fail(st.error().to_string());
    l->registration = std::make_unique<ImageRegistration>(&l->image);
    Instantiation result = slot.store.instantiate(l->module, wasm_bytes, l->image, bindings_);
    w.put(result.status);
    w.put(result.id);
    w.str(result.message);
    w.put(result.start);
    w.put<uint64_t>(reinterpret_cast<uintptr_t>(l->image.base()));
    w.put<uint64_t>(l->image.size());
    put_host_calls(slot.store, w);
    slot.loaded.push_back(std::move(l));
  }

  void call(Slot& slot, wire::Reader& r, wire::Writer& w) {
    Store& store = slot.store;
    uint32_t id = r.get<uint32_t>();
    uint32_t func = r.get<uint32_t>();
    r.array(args_);
    uint64_t nresults = r.get<uint64_t>();
    if (!r.ok() || id >= store.num_instances() || nresults > (1u << 16)) fail("malformed call request");
    const wasm::Module& m = store.instance(id).module();
    // Words, not values: a v128 takes two.
    if (func >= m.num_funcs() || compile::abi::slots_of(m.func_type(func).params) != args_.size() ||
        compile::abi::slots_of(m.func_type(func).results) != nresults)
      fail("call with the wrong function or arguments");
    results_.assign(nresults, 0);
    CallResult result = store.call(id, func, args_, results_);
    w.put(result);
    w.array<uint64_t>(results_);
    put_host_calls(store, w);
    put_state(store, id, w);
  }

  void state(Slot& slot, wire::Reader& r, wire::Writer& w) {
    uint32_t id = r.get<uint32_t>();
    if (!r.ok() || id >= slot.store.num_instances()) fail("malformed state request");
    put_state(slot.store, id, w);
  }

  void put_state(Store& store, uint32_t id, wire::Writer& w) {
    Instance& inst = store.instance(id);
    protocol::State& s = state_;
    s.globals.clear();
    for (uint32_t g = 0; g < inst.num_globals(); ++g) {
      const std::array<uint64_t, 2> words = store.global_words(id, g);
      s.globals.insert(s.globals.end(), words.begin(), words.end());
    }
    std::span<const uint8_t> mem = store.memory(id);
    s.memory_base = reinterpret_cast<uintptr_t>(mem.data());
    s.memory_length = mem.size();
    protocol::put_state(w, s);
  }

  void put_host_calls(Store& store, wire::Writer& w) {
    host_calls_.clear();
    store.take_host_calls(host_calls_);
    protocol::put_host_calls(w, host_calls_);
  }

  int fd_;
  SharedArena& arena_;
  protocol::Channel& channel_;
  uint64_t spin_ns_;
  uint64_t replies_ = 0;
  compile::Linker linker_;
  std::map<uint32_t, Slot> stores_;  // by the harness's store id
  std::vector<compile::CodeImage> spare_images_;
  // Reused from request to request.
  std::vector<uint8_t> request_;
  std::vector<compile::ImageFunction> functions_;
  std::vector<compile::ImageTrapSite> traps_;
  std::vector<ImportBinding> bindings_;
  std::vector<uint64_t> args_, results_;
  std::vector<HostCallWords> host_calls_;
  protocol::State state_;
};

}  // namespace

void run_executor(int fd, pid_t harness, SharedArena& arena, const ExecutorOptions& options) {
  // Die with the harness; and if it is already gone, do not linger.
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != harness) leave(0);

  // The harness's handlers (libFuzzer's for SIGINT, SIGALRM, ...) are not
  // ours: an interrupt is the harness's to handle, and a write to a closed
  // socket an error, not a signal.
  for (int sig : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGXFSZ}) signal(sig, SIG_IGN);
  signal(SIGXCPU, SIG_DFL);
  // Only the channel stays open.
  if (fd > 3) close_range(3, static_cast<unsigned>(fd - 1), 0);
  close_range(static_cast<unsigned>(fd + 1), ~0u, 0);

  Server server(fd, arena, options.executor_spin_ns);
  g_last_words = &arena.last_words();
  use_shared_reservations(arena.slots(), SharedArena::kMemorySlots);
  prepare_call_deadline();
  thread_stack_limit();  // reads /proc/self/maps once, which the sandbox would forbid
  set_fatal_fault_hook(&on_fatal_fault);
  struct sigaction sa {};
  sa.sa_sigaction = &on_sigsys;
  sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGSYS, &sa, nullptr);

  Status st = apply_resource_limits(options.sandbox);
  if (st) st = apply_seccomp_filter(fd);
  if (!st) server.fail(st.error().message);
  server.answer(protocol::Reply::Ok, 0);
  server.serve();
}

}  // namespace tandem::runner
