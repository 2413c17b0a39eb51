// The error for an encoding that belongs to a proposal outside the feature
// scope. Its message always names the proposal ("unsupported feature:
// threads"); its kind is what the WebAssembly 2.0 specification, which the
// spec testsuite encodes, says about those bytes. Every proposal outside the
// scope (threads, tail calls, exceptions, memory64, GC, function
// references, multi-memory, extended-const, relaxed SIMD) came after 2.0:
// to 2.0 its bytes are outside the binary grammar (malformed) or break a
// rule of validation (invalid), and a conforming engine must reject the
// module as such; the caller says which. (SIMD, which 2.0 defines, is in
// the scope; the native backends refuse it on their own: wasm/simd_use.h.)
#pragma once

#include <cstdint>
#include <string_view>

#include "wasm/result.h"

namespace tandem::wasm {

Error out_of_scope(uint64_t offset, std::string_view feature, ErrorKind kind_in_spec = ErrorKind::Malformed);

}  // namespace tandem::wasm
