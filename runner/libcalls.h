// The runtime libcalls compiled code calls (shared_compile/libcalls.def):
// the address table the linker resolves Abs64 relocations against.
#pragma once

#include "shared_compile/linker.h"

namespace tandem::runner {

// Every libcall, pure and runtime, with its address in this process.
const compile::LibcallTable& runtime_libcalls();

}  // namespace tandem::runner
