#include "shared_compile/x64/encoding.h"

#include "shared_compile/x64/operands.h"

namespace tandem::compile::x64 {

namespace {

// Rules every row of encodings.def obeys, checked when this file compiles.
constexpr bool row_is_consistent(const FormInfo& f) {
  const bool single_size = f.sizes == size_mask::B || f.sizes == size_mask::L || f.sizes == size_mask::Q ||
                           f.sizes == size_mask::D64 || f.sizes == size_mask::NOSZ;
  if (!sig_takes_size(f.sig) && !single_size) return false;
  if (sig_takes_size(f.sig) && f.sizes == size_mask::NOSZ) return false;
  // An 8-bit size needs an 8-bit opcode unless the form only has that size.
  if ((f.sizes & size_mask::B) && f.sizes != size_mask::B && f.op8 == kNoOp8) return false;
  // M and MI put a digit in ModRM.reg; everything else with ModRM a register.
  const bool digit = f.enc == Enc::M || f.enc == Enc::MI || f.enc == Enc::NOPS;
  if (digit != (f.ext >= 0)) return false;
  const bool has_imm = f.imm != ImmKind::I0;
  const bool imm_enc =
      f.enc == Enc::MI || f.enc == Enc::RMI || f.enc == Enc::OI || f.enc == Enc::VRMI || f.enc == Enc::D;
  if (has_imm != imm_enc) return false;
  const bool vex = f.enc == Enc::VRMV || f.enc == Enc::VRVM || f.enc == Enc::VRMI;
  if (vex && (f.map == OpMap::M1 || (f.sizes & ~size_mask::LQ) != 0)) return false;
  return true;
}

constexpr bool table_is_consistent() {
  for (const FormInfo& f : all_forms())
    if (!row_is_consistent(f)) return false;
  return true;
}
static_assert(table_is_consistent(), "a row of encodings.def breaks the table's rules");

}  // namespace

const char* isa_ext_name(IsaExt ext) {
  switch (ext) {
    case IsaExt::BASE: return "x86-64";
    case IsaExt::SSE41: return "sse4.1";
    case IsaExt::POPCNT: return "popcnt";
    case IsaExt::LZCNT: return "lzcnt";
    case IsaExt::BMI1: return "bmi1";
    case IsaExt::BMI2: return "bmi2";
  }
  return "?";
}

bool isa_allows(const IsaFlags& flags, IsaExt ext) {
  switch (ext) {
    case IsaExt::BASE: return true;
    case IsaExt::SSE41: return flags.has_sse41;
    case IsaExt::POPCNT: return flags.has_popcnt;
    case IsaExt::LZCNT: return flags.has_lzcnt;
    case IsaExt::BMI1: return flags.has_bmi1;
    case IsaExt::BMI2: return flags.has_bmi2;
  }
  return false;
}

IsaFlags all_isa_extensions() {
  IsaFlags f;
  f.has_sse41 = f.has_popcnt = f.has_lzcnt = f.has_bmi1 = f.has_bmi2 = true;
  return f;
}

const char* cond_suffix(Cond c) {
  static constexpr const char* kSuffix[kNumConds] = {"o", "no", "b", "ae", "e", "ne", "be", "a",
                                                     "s", "ns", "p", "np", "l", "ge", "le", "g"};
  return kSuffix[static_cast<uint8_t>(c) & 15];
}

const char* float_cmp_name(FloatCmp p) {
  static constexpr const char* kName[8] = {"eq", "lt", "le", "unord", "neq", "nlt", "nle", "ord"};
  return kName[static_cast<uint8_t>(p) & 7];
}

}  // namespace tandem::compile::x64
