// Argument lists for calling a function nobody wrote calls for: a few
// lists of edge values per parameter type (zeros, ones, all-ones, minimums,
// maximums, NaN, -0.0, infinities, null references; v128s of those by
// lane shape), so that `tandem diff`
// and the operator sweep exercise the edges the spec is sharpest at.
#pragma once

#include <span>
#include <vector>

#include "oracle/engines/value.h"
#include "wasm/types.h"

namespace tandem::oracle {

// Edge values of one type, most common first.
std::span<const Value> edge_values(wasm::ValType type);

// `count` argument lists for `params`: list k takes edge value k (cycling)
// for every parameter, then rotates, so parameters see different values.
std::vector<std::vector<Value>> edge_argument_lists(std::span<const wasm::ValType> params, size_t count);

}  // namespace tandem::oracle
