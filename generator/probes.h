// Probes: a copy of a module in which every value an operator computes is
// also reported to a host import, as probe(value, wasm offset of the
// operator). The differential oracle compares host-call traces, so on the
// probed copy the first call two engines make differently names the first
// operator whose value differs: where a result, memory or global mismatch
// began, which the mismatch itself does not say.
//
// Probes perturb what they observe (a call between every two operators
// changes register allocation and instruction selection), so a caller that
// finds the difference gone probes fewer operators: only ordinals in
// [first, last) are probed, and a short bisection over that range finds a
// probe that still sees the difference.
#pragma once

#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "wasm/result.h"

namespace tandem::generator {

// The probes' import module; each import is named for its value type
// ("i32", "i64", "f32", "f64") and has type (value, i32 offset) -> ().
inline constexpr std::string_view kProbeModule = "tandem_probe";
inline constexpr uint32_t kNumProbeImports = 4;

struct ProbeRange {
  // The operators that can be probed (value-producing, not constants, in
  // reachable code, with a numeric result) are numbered in module order
  // over every defined function's body (the ordinal).
  uint32_t first = 0;
  uint32_t last = UINT32_MAX;
  // When not empty: only these ordinals of the range, in ascending order.
  std::vector<uint32_t> only;

  bool contains(uint32_t ordinal) const {
    return ordinal >= first && ordinal < last &&
           (only.empty() || std::binary_search(only.begin(), only.end(), ordinal));
  }
};

// An operator that can be probed: where it is in the original module.
struct ProbeSite {
  uint32_t offset = 0;  // the operator's byte offset, as its probe reports it
  uint32_t func = 0;    // the defined function whose body holds it
};

struct ProbedModule {
  std::vector<uint8_t> wasm;
  uint32_t num_ordinals = 0;  // operators that can be probed (the range's whole extent)
  uint32_t num_probes = 0;    // probes placed
  // Every ordinal's operator, probed or not, in ordinal order (module
  // order): a caller that found a difference at one offset can probe the
  // operators before it one by one.
  std::vector<ProbeSite> sites;
};

// The module with probes in `range`. The four probe imports come after the
// module's own imports, so defined functions move up by four in the
// function index space (exports, element segments, the start function and
// calls follow). A mixed image's mask, which is read by function index,
// must turn with them: mixed_mask_with_probes(). Errors: a module that
// does not validate.
Result<ProbedModule> add_probes(std::span<const uint8_t> wasm, ProbeRange range);

// The mask (bit i % 64: function i from the optimizing backend) that gives
// every function of the probed module the backend it had in the original.
inline uint64_t mixed_mask_with_probes(uint64_t mask) {
  return (mask << kNumProbeImports) | (mask >> (64 - kNumProbeImports));
}

}  // namespace tandem::generator
