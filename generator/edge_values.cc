#include "generator/edge_values.h"

#include <span>

#include "wasm/edge_value_tiers.h"

namespace tandem::generator {
namespace {

// An edge value of `type`: the generator draws from every tier.
uint64_t pick(FuzzReader& in, wasm::ValType type) {
  std::span<const uint64_t> table = wasm::edge_values(type, wasm::EdgeTier::All);
  return table[in.below(static_cast<uint32_t>(table.size()))];
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
  if (kind < 96) return static_cast<uint32_t>(pick(in, wasm::ValType::I32));
  if (kind < 150) return static_cast<uint32_t>(small_int(in));
  if (kind < 180) return power_of_two_i32(in);
  if (kind < 200 && ctx.has_memory) return draw_address(in, ctx, 1u << in.below(4));
  return in.u32();
}

uint64_t draw_i64(FuzzReader& in, const EdgeContext& ctx) {
  uint8_t kind = in.byte();
  if (kind < 96) return pick(in, wasm::ValType::I64);
  if (kind < 140) return static_cast<uint64_t>(static_cast<int64_t>(small_int(in)));
  if (kind < 170) return power_of_two_i64(in);
  if (kind < 190) {  // an i32 edge, sign- or zero-extended
    uint32_t v = static_cast<uint32_t>(pick(in, wasm::ValType::I32));
    return in.byte() & 1 ? static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(v))) : v;
  }
  return in.u64();
}

uint32_t draw_f32_bits(FuzzReader& in) {
  uint8_t kind = in.byte();
  if (kind < 128) return static_cast<uint32_t>(pick(in, wasm::ValType::F32));
  if (kind < 160) {  // an edge one ulp away, either way
    uint32_t v = static_cast<uint32_t>(pick(in, wasm::ValType::F32));
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
  if (kind < 128) return pick(in, wasm::ValType::F64);
  if (kind < 160) {
    uint64_t v = pick(in, wasm::ValType::F64);
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

namespace {

// Lane `i` of `lanes` lanes of the vector set to the low bits of `v`.
void set_lane(V128Bits& v, uint32_t lanes, uint32_t i, uint64_t value) {
  const uint32_t bits = 128 / lanes;
  const uint64_t mask = bits == 64 ? ~0ull : (1ull << bits) - 1;
  const uint32_t at = i * bits;
  uint64_t& word = at < 64 ? v.lo : v.hi;
  const uint32_t shift = at % 64;
  word = (word & ~(mask << shift)) | ((value & mask) << shift);
}

// A lane's value at an integer edge of its width: 0, 1, -1, the signed
// limits, the unsigned maximum's neighbours, or any.
uint64_t int_lane_edge(FuzzReader& in, uint32_t bits) {
  const uint64_t top = 1ull << (bits - 1);
  switch (in.byte() % 8) {
    case 0: return 0;
    case 1: return 1;
    case 2: return ~0ull;
    case 3: return top - 1;  // the signed maximum
    case 4: return top;      // the signed minimum
    case 5: return top + 1;
    case 6: return top - 2;
    default: return in.u64();
  }
}

}  // namespace

V128Bits draw_v128(FuzzReader& in, const EdgeContext& ctx) {
  static constexpr uint32_t kShapes[] = {16, 8, 4, 2};
  V128Bits v;
  const uint8_t kind = in.byte();
  const uint32_t lanes = kShapes[(kind >> 4) & 3];
  switch (kind % 8) {
    case 0: {  // every lane equal
      const uint64_t x = lanes == 4 && (kind & 0x40)   ? draw_f32_bits(in)
                         : lanes == 2 && (kind & 0x40) ? draw_f64_bits(in)
                                                       : int_lane_edge(in, 128 / lanes);
      for (uint32_t i = 0; i < lanes; ++i) set_lane(v, lanes, i, x);
      return v;
    }
    case 1: {  // alternating signs
      const uint64_t x = int_lane_edge(in, 128 / lanes);
      for (uint32_t i = 0; i < lanes; ++i) set_lane(v, lanes, i, i % 2 ? 0 - x : x);
      return v;
    }
    case 2:  // f32 lanes: NaNs with payloads, -0.0, infinities, conversion edges
      for (uint32_t i = 0; i < 4; ++i) set_lane(v, 4, i, draw_f32_bits(in));
      return v;
    case 3:
      for (uint32_t i = 0; i < 2; ++i) set_lane(v, 2, i, draw_f64_bits(in));
      return v;
    case 4:  // integer lanes at their edges, each its own
      for (uint32_t i = 0; i < lanes; ++i) set_lane(v, lanes, i, int_lane_edge(in, 128 / lanes));
      return v;
    case 5:  // byte indices around 16 and 32: a swizzle's lanes in and out of range
      for (uint32_t i = 0; i < 16; ++i) set_lane(v, 16, i, in.below(36));
      return v;
    case 6:  // an address or index in each i32 lane
      for (uint32_t i = 0; i < 4; ++i) set_lane(v, 4, i, draw_i32(in, ctx));
      return v;
    default:
      v.lo = in.u64();
      v.hi = in.u64();
      return v;
  }
}

void draw_shuffle(FuzzReader& in, uint8_t (&lanes)[16]) {
  const uint8_t kind = in.byte() % 5;
  const uint8_t pick = static_cast<uint8_t>(in.below(32));
  for (uint8_t i = 0; i < 16; ++i) switch (kind) {
      case 0: lanes[i] = i; break;
      case 1: lanes[i] = static_cast<uint8_t>(31 - i); break;
      case 2: lanes[i] = pick; break;
      case 3: lanes[i] = static_cast<uint8_t>(i / 2 + (i % 2) * 16); break;
      default: lanes[i] = static_cast<uint8_t>(in.below(32)); break;
    }
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
