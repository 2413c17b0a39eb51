// Linear memory: loads, stores, memory.size/grow and the bulk operators.
//
// An access at index i with static offset o touches [i + o, i + o + n).
// With bounds_checks=guard the runner reserves enough address space behind
// the memory that base + zext(i) + o + n always lands in it, so the access
// itself is the trap site. With bounds_checks=explicit, i + o + n is
// compared with the memory's length first (in 64 bits, so it cannot wrap),
// and the access cannot fault.
//
// The memory base stays cached in a register between accesses
// (CodeGenContext::mem_base) until a call, a label or register pressure
// drops it: it never moves while an instance lives.
#include "backends/baseline/visitor.h"
#include "shared_compile/vmcontext.h"

namespace tandem::baseline {

namespace {

using wasm::Opcode;

constexpr uint64_t kMaxDisp = 0x7fffffff;

LoadKind load_kind_for(Opcode op) {
  switch (op) {
    case Opcode::I32Load: return LoadKind::I32;
    case Opcode::I64Load: return LoadKind::I64;
    case Opcode::F32Load: return LoadKind::F32;
    case Opcode::F64Load: return LoadKind::F64;
    case Opcode::I32Load8S: return LoadKind::S8To32;
    case Opcode::I32Load8U: return LoadKind::U8To32;
    case Opcode::I32Load16S: return LoadKind::S16To32;
    case Opcode::I32Load16U: return LoadKind::U16To32;
    case Opcode::I64Load8S: return LoadKind::S8To64;
    case Opcode::I64Load8U: return LoadKind::U8To64;
    case Opcode::I64Load16S: return LoadKind::S16To64;
    case Opcode::I64Load16U: return LoadKind::U16To64;
    case Opcode::I64Load32S: return LoadKind::S32To64;
    case Opcode::I64Load32U: return LoadKind::U32To64;
    case Opcode::V128Load: return LoadKind::V128;
    default: TANDEM_UNREACHABLE("not a load");
  }
}

StoreKind store_kind_for(Opcode op) {
  switch (op) {
    case Opcode::I32Store: return StoreKind::I32;
    case Opcode::I64Store: return StoreKind::I64;
    case Opcode::F32Store: return StoreKind::F32;
    case Opcode::F64Store: return StoreKind::F64;
    case Opcode::I32Store8:
    case Opcode::I64Store8: return StoreKind::I8;
    case Opcode::I32Store16:
    case Opcode::I64Store16: return StoreKind::I16;
    case Opcode::I64Store32: return StoreKind::I32;
    case Opcode::V128Store: return StoreKind::V128;
    default: TANDEM_UNREACHABLE("not a store");
  }
}

}  // namespace

Address FunctionCompiler::pop_heap_address(uint64_t offset, uint32_t bytes, uint32_t wasm_offset, RegSet* pinned) {
  const bool explicit_checks = settings_.bounds_checks == compile::BoundsChecks::Explicit;
  const TrapCode oob = TrapCode::OutOfBoundsMemory;
  const StackValue index_value = ctx_.stack().peek();
  if (index_value.is_const()) {
    // A constant index folds into the displacement.
    ctx_.drop();
    const uint64_t address = (index_value.bits & 0xffffffffu) + offset;
    if (explicit_checks) {
      const Reg length = ctx_.alloc(RegClass::Gpr, *pinned);
      masm_.load(length, vmctx_field(compile::kVmctxMemoryLength), LoadKind::I64);
      masm_.compare_and_branch(IntCond::LtU, OperandSize::S64, length, Operand::immediate(address + bytes),
                               masm_.trap_label(oob, wasm_offset));
    }
    const Reg base = ctx_.mem_base(*pinned);
    *pinned = pinned->with(base);
    if (address <= kMaxDisp) return Address::at(base, static_cast<int32_t>(address));
    // Beyond a displacement's reach: the address in a register of its own.
    const Reg at = ctx_.alloc(RegClass::Gpr, *pinned);
    *pinned = pinned->with(at);
    masm_.load_constant(at, address, wasm::ValType::I64);
    masm_.alu(AluOp::Add, OperandSize::S64, at, Operand::of(base));
    return Address::at(at, 0);
  }
  // The index is an i32, zero-extended in its register by the invariant.
  const Reg index = ctx_.pop_to_reg(*pinned);
  *pinned = pinned->with(index);
  if (explicit_checks) {
    const Reg end = ctx_.alloc(RegClass::Gpr, *pinned);
    const uint64_t extent = offset + bytes;
    if (extent <= kMaxDisp) {
      masm_.load_effective_address(end, Address::at(index, static_cast<int32_t>(extent)));
    } else {
      masm_.load_constant(end, extent, wasm::ValType::I64);
      masm_.alu(AluOp::Add, OperandSize::S64, end, Operand::of(index));
    }
    masm_.compare_and_branch(IntCond::GtU, OperandSize::S64, end,
                             Operand::memory(vmctx_field(compile::kVmctxMemoryLength)),
                             masm_.trap_label(oob, wasm_offset));
  }
  const Reg base = ctx_.mem_base(*pinned);
  *pinned = pinned->with(base);
  if (offset <= kMaxDisp) return Address::indexed(base, index, 1, static_cast<int32_t>(offset));
  // A displacement field holds at most 2^31 - 1: larger offsets are added first.
  const Reg at = ctx_.alloc(RegClass::Gpr, *pinned);
  *pinned = pinned->with(at);
  masm_.load_constant(at, offset, wasm::ValType::I64);
  masm_.alu(AluOp::Add, OperandSize::S64, at, Operand::of(base));
  return Address::indexed(at, index, 1, 0);
}

Status FunctionCompiler::visit_load(const wasm::Op& op) {
  const LoadKind kind = load_kind_for(op.opcode);
  const wasm::ValType type = wasm::sig_val_type(wasm::op_info(op.opcode).out);
  RegSet pinned;
  const Address address = pop_heap_address(op.mem.offset, load_bytes(kind), op.offset, &pinned);
  // The base may be the cached memory base: the result goes elsewhere.
  const Reg dst = ctx_.alloc(reg_class_of(type), pinned);
  if (settings_.bounds_checks == compile::BoundsChecks::Guard)
    masm_.record_trap_site(TrapCode::OutOfBoundsMemory, op.offset);
  masm_.load(dst, address, kind);
  ctx_.push_reg(type, dst);
  return {};
}

Status FunctionCompiler::visit_store(const wasm::Op& op) {
  const StoreKind kind = store_kind_for(op.opcode);
  const StackValue value = ctx_.stack().peek();
  // A constant that fits the store's immediate is stored as one; the store
  // must be a single instruction, since it is the trap site.
  const bool immediate = value.is_const() && masm_.can_store_immediate(value.bits, kind);
  RegSet pinned;
  Reg value_reg;
  if (immediate) {
    ctx_.drop();
  } else {
    value_reg = ctx_.pop_to_reg();
    pinned = pinned.with(value_reg);
  }
  const Address address = pop_heap_address(op.mem.offset, store_bytes(kind), op.offset, &pinned);
  if (settings_.bounds_checks == compile::BoundsChecks::Guard)
    masm_.record_trap_site(TrapCode::OutOfBoundsMemory, op.offset);
  if (immediate) {
    masm_.store_constant(address, value.bits, kind);
  } else {
    masm_.store(address, value_reg, kind);
  }
  return {};
}

Status FunctionCompiler::visit_memory_size(const wasm::Op&) {
  const Reg r = ctx_.alloc(RegClass::Gpr);
  masm_.load(r, vmctx_field(compile::kVmctxMemoryLength), LoadKind::I64);
  masm_.shift(ShiftOp::ShrU, OperandSize::S64, r, Operand::immediate(16));  // bytes to 64 KiB pages
  ctx_.push_reg(wasm::ValType::I32, r);
  return {};
}

Status FunctionCompiler::visit_memory_grow(const wasm::Op&) {
  const wasm::ValType result = wasm::ValType::I32;
  emit_libcall(compile::LibCall::MemoryGrow, true, {}, 1, &result);
  return {};
}

Status FunctionCompiler::visit_memory_init(const wasm::Op& op) {
  const uint64_t segment = op.index;
  emit_libcall(compile::LibCall::MemoryInit, true, {&segment, 1}, 3, nullptr);
  trap_if_libcall_failed(TrapCode::OutOfBoundsMemory, op.offset);
  return {};
}

Status FunctionCompiler::visit_data_drop(const wasm::Op& op) {
  const uint64_t segment = op.index;
  emit_libcall(compile::LibCall::DataDrop, true, {&segment, 1}, 0, nullptr);
  return {};
}

Status FunctionCompiler::visit_memory_copy(const wasm::Op& op) {
  emit_libcall(compile::LibCall::MemoryCopy, true, {}, 3, nullptr);
  trap_if_libcall_failed(TrapCode::OutOfBoundsMemory, op.offset);
  return {};
}

Status FunctionCompiler::visit_memory_fill(const wasm::Op& op) {
  emit_libcall(compile::LibCall::MemoryFill, true, {}, 3, nullptr);
  trap_if_libcall_failed(TrapCode::OutOfBoundsMemory, op.offset);
  return {};
}

}  // namespace tandem::baseline
