// Values biased toward the edges where compilers go wrong (private to
// generator/): integer limits and powers of two, shift counts around the
// width, memory and table boundaries, and for floats NaNs with payloads,
// signed zeros, infinities, subnormals and the float-to-int conversion edges
// (2^31, 2^32, 2^63, 2^64 and their neighbours).
#pragma once

#include <cstdint>

#include "generator/fuzz_reader.h"

namespace tandem::generator {

// What the module looks like where an edge depends on it.
struct EdgeContext {
  bool has_memory = false;
  uint32_t memory_bytes = 0;      // initial size
  uint32_t memory_max_bytes = 0;  // size after growing to the maximum
};

uint32_t draw_i32(FuzzReader& in, const EdgeContext& ctx);
uint64_t draw_i64(FuzzReader& in, const EdgeContext& ctx);
uint32_t draw_f32_bits(FuzzReader& in);
uint64_t draw_f64_bits(FuzzReader& in);

// A v128, its bytes 0-7 in `lo` and 8-15 in `hi` (lane 0 lowest), in a
// lane pattern that matters to SIMD lowering: all lanes equal (of any
// shape), alternating signs, float lanes with NaN payloads, -0.0 and the
// conversion edges, integer lanes at their saturation edges, byte indices
// around 16 (a swizzle's in- and out-of-range lanes), or any bits.
struct V128Bits {
  uint64_t lo = 0, hi = 0;
};
V128Bits draw_v128(FuzzReader& in, const EdgeContext& ctx);
// An i8x16.shuffle's 16 lane indices (each below 32): the identity, a
// reversal, one lane repeated, an interleave of both operands, or any.
void draw_shuffle(FuzzReader& in, uint8_t (&lanes)[16]);

// An address for an access of `width` bytes: mostly around the end of
// memory (the last in-bounds address, the first straddling one), sometimes
// anywhere in 32 bits.
uint32_t draw_address(FuzzReader& in, const EdgeContext& ctx, uint32_t width);
// A memarg offset: mostly zero or small, sometimes at the end of memory or
// past it, so that address + offset overflows 32 bits.
uint32_t draw_memarg_offset(FuzzReader& in, const EdgeContext& ctx, uint32_t width);
// An index into something of `size` elements (tables, segments): around
// the bounds, sometimes anything.
uint32_t draw_index(FuzzReader& in, uint32_t size);
// A length for a bulk operation over something of `size` elements.
uint32_t draw_length(FuzzReader& in, uint32_t size);

// The canonical NaNs the spec's arithmetic may produce; the generator
// selects them in place of any NaN an operator produced.
inline constexpr uint32_t kCanonicalNanF32 = 0x7fc00000u;
inline constexpr uint64_t kCanonicalNanF64 = 0x7ff8000000000000ull;

}  // namespace tandem::generator
