#include "wasm/edge_value_tiers.h"

#include <array>
#include <cstddef>

namespace tandem::wasm {
namespace {

// One type's values, tier after tier, so that each tier is a prefix.
template <size_t B, size_t I, size_t A>
struct Tiers {
  std::array<uint64_t, B + I + A> values{};

  constexpr Tiers(const uint64_t (&boundary)[B], const uint64_t (&interesting)[I], const uint64_t (&all)[A]) {
    size_t n = 0;
    for (uint64_t v : boundary) values[n++] = v;
    for (uint64_t v : interesting) values[n++] = v;
    for (uint64_t v : all) values[n++] = v;
  }

  std::span<const uint64_t> tier(EdgeTier t) const {
    size_t n = t == EdgeTier::Boundary ? B : t == EdgeTier::Interesting ? B + I : values.size();
    return {values.data(), n};
  }
};

constexpr uint64_t kI32Boundary[] = {0, 1, 0xffffffff, 0x80000000, 0x7fffffff, 31, 32, 0x10000};
constexpr uint64_t kI32Interesting[] = {
    2, 3, 0xfffffffe, 0x80000001, 33, 63, 64, 0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0xaaaaaaaa, 0x12345678,
};
constexpr uint64_t kI32All[] = {
    4,          7,          8,          15,         16,         65,         127,        256,        0x7ffffffe,
    0xffffff80, 0xffff8000, 0xffffffe1, 0xffffffe0, 0xffffffdf, 0xffffffc0, 0x55555555, 0x0f0f0f0f, 0x00ff00ff,
};

constexpr uint64_t kI64Boundary[] = {0, 1, ~0ull, 1ull << 63, ~0ull >> 1, 63, 64, 0x100000000};
constexpr uint64_t kI64Interesting[] = {
    2,
    ~0ull - 1,
    (1ull << 63) + 1,
    31,
    32,
    65,
    0xffffffff,
    0x80000000,
    0x7fffffff,
    0xffffffff80000000,
    0xaaaaaaaaaaaaaaaa,
    0x0000000100000001,
    0xff,
    0x8000,
    0x123456789abcdef0,
};
constexpr uint64_t kI64All[] = {
    33,
    127,
    128,
    0xffff,
    0x7ffffffffffffffe,
    0xffffffff7fffffff,
    0xffffffff00000000,
    0xffffffffffffff80,
    0xffffffffffff8000,
    0x5555555555555555,
    0x0123456789abcdef,
    0xffffffffffffffc1,
    0xffffffffffffffc0,
    0x00000000fffffffe,
    0x0000000080000001,
};

constexpr uint64_t kF32Boundary[] = {
    0x00000000, 0x3f800000, 0xbf800000, 0x7fc00000,  // +0, +-1, NaN
    0x80000000, 0x7f800000,                          // -0, +inf
    0x4f000000, 0x00000001,                          // 2^31, the smallest subnormal
};
constexpr uint64_t kF32Interesting[] = {
    0x3f000000, 0xbf000000,              // +-0.5
    0x3fc00000, 0x40200000, 0xc0200000,  // 1.5, +-2.5: rounding ties
    0xff800000,                          // -inf
    0xffc00000, 0x7fa00000, 0x7fc00001,  // NaNs: negative, signalling, payload
    0x007fffff, 0x00800000, 0x7f7fffff,  // largest subnormal, smallest normal, largest finite
    0xcf000000, 0x4effffff, 0xcf000001,  // -2^31 and the neighbours of +-2^31
    0x4f800000, 0x4f7fffff,              // 2^32 and below
    0x5f000000, 0xdf000000, 0x5effffff,  // +-2^63
    0x5f800000, 0x5f7fffff,              // 2^64 and below
    0x3f7fffff, 0xbf7fffff,              // just inside +-1
    0x4b000000, 0x4b000001,              // 2^23: where every float is an integer
};
constexpr uint64_t kF32All[] = {
    0x7fffffff, 0xffffffff,              // quiet NaNs with payloads
    0x7f800001, 0xff800001,              // signalling NaNs
    0x80000001, 0x807fffff, 0xff7fffff,  // negative subnormals, largest negative finite
    0xbfc00000, 0x3effffff,              // -1.5, just below 0.5
    0xcf800000, 0xdf000001,              // -2^32, below -2^63
    0x4b800000, 0x4b7fffff,              // 2^24 and below
    0x40490fdb, 0x501502f9, 0x3dcccccd,  // pi, 1e10, 0.1
};

constexpr uint64_t kF64Boundary[] = {
    0x0000000000000000, 0x3ff0000000000000, 0xbff0000000000000, 0x7ff8000000000000,  // +0, +-1, NaN
    0x8000000000000000, 0x7ff0000000000000,                                          // -0, +inf
    0x41e0000000000000, 0x0000000000000001,                                          // 2^31, the smallest subnormal
};
constexpr uint64_t kF64Interesting[] = {
    0x3fe0000000000000, 0xbfe0000000000000,                      // +-0.5
    0x3ff8000000000000, 0x4004000000000000, 0xc004000000000000,  // 1.5, +-2.5
    0xfff0000000000000,                                          // -inf
    0xfff8000000000000, 0x7ff4000000000000, 0x7ff8000000000001,  // NaNs: negative, signalling, payload
    0x000fffffffffffff, 0x0010000000000000, 0x7fefffffffffffff,  // subnormal, min normal, max
    0xc1e0000000000000,                                          // -2^31
    0x41dfffffffc00000, 0xc1e0000000200000,                      // 2^31-1, -2^31-1
    0x41dfffffffe00000, 0xc1e0000000100000,                      // 2147483647.5, -2147483648.5
    0x41f0000000000000, 0x41efffffffe00000, 0x41effffffff00000,  // 2^32, 2^32-1, 4294967295.5
    0x43e0000000000000, 0xc3e0000000000000, 0x43dfffffffffffff, 0xc3e0000000000001,  // +-2^63
    0x43f0000000000000, 0x43efffffffffffff,                                          // 2^64 and below
    0x3fefffffffffffff, 0xbfefffffffffffff,                                          // just inside +-1
    0x4330000000000000, 0x4330000000000001,                                          // 2^52
};
constexpr uint64_t kF64All[] = {
    0x7fffffffffffffff, 0xffffffffffffffff,                      // quiet NaNs with payloads
    0x7ff0000000000001, 0xfff0000000000001,                      // signalling NaNs
    0x8000000000000001, 0x800fffffffffffff,                      // negative subnormals
    0xffefffffffffffff,                                          // largest negative finite
    0xbff8000000000000, 0x3fdfffffffffffff,                      // -1.5, just below 0.5
    0x4340000000000000, 0x4340000000000001,                      // 2^53
    0x47efffffe0000000, 0x47effffff0000000,                      // f32 max, and the tie that demotes to inf
    0x36a0000000000000, 0x3690000000000000,                      // f32 smallest subnormal and half of it
    0x400921fb54442d18, 0x7e37e43c8800759c, 0x3fb999999999999a,  // pi, 1e300, 0.1
};

constexpr Tiers kI32(kI32Boundary, kI32Interesting, kI32All);
constexpr Tiers kI64(kI64Boundary, kI64Interesting, kI64All);
constexpr Tiers kF32(kF32Boundary, kF32Interesting, kF32All);
constexpr Tiers kF64(kF64Boundary, kF64Interesting, kF64All);

}  // namespace

std::span<const uint64_t> edge_values(ValType type, EdgeTier tier) {
  switch (type) {
    case ValType::I32: return kI32.tier(tier);
    case ValType::I64: return kI64.tier(tier);
    case ValType::F32: return kF32.tier(tier);
    case ValType::F64: return kF64.tier(tier);
    default: return {};
  }
}

}  // namespace tandem::wasm
