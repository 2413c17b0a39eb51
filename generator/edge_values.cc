#include "generator/edge_values.h"

#include <iterator>

namespace tandem::generator {
namespace {

constexpr uint32_t kI32Edges[] = {
    0, 1, 0xffffffff, 2, 3, 4, 7, 8, 15, 16,
    31, 32, 33, 63, 64, 65, 127, 128, 255, 256,
    0x7fff, 0x8000, 0xffff, 0x10000, 0x7fffffff, 0x80000000, 0x80000001, 0x7ffffffe, 0xfffffffe, 0xffffff80,
    0xffff8000, 0xffffffe1, 0xffffffe0, 0xffffffdf, 0xffffffc0, 0x55555555, 0xaaaaaaaa, 0x0f0f0f0f, 0x12345678, 0x00ff00ff,
};

constexpr uint64_t kI64Edges[] = {
    0, 1, ~0ull, 2, 31, 32, 33, 63, 64, 65,
    127, 128, 0xffff, 0x7fffffff, 0x80000000, 0xffffffff, 0x100000000, 0x100000001, 0x7fffffffffffffff, 0x8000000000000000,
    0x8000000000000001, 0x7ffffffffffffffe, 0xfffffffffffffffe, 0xffffffff80000000, 0xffffffff7fffffff, 0xffffffff00000000, 0x00000000ffffffff, 0xffffffffffffff80, 0xffffffffffff8000, 0x5555555555555555,
    0xaaaaaaaaaaaaaaaa, 0x0123456789abcdef, 0xffffffffffffffc1, 0xffffffffffffffc0, 0x00000000fffffffe, 0x0000000080000001,
};

constexpr uint32_t kF32Edges[] = {
    0x00000000, 0x80000000,              // +0, -0
    0x7f800000, 0xff800000,              // +inf, -inf
    0x7fc00000, 0xffc00000,              // canonical NaNs
    0x7fc00001, 0x7fffffff, 0xffffffff,  // quiet NaNs with payloads
    0x7f800001, 0x7fa00000, 0xff800001,  // signalling NaNs
    0x00000001, 0x80000001,              // smallest subnormals
    0x007fffff, 0x00800000, 0x807fffff,  // largest subnormal, smallest normal
    0x7f7fffff, 0xff7fffff,              // largest finite
    0x3f800000, 0xbf800000, 0x3f000000, 0xbf000000,  // +-1, +-0.5
    0x3fc00000, 0x40200000, 0xbfc00000, 0xc0200000,  // +-1.5, +-2.5: nearest ties
    0x3effffff, 0x3f7fffff, 0xbf7fffff,  // just below 0.5, just inside (-1, 1)
    0x4f000000, 0x4effffff, 0xcf000000, 0xcf000001,  // 2^31 edges (i32 conversions)
    0x4f800000, 0x4f7fffff, 0xcf800000,              // 2^32 edges (u32)
    0x5f000000, 0x5effffff, 0xdf000000, 0xdf000001,  // 2^63 edges (i64)
    0x5f800000, 0x5f7fffff,                          // 2^64 edges (u64)
    0x4b000000, 0x4b000001, 0x4b800000, 0x4b7fffff,  // 2^23, 2^24: integral from here on
    0x40490fdb, 0x501502f9, 0x3dcccccd,              // pi, 1e10, 0.1
};

constexpr uint64_t kF64Edges[] = {
    0x0000000000000000, 0x8000000000000000,  // +0, -0
    0x7ff0000000000000, 0xfff0000000000000,  // +inf, -inf
    0x7ff8000000000000, 0xfff8000000000000,  // canonical NaNs
    0x7ff8000000000001, 0x7fffffffffffffff, 0xffffffffffffffff,  // quiet NaNs with payloads
    0x7ff0000000000001, 0x7ff4000000000000, 0xfff0000000000001,  // signalling NaNs
    0x0000000000000001, 0x8000000000000001,  // smallest subnormals
    0x000fffffffffffff, 0x0010000000000000, 0x800fffffffffffff,  // largest subnormal, smallest normal
    0x7fefffffffffffff, 0xffefffffffffffff,  // largest finite
    0x3ff0000000000000, 0xbff0000000000000, 0x3fe0000000000000, 0xbfe0000000000000,  // +-1, +-0.5
    0x3ff8000000000000, 0x4004000000000000, 0xbff8000000000000, 0xc004000000000000,  // +-1.5, +-2.5
    0x3fdfffffffffffff, 0x3fefffffffffffff, 0xbfefffffffffffff,  // just below 0.5, inside (-1, 1)
    0x41dfffffffc00000, 0x41dfffffffe00000, 0x41e0000000000000,  // 2^31-1, 2^31-0.5, 2^31
    0xc1e0000000000000, 0xc1e0000000100000, 0xc1e0000000200000,  // -2^31, -2^31-0.5, -2^31-1
    0x41efffffffe00000, 0x41effffffff00000, 0x41f0000000000000,  // 2^32-1, 2^32-0.5, 2^32
    0x43e0000000000000, 0x43dfffffffffffff, 0xc3e0000000000000, 0xc3e0000000000001,  // 2^63 edges
    0x43f0000000000000, 0x43efffffffffffff,                                          // 2^64 edges
    0x4330000000000000, 0x4330000000000001, 0x4340000000000000, 0x4340000000000001,  // 2^52, 2^53
    0x47efffffe0000000, 0x47effffff0000000,  // f32 max, and the tie that demotes to inf
    0x36a0000000000000, 0x3690000000000000,  // f32 smallest subnormal and half of it
    0x400921fb54442d18, 0x7e37e43c8800759c, 0x3fb999999999999a,  // pi, 1e300, 0.1
};

template <class T, size_t N>
T pick(FuzzReader& in, const T (&table)[N]) {
  return table[in.below(N)];
}

uint32_t power_of_two_i32(FuzzReader& in) {
  uint8_t b = in.byte();
  uint32_t p = 1u << (b & 31);
  switch ((b >> 5) % 3) {
    case 0: return p - 1;
    case 1: return p;
    default: return p + 1;
  }
}

uint64_t power_of_two_i64(FuzzReader& in) {
  uint8_t b = in.byte();
  uint64_t p = 1ull << (b & 63);
  switch ((b >> 6) % 3) {
    case 0: return p - 1;
    case 1: return p;
    default: return p + 1;
  }
}

// Small signed integers: most loops, counters and shifts live here.
int32_t small_int(FuzzReader& in) { return static_cast<int8_t>(in.byte()) / 4; }

}  // namespace

uint32_t draw_i32(FuzzReader& in, const EdgeContext& ctx) {
  uint8_t kind = in.byte();
  if (kind < 96) return pick(in, kI32Edges);
  if (kind < 150) return static_cast<uint32_t>(small_int(in));
  if (kind < 180) return power_of_two_i32(in);
  if (kind < 200 && ctx.has_memory) return draw_address(in, ctx, 1u << in.below(4));
  return in.u32();
}

uint64_t draw_i64(FuzzReader& in, const EdgeContext& ctx) {
  uint8_t kind = in.byte();
  if (kind < 96) return pick(in, kI64Edges);
  if (kind < 140) return static_cast<uint64_t>(static_cast<int64_t>(small_int(in)));
  if (kind < 170) return power_of_two_i64(in);
  if (kind < 190) {  // an i32 edge, sign- or zero-extended
    uint32_t v = pick(in, kI32Edges);
    return in.byte() & 1 ? static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(v))) : v;
  }
  return in.u64();
}

uint32_t draw_f32_bits(FuzzReader& in) {
  uint8_t kind = in.byte();
  if (kind < 128) return pick(in, kF32Edges);
  if (kind < 160) {  // an edge one ulp away, either way
    uint32_t v = pick(in, kF32Edges);
    return in.byte() & 1 ? v + 1 : v - 1;
  }
  if (kind < 200) {  // a small integer, exactly representable
    float f = static_cast<float>(small_int(in));
    uint32_t bits;
    __builtin_memcpy(&bits, &f, sizeof bits);
    return bits;
  }
  return in.u32();
}

uint64_t draw_f64_bits(FuzzReader& in) {
  uint8_t kind = in.byte();
  if (kind < 128) return pick(in, kF64Edges);
  if (kind < 160) {
    uint64_t v = pick(in, kF64Edges);
    return in.byte() & 1 ? v + 1 : v - 1;
  }
  if (kind < 200) {
    double d = static_cast<double>(small_int(in));
    uint64_t bits;
    __builtin_memcpy(&bits, &d, sizeof bits);
    return bits;
  }
  return in.u64();
}

uint32_t draw_address(FuzzReader& in, const EdgeContext& ctx, uint32_t width) {
  uint32_t mem = ctx.memory_bytes;
  // Half in bounds, so that a body goes on past its first access; the other
  // half on and past the edges.
  uint8_t kind = in.byte();
  switch (kind % 16) {
    case 0: return 0;
    case 1:
    case 2: return in.byte() & 63;
    case 3:
    case 4:
    case 5: return mem > width ? in.below(mem - width + 1) : 0;
    case 6: return mem - width;      // the last in-bounds access
    case 7: return mem - width + 1;  // the first one that straddles the end
    case 8: return mem;
    case 9: return mem - 1;
    case 10: return mem + (in.byte() & 15);
    case 11: return ctx.memory_max_bytes - width - (in.byte() & 3);  // in bounds only after growing
    case 12: return 0xffffffffu - (in.byte() & 7);
    case 13: return 0x80000000u;
    case 14: return mem ? in.below(mem) : 0;
    default: return in.u32();
  }
}

uint32_t draw_memarg_offset(FuzzReader& in, const EdgeContext& ctx, uint32_t width) {
  uint8_t kind = in.byte();
  if (kind < 128) return 0;
  if (kind < 180) return in.byte() & 63;
  switch (kind % 6) {
    case 0: return ctx.memory_bytes - width;
    case 1: return ctx.memory_bytes;
    case 2: return 0xffffffffu - (in.byte() & 7);
    case 3: return 65536;
    case 4: return 0x80000000u;
    default: return in.u32();
  }
}

uint32_t draw_index(FuzzReader& in, uint32_t size) {
  uint8_t kind = in.byte();
  switch (kind % 8) {
    case 0: return 0;
    case 1: return size - 1;
    case 2: return size;
    case 3: return size + 1;
    case 4: return 0xffffffffu;
    case 5: return in.byte() & 7;
    default: return size ? in.below(size) : 0;
  }
}

uint32_t draw_length(FuzzReader& in, uint32_t size) {
  uint8_t kind = in.byte();
  switch (kind % 6) {
    case 0: return 0;
    case 1: return 1;
    case 2: return size;
    case 3: return size + 1;
    case 4: return 0xffffffffu;
    default: return in.byte() & 15;
  }
}

}  // namespace tandem::generator
