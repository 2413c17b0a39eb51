// The executor's confinement, applied to itself once it is ready to run
// generated code: resource limits, then a seccomp filter (libseccomp) that
// allows only sandbox_syscalls.def. A forbidden call raises SIGSYS; the
// executor's handler records it and exits (runner/executor.h).
#pragma once

#include <cstdint>
#include <string>

#include "wasm/result.h"

namespace tandem::runner {

struct SandboxLimits {
  // Address space beyond what the process has mapped when the limits are set
  // (the shared arena and, under ASan, its shadow are mapped by then).
  uint64_t address_space_headroom = uint64_t{64} << 30;
  uint32_t cpu_seconds = 3600;  // a backstop: the harness recycles executors long before
};

Status apply_resource_limits(const SandboxLimits& limits);
Status apply_seccomp_filter(int channel_fd);

// "write", or "syscall 1234" for a number libseccomp does not know.
std::string syscall_name(int number);

}  // namespace tandem::runner
