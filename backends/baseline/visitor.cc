// The visitor's driver: prologue, the one pass over the operators through
// the dispatch table, and the frame size patched at the end.
#include "backends/baseline/visitor.h"

#include <array>
#include <utility>

#include "shared_compile/vmcontext.h"
#include "wasm/simd_use.h"

namespace tandem::baseline {

namespace {

using FC = FunctionCompiler;
using wasm::OpClass;
using wasm::Opcode;

// The lowering of one operator: its own visit method where it has its own
// rules, else its class's (opcodes.def's last column).
FC::Visit visit_for(Opcode op, OpClass cls) {
  if (wasm::is_simd(op)) return FC::simd_visit_for(op);
  switch (op) {
    case Opcode::Unreachable: return &FC::visit_unreachable;
    case Opcode::Nop: return &FC::visit_nop;
    case Opcode::Block: return &FC::visit_block;
    case Opcode::Loop: return &FC::visit_loop;
    case Opcode::If: return &FC::visit_if;
    case Opcode::Else: return &FC::visit_else;
    case Opcode::End: return &FC::visit_end;
    case Opcode::Br: return &FC::visit_br;
    case Opcode::BrIf: return &FC::visit_br_if;
    case Opcode::BrTable: return &FC::visit_br_table;
    case Opcode::Return: return &FC::visit_return;
    case Opcode::Call: return &FC::visit_call;
    case Opcode::CallIndirect: return &FC::visit_call_indirect;
    case Opcode::Drop: return &FC::visit_drop;
    case Opcode::Select:
    case Opcode::SelectT: return &FC::visit_select;
    case Opcode::LocalGet: return &FC::visit_local_get;
    case Opcode::LocalSet: return &FC::visit_local_set;
    case Opcode::LocalTee: return &FC::visit_local_tee;
    case Opcode::GlobalGet: return &FC::visit_global_get;
    case Opcode::GlobalSet: return &FC::visit_global_set;
    case Opcode::TableGet: return &FC::visit_table_get;
    case Opcode::TableSet: return &FC::visit_table_set;
    case Opcode::TableSize: return &FC::visit_table_size;
    case Opcode::TableGrow: return &FC::visit_table_grow;
    case Opcode::TableFill: return &FC::visit_table_fill;
    case Opcode::TableCopy: return &FC::visit_table_copy;
    case Opcode::TableInit: return &FC::visit_table_init;
    case Opcode::ElemDrop: return &FC::visit_elem_drop;
    case Opcode::MemorySize: return &FC::visit_memory_size;
    case Opcode::MemoryGrow: return &FC::visit_memory_grow;
    case Opcode::MemoryInit: return &FC::visit_memory_init;
    case Opcode::DataDrop: return &FC::visit_data_drop;
    case Opcode::MemoryCopy: return &FC::visit_memory_copy;
    case Opcode::MemoryFill: return &FC::visit_memory_fill;
    case Opcode::RefNull: return &FC::visit_ref_null;
    case Opcode::RefIsNull: return &FC::visit_ref_is_null;
    case Opcode::RefFunc: return &FC::visit_ref_func;
    // copysign is in the FloatUnary class but takes two operands.
    case Opcode::F32Copysign:
    case Opcode::F64Copysign: return &FC::visit_float_arith;
    default: break;
  }

  switch (cls) {
    case OpClass::Load: return &FC::visit_load;
    case OpClass::Store: return &FC::visit_store;
    case OpClass::Const: return &FC::visit_const;
    case OpClass::IntCompare: return &FC::visit_int_compare;
    case OpClass::IntUnary: return &FC::visit_int_unary;
    case OpClass::IntArith: return &FC::visit_int_arith;
    case OpClass::IntDivRem: return &FC::visit_int_div_rem;
    case OpClass::IntShift: return &FC::visit_int_shift;
    case OpClass::FloatCompare: return &FC::visit_float_compare;
    case OpClass::FloatUnary: return &FC::visit_float_unary;
    case OpClass::FloatRound: return &FC::visit_float_round;
    case OpClass::FloatArith:
    case OpClass::FloatMinMax: return &FC::visit_float_arith;
    case OpClass::Convert: return &FC::visit_convert;
    case OpClass::Truncate:
    case OpClass::TruncSat: return &FC::visit_truncate;
    case OpClass::Reinterpret: return &FC::visit_reinterpret;
    case OpClass::SignExtend: return &FC::visit_sign_extend;
    default: return &FC::visit_unsupported;
  }
}

const std::array<FC::Visit, wasm::kNumOpcodes> kVisitors = {
#define WASM_OP(name, prefix, code, text, imm, in0, in1, in2, out, traps, cls, width, comm, nan, lanes) \
  visit_for(Opcode::name, OpClass::cls),
#include "wasm/opcodes.def"
#undef WASM_OP
};

// Operators that keep the block structure in step inside unreachable code.
bool is_structural(Opcode op) {
  return op == Opcode::Block || op == Opcode::Loop || op == Opcode::If || op == Opcode::Else || op == Opcode::End;
}

}  // namespace

FunctionCompiler::FunctionCompiler(MacroAssembler& masm, const compile::Settings& settings,
                                   compile::CompileBudget* budget)
    : masm_(masm), settings_(settings), ctx_(masm, budget), moves_(budget) {}

Status FunctionCompiler::visit_unsupported(const wasm::Op& op) {
  return compile::unsupported_operator(wasm::op_name(op.opcode), op.offset);
}

Result<uint32_t> FunctionCompiler::compile(const compile::ModuleEnv& env, uint32_t func_index) {
  env_ = &env;
  module_ = env.module;
  ++epoch_;  // signatures cached for another function (or module) are stale
  func_index_ = func_index;
  const wasm::Function& func = module_->defined_func(func_index);
  const wasm::FuncType& type = module_->types[func.type_index];
  sig_ = compile::abi::compute_signature(type.params, type.results);
  ctx_.reset(*module_, func, sig_, wasm::function_uses_simd(*module_, func_index));
  control_depth_ = 0;
  reachable_ = true;

  // Prologue: frame, VMContext slot, register parameters into their local
  // slots, declared locals zeroed.
  masm_.start_source_loc(func.body_start);
  const Label overflow =
      settings_.stack_limit_checks ? masm_.trap_label(TrapCode::StackOverflow, func.code_start) : Label{};
  const PatchSite frame_site = masm_.enter_frame(settings_.stack_limit_checks, overflow);
  Frame& frame = ctx_.frame();
  masm_.store(frame.vmctx_slot(), masm_.vmctx(), StoreKind::I64);
  for (uint32_t i = 0; i < frame.num_params(); ++i) {
    const compile::abi::Location& loc = sig_.params[i];
    if (loc.kind == compile::abi::Location::Kind::Stack) continue;
    const Reg r = loc.kind == compile::abi::Location::Kind::Gpr ? Reg::gpr(loc.reg) : Reg::fpr(loc.reg);
    masm_.store(frame.local(i), r, store_kind_of(frame.local_type(i)));
    // The parameter register still holds the value: it caches the local.
    ctx_.regs().cache_local(i, r);
  }
  masm_.zero_slots(frame.declared_locals_first(), frame.declared_locals_words());
  masm_.end_source_loc();

  ControlFrame& body = push_frame(ControlFrame::Kind::Function, wasm::BlockType{});
  body.func_type = &type;
  body.stack_base = 0;

  // One operator of lookahead, so that a comparison can fuse with the branch
  // that consumes it.
  wasm::OpReader reader(module_->bytes, func.code_start, func.code_end);
  wasm::Op slots[2];
  wasm::Op* op = &slots[0];
  wasm::Op* next = &slots[1];
  bool have_op = !reader.done(), have_next = false;
  if (have_op) {
    TANDEM_TRY(*op, reader.next());
  }
  while (have_op) {
    if (op->opcode == Opcode::BrTable) {
      // Its targets live in the reader until the next read.
      br_targets_.assign(op->br_targets.begin(), op->br_targets.end());
      op->br_targets = br_targets_;
    }
    have_next = !reader.done();
    if (have_next) {
      TANDEM_TRY(*next, reader.next());
    }
    lookahead_ = have_next ? next : nullptr;
    consumed_lookahead_ = false;
    if (reachable_ || is_structural(op->opcode)) {
      masm_.start_source_loc(op->offset);
      Status status = (this->*kVisitors[static_cast<size_t>(op->opcode)])(*op);
      masm_.end_source_loc();
      if (!status.ok()) return status.take_error();
#ifdef TANDEM_VERIFY_IR
      ctx_.stack().verify();
#endif
    }
    if (consumed_lookahead_) {
      have_next = !reader.done();
      if (have_next) {
        TANDEM_TRY(*next, reader.next());
      }
    }
    std::swap(op, next);
    have_op = have_next;
  }
  lookahead_ = nullptr;
  TANDEM_CHECK(control_depth_ == 0, "the body ended inside a block");

  const uint32_t frame_bytes = frame.frame_bytes(ctx_.stack().max_size());
  masm_.patch_frame_size(frame_site, frame_bytes);
  return frame_bytes;
}

bool FunctionCompiler::fuse_with_next(const BranchCondition& cond, Status* status) {
  if (!lookahead_) return false;
  const wasm::Op& next = *lookahead_;
  if (next.opcode != Opcode::BrIf && next.opcode != Opcode::If) return false;
  // The branch's code is the next operator's.
  masm_.end_source_loc();
  masm_.start_source_loc(next.offset);
  *status = next.opcode == Opcode::BrIf ? emit_br_if(next, cond) : emit_if(next, cond);
  consumed_lookahead_ = true;
  return true;
}

Operand FunctionCompiler::pop_rhs(RegSet* pinned) {
  const Operand op = ctx_.pop_to_operand();
  if (op.is_reg()) *pinned = pinned->with(op.reg);
  return op;
}

void FunctionCompiler::maybe_canonicalize(FloatWidth w, Reg r) {
  if (settings_.nan_canonicalization) masm_.canonicalize_nan(w, r);
}

}  // namespace tandem::baseline
