// Where a module uses SIMD. Both native backends compile v128 values and
// refuse only the SIMD operators they lack; a mixed image compiles each
// function that uses SIMD (function_uses_simd) with both, so that a
// refusal never depends on its mask. The refusals below, with
// ErrorKind::Unsupported "unsupported feature: simd (<where>)", are for
// whoever still leaves SIMD out (the generator's real-module seeds): the
// spec runner counts such assertions apart and a fuzzer skips such inputs.
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
