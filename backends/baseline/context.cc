#include "backends/baseline/context.h"

#include "shared_compile/vmcontext.h"

namespace tandem::baseline {

void CodeGenContext::reset(const wasm::Module& module, const wasm::Function& func, const compile::abi::Signature& sig,
                           bool wide_slots) {
  frame_.reset(module, func, sig, masm_.frame_pointer(), wide_slots);
  regs_.reset(masm_.allocatable(), frame_.num_locals());
  stack_.reset(frame_.num_locals());
}

void CodeGenContext::push_const(wasm::ValType type, uint64_t bits) {
  if (type == wasm::ValType::I32 || type == wasm::ValType::F32) bits &= 0xffffffffu;
  stack_.push(StackValue::constant(type, bits));
}

void CodeGenContext::push_local(uint32_t index) {
  const wasm::ValType type = frame_.local_type(index);
  const Reg cached = regs_.cached_local(index);
  stack_.push(cached.valid() ? StackValue::in_reg(type, cached) : StackValue::local_ref(type, index));
}

void CodeGenContext::cache_local_value(uint32_t index, Reg value) {
  regs_.uncache_local(index);
  if (regs_.cached_kind(value) == RegisterCache::Cached::None) regs_.cache_local(index, value);
}

void CodeGenContext::load_value(Reg dst, const StackValue& v, uint32_t index) {
  switch (v.kind) {
    case StackValue::Kind::Const: masm_.load_constant(dst, v.bits, v.type); break;
    case StackValue::Kind::Local: masm_.load(dst, frame_.local(v.local), load_kind_of(v.type)); break;
    case StackValue::Kind::Reg: masm_.move(dst, v.reg, v.type); break;
    case StackValue::Kind::Stack: masm_.load(dst, frame_.home(index), load_kind_of(v.type)); break;
  }
}

Operand CodeGenContext::operand_of(uint32_t index) const {
  const StackValue& v = stack_.at(index);
  switch (v.kind) {
    case StackValue::Kind::Const: return Operand::immediate(v.bits);
    case StackValue::Kind::Local: return Operand::memory(frame_.local(v.local));
    case StackValue::Kind::Reg: return Operand::of(v.reg);
    case StackValue::Kind::Stack: return Operand::memory(frame_.home(index));
  }
  TANDEM_UNREACHABLE("bad StackValue kind");
}

MoveLocation CodeGenContext::move_source_of(uint32_t index) const {
  const Operand o = operand_of(index);
  switch (o.kind) {
    case Operand::Kind::Imm: return MoveLocation::constant(o.imm);
    case Operand::Kind::Mem: return MoveLocation::in_mem(o.mem);
    case Operand::Kind::Reg: return MoveLocation::in_reg(o.reg);
  }
  TANDEM_UNREACHABLE("bad Operand kind");
}

Reg CodeGenContext::pop_to_reg(RegSet pinned) {
  const StackValue& v = stack_.peek();
  if (v.is_reg()) return stack_.pop().reg;
  const uint32_t index = stack_.size() - 1;
  const Reg r = alloc(reg_class_of(v.type), pinned);
  load_value(r, stack_.peek(), index);
  stack_.pop();
  return r;
}

Reg CodeGenContext::pop_to_modifiable_reg(RegSet pinned) {
  const StackValue& v = stack_.peek();
  if (!v.is_reg()) return pop_to_reg(pinned);
  const StackValue popped = stack_.pop();
  // A register that only caches a value besides is taken over: the cached value is dropped.
  if (regs_.only_cached(popped.reg) && !pinned.has(popped.reg)) regs_.uncache(popped.reg);
  if (regs_.is_free(popped.reg) && !pinned.has(popped.reg)) return popped.reg;
  const Reg r = alloc(popped.reg.cls(), pinned.with(popped.reg));
  masm_.move(r, popped.reg, popped.type);
  return r;
}

void CodeGenContext::pop_to_fixed(Reg r, RegSet pinned) {
  const StackValue& top = stack_.peek();
  if (top.is_reg() && top.reg == r && regs_.use_count(r) == 1) {
    stack_.pop();
    return;
  }
  free_reg(r, pinned);
  const uint32_t index = stack_.size() - 1;
  load_value(r, stack_.peek(), index);
  stack_.pop();
}

Operand CodeGenContext::pop_to_operand() {
  const uint32_t index = stack_.size() - 1;
  const Operand op = operand_of(index);
  stack_.pop();
  return op;
}

void CodeGenContext::drop() { stack_.pop(); }

Reg CodeGenContext::alloc(RegClass cls, RegSet pinned) {
  if (std::optional<Reg> r = regs_.find_free(cls, pinned)) return *r;
  // A cached value costs only a reload: it goes before any value is spilled.
  const RegSet cached = (regs_.cached() & RegSet::of_class(cls)).minus(pinned);
  for (RegSet c = cached; !c.empty(); c = c.without(c.first())) {
    if (!regs_.only_cached(c.first())) continue;
    regs_.uncache(c.first());
    return c.first();
  }
  // The deepest value is the one needed last: spill it (and whatever shares its register).
  count_stack_walk();
  for (uint32_t i = 0; i < stack_.size(); ++i) {
    const StackValue& v = stack_.at(i);
    if (v.is_reg() && v.reg.cls() == cls && !pinned.has(v.reg)) {
      const Reg victim = v.reg;
      spill_reg(victim);
      return victim;
    }
  }
  TANDEM_UNREACHABLE("no register to allocate: every candidate is pinned");
}

void CodeGenContext::free_reg(Reg r, RegSet pinned) {
  regs_.uncache(r);
  if (regs_.is_free(r)) return;
  const std::optional<Reg> other = regs_.find_free(r.cls(), pinned.with(r));
  if (!other) {
    spill_reg(r);
    return;
  }
  bool moved = false;
  count_stack_walk();
  for (uint32_t i = 0; i < stack_.size(); ++i) {
    const StackValue& v = stack_.at(i);
    if (!v.is_reg() || v.reg != r) continue;
    if (!moved) {
      masm_.move(*other, r, v.type);
      moved = true;
    }
    stack_.set(i, StackValue::in_reg(v.type, *other));
  }
}

void CodeGenContext::spill_reg(Reg r) {
  regs_.uncache(r);
  count_stack_walk();
  for (uint32_t i = 0; i < stack_.size(); ++i) {
    const StackValue& v = stack_.at(i);
    if (!v.is_reg() || v.reg != r) continue;
    masm_.store(frame_.home(i), r, store_kind_of(v.type));
    stack_.set(i, StackValue::in_slot(v.type));
  }
}

void CodeGenContext::spill_all_regs() {
  drop_cached_registers();
  if (regs_.used().empty()) return;
  count_stack_walk();
  for (uint32_t i = 0; i < stack_.size(); ++i) {
    const StackValue& v = stack_.at(i);
    if (!v.is_reg()) continue;
    masm_.store(frame_.home(i), v.reg, store_kind_of(v.type));
    stack_.set(i, StackValue::in_slot(v.type));
  }
}

void CodeGenContext::materialize_local(uint32_t index, RegSet pinned) {
  if (stack_.local_refs(index) == 0) return;
  const wasm::ValType type = frame_.local_type(index);
  Reg r = regs_.cached_local(index);
  if (!r.valid()) {
    r = alloc(reg_class_of(type), pinned);
    masm_.load(r, frame_.local(index), load_kind_of(type));
  }
  count_stack_walk();
  for (uint32_t i = 0; i < stack_.size(); ++i) {
    const StackValue& v = stack_.at(i);
    if (v.is_local() && v.local == index) stack_.set(i, StackValue::in_reg(type, r));
  }
}

Reg CodeGenContext::mem_base(RegSet pinned) {
  const Reg cached = regs_.cached_mem_base();
  if (cached.valid()) return cached;
  const Reg r = alloc(RegClass::Gpr, pinned);
  masm_.load(r, Address::at(masm_.vmctx(), compile::kVmctxMemoryBase), LoadKind::I64);
  regs_.cache_mem_base(r);
  return r;
}

RegSet CodeGenContext::regs_of_entries(uint32_t first) const {
  RegSet set;
  count_stack_walk();
  for (uint32_t i = first; i < stack_.size(); ++i)
    if (stack_.at(i).is_reg()) set = set.with(stack_.at(i).reg);
  return set;
}

}  // namespace tandem::baseline
