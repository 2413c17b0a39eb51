// x86-64 MacroAssembler: frame, moves, integer operations, branches, calls.
// The float operations are in masm_x64_float.cc.
#include "backends/baseline/masm_x64.h"

#include "shared_compile/vmcontext.h"

namespace tandem::baseline {

using namespace compile::x64;  // NOLINT: the assembler's vocabulary, in this file only

namespace {

constexpr Gpr kScratch = r11;
// A displacement that needs a disp32 field, so that the field can be patched.
constexpr int32_t kPatchPlaceholder = 0x10000000;

int64_t signed_imm(OperandSize size, uint64_t bits) {
  return size == OperandSize::S32 ? int64_t{static_cast<int32_t>(static_cast<uint32_t>(bits))}
                                  : static_cast<int64_t>(bits);
}

}  // namespace

MacroAssemblerX64::MacroAssemblerX64(compile::CodeBuffer& buffer, const compile::IsaFlags& isa) : asm_(buffer, isa) {}

Gpr MacroAssemblerX64::gpr(Reg r) {
  TANDEM_CHECK(r.is_gpr(), "integer operation on a non-GPR");
  return Gpr{r.code()};
}

Xmm MacroAssemblerX64::xmm(Reg r) {
  TANDEM_CHECK(r.is_fpr(), "float operation on a non-FPR");
  return Xmm{r.code()};
}

Mem MacroAssemblerX64::mem(const Address& a) {
  if (!a.index.valid()) return Mem(gpr(a.base), a.disp);
  Scale scale = a.scale == 8 ? Scale::x8 : a.scale == 4 ? Scale::x4 : a.scale == 2 ? Scale::x2 : Scale::x1;
  return Mem(gpr(a.base), gpr(a.index), scale, a.disp);
}

Cond MacroAssemblerX64::cond_of(IntCond c) {
  switch (c) {
    case IntCond::Eq: return Cond::E;
    case IntCond::Ne: return Cond::NE;
    case IntCond::LtS: return Cond::L;
    case IntCond::LtU: return Cond::B;
    case IntCond::GtS: return Cond::G;
    case IntCond::GtU: return Cond::A;
    case IntCond::LeS: return Cond::LE;
    case IntCond::LeU: return Cond::BE;
    case IntCond::GeS: return Cond::GE;
    case IntCond::GeU: return Cond::AE;
  }
  TANDEM_UNREACHABLE("bad IntCond");
}

// ---- registers ----------------------------------------------------------------

RegSet MacroAssemblerX64::allocatable() const {
  RegSet set;
  for (Gpr g : {rax, rcx, rdx, rbx, rsi, rdi, r8, r9, r10, r12, r13, r15}) set = set.with(Reg::gpr(g.enc));
  for (uint8_t x = 0; x < 14; ++x) set = set.with(Reg::fpr(x));
  return set;
}

Reg MacroAssemblerX64::frame_pointer() const { return Reg::gpr(rbp.enc); }
Reg MacroAssemblerX64::stack_pointer() const { return Reg::gpr(rsp.enc); }
Reg MacroAssemblerX64::vmctx() const { return Reg::gpr(r14.enc); }
Reg MacroAssemblerX64::move_temp() const { return Reg::fpr(15); }

FixedRegs MacroAssemblerX64::fixed_regs() const {
  FixedRegs f;
  f.shift_count = Reg::gpr(rcx.enc);
  f.div_lhs = Reg::gpr(rax.enc);
  f.div_quotient = Reg::gpr(rax.enc);
  f.div_remainder = Reg::gpr(rdx.enc);
  return f;
}

// ---- frame --------------------------------------------------------------------

PatchSite MacroAssemblerX64::enter_frame(bool stack_check, Label overflow) {
  origin_ = new_label();
  bind(origin_);
  asm_.push(rbp);
  asm_.mov(rbp, rsp, S64);
  PatchSite site;
  if (stack_check) {
    // The lowest address the frame uses, compared before anything is written there.
    asm_.lea(kScratch, Mem(rsp, -kPatchPlaceholder), S64);
    site = PatchSite{offset() - 4, true};
    asm_.cmp(kScratch, Mem(r14, compile::kVmctxStackLimit), S64);
    asm_.jcc(Cond::B, overflow);
    asm_.mov(rsp, kScratch, S64);
  } else {
    asm_.sub(rsp, Imm32(kPatchPlaceholder), S64);
    site = PatchSite{offset() - 4, false};
  }
  return site;
}

void MacroAssemblerX64::patch_frame_size(PatchSite site, uint32_t frame_bytes) {
  // The CodeBuffer patches fields only through labels: a use of `origin_`
  // with pc base at the field's end writes origin - (field + 4) + addend,
  // so this addend makes the field hold the frame size.
  const int64_t value = site.negated ? -int64_t{frame_bytes} : int64_t{frame_bytes};
  const int64_t addend = value - int64_t{buffer().label_offset(origin_)} + int64_t{site.field_offset} + 4;
  TANDEM_CHECK(fits_int32(value) && fits_int32(addend), "frame too large");
  buffer().use_label(origin_, site.field_offset, compile::LabelUse::Rel32, 4, static_cast<int32_t>(addend));
}

void MacroAssemblerX64::leave_frame_and_return() {
  asm_.mov(rsp, rbp, S64);
  asm_.pop(rbp);
  asm_.ret();
}

void MacroAssemblerX64::zero_slots(Address first, uint32_t count) {
  if (count == 0) return;
  constexpr uint32_t kUnrollLimit = 16;
  const Xmm zero = xmm(move_temp());
  asm_.xorps(zero, zero);
  if (count <= kUnrollLimit) {
    for (uint32_t i = 0; i < count; ++i) asm_.movsd(Mem(gpr(first.base), first.disp + int32_t(8 * i)), zero);
    return;
  }
  // A counter running from -8*count up to zero indexes the slots from the bottom.
  const int64_t span = 8 * int64_t{count};
  TANDEM_CHECK(fits_int32(span) && fits_int32(first.disp + span), "too many locals to zero");
  asm_.mov(kScratch, Imm32(-span), S64);
  Label loop = new_label();
  bind(loop);
  asm_.movsd(Mem(gpr(first.base), kScratch, Scale::x1, static_cast<int32_t>(first.disp + span)), zero);
  asm_.add(kScratch, Imm8(8), S64);
  asm_.jcc(Cond::NE, loop);
}

// ---- moves --------------------------------------------------------------------

void MacroAssemblerX64::move(Reg dst, Reg src, wasm::ValType type) {
  if (dst == src) return;
  if (dst.is_gpr()) {
    asm_.mov(gpr(dst), gpr(src), type == wasm::ValType::I32 ? S32 : S64);
  } else {
    asm_.movaps(xmm(dst), xmm(src));
  }
}

void MacroAssemblerX64::load_constant(Reg dst, uint64_t bits, wasm::ValType type) {
  if (dst.is_fpr()) {
    const Xmm x = xmm(dst);
    if (bits == 0) {
      asm_.xorps(x, x);
    } else if (type == wasm::ValType::F32) {
      asm_.movss(x, Mem::rip(buffer().constant32(static_cast<uint32_t>(bits))));
    } else {
      asm_.movsd(x, Mem::rip(buffer().constant64(bits)));
    }
    return;
  }
  const Gpr g = gpr(dst);
  if (type == wasm::ValType::I32 || type == wasm::ValType::F32) bits &= 0xffffffffu;
  const int64_t v = static_cast<int64_t>(bits);
  if (bits == 0) {
    asm_.xor_(g, g, S32);
  } else if (bits <= 0xffffffffu) {
    asm_.mov_oi(g, Imm32(static_cast<int32_t>(static_cast<uint32_t>(bits))), S32);  // zero-extends
  } else if (fits_int32(v)) {
    asm_.mov(g, Imm32(v), S64);  // sign-extends
  } else {
    asm_.movabs(g, Imm64(v));
  }
}

void MacroAssemblerX64::load(Reg dst, const Address& src, LoadKind kind) {
  const Mem m = mem(src);
  switch (kind) {
    case LoadKind::F32: asm_.movss(xmm(dst), m); return;
    case LoadKind::F64: asm_.movsd(xmm(dst), m); return;
    case LoadKind::V128: asm_.movdqu(xmm(dst), m); return;
    default: break;
  }
  const Gpr g = gpr(dst);
  switch (kind) {
    case LoadKind::I32:
    case LoadKind::U32To64: asm_.mov(g, m, S32); break;
    case LoadKind::I64: asm_.mov(g, m, S64); break;
    case LoadKind::S8To32: asm_.movsx8(g, m, S32); break;
    case LoadKind::U8To32:
    case LoadKind::U8To64: asm_.movzx8(g, m, S32); break;
    case LoadKind::S16To32: asm_.movsx16(g, m, S32); break;
    case LoadKind::U16To32:
    case LoadKind::U16To64: asm_.movzx16(g, m, S32); break;
    case LoadKind::S8To64: asm_.movsx8(g, m, S64); break;
    case LoadKind::S16To64: asm_.movsx16(g, m, S64); break;
    case LoadKind::S32To64: asm_.movsxd(g, m); break;
    case LoadKind::F32:
    case LoadKind::F64:
    case LoadKind::V128: break;
  }
}

void MacroAssemblerX64::store(const Address& dst, Reg src, StoreKind kind) {
  const Mem m = mem(dst);
  switch (kind) {
    case StoreKind::I8: asm_.mov(m, gpr(src), S8); break;
    case StoreKind::I16: asm_.mov(m, gpr(src), S16); break;
    case StoreKind::I32: asm_.mov(m, gpr(src), S32); break;
    case StoreKind::I64: asm_.mov(m, gpr(src), S64); break;
    case StoreKind::F32: asm_.movss(m, xmm(src)); break;
    case StoreKind::F64: asm_.movsd(m, xmm(src)); break;
    case StoreKind::V128: asm_.movdqu(m, xmm(src)); break;
  }
}

void MacroAssemblerX64::store_constant(const Address& dst, uint64_t bits, StoreKind kind) {
  const Mem m = mem(dst);
  switch (kind) {
    case StoreKind::V128: TANDEM_UNREACHABLE("a v128 constant is materialized in a register");
    case StoreKind::I8: asm_.mov(m, Imm32(static_cast<int64_t>(bits & 0xff)), S8); return;
    case StoreKind::I16: asm_.mov(m, Imm32(static_cast<int64_t>(bits & 0xffff)), S16); return;
    case StoreKind::I32:
    case StoreKind::F32: asm_.mov(m, Imm32(static_cast<int32_t>(static_cast<uint32_t>(bits))), S32); return;
    case StoreKind::I64:
    case StoreKind::F64:
      if (fits_int32(static_cast<int64_t>(bits))) {
        asm_.mov(m, Imm32(static_cast<int64_t>(bits)), S64);
      } else {
        asm_.movabs(kScratch, Imm64(static_cast<int64_t>(bits)));
        asm_.mov(m, kScratch, S64);
      }
      return;
  }
}

bool MacroAssemblerX64::can_store_immediate(uint64_t bits, StoreKind kind) const {
  // mov m64, imm32 sign-extends; narrower stores take any bits of their width.
  return store_bytes(kind) < 8 || fits_int32(static_cast<int64_t>(bits));
}

void MacroAssemblerX64::copy_slot(const Address& dst, const Address& src) {
  asm_.mov(kScratch, mem(src), S64);
  asm_.mov(mem(dst), kScratch, S64);
}

void MacroAssemblerX64::load_effective_address(Reg dst, const Address& src) { asm_.lea(gpr(dst), mem(src), S64); }

// ---- integer arithmetic ----------------------------------------------------------

void MacroAssemblerX64::alu_imm(AluOp op, Size s, Gpr dst, uint64_t bits) {
  const int64_t v = signed_imm(s == S32 ? OperandSize::S32 : OperandSize::S64, bits);
  if (!fits_int32(v)) {
    asm_.movabs(kScratch, Imm64(v));
    alu(op, s == S32 ? OperandSize::S32 : OperandSize::S64, Reg::gpr(dst.enc), Operand::of(Reg::gpr(kScratch.enc)));
    return;
  }
  if (fits_int8(v)) {
    asm_.alu(op, dst, Imm8(v), s);
  } else {
    asm_.alu(op, dst, Imm32(v), s);
  }
}

void MacroAssemblerX64::alu(AluOp op, OperandSize size, Reg dst, const Operand& src) {
  const Size s = size_of(size);
  const Gpr d = gpr(dst);
  if (src.is_imm()) {
    alu_imm(op, s, d, src.imm);
    return;
  }
  if (src.is_reg()) {
    asm_.alu(op, d, gpr(src.reg), s);
    return;
  }
  asm_.alu(op, d, mem(src.mem), s);
}

void MacroAssemblerX64::mul_imm(OperandSize size, Reg dst, Reg src, int32_t imm) {
  if (fits_int8(imm)) {
    asm_.imul(gpr(dst), gpr(src), Imm8(imm), size_of(size));
  } else {
    asm_.imul(gpr(dst), gpr(src), Imm32(imm), size_of(size));
  }
}

void MacroAssemblerX64::shift(ShiftOp op, OperandSize size, Reg dst, const Operand& count) {
  const Size s = size_of(size);
  const Gpr d = gpr(dst);
  if (count.is_imm()) {
    // wasm takes the count modulo the width, as x86 does.
    const int c = static_cast<int>(count.imm & (size == OperandSize::S32 ? 31 : 63));
    if (c == 0) return;
    switch (op) {
      case ShiftOp::Shl: asm_.shl(d, Imm8(c), s); break;
      case ShiftOp::ShrS: asm_.sar(d, Imm8(c), s); break;
      case ShiftOp::ShrU: asm_.shr(d, Imm8(c), s); break;
      case ShiftOp::Rotl: asm_.rol(d, Imm8(c), s); break;
      case ShiftOp::Rotr: asm_.ror(d, Imm8(c), s); break;
    }
    return;
  }
  TANDEM_CHECK(count.is_reg() && gpr(count.reg) == rcx, "variable shift count must be in rcx");
  switch (op) {
    case ShiftOp::Shl: asm_.shl_cl(d, s); break;
    case ShiftOp::ShrS: asm_.sar_cl(d, s); break;
    case ShiftOp::ShrU: asm_.shr_cl(d, s); break;
    case ShiftOp::Rotl: asm_.rol_cl(d, s); break;
    case ShiftOp::Rotr: asm_.ror_cl(d, s); break;
  }
}

void MacroAssemblerX64::int_div(DivOp op, OperandSize size, Reg rhs) {
  const Size s = size_of(size);
  const Gpr r = gpr(rhs);
  TANDEM_CHECK(r != rax && r != rdx, "divisor in a register the division writes");
  auto sign_extend_dividend = [&] { size == OperandSize::S32 ? asm_.cdq() : asm_.cqo(); };
  switch (op) {
    case DivOp::DivS:
      sign_extend_dividend();
      asm_.idiv(r, s);
      break;
    case DivOp::DivU:
    case DivOp::RemU:
      asm_.xor_(rdx, rdx, S32);
      asm_.div(r, s);
      break;
    case DivOp::RemS: {
      // INT_MIN % -1 faults in idiv; its wasm result is 0, as is x % -1 for every x.
      Label normal = new_label(), done = new_label();
      asm_.cmp(r, Imm8(-1), s);
      asm_.jcc(Cond::NE, normal, JumpRange::Short);
      asm_.xor_(rdx, rdx, S32);
      asm_.jmp(done, JumpRange::Short);
      bind(normal);
      sign_extend_dividend();
      asm_.idiv(r, s);
      bind(done);
      break;
    }
  }
}

void MacroAssemblerX64::bit_count(BitCountOp op, OperandSize size, Reg dst, Reg src) {
  const Size s = size_of(size);
  const Gpr d = gpr(dst), r = gpr(src);
  const int bits = size == OperandSize::S32 ? 32 : 64;
  switch (op) {
    case BitCountOp::Clz:
      if (isa().has_lzcnt) {
        asm_.lzcnt(d, r, s);
      } else {
        // bsr gives the index of the highest set bit, and clz = (bits-1) ^ index;
        // a zero input sets ZF and takes 2*bits-1, which the xor turns into bits.
        asm_.mov_oi(kScratch, Imm32(2 * bits - 1), S32);
        asm_.bsr(d, r, s);
        asm_.cmov(Cond::E, d, kScratch, s);
        asm_.xor_(d, Imm8(bits - 1), s);
      }
      return;
    case BitCountOp::Ctz:
      if (isa().has_bmi1) {
        asm_.tzcnt(d, r, s);
      } else {
        asm_.mov_oi(kScratch, Imm32(bits), S32);
        asm_.bsf(d, r, s);
        asm_.cmov(Cond::E, d, kScratch, s);
      }
      return;
    case BitCountOp::Popcnt:
      if (isa().has_popcnt) {
        asm_.popcnt(d, r, s);
        return;
      }
      break;
  }
  // The SWAR population count (Hacker's Delight 5-2): sums of 2, 4, 8 bits,
  // then a multiply gathers the byte sums in the top byte.
  auto and_mask = [&](Gpr g, uint64_t pattern) {
    if (size == OperandSize::S32) {
      asm_.and_(g, Imm32(static_cast<int32_t>(static_cast<uint32_t>(pattern))), S32);
    } else {
      asm_.and_(g, Mem::rip(buffer().constant64(pattern)), S64);
    }
  };
  asm_.mov(d, r, s);
  asm_.mov(kScratch, d, s);
  asm_.shr(kScratch, Imm8(1), s);
  and_mask(kScratch, 0x5555555555555555ull);
  asm_.sub(d, kScratch, s);
  asm_.mov(kScratch, d, s);
  asm_.shr(kScratch, Imm8(2), s);
  and_mask(d, 0x3333333333333333ull);
  and_mask(kScratch, 0x3333333333333333ull);
  asm_.add(d, kScratch, s);
  asm_.mov(kScratch, d, s);
  asm_.shr(kScratch, Imm8(4), s);
  asm_.add(d, kScratch, s);
  and_mask(d, 0x0f0f0f0f0f0f0f0full);
  if (size == OperandSize::S32) {
    asm_.imul(d, d, Imm32(0x01010101), S32);
  } else {
    asm_.imul(d, Mem::rip(buffer().constant64(0x0101010101010101ull)), S64);
  }
  asm_.shr(d, Imm8(bits - 8), s);
}

void MacroAssemblerX64::extend(ExtendOp op, Reg dst, Reg src) {
  const Gpr d = gpr(dst), r = gpr(src);
  switch (op) {
    case ExtendOp::S8To32: asm_.movsx8(d, r, S32); break;
    case ExtendOp::S16To32: asm_.movsx16(d, r, S32); break;
    case ExtendOp::S8To64: asm_.movsx8(d, r, S64); break;
    case ExtendOp::S16To64: asm_.movsx16(d, r, S64); break;
    case ExtendOp::S32To64: asm_.movsxd(d, r); break;
    case ExtendOp::U32To64: asm_.mov(d, r, S32); break;
  }
}

void MacroAssemblerX64::negate(OperandSize size, Reg dst) { asm_.neg(gpr(dst), size_of(size)); }

// ---- comparisons and branches ------------------------------------------------------

void MacroAssemblerX64::cmp_operand(OperandSize size, Reg lhs, const Operand& rhs) {
  const Size s = size_of(size);
  const Gpr l = gpr(lhs);
  switch (rhs.kind) {
    case Operand::Kind::Reg: asm_.cmp(l, gpr(rhs.reg), s); return;
    case Operand::Kind::Mem: asm_.cmp(l, mem(rhs.mem), s); return;
    case Operand::Kind::Imm: {
      const int64_t v = signed_imm(size, rhs.imm);
      if (v == 0) {
        asm_.test(l, l, s);  // the same flags as cmp with zero, one byte shorter
      } else if (fits_int8(v)) {
        asm_.cmp(l, Imm8(v), s);
      } else if (fits_int32(v)) {
        asm_.cmp(l, Imm32(v), s);
      } else {
        asm_.movabs(kScratch, Imm64(v));
        asm_.cmp(l, kScratch, s);
      }
      return;
    }
  }
}

void MacroAssemblerX64::compare_and_set(IntCond cond, OperandSize size, Reg dst, Reg lhs, const Operand& rhs) {
  cmp_operand(size, lhs, rhs);
  asm_.setcc(cond_of(cond), gpr(dst));
  asm_.movzx8(gpr(dst), gpr(dst), S32);
}

void MacroAssemblerX64::compare_and_branch(IntCond cond, OperandSize size, Reg lhs, const Operand& rhs, Label target) {
  cmp_operand(size, lhs, rhs);
  asm_.jcc(cond_of(cond), target);
}

void MacroAssemblerX64::branch_on_zero(bool when_zero, OperandSize size, const Operand& value, Label target) {
  const Size s = size_of(size);
  switch (value.kind) {
    case Operand::Kind::Imm: {
      const bool is_zero = signed_imm(size, value.imm) == 0;
      if (is_zero == when_zero) asm_.jmp(target);
      return;
    }
    case Operand::Kind::Reg: asm_.test(gpr(value.reg), gpr(value.reg), s); break;
    case Operand::Kind::Mem: asm_.cmp(mem(value.mem), Imm8(0), s); break;
  }
  asm_.jcc(when_zero ? Cond::E : Cond::NE, target);
}

void MacroAssemblerX64::select(OperandSize size, Reg dst, const Operand& other, Reg cond_value) {
  const Size s = size_of(size);
  // The immediate is materialized first: loading zero would clobber the flags.
  if (other.is_imm())
    load_constant(Reg::gpr(kScratch.enc), other.imm,
                  size == OperandSize::S32 ? wasm::ValType::I32 : wasm::ValType::I64);
  asm_.test(gpr(cond_value), gpr(cond_value), S32);
  switch (other.kind) {
    case Operand::Kind::Imm: asm_.cmov(Cond::E, gpr(dst), kScratch, s); break;
    case Operand::Kind::Reg: asm_.cmov(Cond::E, gpr(dst), gpr(other.reg), s); break;
    case Operand::Kind::Mem: asm_.cmov(Cond::E, gpr(dst), mem(other.mem), s); break;
  }
}

void MacroAssemblerX64::jump(Label target) { asm_.jmp(target); }

void MacroAssemblerX64::jump_table(Reg index, std::span<const Label> targets) {
  const Label table = buffer().add_jump_table(targets);
  asm_.jump_table_dispatch(gpr(index), kScratch, table);
}

void MacroAssemblerX64::trap(TrapCode code, uint32_t wasm_offset) {
  record_trap_site(code, wasm_offset);
  asm_.ud2();
}

// ---- calls ------------------------------------------------------------------------

void MacroAssemblerX64::call_function(uint32_t func_index) { asm_.call_function(func_index); }

void MacroAssemblerX64::call_indirect(const Address& target) { asm_.call(mem(target)); }

void MacroAssemblerX64::call_register(Reg target) { asm_.call(gpr(target)); }

void MacroAssemblerX64::call_libcall(compile::LibCall callee) {
  asm_.movabs_libcall(kScratch, callee);
  asm_.call(kScratch);
}

Address MacroAssemblerX64::outgoing_slot(uint32_t index) const {
  return Address::at(stack_pointer(), static_cast<int32_t>(8 * index));
}

}  // namespace tandem::baseline
