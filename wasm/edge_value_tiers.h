// The edge values of each numeric type, in one table for every user: the
// values where compilers and the spec's rules are sharpest (wrap-around,
// sign, shift counts around the width, NaN payloads, signed zeros,
// subnormals, rounding ties, every float-to-integer conversion boundary),
// in tiers, each holding the one before it, so that a user draws as many
// as it can afford and no two users' lists drift apart.
#pragma once

#include <cstdint>
#include <span>

#include "wasm/types.h"

namespace tandem::wasm {

enum class EdgeTier : uint8_t {
  // A handful per type, most common first: zero, one, all-ones, the
  // extremes, the shift counts at the width, NaN, -0, infinity, 2^31, the
  // smallest subnormal. Arguments for functions nobody wrote calls for.
  Boundary,
  // Every value where the spec's rules are sharpest: the operator sweep
  // combines all of them, operand by operand.
  Interesting,
  // Plus the generator's further biases: small powers of two, sign-bit
  // patterns, alternating bits, the neighbours of the boundaries.
  All,
};

// The bit patterns of `type`'s edge values in `tier` (an f32 in the low 32
// bits), those of the smaller tiers first and in their order. Empty for a
// type that has none (references).
std::span<const uint64_t> edge_values(ValType type, EdgeTier tier);

}  // namespace tandem::wasm
