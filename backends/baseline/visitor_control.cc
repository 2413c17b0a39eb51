// Control flow: blocks, loops, ifs, branches and the merges at their
// targets. See control.h for the merge states.
#include "backends/baseline/visitor.h"

namespace tandem::baseline {

ControlFrame& FunctionCompiler::push_frame(ControlFrame::Kind kind, const wasm::BlockType& type) {
  if (control_depth_ == control_.size()) control_.emplace_back();
  ControlFrame& f = control_[control_depth_++];
  f.kind = kind;
  f.dead = !reachable_;
  f.reachable_at_entry = reachable_;
  f.has_else = false;
  f.block_type = type;
  f.func_type = type.kind == wasm::BlockType::Kind::TypeIndex ? &module_->types[type.type_index] : nullptr;
  f.merge_ready = false;
  f.merge.clear();
  f.else_state.clear();
  f.label = f.dead ? Label{} : masm_.new_label();
  f.else_label = Label{};
  const uint32_t params = static_cast<uint32_t>(f.params().size());
  f.stack_base = f.dead ? 0 : ctx_.stack().size() - params;
  return f;
}

// The first arrival decides where every value lives at the target: entries
// below the block keep their registers, constants and slots (a register
// that backs two entries stays with the first; the second goes home); the
// branch values keep their registers where they can, and otherwise get a
// free register, or their home slot when none is left. Local references
// never survive into a merge state: another path may have written the local.
void FunctionCompiler::init_merge(ControlFrame& target) {
  const ValueStack& stack = ctx_.stack();
  const uint32_t base = target.stack_base;
  const uint32_t arity = target.branch_arity();
  const uint32_t src_base = stack.size() - arity;
  target.merge.resize(base + arity);
  RegSet claimed;
  for (uint32_t i = 0; i < base; ++i) {
    const StackValue& v = stack.at(i);
    if (v.is_const()) {
      target.merge[i] = v;
    } else if (v.is_reg() && !claimed.has(v.reg)) {
      target.merge[i] = v;
      claimed = claimed.with(v.reg);
    } else {
      target.merge[i] = StackValue::in_slot(v.type);
    }
  }
  // Branch values: first those that keep their register, then the rest.
  for (uint32_t k = 0; k < arity; ++k) {
    const StackValue& v = stack.at(src_base + k);
    if (v.is_reg() && !claimed.has(v.reg)) {
      target.merge[base + k] = v;
      claimed = claimed.with(v.reg);
    } else {
      target.merge[base + k] = StackValue::in_slot(v.type);
    }
  }
  for (uint32_t k = 0; k < arity; ++k) {
    StackValue& m = target.merge[base + k];
    if (!m.is_stack()) continue;
    const RegClass cls = reg_class_of(m.type);
    const RegSet candidates = (ctx_.regs().allocatable() & RegSet::of_class(cls)).minus(claimed);
    const RegSet preferred = candidates.minus(ctx_.regs().used());
    if (candidates.empty()) continue;
    const Reg r = preferred.empty() ? candidates.first() : preferred.first();
    m = StackValue::in_reg(m.type, r);
    claimed = claimed.with(r);
  }
}

void FunctionCompiler::plan_merge(ControlFrame& target) {
  ctx_.count_stack_walk();
  if (!target.merge_ready) {
    init_merge(target);
    target.merge_ready = true;
  }
  moves_.clear();
  const ValueStack& stack = ctx_.stack();
  const Frame& frame = ctx_.frame();
  const uint32_t base = target.stack_base;
  const uint32_t arity = target.branch_arity();
  const uint32_t src_base = stack.size() - arity;
  auto add = [&](uint32_t src_index, uint32_t dst_index) {
    const StackValue& src = stack.at(src_index);
    const StackValue& dst = target.merge[dst_index];
    switch (dst.kind) {
      case StackValue::Kind::Const:
        TANDEM_CHECK(src.is_const() && src.bits == dst.bits, "a merged constant differs between paths");
        return;
      case StackValue::Kind::Reg:
        moves_.add(dst.type, ctx_.move_source_of(src_index), MoveLocation::in_reg(dst.reg));
        return;
      case StackValue::Kind::Stack:
        moves_.add(dst.type, ctx_.move_source_of(src_index), MoveLocation::in_mem(frame.home(dst_index)));
        return;
      case StackValue::Kind::Local: break;
    }
    TANDEM_UNREACHABLE("a local reference in a merge state");
  };
  for (uint32_t i = 0; i < base; ++i) add(i, i);
  for (uint32_t k = 0; k < arity; ++k) add(src_base + k, base + k);
}

void FunctionCompiler::restore_state(std::span<const StackValue> state) {
  // Other paths arrive here too: nothing cached on this one holds on theirs.
  ctx_.drop_cached_registers();
  ctx_.count_stack_walk();
  ValueStack& stack = ctx_.stack();
  const uint32_t n = static_cast<uint32_t>(state.size());
  if (stack.size() > n) stack.truncate(n);
  for (uint32_t i = 0; i < stack.size(); ++i)
    if (!(stack.at(i) == state[i])) stack.set(i, state[i]);
  for (uint32_t i = stack.size(); i < n; ++i) stack.push(state[i]);
}

void FunctionCompiler::adopt_merge_state(const ControlFrame& target) { restore_state(target.merge); }

void FunctionCompiler::emit_branch_to(ControlFrame& target) {
  if (target.kind == ControlFrame::Kind::Function) {
    emit_return();
    return;
  }
  plan_merge(target);
  moves_.emit(masm_);
  masm_.jump(target.label);
}

void FunctionCompiler::emit_return() {
  const ValueStack& stack = ctx_.stack();
  const uint32_t n = static_cast<uint32_t>(sig_.results.size());
  const uint32_t src_base = stack.size() - n;
  const std::span<const wasm::ValType> types = module_->types[module_->defined_func(func_index_).type_index].results;
  moves_.clear();
  for (uint32_t k = 0; k < n; ++k) {
    const compile::abi::Location& loc = sig_.results[k];
    MoveLocation dst;
    switch (loc.kind) {
      case compile::abi::Location::Kind::Gpr: dst = MoveLocation::in_reg(Reg::gpr(loc.reg)); break;
      case compile::abi::Location::Kind::Xmm: dst = MoveLocation::in_reg(Reg::fpr(loc.reg)); break;
      case compile::abi::Location::Kind::Stack:
        dst = MoveLocation::in_mem(ctx_.frame().return_area_slot(loc.stack_slot));
        break;
    }
    moves_.add(types[k], ctx_.move_source_of(src_base + k), dst);
  }
  moves_.emit(masm_);
  masm_.leave_frame_and_return();
}

// ---- operators ---------------------------------------------------------------------

Status FunctionCompiler::visit_unreachable(const wasm::Op& op) {
  masm_.trap(TrapCode::Unreachable, op.offset);
  reachable_ = false;
  return {};
}

Status FunctionCompiler::visit_nop(const wasm::Op&) { return {}; }

Status FunctionCompiler::visit_block(const wasm::Op& op) {
  push_frame(ControlFrame::Kind::Block, op.block);
  return {};
}

Status FunctionCompiler::visit_loop(const wasm::Op& op) {
  ControlFrame& f = push_frame(ControlFrame::Kind::Loop, op.block);
  if (f.dead) return {};
  // The header's state is fixed now; back edges move their values into it.
  plan_merge(f);
  moves_.emit(masm_);
  adopt_merge_state(f);
  masm_.bind(f.label);
  return {};
}

void FunctionCompiler::branch_if(const BranchCondition& cond, bool when_true, Label target) {
  switch (cond.kind) {
    case BranchCondition::Kind::Value: masm_.branch_on_zero(!when_true, OperandSize::S32, cond.value, target); return;
    case BranchCondition::Kind::IntCompare:
      masm_.compare_and_branch(when_true ? cond.int_cond : negate(cond.int_cond), cond.size, cond.lhs, cond.rhs,
                               target);
      return;
    case BranchCondition::Kind::FloatCompare:
      masm_.float_compare_and_branch(cond.float_cond, cond.width, cond.lhs, cond.rhs.reg, when_true, target);
      return;
  }
}

Status FunctionCompiler::visit_if(const wasm::Op& op) {
  if (!reachable_) {
    push_frame(ControlFrame::Kind::If, op.block);
    return {};
  }
  BranchCondition cond;
  cond.value = ctx_.pop_to_operand();
  return emit_if(op, cond);
}

Status FunctionCompiler::emit_if(const wasm::Op& op, const BranchCondition& cond) {
  ControlFrame& f = push_frame(ControlFrame::Kind::If, op.block);
  f.else_label = masm_.new_label();
  const std::span<const StackValue> entries = ctx_.stack().entries();
  f.else_state.assign(entries.begin(), entries.end());
  branch_if(cond, false, f.else_label);
  return {};
}

Status FunctionCompiler::visit_else(const wasm::Op&) {
  ControlFrame& f = control_[control_depth_ - 1];
  if (f.dead) return {};
  if (reachable_) emit_branch_to(f);
  masm_.bind(f.else_label);
  restore_state(f.else_state);
  f.has_else = true;
  reachable_ = true;
  return {};
}

Status FunctionCompiler::visit_end(const wasm::Op&) {
  ControlFrame& f = control_[control_depth_ - 1];
  if (f.dead) {
    --control_depth_;
    return {};
  }
  switch (f.kind) {
    case ControlFrame::Kind::Function:
      if (reachable_) emit_return();
      reachable_ = false;
      break;
    case ControlFrame::Kind::Loop:
      // Falling out of a loop leaves its results where they are.
      break;
    case ControlFrame::Kind::Block:
      if (reachable_) {
        plan_merge(f);
        moves_.emit(masm_);
      }
      masm_.bind(f.label);
      reachable_ = f.merge_ready;
      if (reachable_) adopt_merge_state(f);
      break;
    case ControlFrame::Kind::If: {
      const bool then_falls_through = reachable_;
      if (then_falls_through) {
        plan_merge(f);
        moves_.emit(masm_);
      }
      if (!f.has_else) {
        // The missing else arm passes the if's params through as its results.
        restore_state(f.else_state);
        plan_merge(f);
        if (moves_.empty()) {
          masm_.bind(f.else_label);
        } else {
          if (then_falls_through) masm_.jump(f.label);
          masm_.bind(f.else_label);
          moves_.emit(masm_);
        }
      }
      masm_.bind(f.label);
      reachable_ = f.merge_ready;
      if (reachable_) adopt_merge_state(f);
      break;
    }
  }
  --control_depth_;
  return {};
}

Status FunctionCompiler::visit_br(const wasm::Op& op) {
  emit_branch_to(frame_at_depth(op.index));
  reachable_ = false;
  return {};
}

Status FunctionCompiler::visit_br_if(const wasm::Op& op) {
  BranchCondition cond;
  cond.value = ctx_.pop_to_operand();
  return emit_br_if(op, cond);
}

Status FunctionCompiler::emit_br_if(const wasm::Op& op, const BranchCondition& cond) {
  ControlFrame& target = frame_at_depth(op.index);
  if (target.kind != ControlFrame::Kind::Function) {
    plan_merge(target);
    if (moves_.empty()) {
      branch_if(cond, true, target.label);
      return {};
    }
  }
  // The taken path's moves run only when the branch is taken: the state
  // the fall-through continues with must not change while they are emitted.
  const Label not_taken = masm_.new_label();
  branch_if(cond, false, not_taken);
  {
    FrozenCacheState frozen(ctx_.regs());
    if (target.kind == ControlFrame::Kind::Function) {
      emit_return();
    } else {
      moves_.emit(masm_);
      masm_.jump(target.label);
    }
  }
  masm_.bind(not_taken);
  return {};
}

Status FunctionCompiler::visit_br_table(const wasm::Op& op) {
  const Reg index = ctx_.pop_to_modifiable_reg();
  const std::span<const uint32_t> depths = op.br_targets;  // the default is last
  const uint32_t num_cases = static_cast<uint32_t>(depths.size()) - 1;

  // One label per distinct target: its own label when arriving needs no
  // moves, else an out-of-line stub that makes them.
  br_table_labels_.assign(control_depth_, Label{});
  br_table_stubs_.assign(control_depth_, Label{});
  auto label_for = [&](uint32_t depth) -> Label {
    if (br_table_labels_[depth].valid()) return br_table_labels_[depth];
    ControlFrame& target = frame_at_depth(depth);
    Label l;
    if (target.kind != ControlFrame::Kind::Function) {
      plan_merge(target);
      if (moves_.empty()) l = target.label;
    }
    if (!l.valid()) {
      l = masm_.new_label();
      br_table_stubs_[depth] = l;
    }
    br_table_labels_[depth] = l;
    return l;
  };
  const Label default_label = label_for(depths[num_cases]);
  if (num_cases == 0) {
    masm_.jump(default_label);
  } else {
    br_table_cases_.resize(num_cases);
    for (uint32_t i = 0; i < num_cases; ++i) br_table_cases_[i] = label_for(depths[i]);
    masm_.compare_and_branch(IntCond::GeU, OperandSize::S32, index, Operand::immediate(num_cases), default_label);
    masm_.jump_table(index, br_table_cases_);
  }
  {
    FrozenCacheState frozen(ctx_.regs());
    for (uint32_t depth = 0; depth < control_depth_; ++depth) {
      if (!br_table_stubs_[depth].valid()) continue;
      masm_.bind(br_table_stubs_[depth]);
      emit_branch_to(frame_at_depth(depth));
    }
  }
  reachable_ = false;
  return {};
}

Status FunctionCompiler::visit_return(const wasm::Op&) {
  emit_return();
  reachable_ = false;
  return {};
}

}  // namespace tandem::baseline
