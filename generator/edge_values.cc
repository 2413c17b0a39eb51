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
