// The encoding table (encodings.def) as data: one FormInfo per instruction
// form (every row, then every row's VEX twin), indexed by FormId. The
// Assembler encodes from it, the fuzz target and the golden tests enumerate
// it, and a backend can ask which ISA extension a form needs and which VEX
// twin it has.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>

#include "shared_compile/settings.h"

namespace tandem::compile::x64 {

// A row's VEX twin (the Vex column of encodings.def): V + Id, v + method,
// "v" + mnemonic, the signature and encoding the table's header gives, ISA
// AVX, and Vex TWIN (a twin has no twin of its own). A Sig or Enc without a
// mapping below cannot have a twin of that kind: the build says so.
#define TANDEM_X64_TWIN_NV(...)
#define TANDEM_X64_TWIN_TWIN(...)
#define TANDEM_X64_TWIN_V2(Id, method, mnem, Sig, Sizes, Enc, Pfx, Map, Op, Op8, Ext, Imm, RmW)                    \
  TANDEM_X64_ROW_EXPANDED(V##Id, v##method, "v" mnem, Sig, Sizes, TANDEM_X64_V2_ENC_##Enc, Pfx, Map, Op, Op8, Ext, \
                          Imm, RmW, AVX, TWIN)
#define TANDEM_X64_TWIN_V3(Id, method, mnem, Sig, Sizes, Enc, Pfx, Map, Op, Op8, Ext, Imm, RmW)                     \
  TANDEM_X64_ROW_EXPANDED(V##Id, v##method, "v" mnem, TANDEM_X64_V3_SIG_##Sig, Sizes, TANDEM_X64_V3_ENC_##Enc, Pfx, \
                          Map, Op, Op8, Ext, Imm, RmW, AVX, TWIN)
// One more expansion, so that X64_ROW sees the mapped tokens (X_X_X), not
// the names of their mappings.
#define TANDEM_X64_ROW_EXPANDED(...) X64_ROW(__VA_ARGS__)
#define TANDEM_X64_V2_ENC_RM VRM
#define TANDEM_X64_V2_ENC_RMI VRMI
#define TANDEM_X64_V2_ENC_MR VMR
#define TANDEM_X64_V2_ENC_MRI VMRI
#define TANDEM_X64_V3_ENC_RM VRVM
#define TANDEM_X64_V3_ENC_RMI VRVMI
#define TANDEM_X64_V3_ENC_MI VVMI
#define TANDEM_X64_V3_SIG_X_X X_X_X
#define TANDEM_X64_V3_SIG_X_M X_X_M
#define TANDEM_X64_V3_SIG_X_X_U8 X_X_X_U8
#define TANDEM_X64_V3_SIG_X_M_U8 X_X_M_U8
#define TANDEM_X64_V3_SIG_X_R_U8 X_X_R_U8
#define TANDEM_X64_V3_SIG_X_U8 X_X_U8
#define TANDEM_X64_V3_SIG_X_X_FCMP X_X_X_FCMP
#define TANDEM_X64_V3_SIG_X_M_FCMP X_X_M_FCMP

enum class FormId : uint16_t {
#define X64_ROW(Id, method, mnem, Sig, Sizes, Enc, Pfx, Map, Op, Op8, Ext, Imm, RmW, Isa, Vex) Id,
#include "shared_compile/x64/all_forms.inc"
#undef X64_ROW
};

inline constexpr uint32_t kNumForms = 0
#define X64_ROW(Id, method, mnem, Sig, Sizes, Enc, Pfx, Map, Op, Op8, Ext, Imm, RmW, Isa, Vex) +1
#include "shared_compile/x64/all_forms.inc"
#undef X64_ROW
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
  X_X_U8,
  X_M_U8,
  X_U8,
  X_R_U8,
  R_X_U8,
  M_X_U8,
  X_X_XMM0,
  X_M_XMM0,
  X_X_X,
  X_X_M,
  X_X_X_U8,
  X_X_M_U8,
  X_X_R_U8,
  X_X_X_FCMP,
  X_X_M_FCMP,
  X_X_X_X,
  X_X_M_X,
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

enum class Enc : uint8_t {
  RM,
  MR,
  M,
  MI,
  RMI,
  MRI,
  O,
  OI,
  ZO,
  VRM,
  VMR,
  VRMI,
  VMRI,
  VRMV,
  VRVM,
  VRVMI,
  VVMI,
  VRVMR,
  D,
  NOPS
};
constexpr bool enc_is_vex(Enc e) { return e >= Enc::VRM && e <= Enc::VRVMR; }
enum class Prefix : uint8_t { NP, P66, PF2, PF3 };
enum class OpMap : uint8_t { M1, M0F, M0F38, M0F3A };
enum class ImmKind : uint8_t { I0, I8, U8, IZ, I64, REL8, REL32 };
enum class IsaExt : uint8_t { BASE, SSE3, SSSE3, SSE41, SSE42, AVX, AVX2, POPCNT, LZCNT, BMI1, BMI2 };
// The Vex column: no twin, a twin of the same operands, a three-operand twin;
// TWIN marks the generated twin rows themselves.
enum class VexTwin : uint8_t { NV, V2, V3, TWIN };

inline constexpr int16_t kNoOp8 = -1;
inline constexpr int8_t kRegDigit = -1;  // Ext column `R`: ModRM.reg holds a register
inline constexpr FormId kNoTwin = static_cast<FormId>(0xFFFF);

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
  VexTwin vex;
  FormId twin;  // this row's VEX twin, kNoTwin when it has none (or is one)
};

namespace form_table_detail {
using namespace size_mask;
inline constexpr int16_t NA = kNoOp8;
inline constexpr int8_t R = kRegDigit;
inline constexpr std::array<FormInfo, kNumForms> kForms = {{
#define TANDEM_X64_TWIN_ID_NV(Id) kNoTwin
#define TANDEM_X64_TWIN_ID_TWIN(Id) kNoTwin
#define TANDEM_X64_TWIN_ID_V2(Id) FormId::V##Id
#define TANDEM_X64_TWIN_ID_V3(Id) FormId::V##Id
#define X64_ROW(Id, method, mnem, Sig_, Sizes, Enc_, Pfx, Map, Op, Op8, Ext, Imm, RmW, Isa, Vex) \
  FormInfo{#Id,                                                                                  \
           #method,                                                                              \
           mnem,                                                                                 \
           Sig::Sig_,                                                                            \
           Sizes,                                                                                \
           Enc::Enc_,                                                                            \
           Prefix::Pfx,                                                                          \
           OpMap::Map,                                                                           \
           static_cast<uint8_t>(Op),                                                             \
           Op8,                                                                                  \
           Ext,                                                                                  \
           ImmKind::Imm,                                                                         \
           RmW,                                                                                  \
           IsaExt::Isa,                                                                          \
           VexTwin::Vex,                                                                         \
           TANDEM_X64_TWIN_ID_##Vex(Id)},
#include "shared_compile/x64/all_forms.inc"
#undef X64_ROW
#undef TANDEM_X64_TWIN_ID_NV
#undef TANDEM_X64_TWIN_ID_TWIN
#undef TANDEM_X64_TWIN_ID_V2
#undef TANDEM_X64_TWIN_ID_V3
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
    case Sig::X_X_U8:
    case Sig::X_M_U8:
    case Sig::X_U8:
    case Sig::X_R_U8:
    case Sig::R_X_U8:
    case Sig::M_X_U8:
    case Sig::X_X_XMM0:
    case Sig::X_M_XMM0:
    case Sig::X_X_X:
    case Sig::X_X_M:
    case Sig::X_X_X_U8:
    case Sig::X_X_M_U8:
    case Sig::X_X_R_U8:
    case Sig::X_X_X_FCMP:
    case Sig::X_X_M_FCMP:
    case Sig::X_X_X_X:
    case Sig::X_X_M_X:
    case Sig::LABEL:
    case Sig::CC_LABEL:
    case Sig::FUNC:
    case Sig::R64_LIBCALL:
    case Sig::NOP_LEN: return false;
    default: return true;
  }
}

const char* isa_ext_name(IsaExt ext);  // "lzcnt"
// The mnemonic of `f` at operation size `size`, as Capstone prints it: "a/b"
// is a at 32 bits and b at 64, and a twin's "v" prefixes either
// ("vmovd/movq": vmovd, vmovq).
std::string mnemonic_at(const FormInfo& f, int size_bytes);
// Whether `flags` allow a form needing `ext` (BASE is always allowed).
bool isa_allows(const IsaFlags& flags, IsaExt ext);
// IsaFlags with every extension the table knows switched on: for tests and
// for tools that only encode.
IsaFlags all_isa_extensions();

}  // namespace tandem::compile::x64
