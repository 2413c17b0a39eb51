// The executor's side: what the child of ExecutorClient::start() runs.
#pragma once

#include <sys/types.h>

#include "runner/executor.h"

namespace tandem::runner {

// Confines this (freshly forked) process, says hello on `fd`, and serves
// requests until the harness goes away. Never returns.
[[noreturn]] void run_executor(int fd, pid_t harness, SharedArena& arena, const ExecutorOptions& options);

}  // namespace tandem::runner
