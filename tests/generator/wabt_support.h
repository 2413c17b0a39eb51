// Test-only views of generated modules through wabt: its validator (an
// independent second opinion next to wasm/'s), and the operators a module
// contains, read by wabt's binary reader and mapped onto wasm::Opcode.
#pragma once

#include <cstdint>
#include <set>
#include <span>
#include <string>
#include <vector>

#include "wasm/opcode.h"

namespace tandem::generator::testing {

// Empty when wabt reads and validates the module; its messages otherwise.
std::string wabt_validate(std::span<const uint8_t> wasm);

// Every operator in every function body, in order (constant expressions of
// globals and segments excluded).
std::vector<wasm::Opcode> body_opcodes(std::span<const uint8_t> wasm);

// The immediates of a module's bodies: constants and memarg offsets.
struct BodyConstants {
  std::set<uint32_t> i32;
  std::set<uint64_t> i64;
  std::set<uint32_t> f32;  // bit patterns
  std::set<uint64_t> f64;
  std::set<uint64_t> memarg_offsets;
};
void collect_constants(std::span<const uint8_t> wasm, BodyConstants& out);

// A deterministic pseudo-random input of `size` bytes for seed `seed`.
std::vector<uint8_t> random_input(uint64_t seed, size_t size);

}  // namespace tandem::generator::testing
