// Libcalls: the runtime functions compiled code may call (libcalls.def).
#pragma once

#include <cstdint>

namespace tandem::compile {

enum class LibCall : uint8_t {
#define LIBCALL(name, symbol, sig) name,
#include "shared_compile/libcalls.def"
#undef LIBCALL
};

inline constexpr uint32_t kNumLibCalls = 0
#define LIBCALL(name, symbol, sig) +1
#include "shared_compile/libcalls.def"
#undef LIBCALL
    ;

const char* libcall_symbol(LibCall call);

// The pure libcalls (rounding) live in shared_compile; the runner supplies
// the ones that touch instance state. Returns nullptr for the latter.
const void* pure_libcall_address(LibCall call);

}  // namespace tandem::compile
