#include "oracle/checks/disassembler.h"

#include <capstone/capstone.h>
#include <fmt/format.h>

namespace tandem::oracle {

struct Disassembler::Handle {
  csh cs = 0;
  cs_insn* insn = nullptr;  // reused by every decode: no allocation per instruction
  ~Handle() {
    if (insn) cs_free(insn, 1);
    if (cs) cs_close(&cs);
  }
};

Result<Disassembler> Disassembler::create() {
  auto handle = std::make_unique<Handle>();
  if (cs_open(CS_ARCH_X86, CS_MODE_64, &handle->cs) != CS_ERR_OK)
    return make_error(ErrorKind::Internal, "capstone: cannot open an x86-64 disassembler");
  cs_option(handle->cs, CS_OPT_SYNTAX, CS_OPT_SYNTAX_INTEL);
  cs_option(handle->cs, CS_OPT_DETAIL, CS_OPT_ON);
  handle->insn = cs_malloc(handle->cs);
  if (!handle->insn) return make_error(ErrorKind::Internal, "capstone: cannot allocate an instruction");
  return Disassembler(std::move(handle));
}

Disassembler::Disassembler(std::unique_ptr<Handle> handle) : handle_(std::move(handle)) {}
Disassembler::Disassembler(Disassembler&& other) noexcept = default;
Disassembler& Disassembler::operator=(Disassembler&& other) noexcept = default;
Disassembler::~Disassembler() = default;

namespace {

const char* reg_name(csh cs, unsigned reg) {
  if (reg == X86_REG_INVALID) return "";
  const char* name = cs_reg_name(cs, reg);
  return name ? name : "?";
}

void fill(csh cs, const cs_insn& insn, DecodedInsn& out) {
  out.address = insn.address;
  out.size = static_cast<uint8_t>(insn.size);
  out.mnemonic = insn.mnemonic;
  out.op_str = insn.op_str;
  const cs_x86& x = insn.detail->x86;
  bool has_mem = false;
  size_t used = 0;
  for (int i = 0; i < x.op_count; ++i) {
    const cs_x86_op& op = x.operands[i];
    if (op.type != X86_OP_REG && op.type != X86_OP_IMM && op.type != X86_OP_MEM) continue;
    if (used == out.operands.size()) out.operands.emplace_back();
    DecodedOperand& d = out.operands[used++];
    d = DecodedOperand{};
    d.size = op.size;
    switch (op.type) {
      case X86_OP_REG:
        d.kind = DecodedOperand::Kind::Reg;
        d.reg = reg_name(cs, op.reg);
        break;
      case X86_OP_IMM:
        d.kind = DecodedOperand::Kind::Imm;
        d.imm = op.imm;
        break;
      case X86_OP_MEM:
        d.kind = DecodedOperand::Kind::Mem;
        d.base = reg_name(cs, op.mem.base);
        d.index = reg_name(cs, op.mem.index);
        d.scale = op.mem.scale;
        d.disp = op.mem.disp;
        d.segment = reg_name(cs, op.mem.segment);
        has_mem = true;
        break;
      default: break;
    }
  }
  out.operands.resize(used);
  auto in_group = [&](uint8_t group) { return cs_insn_group(cs, &insn, group); };
  out.is_call = in_group(X86_GRP_CALL);
  out.is_jump = in_group(X86_GRP_JUMP);
  out.is_conditional = out.is_jump && insn.id != X86_INS_JMP;
  out.is_ret = in_group(X86_GRP_RET);
  out.is_ud2 = insn.id == X86_INS_UD2;
  out.is_divide = insn.id == X86_INS_DIV || insn.id == X86_INS_IDIV;
  out.accesses_memory = has_mem && insn.id != X86_INS_LEA && insn.id != X86_INS_NOP;
  out.branch_target.reset();
  if ((out.is_call || out.is_jump) && in_group(X86_GRP_BRANCH_RELATIVE) && !out.operands.empty() &&
      out.operands[0].kind == DecodedOperand::Kind::Imm)
    out.branch_target = static_cast<uint64_t>(out.operands[0].imm);
  out.disp_offset = x.encoding.disp_offset;
  out.disp_size = x.encoding.disp_size;
  out.imm_offset = x.encoding.imm_offset;
  out.imm_size = x.encoding.imm_size;
}

}  // namespace

bool Disassembler::decode_one(std::span<const uint8_t> code, uint64_t address, DecodedInsn& out) {
  const uint8_t* p = code.data();
  size_t n = code.size();
  uint64_t addr = address;
  if (n == 0 || !cs_disasm_iter(handle_->cs, &p, &n, &addr, handle_->insn)) return false;
  fill(handle_->cs, *handle_->insn, out);
  return true;
}

size_t Disassembler::decode_all_into(std::span<const uint8_t> code, uint64_t address, std::vector<DecodedInsn>& out,
                                     size_t* decoded_bytes) {
  const uint8_t* p = code.data();
  size_t n = code.size();
  uint64_t addr = address;
  size_t count = 0;
  while (n > 0 && cs_disasm_iter(handle_->cs, &p, &n, &addr, handle_->insn)) {
    if (count == out.size()) out.emplace_back();
    fill(handle_->cs, *handle_->insn, out[count++]);
  }
  if (decoded_bytes) *decoded_bytes = code.size() - n;
  return count;
}

std::vector<DecodedInsn> Disassembler::decode_all(std::span<const uint8_t> code, uint64_t address,
                                                  size_t* decoded_bytes) {
  std::vector<DecodedInsn> insns;
  const uint8_t* p = code.data();
  size_t n = code.size();
  uint64_t addr = address;
  while (n > 0 && cs_disasm_iter(handle_->cs, &p, &n, &addr, handle_->insn)) {
    insns.emplace_back();
    fill(handle_->cs, *handle_->insn, insns.back());
  }
  if (decoded_bytes) *decoded_bytes = code.size() - n;
  return insns;
}

std::string DecodedInsn::text() const { return op_str.empty() ? mnemonic : mnemonic + " " + op_str; }

std::string DecodedOperand::to_string() const {
  switch (kind) {
    case Kind::Reg: return fmt::format("R({},{})", reg, size);
    case Kind::Imm: return size ? fmt::format("I({},{})", imm, size) : fmt::format("I({})", imm);
    case Kind::Mem: {
      std::string s = fmt::format("M({}[", segment.empty() ? "" : segment + ":");
      s += base;
      if (!index.empty()) s += fmt::format("{}{}*{}", base.empty() ? "" : " + ", index, scale);
      if (disp != 0 || (base.empty() && index.empty()))
        s += disp < 0 ? fmt::format(" - {:#x}", -static_cast<uint64_t>(disp)) : fmt::format(" + {:#x}", disp);
      return s + fmt::format("],{})", size);
    }
  }
  return "?";
}

}  // namespace tandem::oracle
