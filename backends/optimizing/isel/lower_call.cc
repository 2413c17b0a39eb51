// Calls: direct (call rel32 with a relocation), imported (through the
// VMContext's import slot, switching r14 to the callee's context), indirect
// (table bounds, null and signature checks, then through the VMFuncRef),
// and libcalls (System V, the VMContext first).
//
// Arguments go to their ABI registers through fixed-register operands, or
// to the outgoing area at [rsp + 8k]; results come back in fixed registers
// or from the return area after the stack arguments. A call clobbers every
// register but rsp, rbp and r14, so the allocator spills what lives across.
#include "backends/optimizing/isel/lower.h"

namespace tandem::optimizing::isel {

using namespace ir;
namespace x64 = compile::x64;
using compile::abi::Location;
using mach::LoadKind;

namespace {

mach::PReg location_reg(const Location& loc) {
  return loc.kind == Location::Kind::Gpr ? loc.reg : static_cast<mach::PReg>(16 + loc.reg);
}

}  // namespace

Status Lowering::lower_call(Inst inst) {
  const InstData& d = f_->inst(inst);
  bool indirect = d.opcode == Opcode::CallIndirect;
  uint32_t type_index = indirect ? d.index1 : env_->module->func_type_indices[d.index1];
  const compile::abi::Signature& sig = signature(type_index);
  std::span<const Value> all = f_->inst_args(inst);
  std::span<const Value> args = indirect ? all.subspan(1) : all;
  std::span<const Value> results = f_->inst_results(inst);

  VReg funcref = mach::kNoVReg;
  if (indirect) {
    // bounds, null and signature checks
    uint32_t table = d.index2;
    VReg index = use(all[0]);
    VReg len = temp(RegClass::Int);
    MInst l = make(MOp::Load, x64::S64, static_cast<uint8_t>(LoadKind::B64));
    l.mem.fixed_base = x64::r14.enc;
    l.mem.disp = env_->layout.table_length(table);
    push(l, {Operand::def(len)});
    push(make(MOp::Cmp, x64::S64), {Operand::use(index), Operand::use(len)});
    emit_trap_if(x64::Cond::AE, compile::TrapCode::IndirectCallOutOfBounds, d.wasm_offset);
    VReg elems = temp(RegClass::Int);
    MInst e = make(MOp::Load, x64::S64, static_cast<uint8_t>(LoadKind::B64));
    e.mem.fixed_base = x64::r14.enc;
    e.mem.disp = env_->layout.table_elements(table);
    push(e, {Operand::def(elems)});
    funcref = temp(RegClass::Int);
    MInst f = make(MOp::Load, x64::S64, static_cast<uint8_t>(LoadKind::B64));
    f.mem.base_slot = 1;
    f.mem.index_slot = 2;
    f.mem.scale = x64::Scale::x8;
    push(f, {Operand::def(funcref), Operand::use(elems), Operand::use(index)});
    push(make(MOp::Test, x64::S64), {Operand::use(funcref), Operand::use(funcref)});
    emit_trap_if(x64::Cond::E, compile::TrapCode::IndirectCallNull, d.wasm_offset);
    VReg expected = temp(RegClass::Int);
    MInst t = make(MOp::Load, x64::S32, static_cast<uint8_t>(LoadKind::Zx32));
    t.mem.fixed_base = x64::r14.enc;
    t.mem.disp = env_->layout.type_id(type_index);
    push(t, {Operand::def(expected)});
    VReg actual = temp(RegClass::Int);
    MInst a = make(MOp::Load, x64::S64, static_cast<uint8_t>(LoadKind::B64));
    a.mem.base_slot = 1;
    a.mem.disp = compile::kFuncRefTypeId;
    push(a, {Operand::def(actual), Operand::use(funcref)});
    push(make(MOp::Cmp, x64::S64), {Operand::use(actual), Operand::use(expected)});
    emit_trap_if(x64::Cond::NE, compile::TrapCode::IndirectCallTypeMismatch, d.wasm_offset);
  }

  // Stack arguments into the outgoing area.
  vtmp_.clear();
  for (Value a : args) vtmp_.push_back(use(a));
  for (size_t k = 0; k < args.size(); ++k) {
    const Location& loc = sig.params[k];
    if (loc.kind != Location::Kind::Stack) continue;
    Type t = f_->value_type(args[k]);
    MInst m = make(MOp::Store, is_float(t) ? size_of(t) : x64::S64,
                   static_cast<uint8_t>(t == Type::F32    ? LoadKind::F32
                                        : t == Type::V128 ? LoadKind::V128
                                                          : LoadKind::F64));
    m.is_float = is_xmm_type(t);
    m.mem.fixed_base = x64::rsp.enc;
    m.mem.disp = static_cast<int32_t>(8 * loc.stack_slot);
    push(m, {Operand::use(vtmp_[k])});
  }
  code_->outgoing_area_bytes = std::max(code_->outgoing_area_bytes, sig.outgoing_area_bytes());

  ops_.clear();
  if (indirect) ops_.push_back(Operand::use(funcref));
  for (size_t k = 0; k < args.size(); ++k) {
    const Location& loc = sig.params[k];
    if (loc.kind != Location::Kind::Stack) ops_.push_back(Operand::use_fixed(vtmp_[k], location_reg(loc)));
  }
  uint16_t result_gprs = 0, result_xmms = 0;
  for (size_t k = 0; k < results.size(); ++k) {
    const Location& loc = sig.results[k];
    if (loc.kind == Location::Kind::Gpr) {
      ops_.push_back(Operand::def_fixed(def(results[k]), loc.reg));
      result_gprs |= static_cast<uint16_t>(1u << loc.reg);
    } else if (loc.kind == Location::Kind::Xmm) {
      ops_.push_back(Operand::def_fixed(def(results[k]), static_cast<mach::PReg>(16 + loc.reg)));
      result_xmms |= static_cast<uint16_t>(1u << loc.reg);
    }
  }
  MOp op = indirect ? MOp::CallIndirect : env_->module->is_imported_func(d.index1) ? MOp::CallImport : MOp::Call;
  MInst call = make(op);
  call.imm = indirect ? 0 : d.index1;
  call.clobber_gprs = static_cast<uint16_t>(compile::abi::kCallClobberedGprs.bits & ~result_gprs);
  call.clobber_xmms = static_cast<uint16_t>(compile::abi::kCallClobberedXmms.bits & ~result_xmms);
  if (op != MOp::Call) code_->needs_saved_vmctx = true;
  push(call, ops_);

  // Results in the return area, after the stack arguments.
  for (size_t k = 0; k < results.size(); ++k) {
    const Location& loc = sig.results[k];
    if (loc.kind != Location::Kind::Stack) continue;
    Type t = f_->value_type(results[k]);
    MInst m = make(MOp::Load, size_of(t),
                   static_cast<uint8_t>(t == Type::I32    ? LoadKind::Zx32
                                        : t == Type::F32  ? LoadKind::F32
                                        : t == Type::F64  ? LoadKind::F64
                                        : t == Type::V128 ? LoadKind::V128
                                                          : LoadKind::B64));
    m.is_float = is_xmm_type(t);
    m.mem.fixed_base = x64::rsp.enc;
    m.mem.disp = static_cast<int32_t>(8 * (sig.num_stack_params + loc.stack_slot));
    push(m, {Operand::def(def(results[k]))});
  }
  return {};
}

VReg Lowering::emit_libcall(compile::LibCall call, std::span<const VReg> args, uint32_t wasm_offset, bool has_result) {
  // rdi carries the VMContext; the arguments follow.
  static constexpr x64::Gpr kArgs[] = {x64::rsi, x64::rdx, x64::rcx, x64::r8, x64::r9};
  TANDEM_CHECK(args.size() <= 5, "a libcall with more than five arguments");
  std::vector<Operand> ops;
  for (size_t k = 0; k < args.size(); ++k) ops.push_back(Operand::use_fixed(args[k], kArgs[k].enc));
  VReg raw = mach::kNoVReg;
  if (has_result) {
    raw = temp(RegClass::Int);
    ops.push_back(Operand::def_fixed(raw, mach::preg_of(x64::rax)));
  }
  MInst m = make(MOp::CallLibcall);
  m.imm = static_cast<int64_t>(call);
  m.wasm_offset = wasm_offset;
  m.clobber_gprs = static_cast<uint16_t>(compile::abi::kCallClobberedGprs.bits & ~(has_result ? 1u : 0u));
  m.clobber_xmms = compile::abi::kCallClobberedXmms.bits;
  m.early_clobber_gprs = static_cast<uint16_t>(1u << x64::rdi.enc);
  push(m, ops);
  if (!has_result) return mach::kNoVReg;
  // A C function returning u32 leaves the upper half of rax undefined.
  VReg r = temp(RegClass::Int);
  push(make(MOp::Extend, x64::S32, static_cast<uint8_t>(mach::ExtendKind::Zx32)), {Operand::def(r), Operand::use(raw)});
  return r;
}

void Lowering::trap_if_nonzero(VReg v, compile::TrapCode code, uint32_t wasm_offset) {
  push(make(MOp::Test, x64::S32), {Operand::use(v), Operand::use(v)});
  emit_trap_if(x64::Cond::NE, code, wasm_offset);
}

}  // namespace tandem::optimizing::isel
