// Values at the edges: over a few hundred modules the constants in the
// bodies, the memarg offsets and the invocation arguments include the
// integer limits, shift counts around the width, memory boundaries, NaNs
// with payloads, signed zeros, infinities, subnormals and the float-to-int
// conversion edges.
#include <gtest/gtest.h>

#include <set>

#include "generator/generator.h"
#include "tests/generator/wabt_support.h"

namespace tandem::generator {
namespace {

using testing::BodyConstants;
using testing::random_input;

struct Seen {
  BodyConstants consts;
  std::set<uint64_t> i32_args, i64_args, f32_args, f64_args;
};

Seen collect(const GeneratorConfig& config, uint32_t count) {
  Generator gen;
  GeneratedModule m;
  Seen seen;
  for (uint32_t i = 0; i < count; ++i) {
    EXPECT_TRUE(gen.generate(random_input(800000 + i, 1500), config, m).ok());
    testing::collect_constants(m.wasm, seen.consts);
    for (const ArgValue& a : m.args) {
      switch (a.type) {
        case wasm::ValType::I32: seen.i32_args.insert(a.bits); break;
        case wasm::ValType::I64: seen.i64_args.insert(a.bits); break;
        case wasm::ValType::F32: seen.f32_args.insert(a.bits); break;
        case wasm::ValType::F64: seen.f64_args.insert(a.bits); break;
        default: break;
      }
    }
  }
  return seen;
}

TEST(GeneratorEdgeValues, IntegerEdges) {
  Seen s = collect(GeneratorConfig::integer_core(), 400);
  for (uint32_t v : {0u, 1u, 0xffffffffu, 0x80000000u, 0x7fffffffu, 31u, 32u, 33u, 63u, 64u, 0xffffu, 0x10000u}) {
    EXPECT_TRUE(s.consts.i32.count(v)) << "i32.const " << v;
    EXPECT_TRUE(s.i32_args.count(v)) << "i32 argument " << v;
  }
  for (uint64_t v : {0ull, 1ull, ~0ull, 0x8000000000000000ull, 0x7fffffffffffffffull, 0xffffffffull, 0x100000000ull,
                     0x80000000ull, 63ull, 64ull}) {
    EXPECT_TRUE(s.consts.i64.count(v)) << "i64.const " << v;
    EXPECT_TRUE(s.i64_args.count(v)) << "i64 argument " << v;
  }
  // Powers of two and their neighbours.
  uint32_t powers = 0;
  for (uint32_t k = 2; k < 31; ++k)
    powers += s.consts.i32.count((1u << k) - 1) && s.consts.i32.count(1u << k) && s.consts.i32.count((1u << k) + 1);
  EXPECT_GT(powers, 20u);
}

TEST(GeneratorEdgeValues, MemoryBoundaries) {
  GeneratorConfig config = GeneratorConfig::integer_core();
  config.memory_min_pages = 1;
  config.memory_max_pages = 3;
  Seen s = collect(config, 400);
  const uint32_t end = 65536;
  // The last in-bounds address of each width and the first straddling one.
  for (uint32_t width : {1u, 2u, 4u, 8u}) {
    EXPECT_TRUE(s.consts.i32.count(end - width)) << "address end-" << width;
    EXPECT_TRUE(s.consts.i32.count(end - width + 1)) << "address end-" << width << "+1";
  }
  EXPECT_TRUE(s.consts.i32.count(end));
  EXPECT_TRUE(s.consts.i32.count(3 * end - 8)) << "in bounds only after memory.grow";
  for (uint64_t offset : {0ull, 65536ull - 4, 65536ull, 0xffffffffull, 0x80000000ull})
    EXPECT_TRUE(s.consts.memarg_offsets.count(offset)) << "memarg offset " << offset;
}

TEST(GeneratorEdgeValues, FloatEdges) {
  Seen s = collect(GeneratorConfig::full(), 500);
  for (uint32_t bits : {0x00000000u, 0x80000000u, 0x7f800000u, 0xff800000u, 0x7fc00000u,  // +-0, +-inf, NaN
                        0x7fc00001u, 0x7f800001u,                                         // NaN payloads, sNaN
                        0x00000001u, 0x007fffffu,                                         // subnormals
                        0x4f000000u, 0x4effffffu, 0xcf000000u, 0x4f800000u,               // 2^31, 2^32
                        0x5f000000u, 0x5f800000u, 0x3f000000u}) {                         // 2^63, 2^64, 0.5
    EXPECT_TRUE(s.consts.f32.count(bits)) << std::hex << "f32.const 0x" << bits;
    EXPECT_TRUE(s.f32_args.count(bits)) << std::hex << "f32 argument 0x" << bits;
  }
  for (uint64_t bits : {0x0ull, 0x8000000000000000ull, 0x7ff0000000000000ull, 0x7ff8000000000000ull,
                        0x7ff8000000000001ull, 0x7ff0000000000001ull, 0x1ull, 0x000fffffffffffffull,
                        0x41e0000000000000ull, 0x41dfffffffc00000ull, 0xc1e0000000200000ull,  // i32 edges
                        0x41f0000000000000ull, 0x41efffffffe00000ull,                         // u32 edges
                        0x43e0000000000000ull, 0x43dfffffffffffffull, 0x43f0000000000000ull}) {
    EXPECT_TRUE(s.consts.f64.count(bits)) << std::hex << "f64.const 0x" << bits;
    EXPECT_TRUE(s.f64_args.count(bits)) << std::hex << "f64 argument 0x" << bits;
  }
}

}  // namespace
}  // namespace tandem::generator
