// Tables and references: table.get/set inline (bounds check against the
// table's length in the VMContext, then the 8-byte element), table.size
// from the VMContext, ref.func from the VMContext's funcref array, and the
// rest (grow, fill, copy, init, elem.drop) through libcalls.
#include "backends/optimizing/isel/lower.h"

namespace tandem::optimizing::isel {

using namespace ir;
namespace x64 = compile::x64;
using mach::LoadKind;

Status Lowering::lower_table(Inst inst) {
  const InstData& d = f_->inst(inst);
  std::span<const Value> args = f_->inst_args(inst);
  auto vmctx_load = [&](VReg dst, int32_t disp, LoadKind kind) {
    MInst m = make(MOp::Load, kind == LoadKind::Zx32 ? x64::S32 : x64::S64, static_cast<uint8_t>(kind));
    m.mem.fixed_base = x64::r14.enc;
    m.mem.disp = disp;
    push(m, {Operand::def(dst)});
  };
  switch (d.opcode) {
    case Opcode::RefFunc:
      vmctx_load(def(f_->first_result(inst)), env_->layout.func_ref(d.index1), LoadKind::B64);
      return {};
    case Opcode::TableSize:
      vmctx_load(def(f_->first_result(inst)), env_->layout.table_length(d.index1), LoadKind::Zx32);
      return {};
    case Opcode::TableGet:
    case Opcode::TableSet: {
      VReg index = use(args[0]);
      VReg value = d.opcode == Opcode::TableSet ? use(args[1]) : mach::kNoVReg;
      VReg len = temp(RegClass::Int);
      vmctx_load(len, env_->layout.table_length(d.index1), LoadKind::B64);
      push(make(MOp::Cmp, x64::S64), {Operand::use(index), Operand::use(len)});
      emit_trap_if(x64::Cond::AE, compile::TrapCode::OutOfBoundsTable, d.wasm_offset);
      VReg elems = temp(RegClass::Int);
      vmctx_load(elems, env_->layout.table_elements(d.index1), LoadKind::B64);
      if (d.opcode == Opcode::TableGet) {
        MInst m = make(MOp::Load, x64::S64, static_cast<uint8_t>(LoadKind::B64));
        m.mem.base_slot = 1;
        m.mem.index_slot = 2;
        m.mem.scale = x64::Scale::x8;
        push(m, {Operand::def(def(f_->first_result(inst))), Operand::use(elems), Operand::use(index)});
      } else {
        MInst m = make(MOp::Store, x64::S64);
        m.mem.base_slot = 1;
        m.mem.index_slot = 2;
        m.mem.scale = x64::Scale::x8;
        push(m, {Operand::use(value), Operand::use(elems), Operand::use(index)});
      }
      return {};
    }
    case Opcode::TableGrow: {
      VReg table = materialize(Type::I32, d.index1);
      VReg call_args[] = {table, use(args[0]), use(args[1])};
      VReg r = emit_libcall(compile::LibCall::TableGrow, call_args, d.wasm_offset, true);
      push(make(MOp::Copy), {Operand::def(def(f_->first_result(inst))), Operand::use(r)});
      return {};
    }
    case Opcode::TableFill: {
      VReg call_args[] = {materialize(Type::I32, d.index1), use(args[0]), use(args[1]), use(args[2])};
      VReg r = emit_libcall(compile::LibCall::TableFill, call_args, d.wasm_offset, true);
      trap_if_nonzero(r, compile::TrapCode::OutOfBoundsTable, d.wasm_offset);
      return {};
    }
    case Opcode::TableCopy: {
      VReg call_args[] = {materialize(Type::I32, d.index1), materialize(Type::I32, d.index2), use(args[0]),
                          use(args[1]), use(args[2])};
      VReg r = emit_libcall(compile::LibCall::TableCopy, call_args, d.wasm_offset, true);
      trap_if_nonzero(r, compile::TrapCode::OutOfBoundsTable, d.wasm_offset);
      return {};
    }
    case Opcode::TableInit: {
      VReg call_args[] = {materialize(Type::I32, d.index1), materialize(Type::I32, d.index2), use(args[0]),
                          use(args[1]), use(args[2])};
      VReg r = emit_libcall(compile::LibCall::TableInit, call_args, d.wasm_offset, true);
      trap_if_nonzero(r, compile::TrapCode::OutOfBoundsTable, d.wasm_offset);
      return {};
    }
    case Opcode::ElemDrop: {
      VReg seg = materialize(Type::I32, d.index1);
      emit_libcall(compile::LibCall::ElemDrop, std::span<const VReg>(&seg, 1), d.wasm_offset, false);
      return {};
    }
    default: return compile::unsupported_operator(opcode_name(d.opcode), d.wasm_offset);
  }
}

}  // namespace tandem::optimizing::isel
