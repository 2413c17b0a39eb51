// Constants and scratch registers the SIMD emission files share.
// Private to emission.
#pragma once

#include <cstdint>

#include "backends/optimizing/isel/vcode.h"

namespace tandem::optimizing::emission::simd_util {

// Free for any sequence (never allocated; see isel/vcode.h).
inline constexpr compile::x64::Xmm S = mach::kScratchXmm;
inline constexpr compile::x64::Gpr G = mach::kScratchGpr;

// A byte, word or dword repeated over 64 bits (a constant128 half).
constexpr uint64_t splat8(uint8_t b) { return 0x0101010101010101ull * b; }
constexpr uint64_t splat16(uint16_t w) { return 0x0001000100010001ull * w; }
constexpr uint64_t splat32(uint32_t d) { return 0x0000000100000001ull * d; }

enum class Lanes : uint8_t { I8, I16, I32, I64 };

}  // namespace tandem::optimizing::emission::simd_util
