#include "shared_compile/x64/assembler.h"

#include <iterator>
#include <string>

#include "wasm/result.h"

namespace tandem::compile::x64 {

namespace {

constexpr uint8_t kRexBase = 0x40;

uint8_t size_bit(Size s) {
  switch (s) {
    case S8: return size_mask::B;
    case S16: return size_mask::W;
    case S32: return size_mask::L;
    case S64: return size_mask::Q;
  }
  return 0;
}

[[noreturn]] void fail_form(const FormInfo& f, const char* what) {
  std::string msg = std::string(what) + " (" + f.id_name + ")";
  ::tandem::check_failed(__FILE__, __LINE__, "valid instruction form", msg.c_str());
}

// A little-endian instruction under construction: at most 15 bytes.
struct InsnBytes {
  uint8_t b[16];
  int n = 0;
  void put(uint8_t v) { b[n++] = v; }
  void put_le(uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) b[n++] = static_cast<uint8_t>(v >> (8 * i));
  }
};

int imm_bytes(const FormInfo& f, Size s) {
  switch (f.imm) {
    case ImmKind::I0: return 0;
    case ImmKind::I8:
    case ImmKind::U8: return 1;
    case ImmKind::IZ: return s == S8 ? 1 : s == S16 ? 2 : 4;
    case ImmKind::I64: return 8;
    case ImmKind::REL8: return 1;
    case ImmKind::REL32: return 4;
  }
  return 0;
}

// The immediate must be representable in the bytes the form encodes. An
// 8- or 16-bit operation accepts the signed or unsigned reading of its width.
bool imm_fits(const FormInfo& f, Size s, int64_t imm) {
  if (f.imm == ImmKind::U8) return imm >= 0 && imm <= 255;
  switch (imm_bytes(f, s)) {
    case 1: return f.imm == ImmKind::I8 ? fits_int8(imm) : (imm >= -128 && imm <= 255);
    case 2: return imm >= -32768 && imm <= 65535;
    case 4: return fits_int32(imm);
    default: return true;
  }
}

uint8_t map_vex_mmmmm(OpMap map) {
  switch (map) {
    case OpMap::M0F: return 1;
    case OpMap::M0F38: return 2;
    case OpMap::M0F3A: return 3;
    case OpMap::M1: break;
  }
  return 0;
}

uint8_t prefix_vex_pp(Prefix p) {
  switch (p) {
    case Prefix::NP: return 0;
    case Prefix::P66: return 1;
    case Prefix::PF3: return 2;
    case Prefix::PF2: return 3;
  }
  return 0;
}

// Where the operands of one instruction go.
struct Slots {
  EncOperand reg;     // ModRM.reg (when the form has no /digit)
  EncOperand rm;      // ModRM.rm: a register or memory
  EncOperand vvvv;    // VEX.vvvv
  EncOperand opcode;  // low 3 bits of the opcode (O, OI)
};

Slots assign_slots(const FormInfo& f, const EncOperand& op0, const EncOperand& op1, const EncOperand& op2) {
  Slots s;
  switch (f.enc) {
    case Enc::RM:
    case Enc::RMI:
    case Enc::VRM:
    case Enc::VRMI:
      s.reg = op0;
      s.rm = op1;
      break;
    case Enc::MR:
    case Enc::MRI:
    case Enc::VMR:
    case Enc::VMRI:
      s.rm = op0;
      s.reg = op1;
      break;
    case Enc::M:
    case Enc::MI: s.rm = op0; break;
    case Enc::O:
    case Enc::OI: s.opcode = op0; break;
    case Enc::VRMV:
      s.reg = op0;
      s.rm = op1;
      s.vvvv = op2;
      break;
    case Enc::VRVM:
    case Enc::VRVMI:
    case Enc::VRVMR:  // op3 is in the immediate
      s.reg = op0;
      s.vvvv = op1;
      s.rm = op2;
      break;
    case Enc::VVMI:
      s.vvvv = op0;
      s.rm = op1;
      break;
    case Enc::ZO: break;
    case Enc::D:
    case Enc::NOPS: fail_form(f, "branch and nop forms have their own methods");
  }
  return s;
}

bool is_byte_gpr_needing_rex(const EncOperand& op, int width) {
  // With any REX prefix, byte registers 4..7 are spl, bpl, sil, dil; without
  // one they would be ah, ch, dh, bh, which the Assembler never names.
  return op.kind == EncOperand::Kind::Gpr && width == 1 && op.reg >= 4 && op.reg <= 7;
}

// ModRM, SIB and displacement for `rm` with `reg_field` in ModRM.reg.
// Returns the position of a RIP-relative disp32 in `out`, or -1.
int put_modrm(InsnBytes& out, uint8_t reg_field, const EncOperand& rm) {
  const uint8_t reg3 = static_cast<uint8_t>((reg_field & 7) << 3);
  if (rm.kind != EncOperand::Kind::Mem) {
    out.put(static_cast<uint8_t>(0xC0 | reg3 | (rm.reg & 7)));
    return -1;
  }
  const Mem& m = *rm.mem;
  if (m.is_rip()) {
    out.put(static_cast<uint8_t>(0x05 | reg3));
    const int pos = out.n;
    out.put_le(0, 4);  // filled by CodeBuffer::use_label
    return pos;
  }
  const uint8_t base3 = m.base().low3();
  const bool need_sib = m.has_index() || base3 == 4;  // rsp/r12 base is only expressible with SIB
  const int32_t disp = m.disp();
  // rbp/r13 with mod 00 would mean [rip + disp32] or [disp32]: they take a disp8 of 0.
  uint8_t mod;
  if (disp == 0 && base3 != 5)
    mod = 0;
  else if (fits_int8(disp))
    mod = 1;
  else
    mod = 2;
  if (need_sib) {
    out.put(static_cast<uint8_t>((mod << 6) | reg3 | 4));
    const uint8_t index3 = m.has_index() ? m.index().low3() : 4;  // 100 = no index
    const uint8_t scale = m.has_index() ? static_cast<uint8_t>(m.scale()) : 0;
    out.put(static_cast<uint8_t>((scale << 6) | (index3 << 3) | base3));
  } else {
    out.put(static_cast<uint8_t>((mod << 6) | reg3 | base3));
  }
  if (mod == 1) out.put(static_cast<uint8_t>(static_cast<int8_t>(disp)));
  if (mod == 2) out.put_le(static_cast<uint32_t>(disp), 4);
  return -1;
}

uint8_t high_bit(const EncOperand& op) { return op.kind == EncOperand::Kind::None ? 0 : (op.reg >> 3) & 1; }

}  // namespace

void Assembler::emit(FormId id, Size size, EncOperand op0, EncOperand op1, EncOperand op2, int64_t imm, Cond cond) {
  const FormInfo& f = form_info(id);
  if (!isa_allows(isa_, f.isa)) {
    std::string msg =
        std::string(f.mnemonic) + " needs " + isa_ext_name(f.isa) + ", which this compilation's settings do not allow";
    ::tandem::check_failed(__FILE__, __LINE__, "isa_allows(settings, form)", msg.c_str());
  }
  if (sig_takes_size(f.sig) && !(f.sizes & size_bit(size))) fail_form(f, "operation size not legal for form");
  if (!imm_fits(f, size, imm)) fail_form(f, "immediate does not fit the form's immediate field");

  const Slots slots = assign_slots(f, op0, op1, op2);
  const bool is_vex = enc_is_vex(f.enc);
  const bool rex_w = size == S64 && !(f.sizes & size_mask::D64);
  const int rm_width = f.rm_width ? f.rm_width : size_bytes(size);
  const uint8_t reg_field = f.ext >= 0 ? static_cast<uint8_t>(f.ext) : slots.reg.reg;
  const Mem* mem = slots.rm.kind == EncOperand::Kind::Mem ? slots.rm.mem : nullptr;

  const uint8_t rex_r = f.ext >= 0 ? 0 : high_bit(slots.reg);
  const uint8_t rex_x = mem && !mem->is_rip() && mem->has_index() ? mem->index().high() : 0;
  uint8_t rex_b = 0;
  if (mem)
    rex_b = mem->is_rip() ? 0 : mem->base().high();
  else if (slots.rm.kind != EncOperand::Kind::None)
    rex_b = high_bit(slots.rm);
  else if (slots.opcode.kind != EncOperand::Kind::None)
    rex_b = high_bit(slots.opcode);

  InsnBytes out;
  if (is_vex) {
    // VEX.L is 0 (128 bits); an unused vvvv is 1111 (the inverse of 0).
    const uint8_t vvvv = slots.vvvv.kind == EncOperand::Kind::None ? 0 : slots.vvvv.reg;
    const uint8_t vvvv_l_pp = static_cast<uint8_t>(((~vvvv & 15) << 3) | prefix_vex_pp(f.prefix));
    if (f.map == OpMap::M0F && !rex_w && !rex_x && !rex_b) {
      // Two-byte VEX: it implies map 0F and W0 and has no X or B bit.
      out.put(0xC5);
      out.put(static_cast<uint8_t>(((rex_r ^ 1) << 7) | vvvv_l_pp));
    } else {
      out.put(0xC4);
      out.put(
          static_cast<uint8_t>(((rex_r ^ 1) << 7) | ((rex_x ^ 1) << 6) | ((rex_b ^ 1) << 5) | map_vex_mmmmm(f.map)));
      out.put(static_cast<uint8_t>((rex_w ? 0x80 : 0) | vvvv_l_pp));
    }
    out.put(f.op);
  } else {
    if (size == S16 && sig_takes_size(f.sig)) out.put(0x66);
    switch (f.prefix) {
      case Prefix::NP: break;
      case Prefix::P66: out.put(0x66); break;
      case Prefix::PF2: out.put(0xF2); break;
      case Prefix::PF3: out.put(0xF3); break;
    }
    const bool byte_regs = is_byte_gpr_needing_rex(slots.reg, size_bytes(size)) ||
                           is_byte_gpr_needing_rex(slots.rm, rm_width) ||
                           is_byte_gpr_needing_rex(slots.opcode, size_bytes(size));
    const uint8_t rex = static_cast<uint8_t>(kRexBase | (rex_w << 3) | (rex_r << 2) | (rex_x << 1) | rex_b);
    if (rex != kRexBase || byte_regs) out.put(rex);
    switch (f.map) {
      case OpMap::M1: break;
      case OpMap::M0F: out.put(0x0F); break;
      case OpMap::M0F38:
        out.put(0x0F);
        out.put(0x38);
        break;
      case OpMap::M0F3A:
        out.put(0x0F);
        out.put(0x3A);
        break;
    }
    uint8_t opcode = size == S8 && f.op8 != kNoOp8 ? static_cast<uint8_t>(f.op8) : f.op;
    if (f.sig == Sig::CC_R8 || f.sig == Sig::CC_R_R || f.sig == Sig::CC_R_M) opcode += static_cast<uint8_t>(cond);
    if (slots.opcode.kind != EncOperand::Kind::None) opcode += slots.opcode.reg & 7;
    out.put(opcode);
  }

  int rip_disp_pos = -1;
  if (slots.rm.kind != EncOperand::Kind::None) rip_disp_pos = put_modrm(out, reg_field, slots.rm);
  out.put_le(static_cast<uint64_t>(imm), imm_bytes(f, size));

  const uint32_t start = buf_->offset();
  buf_->put_bytes(out.b, static_cast<size_t>(out.n));
  if (rip_disp_pos >= 0) {
    // [rip + disp32] is relative to the end of the instruction, immediate included.
    buf_->use_label(mem->label(), start + rip_disp_pos, LabelUse::Rel32, static_cast<uint8_t>(out.n - rip_disp_pos),
                    mem->disp());
  }
}

void Assembler::emit_branch(FormId rel8_form, FormId rel32_form, Cond cond, Label target, JumpRange range) {
  const uint32_t start = buf_->offset();
  bool use_short = range == JumpRange::Short;
  if (range == JumpRange::Auto && buf_->is_bound(target)) {
    const int64_t rel8 = int64_t{buf_->label_offset(target)} - (int64_t{start} + 2);
    use_short = fits_int8(rel8);
  }
  const FormInfo& f = form_info(use_short ? rel8_form : rel32_form);
  const bool conditional = f.sig == Sig::CC_LABEL;
  InsnBytes out;
  if (f.map == OpMap::M0F) out.put(0x0F);
  out.put(static_cast<uint8_t>(f.op + (conditional ? static_cast<uint8_t>(cond) : 0)));
  const int field = out.n;
  const int field_size = use_short ? 1 : 4;
  out.put_le(0, field_size);
  buf_->put_bytes(out.b, static_cast<size_t>(out.n));
  buf_->use_label(target, start + field, use_short ? LabelUse::Rel8 : LabelUse::Rel32,
                  static_cast<uint8_t>(field_size));
}

void Assembler::jmp(Label target, JumpRange range) {
  emit_branch(FormId::JmpRel8, FormId::JmpRel32, Cond::O, target, range);
}

void Assembler::jcc(Cond cond, Label target, JumpRange range) {
  emit_branch(FormId::JccRel8, FormId::JccRel32, cond, target, range);
}

void Assembler::call_function(uint32_t func_index) {
  const uint32_t start = buf_->offset();
  const uint8_t bytes[] = {form_info(FormId::CallRel32).op, 0, 0, 0, 0};
  buf_->put_bytes(bytes, sizeof bytes);
  buf_->add_relocation(Relocation{start + 1, start, RelocKind::CallRel32, RelocTarget::function(func_index)});
}

void Assembler::movabs_libcall(Gpr dst, LibCall callee) {
  const uint32_t start = buf_->offset();
  emit(FormId::Movabs, S64, EncOperand::gpr(dst), {}, {}, 0);
  // REX.W, B8+r, then the 8-byte immediate.
  buf_->add_relocation(Relocation{start + 2, start, RelocKind::Abs64, RelocTarget::libcall(callee)});
}

void Assembler::nop(int length) {
  // Intel SDM vol. 2B, "NOP": the recommended multi-byte sequences. Each is
  // one instruction, so a jump into the padding's end lands on a boundary.
  static constexpr uint8_t kNops[9][9] = {
      {0x90},
      {0x66, 0x90},
      {0x0F, 0x1F, 0x00},
      {0x0F, 0x1F, 0x40, 0x00},
      {0x0F, 0x1F, 0x44, 0x00, 0x00},
      {0x66, 0x0F, 0x1F, 0x44, 0x00, 0x00},
      {0x0F, 0x1F, 0x80, 0x00, 0x00, 0x00, 0x00},
      {0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
      {0x66, 0x0F, 0x1F, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00},
  };
  TANDEM_CHECK(length >= 1 && length <= 9, "nop length must be 1..9");
  buf_->put_bytes(kNops[length - 1], static_cast<size_t>(length));
}

void Assembler::align(uint32_t alignment) {
  TANDEM_CHECK(alignment >= 1 && alignment <= 64 && (alignment & (alignment - 1)) == 0,
               "alignment must be a power of two <= 64");
  uint32_t pad = (alignment - buf_->offset() % alignment) % alignment;
  while (pad > 0) {
    const uint32_t n = pad < 9 ? pad : 9;
    nop(static_cast<int>(n));
    pad -= n;
  }
}

namespace {

// The rows of each AluOp by operand kinds, in AluOp order.
struct AluRows {
  FormId reg, mem, imm8, imm32;
};
constexpr AluRows kAluRows[] = {
    {FormId::AddRR, FormId::AddRM, FormId::AddRI8, FormId::AddRI32},
    {FormId::SubRR, FormId::SubRM, FormId::SubRI8, FormId::SubRI32},
    {FormId::ImulRR, FormId::ImulRM, FormId::ImulRRI8, FormId::ImulRRI32},
    {FormId::AndRR, FormId::AndRM, FormId::AndRI8, FormId::AndRI32},
    {FormId::OrRR, FormId::OrRM, FormId::OrRI8, FormId::OrRI32},
    {FormId::XorRR, FormId::XorRM, FormId::XorRI8, FormId::XorRI32},
};
static_assert(std::size(kAluRows) == kNumAluOps, "one row per AluOp");

const AluRows& alu_rows(AluOp op) { return kAluRows[static_cast<uint8_t>(op)]; }

}  // namespace

void Assembler::alu(AluOp op, Gpr dst, Gpr src, Size s) {
  emit(alu_rows(op).reg, s, EncOperand::gpr(dst), EncOperand::gpr(src));
}

void Assembler::alu(AluOp op, Gpr dst, const Mem& src, Size s) {
  emit(alu_rows(op).mem, s, EncOperand::gpr(dst), EncOperand::memory(src));
}

void Assembler::alu(AluOp op, Gpr dst, Imm8 imm, Size s) { emit_alu_imm(alu_rows(op).imm8, dst, imm.value, s); }

void Assembler::alu(AluOp op, Gpr dst, Imm32 imm, Size s) { emit_alu_imm(alu_rows(op).imm32, dst, imm.value, s); }

void Assembler::emit_alu_imm(FormId id, Gpr dst, int64_t imm, Size s) {
  Sig sig = form_info(id).sig;
  if (sig == Sig::R_R_I8 || sig == Sig::R_R_I32) {
    emit(id, s, EncOperand::gpr(dst), EncOperand::gpr(dst), {}, imm);
  } else {
    emit(id, s, EncOperand::gpr(dst), {}, {}, imm);
  }
}

void Assembler::jump_table_dispatch(Gpr index, Gpr scratch, Label table) {
  TANDEM_CHECK(index != scratch, "jump_table_dispatch needs two registers");
  lea(scratch, Mem::rip(table), S64);
  movsxd(index, Mem(scratch, index, Scale::x4));
  add(scratch, index, S64);
  jmp(scratch);
}

}  // namespace tandem::compile::x64
