#include "backends/optimizing/ir/builder.h"

#include "wasm/result.h"

namespace tandem::optimizing::ir {

Inst Builder::make(Opcode op, Type type, std::span<const Value> args) {
  TANDEM_CHECK(block_.valid(), "Builder has no block");
  InstData d;
  d.opcode = op;
  d.type = type;
  d.wasm_offset = srcloc_;
  Inst i = f_->create_inst(d);
  f_->set_inst_args(i, args);
  f_->append_inst(block_, i);
  return i;
}

Value Builder::make1(Opcode op, Type type, Type result, std::span<const Value> args) {
  Inst i = make(op, type, args);
  return f_->append_result(i, result);
}

Value Builder::iconst(Type type, int64_t value) {
  Inst i = make(Opcode::Iconst, type, {});
  f_->inst(i).imm = type == Type::I32 ? static_cast<int64_t>(static_cast<int32_t>(value)) : value;
  return f_->append_result(i, type);
}

Value Builder::f32const(uint32_t bits) {
  Inst i = make(Opcode::F32const, Type::F32, {});
  f_->inst(i).imm = bits;
  return f_->append_result(i, Type::F32);
}

Value Builder::f64const(uint64_t bits) {
  Inst i = make(Opcode::F64const, Type::F64, {});
  f_->inst(i).imm = static_cast<int64_t>(bits);
  return f_->append_result(i, Type::F64);
}

Value Builder::nullary(Opcode op, Type type) { return make1(op, type, type, {}); }

Value Builder::unary(Opcode op, Type type, Value a) {
  Value args[] = {a};
  Type result = opcode_info(op).result == ResultRule::I32 ? Type::I32 : type;
  return make1(op, type, result, args);
}

Value Builder::binary(Opcode op, Type type, Value a, Value b) {
  Value args[] = {a, b};
  return make1(op, type, type, args);
}

Value Builder::icmp(IntCC cc, Value a, Value b) {
  Value args[] = {a, b};
  Inst i = make(Opcode::Icmp, f_->value_type(a), args);
  f_->inst(i).cond = static_cast<uint8_t>(cc);
  return f_->append_result(i, Type::I32);
}

Value Builder::fcmp(FloatCC cc, Value a, Value b) {
  Value args[] = {a, b};
  Inst i = make(Opcode::Fcmp, f_->value_type(a), args);
  f_->inst(i).cond = static_cast<uint8_t>(cc);
  return f_->append_result(i, Type::I32);
}

Value Builder::select(Value cond, Value if_true, Value if_false) {
  Value args[] = {cond, if_true, if_false};
  Type t = f_->value_type(if_true);
  return make1(Opcode::Select, t, t, args);
}

Value Builder::vconst(const Function::V128Bits& bits) {
  Inst i = make(Opcode::Vconst, Type::V128, {});
  f_->inst(i).imm = f_->intern_v128(bits);
  return f_->append_result(i, Type::V128);
}

Value Builder::simd(wasm::Opcode op, Type result, std::span<const Value> args, uint32_t lane, uint32_t shuffle) {
  Inst i = make(Opcode::Simd, result, args);
  f_->inst(i).index1 = static_cast<uint32_t>(op);
  f_->inst(i).index2 = lane;
  f_->inst(i).imm = shuffle;
  return f_->append_result(i, result);
}

Value Builder::load(Opcode op, Type type, Value heap_base, Value index, uint64_t offset, BoundsCheck check) {
  Value args[] = {heap_base, index};
  Inst i = make(op, type, args);
  f_->inst(i).imm = static_cast<int64_t>(offset);
  f_->inst(i).cond = static_cast<uint8_t>(check);
  return f_->append_result(i, type);
}

void Builder::store(Opcode op, Value value, Value heap_base, Value index, uint64_t offset, BoundsCheck check) {
  Value args[] = {value, heap_base, index};
  Inst i = make(op, f_->value_type(value), args);
  f_->inst(i).imm = static_cast<int64_t>(offset);
  f_->inst(i).cond = static_cast<uint8_t>(check);
}

Inst Builder::index_args(Opcode op, Type type, uint32_t index1, uint32_t index2, std::span<const Value> args) {
  Inst i = make(op, type, args);
  f_->inst(i).index1 = index1;
  f_->inst(i).index2 = index2;
  switch (opcode_info(op).result) {
    case ResultRule::Ctrl: f_->append_result(i, type); break;
    case ResultRule::I32: f_->append_result(i, Type::I32); break;
    case ResultRule::None: break;
    case ResultRule::Sig: TANDEM_UNREACHABLE("index_args with a signature result");
  }
  return i;
}

Inst Builder::call(uint32_t func_index, std::span<const Value> args, std::span<const Type> results) {
  Inst i = make(Opcode::Call, Type::None, args);
  f_->inst(i).index1 = func_index;
  for (Type t : results) f_->append_result(i, t);
  return i;
}

Inst Builder::call_indirect(uint32_t type_index, uint32_t table, Value callee, std::span<const Value> args,
                            std::span<const Type> results) {
  Inst i = make(Opcode::CallIndirect, Type::None, {});
  // The callee index first, then the arguments.
  std::vector<Value> all;
  all.reserve(args.size() + 1);
  all.push_back(callee);
  all.insert(all.end(), args.begin(), args.end());
  f_->set_inst_args(i, all);
  f_->inst(i).index1 = type_index;
  f_->inst(i).index2 = table;
  for (Type t : results) f_->append_result(i, t);
  return i;
}

void Builder::trap(compile::TrapCode code) {
  Inst i = make(Opcode::Trap, Type::None, {});
  f_->inst(i).cond = static_cast<uint8_t>(code);
}

void Builder::cond_trap(Opcode op, Value cond, compile::TrapCode code) {
  Value args[] = {cond};
  Inst i = make(op, f_->value_type(cond), args);
  f_->inst(i).cond = static_cast<uint8_t>(code);
}

Inst Builder::jump(Block target, std::span<const Value> args) {
  Inst i = make(Opcode::Jump, Type::None, {});
  f_->add_target(i, target, args);
  return i;
}

Inst Builder::brif(Value cond, Block then_block, std::span<const Value> then_args, Block else_block,
                   std::span<const Value> else_args) {
  Value args[] = {cond};
  Inst i = make(Opcode::Brif, f_->value_type(cond), args);
  f_->add_target(i, then_block, then_args);
  f_->add_target(i, else_block, else_args);
  return i;
}

Inst Builder::br_table(Value index) {
  Value args[] = {index};
  return make(Opcode::BrTable, Type::I32, args);
}

void Builder::ret(std::span<const Value> values) { make(Opcode::Return, Type::None, values); }

}  // namespace tandem::optimizing::ir
