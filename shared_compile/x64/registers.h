// x86-64 register operands. Encodings are the hardware's (REX.B/R/X select
// the upper eight), so a register's number is what goes into ModRM.
#pragma once

#include <cstdint>

namespace tandem::compile::x64 {

struct Gpr {
  uint8_t enc = 0;  // 0..15
  constexpr bool operator==(const Gpr&) const = default;
  constexpr uint8_t low3() const { return enc & 7; }
  constexpr bool high() const { return enc >= 8; }
};

struct Xmm {
  uint8_t enc = 0;  // 0..15
  constexpr bool operator==(const Xmm&) const = default;
  constexpr uint8_t low3() const { return enc & 7; }
  constexpr bool high() const { return enc >= 8; }
};

inline constexpr Gpr rax{0}, rcx{1}, rdx{2}, rbx{3}, rsp{4}, rbp{5}, rsi{6}, rdi{7};
inline constexpr Gpr r8{8}, r9{9}, r10{10}, r11{11}, r12{12}, r13{13}, r14{14}, r15{15};

inline constexpr Xmm xmm0{0}, xmm1{1}, xmm2{2}, xmm3{3}, xmm4{4}, xmm5{5}, xmm6{6}, xmm7{7};
inline constexpr Xmm xmm8{8}, xmm9{9}, xmm10{10}, xmm11{11}, xmm12{12}, xmm13{13}, xmm14{14}, xmm15{15};

// Name as Capstone prints it for a given operand size in bytes (1, 2, 4, 8).
const char* gpr_name(Gpr r, int size);
const char* xmm_name(Xmm r);

// A set of registers as a bitmask: bit n is register n. Used by both
// register allocators and by the ABI's clobber sets.
struct RegSet {
  uint16_t bits = 0;
  constexpr bool contains(uint8_t enc) const { return (bits >> enc) & 1; }
  constexpr RegSet with(uint8_t enc) const { return RegSet{static_cast<uint16_t>(bits | (1u << enc))}; }
  constexpr RegSet without(uint8_t enc) const { return RegSet{static_cast<uint16_t>(bits & ~(1u << enc))}; }
  constexpr int size() const { return __builtin_popcount(bits); }
  constexpr bool empty() const { return bits == 0; }
};

}  // namespace tandem::compile::x64
