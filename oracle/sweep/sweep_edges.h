// The edge values the operator sweep combines, per type: the values where
// the spec's rules are sharpest (wrap-around, sign, shift counts, NaN
// payloads, signed zeros, subnormals, rounding ties and every
// float-to-integer conversion boundary).
#pragma once

#include <cstdint>
#include <span>

#include "wasm/types.h"

namespace tandem::oracle {

std::span<const uint64_t> sweep_edges(wasm::ValType type);

}  // namespace tandem::oracle
