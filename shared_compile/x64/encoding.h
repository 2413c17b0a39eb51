// The encoding table (encodings.def) as data: one FormInfo per instruction
// form, indexed by FormId. The Assembler encodes from it, the fuzz target
// and the golden tests enumerate it, and a backend can ask which ISA
// extension a form needs.
#pragma once

#include <array>
#include <cstdint>
#include <span>

#include "shared_compile/settings.h"

namespace tandem::compile::x64 {

enum class FormId : uint16_t {
#define X64_FORM(Id, method, mnem, Sig, Sizes, Enc, Pfx, Map, Op, Op8, Ext, Imm, RmW, Isa) Id,
#include "shared_compile/x64/encodings.def"
#undef X64_FORM
};

inline constexpr uint32_t kNumForms = 0
#define X64_FORM(Id, method, mnem, Sig, Sizes, Enc, Pfx, Map, Op, Op8, Ext, Imm, RmW, Isa) +1
#include "shared_compile/x64/encodings.def"
#undef X64_FORM
    ;

// Operand signatures (see encodings.def for the naming).
enum class Sig : uint8_t {
  R_R,
  R_M,
  M_R,
  R_I8,
  R_I32,
  M_I8,
  M_I32,
  R,
  M,
  R_CL,
  R_R_I8,
  R_M_I8,
  R_R_I32,
  R_M_I32,
  R_R_R,
  R_M_R,
  R_R_M,
  R64_R,
  R64_M,
  R64,
  M64,
  R64_I64,
  CC_R8,
  CC_R_R,
  CC_R_M,
  NONE,
  X_X,
  X_M,
  M_X,
  X_X_FCMP,
  X_M_FCMP,
  X_X_RND,
  X_M_RND,
  X_R,
  X_M_S,
  R_X,
  R32_X,
  // Written by hand in the Assembler: they use labels, relocations or lengths.
  LABEL,
  CC_LABEL,
  FUNC,
  R64_LIBCALL,
  NOP_LEN,
};

// Legal operation sizes, a bit per size.
namespace size_mask {
inline constexpr uint8_t B = 1, W = 2, L = 4, Q = 8;
inline constexpr uint8_t D64 = 16;  // 64-bit by default: no REX.W (push, pop, jmp/call r/m)
inline constexpr uint8_t BWLQ = B | W | L | Q, BWL = B | W | L, WLQ = W | L | Q, LQ = L | Q;
inline constexpr uint8_t NOSZ = 0;
}  // namespace size_mask

enum class Enc : uint8_t { RM, MR, M, MI, RMI, O, OI, ZO, VRMV, VRVM, VRMI, D, NOPS };
enum class Prefix : uint8_t { NP, P66, PF2, PF3 };
enum class OpMap : uint8_t { M1, M0F, M0F38, M0F3A };
enum class ImmKind : uint8_t { I0, I8, IZ, I64, REL8, REL32 };
enum class IsaExt : uint8_t { BASE, SSE41, POPCNT, LZCNT, BMI1, BMI2 };

inline constexpr int16_t kNoOp8 = -1;
inline constexpr int8_t kRegDigit = -1;  // Ext column `R`: ModRM.reg holds a register

struct FormInfo {
  const char* id_name;   // "AddRR"
  const char* method;    // "add"
  const char* mnemonic;  // "add"
  Sig sig;
  uint8_t sizes;  // size_mask bits
  Enc enc;
  Prefix prefix;
  OpMap map;
  uint8_t op;
  int16_t op8;  // kNoOp8 when the 8-bit form uses `op`
  int8_t ext;   // ModRM.reg digit, or kRegDigit
  ImmKind imm;
  uint8_t rm_width;  // bytes, 0 = operation size
  IsaExt isa;
};

namespace form_table_detail {
using namespace size_mask;
inline constexpr int16_t NA = kNoOp8;
inline constexpr int8_t R = kRegDigit;
inline constexpr std::array<FormInfo, kNumForms> kForms = {{
#define X64_FORM(Id, method, mnem, Sig_, Sizes, Enc_, Pfx, Map, Op, Op8, Ext, Imm, RmW, Isa)                           \
  FormInfo{                                                                                                            \
      #Id, #method, mnem,         Sig::Sig_, Sizes,      Enc::Enc_, Prefix::Pfx, OpMap::Map, static_cast<uint8_t>(Op), \
      Op8, Ext,     ImmKind::Imm, RmW,       IsaExt::Isa},
#include "shared_compile/x64/encodings.def"
#undef X64_FORM
}};
}  // namespace form_table_detail

constexpr const FormInfo& form_info(FormId id) { return form_table_detail::kForms[static_cast<uint16_t>(id)]; }
constexpr std::span<const FormInfo> all_forms() { return form_table_detail::kForms; }

// Whether the signature's method takes a Size (otherwise the row has one size).
constexpr bool sig_takes_size(Sig s) {
  switch (s) {
    case Sig::R64_R:
    case Sig::R64_M:
    case Sig::R64:
    case Sig::M64:
    case Sig::R64_I64:
    case Sig::CC_R8:
    case Sig::NONE:
    case Sig::X_X:
    case Sig::X_M:
    case Sig::M_X:
    case Sig::X_X_FCMP:
    case Sig::X_M_FCMP:
    case Sig::X_X_RND:
    case Sig::X_M_RND:
    case Sig::R32_X:
    case Sig::LABEL:
    case Sig::CC_LABEL:
    case Sig::FUNC:
    case Sig::R64_LIBCALL:
    case Sig::NOP_LEN: return false;
    default: return true;
  }
}

const char* isa_ext_name(IsaExt ext);  // "lzcnt"
// Whether `flags` allow a form needing `ext` (BASE is always allowed).
bool isa_allows(const IsaFlags& flags, IsaExt ext);
// IsaFlags with every extension the table knows switched on: for tests and
// for tools that only encode.
IsaFlags all_isa_extensions();

}  // namespace tandem::compile::x64
