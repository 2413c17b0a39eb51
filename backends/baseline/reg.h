// Registers as the baseline compiler sees them: a class (integer or float)
// and a number, with no instruction set attached. The value stack, the
// register cache and the visitor speak only of these; the x86-64 masm maps
// them to Gpr and Xmm.
#pragma once

#include <bit>
#include <cstdint>

#include "wasm/types.h"

namespace tandem::baseline {

enum class RegClass : uint8_t { Gpr, Fpr };

// Floats and v128 values live in XMM registers (RegClass::Fpr), a v128
// filling the whole register.
inline RegClass reg_class_of(wasm::ValType type) {
  return wasm::is_float(type) || type == wasm::ValType::V128 ? RegClass::Fpr : RegClass::Gpr;
}

// One machine register. Its index (0..31) numbers GPRs 0..15 and FPRs
// 16..31, so a single bitset and a single use-count array cover both.
class Reg {
 public:
  constexpr Reg() = default;
  static constexpr Reg gpr(uint8_t code) { return Reg(code); }
  static constexpr Reg fpr(uint8_t code) { return Reg(static_cast<uint8_t>(16 + code)); }
  static constexpr Reg from_index(uint8_t index) { return Reg(index); }

  constexpr bool valid() const { return index_ < 32; }
  constexpr uint8_t index() const { return index_; }
  constexpr uint8_t code() const { return index_ & 15; }
  constexpr RegClass cls() const { return index_ < 16 ? RegClass::Gpr : RegClass::Fpr; }
  constexpr bool is_gpr() const { return index_ < 16; }
  constexpr bool is_fpr() const { return index_ >= 16 && index_ < 32; }
  constexpr bool operator==(const Reg&) const = default;

 private:
  constexpr explicit Reg(uint8_t index) : index_(index) {}
  uint8_t index_ = 0xff;
};

inline constexpr int kNumRegIndices = 32;

// A set of registers of both classes.
class RegSet {
 public:
  constexpr RegSet() = default;
  constexpr explicit RegSet(uint32_t bits) : bits_(bits) {}
  constexpr RegSet(Reg r) : bits_(r.valid() ? 1u << r.index() : 0) {}  // NOLINT: a register is a set of one

  static constexpr RegSet all_gprs() { return RegSet(0x0000ffffu); }
  static constexpr RegSet all_fprs() { return RegSet(0xffff0000u); }
  static constexpr RegSet of_class(RegClass c) { return c == RegClass::Gpr ? all_gprs() : all_fprs(); }

  constexpr bool has(Reg r) const { return r.valid() && ((bits_ >> r.index()) & 1); }
  constexpr RegSet with(Reg r) const { return RegSet(bits_ | RegSet(r).bits_); }
  constexpr RegSet without(Reg r) const { return RegSet(bits_ & ~RegSet(r).bits_); }
  constexpr RegSet operator|(RegSet o) const { return RegSet(bits_ | o.bits_); }
  constexpr RegSet operator&(RegSet o) const { return RegSet(bits_ & o.bits_); }
  constexpr RegSet minus(RegSet o) const { return RegSet(bits_ & ~o.bits_); }
  constexpr bool empty() const { return bits_ == 0; }
  constexpr int count() const { return std::popcount(bits_); }
  constexpr uint32_t bits() const { return bits_; }
  // The lowest-numbered register of the set; the set must not be empty.
  constexpr Reg first() const { return Reg::from_index(static_cast<uint8_t>(std::countr_zero(bits_))); }
  constexpr bool operator==(const RegSet&) const = default;

 private:
  uint32_t bits_ = 0;
};

}  // namespace tandem::baseline
