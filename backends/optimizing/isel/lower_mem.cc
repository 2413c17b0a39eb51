// Linear memory, globals and memory.size/grow.
//
// An access reads [heap_base + zext(index) + offset]: an i32 in a register
// always has its upper half zero, so the index register is the 64-bit
// index. Offsets below 2^31 are the displacement; larger ones are added in
// 64 bits first. With bounds_checks=explicit, index + offset + size is
// compared with the memory's length (64-bit arithmetic, no overflow) and a
// conditional branch goes to an out_of_bounds_memory trap stub; with guard
// pages the access itself is the trap site.
#include "backends/optimizing/isel/lower.h"

namespace tandem::optimizing::isel {

using namespace ir;
namespace x64 = compile::x64;
using mach::LoadKind;

namespace {

LoadKind load_kind(Opcode op, Type t) {
  switch (op) {
    case Opcode::Uload8: return LoadKind::Zx8;
    case Opcode::Sload8: return LoadKind::Sx8;
    case Opcode::Uload16: return LoadKind::Zx16;
    case Opcode::Sload16: return LoadKind::Sx16;
    case Opcode::Uload32: return LoadKind::Zx32;
    case Opcode::Sload32: return LoadKind::Sx32;
    default: break;
  }
  switch (t) {
    case Type::I32: return LoadKind::Zx32;
    case Type::F32: return LoadKind::F32;
    case Type::F64: return LoadKind::F64;
    case Type::V128: return LoadKind::V128;
    default: return LoadKind::B64;
  }
}

x64::Size store_size(Opcode op, Type t) {
  switch (op) {
    case Opcode::Istore8: return x64::S8;
    case Opcode::Istore16: return x64::S16;
    case Opcode::Istore32: return x64::S32;
    default: return type_bits(t) == 32 ? x64::S32 : x64::S64;
  }
}

}  // namespace

mach::MemArg Lowering::lower_address(Inst inst, std::vector<Operand>& ops, uint32_t first_slot, Operand::Pos pos) {
  const InstData& d = f_->inst(inst);
  bool is_load_op = is_load(d.opcode);
  std::span<const Value> args = f_->inst_args(inst);
  Value heap = args[is_load_op ? 0 : 1];
  Value index = args[is_load_op ? 1 : 2];
  uint64_t offset = static_cast<uint64_t>(d.imm);
  uint64_t end = offset + memory_access_size(d.opcode, d.type);
  int64_t c = 0;
  bool const_index = constant(index, &c);
  uint64_t const_addr = const_index ? static_cast<uint32_t>(c) + offset : 0;

  VReg idx = const_index ? mach::kNoVReg : use(index);
  if (d.bounds_check() == BoundsCheck::Explicit) {
    VReg len = temp(RegClass::Int);
    MInst l = make(MOp::Load, x64::S64, static_cast<uint8_t>(LoadKind::B64));
    l.mem.fixed_base = x64::r14.enc;
    l.mem.disp = compile::kVmctxMemoryLength;
    push(l, {Operand::def(len)});
    if (const_index) {
      uint64_t limit = const_addr + (end - offset);
      if (limit <= 0x7fffffffu) {
        MInst m = make(MOp::CmpImm, x64::S64);
        m.imm = static_cast<int64_t>(limit);
        push(m, {Operand::use(len)});
        emit_trap_if(x64::Cond::B, compile::TrapCode::OutOfBoundsMemory, d.wasm_offset);  // len < limit
      } else {
        VReg lim = materialize(Type::I64, static_cast<int64_t>(limit));
        push(make(MOp::Cmp, x64::S64), {Operand::use(lim), Operand::use(len)});
        emit_trap_if(x64::Cond::A, compile::TrapCode::OutOfBoundsMemory, d.wasm_offset);  // limit > len
      }
    } else {
      VReg last = temp(RegClass::Int);
      if (end <= 0x7fffffffu) {
        MInst lea = make(MOp::Lea, x64::S64);
        lea.mem.base_slot = 1;
        lea.mem.disp = static_cast<int32_t>(end);
        push(lea, {Operand::def(last), Operand::use(idx)});
      } else {
        VReg e = materialize(Type::I64, static_cast<int64_t>(end));
        push(make(MOp::AluRR, x64::S64, static_cast<uint8_t>(mach::AluOp::Add)),
             {Operand::def_reuse(last, 1), Operand::use(e), Operand::use(idx, Operand::Pos::Late)});
      }
      push(make(MOp::Cmp, x64::S64), {Operand::use(last), Operand::use(len)});
      emit_trap_if(x64::Cond::A, compile::TrapCode::OutOfBoundsMemory, d.wasm_offset);
    }
  }

  mach::MemArg mem;
  VReg base = use(heap);
  ops.push_back(Operand::use(base, pos));
  mem.base_slot = static_cast<uint8_t>(first_slot);
  if (const_index) {
    if (const_addr <= 0x7fffffffu) {
      mem.disp = static_cast<int32_t>(const_addr);
    } else {
      VReg a = materialize(Type::I64, static_cast<int64_t>(const_addr));
      ops.push_back(Operand::use(a, pos));
      mem.index_slot = static_cast<uint8_t>(first_slot + 1);
    }
  } else if (offset <= 0x7fffffffu) {
    ops.push_back(Operand::use(idx, pos));
    mem.index_slot = static_cast<uint8_t>(first_slot + 1);
    mem.disp = static_cast<int32_t>(offset);
  } else {
    VReg o = materialize(Type::I64, static_cast<int64_t>(offset));
    VReg sum = temp(RegClass::Int);
    push(make(MOp::AluRR, x64::S64, static_cast<uint8_t>(mach::AluOp::Add)),
         {Operand::def_reuse(sum, 1), Operand::use(o), Operand::use(idx, Operand::Pos::Late)});
    ops.push_back(Operand::use(sum, pos));
    mem.index_slot = static_cast<uint8_t>(first_slot + 1);
  }
  return mem;
}

Status Lowering::lower_memory(Inst inst) {
  const InstData& d = f_->inst(inst);
  std::span<const Value> args = f_->inst_args(inst);
  switch (d.opcode) {
    case Opcode::HeapBase: {
      MInst m = make(MOp::Load, x64::S64, static_cast<uint8_t>(LoadKind::B64));
      m.mem.fixed_base = x64::r14.enc;
      m.mem.disp = compile::kVmctxMemoryBase;
      push(m, {Operand::def(def(f_->first_result(inst)))});
      return {};
    }
    case Opcode::MemorySize: {
      VReg len = temp(RegClass::Int);
      MInst m = make(MOp::Load, x64::S64, static_cast<uint8_t>(LoadKind::B64));
      m.mem.fixed_base = x64::r14.enc;
      m.mem.disp = compile::kVmctxMemoryLength;
      push(m, {Operand::def(len)});
      shift_imm(mach::ShiftOp::Shr, x64::S64, def(f_->first_result(inst)), len, 16);
      return {};
    }
    case Opcode::MemoryGrow: {
      VReg delta = use(args[0]);
      VReg r = emit_libcall(compile::LibCall::MemoryGrow, std::span<const VReg>(&delta, 1), d.wasm_offset, true);
      push(make(MOp::Copy), {Operand::def(def(f_->first_result(inst))), Operand::use(r)});
      return {};
    }
    case Opcode::MemoryCopy:
    case Opcode::MemoryFill:
    case Opcode::MemoryInit: {
      vtmp_.clear();
      if (d.opcode == Opcode::MemoryInit) vtmp_.push_back(materialize(Type::I32, d.index1));
      for (Value a : args) vtmp_.push_back(use(a));
      compile::LibCall call = d.opcode == Opcode::MemoryCopy   ? compile::LibCall::MemoryCopy
                              : d.opcode == Opcode::MemoryFill ? compile::LibCall::MemoryFill
                                                               : compile::LibCall::MemoryInit;
      std::vector<VReg> call_args(vtmp_.begin(), vtmp_.end());
      VReg r = emit_libcall(call, call_args, d.wasm_offset, true);
      trap_if_nonzero(r, compile::TrapCode::OutOfBoundsMemory, d.wasm_offset);
      return {};
    }
    case Opcode::DataDrop: {
      VReg seg = materialize(Type::I32, d.index1);
      emit_libcall(compile::LibCall::DataDrop, std::span<const VReg>(&seg, 1), d.wasm_offset, false);
      return {};
    }
    case Opcode::GlobalGet:
    case Opcode::GlobalSet: {
      VReg cell = temp(RegClass::Int);
      MInst p = make(MOp::Load, x64::S64, static_cast<uint8_t>(LoadKind::B64));
      p.mem.fixed_base = x64::r14.enc;
      p.mem.disp = env_->layout.global_ptr(d.index1);
      push(p, {Operand::def(cell)});
      Type t = d.type;
      if (d.opcode == Opcode::GlobalGet) {
        MInst m = make(MOp::Load, size_of(t), static_cast<uint8_t>(load_kind(Opcode::Load, t)));
        m.is_float = is_xmm_type(t);
        m.mem.base_slot = 1;
        push(m, {Operand::def(def(f_->first_result(inst))), Operand::use(cell)});
      } else {
        VReg v = use(args[0]);
        MInst m = make(MOp::Store, size_of(t), static_cast<uint8_t>(load_kind(Opcode::Load, t)));
        m.is_float = is_xmm_type(t);
        m.mem.base_slot = 1;
        push(m, {Operand::use(v), Operand::use(cell)});
      }
      return {};
    }
    default: break;
  }

  // Loads and stores.
  Type t = d.type;
  ops_.clear();
  if (is_load(d.opcode)) {
    LoadKind kind = load_kind(d.opcode, t);
    ops_.push_back(Operand::def(def(f_->first_result(inst))));
    mach::MemArg mem = lower_address(inst, ops_, 1);
    MInst m = make(MOp::Load, size_of(t), static_cast<uint8_t>(kind));
    m.is_float = is_xmm_type(t);
    m.mem = mem;
    mark_if_guarded(m, d.bounds_check());
    push(m, ops_);
    return {};
  }
  // An integer constant goes into the store itself when its stored bytes
  // fit the immediate (all of them up to 32 bits; 64-bit ones that are
  // sign-extended 32-bit values).
  int64_t c = 0;
  x64::Size width = store_size(d.opcode, t);
  bool store_imm = !is_xmm_type(t) && constant(args[0], &c) && (width != x64::S64 || x64::fits_int32(c));
  if (store_imm) {
    int64_t imm = width == x64::S8    ? static_cast<int8_t>(c)
                  : width == x64::S16 ? static_cast<int16_t>(c)
                                      : static_cast<int32_t>(c);
    mach::MemArg mem = lower_address(inst, ops_, 0);
    MInst m = make(MOp::StoreImm, width);
    m.imm = imm;
    m.mem = mem;
    mark_if_guarded(m, d.bounds_check());
    push(m, ops_);
    return {};
  }
  ops_.push_back(Operand::use(use(args[0])));
  mach::MemArg mem = lower_address(inst, ops_, 1);
  MInst m = make(MOp::Store, is_xmm_type(t) ? size_of(t) : store_size(d.opcode, t),
                 static_cast<uint8_t>(load_kind(Opcode::Load, t)));
  m.is_float = is_xmm_type(t);
  m.mem = mem;
  mark_if_guarded(m, d.bounds_check());
  push(m, ops_);
  return {};
}

}  // namespace tandem::optimizing::isel
