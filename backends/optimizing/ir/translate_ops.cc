// The translator's non-control operators: each pops its operands, emits
// one IR instruction (a few for eqz) and pushes the result.
#include "backends/optimizing/ir/translator.h"

namespace tandem::optimizing::ir {

using WasmOp = wasm::Opcode;
using IrOp = ir::Opcode;

namespace {

struct NumericOp {
  enum class Kind : uint8_t { None, Unary, Binary, IntCompare, FloatCompare, Eqz };
  Kind kind = Kind::None;
  IrOp op = IrOp::Iconst;
  Type type = Type::None;  // the instruction's controlling type
  uint8_t cond = 0;
};

constexpr NumericOp un(IrOp op, Type t) { return {NumericOp::Kind::Unary, op, t, 0}; }
constexpr NumericOp bin(IrOp op, Type t) { return {NumericOp::Kind::Binary, op, t, 0}; }
constexpr NumericOp icmp(IntCC cc, Type t) {
  return {NumericOp::Kind::IntCompare, IrOp::Icmp, t, static_cast<uint8_t>(cc)};
}
constexpr NumericOp fcmp(FloatCC cc, Type t) {
  return {NumericOp::Kind::FloatCompare, IrOp::Fcmp, t, static_cast<uint8_t>(cc)};
}

NumericOp numeric_op(WasmOp op) {
  constexpr Type I32 = Type::I32, I64 = Type::I64, F32 = Type::F32, F64 = Type::F64;
  switch (op) {
    case WasmOp::I32Eqz: return {NumericOp::Kind::Eqz, IrOp::Icmp, I32, 0};
    case WasmOp::I64Eqz: return {NumericOp::Kind::Eqz, IrOp::Icmp, I64, 0};
    case WasmOp::I32Eq: return icmp(IntCC::Eq, I32);
    case WasmOp::I32Ne: return icmp(IntCC::Ne, I32);
    case WasmOp::I32LtS: return icmp(IntCC::Slt, I32);
    case WasmOp::I32LtU: return icmp(IntCC::Ult, I32);
    case WasmOp::I32GtS: return icmp(IntCC::Sgt, I32);
    case WasmOp::I32GtU: return icmp(IntCC::Ugt, I32);
    case WasmOp::I32LeS: return icmp(IntCC::Sle, I32);
    case WasmOp::I32LeU: return icmp(IntCC::Ule, I32);
    case WasmOp::I32GeS: return icmp(IntCC::Sge, I32);
    case WasmOp::I32GeU: return icmp(IntCC::Uge, I32);
    case WasmOp::I64Eq: return icmp(IntCC::Eq, I64);
    case WasmOp::I64Ne: return icmp(IntCC::Ne, I64);
    case WasmOp::I64LtS: return icmp(IntCC::Slt, I64);
    case WasmOp::I64LtU: return icmp(IntCC::Ult, I64);
    case WasmOp::I64GtS: return icmp(IntCC::Sgt, I64);
    case WasmOp::I64GtU: return icmp(IntCC::Ugt, I64);
    case WasmOp::I64LeS: return icmp(IntCC::Sle, I64);
    case WasmOp::I64LeU: return icmp(IntCC::Ule, I64);
    case WasmOp::I64GeS: return icmp(IntCC::Sge, I64);
    case WasmOp::I64GeU: return icmp(IntCC::Uge, I64);
    case WasmOp::F32Eq: return fcmp(FloatCC::Eq, F32);
    case WasmOp::F32Ne: return fcmp(FloatCC::Ne, F32);
    case WasmOp::F32Lt: return fcmp(FloatCC::Lt, F32);
    case WasmOp::F32Gt: return fcmp(FloatCC::Gt, F32);
    case WasmOp::F32Le: return fcmp(FloatCC::Le, F32);
    case WasmOp::F32Ge: return fcmp(FloatCC::Ge, F32);
    case WasmOp::F64Eq: return fcmp(FloatCC::Eq, F64);
    case WasmOp::F64Ne: return fcmp(FloatCC::Ne, F64);
    case WasmOp::F64Lt: return fcmp(FloatCC::Lt, F64);
    case WasmOp::F64Gt: return fcmp(FloatCC::Gt, F64);
    case WasmOp::F64Le: return fcmp(FloatCC::Le, F64);
    case WasmOp::F64Ge: return fcmp(FloatCC::Ge, F64);

    case WasmOp::I32Clz: return un(IrOp::Clz, I32);
    case WasmOp::I32Ctz: return un(IrOp::Ctz, I32);
    case WasmOp::I32Popcnt: return un(IrOp::Popcnt, I32);
    case WasmOp::I32Add: return bin(IrOp::Iadd, I32);
    case WasmOp::I32Sub: return bin(IrOp::Isub, I32);
    case WasmOp::I32Mul: return bin(IrOp::Imul, I32);
    case WasmOp::I32DivS: return bin(IrOp::Sdiv, I32);
    case WasmOp::I32DivU: return bin(IrOp::Udiv, I32);
    case WasmOp::I32RemS: return bin(IrOp::Srem, I32);
    case WasmOp::I32RemU: return bin(IrOp::Urem, I32);
    case WasmOp::I32And: return bin(IrOp::Band, I32);
    case WasmOp::I32Or: return bin(IrOp::Bor, I32);
    case WasmOp::I32Xor: return bin(IrOp::Bxor, I32);
    case WasmOp::I32Shl: return bin(IrOp::Ishl, I32);
    case WasmOp::I32ShrS: return bin(IrOp::Sshr, I32);
    case WasmOp::I32ShrU: return bin(IrOp::Ushr, I32);
    case WasmOp::I32Rotl: return bin(IrOp::Rotl, I32);
    case WasmOp::I32Rotr: return bin(IrOp::Rotr, I32);
    case WasmOp::I64Clz: return un(IrOp::Clz, I64);
    case WasmOp::I64Ctz: return un(IrOp::Ctz, I64);
    case WasmOp::I64Popcnt: return un(IrOp::Popcnt, I64);
    case WasmOp::I64Add: return bin(IrOp::Iadd, I64);
    case WasmOp::I64Sub: return bin(IrOp::Isub, I64);
    case WasmOp::I64Mul: return bin(IrOp::Imul, I64);
    case WasmOp::I64DivS: return bin(IrOp::Sdiv, I64);
    case WasmOp::I64DivU: return bin(IrOp::Udiv, I64);
    case WasmOp::I64RemS: return bin(IrOp::Srem, I64);
    case WasmOp::I64RemU: return bin(IrOp::Urem, I64);
    case WasmOp::I64And: return bin(IrOp::Band, I64);
    case WasmOp::I64Or: return bin(IrOp::Bor, I64);
    case WasmOp::I64Xor: return bin(IrOp::Bxor, I64);
    case WasmOp::I64Shl: return bin(IrOp::Ishl, I64);
    case WasmOp::I64ShrS: return bin(IrOp::Sshr, I64);
    case WasmOp::I64ShrU: return bin(IrOp::Ushr, I64);
    case WasmOp::I64Rotl: return bin(IrOp::Rotl, I64);
    case WasmOp::I64Rotr: return bin(IrOp::Rotr, I64);

    case WasmOp::F32Abs: return un(IrOp::Fabs, F32);
    case WasmOp::F32Neg: return un(IrOp::Fneg, F32);
    case WasmOp::F32Ceil: return un(IrOp::Fceil, F32);
    case WasmOp::F32Floor: return un(IrOp::Ffloor, F32);
    case WasmOp::F32Trunc: return un(IrOp::Ftrunc, F32);
    case WasmOp::F32Nearest: return un(IrOp::Fnearest, F32);
    case WasmOp::F32Sqrt: return un(IrOp::Fsqrt, F32);
    case WasmOp::F32Add: return bin(IrOp::Fadd, F32);
    case WasmOp::F32Sub: return bin(IrOp::Fsub, F32);
    case WasmOp::F32Mul: return bin(IrOp::Fmul, F32);
    case WasmOp::F32Div: return bin(IrOp::Fdiv, F32);
    case WasmOp::F32Min: return bin(IrOp::Fmin, F32);
    case WasmOp::F32Max: return bin(IrOp::Fmax, F32);
    case WasmOp::F32Copysign: return bin(IrOp::Fcopysign, F32);
    case WasmOp::F64Abs: return un(IrOp::Fabs, F64);
    case WasmOp::F64Neg: return un(IrOp::Fneg, F64);
    case WasmOp::F64Ceil: return un(IrOp::Fceil, F64);
    case WasmOp::F64Floor: return un(IrOp::Ffloor, F64);
    case WasmOp::F64Trunc: return un(IrOp::Ftrunc, F64);
    case WasmOp::F64Nearest: return un(IrOp::Fnearest, F64);
    case WasmOp::F64Sqrt: return un(IrOp::Fsqrt, F64);
    case WasmOp::F64Add: return bin(IrOp::Fadd, F64);
    case WasmOp::F64Sub: return bin(IrOp::Fsub, F64);
    case WasmOp::F64Mul: return bin(IrOp::Fmul, F64);
    case WasmOp::F64Div: return bin(IrOp::Fdiv, F64);
    case WasmOp::F64Min: return bin(IrOp::Fmin, F64);
    case WasmOp::F64Max: return bin(IrOp::Fmax, F64);
    case WasmOp::F64Copysign: return bin(IrOp::Fcopysign, F64);

    case WasmOp::I32WrapI64: return un(IrOp::Ireduce, I32);
    case WasmOp::I64ExtendI32S: return un(IrOp::Sextend, I64);
    case WasmOp::I64ExtendI32U: return un(IrOp::Uextend, I64);
    case WasmOp::I32TruncF32S:
    case WasmOp::I32TruncF64S: return un(IrOp::FcvtToSint, I32);
    case WasmOp::I32TruncF32U:
    case WasmOp::I32TruncF64U: return un(IrOp::FcvtToUint, I32);
    case WasmOp::I64TruncF32S:
    case WasmOp::I64TruncF64S: return un(IrOp::FcvtToSint, I64);
    case WasmOp::I64TruncF32U:
    case WasmOp::I64TruncF64U: return un(IrOp::FcvtToUint, I64);
    case WasmOp::I32TruncSatF32S:
    case WasmOp::I32TruncSatF64S: return un(IrOp::FcvtToSintSat, I32);
    case WasmOp::I32TruncSatF32U:
    case WasmOp::I32TruncSatF64U: return un(IrOp::FcvtToUintSat, I32);
    case WasmOp::I64TruncSatF32S:
    case WasmOp::I64TruncSatF64S: return un(IrOp::FcvtToSintSat, I64);
    case WasmOp::I64TruncSatF32U:
    case WasmOp::I64TruncSatF64U: return un(IrOp::FcvtToUintSat, I64);
    case WasmOp::F32ConvertI32S:
    case WasmOp::F32ConvertI64S: return un(IrOp::FcvtFromSint, F32);
    case WasmOp::F32ConvertI32U:
    case WasmOp::F32ConvertI64U: return un(IrOp::FcvtFromUint, F32);
    case WasmOp::F64ConvertI32S:
    case WasmOp::F64ConvertI64S: return un(IrOp::FcvtFromSint, F64);
    case WasmOp::F64ConvertI32U:
    case WasmOp::F64ConvertI64U: return un(IrOp::FcvtFromUint, F64);
    case WasmOp::F32DemoteF64: return un(IrOp::Fdemote, F32);
    case WasmOp::F64PromoteF32: return un(IrOp::Fpromote, F64);
    case WasmOp::I32ReinterpretF32: return un(IrOp::Bitcast, I32);
    case WasmOp::I64ReinterpretF64: return un(IrOp::Bitcast, I64);
    case WasmOp::F32ReinterpretI32: return un(IrOp::Bitcast, F32);
    case WasmOp::F64ReinterpretI64: return un(IrOp::Bitcast, F64);

    case WasmOp::I32Extend8S: return un(IrOp::Sext8, I32);
    case WasmOp::I32Extend16S: return un(IrOp::Sext16, I32);
    case WasmOp::I64Extend8S: return un(IrOp::Sext8, I64);
    case WasmOp::I64Extend16S: return un(IrOp::Sext16, I64);
    case WasmOp::I64Extend32S: return un(IrOp::Sext32, I64);
    default: return {};
  }
}

struct MemoryOp {
  IrOp op;
  Type type;
};

bool memory_op(WasmOp op, MemoryOp* out) {
  constexpr Type I32 = Type::I32, I64 = Type::I64, F32 = Type::F32, F64 = Type::F64;
  switch (op) {
    case WasmOp::I32Load: *out = {IrOp::Load, I32}; return true;
    case WasmOp::I64Load: *out = {IrOp::Load, I64}; return true;
    case WasmOp::F32Load: *out = {IrOp::Load, F32}; return true;
    case WasmOp::F64Load: *out = {IrOp::Load, F64}; return true;
    case WasmOp::I32Load8S: *out = {IrOp::Sload8, I32}; return true;
    case WasmOp::I32Load8U: *out = {IrOp::Uload8, I32}; return true;
    case WasmOp::I32Load16S: *out = {IrOp::Sload16, I32}; return true;
    case WasmOp::I32Load16U: *out = {IrOp::Uload16, I32}; return true;
    case WasmOp::I64Load8S: *out = {IrOp::Sload8, I64}; return true;
    case WasmOp::I64Load8U: *out = {IrOp::Uload8, I64}; return true;
    case WasmOp::I64Load16S: *out = {IrOp::Sload16, I64}; return true;
    case WasmOp::I64Load16U: *out = {IrOp::Uload16, I64}; return true;
    case WasmOp::I64Load32S: *out = {IrOp::Sload32, I64}; return true;
    case WasmOp::I64Load32U: *out = {IrOp::Uload32, I64}; return true;
    case WasmOp::I32Store: *out = {IrOp::Store, I32}; return true;
    case WasmOp::I64Store: *out = {IrOp::Store, I64}; return true;
    case WasmOp::F32Store: *out = {IrOp::Store, F32}; return true;
    case WasmOp::F64Store: *out = {IrOp::Store, F64}; return true;
    case WasmOp::I32Store8: *out = {IrOp::Istore8, I32}; return true;
    case WasmOp::I32Store16: *out = {IrOp::Istore16, I32}; return true;
    case WasmOp::I64Store8: *out = {IrOp::Istore8, I64}; return true;
    case WasmOp::I64Store16: *out = {IrOp::Istore16, I64}; return true;
    case WasmOp::I64Store32: *out = {IrOp::Istore32, I64}; return true;
    default: return false;
  }
}

}  // namespace

Status Translator::translate_numeric(const wasm::Op& op) {
  switch (op.opcode) {
    case WasmOp::I32Const: push(b_.iconst(Type::I32, op.i32())); return {};
    case WasmOp::I64Const: push(b_.iconst(Type::I64, op.i64())); return {};
    case WasmOp::F32Const: push(b_.f32const(static_cast<uint32_t>(op.bits))); return {};
    case WasmOp::F64Const: push(b_.f64const(op.bits)); return {};
    default: break;
  }
  NumericOp n = numeric_op(op.opcode);
  switch (n.kind) {
    case NumericOp::Kind::None: return compile::unsupported_operator(wasm::op_name(op.opcode), op.offset);
    case NumericOp::Kind::Unary: {
      Value a = pop();
      push(b_.unary(n.op, n.type, a));
      return {};
    }
    case NumericOp::Kind::Binary: {
      Value rhs = pop();
      Value lhs = pop();
      push(b_.binary(n.op, n.type, lhs, rhs));
      return {};
    }
    case NumericOp::Kind::IntCompare: {
      Value rhs = pop();
      Value lhs = pop();
      push(b_.icmp(static_cast<IntCC>(n.cond), lhs, rhs));
      return {};
    }
    case NumericOp::Kind::FloatCompare: {
      Value rhs = pop();
      Value lhs = pop();
      push(b_.fcmp(static_cast<FloatCC>(n.cond), lhs, rhs));
      return {};
    }
    case NumericOp::Kind::Eqz: {
      Value a = pop();
      Value zero = b_.iconst(n.type, 0);
      push(b_.icmp(IntCC::Eq, a, zero));
      return {};
    }
  }
  return {};
}

BoundsCheck Translator::bounds_check() const {
  return settings_->bounds_checks == compile::BoundsChecks::Guard ? BoundsCheck::Guard : BoundsCheck::Explicit;
}

Status Translator::translate_memory(const wasm::Op& op) {
  BoundsCheck check = bounds_check();
  MemoryOp m;
  if (memory_op(op.opcode, &m)) {
    if (is_load(m.op)) {
      Value index = pop();
      push(b_.load(m.op, m.type, heap_base(), index, op.mem.offset, check));
    } else {
      Value value = pop();
      Value index = pop();
      b_.store(m.op, value, heap_base(), index, op.mem.offset, check);
    }
    return {};
  }
  switch (op.opcode) {
    case WasmOp::MemorySize: push(b_.nullary(IrOp::MemorySize, Type::I32)); return {};
    case WasmOp::MemoryGrow: {
      Value delta = pop();
      push(b_.unary(IrOp::MemoryGrow, Type::I32, delta));
      return {};
    }
    case WasmOp::MemoryCopy:
    case WasmOp::MemoryFill:
    case WasmOp::MemoryInit: {
      Value args[3];
      args[2] = pop();
      args[1] = pop();
      args[0] = pop();
      IrOp ir = op.opcode == WasmOp::MemoryCopy   ? IrOp::MemoryCopy
                : op.opcode == WasmOp::MemoryFill ? IrOp::MemoryFill
                                                  : IrOp::MemoryInit;
      b_.index_args(ir, Type::None, op.opcode == WasmOp::MemoryInit ? op.index : 0, 0, args);
      return {};
    }
    case WasmOp::DataDrop: b_.index_args(IrOp::DataDrop, Type::None, op.index, 0, {}); return {};
    default: return compile::unsupported_operator(wasm::op_name(op.opcode), op.offset);
  }
}

Status Translator::translate_variable_or_table(const wasm::Op& op) {
  switch (op.opcode) {
    case WasmOp::Drop: pop(); return {};
    case WasmOp::Select:
    case WasmOp::SelectT: {
      Value cond = pop();
      Value if_false = pop();
      Value if_true = pop();
      push(b_.select(cond, if_true, if_false));
      return {};
    }
    case WasmOp::LocalGet: push(ssa_.read(op.index, b_.block())); return {};
    case WasmOp::LocalSet: ssa_.write(op.index, b_.block(), pop()); return {};
    case WasmOp::LocalTee: ssa_.write(op.index, b_.block(), stack_.back()); return {};
    case WasmOp::GlobalGet: {
      // An immutable global of this module with a constant initializer is
      // that constant (as the baseline compiler also knows).
      const wasm::Global& g = module_->globals[op.index];
      Type t = type_from_wasm(g.type.type);
      if (!g.type.mutable_ && op.index >= module_->num_imported_globals) {
        switch (g.init.kind) {
          case wasm::ConstExpr::Kind::I32:
          case wasm::ConstExpr::Kind::I64: push(b_.iconst(t, static_cast<int64_t>(g.init.bits))); return {};
          case wasm::ConstExpr::Kind::F32: push(b_.f32const(static_cast<uint32_t>(g.init.bits))); return {};
          case wasm::ConstExpr::Kind::F64: push(b_.f64const(g.init.bits)); return {};
          case wasm::ConstExpr::Kind::RefNull: push(b_.nullary(IrOp::RefNull, Type::Ref)); return {};
          case wasm::ConstExpr::Kind::RefFunc:
            push(f_->first_result(b_.index_args(IrOp::RefFunc, Type::Ref, g.init.index, 0, {})));
            return {};
          case wasm::ConstExpr::Kind::V128: push(b_.vconst({g.init.bits, g.init.bits_hi})); return {};
          case wasm::ConstExpr::Kind::GlobalGet: break;
        }
      }
      push(f_->first_result(b_.index_args(IrOp::GlobalGet, t, op.index, 0, {})));
      return {};
    }
    case WasmOp::GlobalSet: {
      Value v = pop();
      Value args[] = {v};
      b_.index_args(IrOp::GlobalSet, f_->value_type(v), op.index, 0, args);
      return {};
    }
    case WasmOp::TableGet: {
      Value args[] = {pop()};
      push(f_->first_result(b_.index_args(IrOp::TableGet, Type::Ref, op.index, 0, args)));
      return {};
    }
    case WasmOp::TableSet: {
      Value value = pop();
      Value index = pop();
      Value args[] = {index, value};
      b_.index_args(IrOp::TableSet, Type::None, op.index, 0, args);
      return {};
    }
    case WasmOp::TableSize:
      push(f_->first_result(b_.index_args(IrOp::TableSize, Type::None, op.index, 0, {})));
      return {};
    case WasmOp::TableGrow: {
      Value delta = pop();
      Value init = pop();
      Value args[] = {init, delta};
      push(f_->first_result(b_.index_args(IrOp::TableGrow, Type::None, op.index, 0, args)));
      return {};
    }
    case WasmOp::TableFill: {
      Value args[3];
      args[2] = pop();
      args[1] = pop();
      args[0] = pop();
      b_.index_args(IrOp::TableFill, Type::None, op.index, 0, args);
      return {};
    }
    case WasmOp::TableCopy: {
      Value args[3];
      args[2] = pop();
      args[1] = pop();
      args[0] = pop();
      b_.index_args(IrOp::TableCopy, Type::None, op.index, op.index2, args);
      return {};
    }
    case WasmOp::TableInit: {
      Value args[3];
      args[2] = pop();
      args[1] = pop();
      args[0] = pop();
      // The operator's immediates are (segment, table); the IR names the table first.
      b_.index_args(IrOp::TableInit, Type::None, op.index2, op.index, args);
      return {};
    }
    case WasmOp::ElemDrop: b_.index_args(IrOp::ElemDrop, Type::None, op.index, 0, {}); return {};
    case WasmOp::RefNull: push(b_.nullary(IrOp::RefNull, Type::Ref)); return {};
    case WasmOp::RefIsNull: push(b_.unary(IrOp::IsNull, Type::Ref, pop())); return {};
    case WasmOp::RefFunc: push(f_->first_result(b_.index_args(IrOp::RefFunc, Type::Ref, op.index, 0, {}))); return {};
    default: return compile::unsupported_operator(wasm::op_name(op.opcode), op.offset);
  }
}

Status Translator::translate_call(const wasm::Op& op) {
  const wasm::FuncType& type = op.opcode == WasmOp::Call ? module_->func_type(op.index) : module_->types[op.index];
  Value callee;
  if (op.opcode == WasmOp::CallIndirect) callee = pop();
  uint32_t n = static_cast<uint32_t>(type.params.size());
  args_.assign(stack_.end() - n, stack_.end());
  stack_.resize(stack_.size() - n);
  result_types_.clear();
  for (wasm::ValType t : type.results) result_types_.push_back(type_from_wasm(t));
  Inst call = op.opcode == WasmOp::Call ? b_.call(op.index, args_, result_types_)
                                        : b_.call_indirect(op.index, op.index2, callee, args_, result_types_);
  for (Value v : f_->inst_results(call)) push(v);
  return {};
}

}  // namespace tandem::optimizing::ir
