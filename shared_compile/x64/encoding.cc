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
  // M, MI and VVMI put a digit in ModRM.reg; everything else with ModRM a register.
  const bool digit = f.enc == Enc::M || f.enc == Enc::MI || f.enc == Enc::VVMI || f.enc == Enc::NOPS;
  if (digit != (f.ext >= 0)) return false;
  const bool has_imm = f.imm != ImmKind::I0;
  const bool imm_enc = f.enc == Enc::MI || f.enc == Enc::RMI || f.enc == Enc::MRI || f.enc == Enc::OI ||
                       f.enc == Enc::VRMI || f.enc == Enc::VMRI || f.enc == Enc::VRVMI || f.enc == Enc::VVMI ||
                       f.enc == Enc::VRVMR || f.enc == Enc::D;
  if (has_imm != imm_enc) return false;
  // is4 carries a register in imm8[7:4]: any byte.
  if (f.enc == Enc::VRVMR && f.imm != ImmKind::U8) return false;
  const bool vex = enc_is_vex(f.enc);
  if (vex && (f.map == OpMap::M1 || (f.sizes & ~size_mask::LQ) != 0)) return false;
  // A twin is asked for on a legacy row and is VEX itself; a twin row is VEX
  // and AVX, and points back at nothing.
  if ((f.vex == VexTwin::V2 || f.vex == VexTwin::V3) && (vex || f.twin == kNoTwin)) return false;
  if ((f.vex == VexTwin::NV || f.vex == VexTwin::TWIN) && f.twin != kNoTwin) return false;
  if (f.vex == VexTwin::TWIN && (!vex || f.isa != IsaExt::AVX)) return false;
  return true;
}

constexpr bool table_is_consistent() {
  for (const FormInfo& f : all_forms()) {
    if (!row_is_consistent(f)) return false;
    // A twin has its row's operation size, opcode, prefix, map, digit and immediate.
    if (f.twin != kNoTwin) {
      const FormInfo& t = form_info(f.twin);
      if (t.vex != VexTwin::TWIN || t.sizes != f.sizes || t.op != f.op || t.prefix != f.prefix || t.map != f.map ||
          t.ext != f.ext || t.imm != f.imm || t.rm_width != f.rm_width)
        return false;
    }
  }
  return true;
}
static_assert(table_is_consistent(), "a row of encodings.def breaks the table's rules");

}  // namespace

const char* isa_ext_name(IsaExt ext) {
  switch (ext) {
    case IsaExt::BASE: return "x86-64";
    case IsaExt::SSE3: return "sse3";
    case IsaExt::SSSE3: return "ssse3";
    case IsaExt::SSE41: return "sse4.1";
    case IsaExt::SSE42: return "sse4.2";
    case IsaExt::AVX: return "avx";
    case IsaExt::AVX2: return "avx2";
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
    case IsaExt::SSE3: return flags.has_sse3;
    case IsaExt::SSSE3: return flags.has_ssse3;
    case IsaExt::SSE41: return flags.has_sse41;
    case IsaExt::SSE42: return flags.has_sse42;
    case IsaExt::AVX: return flags.has_avx;
    case IsaExt::AVX2: return flags.has_avx2;
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
  f.has_sse3 = f.has_ssse3 = f.has_sse42 = f.has_avx = f.has_avx2 = true;
  return f;
}

std::string mnemonic_at(const FormInfo& f, int size_bytes) {
  const std::string_view m = f.mnemonic;
  const size_t slash = m.find('/');
  if (slash == std::string_view::npos) return std::string(m);
  if (size_bytes != 8) return std::string(m.substr(0, slash));
  return (f.vex == VexTwin::TWIN ? "v" : "") + std::string(m.substr(slash + 1));
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
