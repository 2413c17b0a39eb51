// Where a module uses SIMD, for the native backends. The optimizing backend
// refuses a function that uses it (the baseline refuses only the SIMD
// operators it lacks), and the native engine, unless it runs the baseline
// alone, a module whose declarations do, with ErrorKind::Unsupported "unsupported
// feature: simd (<where>)": the spec runner counts such assertions apart
// and a fuzzer skips such inputs, as for any operator a backend lacks. A
// backend that learns SIMD drops its call.
//
// A v128 value can only come from a v128 type (of a function, a block, a
// local, a global, a typed select) or a 0xfd operator, so these are what the
// checks look for.
#pragma once

#include <cstdint>

#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::wasm {

// The module's types (of functions and blocks alike), imports and globals.
Status refuse_simd_declarations(const Module& m);

// Whether defined function `func_index` uses v128 anywhere refuse_simd_function
// looks. A body that fails to decode counts as using it.
bool function_uses_simd(const Module& m, uint32_t func_index);

// Defined function `func_index` (index space): its type, its locals, and
// every operator of its body with the types it names (blocks, typed select,
// callees, globals). Reads the body; errors decoding it are returned as they
// are (the module is normally validated already).
Status refuse_simd_function(const Module& m, uint32_t func_index);

}  // namespace tandem::wasm
