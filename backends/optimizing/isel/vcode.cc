#include "backends/optimizing/isel/vcode.h"

#include <algorithm>
#include <iterator>

#include <fmt/format.h>

#include "wasm/result.h"

namespace tandem::optimizing::mach {

std::string preg_name(PReg p) {
  if (p == kNoPReg) return "none";
  if (p < 16) return x64::gpr_name(preg_gpr(p), 8);
  return x64::xmm_name(preg_xmm(p));
}

bool is_terminator(MOp op) {
  return op == MOp::Jmp || op == MOp::Jcc || op == MOp::JmpTable || op == MOp::Ret || op == MOp::Trap;
}

const char* mop_name(MOp op) {
  switch (op) {
    case MOp::Args: return "args";
    case MOp::Ret: return "ret";
    case MOp::Jmp: return "jmp";
    case MOp::Jcc: return "jcc";
    case MOp::JmpTable: return "jmp_table";
    case MOp::Trap: return "trap";
    case MOp::TrapIf: return "trap_if";
    case MOp::Copy: return "copy";
    case MOp::MovImm: return "mov_imm";
    case MOp::Load: return "load";
    case MOp::Store: return "store";
    case MOp::StoreImm: return "store_imm";
    case MOp::Lea: return "lea";
    case MOp::AluRR: return "alu_rr";
    case MOp::AluRI: return "alu_ri";
    case MOp::AluRM: return "alu_rm";
    case MOp::ImulRRI: return "imul_rri";
    case MOp::Unary: return "unary";
    case MOp::ShiftRI: return "shift_ri";
    case MOp::ShiftRCl: return "shift_cl";
    case MOp::ShiftX: return "shiftx";
    case MOp::BitCount: return "bit_count";
    case MOp::ClzFallback: return "clz_fallback";
    case MOp::CtzFallback: return "ctz_fallback";
    case MOp::Extend: return "extend";
    case MOp::Cmp: return "cmp";
    case MOp::CmpImm: return "cmp_imm";
    case MOp::Test: return "test";
    case MOp::Setcc: return "setcc";
    case MOp::Cmov: return "cmov";
    case MOp::Div: return "div";
    case MOp::MulHi: return "mulhi";
    case MOp::Call: return "call";
    case MOp::CallImport: return "call_import";
    case MOp::CallIndirect: return "call_indirect";
    case MOp::CallLibcall: return "call_libcall";
    case MOp::FAluRR: return "falu_rr";
    case MOp::FMinMax: return "fminmax";
    case MOp::FUnary: return "funary";
    case MOp::FBitConst: return "fbit_const";
    case MOp::FOr: return "for";
    case MOp::FCmp: return "fcmp";
    case MOp::FSelect: return "fselect";
    case MOp::FConst: return "fconst";
    case MOp::FMovFromGpr: return "fmov_from_gpr";
    case MOp::FMovToGpr: return "fmov_to_gpr";
    case MOp::FCvtFromInt: return "fcvt_from_int";
    case MOp::FCvtToInt: return "fcvt_to_int";
    case MOp::FCanon: return "fcanon";
    case MOp::Vconst: return "vconst";
    case MOp::Simd: return "simd";
    case MOp::SimdLoad: return "simd_load";
  }
  return "?";
}

void VCode::clear() {
  vreg_class_.clear();
  vreg_wide_.clear();
  blocks_.clear();
  filled_.clear();
  order_.clear();
  block_params_.clear();
  succ_list_.clear();
  pred_list_.clear();
  insts_.clear();
  operands_.clear();
  jt_targets_.clear();
  inst_block_.clear();
  current_ = ~0u;
  outgoing_area_bytes = 0;
  scratch_area_bytes = 0;
  needs_saved_vmctx = false;
}

uint32_t VCode::new_block() {
  blocks_.emplace_back();
  filled_.push_back(false);
  return static_cast<uint32_t>(blocks_.size() - 1);
}

void VCode::add_block_param(uint32_t block, VReg v) {
  VBlock& b = blocks_[block];
  if (b.num_params == 0) {
    b.params = static_cast<uint32_t>(block_params_.size());
  } else {
    TANDEM_CHECK(b.params + b.num_params == block_params_.size(), "block parameters must be added consecutively");
  }
  block_params_.push_back(v);
  ++b.num_params;
}

void VCode::begin_block(uint32_t block) {
  TANDEM_CHECK(current_ == ~0u, "begin_block inside a block");
  TANDEM_CHECK(!filled_[block], "a block filled twice");
  filled_[block] = true;
  current_ = block;
  blocks_[block].first_inst = static_cast<uint32_t>(insts_.size());
  order_.push_back(block);
}

MInst& VCode::push(const MInst& inst, std::initializer_list<Operand> operands) {
  return push(inst, std::span<const Operand>(operands.begin(), operands.size()));
}

MInst& VCode::push(const MInst& inst, std::span<const Operand> operands) {
  TANDEM_CHECK(current_ != ~0u, "push outside a block");
  insts_.push_back(inst);
  MInst& m = insts_.back();
  m.first_operand = static_cast<uint32_t>(operands_.size());
  m.num_operands = static_cast<uint32_t>(operands.size());
  operands_.insert(operands_.end(), operands.begin(), operands.end());
  inst_block_.push_back(current_);
  return m;
}

void VCode::end_block() {
  TANDEM_CHECK(current_ != ~0u, "end_block outside a block");
  blocks_[current_].end_inst = static_cast<uint32_t>(insts_.size());
  TANDEM_CHECK(blocks_[current_].end_inst > blocks_[current_].first_inst &&
                   is_terminator(insts_[blocks_[current_].end_inst - 1].op),
               "a block must end in a terminator");
  current_ = ~0u;
}

uint32_t VCode::add_jump_table(std::span<const uint32_t> targets) {
  uint32_t first = static_cast<uint32_t>(jt_targets_.size());
  jt_targets_.insert(jt_targets_.end(), targets.begin(), targets.end());
  return first;
}

void VCode::finish() {
  uint32_t n = num_blocks();
  for (uint32_t b = 0; b < n; ++b) TANDEM_CHECK(filled_[b], "a block was never filled");
  succ_list_.clear();
  std::vector<uint32_t> pred_count(n, 0);
  std::vector<uint32_t> seen(n, ~0u);
  for (uint32_t b = 0; b < n; ++b) {
    VBlock& vb = blocks_[b];
    vb.succs = static_cast<uint32_t>(succ_list_.size());
    const MInst& t = insts_[vb.end_inst - 1];
    auto add = [&](uint32_t s) {
      if (seen[s] == b) return;
      seen[s] = b;
      succ_list_.push_back(s);
      ++pred_count[s];
    };
    switch (t.op) {
      case MOp::Jmp: add(t.target0); break;
      case MOp::Jcc:
        add(t.target0);
        add(t.target1);
        break;
      case MOp::JmpTable:
        add(t.target0);
        for (uint32_t s : jump_table(static_cast<uint32_t>(t.imm), t.target1)) add(s);
        break;
      default: break;
    }
    vb.num_succs = static_cast<uint32_t>(succ_list_.size()) - vb.succs;
    // Only a jump passes arguments.
    for (uint32_t i = vb.first_inst; i + 1 < vb.end_inst; ++i) {
      TANDEM_CHECK(!is_terminator(insts_[i].op), "a terminator in the middle of a block");
    }
  }
  pred_list_.assign(succ_list_.size(), 0);
  uint32_t total = 0;
  for (uint32_t b = 0; b < n; ++b) {
    blocks_[b].preds = total;
    blocks_[b].num_preds = 0;
    total += pred_count[b];
  }
  for (uint32_t b : order_) {
    for (uint32_t s : succs(b)) {
      VBlock& sb = blocks_[s];
      pred_list_[sb.preds + sb.num_preds++] = b;
    }
  }
  for (uint32_t b = 0; b < n; ++b) {
    for (uint32_t s : succs(b)) {
      if (blocks_[b].num_succs > 1) {
        TANDEM_CHECK(blocks_[s].num_preds == 1 && blocks_[s].num_params == 0,
                     "a critical edge or a conditional branch to a block with parameters");
      } else if (blocks_[s].num_params) {
        const MInst& jump = insts_[blocks_[b].end_inst - 1];
        TANDEM_CHECK(jump.op == MOp::Jmp, "only a jump passes block arguments");
        // A jump may pass more values than there are registers: its
        // arguments must not each demand one.
        for (const Operand& o : operands(blocks_[b].end_inst - 1))
          TANDEM_CHECK(o.constraint == Operand::Constraint::RegOrStack, "a block argument that demands a register");
      }
    }
  }
  TANDEM_CHECK(!order_.empty() && blocks_[order_[0]].num_preds == 0, "the entry block has predecessors");
}

std::string VCode::to_string() const {
  std::string out;
  auto it = std::back_inserter(out);
  for (uint32_t b : order_) {
    const VBlock& vb = blocks_[b];
    fmt::format_to(it, "block{}", b);
    if (vb.num_params) {
      out += '(';
      for (uint32_t i = 0; i < vb.num_params; ++i) fmt::format_to(it, "{}v{}", i ? ", " : "", block_params(b)[i]);
      out += ')';
    }
    out += ":\n";
    for (uint32_t i = vb.first_inst; i < vb.end_inst; ++i) {
      const MInst& m = insts_[i];
      fmt::format_to(it, "  {:3}: {}", i, mop_name(m.op));
      if (m.op == MOp::Jmp || m.op == MOp::Jcc || m.op == MOp::JmpTable) fmt::format_to(it, " ->block{}", m.target0);
      if (m.op == MOp::Jcc) fmt::format_to(it, ",block{}", m.target1);
      for (const Operand& o : operands(i)) {
        const char* kind = o.kind == Operand::Kind::Use ? "use" : o.kind == Operand::Kind::Def ? "def" : "tmp";
        fmt::format_to(it, " {}:v{}", kind, o.vreg);
        if (o.pos == Operand::Pos::Late) out += "@late";
        if (o.constraint == Operand::Constraint::Fixed) fmt::format_to(it, "={}", preg_name(o.fixed));
        if (o.constraint == Operand::Constraint::Reuse) fmt::format_to(it, "=reuse{}", o.fixed);
        if (o.constraint == Operand::Constraint::RegOrStack) out += "=any";
      }
      out += '\n';
    }
  }
  return out;
}

}  // namespace tandem::optimizing::mach
