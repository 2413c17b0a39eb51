#include "runner/signals.h"

#include <pthread.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <mutex>

#include "runner/entry.h"
#include "shared_compile/code_image.h"

namespace tandem::runner {
namespace {

using compile::TrapCode;

constexpr int kSignals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGTRAP};
struct sigaction g_previous[std::size(kSignals)];

// A set the signal handler reads without locks: fixed-size blocks of atomic
// slots, allocated on demand and never freed, so a reader always sees either
// a live entry or an empty slot. Writers serialize on a mutex.
template <class Entry>
class SlotRegistry {
 public:
  static constexpr size_t kBlockSize = 256;
  static constexpr size_t kMaxBlocks = 256;

  template <class F>
  void for_each(F&& f) const {
    size_t n = num_blocks_.load(std::memory_order_acquire);
    for (size_t b = 0; b < n; ++b)
      for (const Entry& e : blocks_[b].load(std::memory_order_acquire)->slots) f(e);
  }

  // Calls `claim` on slots until it returns true.
  template <class F>
  void insert(F&& claim) {
    std::lock_guard<std::mutex> lock(mu_);
    size_t n = num_blocks_.load(std::memory_order_relaxed);
    for (size_t b = 0; b < n; ++b)
      for (Entry& e : blocks_[b].load(std::memory_order_relaxed)->slots)
        if (claim(e)) return;
    TANDEM_CHECK(n < kMaxBlocks, "too many live registrations for the trap handler");
    Block* block = new Block;
    blocks_[n].store(block, std::memory_order_release);
    num_blocks_.store(n + 1, std::memory_order_release);
    TANDEM_CHECK(claim(block->slots[0]), "a fresh slot refused a registration");
  }

  template <class F>
  void erase(F&& release) {
    std::lock_guard<std::mutex> lock(mu_);
    size_t n = num_blocks_.load(std::memory_order_relaxed);
    for (size_t b = 0; b < n; ++b)
      for (Entry& e : blocks_[b].load(std::memory_order_relaxed)->slots)
        if (release(e)) return;
  }

 private:
  struct Block {
    Entry slots[kBlockSize];
  };
  std::mutex mu_;
  std::atomic<size_t> num_blocks_{0};
  std::atomic<Block*> blocks_[kMaxBlocks] = {};
};

struct Reservation {
  std::atomic<uintptr_t> base{0};
  std::atomic<uint64_t> size{0};
};

SlotRegistry<std::atomic<const compile::CodeImage*>>& images() {
  static auto* r = new SlotRegistry<std::atomic<const compile::CodeImage*>>;  // outlives every image
  return *r;
}
SlotRegistry<Reservation>& reservations() {
  static auto* r = new SlotRegistry<Reservation>;
  return *r;
}

thread_local uint64_t t_stack_low = 0;
thread_local uint64_t t_stack_high = 0;

const compile::CodeImage* image_containing(uintptr_t pc) {
  const compile::CodeImage* found = nullptr;
  images().for_each([&](const std::atomic<const compile::CodeImage*>& slot) {
    const compile::CodeImage* image = slot.load(std::memory_order_acquire);
    if (image && image->contains(pc)) found = image;
  });
  return found;
}

bool in_memory_reservation(uintptr_t addr) {
  bool found = false;
  reservations().for_each([&](const Reservation& r) {
    uintptr_t base = r.base.load(std::memory_order_acquire);
    if (base && addr >= base && addr - base < r.size.load(std::memory_order_relaxed)) found = true;
  });
  return found;
}

// The signal a trap site's instruction raises: a guarded access faults with
// SIGSEGV (or SIGBUS), an implicit divide check with SIGFPE, everything else
// is an explicit ud2.
bool signal_fits_site(int sig, TrapCode code, uintptr_t fault) {
  switch (sig) {
    case SIGILL: return true;
    case SIGSEGV:
    case SIGBUS: return code == TrapCode::OutOfBoundsMemory && in_memory_reservation(fault);
    case SIGFPE: return code == TrapCode::IntegerDivideByZero || code == TrapCode::IntegerOverflow;
    default: return false;
  }
}

std::atomic<FatalFaultHook> g_fatal_hook{nullptr};

void chain(int sig, siginfo_t* info, void* context) {
  if (FatalFaultHook hook = g_fatal_hook.load(std::memory_order_acquire)) {
    auto* uc = static_cast<ucontext_t*>(context);
    hook(sig, static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RIP]), reinterpret_cast<uintptr_t>(info->si_addr));
    return;
  }
  for (size_t i = 0; i < std::size(kSignals); ++i) {
    if (kSignals[i] != sig) continue;
    const struct sigaction& prev = g_previous[i];
    if (prev.sa_flags & SA_SIGINFO) {
      if (prev.sa_sigaction) prev.sa_sigaction(sig, info, context);
      return;
    }
    if (prev.sa_handler == SIG_DFL || prev.sa_handler == SIG_IGN) {
      // Re-executing the faulting instruction with the default action kills
      // the process with the original signal, as if we had never been here.
      // An int3 is not re-executed (the PC is past it): raise it again.
      signal(sig, SIG_DFL);
      if (sig == SIGTRAP) raise(SIGTRAP);
      return;
    }
    prev.sa_handler(sig);
    return;
  }
}

void handle_fault(int sig, siginfo_t* info, void* context) {
  auto* uc = static_cast<ucontext_t*>(context);
  uintptr_t pc = static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RIP]);
  if (sig == SIGTRAP && info->si_code == SI_KERNEL) --pc;  // an int3: the PC is past it
  const compile::CodeImage* image = image_containing(pc);
  EntryRecord* entry = current_entry();
  if (!image || !entry) {
    chain(sig, info, context);
    return;
  }
  uintptr_t fault = reinterpret_cast<uintptr_t>(info->si_addr);
  CallResult& r = entry->result;
  r = CallResult{};
  r.signal = sig;
  r.pc = pc;
  r.fault_address = fault;
  if (const compile::ImageFunction* fn = image->function_containing(pc)) {
    r.func_index = fn->func_index;
    r.backend = fn->backend;
  }
  const compile::ImageTrapSite* site = image->trap_at(pc);
  if (site && signal_fits_site(sig, site->code, fault)) {
    r.status = site->code == TrapCode::StackOverflow ? CallResult::Status::StackOverflow : CallResult::Status::Trapped;
    r.trap = site->code;
    r.wasm_offset = site->wasm_offset;
    r.func_index = site->func_index;
  } else if ((sig == SIGSEGV || sig == SIGBUS) && t_stack_low && fault < t_stack_low + 64 * 1024 &&
             fault + 1024 * 1024 >= t_stack_low) {
    // Below the usable stack: code compiled without stack-limit checks ran
    // out of stack. Exhaustion, not a wild access.
    r.status = CallResult::Status::StackOverflow;
    r.trap = TrapCode::StackOverflow;
  } else {
    r.status = CallResult::Status::Crashed;
  }
  uc->uc_mcontext.gregs[REG_RIP] = reinterpret_cast<greg_t>(&tandem_trap_landing);
  uc->uc_mcontext.gregs[REG_RDI] = reinterpret_cast<greg_t>(entry);
}

// ---- call deadlines -------------------------------------------------------------

int deadline_signal() { return SIGRTMIN + 4; }  // glibc keeps the first real-time signals for itself

thread_local volatile sig_atomic_t t_deadline_active = 0;
thread_local bool t_timer_made = false;
thread_local timer_t t_timer;

void set_timer(uint64_t ns) {
  itimerspec spec{};
  spec.it_value.tv_sec = static_cast<time_t>(ns / 1000000000u);
  spec.it_value.tv_nsec = static_cast<long>(ns % 1000000000u);
  timer_settime(t_timer, 0, &spec, nullptr);  // async-signal-safe
}

void handle_deadline(int, siginfo_t*, void* context) {
  if (!t_deadline_active) return;  // a late signal after the call ended
  auto* uc = static_cast<ucontext_t*>(context);
  uintptr_t pc = static_cast<uintptr_t>(uc->uc_mcontext.gregs[REG_RIP]);
  const compile::CodeImage* image = image_containing(pc);
  EntryRecord* entry = current_entry();
  if (!image || !entry) {
    set_timer(1000000);  // in host or runtime code: unwinding there would skip C++ frames
    return;
  }
  // An inner entry (wasm -> host -> wasm) ends first; the outer one is
  // interrupted a millisecond later, once it runs wasm code again.
  if (entry->prev)
    set_timer(1000000);
  else
    t_deadline_active = 0;
  CallResult& r = entry->result;
  r = CallResult{};
  r.status = CallResult::Status::TimedOut;
  r.pc = pc;
  if (const compile::ImageFunction* fn = image->function_containing(pc)) {
    r.func_index = fn->func_index;
    r.backend = fn->backend;
  }
  uc->uc_mcontext.gregs[REG_RIP] = reinterpret_cast<greg_t>(&tandem_trap_landing);
  uc->uc_mcontext.gregs[REG_RDI] = reinterpret_cast<greg_t>(entry);
}

void install_deadline_handler() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction sa {};
    sa.sa_sigaction = &handle_deadline;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_RESTART;
    sigemptyset(&sa.sa_mask);
    sigaction(deadline_signal(), &sa, nullptr);
    // A forked child (the reducer runs every candidate in one) has no POSIX
    // timers: it makes its own on its first deadline.
    pthread_atfork(nullptr, nullptr, [] {
      t_timer_made = false;
      t_deadline_active = 0;
    });
  });
}

void install_alt_stack() {
  thread_local bool done = false;
  if (done) return;
  done = true;
  stack_t current{};
  if (sigaltstack(nullptr, &current) == 0 && !(current.ss_flags & SS_DISABLE) && current.ss_sp) return;
  // Large enough for ASan's reports when we chain to its handler.
  constexpr size_t kSize = 256 * 1024;
  void* mem = mmap(nullptr, kSize, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED) return;
  stack_t alt{};
  alt.ss_sp = mem;
  alt.ss_size = kSize;
  sigaltstack(&alt, nullptr);
}

}  // namespace

void install_trap_handlers() {
  install_alt_stack();
  static std::once_flag once;
  std::call_once(once, [] {
    for (size_t i = 0; i < std::size(kSignals); ++i) {
      struct sigaction sa {};
      sa.sa_sigaction = &handle_fault;
      sa.sa_flags = SA_SIGINFO | SA_ONSTACK | SA_NODEFER;
      sigemptyset(&sa.sa_mask);
      sigaction(kSignals[i], &sa, &g_previous[i]);
    }
  });
}

void register_code_image(const compile::CodeImage* image) {
  images().insert([image](std::atomic<const compile::CodeImage*>& slot) {
    const compile::CodeImage* expected = nullptr;
    return slot.compare_exchange_strong(expected, image);
  });
}

void unregister_code_image(const compile::CodeImage* image) {
  images().erase([image](std::atomic<const compile::CodeImage*>& slot) {
    const compile::CodeImage* expected = image;
    return slot.compare_exchange_strong(expected, nullptr);
  });
}

void register_memory_reservation(uintptr_t base, uint64_t size) {
  reservations().insert([base, size](Reservation& r) {
    uintptr_t expected = 0;
    if (!r.base.compare_exchange_strong(expected, base)) return false;
    r.size.store(size, std::memory_order_release);
    return true;
  });
}

void unregister_memory_reservation(uintptr_t base) {
  reservations().erase([base](Reservation& r) {
    uintptr_t expected = base;
    return r.base.compare_exchange_strong(expected, 0);
  });
}

void set_thread_stack_bounds(uint64_t low, uint64_t high) {
  t_stack_low = low;
  t_stack_high = high;
}

void set_fatal_fault_hook(FatalFaultHook hook) { g_fatal_hook.store(hook, std::memory_order_release); }

void prepare_call_deadline() {
  install_trap_handlers();  // the alternate stack the handler runs on
  install_deadline_handler();
  if (t_timer_made) return;
  sigevent ev{};
  ev.sigev_notify = SIGEV_THREAD_ID;
  ev.sigev_signo = deadline_signal();
  ev._sigev_un._tid = static_cast<pid_t>(syscall(SYS_gettid));
  if (timer_create(CLOCK_MONOTONIC, &ev, &t_timer) == 0) t_timer_made = true;
}

CallDeadline::CallDeadline(uint32_t ms) {
  if (ms == 0 || current_entry() != nullptr) return;
  prepare_call_deadline();
  if (!t_timer_made) return;  // no timer: no deadline, as before
  t_deadline_active = 1;
  armed_ = true;
  set_timer(uint64_t{ms} * 1000000u);
}

CallDeadline::~CallDeadline() {
  if (!armed_) return;
  t_deadline_active = 0;  // first: a signal that comes now does nothing
  set_timer(0);
}

}  // namespace tandem::runner
