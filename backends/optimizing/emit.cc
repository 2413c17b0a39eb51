// Emission of the frame, the moves the allocator placed, control flow and
// integer instructions. Floats are in emit_float.cc.
#include "backends/optimizing/emit.h"

#include "backends/optimizing/emit_internal.h"
#include "wasm/result.h"

namespace tandem::optimizing {
namespace emission {

using mach::MOp;
using x64::Imm32;
using x64::Imm8;

uint32_t Emitter::run() {
  saved_vmctx_ = code_.needs_saved_vmctx;
  auto align16 = [](uint32_t n) { return (n + 15) & ~15u; };
  uint32_t slots = 8 * ((saved_vmctx_ ? 1 : 0) + ra_.num_spill_slots);
  if (code_.scratch_area_bytes) {
    // rsp | outgoing area | scratch area | spill slots | rbp: the scratch
    // area 16-byte aligned, below every slot.
    scratch_offset_ = static_cast<int32_t>(align16(code_.outgoing_area_bytes));
    frame_size_ = align16(slots) + align16(code_.outgoing_area_bytes) + align16(code_.scratch_area_bytes);
  } else {
    frame_size_ = align16(slots + code_.outgoing_area_bytes);
  }
  labels_.clear();
  for (uint32_t b = 0; b < code_.num_blocks(); ++b) labels_.push_back(buf_.new_label());
  prologue();
  const std::vector<uint32_t>& order = code_.order();
  for (size_t k = 0; k < order.size(); ++k) {
    uint32_t b = order[k];
    next_block_ = k + 1 < order.size() ? order[k + 1] : ~0u;
    a_.bind(labels_[b]);
    const mach::VBlock& vb = code_.block(b);
    for (uint32_t i = vb.first_inst; i < vb.end_inst; ++i) {
      const MInst& m = code_.inst(i);
      bool loc = m.wasm_offset != 0;
      if (loc) buf_.start_source_loc(m.wasm_offset);
      for (const regalloc::Move& mv : ra_.moves_before(i)) move(mv);
      inst(i, m);
      for (const regalloc::Move& mv : ra_.moves_after(i)) move(mv);
      if (loc) buf_.end_source_loc();
    }
  }
  return frame_size_;
}

// ---- operands and moves --------------------------------------------------------

Mem Emitter::mem(uint32_t inst, const MInst& m) const {
  Gpr base = m.mem.base_slot != mach::MemArg::kNoSlot ? gpr(inst, m.mem.base_slot) : Gpr{m.mem.fixed_base};
  if (m.mem.index_slot != mach::MemArg::kNoSlot) return Mem(base, gpr(inst, m.mem.index_slot), m.mem.scale, m.mem.disp);
  return Mem(base, m.mem.disp);
}

Mem Emitter::slot(uint32_t s) const {
  return Mem(x64::rbp, -static_cast<int32_t>(8 * (s + 1 + (saved_vmctx_ ? 1 : 0))));
}

void Emitter::move(const regalloc::Move& m) {
  if (m.from == m.to) return;  // a rename, for the checker only
  if (m.from.is_reg() && m.to.is_reg()) {
    PReg f = m.from.preg(), t = m.to.preg();
    bool fi = mach::preg_class(f) == mach::RegClass::Int, ti = mach::preg_class(t) == mach::RegClass::Int;
    TANDEM_CHECK(fi == ti, "a register move across classes");
    if (fi) {
      a_.mov(mach::preg_gpr(t), mach::preg_gpr(f), x64::S64);
    } else {
      a_.movaps(mach::preg_xmm(t), mach::preg_xmm(f));
    }
    return;
  }
  // Slots are 8 bytes: a 64-bit move keeps every bit of either class. A
  // v128 has a slot pair, named by its first slot and addressed at its
  // second (the lower address); movdqu costs nothing on the aligned pair.
  auto wide_slot = [this](uint32_t s) { return slot(s + 1); };
  if (m.from.is_stack() && m.to.is_stack()) {
    // Only a v128 with the xmm scratch busy (parallel_move.cc): in halves.
    TANDEM_CHECK(m.wide, "a stack-to-stack move that is not a v128's");
    for (uint32_t half = 0; half < 2; ++half) {
      // slot(s + 1) is the low half of pair s, slot(s) its high half.
      a_.mov(mach::kScratchGpr, slot(m.from.slot() + 1 - half), x64::S64);
      a_.mov(slot(m.to.slot() + 1 - half), mach::kScratchGpr, x64::S64);
    }
    return;
  }
  if (m.from.is_stack()) {
    PReg t = m.to.preg();
    if (mach::preg_class(t) == mach::RegClass::Int) {
      a_.mov(mach::preg_gpr(t), slot(m.from.slot()), x64::S64);
    } else if (m.wide) {
      a_.movdqu(mach::preg_xmm(t), wide_slot(m.from.slot()));
    } else {
      a_.movsd(mach::preg_xmm(t), slot(m.from.slot()));
    }
    return;
  }
  PReg f = m.from.preg();
  if (mach::preg_class(f) == mach::RegClass::Int) {
    a_.mov(slot(m.to.slot()), mach::preg_gpr(f), x64::S64);
  } else if (m.wide) {
    a_.movdqu(wide_slot(m.to.slot()), mach::preg_xmm(f));
  } else {
    a_.movsd(slot(m.to.slot()), mach::preg_xmm(f));
  }
}

// ---- frame ---------------------------------------------------------------------

void Emitter::prologue() {
  if (settings_.stack_limit_checks) {
    // The lowest address this function touches: below the pushed rbp and
    // the frame. Checked before anything is written there.
    a_.lea(mach::kScratchGpr, Mem(x64::rsp, -static_cast<int32_t>(frame_size_ + 8)), x64::S64);
    a_.cmp(mach::kScratchGpr, Mem(x64::r14, compile::kVmctxStackLimit), x64::S64);
    a_.jcc(x64::Cond::B, trap_stub(compile::TrapCode::StackOverflow, f_.wasm_offset));
  }
  a_.push(x64::rbp);
  a_.mov(x64::rbp, x64::rsp, x64::S64);
  if (frame_size_) {
    if (x64::fits_int8(frame_size_)) {
      a_.sub(x64::rsp, Imm8(frame_size_), x64::S64);
    } else {
      a_.sub(x64::rsp, Imm32(frame_size_), x64::S64);
    }
  }
  if (saved_vmctx_) a_.mov(Mem(x64::rbp, -8), x64::r14, x64::S64);
}

void Emitter::epilogue() {
  a_.mov(x64::rsp, x64::rbp, x64::S64);
  a_.pop(x64::rbp);
  a_.ret();
}

// ---- helpers -------------------------------------------------------------------

void Emitter::cmp_imm(Gpr r, int64_t imm, Size size) {
  if (x64::fits_int8(imm)) {
    a_.cmp(r, Imm8(imm), size);
  } else {
    a_.cmp(r, Imm32(imm), size);
  }
}

// Never xor: a constant may be materialized between a compare and the
// instruction reading its flags.
void Emitter::mov_imm(Gpr d, int64_t imm, Size size) {
  // mov r32, imm32 (b8+r, zero-extending) is the shortest form for anything
  // with a zero upper half; mov r64, simm32 for small negatives.
  if (size == x64::S32 || (imm >= 0 && static_cast<uint64_t>(imm) <= 0xffffffffu)) {
    a_.mov_oi(d, Imm32(static_cast<int32_t>(static_cast<uint32_t>(imm))), x64::S32);
  } else if (x64::fits_int32(imm)) {
    a_.mov(d, Imm32(imm), x64::S64);
  } else {
    a_.movabs(d, x64::Imm64(imm));
  }
}

void Emitter::jump_to(uint32_t block) {
  if (block != next_block_) a_.jmp(labels_[block]);
}

void Emitter::trap_site(const MInst& m) {
  if (m.trap_site) buf_.add_trap_site(static_cast<compile::TrapCode>(m.trap_code), m.wasm_offset);
}

void Emitter::load(uint32_t i, const MInst& m) {
  Mem addr = mem(i, m);
  trap_site(m);
  mach::LoadKind kind = static_cast<mach::LoadKind>(m.sub);
  if (kind == mach::LoadKind::F32) return a_.movss(xmm(i, 0), addr);
  if (kind == mach::LoadKind::F64) return a_.movsd(xmm(i, 0), addr);
  // Never a movdqa: wasm addresses have no alignment.
  if (kind == mach::LoadKind::V128) return a_.movdqu(xmm(i, 0), addr);
  Gpr d = gpr(i, 0);
  switch (kind) {
    case mach::LoadKind::Zx8: a_.movzx8(d, addr, x64::S32); break;
    case mach::LoadKind::Sx8: a_.movsx8(d, addr, m.size); break;
    case mach::LoadKind::Zx16: a_.movzx16(d, addr, x64::S32); break;
    case mach::LoadKind::Sx16: a_.movsx16(d, addr, m.size); break;
    case mach::LoadKind::Zx32: a_.mov(d, addr, x64::S32); break;
    case mach::LoadKind::Sx32: a_.movsxd(d, addr); break;
    case mach::LoadKind::B64: a_.mov(d, addr, x64::S64); break;
    default: break;
  }
}

void Emitter::store(uint32_t i, const MInst& m) {
  Mem addr = mem(i, m);
  trap_site(m);
  if (m.is_float && static_cast<mach::LoadKind>(m.sub) == mach::LoadKind::V128) return a_.movdqu(addr, xmm(i, 0));
  if (m.is_float) {
    if (m.size == x64::S32) {
      a_.movss(addr, xmm(i, 0));
    } else {
      a_.movsd(addr, xmm(i, 0));
    }
    return;
  }
  a_.mov(addr, gpr(i, 0), m.size);
}

void Emitter::divide(uint32_t i, const MInst& m) {
  Size size = m.size;
  Gpr divisor = gpr(i, 1);
  mach::DivKind kind = static_cast<mach::DivKind>(m.sub);
  bool is_signed = kind == mach::DivKind::Sdiv || kind == mach::DivKind::Srem;
  bool is_rem = kind == mach::DivKind::Urem || kind == mach::DivKind::Srem;
  if (m.imm & mach::div_checks::kZero) {
    a_.test(divisor, divisor, size);
    a_.jcc(x64::Cond::E, trap_stub(compile::TrapCode::IntegerDivideByZero, m.wasm_offset));
  }
  if (!is_signed) {
    a_.xor_(x64::rdx, x64::rdx, x64::S32);
    a_.div(divisor, size);
    return;
  }
  x64::Label done = buf_.new_label();
  if (m.imm & mach::div_checks::kMinusOne) {
    // x / -1 is -x, which overflows for INT_MIN; x % -1 is 0. Either way
    // idiv must not run: it faults on INT_MIN / -1.
    x64::Label normal = buf_.new_label();
    a_.cmp(divisor, Imm8(-1), size);
    a_.jcc(x64::Cond::NE, normal);
    if (is_rem) {
      a_.xor_(x64::rdx, x64::rdx, x64::S32);
    } else {
      a_.neg(x64::rax, size);
      a_.jcc(x64::Cond::O, trap_stub(compile::TrapCode::IntegerOverflow, m.wasm_offset));
    }
    a_.jmp(done);
    a_.bind(normal);
  }
  if (size == x64::S32) {
    a_.cdq();
  } else {
    a_.cqo();
  }
  a_.idiv(divisor, size);
  a_.bind(done);
}

void Emitter::setcc(uint32_t i, const MInst& m) {
  Gpr d = gpr(i, 0);
  a_.setcc(static_cast<x64::Cond>(m.sub), d);
  if (m.imm) {
    // Float eq/ne: combine with the parity flag (set when unordered).
    Gpr t = gpr(i, 1);
    if (m.imm == 1) {
      a_.setcc(x64::Cond::NP, t);
      a_.and_(d, t, x64::S8);
    } else {
      a_.setcc(x64::Cond::P, t);
      a_.or_(d, t, x64::S8);
    }
  }
  a_.movzx8(d, d, x64::S32);
}

void Emitter::call_through_r11(int32_t code_disp, Gpr holder, int32_t vmctx_disp) {
  a_.mov(mach::kScratchGpr, Mem(holder, code_disp), x64::S64);
  a_.mov(x64::r14, Mem(holder, vmctx_disp), x64::S64);
  a_.call(mach::kScratchGpr);
  a_.mov(x64::r14, Mem(x64::rbp, -8), x64::S64);  // our own VMContext again
}

// ---- instructions --------------------------------------------------------------

void Emitter::inst(uint32_t i, const MInst& m) {
  Size size = m.size;
  switch (m.op) {
    case MOp::Args: return;
    case MOp::Ret: return epilogue();
    case MOp::Jmp: return jump_to(m.target0);
    case MOp::Jcc: {
      x64::Cond c = static_cast<x64::Cond>(m.sub);
      if (m.target1 == next_block_) {
        a_.jcc(c, labels_[m.target0]);
      } else if (m.target0 == next_block_) {
        a_.jcc(x64::invert(c), labels_[m.target1]);
      } else {
        a_.jcc(c, labels_[m.target0]);
        a_.jmp(labels_[m.target1]);
      }
      return;
    }
    case MOp::JmpTable: {
      Gpr index = gpr(i, 0), t1 = gpr(i, 1), t2 = gpr(i, 2);
      uint32_t count = m.target1;
      a_.mov(t1, index, x64::S32);
      a_.cmp(t1, Imm32(count), x64::S32);
      a_.jcc(x64::Cond::AE, labels_[m.target0]);
      jt_labels_.clear();
      for (uint32_t b : code_.jump_table(static_cast<uint32_t>(m.imm), count)) jt_labels_.push_back(labels_[b]);
      a_.jump_table_dispatch(t1, t2, buf_.add_jump_table(jt_labels_));
      return;
    }
    case MOp::Trap:
      buf_.add_trap_site(static_cast<compile::TrapCode>(m.trap_code), m.wasm_offset);
      a_.ud2();
      return;
    case MOp::TrapIf:
      a_.jcc(static_cast<x64::Cond>(m.sub), trap_stub(static_cast<compile::TrapCode>(m.trap_code), m.wasm_offset));
      return;
    case MOp::Copy:
      if (mach::preg_class(alloc(i, 0)) == mach::RegClass::Float) {
        copy_into(xmm(i, 0), xmm(i, 1));
      } else {
        copy_into(gpr(i, 0), gpr(i, 1));
      }
      return;
    case MOp::MovImm: return mov_imm(gpr(i, 0), m.imm, size);
    case MOp::Load: return load(i, m);
    case MOp::Store: return store(i, m);
    case MOp::StoreImm:
      trap_site(m);
      a_.mov(mem(i, m), Imm32(m.imm), size);
      return;
    case MOp::Lea: a_.lea(gpr(i, 0), mem(i, m), size); return;
    case MOp::AluRR:
      copy_into(gpr(i, 0), gpr(i, 1));
      a_.alu(static_cast<mach::AluOp>(m.sub), gpr(i, 0), gpr(i, 2), size);
      return;
    case MOp::AluRI: {
      copy_into(gpr(i, 0), gpr(i, 1));
      mach::AluOp op = static_cast<mach::AluOp>(m.sub);
      int32_t imm = static_cast<int32_t>(m.imm);
      if (x64::fits_int8(imm)) {
        a_.alu(op, gpr(i, 0), Imm8(imm), size);
      } else {
        a_.alu(op, gpr(i, 0), Imm32(imm), size);
      }
      return;
    }
    case MOp::AluRM: {
      Gpr d = gpr(i, 0);
      copy_into(d, gpr(i, 1));
      Mem addr = mem(i, m);
      trap_site(m);
      a_.alu(static_cast<mach::AluOp>(m.sub), d, addr, size);
      return;
    }
    case MOp::ImulRRI:
      if (x64::fits_int8(m.imm)) {
        a_.imul(gpr(i, 0), gpr(i, 1), Imm8(m.imm), size);
      } else {
        a_.imul(gpr(i, 0), gpr(i, 1), Imm32(m.imm), size);
      }
      return;
    case MOp::Unary:
      copy_into(gpr(i, 0), gpr(i, 1));
      if (static_cast<mach::UnaryOp>(m.sub) == mach::UnaryOp::Neg) {
        a_.neg(gpr(i, 0), size);
      } else {
        a_.not_(gpr(i, 0), size);
      }
      return;
    case MOp::ShiftRI: {
      Gpr d = gpr(i, 0);
      copy_into(d, gpr(i, 1));
      Imm8 k(m.imm);
      switch (static_cast<mach::ShiftOp>(m.sub)) {
        case mach::ShiftOp::Shl: a_.shl(d, k, size); break;
        case mach::ShiftOp::Shr: a_.shr(d, k, size); break;
        case mach::ShiftOp::Sar: a_.sar(d, k, size); break;
        case mach::ShiftOp::Rol: a_.rol(d, k, size); break;
        case mach::ShiftOp::Ror: a_.ror(d, k, size); break;
      }
      return;
    }
    case MOp::ShiftRCl: {
      Gpr d = gpr(i, 0);
      copy_into(d, gpr(i, 1));
      switch (static_cast<mach::ShiftOp>(m.sub)) {
        case mach::ShiftOp::Shl: a_.shl_cl(d, size); break;
        case mach::ShiftOp::Shr: a_.shr_cl(d, size); break;
        case mach::ShiftOp::Sar: a_.sar_cl(d, size); break;
        case mach::ShiftOp::Rol: a_.rol_cl(d, size); break;
        case mach::ShiftOp::Ror: a_.ror_cl(d, size); break;
      }
      return;
    }
    case MOp::ShiftX:
      switch (static_cast<mach::ShiftOp>(m.sub)) {
        case mach::ShiftOp::Shl: a_.shlx(gpr(i, 0), gpr(i, 1), gpr(i, 2), size); break;
        case mach::ShiftOp::Shr: a_.shrx(gpr(i, 0), gpr(i, 1), gpr(i, 2), size); break;
        case mach::ShiftOp::Sar: a_.sarx(gpr(i, 0), gpr(i, 1), gpr(i, 2), size); break;
        default: TANDEM_UNREACHABLE("no BMI2 rotate by a register");
      }
      return;
    case MOp::BitCount:
      switch (static_cast<mach::BitCountOp>(m.sub)) {
        case mach::BitCountOp::Lzcnt: a_.lzcnt(gpr(i, 0), gpr(i, 1), size); break;
        case mach::BitCountOp::Tzcnt: a_.tzcnt(gpr(i, 0), gpr(i, 1), size); break;
        case mach::BitCountOp::Popcnt: a_.popcnt(gpr(i, 0), gpr(i, 1), size); break;
        case mach::BitCountOp::Bsr: a_.bsr(gpr(i, 0), gpr(i, 1), size); break;
        case mach::BitCountOp::Bsf: a_.bsf(gpr(i, 0), gpr(i, 1), size); break;
      }
      return;
    case MOp::ClzFallback: {
      // bsr gives the index of the highest set bit (ZF on zero);
      // clz = (w - 1) ^ index, and zero maps to (2w - 1) ^ (w - 1) = w.
      int w = x64::size_bits(size);
      Gpr d = gpr(i, 0), t = gpr(i, 2);
      a_.mov_oi(t, Imm32(2 * w - 1), x64::S32);
      a_.bsr(d, gpr(i, 1), size);
      a_.cmov(x64::Cond::E, d, t, size);
      a_.xor_(d, Imm8(w - 1), size);
      return;
    }
    case MOp::CtzFallback: {
      Gpr d = gpr(i, 0), t = gpr(i, 2);
      a_.mov_oi(t, Imm32(x64::size_bits(size)), x64::S32);
      a_.bsf(d, gpr(i, 1), size);
      a_.cmov(x64::Cond::E, d, t, size);
      return;
    }
    case MOp::Extend: {
      Gpr d = gpr(i, 0), s = gpr(i, 1);
      switch (static_cast<mach::ExtendKind>(m.sub)) {
        case mach::ExtendKind::Zx8: a_.movzx8(d, s, x64::S32); break;
        case mach::ExtendKind::Sx8: a_.movsx8(d, s, size); break;
        case mach::ExtendKind::Zx16: a_.movzx16(d, s, x64::S32); break;
        case mach::ExtendKind::Sx16: a_.movsx16(d, s, size); break;
        case mach::ExtendKind::Zx32: a_.mov(d, s, x64::S32); break;
        case mach::ExtendKind::Sx32: a_.movsxd(d, s); break;
      }
      return;
    }
    case MOp::Cmp: a_.cmp(gpr(i, 0), gpr(i, 1), size); return;
    case MOp::CmpImm: return cmp_imm(gpr(i, 0), m.imm, size);
    case MOp::Test: a_.test(gpr(i, 0), gpr(i, 1), size); return;
    case MOp::Setcc: return setcc(i, m);
    case MOp::Cmov:
      copy_into(gpr(i, 0), gpr(i, 1));
      a_.cmov(static_cast<x64::Cond>(m.sub), gpr(i, 0), gpr(i, 2), size);
      return;
    case MOp::Div: return divide(i, m);
    case MOp::MulHi:
      if (m.sub) {
        a_.imul(gpr(i, 1), x64::S64);
      } else {
        a_.mul(gpr(i, 1), x64::S64);
      }
      return;
    case MOp::Call: a_.call_function(static_cast<uint32_t>(m.imm)); return;
    case MOp::CallImport: {
      uint32_t f = static_cast<uint32_t>(m.imm);
      return call_through_r11(env_.layout.imported_func_code(f), x64::r14, env_.layout.imported_func_vmctx(f));
    }
    case MOp::CallIndirect: return call_through_r11(compile::kFuncRefCode, gpr(i, 0), compile::kFuncRefVmctx);
    case MOp::CallLibcall:
      a_.mov(x64::rdi, x64::r14, x64::S64);
      a_.movabs_libcall(mach::kScratchGpr, static_cast<compile::LibCall>(m.imm));
      a_.call(mach::kScratchGpr);
      return;
    case MOp::Vconst: {
      const ir::Function::V128Bits& bits = f_.v128(static_cast<uint32_t>(m.imm));
      return v128_const(xmm(i, 0), bits[0], bits[1]);
    }
    case MOp::Simd: return simd_inst(i, m);
    case MOp::SimdLoad: return simd_load(i, m);
    default: return float_inst(i, m);
  }
}

}  // namespace emission

uint32_t emit_function(const compile::ModuleEnv& env, const compile::Settings& settings, const ir::Function& f,
                       const mach::VCode& code, const regalloc::Output& ra, compile::CodeBuffer& buf) {
  return emission::Emitter(env, settings, f, code, ra, buf).run();
}

}  // namespace tandem::optimizing
