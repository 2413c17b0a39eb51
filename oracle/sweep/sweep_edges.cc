#include "oracle/sweep/sweep_edges.h"

namespace tandem::oracle {
namespace {

constexpr uint64_t kI32[] = {
    0, 1, 2, 3, 0xffffffff, 0xfffffffe, 0x80000000, 0x7fffffff, 0x80000001, 31, 32, 33, 63, 64,
    0x80, 0xff, 0x7fff, 0x8000, 0xffff, 0x10000, 0xaaaaaaaa,
};

constexpr uint64_t kI64[] = {
    0, 1, 2, ~0ull, ~0ull - 1, 1ull << 63, (1ull << 63) - 1, (1ull << 63) + 1, 31, 32, 63, 64, 65,
    0xffffffff, 0x100000000, 0x80000000, 0x7fffffff, 0xffffffff80000000, 0xaaaaaaaaaaaaaaaa,
    0x0000000100000001, 0xff, 0x8000,
};

constexpr uint64_t kF32[] = {
    0x00000000, 0x80000000,  // ±0
    0x3f800000, 0xbf800000,  // ±1
    0x3f000000, 0xbf000000,  // ±0.5
    0x3fc00000, 0x40200000, 0xc0200000,  // 1.5, ±2.5: rounding ties
    0x7f800000, 0xff800000,  // ±inf
    0x7fc00000, 0xffc00000, 0x7fa00000, 0x7fc00001,  // NaNs: canonical, negative, signalling, payload
    0x00000001, 0x007fffff, 0x00800000, 0x7f7fffff,  // subnormals, min normal, max
    0x4f000000, 0xcf000000, 0x4effffff, 0xcf000001,  // ±2^31 and their neighbours
    0x4f800000, 0x4f7fffff,  // 2^32 and below
    0x5f000000, 0xdf000000, 0x5effffff,  // ±2^63
    0x5f800000, 0x5f7fffff,  // 2^64 and below
    0x3f7fffff, 0xbf7fffff,  // just inside ±1
    0x4b000000, 0x4b000001,  // 2^23: where every float is an integer
};

constexpr uint64_t kF64[] = {
    0x0000000000000000, 0x8000000000000000,  // ±0
    0x3ff0000000000000, 0xbff0000000000000,  // ±1
    0x3fe0000000000000, 0xbfe0000000000000,  // ±0.5
    0x3ff8000000000000, 0x4004000000000000, 0xc004000000000000,  // 1.5, ±2.5
    0x7ff0000000000000, 0xfff0000000000000,  // ±inf
    0x7ff8000000000000, 0xfff8000000000000, 0x7ff4000000000000, 0x7ff8000000000001,  // NaNs
    0x0000000000000001, 0x000fffffffffffff, 0x0010000000000000, 0x7fefffffffffffff,
    0x41e0000000000000, 0xc1e0000000000000,  // ±2^31
    0x41dfffffffc00000, 0xc1e0000000200000,  // 2^31-1, -2^31-1
    0x41dfffffffe00000, 0xc1e0000000100000,  // 2147483647.5, -2147483648.5
    0x41f0000000000000, 0x41efffffffe00000, 0x41efffffffF00000,  // 2^32, 2^32-1, 4294967295.5
    0x43e0000000000000, 0xc3e0000000000000, 0x43dfffffffffffff, 0xc3e0000000000001,  // ±2^63
    0x43f0000000000000, 0x43efffffffffffff,  // 2^64 and below
    0x3fefffffffffffff, 0xbfefffffffffffff,  // just inside ±1
    0x4330000000000000, 0x4330000000000001,  // 2^52
};

}  // namespace

std::span<const uint64_t> sweep_edges(wasm::ValType type) {
  switch (type) {
    case wasm::ValType::I32: return kI32;
    case wasm::ValType::I64: return kI64;
    case wasm::ValType::F32: return kF32;
    case wasm::ValType::F64: return kF64;
    default: return {};
  }
}

}  // namespace tandem::oracle
