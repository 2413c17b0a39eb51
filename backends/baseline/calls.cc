// Calls: direct, imported, indirect through a table, and runtime libcalls.
//
// Every register is clobbered by a call (abi.h), so values below the
// arguments go to their homes first; constants and local references stay
// as they are, since a callee cannot change either. The arguments then move
// to their ABI locations in one parallel move, and the results are pushed
// where the callee left them.
#include "backends/baseline/visitor.h"
#include "shared_compile/vmcontext.h"

namespace tandem::baseline {

namespace {

using compile::abi::Location;

Reg reg_of(const Location& loc) { return loc.kind == Location::Kind::Gpr ? Reg::gpr(loc.reg) : Reg::fpr(loc.reg); }

RegSet registers_of(std::span<const Location> locs) {
  RegSet set;
  for (const Location& l : locs)
    if (l.kind != Location::Kind::Stack) set = set.with(reg_of(l));
  return set;
}

}  // namespace

const compile::abi::Signature& FunctionCompiler::signature_of(uint32_t type_index) {
  if (callee_sigs_.size() < module_->types.size()) {
    callee_sigs_.resize(module_->types.size());
    callee_sig_epochs_.resize(module_->types.size(), 0);
  }
  if (callee_sig_epochs_[type_index] != epoch_) {
    const wasm::FuncType& type = module_->types[type_index];
    callee_sigs_[type_index] = compile::abi::compute_signature(type.params, type.results);
    callee_sig_epochs_[type_index] = epoch_;
  }
  return callee_sigs_[type_index];
}

void FunctionCompiler::spill_below(uint32_t num_args) {
  ctx_.drop_cached_registers();
  ValueStack& stack = ctx_.stack();
  const uint32_t first_arg = stack.size() - num_args;
  for (uint32_t i = 0; i < first_arg; ++i) {
    const StackValue& v = stack.at(i);
    if (!v.is_reg()) continue;
    masm_.store(ctx_.frame().home(i), v.reg, store_kind_of(v.type));
    stack.set(i, StackValue::in_slot(v.type));
  }
}

void FunctionCompiler::place_arguments(std::span<const Location> locs, uint32_t num_args) {
  ValueStack& stack = ctx_.stack();
  const uint32_t first = stack.size() - num_args;
  moves_.clear();
  for (uint32_t k = 0; k < num_args; ++k) {
    const StackValue& v = stack.at(first + k);
    const MoveLocation dst = locs[k].kind == Location::Kind::Stack
                                 ? MoveLocation::in_mem(masm_.outgoing_slot(locs[k].stack_slot))
                                 : MoveLocation::in_reg(reg_of(locs[k]));
    moves_.add(v.type, ctx_.move_source_of(first + k), dst);
  }
  moves_.emit(masm_);
  stack.truncate(first);
}

void FunctionCompiler::push_call_results(std::span<const wasm::ValType> types, const compile::abi::Signature& sig) {
  // Results the callee left in the return area are loaded into registers
  // that no register result occupies (or copied home when none is free).
  const RegSet result_regs = registers_of(sig.results);
  for (uint32_t k = 0; k < types.size(); ++k) {
    const Location& loc = sig.results[k];
    if (loc.kind != Location::Kind::Stack) {
      ctx_.push_reg(types[k], reg_of(loc));
      continue;
    }
    const Address slot = masm_.outgoing_slot(sig.num_stack_params + loc.stack_slot);
    if (std::optional<Reg> r = ctx_.regs().find_free(reg_class_of(types[k]), result_regs)) {
      masm_.load(*r, slot, load_kind_of(types[k]));
      ctx_.push_reg(types[k], *r);
    } else {
      masm_.copy_value(ctx_.frame().home(ctx_.stack().size()), slot, types[k]);
      ctx_.stack().push(StackValue::in_slot(types[k]));
    }
  }
}

Status FunctionCompiler::visit_call(const wasm::Op& op) {
  const uint32_t callee = op.index;
  const wasm::FuncType& type = module_->func_type(callee);
  const compile::abi::Signature& sig = signature_of(module_->func_type_indices[callee]);
  const uint32_t num_args = static_cast<uint32_t>(type.params.size());

  spill_below(num_args);
  ctx_.frame().reserve_outgoing(sig.outgoing_area_bytes());
  place_arguments(sig.params, num_args);
  if (module_->is_imported_func(callee)) {
    // The callee runs with its own instance's VMContext; ours comes back from the frame.
    const Reg target = ctx_.alloc(RegClass::Gpr, registers_of(sig.params));
    masm_.load(target, vmctx_field(env_->layout.imported_func_code(callee)), LoadKind::I64);
    masm_.load(masm_.vmctx(), vmctx_field(env_->layout.imported_func_vmctx(callee)), LoadKind::I64);
    masm_.call_register(target);
    masm_.load(masm_.vmctx(), ctx_.frame().vmctx_slot(), LoadKind::I64);
  } else {
    masm_.call_function(callee);
  }
  push_call_results(type.results, sig);
  return {};
}

Status FunctionCompiler::visit_call_indirect(const wasm::Op& op) {
  const uint32_t type_index = op.index;
  const uint32_t table = op.index2;
  const wasm::FuncType& type = module_->types[type_index];
  const compile::abi::Signature& sig = signature_of(type_index);
  const uint32_t num_args = static_cast<uint32_t>(type.params.size());
  const compile::VMContextLayout& layout = env_->layout;

  // The element index becomes the callee's VMFuncRef*, in a register that
  // no argument travels in, so that it survives placing the arguments.
  const RegSet arg_regs = registers_of(sig.params);
  const Reg callee = ctx_.alloc(RegClass::Gpr, arg_regs);
  ctx_.pop_to_fixed(callee, arg_regs);
  const Reg temp = ctx_.alloc(RegClass::Gpr, arg_regs.with(callee));

  masm_.compare_and_branch(IntCond::GeU, OperandSize::S64, callee,
                           Operand::memory(vmctx_field(layout.table_length(table))),
                           masm_.trap_label(TrapCode::IndirectCallOutOfBounds, op.offset));
  masm_.load(temp, vmctx_field(layout.table_elements(table)), LoadKind::I64);
  masm_.load(callee, Address::indexed(temp, callee, 8, 0), LoadKind::I64);
  masm_.branch_on_zero(true, OperandSize::S64, Operand::of(callee),
                       masm_.trap_label(TrapCode::IndirectCallNull, op.offset));
  masm_.load(temp, vmctx_field(layout.type_id(type_index)), LoadKind::I32);
  masm_.compare_and_branch(IntCond::Ne, OperandSize::S64, temp,
                           Operand::memory(Address::at(callee, compile::kFuncRefTypeId)),
                           masm_.trap_label(TrapCode::IndirectCallTypeMismatch, op.offset));

  spill_below(num_args);
  ctx_.frame().reserve_outgoing(sig.outgoing_area_bytes());
  place_arguments(sig.params, num_args);
  masm_.load(masm_.vmctx(), Address::at(callee, compile::kFuncRefVmctx), LoadKind::I64);
  masm_.call_indirect(Address::at(callee, compile::kFuncRefCode));
  masm_.load(masm_.vmctx(), ctx_.frame().vmctx_slot(), LoadKind::I64);
  push_call_results(type.results, sig);
  return {};
}

void FunctionCompiler::emit_libcall(compile::LibCall callee, bool pass_vmctx, std::span<const uint64_t> leading,
                                    uint32_t num_args, const wasm::ValType* result) {
  // System V passes integers in rdi, rsi, rdx, rcx, r8, r9 and floats in
  // xmm0..7, the registers of the wasm ABI's first parameters; every
  // libcall fits in them.
  using compile::abi::kFloatParams;
  using compile::abi::kIntParams;
  spill_below(num_args);
  ValueStack& stack = ctx_.stack();
  const uint32_t first = stack.size() - num_args;
  size_t next_int = 0, next_float = 0;
  moves_.clear();
  if (pass_vmctx) {
    moves_.add(wasm::ValType::I64, MoveLocation::in_reg(masm_.vmctx()),
               MoveLocation::in_reg(Reg::gpr(kIntParams[next_int++].enc)));
  }
  for (uint64_t imm : leading) {
    moves_.add(wasm::ValType::I64, MoveLocation::constant(imm),
               MoveLocation::in_reg(Reg::gpr(kIntParams[next_int++].enc)));
  }
  for (uint32_t k = 0; k < num_args; ++k) {
    const StackValue& v = stack.at(first + k);
    const Reg dst =
        wasm::is_float(v.type) ? Reg::fpr(kFloatParams[next_float++].enc) : Reg::gpr(kIntParams[next_int++].enc);
    TANDEM_CHECK(next_int <= kIntParams.size() && next_float <= kFloatParams.size(),
                 "libcall arguments beyond the argument registers");
    moves_.add(v.type, ctx_.move_source_of(first + k), MoveLocation::in_reg(dst));
  }
  moves_.emit(masm_);
  stack.truncate(first);
  masm_.call_libcall(callee);
  if (!result) return;
  if (wasm::is_float(*result)) {
    ctx_.push_reg(*result, Reg::fpr(compile::abi::kFloatResults[0].enc));
    return;
  }
  const Reg r = Reg::gpr(compile::abi::kIntResults[0].enc);
  // System V leaves the upper half of a 32-bit result undefined.
  if (*result == wasm::ValType::I32) masm_.extend(ExtendOp::U32To64, r, r);
  ctx_.push_reg(*result, r);
}

void FunctionCompiler::trap_if_libcall_failed(TrapCode code, uint32_t wasm_offset) {
  const Reg r = Reg::gpr(compile::abi::kIntResults[0].enc);
  masm_.branch_on_zero(false, OperandSize::S32, Operand::of(r), masm_.trap_label(code, wasm_offset));
}

}  // namespace tandem::baseline
