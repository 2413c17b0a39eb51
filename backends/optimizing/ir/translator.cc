// The translator's driver and structured control flow. Numeric, memory,
// variable, table and call operators are in translate_ops.cc.
#include "backends/optimizing/ir/translator.h"

namespace tandem::optimizing::ir {

using WasmOp = wasm::Opcode;
using IrOp = ir::Opcode;

Status Translator::translate(const compile::ModuleEnv& env, const compile::Settings& settings, uint32_t func_index,
                             Function& out) {
  env_ = &env;
  module_ = env.module;
  settings_ = &settings;
  f_ = &out;
  out.clear();
  b_.reset(out);

  const wasm::Function& fn = module_->defined_func(func_index);
  const wasm::FuncType& type = module_->func_type(func_index);
  out.func_index = func_index;
  out.wasm_offset = fn.code_start;
  for (wasm::ValType t : type.params) out.param_types.push_back(type_from_wasm(t));
  for (wasm::ValType t : type.results) out.result_types.push_back(type_from_wasm(t));
  local_types_.assign(out.param_types.begin(), out.param_types.end());
  for (const wasm::LocalRun& run : fn.locals)
    local_types_.insert(local_types_.end(), run.count, type_from_wasm(run.type));

  Block entry = out.create_block();
  for (Type t : out.param_types) out.append_block_param(entry, t);
  switch_to(entry);
  ssa_.reset(&out, local_types_, &Translator::make_default, this);
  ssa_.seal(entry);
  for (uint32_t i = 0; i < out.param_types.size(); ++i) ssa_.write(i, entry, out.block_params(entry)[i]);
  for (Value& v : defaults_) v = Value();

  stack_.clear();
  frames_.clear();
  types_.clear();
  saved_.clear();
  reachable_ = true;
  exit_ = Block();
  Frame fn_frame;
  fn_frame.kind = Frame::Kind::Function;
  fn_frame.types = 0;
  fn_frame.num_results = static_cast<uint32_t>(out.result_types.size());
  types_.assign(out.result_types.begin(), out.result_types.end());
  frames_.push_back(fn_frame);

  wasm::OpReader reader(module_->bytes, fn.code_start, fn.code_end);
  while (!frames_.empty()) {
    if (reader.done()) return make_error(ErrorKind::Internal, "function body ends inside a block", reader.position());
    TANDEM_TRY(wasm::Op op, reader.next());
    b_.set_srcloc(op.offset);
    TANDEM_TRY_STATUS(translate_op(op));
  }
  ssa_.finish();
  return {};
}

Value Translator::make_default(void* ctx, Type type) {
  auto* self = static_cast<Translator*>(ctx);
  Value& cached = self->defaults_[static_cast<uint8_t>(type)];
  if (cached.valid()) return cached;
  Function& f = *self->f_;
  InstData d;
  d.type = type;
  d.wasm_offset = f.wasm_offset;
  switch (type) {
    case Type::I32:
    case Type::I64: d.opcode = IrOp::Iconst; break;
    case Type::F32: d.opcode = IrOp::F32const; break;
    case Type::F64: d.opcode = IrOp::F64const; break;
    case Type::Ref: d.opcode = IrOp::RefNull; break;
    case Type::V128:
      d.opcode = IrOp::Vconst;
      d.imm = f.intern_v128({0, 0});
      break;
    case Type::None: TANDEM_UNREACHABLE("a variable without a type");
  }
  Inst i = f.create_inst(d);
  // At the top of the entry block, which dominates every read.
  f.insert_inst(f.entry_block(), 0, i);
  cached = f.append_result(i, type);
  return cached;
}

// ---- frames and blocks ------------------------------------------------------

void Translator::push_frame(Frame::Kind kind, const wasm::BlockType& bt) {
  Frame fr;
  fr.kind = kind;
  fr.types = static_cast<uint32_t>(types_.size());
  fr.saved = static_cast<uint32_t>(saved_.size());
  switch (bt.kind) {
    case wasm::BlockType::Kind::Empty: break;
    case wasm::BlockType::Kind::Value:
      types_.push_back(type_from_wasm(bt.value));
      fr.num_results = 1;
      break;
    case wasm::BlockType::Kind::TypeIndex: {
      const wasm::FuncType& ft = module_->types[bt.type_index];
      for (wasm::ValType t : ft.params) types_.push_back(type_from_wasm(t));
      for (wasm::ValType t : ft.results) types_.push_back(type_from_wasm(t));
      fr.num_params = static_cast<uint32_t>(ft.params.size());
      fr.num_results = static_cast<uint32_t>(ft.results.size());
      break;
    }
  }
  fr.height = static_cast<uint32_t>(stack_.size()) - fr.num_params;
  frames_.push_back(fr);
}

Block Translator::new_block_with_params(std::span<const Type> types) {
  Block b = f_->create_block();
  for (size_t i = 0; i < types.size(); ++i) f_->append_block_param(b, types[i]);
  return b;
}

void Translator::switch_to(Block b) {
  f_->append_to_layout(b);
  b_.set_block(b);
}

Block Translator::exit_block() {
  if (!exit_.valid()) exit_ = new_block_with_params(f_->result_types);
  return exit_;
}

Block Translator::branch_target(uint32_t depth, uint32_t* arity) {
  Frame& fr = frames_[frames_.size() - 1 - depth];
  switch (fr.kind) {
    case Frame::Kind::Loop: *arity = fr.num_params; return fr.header;
    case Frame::Kind::Function: *arity = fr.num_results; return exit_block();
    default: *arity = fr.num_results; return fr.merge;
  }
}

void Translator::emit_jump(Block target, std::span<const Value> args) {
  Inst i = b_.jump(target, args);
  ssa_.add_edge(target, i, 0);
}

void Translator::emit_brif(Value cond, Block then_block, std::span<const Value> then_args, Block else_block) {
  Inst i = b_.brif(cond, then_block, then_args, else_block, {});
  ssa_.add_edge(then_block, i, 0);
  ssa_.add_edge(else_block, i, 1);
}

// ---- control operators ------------------------------------------------------

Status Translator::translate_op(const wasm::Op& op) {
  if (!reachable_) {
    // Dead code: only the nesting matters until the frame's else or end.
    switch (op.opcode) {
      case WasmOp::Block:
      case WasmOp::Loop:
      case WasmOp::If: {
        Frame fr;
        fr.live = false;
        fr.types = static_cast<uint32_t>(types_.size());
        fr.saved = static_cast<uint32_t>(saved_.size());
        frames_.push_back(fr);
        return {};
      }
      case WasmOp::Else:
      case WasmOp::End:
        if (!frames_.back().live) {
          if (op.opcode == WasmOp::End) frames_.pop_back();
          return {};
        }
        return translate_control(op);
      default: return {};
    }
  }
  switch (wasm::op_info(op.opcode).cls) {
    case wasm::OpClass::Control: return translate_control(op);
    case wasm::OpClass::Call: return translate_call(op);
    case wasm::OpClass::Load:
    case wasm::OpClass::Store:
    case wasm::OpClass::Memory:
    case wasm::OpClass::BulkMemory: return translate_memory(op);
    case wasm::OpClass::Parametric:
    case wasm::OpClass::Variable:
    case wasm::OpClass::Table:
    case wasm::OpClass::Reference: return translate_variable_or_table(op);
    case wasm::OpClass::SimdMemory: return translate_simd_memory(op);
    case wasm::OpClass::SimdConst:
    case wasm::OpClass::SimdLane:
    case wasm::OpClass::SimdInt:
    case wasm::OpClass::SimdFloat:
    case wasm::OpClass::SimdConvert: return translate_simd(op);
    default: return translate_numeric(op);
  }
}

Status Translator::translate_control(const wasm::Op& op) {
  switch (op.opcode) {
    case WasmOp::Nop: return {};
    case WasmOp::Unreachable:
      b_.trap(compile::TrapCode::Unreachable);
      reachable_ = false;
      return {};
    case WasmOp::Block: {
      push_frame(Frame::Kind::Block, op.block);
      Frame& fr = frames_.back();
      fr.merge = new_block_with_params(frame_results(fr));
      return {};
    }
    case WasmOp::Loop: {
      push_frame(Frame::Kind::Loop, op.block);
      Frame& fr = frames_.back();
      fr.header = new_block_with_params(frame_params(fr));
      fr.merge = new_block_with_params(frame_results(fr));
      emit_jump(fr.header, top(fr.num_params));
      stack_.resize(fr.height);
      switch_to(fr.header);
      for (Value v : f_->block_params(fr.header)) push(v);
      return {};
    }
    case WasmOp::If: {
      Value cond = pop();
      push_frame(Frame::Kind::If, op.block);
      Frame& fr = frames_.back();
      std::span<const Value> params = top(fr.num_params);
      saved_.insert(saved_.end(), params.begin(), params.end());
      fr.merge = new_block_with_params(frame_results(fr));
      Block then_block = f_->create_block();
      fr.else_block = f_->create_block();
      emit_brif(cond, then_block, {}, fr.else_block);
      ssa_.seal(then_block);
      ssa_.seal(fr.else_block);
      switch_to(then_block);
      return {};
    }
    case WasmOp::Else: {
      Frame& fr = frames_.back();
      if (reachable_) emit_jump(fr.merge, top(fr.num_results));
      stack_.resize(fr.height);
      stack_.insert(stack_.end(), saved_.begin() + fr.saved, saved_.begin() + fr.saved + fr.num_params);
      switch_to(fr.else_block);
      fr.else_block = Block();
      fr.kind = Frame::Kind::Else;
      reachable_ = true;
      return {};
    }
    case WasmOp::End: do_end(); return {};
    case WasmOp::Br: {
      uint32_t arity = 0;
      Block target = branch_target(op.index, &arity);
      if (target == exit_) {
        b_.ret(top(arity));
      } else {
        emit_jump(target, top(arity));
      }
      reachable_ = false;
      return {};
    }
    case WasmOp::BrIf: {
      Value cond = pop();
      uint32_t arity = 0;
      Block target = branch_target(op.index, &arity);
      Block cont = f_->create_block();
      emit_brif(cond, target, top(arity), cont);
      ssa_.seal(cont);
      switch_to(cont);
      return {};
    }
    case WasmOp::BrTable: {
      Value index = pop();
      Inst inst = b_.br_table(index);
      // The IR lists the default first; the operator lists it last.
      uint32_t n = static_cast<uint32_t>(op.br_targets.size());
      for (uint32_t k = 0; k < n; ++k) {
        uint32_t depth = op.br_targets[k == 0 ? n - 1 : k - 1];
        uint32_t arity = 0;
        Block target = branch_target(depth, &arity);
        f_->add_target(inst, target, top(arity));
        ssa_.add_edge(target, inst, k);
      }
      reachable_ = false;
      return {};
    }
    case WasmOp::Return: {
      b_.ret(top(static_cast<uint32_t>(f_->result_types.size())));
      reachable_ = false;
      return {};
    }
    default: return compile::unsupported_operator(wasm::op_name(op.opcode), op.offset);
  }
}

void Translator::do_end() {
  Frame fr = frames_.back();
  if (fr.kind == Frame::Kind::Function) {
    if (reachable_) b_.ret(top(fr.num_results));
    frames_.pop_back();
    if (exit_.valid()) {
      ssa_.seal(exit_);
      switch_to(exit_);
      args_.assign(f_->block_params(exit_).begin(), f_->block_params(exit_).end());
      b_.ret(args_);
    }
    return;
  }
  if (reachable_) emit_jump(fr.merge, top(fr.num_results));
  if (fr.kind == Frame::Kind::If) {
    // No else: the false edge carries the parameters through.
    switch_to(fr.else_block);
    args_.assign(saved_.begin() + fr.saved, saved_.begin() + fr.saved + fr.num_params);
    emit_jump(fr.merge, args_);
  }
  if (fr.kind == Frame::Kind::Loop) ssa_.seal(fr.header);
  stack_.resize(fr.height);
  saved_.resize(fr.saved);
  types_.resize(fr.types);
  frames_.pop_back();
  ssa_.seal(fr.merge);
  if (ssa_.num_preds(fr.merge) == 0) {
    reachable_ = false;
    return;
  }
  switch_to(fr.merge);
  for (Value v : f_->block_params(fr.merge)) push(v);
  reachable_ = true;
}

}  // namespace tandem::optimizing::ir
