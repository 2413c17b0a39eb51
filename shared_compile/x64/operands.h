// x86-64 instruction operands: the typed vocabulary of the Assembler.
//
//   Gpr, Xmm   registers (registers.h)
//   Size       operation size of a GPR instruction: S8, S16, S32, S64
//   Imm8/32/64 immediates. Imm8 and Imm32 are sign-extended by the CPU to the
//              operation size; Imm64 exists only for movabs
//   UImm8      an unsigned byte: shuffle controls, lane indices, blend
//              masks, SIMD shift counts (0..255, never sign-extended)
//   Mem        [base + index*scale + disp32], or [rip + label + addend]
//   Label      a position in a CodeBuffer, bound once
//   Cond       the 16 condition codes, in hardware order (the low nibble of
//              jcc/setcc/cmovcc), so invert() flips the low bit
//   FloatCmp   the cmpss/cmpsd predicate immediate
//   RoundMode  the roundss/roundsd rounding immediate
//
// Each is a distinct type so that an Assembler call names exactly one
// instruction form: `add(rax, Imm8(1), S64)` is 48 83 c0 01 and
// `add(rax, Imm32(1), S64)` is 48 81 c0 01 00 00 00. Nothing here picks an
// encoding on the caller's behalf.
#pragma once

#include <cstdint>
#include <limits>

#include "shared_compile/x64/registers.h"
#include "wasm/result.h"

namespace tandem::compile::x64 {

enum class Size : uint8_t { S8 = 1, S16 = 2, S32 = 4, S64 = 8 };
inline constexpr Size S8 = Size::S8;
inline constexpr Size S16 = Size::S16;
inline constexpr Size S32 = Size::S32;
inline constexpr Size S64 = Size::S64;

constexpr int size_bytes(Size s) { return static_cast<int>(s); }
constexpr int size_bits(Size s) { return 8 * static_cast<int>(s); }

constexpr bool fits_int8(int64_t v) { return v >= -128 && v <= 127; }
constexpr bool fits_int32(int64_t v) {
  return v >= std::numeric_limits<int32_t>::min() && v <= std::numeric_limits<int32_t>::max();
}

// An 8-bit immediate, sign-extended to the operation size. Shift counts,
// rorx counts and the imm8 ALU forms take one.
struct Imm8 {
  int8_t value = 0;
  constexpr explicit Imm8(int64_t v) : value(static_cast<int8_t>(v)) {
    if (!fits_int8(v)) TANDEM_UNREACHABLE("Imm8 out of range [-128, 127]");
  }
};

// An unsigned 8-bit immediate, which no instruction extends: pshufd's
// control 0xe4, pextrb's lane 15, pblendw's mask 0xf0, psllw's count 16.
struct UImm8 {
  uint8_t value = 0;
  constexpr explicit UImm8(int64_t v) : value(static_cast<uint8_t>(v)) {
    if (v < 0 || v > 255) TANDEM_UNREACHABLE("UImm8 out of range [0, 255]");
  }
};

// A 32-bit immediate, sign-extended to 64 bits by 64-bit operations. With a
// 16-bit operation only the low 16 bits are encoded (the value must fit in
// int16 or uint16), with an 8-bit one only the low 8 (int8 or uint8).
struct Imm32 {
  int32_t value = 0;
  constexpr explicit Imm32(int64_t v) : value(static_cast<int32_t>(v)) {
    if (!fits_int32(v)) TANDEM_UNREACHABLE("Imm32 out of range of int32");
  }
};

// A full 64-bit immediate: only `movabs r64, imm64` takes one.
struct Imm64 {
  int64_t value = 0;
  constexpr explicit Imm64(int64_t v) : value(v) {}
};

// A position in a CodeBuffer. Made by CodeBuffer::new_label() (or by the
// constant pool, jump tables and trap stubs), bound exactly once.
struct Label {
  static constexpr uint32_t kInvalid = std::numeric_limits<uint32_t>::max();
  uint32_t id = kInvalid;
  constexpr bool valid() const { return id != kInvalid; }
  constexpr bool operator==(const Label&) const = default;
};

enum class Scale : uint8_t { x1 = 0, x2 = 1, x4 = 2, x8 = 3 };  // the SIB scale field
constexpr int scale_factor(Scale s) { return 1 << static_cast<int>(s); }

// A memory operand. Either [base + index*scale + disp] (index optional) or
// [rip + label + addend], whose displacement the CodeBuffer fills in when
// the label is bound (constant pool entries, jump tables, code labels).
class Mem {
 public:
  // [base + disp]
  constexpr explicit Mem(Gpr base, int32_t disp = 0) : base_(base), disp_(disp) {}
  // [base + index*scale + disp]. rsp cannot be an index (its SIB encoding
  // means "no index"); r12 can.
  constexpr Mem(Gpr base, Gpr index, Scale scale, int32_t disp = 0)
      : base_(base), index_(index), has_index_(true), scale_(scale), disp_(disp) {
    if (index == rsp) TANDEM_UNREACHABLE("rsp cannot be an index register");
  }
  // [rip + target + addend]
  static constexpr Mem rip(Label target, int32_t addend = 0) {
    if (!target.valid()) TANDEM_UNREACHABLE("Mem::rip with an invalid label");
    Mem m(Gpr{0}, addend);
    m.rip_ = true;
    m.label_ = target;
    return m;
  }

  constexpr bool is_rip() const { return rip_; }
  constexpr Gpr base() const { return base_; }  // meaningless when is_rip()
  constexpr bool has_index() const { return has_index_; }
  constexpr Gpr index() const { return index_; }
  constexpr Scale scale() const { return scale_; }
  constexpr int32_t disp() const { return disp_; }  // the addend when is_rip()
  constexpr Label label() const { return label_; }

  constexpr bool operator==(const Mem&) const = default;

 private:
  Gpr base_;
  Gpr index_;
  bool has_index_ = false;
  bool rip_ = false;
  Scale scale_ = Scale::x1;
  int32_t disp_ = 0;
  Label label_;
};

// Condition codes in encoding order: jcc rel8 is 0x70 + cond, setcc is
// 0f 90 + cond, cmovcc is 0f 40 + cond.
enum class Cond : uint8_t {
  O = 0,    // overflow
  NO = 1,   // no overflow
  B = 2,    // below (unsigned <), carry
  AE = 3,   // above or equal (unsigned >=), no carry
  E = 4,    // equal, zero
  NE = 5,   // not equal, not zero
  BE = 6,   // below or equal (unsigned <=)
  A = 7,    // above (unsigned >)
  S = 8,    // sign
  NS = 9,   // no sign
  P = 10,   // parity (ucomiss: unordered)
  NP = 11,  // no parity (ucomiss: ordered)
  L = 12,   // less (signed <)
  GE = 13,  // greater or equal (signed >=)
  LE = 14,  // less or equal (signed <=)
  G = 15,   // greater (signed >)
};
inline constexpr int kNumConds = 16;

// The condition that holds exactly when `c` does not.
constexpr Cond invert(Cond c) { return static_cast<Cond>(static_cast<uint8_t>(c) ^ 1); }
// The mnemonic suffix: "e" for Cond::E, as in je / sete / cmove.
const char* cond_suffix(Cond c);

// cmpss/cmpsd/cmpps/cmppd predicate (the imm8). Lt/Le/Nlt/Nle are ordered-signalling,
// Eq/Neq/Unord/Ord quiet, as the SDM defines them.
enum class FloatCmp : uint8_t { Eq = 0, Lt = 1, Le = 2, Unord = 3, Neq = 4, Nlt = 5, Nle = 6, Ord = 7 };
const char* float_cmp_name(FloatCmp p);  // "eq", as in cmpeqss

// roundss/roundsd/roundps/roundpd rounding immediate (SSE4.1), bits 1:0 with bit 2 clear
// (use this mode, not MXCSR's). wasm's nearest/floor/ceil/trunc map 1:1.
enum class RoundMode : uint8_t { Nearest = 0, Down = 1, Up = 2, Trunc = 3 };

}  // namespace tandem::compile::x64
