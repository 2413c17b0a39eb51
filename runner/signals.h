// Signal-based traps. The handler looks the faulting PC up in the registered
// code images: a trap site (with a signal that fits its kind) becomes a trap
// with its TrapCode and wasm offset; any other fault inside wasm code is a
// crash of the backend that emitted it; a fault outside wasm code goes to the
// handler that was installed before ours (ASan's, libFuzzer's, the default).
#pragma once

#include <cstdint>

namespace tandem::compile {
class CodeImage;
}

namespace tandem::runner {

// Installs the handlers for SIGSEGV, SIGBUS, SIGILL, SIGFPE and SIGTRAP (an
// int3 in generated code) once per
// process, and an alternate signal stack once per thread. Called lazily on
// the first entry into wasm so that it comes after libFuzzer's and ASan's
// own handlers, which it then chains to.
void install_trap_handlers();

// Images and memory reservations the handler knows. Registration takes a
// mutex; the handler's lookups take none. Up to 65536 of each may be live.
void register_code_image(const compile::CodeImage* image);
void unregister_code_image(const compile::CodeImage* image);
void register_memory_reservation(uintptr_t base, uint64_t size);
void unregister_memory_reservation(uintptr_t base);

// Called by the handler, instead of chaining, for a fault outside wasm code
// (or in wasm code with no entry active): the executor records its last
// words there and exits. Must be async-signal-safe.
using FatalFaultHook = void (*)(int sig, uintptr_t pc, uintptr_t fault_address);
void set_fatal_fault_hook(FatalFaultHook hook);

// Installs the handlers and makes this thread's deadline timer now, not on
// the first call: the executor does it before its sandbox forbids both.
void prepare_call_deadline();

// The thread's stack bounds, so a fault in the guard below it reads as stack
// overflow rather than as a crash.
void set_thread_stack_bounds(uint64_t low, uint64_t high);

// A wall-clock deadline for the outermost entry into wasm on this thread: a
// per-thread POSIX timer sends a real-time signal (not SIGALRM, which
// libFuzzer's -timeout owns) when it passes. If wasm code is running, the
// handler ends the call as CallResult::Status::TimedOut through the trap
// landing, as a fault would; if host or runtime code is running, it tries
// again every millisecond until wasm code runs. Nested entries (a host
// function calling wasm) run within the outer deadline.
class CallDeadline {
 public:
  explicit CallDeadline(uint32_t ms);  // 0, or an entry already active: no deadline
  ~CallDeadline();
  CallDeadline(const CallDeadline&) = delete;
  CallDeadline& operator=(const CallDeadline&) = delete;

 private:
  bool armed_ = false;
};

}  // namespace tandem::runner

namespace tandem::runner {

// Keeps an image known to the signal handler for its lifetime.
class ImageRegistration {
 public:
  explicit ImageRegistration(const compile::CodeImage* image) : image_(image) { register_code_image(image); }
  ~ImageRegistration() { unregister_code_image(image_); }
  ImageRegistration(const ImageRegistration&) = delete;
  ImageRegistration& operator=(const ImageRegistration&) = delete;

 private:
  const compile::CodeImage* image_;
};

}  // namespace tandem::runner
