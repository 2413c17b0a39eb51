// Tables: table.get/set/size inline (a table is {elements, length} in the
// VMContext, 8 bytes per element), the rest through libcalls.
#include "backends/baseline/visitor.h"
#include "shared_compile/vmcontext.h"

namespace tandem::baseline {

Status FunctionCompiler::visit_table_get(const wasm::Op& op) {
  const uint32_t table = op.index;
  const wasm::ValType type = module_->tables[table].elem;
  const Reg index = ctx_.pop_to_reg();
  const Reg dst = ctx_.alloc(RegClass::Gpr, index);
  masm_.compare_and_branch(IntCond::GeU, OperandSize::S64, index,
                           Operand::memory(vmctx_field(env_->layout.table_length(table))),
                           masm_.trap_label(TrapCode::OutOfBoundsTable, op.offset));
  masm_.load(dst, vmctx_field(env_->layout.table_elements(table)), LoadKind::I64);
  masm_.load(dst, Address::indexed(dst, index, 8, 0), LoadKind::I64);
  ctx_.push_reg(type, dst);
  return {};
}

Status FunctionCompiler::visit_table_set(const wasm::Op& op) {
  const uint32_t table = op.index;
  const Reg value = ctx_.pop_to_reg();
  const Reg index = ctx_.pop_to_reg(value);
  const Reg elements = ctx_.alloc(RegClass::Gpr, RegSet(value).with(index));
  masm_.compare_and_branch(IntCond::GeU, OperandSize::S64, index,
                           Operand::memory(vmctx_field(env_->layout.table_length(table))),
                           masm_.trap_label(TrapCode::OutOfBoundsTable, op.offset));
  masm_.load(elements, vmctx_field(env_->layout.table_elements(table)), LoadKind::I64);
  masm_.store(Address::indexed(elements, index, 8, 0), value, StoreKind::I64);
  return {};
}

Status FunctionCompiler::visit_table_size(const wasm::Op& op) {
  const Reg r = ctx_.alloc(RegClass::Gpr);
  // A table holds fewer than 2^32 elements: the low half is the size.
  masm_.load(r, vmctx_field(env_->layout.table_length(op.index)), LoadKind::I32);
  ctx_.push_reg(wasm::ValType::I32, r);
  return {};
}

Status FunctionCompiler::visit_table_grow(const wasm::Op& op) {
  const uint64_t table = op.index;
  const wasm::ValType result = wasm::ValType::I32;
  emit_libcall(compile::LibCall::TableGrow, true, {&table, 1}, 2, &result);
  return {};
}

Status FunctionCompiler::visit_table_fill(const wasm::Op& op) {
  const uint64_t table = op.index;
  emit_libcall(compile::LibCall::TableFill, true, {&table, 1}, 3, nullptr);
  trap_if_libcall_failed(TrapCode::OutOfBoundsTable, op.offset);
  return {};
}

Status FunctionCompiler::visit_table_copy(const wasm::Op& op) {
  const uint64_t tables[2] = {op.index, op.index2};  // destination, source
  emit_libcall(compile::LibCall::TableCopy, true, tables, 3, nullptr);
  trap_if_libcall_failed(TrapCode::OutOfBoundsTable, op.offset);
  return {};
}

Status FunctionCompiler::visit_table_init(const wasm::Op& op) {
  // table.init's immediates are (segment, table); the libcall takes (table, segment).
  const uint64_t indices[2] = {op.index2, op.index};
  emit_libcall(compile::LibCall::TableInit, true, indices, 3, nullptr);
  trap_if_libcall_failed(TrapCode::OutOfBoundsTable, op.offset);
  return {};
}

Status FunctionCompiler::visit_elem_drop(const wasm::Op& op) {
  const uint64_t segment = op.index;
  emit_libcall(compile::LibCall::ElemDrop, true, {&segment, 1}, 0, nullptr);
  return {};
}

}  // namespace tandem::baseline
