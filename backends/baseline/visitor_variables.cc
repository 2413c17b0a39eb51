// Locals, globals, constants, drop, select and the reference operators.
#include "backends/baseline/visitor.h"
#include "shared_compile/vmcontext.h"

namespace tandem::baseline {

namespace {

OperandSize select_size(wasm::ValType t) { return t == wasm::ValType::I32 ? OperandSize::S32 : OperandSize::S64; }

}  // namespace

Status FunctionCompiler::visit_const(const wasm::Op& op) {
  wasm::ValType type = wasm::ValType::I32;
  switch (op.opcode) {
    case wasm::Opcode::I32Const: type = wasm::ValType::I32; break;
    case wasm::Opcode::I64Const: type = wasm::ValType::I64; break;
    case wasm::Opcode::F32Const: type = wasm::ValType::F32; break;
    case wasm::Opcode::F64Const: type = wasm::ValType::F64; break;
    default: TANDEM_UNREACHABLE("not a constant");
  }
  ctx_.push_const(type, op.bits);
  return {};
}

Status FunctionCompiler::visit_drop(const wasm::Op&) {
  ctx_.drop();
  return {};
}

Status FunctionCompiler::visit_select(const wasm::Op&) {
  const StackValue cond = ctx_.stack().peek(0);
  const wasm::ValType type = ctx_.stack().peek(1).type;
  if (cond.is_const()) {
    ctx_.drop();
    if (cond.bits != 0) {
      ctx_.drop();  // keep the first value, which is already in place
      return {};
    }
    // Keep the second value one slot lower: a value in its home must move.
    if (ctx_.stack().peek().is_stack()) {
      const Reg r = ctx_.pop_to_reg();
      ctx_.drop();
      ctx_.push_reg(type, r);
    } else {
      const StackValue second = ctx_.stack().pop();
      ctx_.drop();
      ctx_.stack().push(second);
    }
    return {};
  }
  RegSet pinned;
  const Reg c = ctx_.pop_to_reg();
  pinned = pinned.with(c);
  if (reg_class_of(type) == RegClass::Fpr) {  // float_select moves the whole register: v128 too
    const Reg other = ctx_.pop_to_reg(pinned);
    pinned = pinned.with(other);
    const Reg dst = ctx_.pop_to_modifiable_reg(pinned);
    masm_.float_select(float_width(type), dst, other, c);
    ctx_.push_reg(type, dst);
    return {};
  }
  const Operand other = pop_rhs(&pinned);
  const Reg dst = ctx_.pop_to_modifiable_reg(pinned);
  masm_.select(select_size(type), dst, other, c);
  ctx_.push_reg(type, dst);
  return {};
}

Status FunctionCompiler::visit_local_get(const wasm::Op& op) {
  ctx_.push_local(op.index);
  return {};
}

Status FunctionCompiler::visit_local_set(const wasm::Op& op) {
  const uint32_t local = op.index;
  const StackValue v = ctx_.stack().peek();
  if (v.is_local() && v.local == local) {
    ctx_.drop();
    return {};
  }
  // Entries that still read the old value get it before it is overwritten.
  ctx_.materialize_local(local, v.is_reg() ? RegSet(v.reg) : RegSet());
  const uint32_t index = ctx_.stack().size() - 1;
  const Address slot = ctx_.frame().local(local);
  const StackValue top = ctx_.stack().peek();
  switch (top.kind) {
    case StackValue::Kind::Const: masm_.store_constant(slot, top.bits, store_kind_of(top.type)); break;
    case StackValue::Kind::Reg: masm_.store(slot, top.reg, store_kind_of(top.type)); break;
    case StackValue::Kind::Stack: masm_.copy_value(slot, ctx_.frame().home(index), top.type); break;
    case StackValue::Kind::Local: masm_.copy_value(slot, ctx_.frame().local(top.local), top.type); break;
  }
  // The slot holds the new value; a register with it caches it for the next local.get.
  if (top.is_reg()) {
    ctx_.cache_local_value(local, top.reg);
  } else {
    ctx_.regs().uncache_local(local);
  }
  ctx_.drop();
  return {};
}

Status FunctionCompiler::visit_local_tee(const wasm::Op& op) {
  const uint32_t local = op.index;
  const StackValue v = ctx_.stack().peek();
  if (v.is_local() && v.local == local) return {};
  ctx_.materialize_local(local, v.is_reg() ? RegSet(v.reg) : RegSet());
  const uint32_t index = ctx_.stack().size() - 1;
  const Address slot = ctx_.frame().local(local);
  const StackValue top = ctx_.stack().peek();
  ctx_.regs().uncache_local(local);
  switch (top.kind) {
    case StackValue::Kind::Const: masm_.store_constant(slot, top.bits, store_kind_of(top.type)); return {};
    case StackValue::Kind::Reg:
      masm_.store(slot, top.reg, store_kind_of(top.type));
      ctx_.cache_local_value(local, top.reg);
      return {};
    case StackValue::Kind::Stack: masm_.copy_value(slot, ctx_.frame().home(index), top.type); break;
    case StackValue::Kind::Local: masm_.copy_value(slot, ctx_.frame().local(top.local), top.type); break;
  }
  // A value that was in memory is now also the local's value: refer to it lazily.
  ctx_.stack().set(index, StackValue::local_ref(top.type, local));
  return {};
}

Status FunctionCompiler::visit_global_get(const wasm::Op& op) {
  const wasm::Global& global = module_->globals[op.index];
  const wasm::ValType type = global.type.type;
  const bool defined = op.index >= module_->num_imported_globals;
  if (defined && !global.type.mutable_) {
    // An immutable global initialized by a constant is that constant.
    switch (global.init.kind) {
      case wasm::ConstExpr::Kind::I32:
      case wasm::ConstExpr::Kind::I64:
      case wasm::ConstExpr::Kind::F32:
      case wasm::ConstExpr::Kind::F64:
      case wasm::ConstExpr::Kind::RefNull:
        ctx_.push_const(type, global.init.kind == wasm::ConstExpr::Kind::RefNull ? 0 : global.init.bits);
        return {};
      default: break;
    }
  }
  const Reg cell = ctx_.alloc(RegClass::Gpr);
  masm_.load(cell, vmctx_field(env_->layout.global_ptr(op.index)), LoadKind::I64);
  const Reg dst = reg_class_of(type) == RegClass::Fpr ? ctx_.alloc(RegClass::Fpr, cell) : cell;
  masm_.load(dst, Address::at(cell, 0), load_kind_of(type));
  ctx_.push_reg(type, dst);
  return {};
}

Status FunctionCompiler::visit_global_set(const wasm::Op& op) {
  const wasm::ValType type = module_->globals[op.index].type.type;
  const StackValue v = ctx_.stack().peek();
  RegSet pinned;
  Reg value;
  const bool immediate = v.is_const();
  if (!immediate) {
    value = ctx_.pop_to_reg();
    pinned = pinned.with(value);
  } else {
    ctx_.drop();
  }
  const Reg cell = ctx_.alloc(RegClass::Gpr, pinned);
  masm_.load(cell, vmctx_field(env_->layout.global_ptr(op.index)), LoadKind::I64);
  if (immediate) {
    masm_.store_constant(Address::at(cell, 0), v.bits, store_kind_of(type));
  } else {
    masm_.store(Address::at(cell, 0), value, store_kind_of(type));
  }
  return {};
}

Status FunctionCompiler::visit_ref_null(const wasm::Op& op) {
  ctx_.push_const(op.type, 0);
  return {};
}

Status FunctionCompiler::visit_ref_is_null(const wasm::Op&) {
  const StackValue v = ctx_.stack().peek();
  if (v.is_const()) {
    ctx_.drop();
    ctx_.push_const(wasm::ValType::I32, v.bits == 0 ? 1 : 0);
    return {};
  }
  const Reg src = ctx_.pop_to_reg();
  const Reg dst = ctx_.alloc(RegClass::Gpr, src);
  masm_.compare_and_set(IntCond::Eq, OperandSize::S64, dst, src, Operand::immediate(0));
  ctx_.push_reg(wasm::ValType::I32, dst);
  return {};
}

Status FunctionCompiler::visit_ref_func(const wasm::Op& op) {
  const Reg dst = ctx_.alloc(RegClass::Gpr);
  masm_.load(dst, vmctx_field(env_->layout.func_ref(op.index)), LoadKind::I64);
  ctx_.push_reg(wasm::ValType::FuncRef, dst);
  return {};
}

}  // namespace tandem::baseline
