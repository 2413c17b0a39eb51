// The lowering driver: blocks, values, branches.
#include "backends/optimizing/isel/lower.h"

#include "backends/optimizing/isel/simd_needs.h"

#include "wasm/result.h"

namespace tandem::optimizing::isel {

using namespace ir;
namespace x64 = compile::x64;

namespace {

x64::Cond cond_for(IntCC cc) {
  switch (cc) {
    case IntCC::Eq: return x64::Cond::E;
    case IntCC::Ne: return x64::Cond::NE;
    case IntCC::Slt: return x64::Cond::L;
    case IntCC::Sle: return x64::Cond::LE;
    case IntCC::Sgt: return x64::Cond::G;
    case IntCC::Sge: return x64::Cond::GE;
    case IntCC::Ult: return x64::Cond::B;
    case IntCC::Ule: return x64::Cond::BE;
    case IntCC::Ugt: return x64::Cond::A;
    case IntCC::Uge: return x64::Cond::AE;
  }
  return x64::Cond::E;
}

bool is_flag_user(Opcode op) {
  return op == Opcode::Brif || op == Opcode::Select || op == Opcode::Trapz || op == Opcode::Trapnz;
}

}  // namespace

Status Lowering::lower(const compile::ModuleEnv& env, const compile::Settings& settings, const Function& f,
                       mach::VCode& out) {
  env_ = &env;
  settings_ = &settings;
  f_ = &f;
  code_ = &out;
  out.clear();
  // Signatures are cached per function only: a module at the address of a
  // previous one is no reason to trust the previous one's types.
  sig_index_.assign(env.module->types.size(), -1);
  sigs_.clear();
  cfg_.compute(f);
  consts_.compute(f, cfg_);
  vregs_.assign(f.num_values(), mach::kNoVReg);
  use_count_.assign(f.num_values(), 0);
  fused_.assign(f.num_insts(), false);
  block_map_.assign(f.num_blocks(), ~0u);

  for (Block b : f.layout()) {
    for (Inst i : f.block_insts(b)) {
      for (Value v : f.inst_args(i)) ++use_count_[v.index];
      for (const BlockCall& c : f.inst_targets(i)) {
        for (Value v : f.call_args(c)) ++use_count_[v.index];
      }
    }
  }
  // Compares whose only use is the next instruction's condition.
  for (Block b : f.layout()) {
    const std::vector<Inst>& insts = f.block_insts(b);
    for (size_t k = 0; k + 1 < insts.size(); ++k) {
      Inst i = insts[k];
      Opcode op = f.inst(i).opcode;
      Inst next = insts[k + 1];
      if (op == Opcode::Load && is_int(f.inst(i).type)) {
        // A load folded into the next instruction's memory operand.
        Value r = f.first_result(i);
        const InstData& n = f.inst(next);
        if (n.opcode == Opcode::Simd && use_count_[r.index] == 1 && f.inst_args(next)[0] == r &&
            simd_has_load_form(static_cast<wasm::Opcode>(n.index1))) {
          fused_[i.index] = true;
          continue;
        }
        mach::AluOp unused_op = mach::AluOp::Add;
        bool alu = alu_op_of(n.opcode, &unused_op);
        int64_t unused = 0;
        // Not with a constant left operand: lower_alu() would swap the
        // operands or take the neg form, and the load must stay the right
        // operand.
        if (alu && n.type == f.inst(i).type && use_count_[r.index] == 1 && f.inst_args(next)[1] == r &&
            f.inst_args(next)[0] != r && !constant(f.inst_args(next)[0], &unused)) {
          fused_[i.index] = true;
        }
        continue;
      }
      if (op != Opcode::Icmp && op != Opcode::Fcmp) continue;
      Value r = f.first_result(i);
      if (use_count_[r.index] == 1 && is_flag_user(f.inst(next).opcode) && f.inst_args(next)[0] == r) {
        fused_[i.index] = true;
      }
    }
  }

  // VCode blocks, with parameters, for the reachable blocks.
  for (Block b : f.layout()) {
    if (!cfg_.reachable(b)) continue;
    block_map_[b.index] = out.new_block();
  }
  for (Block b : f.layout()) {
    if (!cfg_.reachable(b) || b == f.entry_block()) continue;
    for (Value p : f.block_params(b)) out.add_block_param(block_map_[b.index], vreg_of(p));
  }
  for (Block b : f.layout()) {
    if (!cfg_.reachable(b)) continue;
    TANDEM_TRY_STATUS(lower_block(b));
  }
  out.finish();
  return {};
}

// ---- values -----------------------------------------------------------------

VReg Lowering::vreg_of(Value v) {
  VReg& r = vregs_[v.index];
  if (r == mach::kNoVReg) r = code_->new_vreg(reg_class(f_->value_type(v)), f_->value_type(v) == Type::V128);
  return r;
}

VReg Lowering::def(Value v) { return vreg_of(v); }

bool Lowering::constant(Value v, int64_t* out) const {
  Inst d = f_->value_inst(v);
  if (!d.valid()) return false;
  const InstData& data = f_->inst(d);
  switch (data.opcode) {
    case Opcode::Iconst:
    case Opcode::F32const:
    case Opcode::F64const: *out = data.imm; return true;
    case Opcode::RefNull: *out = 0; return true;
    default: return false;
  }
}

bool Lowering::v128_constant(Value v, uint32_t* pool) const {
  Inst d = f_->value_inst(v);
  if (!d.valid() || f_->inst(d).opcode != Opcode::Vconst) return false;
  *pool = static_cast<uint32_t>(f_->inst(d).imm);
  return true;
}

bool Lowering::imm32(Value v, Type t, int32_t* out) const {
  int64_t c = 0;
  if (!is_gpr_type(t) || !constant(v, &c)) return false;
  if (t == Type::I32) {
    *out = static_cast<int32_t>(c);
    return true;
  }
  if (!x64::fits_int32(c)) return false;
  *out = static_cast<int32_t>(c);
  return true;
}

VReg Lowering::materialize(Type t, int64_t bits) {
  VReg r = code_->new_vreg(reg_class(t));
  if (is_float(t)) {
    MInst m = make(MOp::FConst, size_of(t));
    m.is_float = true;
    m.imm = bits;
    push(m, {Operand::def(r)});
  } else {
    MInst m = make(MOp::MovImm, t == Type::I32 ? x64::S32 : x64::S64);
    m.imm = t == Type::I32 ? static_cast<int64_t>(static_cast<uint32_t>(bits)) : bits;
    push(m, {Operand::def(r)});
  }
  return r;
}

VReg Lowering::use(Value v) {
  int64_t c = 0;
  if (constant(v, &c)) return materialize(f_->value_type(v), c);
  uint32_t pool = 0;
  if (v128_constant(v, &pool)) {
    VReg r = code_->new_vreg(RegClass::Float, true);
    MInst m = make(MOp::Vconst);
    m.imm = pool;
    push(m, {Operand::def(r)});
    return r;
  }
  return vreg_of(v);
}

MInst Lowering::make(MOp op, x64::Size size, uint8_t sub) {
  MInst m;
  m.op = op;
  m.size = size;
  m.sub = sub;
  m.wasm_offset = srcloc_;
  return m;
}

void Lowering::mark_if_guarded(MInst& m, ir::BoundsCheck check) {
  if (check != ir::BoundsCheck::Guard) return;
  m.trap_site = true;
  m.trap_code = static_cast<uint8_t>(compile::TrapCode::OutOfBoundsMemory);
}

// ---- blocks -------------------------------------------------------------------

Status Lowering::lower_block(Block b) {
  code_->begin_block(block_map_[b.index]);
  edges_.clear();
  if (b == f_->entry_block()) {
    srcloc_ = f_->wasm_offset;
    lower_entry_args();
  }
  for (Inst i : f_->block_insts(b)) {
    srcloc_ = f_->inst(i).wasm_offset;
    if (is_terminator(f_->inst(i).opcode)) {
      TANDEM_TRY_STATUS(lower_terminator(i));
    } else if (!is_fused(i)) {
      TANDEM_TRY_STATUS(lower_inst(i));
    }
  }
  code_->end_block();
  emit_edge_blocks();
  return {};
}

void Lowering::lower_entry_args() {
  const compile::abi::Signature& sig = signature(env_->module->func_type_indices[f_->func_index]);
  std::span<const Value> params = f_->block_params(f_->entry_block());
  ops_.clear();
  for (size_t i = 0; i < params.size(); ++i) {
    const compile::abi::Location& loc = sig.params[i];
    if (loc.kind == compile::abi::Location::Kind::Gpr) {
      ops_.push_back(Operand::def_fixed(def(params[i]), loc.reg));
    } else if (loc.kind == compile::abi::Location::Kind::Xmm) {
      ops_.push_back(Operand::def_fixed(def(params[i]), static_cast<mach::PReg>(16 + loc.reg)));
    }
  }
  push(make(MOp::Args), ops_);
  // Stack parameters: [rbp + 16 + 8 * slot] once the frame is set up.
  for (size_t i = 0; i < params.size(); ++i) {
    const compile::abi::Location& loc = sig.params[i];
    if (loc.kind != compile::abi::Location::Kind::Stack) continue;
    Type t = f_->value_type(params[i]);
    MInst m = make(MOp::Load, size_of(t));
    m.sub = static_cast<uint8_t>(t == Type::I32    ? mach::LoadKind::Zx32
                                 : t == Type::F32  ? mach::LoadKind::F32
                                 : t == Type::F64  ? mach::LoadKind::F64
                                 : t == Type::V128 ? mach::LoadKind::V128
                                                   : mach::LoadKind::B64);
    m.is_float = is_xmm_type(t);
    m.mem.fixed_base = x64::rbp.enc;
    m.mem.disp = static_cast<int32_t>(16 + 8 * loc.stack_slot);
    push(m, {Operand::def(def(params[i]))});
  }
}

Inst Lowering::sunk_load(Value b) const {
  Inst d = f_->value_inst(b);
  if (d.valid() && fused_[d.index] && f_->inst(d).opcode == Opcode::Load) return d;
  return Inst();
}

Inst Lowering::fused_compare(Inst user) const {
  Value cond = f_->inst_args(user)[0];
  Inst d = f_->value_inst(cond);
  if (d.valid() && fused_[d.index]) return d;
  return Inst();
}

x64::Cond Lowering::lower_icmp_flags(Inst cmp) {
  const InstData& d = f_->inst(cmp);
  Value a = f_->inst_args(cmp)[0], b = f_->inst_args(cmp)[1];
  IntCC cc = d.int_cc();
  int32_t imm = 0;
  if (imm32(a, d.type, &imm) && !imm32(b, d.type, &imm)) {
    std::swap(a, b);
    cc = int_cc_swap(cc);
  }
  x64::Size size = size_of(d.type);
  VReg ra = use(a);
  if (imm32(b, d.type, &imm)) {
    if (imm == 0) {
      push(make(MOp::Test, size), {Operand::use(ra), Operand::use(ra)});
    } else {
      MInst m = make(MOp::CmpImm, size);
      m.imm = imm;
      push(m, {Operand::use(ra)});
    }
  } else {
    VReg rb = use(b);
    push(make(MOp::Cmp, size), {Operand::use(ra), Operand::use(rb)});
  }
  return cond_for(cc);
}

x64::Cond Lowering::lower_condition(Inst user, Value cond) {
  Inst cmp = fused_compare(user);
  if (cmp.valid() && f_->inst(cmp).opcode == Opcode::Icmp) return lower_icmp_flags(cmp);
  if (cmp.valid()) {
    // A fused float compare as a 0/1 value (its parity cases make a single
    // condition impossible for some predicates).
    bool unordered = false, taken = false;
    x64::Cond c = lower_fcmp_flags(cmp, &unordered, &taken);
    if (!unordered) return c;
    VReg v = temp(RegClass::Int);
    MInst m = make(MOp::Setcc, x64::S32, static_cast<uint8_t>(c));
    m.imm = taken ? 2 : 1;  // parity fix-up, see emit
    push(m, {Operand::def(v), Operand::temp(temp(RegClass::Int))});
    push(make(MOp::Test, x64::S32), {Operand::use(v), Operand::use(v)});
    return x64::Cond::NE;
  }
  VReg c = use(cond);
  push(make(MOp::Test, size_of(f_->value_type(cond))), {Operand::use(c), Operand::use(c)});
  return x64::Cond::NE;
}

// ---- branches -----------------------------------------------------------------

uint32_t Lowering::edge_target(Inst term, uint32_t slot) {
  const BlockCall& c = f_->inst_targets(term)[slot];
  uint32_t reachable_preds = 0;
  for (Block p : cfg_.preds(c.block)) reachable_preds += cfg_.reachable(p);
  if (c.num_args == 0 && reachable_preds == 1) return block_map_[c.block.index];
  uint32_t e = code_->new_block();
  edges_.push_back({e, term, slot});
  return e;
}

void Lowering::emit_edge_blocks() {
  for (const Edge& e : edges_) {
    code_->begin_block(e.block);
    srcloc_ = f_->inst(e.term).wasm_offset;
    push_jump(f_->inst_targets(e.term)[e.slot]);
    code_->end_block();
  }
  edges_.clear();
}

void Lowering::push_jump(const BlockCall& c) {
  // use() may emit instructions (constants), so the operand list is built
  // after every argument has its register.
  vtmp_.clear();
  for (Value a : f_->call_args(c)) vtmp_.push_back(use(a));
  ops_.clear();
  for (VReg v : vtmp_) ops_.push_back(Operand::use_reg_or_stack(v));
  MInst j = make(MOp::Jmp);
  j.target0 = block_map_[c.block.index];
  push(j, ops_);
}

Status Lowering::lower_terminator(Inst inst) {
  const InstData& d = f_->inst(inst);
  switch (d.opcode) {
    case Opcode::Jump: push_jump(f_->inst_targets(inst)[0]); return {};
    case Opcode::Brif: {
      uint32_t t0 = edge_target(inst, 0);
      uint32_t t1 = edge_target(inst, 1);
      x64::Cond cond = lower_condition(inst, f_->inst_args(inst)[0]);
      MInst j = make(MOp::Jcc, x64::S64, static_cast<uint8_t>(cond));
      j.target0 = t0;
      j.target1 = t1;
      push(j, {});
      return {};
    }
    case Opcode::BrTable: {
      uint32_t n = d.num_targets;
      // Every entry the same target with the same arguments (a table of
      // only a default, say): just a jump. The allocator places a lone
      // successor's edge moves before its branch, which must then read no
      // register, so a one-successor jump table is not an option.
      bool one_target = true;
      std::span<const BlockCall> targets = f_->inst_targets(inst);
      for (const BlockCall& c : targets) {
        bool same = c.block == targets[0].block && c.num_args == targets[0].num_args;
        for (uint32_t k = 0; same && k < c.num_args; ++k) same = f_->call_args(c)[k] == f_->call_args(targets[0])[k];
        one_target &= same;
      }
      if (one_target) {
        push_jump(targets[0]);
        return {};
      }
      vtmp_.clear();
      for (uint32_t s = 1; s < n; ++s) vtmp_.push_back(edge_target(inst, s));
      uint32_t def_target = edge_target(inst, 0);
      VReg index = use(f_->inst_args(inst)[0]);
      MInst m = make(MOp::JmpTable);
      m.target0 = def_target;
      m.imm = code_->add_jump_table(vtmp_);
      m.target1 = n - 1;
      push(m, {Operand::use(index), Operand::temp(temp(RegClass::Int)), Operand::temp(temp(RegClass::Int))});
      return {};
    }
    case Opcode::Return: {
      const compile::abi::Signature& sig = signature(env_->module->func_type_indices[f_->func_index]);
      std::span<const Value> args = f_->inst_args(inst);
      ops_.clear();
      vtmp_.clear();
      for (Value a : args) vtmp_.push_back(use(a));
      for (size_t k = 0; k < args.size(); ++k) {
        const compile::abi::Location& loc = sig.results[k];
        if (loc.kind == compile::abi::Location::Kind::Stack) {
          Type t = f_->value_type(args[k]);
          // Integers take the whole slot (an i32's upper half is zero).
          MInst m = make(MOp::Store, is_float(t) ? size_of(t) : x64::S64);
          m.is_float = is_xmm_type(t);
          m.sub = static_cast<uint8_t>(t == Type::F32    ? mach::LoadKind::F32
                                       : t == Type::V128 ? mach::LoadKind::V128
                                                         : mach::LoadKind::F64);
          m.mem.fixed_base = x64::rbp.enc;
          m.mem.disp = static_cast<int32_t>(16 + 8 * (sig.num_stack_params + loc.stack_slot));
          push(m, {Operand::use(vtmp_[k])});
        } else {
          mach::PReg p =
              loc.kind == compile::abi::Location::Kind::Gpr ? loc.reg : static_cast<mach::PReg>(16 + loc.reg);
          ops_.push_back(Operand::use_fixed(vtmp_[k], p));
        }
      }
      push(make(MOp::Ret), ops_);
      return {};
    }
    case Opcode::Trap: {
      MInst m = make(MOp::Trap);
      m.trap_code = d.cond;
      push(m, {});
      return {};
    }
    default: return make_error(ErrorKind::Internal, "isel: unknown terminator");
  }
}

Status Lowering::lower_inst(Inst inst) {
  const InstData& d = f_->inst(inst);
  switch (d.opcode) {
    case Opcode::Iconst:
    case Opcode::F32const:
    case Opcode::F64const:
    case Opcode::RefNull:
    case Opcode::Vconst: return {};  // rematerialized at each use
    case Opcode::Trapz:
    case Opcode::Trapnz: {
      x64::Cond c = lower_condition(inst, f_->inst_args(inst)[0]);
      // trapz traps when the condition is false.
      emit_trap_if(d.opcode == Opcode::Trapz ? x64::invert(c) : c, d.trap_code(), d.wasm_offset);
      return {};
    }
    case Opcode::Simd: return lower_simd(inst);
    default: break;
  }
  if (d.opcode == Opcode::Select && is_xmm_type(d.type)) return lower_float(inst);
  switch (opcode_info(d.opcode).format) {
    case InstFormat::Load:
    case InstFormat::Store: return lower_memory(inst);
    case InstFormat::Call:
    case InstFormat::CallIndirect: return lower_call(inst);
    default: break;
  }
  switch (d.opcode) {
    case Opcode::MemorySize:
    case Opcode::MemoryGrow:
    case Opcode::MemoryCopy:
    case Opcode::MemoryFill:
    case Opcode::MemoryInit:
    case Opcode::DataDrop:
    case Opcode::GlobalGet:
    case Opcode::GlobalSet:
    case Opcode::HeapBase: return lower_memory(inst);
    case Opcode::TableGet:
    case Opcode::TableSet:
    case Opcode::TableSize:
    case Opcode::TableGrow:
    case Opcode::TableFill:
    case Opcode::TableCopy:
    case Opcode::TableInit:
    case Opcode::ElemDrop:
    case Opcode::RefFunc: return lower_table(inst);
    default: break;
  }
  if (is_float(d.type) || d.opcode == Opcode::Fcmp || d.opcode == Opcode::Bitcast || d.opcode == Opcode::FcvtToSint ||
      d.opcode == Opcode::FcvtToUint || d.opcode == Opcode::FcvtToSintSat || d.opcode == Opcode::FcvtToUintSat) {
    return lower_float(inst);
  }
  return lower_int(inst);
}

void Lowering::emit_trap_if(x64::Cond cond, compile::TrapCode code, uint32_t wasm_offset) {
  MInst m = make(MOp::TrapIf, x64::S64, static_cast<uint8_t>(cond));
  m.trap_code = static_cast<uint8_t>(code);
  m.wasm_offset = wasm_offset;
  push(m, {});
}

const compile::abi::Signature& Lowering::signature(uint32_t type_index) {
  int32_t& idx = sig_index_[type_index];
  if (idx < 0) {
    const wasm::FuncType& ft = env_->module->types[type_index];
    idx = static_cast<int32_t>(sigs_.size());
    sigs_.push_back(compile::abi::compute_signature(ft.params, ft.results));
  }
  return sigs_[idx];
}

}  // namespace tandem::optimizing::isel
