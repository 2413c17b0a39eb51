#include "generator/body_rewriter.h"

#include <algorithm>

#include "generator/edge_values.h"

namespace tandem::generator {

using wasm::Op;
using wasm::Opcode;
using wasm::OpInfo;
using wasm::SigType;
using wasm::ValType;

namespace {

constexpr uint32_t kNone = UINT32_MAX;

constexpr Opcode kI32Unary[] = {Opcode::I32Eqz,    Opcode::I32Clz,      Opcode::I32Ctz,
                                Opcode::I32Popcnt, Opcode::I32Extend8S, Opcode::I32Extend16S};
constexpr Opcode kI64Unary[] = {Opcode::I64Clz,      Opcode::I64Ctz,       Opcode::I64Popcnt,
                                Opcode::I64Extend8S, Opcode::I64Extend16S, Opcode::I64Extend32S};
constexpr Opcode kF32Unary[] = {Opcode::F32Abs,   Opcode::F32Neg,     Opcode::F32Ceil, Opcode::F32Floor,
                                Opcode::F32Trunc, Opcode::F32Nearest, Opcode::F32Sqrt};
constexpr Opcode kF64Unary[] = {Opcode::F64Abs,   Opcode::F64Neg,     Opcode::F64Ceil, Opcode::F64Floor,
                                Opcode::F64Trunc, Opcode::F64Nearest, Opcode::F64Sqrt};

// Binary operators that cannot trap: an inserted one never ends a run early.
constexpr Opcode kI32Binary[] = {Opcode::I32Add,  Opcode::I32Sub,  Opcode::I32Mul, Opcode::I32And,
                                 Opcode::I32Or,   Opcode::I32Xor,  Opcode::I32Shl, Opcode::I32ShrS,
                                 Opcode::I32ShrU, Opcode::I32Rotl, Opcode::I32Rotr};
constexpr Opcode kI64Binary[] = {Opcode::I64Add,  Opcode::I64Sub,  Opcode::I64Mul, Opcode::I64And,
                                 Opcode::I64Or,   Opcode::I64Xor,  Opcode::I64Shl, Opcode::I64ShrS,
                                 Opcode::I64ShrU, Opcode::I64Rotl, Opcode::I64Rotr};
constexpr Opcode kF32Binary[] = {Opcode::F32Add, Opcode::F32Sub, Opcode::F32Mul,     Opcode::F32Div,
                                 Opcode::F32Min, Opcode::F32Max, Opcode::F32Copysign};
constexpr Opcode kF64Binary[] = {Opcode::F64Add, Opcode::F64Sub, Opcode::F64Mul,     Opcode::F64Div,
                                 Opcode::F64Min, Opcode::F64Max, Opcode::F64Copysign};

// Commutative on every bit of every input: integer add, mul and the
// bitwise operators, and equality (float add and mul are left out: which
// NaN payload they propagate depends on the operand order).
bool commutative(Opcode op) {
  switch (op) {
    case Opcode::I32Add:
    case Opcode::I32Mul:
    case Opcode::I32And:
    case Opcode::I32Or:
    case Opcode::I32Xor:
    case Opcode::I32Eq:
    case Opcode::I32Ne:
    case Opcode::I64Add:
    case Opcode::I64Mul:
    case Opcode::I64And:
    case Opcode::I64Or:
    case Opcode::I64Xor:
    case Opcode::I64Eq:
    case Opcode::I64Ne:
    case Opcode::F32Eq:
    case Opcode::F32Ne:
    case Opcode::F64Eq:
    case Opcode::F64Ne: return true;
    default: return false;
  }
}

int numeric_slot(ValType t) {
  switch (t) {
    case ValType::I32: return 0;
    case ValType::I64: return 1;
    case ValType::F32: return 2;
    case ValType::F64: return 3;
    default: return -1;
  }
}

bool is_const(Opcode op) {
  return op == Opcode::I32Const || op == Opcode::I64Const || op == Opcode::F32Const || op == Opcode::F64Const;
}

ValType const_type(Opcode op) {
  switch (op) {
    case Opcode::I32Const: return ValType::I32;
    case Opcode::I64Const: return ValType::I64;
    case Opcode::F32Const: return ValType::F32;
    default: return ValType::F64;
  }
}

bool two_equal_operands(const OpInfo& info) {
  return info.has_fixed_signature() && info.num_operands() == 2 && info.in[0] == info.in[1];
}

// Operators WrapInBlock may wrap: the fixed-signature ones with a result
// (their operands become the block's parameters) and the producers of a
// value from nothing.
bool wrappable(const Op& op) {
  const OpInfo& info = wasm::op_info(op.opcode);
  if (info.has_fixed_signature()) return info.out != SigType::None;
  return op.opcode == Opcode::LocalGet || op.opcode == Opcode::GlobalGet || op.opcode == Opcode::RefNull ||
         op.opcode == Opcode::RefFunc;
}

// A float result computed from float operands whose NaN bits the spec
// leaves open (the generator's rule, generator/README.md "NaN policy"):
// every float operator but abs, neg and copysign, which touch only the sign.
bool nan_bits_open(Opcode op) {
  const OpInfo& info = wasm::op_info(op);
  if (!info.has_fixed_signature() || info.out == SigType::None || !wasm::is_float(wasm::sig_val_type(info.out)))
    return false;
  bool float_in = false;
  for (SigType t : info.in) float_in |= t == SigType::F32 || t == SigType::F64;
  return float_in && op != Opcode::F32Abs && op != Opcode::F64Abs && op != Opcode::F32Neg && op != Opcode::F64Neg &&
         op != Opcode::F32Copysign && op != Opcode::F64Copysign;
}

}  // namespace

std::span<const Opcode> unary_ops_for(ValType t) {
  switch (t) {
    case ValType::I32: return kI32Unary;
    case ValType::I64: return kI64Unary;
    case ValType::F32: return kF32Unary;
    case ValType::F64: return kF64Unary;
    default: return {};
  }
}

std::span<const Opcode> binary_ops_for(ValType t) {
  switch (t) {
    case ValType::I32: return kI32Binary;
    case ValType::I64: return kI64Binary;
    case ValType::F32: return kF32Binary;
    case ValType::F64: return kF64Binary;
    default: return {};
  }
}

bool edit_fits(MutationKind kind, const EditSite& site) {
  const Op& op = *site.op;
  const OpInfo& info = wasm::op_info(op.opcode);
  const bool numeric_result = site.has_result && numeric_slot(site.result) >= 0;
  switch (kind) {
    case MutationKind::ConstEdge: return is_const(op.opcode);
    case MutationKind::SwapOperands: return two_equal_operands(info);
    case MutationKind::CommuteOperands: return commutative(op.opcode);
    case MutationKind::InsertUnary:
    case MutationKind::InsertBinaryConst: return numeric_result;
    case MutationKind::AddZero: return site.has_result && wasm::is_int(site.result);
    case MutationKind::DoubleNegate: return site.has_result && wasm::is_float(site.result);
    case MutationKind::RemoveOp:
      // A v128 result made of other types would need a v128 constant in its place.
      return info.has_fixed_signature() && info.num_operands() >= 1 &&
             (info.out != SigType::V128 || info.in[0] == SigType::V128);
    case MutationKind::BranchDepth:
      return op.opcode == Opcode::Br || op.opcode == Opcode::BrIf || op.opcode == Opcode::BrTable;
    case MutationKind::WrapInBlock: return site.has_result && wrappable(op);
    case MutationKind::Probe:
      return (numeric_result || (site.has_result && site.result == ValType::V128)) && !is_const(op.opcode) &&
             op.opcode != Opcode::V128Const;
    case MutationKind::DuplicateFunction:
    case MutationKind::RetypeLocal:
    case MutationKind::RenumberLocals: return false;  // whole functions, not sites
  }
  return false;
}

BodyRewriter::BodyRewriter(const wasm::Module& source) : m_(source), typer_(source) {}

uint32_t BodyRewriter::local_index(uint32_t source_index) const {
  if (source_index < num_params_ || plan_->local_order.empty()) return source_index;
  return num_params_ + plan_->local_order[source_index - num_params_];
}

uint32_t BodyRewriter::scratch_local(ValType t, uint32_t which) {
  const int numeric = numeric_slot(t);
  TANDEM_CHECK(numeric >= 0 || t == ValType::V128, "a scratch local of a reference type");
  uint32_t& slot = scratch_[numeric >= 0 ? static_cast<size_t>(numeric) : 4][which];
  if (slot == kNone) {
    slot = num_params_ + static_cast<uint32_t>(local_types_.size());
    local_types_.push_back(t);
  }
  return slot;
}

// As the generator does (generator/README.md, "Termination: fuel").
void BodyRewriter::emit_fuel_check(uint32_t global) {
  code_.opcode(Opcode::GlobalGet);
  code_.u32(global);
  code_.opcode(Opcode::I32Eqz);
  code_.opcode(Opcode::If);
  code_.block_type_empty();
  code_.opcode(Opcode::Unreachable);
  code_.opcode(Opcode::End);
  code_.opcode(Opcode::GlobalGet);
  code_.u32(global);
  code_.opcode(Opcode::I32Const);
  code_.s32(1);
  code_.opcode(Opcode::I32Sub);
  code_.opcode(Opcode::GlobalSet);
  code_.u32(global);
}

// A retyped local holds the i32 zero-extended: extend_u on the way in,
// wrap on the way out, so every value read is the one written.
void BodyRewriter::emit_local_op(const Op& op) {
  const bool retyped = static_cast<int64_t>(op.index) == plan_->retype_local;
  const uint32_t index = local_index(op.index);
  if (retyped && op.opcode != Opcode::LocalGet) code_.opcode(Opcode::I64ExtendI32U);
  code_.opcode(op.opcode);
  code_.u32(index);
  if (retyped && op.opcode != Opcode::LocalSet) code_.opcode(Opcode::I32WrapI64);
}

// x -> (x == x) ? x : canonical NaN, through a scratch local, as the
// generator does.
void BodyRewriter::emit_canonical_nan(ValType t) {
  const uint32_t s = scratch_local(t, 0);
  code_.opcode(Opcode::LocalTee);
  code_.u32(s);
  emit_const(t, t == ValType::F32 ? kCanonicalNanF32 : kCanonicalNanF64);
  code_.opcode(Opcode::LocalGet);
  code_.u32(s);
  code_.opcode(Opcode::LocalGet);
  code_.u32(s);
  code_.opcode(t == ValType::F32 ? Opcode::F32Eq : Opcode::F64Eq);
  code_.opcode(Opcode::Select);
}

void BodyRewriter::emit_const(ValType t, uint64_t bits) {
  switch (t) {
    case ValType::I32:
      code_.opcode(Opcode::I32Const);
      code_.s32(static_cast<int32_t>(static_cast<uint32_t>(bits)));
      break;
    case ValType::I64:
      code_.opcode(Opcode::I64Const);
      code_.s64(static_cast<int64_t>(bits));
      break;
    case ValType::F32:
      code_.opcode(Opcode::F32Const);
      code_.f32_bits(static_cast<uint32_t>(bits));
      break;
    case ValType::F64:
      code_.opcode(Opcode::F64Const);
      code_.f64_bits(bits);
      break;
    default:
      code_.opcode(Opcode::RefNull);
      code_.val_type(t);
      break;
  }
}

void BodyRewriter::emit_op(const Op& op, std::span<const uint8_t> raw, EditPolicy* policy) {
  switch (op.opcode) {
    case Opcode::Call: {
      uint32_t callee = plan_->funcs[op.index].index;
      if (policy) callee = policy->redirect_call(op.index, callee);
      code_.opcode(Opcode::Call);
      code_.u32(callee);
      return;
    }
    case Opcode::RefFunc: {
      const FuncRemap& f = plan_->funcs[op.index];
      if (f.referable) {
        code_.opcode(Opcode::RefFunc);
        code_.u32(f.index);
      } else {
        emit_const(ValType::FuncRef, 0);
      }
      return;
    }
    case Opcode::LocalGet:
    case Opcode::LocalSet:
    case Opcode::LocalTee: emit_local_op(op); return;
    default: code_.raw(raw); return;
  }
}

bool BodyRewriter::emit_branch_retargeted(const Op& op, uint32_t choice) {
  uint32_t slot = 0, current = op.index;
  if (op.opcode == Opcode::BrTable) {
    slot = choice % op.br_targets.size();
    choice /= static_cast<uint32_t>(op.br_targets.size());
    current = op.br_targets[slot];
  }
  std::span<const ValType> label = typer_.label_types(current);
  candidates_.clear();
  for (uint32_t d = 0; d < typer_.control_depth(); ++d) {
    std::span<const ValType> other = typer_.label_types(d);
    if (d != current && std::equal(label.begin(), label.end(), other.begin(), other.end())) candidates_.push_back(d);
  }
  if (candidates_.empty()) return false;
  const uint32_t depth = candidates_[choice % candidates_.size()];
  code_.opcode(op.opcode);
  if (op.opcode != Opcode::BrTable) {
    code_.u32(depth);
    return true;
  }
  const size_t n = op.br_targets.size();
  code_.u32(static_cast<uint32_t>(n - 1));
  for (size_t i = 0; i < n; ++i) code_.u32(i == slot ? depth : op.br_targets[i]);
  return true;
}

// The operator's operands dropped and its result replaced by a constant;
// when the result has the first operand's type, that operand stands in.
bool BodyRewriter::emit_removed(const Op& op, uint64_t bits) {
  const OpInfo& info = wasm::op_info(op.opcode);
  const uint32_t n = info.num_operands();
  if (info.out != SigType::None && wasm::sig_val_type(info.in[0]) == wasm::sig_val_type(info.out)) {
    for (uint32_t i = 1; i < n; ++i) code_.opcode(Opcode::Drop);
    return true;
  }
  for (uint32_t i = 0; i < n; ++i) code_.opcode(Opcode::Drop);
  if (info.out != SigType::None) emit_const(wasm::sig_val_type(info.out), bits);
  return true;
}

bool BodyRewriter::apply(const Edit& edit, const EditSite& site, std::span<const uint8_t> raw, EditPolicy* policy,
                         ModuleSpec& spec, std::span<const ValType> operands) {
  const Op& op = *site.op;
  switch (edit.kind) {
    case MutationKind::ConstEdge: emit_const(const_type(op.opcode), edit.bits); return true;

    case MutationKind::SwapOperands:
    case MutationKind::CommuteOperands: {
      if (operands.size() != 2 || operands[0] != operands[1] || numeric_slot(operands[0]) < 0) return false;
      const uint32_t a = scratch_local(operands[0], 0), b = scratch_local(operands[0], 1);
      code_.opcode(Opcode::LocalSet);
      code_.u32(b);
      code_.opcode(Opcode::LocalSet);
      code_.u32(a);
      code_.opcode(Opcode::LocalGet);
      code_.u32(b);
      code_.opcode(Opcode::LocalGet);
      code_.u32(a);
      emit_op(op, raw, policy);
      return true;
    }

    case MutationKind::InsertUnary: {
      const OpInfo& info = wasm::op_info(edit.op);
      if (!info.has_fixed_signature() || info.num_operands() != 1 || info.out == SigType::None ||
          wasm::sig_val_type(info.in[0]) != site.result || wasm::sig_val_type(info.out) != site.result)
        return false;
      emit_op(op, raw, policy);
      code_.opcode(edit.op);
      return true;
    }

    case MutationKind::InsertBinaryConst:
    case MutationKind::AddZero: {
      const Opcode binop = edit.kind == MutationKind::AddZero
                               ? (site.result == ValType::I32 ? Opcode::I32Add : Opcode::I64Add)
                               : edit.op;
      const uint64_t k = edit.kind == MutationKind::AddZero ? 0 : edit.bits;
      const OpInfo& info = wasm::op_info(binop);
      if (!two_equal_operands(info) || info.out == SigType::None || wasm::sig_val_type(info.in[0]) != site.result ||
          wasm::sig_val_type(info.out) != site.result)
        return false;
      emit_op(op, raw, policy);
      emit_const(site.result, k);
      code_.opcode(binop);
      return true;
    }

    case MutationKind::DoubleNegate: {
      const Opcode neg = site.result == ValType::F32 ? Opcode::F32Neg : Opcode::F64Neg;
      emit_op(op, raw, policy);
      code_.opcode(neg);
      code_.opcode(neg);
      return true;
    }

    case MutationKind::RemoveOp: return emit_removed(op, edit.bits);

    case MutationKind::BranchDepth: return emit_branch_retargeted(op, edit.choice);

    case MutationKind::WrapInBlock: {
      const OpInfo& info = wasm::op_info(op.opcode);
      code_.opcode(Opcode::Block);
      if (info.has_fixed_signature() && info.num_operands() > 0) {
        ValType params[3];
        for (uint32_t i = 0; i < info.num_operands(); ++i) params[i] = wasm::sig_val_type(info.in[i]);
        const ValType result = site.result;
        code_.block_type_index(spec.intern_type({params, info.num_operands()}, {&result, 1}));
      } else {
        code_.block_type(site.result);
      }
      emit_op(op, raw, policy);
      code_.opcode(Opcode::End);
      return true;
    }

    case MutationKind::Probe: {
      // value -> value, with probe(value, offset) called on the way; a
      // v128 as its two i64 halves, low first (the probes are scalar).
      const uint32_t s = scratch_local(site.result, 0);
      emit_op(op, raw, policy);
      code_.opcode(Opcode::LocalTee);
      code_.u32(s);
      if (site.result == ValType::V128) {
        for (uint8_t half = 0; half < 2; ++half) {
          if (half) {
            code_.opcode(Opcode::LocalGet);
            code_.u32(s);
          }
          code_.opcode(Opcode::I64X2ExtractLane);
          code_.u8(half);
          code_.opcode(Opcode::I32Const);
          code_.s32(static_cast<int32_t>(op.offset));
          code_.opcode(Opcode::Call);
          code_.u32(plan_->probe_funcs[numeric_slot(ValType::I64)]);
        }
      } else {
        code_.opcode(Opcode::I32Const);
        code_.s32(static_cast<int32_t>(op.offset));
        code_.opcode(Opcode::Call);
        code_.u32(plan_->probe_funcs[numeric_slot(site.result)]);
      }
      code_.opcode(Opcode::LocalGet);
      code_.u32(s);
      return true;
    }

    case MutationKind::DuplicateFunction:
    case MutationKind::RetypeLocal:
    case MutationKind::RenumberLocals: return false;
  }
  return false;
}

void BodyRewriter::write_entry(ModuleSpec& spec) {
  locals_.clear();
  uint32_t runs = 0;
  for (size_t i = 0; i < local_types_.size(); ++i) runs += i == 0 || local_types_[i] != local_types_[i - 1];
  locals_.u32(runs);
  for (size_t i = 0; i < local_types_.size();) {
    size_t j = i;
    while (j < local_types_.size() && local_types_[j] == local_types_[i]) ++j;
    locals_.u32(static_cast<uint32_t>(j - i));
    locals_.val_type(local_types_[i]);
    i = j;
  }
  spec.code.u32(static_cast<uint32_t>(locals_.size() + code_.size()));
  spec.code.append(locals_);
  spec.code.append(code_);
}

namespace {

// Whether `op` pushes exactly one value (and pops what it pops).
bool pushes_one(const wasm::Module& m, const Op& op) {
  const OpInfo& info = wasm::op_info(op.opcode);
  if (info.has_fixed_signature()) return info.out != SigType::None;
  switch (op.opcode) {
    case Opcode::LocalGet:
    case Opcode::LocalTee:
    case Opcode::GlobalGet:
    case Opcode::Select:
    case Opcode::SelectT:
    case Opcode::TableGet:
    case Opcode::TableSize:
    case Opcode::TableGrow:
    case Opcode::RefNull:
    case Opcode::RefIsNull:
    case Opcode::RefFunc: return true;
    case Opcode::Call: return m.func_type(op.index).results.size() == 1;
    case Opcode::CallIndirect: return m.types[op.index].results.size() == 1;
    default: return false;
  }
}

}  // namespace

Status BodyRewriter::rewrite(const BodyPlan& plan, EditPolicy* policy, ModuleSpec& spec, MutationCounts& counts) {
  plan_ = &plan;
  const wasm::Function& f = m_.functions[plan.source_func];
  num_params_ = static_cast<uint32_t>(m_.types[f.type_index].params.size());

  local_types_.assign(f.num_locals, ValType::I32);
  uint32_t declared = 0;
  for (const wasm::LocalRun& run : f.locals) {
    for (uint32_t k = 0; k < run.count; ++k, ++declared) {
      ValType t = static_cast<int64_t>(num_params_ + declared) == plan.retype_local ? ValType::I64 : run.type;
      local_types_[plan.local_order.empty() ? declared : plan.local_order[declared]] = t;
    }
  }
  for (auto& pair : scratch_) pair = {kNone, kNone};

  code_.clear();
  typer_.begin(f);
  if (plan.inject_fuel) emit_fuel_check(plan.fuel_global);

  wasm::OpReader reader(m_.bytes, f.code_start, f.code_end);
  uint32_t ordinal = plan.ordinal_base;
  while (!reader.done()) {
    const uint32_t start = reader.position();
    Result<Op> next = reader.next();
    if (!next.ok()) return next.take_error();
    const Op& op = *next;
    const std::span<const uint8_t> raw = std::span<const uint8_t>(m_.bytes).subspan(start, reader.position() - start);
    if (plan.usage) {
      ++plan.usage->op_counts[static_cast<size_t>(op.opcode)];
      ++plan.usage->class_counts[static_cast<size_t>(wasm::op_info(op.opcode).cls)];
    }

    const bool reachable = !typer_.unreachable();
    before_.clear();
    if (reachable) {
      std::span<const ValType> stack = typer_.stack();
      size_t avail = std::min<size_t>(2, stack.size() - typer_.frame_height());
      before_.assign(stack.end() - avail, stack.end());
    }
    TANDEM_TRY_STATUS(typer_.step(op));

    EditSite site;
    site.op = &op;
    site.ordinal = ordinal;
    if (reachable && pushes_one(m_, op) && !typer_.unreachable() && !typer_.stack().empty() &&
        typer_.stack().back() != wasm::BodyTyper::kUnknown) {
      site.has_result = true;
      site.result = typer_.stack().back();
    }
    Edit edit;
    bool applied = false;
    if (policy && reachable && policy->choose(site, edit) && edit_fits(edit.kind, site) &&
        apply(edit, site, raw, policy, spec, before_)) {
      applied = true;
      ++counts[edit.kind];
    }
    if (!applied) emit_op(op, raw, policy);
    if (plan.canonicalize_nans && site.has_result && wasm::is_float(site.result) &&
        (nan_bits_open(op.opcode) ||
         (applied && (edit.kind == MutationKind::InsertUnary || edit.kind == MutationKind::InsertBinaryConst) &&
          nan_bits_open(edit.op))))
      emit_canonical_nan(site.result);
    if (op.opcode == Opcode::Loop && plan.inject_fuel) emit_fuel_check(plan.fuel_global);
    ++ordinal;
  }
  if (!typer_.finished()) return make_error(ErrorKind::Internal, "body rewriter: the body did not end");
  ops_rewritten_ = ordinal - plan.ordinal_base;
  write_entry(spec);
  return {};
}

}  // namespace tandem::generator
