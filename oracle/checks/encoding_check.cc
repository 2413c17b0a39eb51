#include "oracle/checks/encoding_check.h"

#include <fmt/format.h>

#include <cstring>
#include <limits>
#include <vector>

namespace tandem::oracle {

using namespace compile::x64;
using compile::CodeBuffer;
using compile::LibCall;
using compile::Relocation;
using compile::RelocKind;
using compile::RelocTarget;

namespace {

// ---- what each signature's operands are, in Intel order ----------------------
//   G gpr, X xmm, M memory, I immediate, C the cl register, L a branch
//   target (label or callee), N the nop's dummy operand (see nop_operands)
const char* sig_operands(Sig sig) {
  switch (sig) {
    case Sig::R_R: return "GG";
    case Sig::R_M: return "GM";
    case Sig::M_R: return "MG";
    case Sig::R_I8:
    case Sig::R_I32: return "GI";
    case Sig::M_I8:
    case Sig::M_I32: return "MI";
    case Sig::R: return "G";
    case Sig::M: return "M";
    case Sig::R_CL: return "GC";
    case Sig::R_R_I8:
    case Sig::R_R_I32: return "GGI";
    case Sig::R_M_I8:
    case Sig::R_M_I32: return "GMI";
    case Sig::R_R_R: return "GGG";
    case Sig::R_M_R: return "GMG";
    case Sig::R_R_M: return "GGM";
    case Sig::R64_R: return "GG";
    case Sig::R64_M: return "GM";
    case Sig::R64: return "G";
    case Sig::M64: return "M";
    case Sig::R64_I64: return "GI";
    case Sig::CC_R8: return "G";
    case Sig::CC_R_R: return "GG";
    case Sig::CC_R_M: return "GM";
    case Sig::NONE: return "";
    case Sig::X_X: return "XX";
    case Sig::X_M: return "XM";
    case Sig::M_X: return "MX";
    case Sig::X_X_FCMP:
    case Sig::X_X_RND: return "XXI";
    case Sig::X_M_FCMP:
    case Sig::X_M_RND: return "XMI";
    case Sig::X_R: return "XG";
    case Sig::X_M_S: return "XM";
    case Sig::R_X:
    case Sig::R32_X: return "GX";
    case Sig::X_X_U8: return "XXI";
    case Sig::X_M_U8: return "XMI";
    case Sig::X_U8: return "XI";
    case Sig::X_R_U8: return "XGI";
    case Sig::R_X_U8: return "GXI";
    case Sig::M_X_U8: return "MXI";
    // Capstone does not print a legacy blendv's implicit xmm0.
    case Sig::X_X_XMM0: return "XX";
    case Sig::X_M_XMM0: return "XM";
    case Sig::X_X_X: return "XXX";
    case Sig::X_X_M: return "XXM";
    case Sig::X_X_X_U8:
    case Sig::X_X_X_FCMP: return "XXXI";
    case Sig::X_X_M_U8:
    case Sig::X_X_M_FCMP: return "XXMI";
    case Sig::X_X_R_U8: return "XXGI";
    case Sig::X_X_X_X: return "XXXX";
    case Sig::X_X_M_X: return "XXMX";
    case Sig::LABEL:
    case Sig::CC_LABEL:
    case Sig::FUNC: return "L";
    case Sig::R64_LIBCALL: return "GI";
    case Sig::NOP_LEN: return "N";
  }
  return "";
}

bool sig_has_mem(Sig sig) { return std::strchr(sig_operands(sig), 'M') != nullptr; }
bool sig_is_branch_to_label(Sig sig) { return sig == Sig::LABEL || sig == Sig::CC_LABEL; }

// The Intel operand position that is ModRM.rm (its width may be RmW), or -1.
int rm_position(Enc enc) {
  switch (enc) {
    case Enc::RM:
    case Enc::RMI:
    case Enc::VRM:
    case Enc::VRMI:
    case Enc::VRMV:
    case Enc::VVMI: return 1;
    case Enc::MR:
    case Enc::MRI:
    case Enc::VMR:
    case Enc::VMRI:
    case Enc::M:
    case Enc::MI: return 0;
    case Enc::VRVM:
    case Enc::VRVMI:
    case Enc::VRVMR: return 2;
    default: return -1;
  }
}

Size case_size(const FormCase& c) {
  const FormInfo& f = form_info(c.form);
  return sig_takes_size(f.sig) ? c.size : fixed_size(f);
}

int operand_width(const FormInfo& f, Size size, int position) {
  if (position == rm_position(f.enc) && f.rm_width != 0) return f.rm_width;
  return size_bytes(size);
}

std::vector<Size> legal_sizes(const FormInfo& f) {
  if (!sig_takes_size(f.sig)) return {fixed_size(f)};
  std::vector<Size> sizes;
  if (f.sizes & size_mask::B) sizes.push_back(S8);
  if (f.sizes & size_mask::W) sizes.push_back(S16);
  if (f.sizes & size_mask::L) sizes.push_back(S32);
  if (f.sizes & size_mask::Q) sizes.push_back(S64);
  return sizes;
}

// The inclusive range an immediate may take for the form at `size`.
std::pair<int64_t, int64_t> imm_range(const FormInfo& f, Size size) {
  constexpr int64_t kMin64 = std::numeric_limits<int64_t>::min();
  constexpr int64_t kMax64 = std::numeric_limits<int64_t>::max();
  switch (f.sig) {
    case Sig::X_X_FCMP:
    case Sig::X_M_FCMP:
    case Sig::X_X_X_FCMP:
    case Sig::X_X_M_FCMP: return {0, 7};
    case Sig::X_X_RND:
    case Sig::X_M_RND: return {0, 3};
    default: break;
  }
  switch (f.imm) {
    case ImmKind::I8: return {-128, 127};
    case ImmKind::U8: return {0, 255};
    case ImmKind::IZ:
      if (size == S8) return {-128, 255};
      if (size == S16) return {-32768, 65535};
      return {std::numeric_limits<int32_t>::min(), std::numeric_limits<int32_t>::max()};
    case ImmKind::I64: return {kMin64, kMax64};
    default: return {0, 0};
  }
}

bool is_short_branch(FormId id) { return id == FormId::JmpRel8 || id == FormId::JccRel8; }

// ---- emitting a case ---------------------------------------------------------------

struct Emitted {
  uint32_t start = 0;
  uint32_t end = 0;
  bool has_label = false;
  uint32_t label_offset = 0;
};

Mem case_mem(const FormCase& c, Label label) {
  switch (c.mem_shape) {
    case FormCase::MemShape::Base: return Mem(Gpr{c.mem_base}, c.mem_disp);
    case FormCase::MemShape::BaseIndex: return Mem(Gpr{c.mem_base}, Gpr{c.mem_index}, c.mem_scale, c.mem_disp);
    case FormCase::MemShape::Rip: return Mem::rip(label, c.mem_disp);
  }
  return Mem(rax);
}

// Calls the Assembler method of the case's form with the case's operands,
// one function per signature; `fn` forwards to the overloaded method.
struct Args {
  const FormCase& c;
  Mem mem;
  Gpr g(int i) const { return Gpr{c.regs[i]}; }
  Xmm x(int i) const { return Xmm{c.regs[i]}; }
  Imm8 i8() const { return Imm8(c.imm); }
  UImm8 u8() const { return UImm8(c.imm); }
  Imm32 i32() const { return Imm32(c.imm); }
  Size s() const { return c.size; }
};

// clang-format off
template <class F> void call_R_R(const Args& a, F fn) { fn(a.g(0), a.g(1), a.s()); }
template <class F> void call_R_M(const Args& a, F fn) { fn(a.g(0), a.mem, a.s()); }
template <class F> void call_M_R(const Args& a, F fn) { fn(a.mem, a.g(1), a.s()); }
template <class F> void call_R_I8(const Args& a, F fn) { fn(a.g(0), a.i8(), a.s()); }
template <class F> void call_R_I32(const Args& a, F fn) { fn(a.g(0), a.i32(), a.s()); }
template <class F> void call_M_I8(const Args& a, F fn) { fn(a.mem, a.i8(), a.s()); }
template <class F> void call_M_I32(const Args& a, F fn) { fn(a.mem, a.i32(), a.s()); }
template <class F> void call_R(const Args& a, F fn) { fn(a.g(0), a.s()); }
template <class F> void call_M(const Args& a, F fn) { fn(a.mem, a.s()); }
template <class F> void call_R_CL(const Args& a, F fn) { fn(a.g(0), a.s()); }
template <class F> void call_R_R_I8(const Args& a, F fn) { fn(a.g(0), a.g(1), a.i8(), a.s()); }
template <class F> void call_R_M_I8(const Args& a, F fn) { fn(a.g(0), a.mem, a.i8(), a.s()); }
template <class F> void call_R_R_I32(const Args& a, F fn) { fn(a.g(0), a.g(1), a.i32(), a.s()); }
template <class F> void call_R_M_I32(const Args& a, F fn) { fn(a.g(0), a.mem, a.i32(), a.s()); }
template <class F> void call_R_R_R(const Args& a, F fn) { fn(a.g(0), a.g(1), a.g(2), a.s()); }
template <class F> void call_R_M_R(const Args& a, F fn) { fn(a.g(0), a.mem, a.g(2), a.s()); }
template <class F> void call_R_R_M(const Args& a, F fn) { fn(a.g(0), a.g(1), a.mem, a.s()); }
template <class F> void call_R64_R(const Args& a, F fn) { fn(a.g(0), a.g(1)); }
template <class F> void call_R64_M(const Args& a, F fn) { fn(a.g(0), a.mem); }
template <class F> void call_R64(const Args& a, F fn) { fn(a.g(0)); }
template <class F> void call_M64(const Args& a, F fn) { fn(a.mem); }
template <class F> void call_R64_I64(const Args& a, F fn) { fn(a.g(0), Imm64(a.c.imm)); }
template <class F> void call_CC_R8(const Args& a, F fn) { fn(a.c.cond, a.g(0)); }
template <class F> void call_CC_R_R(const Args& a, F fn) { fn(a.c.cond, a.g(0), a.g(1), a.s()); }
template <class F> void call_CC_R_M(const Args& a, F fn) { fn(a.c.cond, a.g(0), a.mem, a.s()); }
template <class F> void call_NONE(const Args&, F fn) { fn(); }
template <class F> void call_X_X(const Args& a, F fn) { fn(a.x(0), a.x(1)); }
template <class F> void call_X_M(const Args& a, F fn) { fn(a.x(0), a.mem); }
template <class F> void call_M_X(const Args& a, F fn) { fn(a.mem, a.x(1)); }
template <class F> void call_X_X_FCMP(const Args& a, F fn) { fn(a.x(0), a.x(1), static_cast<FloatCmp>(a.c.imm)); }
template <class F> void call_X_M_FCMP(const Args& a, F fn) { fn(a.x(0), a.mem, static_cast<FloatCmp>(a.c.imm)); }
template <class F> void call_X_X_RND(const Args& a, F fn) { fn(a.x(0), a.x(1), static_cast<RoundMode>(a.c.imm)); }
template <class F> void call_X_M_RND(const Args& a, F fn) { fn(a.x(0), a.mem, static_cast<RoundMode>(a.c.imm)); }
template <class F> void call_X_R(const Args& a, F fn) { fn(a.x(0), a.g(1), a.s()); }
template <class F> void call_X_M_S(const Args& a, F fn) { fn(a.x(0), a.mem, a.s()); }
template <class F> void call_R_X(const Args& a, F fn) { fn(a.g(0), a.x(1), a.s()); }
template <class F> void call_R32_X(const Args& a, F fn) { fn(a.g(0), a.x(1)); }
template <class F> void call_X_X_U8(const Args& a, F fn) { fn(a.x(0), a.x(1), a.u8()); }
template <class F> void call_X_M_U8(const Args& a, F fn) { fn(a.x(0), a.mem, a.u8()); }
template <class F> void call_X_U8(const Args& a, F fn) { fn(a.x(0), a.u8()); }
template <class F> void call_X_R_U8(const Args& a, F fn) { fn(a.x(0), a.g(1), a.u8()); }
template <class F> void call_R_X_U8(const Args& a, F fn) { fn(a.g(0), a.x(1), a.u8()); }
template <class F> void call_M_X_U8(const Args& a, F fn) { fn(a.mem, a.x(1), a.u8()); }
template <class F> void call_X_X_XMM0(const Args& a, F fn) { fn(a.x(0), a.x(1), xmm0); }
template <class F> void call_X_M_XMM0(const Args& a, F fn) { fn(a.x(0), a.mem, xmm0); }
template <class F> void call_X_X_X(const Args& a, F fn) { fn(a.x(0), a.x(1), a.x(2)); }
template <class F> void call_X_X_M(const Args& a, F fn) { fn(a.x(0), a.x(1), a.mem); }
template <class F> void call_X_X_X_U8(const Args& a, F fn) { fn(a.x(0), a.x(1), a.x(2), a.u8()); }
template <class F> void call_X_X_M_U8(const Args& a, F fn) { fn(a.x(0), a.x(1), a.mem, a.u8()); }
template <class F> void call_X_X_R_U8(const Args& a, F fn) { fn(a.x(0), a.x(1), a.g(2), a.u8()); }
template <class F> void call_X_X_X_FCMP(const Args& a, F fn) { fn(a.x(0), a.x(1), a.x(2), static_cast<FloatCmp>(a.c.imm)); }
template <class F> void call_X_X_M_FCMP(const Args& a, F fn) { fn(a.x(0), a.x(1), a.mem, static_cast<FloatCmp>(a.c.imm)); }
template <class F> void call_X_X_X_X(const Args& a, F fn) { fn(a.x(0), a.x(1), a.x(2), a.x(3)); }
template <class F> void call_X_X_M_X(const Args& a, F fn) { fn(a.x(0), a.x(1), a.mem, a.x(3)); }
// The hand-written forms are emitted by emit_case itself.
template <class F> void call_LABEL(const Args&, F) {}
template <class F> void call_CC_LABEL(const Args&, F) {}
template <class F> void call_FUNC(const Args&, F) {}
template <class F> void call_R64_LIBCALL(const Args&, F) {}
template <class F> void call_NOP_LEN(const Args&, F) {}
// clang-format on

void emit_generated(Assembler& as, const FormCase& c, const Mem& mem) {
  const Args args{c, mem};
  switch (c.form) {
#define X64_ROW(Id, method, mnem, Sig_, Sizes, Enc_, Pfx, Map, Op, Op8, Ext, Imm, RmW, Isa, Vex) \
  case FormId::Id:                                                                               \
    call_##Sig_(args, [&](auto&&... xs) { as.method(xs...); });                                  \
    break;
#include "shared_compile/x64/all_forms.inc"
#undef X64_ROW
  }
}

Emitted emit_case(const FormCase& c, CodeBuffer& buf) {
  const FormInfo& f = form_info(c.form);
  Assembler as(buf, compile::x64::all_isa_extensions());
  Emitted e;
  e.has_label = sig_is_branch_to_label(f.sig) || (sig_has_mem(f.sig) && c.mem_shape == FormCase::MemShape::Rip);
  Label label;
  if (e.has_label) {
    label = buf.new_label();
    if (!c.label_forward) {
      buf.bind(label);
      for (int i = 0; i < c.label_gap; ++i) as.int3();
    }
  }
  e.start = buf.offset();
  const JumpRange range = is_short_branch(c.form) ? JumpRange::Short : JumpRange::Near;
  switch (f.sig) {
    case Sig::LABEL: as.jmp(label, range); break;
    case Sig::CC_LABEL: as.jcc(c.cond, label, range); break;
    case Sig::FUNC: as.call_function(c.func_index); break;
    case Sig::R64_LIBCALL: as.movabs_libcall(Gpr{c.regs[0]}, c.libcall); break;
    case Sig::NOP_LEN: as.nop(c.nop_length); break;
    default: emit_generated(as, c, case_mem(c, e.has_label ? label : Label{0})); break;
  }
  e.end = buf.offset();
  if (e.has_label && c.label_forward) {
    for (int i = 0; i < c.label_gap; ++i) as.int3();
    buf.bind(label);
  }
  if (e.has_label) e.label_offset = buf.label_offset(label);
  return e;
}

// ---- what Capstone must print ----------------------------------------------------------

struct Expected {
  std::string mnemonic;
  std::vector<DecodedOperand> operands;
};

DecodedOperand reg_operand(std::string name, int size) {
  DecodedOperand d;
  d.kind = DecodedOperand::Kind::Reg;
  d.reg = std::move(name);
  d.size = static_cast<uint8_t>(size);
  return d;
}

DecodedOperand imm_operand(int64_t value) {
  DecodedOperand d;
  d.kind = DecodedOperand::Kind::Imm;
  d.imm = value;
  return d;
}

DecodedOperand mem_operand(std::string base, std::string index, int scale, int64_t disp, int size) {
  DecodedOperand d;
  d.kind = DecodedOperand::Kind::Mem;
  d.base = std::move(base);
  d.index = std::move(index);
  d.scale = scale;
  d.disp = disp;
  d.size = static_cast<uint8_t>(size);
  return d;
}

// The recommended nops carry a dummy memory operand (Intel SDM, NOP).
std::vector<DecodedOperand> nop_operands(int length) {
  switch (length) {
    case 3:
    case 4:
    case 7: return {mem_operand("rax", "", 1, 0, 4)};
    case 5:
    case 8: return {mem_operand("rax", "rax", 1, 0, 4)};
    case 6:
    case 9: return {mem_operand("rax", "rax", 1, 0, 2)};
    default: return {};
  }
}

Expected expected_for(const FormCase& c, const Emitted& e) {
  const FormInfo& f = form_info(c.form);
  const Size size = case_size(c);
  Expected x;
  x.mnemonic = mnemonic_at(f, size_bytes(size));  // "movd/movq": by operation size
  if (f.sig == Sig::CC_R8 || f.sig == Sig::CC_R_R || f.sig == Sig::CC_R_M || f.sig == Sig::CC_LABEL)
    x.mnemonic += cond_suffix(c.cond);
  // Capstone 4 names the VEX.128 memory forms of the two conversions that
  // narrow 128 bits to 64 with the AT&T size suffix x (vcvttpd2dqx).
  if (c.form == FormId::VCvttpd2dqXM || c.form == FormId::VCvtpd2psXM) x.mnemonic += 'x';
  if (f.sig == Sig::NOP_LEN) {
    x.operands = nop_operands(c.nop_length);
    return x;
  }
  const char* kinds = sig_operands(f.sig);
  for (int pos = 0; kinds[pos]; ++pos) {
    const int width = operand_width(f, size, pos);
    switch (kinds[pos]) {
      case 'G': x.operands.push_back(reg_operand(gpr_name(Gpr{c.regs[pos]}, width), width)); break;
      case 'X': x.operands.push_back(reg_operand(xmm_name(Xmm{c.regs[pos]}), 16)); break;  // pos 3: is4
      case 'C': x.operands.push_back(reg_operand("cl", 1)); break;
      case 'I': x.operands.push_back(imm_operand(f.sig == Sig::R64_LIBCALL ? 0 : c.imm)); break;
      case 'L': x.operands.push_back(imm_operand(f.sig == Sig::FUNC ? e.end : e.label_offset)); break;
      case 'M':
        switch (c.mem_shape) {
          case FormCase::MemShape::Rip:
            x.operands.push_back(mem_operand("rip", "", 1, int64_t{e.label_offset} - e.end + c.mem_disp, width));
            break;
          case FormCase::MemShape::Base:
            x.operands.push_back(mem_operand(gpr_name(Gpr{c.mem_base}, 8), "", 1, c.mem_disp, width));
            break;
          case FormCase::MemShape::BaseIndex:
            x.operands.push_back(mem_operand(gpr_name(Gpr{c.mem_base}, 8), gpr_name(Gpr{c.mem_index}, 8),
                                             scale_factor(c.mem_scale), c.mem_disp, width));
            break;
        }
        break;
    }
  }
  // Capstone 4 prints cmpss/cmpps/vcmpps... with a predicate below 8 as the
  // alias cmp<pred>ss / vcmp<pred>ps and drops the immediate (the SDM's own
  // pseudo-ops). Fold the predicate into the expected mnemonic; the
  // predicate is still checked exactly, through the alias name.
  const bool fcmp =
      f.sig == Sig::X_X_FCMP || f.sig == Sig::X_M_FCMP || f.sig == Sig::X_X_X_FCMP || f.sig == Sig::X_X_M_FCMP;
  if (fcmp && c.imm >= 0 && c.imm < 8) {
    const size_t after_cmp = x.mnemonic.find("cmp") + 3;
    x.mnemonic.insert(after_cmp, float_cmp_name(static_cast<FloatCmp>(c.imm)));
    x.operands.pop_back();
  }
  return x;
}

bool same_operand(const DecodedOperand& want, const DecodedOperand& got) {
  if (want.kind != got.kind) return false;
  switch (want.kind) {
    case DecodedOperand::Kind::Reg: return want.reg == got.reg && want.size == got.size;
    case DecodedOperand::Kind::Mem:
      return want.base == got.base && want.index == got.index && want.scale == got.scale && want.disp == got.disp &&
             want.size == got.size && got.segment.empty();
    case DecodedOperand::Kind::Imm: {
      // Capstone reports an immediate at the width it decoded it (an 8-bit
      // ALU immediate as 255, a sign-extended imm8 as -1): compare the bits
      // that width holds.
      if (got.size < 1 || got.size > 8) return false;
      const uint64_t mask = got.size == 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * got.size)) - 1;
      return (static_cast<uint64_t>(want.imm) & mask) == (static_cast<uint64_t>(got.imm) & mask);
    }
  }
  return false;
}

std::string hex(std::span<const uint8_t> bytes) {
  std::string s;
  for (uint8_t b : bytes) s += fmt::format("{:02x}", b);
  return s;
}

std::string operands_string(const std::vector<DecodedOperand>& ops) {
  std::string s;
  for (const auto& op : ops) s += (s.empty() ? "" : " ") + op.to_string();
  return s;
}

// Relocations the case must have left, and nothing else.
std::vector<Relocation> expected_relocations(const FormCase& c, const Emitted& e) {
  switch (form_info(c.form).sig) {
    case Sig::FUNC:
      return {Relocation{e.start + 1, e.start, RelocKind::CallRel32, RelocTarget::function(c.func_index)}};
    case Sig::R64_LIBCALL: return {Relocation{e.start + 2, e.start, RelocKind::Abs64, RelocTarget::libcall(c.libcall)}};
    default: return {};
  }
}

// A value at an encoding edge (imm8/disp8, 16-bit and int32 limits) for 14 of
// 16 selectors, else the random one.
int64_t pick_int32_edge(uint8_t sel, uint32_t random) {
  static constexpr int64_t kEdges[] = {0,
                                       1,
                                       -1,
                                       127,
                                       128,
                                       -128,
                                       -129,
                                       255,
                                       256,
                                       32767,
                                       -32768,
                                       65535,
                                       std::numeric_limits<int32_t>::max(),
                                       std::numeric_limits<int32_t>::min()};
  constexpr int kNum = sizeof kEdges / sizeof kEdges[0];
  if (sel % 16 < kNum) return kEdges[sel % 16];
  return static_cast<int32_t>(random);
}

class ByteReader {
 public:
  explicit ByteReader(std::span<const uint8_t> bytes) : bytes_(bytes) {}
  uint8_t u8() { return pos_ < bytes_.size() ? bytes_[pos_++] : 0; }
  uint16_t u16() { return static_cast<uint16_t>(u8() | (u8() << 8)); }
  uint32_t u32() { return u16() | (uint32_t{u16()} << 16); }
  uint64_t u64() { return u32() | (uint64_t{u32()} << 32); }

 private:
  std::span<const uint8_t> bytes_;
  size_t pos_ = 0;
};

int64_t clamp_to(int64_t v, std::pair<int64_t, int64_t> range) {
  if (v < range.first || v > range.second) {
    // Fold into the range, keeping the low bits (which is what gets encoded).
    const uint64_t span = static_cast<uint64_t>(range.second - range.first) + 1;
    return range.first + static_cast<int64_t>(static_cast<uint64_t>(v - range.first) % span);
  }
  return v;
}

}  // namespace

// ---- public ----------------------------------------------------------------------------

std::string FormCase::to_string() const {
  const FormInfo& f = form_info(form);
  std::string mem;
  switch (mem_shape) {
    case MemShape::Base: mem = fmt::format("[{} {:+}]", gpr_name(Gpr{mem_base}, 8), mem_disp); break;
    case MemShape::BaseIndex:
      mem = fmt::format("[{} + {}*{} {:+}]", gpr_name(Gpr{mem_base}, 8), gpr_name(Gpr{mem_index}, 8),
                        scale_factor(mem_scale), mem_disp);
      break;
    case MemShape::Rip: mem = fmt::format("[rip + label {:+}]", mem_disp); break;
  }
  return fmt::format("{} ({}) size={} regs=({},{},{},{}) mem={} imm={} cond={} label={}{} func={} libcall={} nop={}",
                     f.id_name, sig_operands(f.sig), size_bytes(case_size(*this)), regs[0], regs[1], regs[2], regs[3],
                     mem, imm, cond_suffix(cond), label_forward ? "+" : "-", label_gap, func_index,
                     static_cast<int>(libcall), nop_length);
}

bool form_has_memory_operand(const FormInfo& f) { return sig_has_mem(f.sig); }

bool form_case_is_valid(const FormCase& c) {
  if (static_cast<uint32_t>(c.form) >= kNumForms) return false;
  const FormInfo& f = form_info(c.form);
  if (sig_takes_size(f.sig)) {
    bool legal = false;
    for (Size s : legal_sizes(f)) legal |= s == c.size;
    if (!legal) return false;
  }
  for (uint8_t r : c.regs)
    if (r > 15) return false;
  if (c.mem_base > 15 || c.mem_index > 15 || c.mem_index == 4) return false;
  const char* kinds = sig_operands(f.sig);
  if (std::strchr(kinds, 'I') && f.sig != Sig::R64_LIBCALL) {
    const auto range = imm_range(f, case_size(c));
    if (c.imm < range.first || c.imm > range.second) return false;
  }
  if (c.nop_length < 1 || c.nop_length > 9) return false;
  if (static_cast<uint32_t>(c.libcall) >= compile::kNumLibCalls) return false;
  if (static_cast<uint8_t>(c.cond) >= kNumConds) return false;
  // Short branches must reach: rel8 counts from the end of the 2-byte branch.
  if (is_short_branch(c.form) && c.label_gap > (c.label_forward ? 127 : 126)) return false;
  // A RIP-relative displacement is label - end + addend; keep it in int32.
  if (sig_has_mem(f.sig) && c.mem_shape == FormCase::MemShape::Rip &&
      (c.mem_disp < -(1 << 30) || c.mem_disp > (1 << 30)))
    return false;
  return true;
}

FormCase form_case_from_bytes(std::span<const uint8_t> bytes) {
  ByteReader in(bytes);
  FormCase c;
  c.form = static_cast<FormId>(in.u16() % kNumForms);
  const FormInfo& f = form_info(c.form);
  const std::vector<Size> sizes = legal_sizes(f);
  c.size = sizes[in.u8() % sizes.size()];
  for (uint8_t& r : c.regs) r = in.u8() & 15;
  c.mem_shape = static_cast<FormCase::MemShape>(in.u8() % 3);
  c.mem_base = in.u8() & 15;
  const uint8_t index = in.u8() % 15;  // the fifteen registers that can be an index
  c.mem_index = index >= 4 ? index + 1 : index;
  c.mem_scale = static_cast<Scale>(in.u8() & 3);
  const uint8_t disp_sel = in.u8();
  c.mem_disp = static_cast<int32_t>(pick_int32_edge(disp_sel, in.u32()));
  // A RIP addend stays small, as a backend's does, so label - end + addend fits.
  if (c.mem_shape == FormCase::MemShape::Rip) c.mem_disp = static_cast<int8_t>(c.mem_disp);
  const auto range = imm_range(f, case_size(c));
  const uint8_t imm_sel = in.u8();
  int64_t imm =
      f.imm == ImmKind::I64 && imm_sel % 2 ? static_cast<int64_t>(in.u64()) : pick_int32_edge(imm_sel >> 1, in.u32());
  c.imm = clamp_to(imm, range);
  c.cond = static_cast<Cond>(in.u8() & 15);
  c.label_forward = in.u8() & 1;
  const uint16_t gap = in.u16();
  c.label_gap = static_cast<uint16_t>(is_short_branch(c.form) ? gap % 127 : gap % 400);
  c.func_index = in.u32();
  c.libcall = static_cast<LibCall>(in.u8() % compile::kNumLibCalls);
  c.nop_length = 1 + in.u8() % 9;
  c.regs[3] = in.u8() & 15;  // last, so that the earlier bytes keep their meaning
  return c;
}

std::optional<std::string> check_form_case(const FormCase& c, CodeBuffer& buf, Disassembler& dis) {
  if (!form_case_is_valid(c)) return "invalid case (a bug in the case builder): " + c.to_string();
  buf.clear();
  const Emitted e = emit_case(c, buf);
  const compile::FinishedCode& done = buf.finalize();
  const std::span<const uint8_t> insn = done.bytes.subspan(e.start, e.end - e.start);
  auto report = [&](const std::string& what, const std::vector<DecodedInsn>& got) {
    std::string s = fmt::format("{}\n  case:  {}\n  bytes: {}\n", what, c.to_string(), hex(insn));
    for (const auto& d : got)
      s += fmt::format("  capstone: {} [{}]  {}\n", d.text(), d.size, operands_string(d.operands));
    return s;
  };

  if (done.code_size < e.end) return report("finalize cut the instruction", {});
  size_t decoded_bytes = 0;
  const std::vector<DecodedInsn> got = dis.decode_all(insn, e.start, &decoded_bytes);
  if (got.size() != 1 || decoded_bytes != insn.size())
    return report(fmt::format("decoded as {} instructions over {} of {} bytes", got.size(), decoded_bytes, insn.size()),
                  got);
  const DecodedInsn& d = got[0];
  const Expected want = expected_for(c, e);
  if (d.mnemonic != want.mnemonic) return report(fmt::format("mnemonic: want '{}'", want.mnemonic), got);
  bool same = d.operands.size() == want.operands.size();
  for (size_t i = 0; same && i < want.operands.size(); ++i) same = same_operand(want.operands[i], d.operands[i]);
  if (!same) return report("operands: want " + operands_string(want.operands), got);

  const std::vector<Relocation> relocs = expected_relocations(c, e);
  if (!std::equal(relocs.begin(), relocs.end(), done.relocations.begin(), done.relocations.end()))
    return report(fmt::format("relocations: want {}, have {}", relocs.size(), done.relocations.size()), got);
  // The relocated field must be the one Capstone sees as the immediate/displacement.
  for (const Relocation& r : relocs) {
    const bool is_call = r.kind == RelocKind::CallRel32;
    const uint32_t field = r.offset - r.insn_offset;
    if ((is_call && (field != 1 || d.size != 5)) || (!is_call && (field != d.imm_offset || d.imm_size != 8)))
      return report("relocation does not point at the instruction's field", got);
  }
  if (!done.trap_sites.empty() || !done.source_locs.empty())
    return report("an encoding left trap sites or source locations", got);
  return std::nullopt;
}

}  // namespace tandem::oracle
