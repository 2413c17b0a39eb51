// The validator: the spec's validation algorithm over a decoded module.
#pragma once

#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::wasm {

// Validates everything the spec validates: types, imports, functions (every
// body walked with OpReader by the spec's operand/control stack algorithm),
// tables, memories, globals, exports, start, element and data segments.
// Errors are Invalid (or Malformed where the spec calls a body problem
// malformed, such as a missing data count section for memory.init).
Status validate(const Module& module);

// decode() then validate(): the usual entry point.
Result<Module> decode_and_validate(std::span<const uint8_t> bytes);

}  // namespace tandem::wasm
