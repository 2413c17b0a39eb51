// BodyGenerator, first half: the choice of the next action, control flow,
// calls, select and the table operators. body_emit.cc writes the operators.
#include "generator/body_generator.h"

#include <algorithm>

#include "generator/edge_values.h"

namespace tandem::generator {
namespace {

using wasm::OpClass;
using wasm::Opcode;
using wasm::ValType;

bool same_types(std::span<const ValType> a, std::span<const ValType> b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

// Shapes that change a whole function rather than write a construct.
constexpr uint32_t kLargeFunctionMinBytes = 20 * 1024;
constexpr uint32_t kLargeFunctionStepBytes = 4 * 1024;  // targets: 20, 24, 28 or 32 KiB
constexpr uint32_t kLargeFunctionMaxBytes = kLargeFunctionMinBytes + 3 * kLargeFunctionStepBytes;
constexpr uint32_t kManyLocalsMin = 48;
constexpr uint32_t kManyLocalsMax = 300;
constexpr uint32_t kSmallFunctionOps = 24;  // at most, per body
constexpr uint32_t kDeepNesting = 24;       // the nesting limit of loop nests and switches

}  // namespace

uint32_t BodyGenerator::type_slot(ValType t) {
  for (uint32_t i = 0; i < std::size(ValTypeSet::kOrder); ++i)
    if (ValTypeSet::kOrder[i] == t) return i;
  TANDEM_UNREACHABLE("not a value type of the feature scope");
}

void BodyGenerator::begin_module(FuzzReader* in, const GeneratorConfig* config, ModulePlan* plan, const OpMenu* menu,
                                 OpUsage* usage) {
  in_ = in;
  config_ = config;
  plan_ = plan;
  menu_ = menu;
  usage_ = usage;
  ref_types_ = config->types.has(ValType::FuncRef) + config->types.has(ValType::ExternRef);
}

// ---- the body ------------------------------------------------------------

void BodyGenerator::generate(uint32_t func, Encoder& out) {
  uint32_t type = plan_->func_types[func];
  std::span<const ValType> params = plan_->types.params(type);
  func_ = func;
  locals_.assign(params.begin(), params.end());
  num_params_ = static_cast<uint32_t>(params.size());
  uint32_t num_declared =
      shape(Shape::ManyLocals) ? in_->range(kManyLocalsMin, kManyLocalsMax) : in_->below(config_->max_locals + 1);
  for (uint32_t i = 0; i < num_declared; ++i) locals_.push_back(random_type());
  num_user_locals_ = static_cast<uint32_t>(locals_.size());
  user_locals_of_type_.fill(0);
  for (ValType t : locals_) ++user_locals_of_type_[type_slot(t)];
  if (num_declared >= kManyLocalsMin) ++usage_->shape_counts[static_cast<size_t>(Shape::ManyLocals)];
  scratch_f32_ = scratch_f64_ = scratch_i32_ = scratch_i64_ = scratch_v128_ = -1;
  for (auto& pool : private_pool_) pool.clear();
  private_used_ = {};
  live_locals_.clear();
  straight_left_ = 0;

  stack_.clear();
  frames_.clear();
  nesting_limit_ = config_->max_nesting;
  if (shape(Shape::DeepLoops) || shape(Shape::WideBrTable) || shape(Shape::WideBranch))
    nesting_limit_ = std::max(nesting_limit_, kDeepNesting);
  // Frames are referred to by span while they live (their block types);
  // reserving the maximum depth up front keeps those spans stable.
  frames_.reserve(nesting_limit_ + 1);
  code_.clear();
  ops_ = 0;
  byte_target_ = 0;
  FuzzReader* const input = in_;
  if (func == plan_->large_function) {
    // Tens of kilobytes from eight bytes of the input: the body's choices
    // come from a generator seeded by them (four bytes of choices per byte
    // of code are plenty). Mutating the rest of the input leaves this body
    // as it is, so that its coverage does not make every mutant look new.
    large_reader_.reset({});
    large_reader_.extend(plan_->large_function_seed, 4 * size_t{kLargeFunctionMaxBytes});
    in_ = &large_reader_;
    budget_ = UINT32_MAX;
    byte_target_ = kLargeFunctionMinBytes + kLargeFunctionStepBytes * in_->below(4);
  } else if (shape(Shape::SmallFunctions)) {
    budget_ = 1 + in_->below(std::min(config_->max_body_ops, kSmallFunctionOps));
    ++usage_->shape_counts[static_cast<size_t>(Shape::SmallFunctions)];
  } else {
    budget_ = 1 + in_->below(config_->max_body_ops);
  }

  Frame function;
  function.kind = FrameKind::Function;
  function.has_type = true;
  function.type = type;
  frames_.push_back(function);
  emit_fuel_check();

  while (!frames_.empty()) {
    // A straight-line run, once begun, outlives the budget.
    bool over_budget = (ops_ >= budget_ && straight_left_ == 0) || (byte_target_ && code_.size() >= byte_target_);
    if (over_budget || in_->exhausted()) {
      while (!frames_.empty()) end_frame();
      break;
    }
    step();
  }
  if (byte_target_ && code_.size() >= kLargeFunctionMinBytes)
    ++usage_->shape_counts[static_cast<size_t>(Shape::LargeFunction)];
  in_ = input;

  // Local declarations, as runs of one type (scratch locals included: they
  // were added while the code was written).
  uint32_t runs = 0;
  for (size_t i = num_params_; i < locals_.size(); ++i) runs += i == num_params_ || locals_[i] != locals_[i - 1];
  out.u32(runs);
  for (size_t i = num_params_; i < locals_.size();) {
    size_t j = i;
    while (j < locals_.size() && locals_[j] == locals_[i]) ++j;
    out.u32(static_cast<uint32_t>(j - i));
    out.val_type(locals_[i]);
    i = j;
  }
  out.append(code_);
}

void BodyGenerator::step() {
  const Frame& frame = frames_.back();
  const uint32_t h = static_cast<uint32_t>(stack_.size()) - frame.height;
  const OpClassSet& cls = config_->classes;
  uint8_t w[kNumActions] = {};

  // What consumes the values on top of the stack.
  matching_groups_.clear();
  uint32_t matching_ops = 0;
  std::span<const OperandGroup> groups = operand_groups();
  for (uint32_t g = 0; g < menu_->num_groups(); ++g) {
    const OperandGroup& og = groups[g];
    if (og.num_in == 0 || og.num_in > h || menu_->group(g).empty()) continue;
    if (!top_matches(std::span<const ValType>(og.in, og.num_in))) continue;
    matching_groups_.push_back(static_cast<uint8_t>(g));
    matching_ops += static_cast<uint32_t>(menu_->group(g).size());
  }
  if (matching_ops) w[kConsume] = h >= 3 ? 40 : 24;
  if (!menu_->all().empty()) w[kFresh] = 12;
  w[kConst] = h < 2 ? 12 : 4;
  if (num_user_locals_) w[kLocalGet] = h < 2 ? 14 : 5;
  if (pick_global(nullptr, false, /*dry_run=*/true) >= 0) w[kGlobalGet] = 3;
  if (h) {
    ValType top = stack_.back();
    if (pick_local(top, /*dry_run=*/true) >= 0) {
      w[kLocalSet] = static_cast<uint8_t>(4 + 2 * std::min(h, 6u));
      w[kLocalTee] = 3;
    }
    if (pick_global(&top, true, /*dry_run=*/true) >= 0) w[kGlobalSet] = 3;
    if (has_class(cls, OpClass::Parametric)) w[kDrop] = h > 4 ? 6 : 1;
    if (has_class(cls, OpClass::Reference) && wasm::is_ref(top)) w[kRefIsNull] = 6;
  }
  if (has_class(cls, OpClass::Parametric)) w[kSelect] = 3;
  if (has_class(cls, OpClass::Control)) {
    if (frames_.size() < config_->max_nesting) {
      w[kBlock] = 4;
      w[kLoop] = 3;
      w[kIf] = 4;
    }
    if (frame.kind == FrameKind::If) w[kElse] = 5;
    if (frames_.size() > 1) w[kEnd] = static_cast<uint8_t>(3 + (frame.unreachable ? 20 : 0) + (late() ? 8 : 0));
    // An unconditional branch out of the function's own frame makes the
    // rest of the body dead; keep those for the end of the budget.
    bool terminate = frames_.size() > 1 || late();
    w[kBr] = terminate;
    w[kBrIf] = 3;
    w[kBrTable] = terminate;
    w[kReturn] = terminate;
    w[kUnreachable] = terminate;
    w[kNop] = 1;
  }
  if (has_class(cls, OpClass::Call)) {
    if (plan_->num_callable()) w[kCall] = shape(Shape::SmallFunctions) ? 16 : shape(Shape::WideCalls) ? 12 : 5;
    if (plan_->has_funcref_table()) w[kCallIndirect] = 3;
  }
  if (has_class(cls, OpClass::Reference)) {
    w[kRefNull] = 2;
    if (plan_->num_callable()) w[kRefFunc] = 2;
  }
  if (has_class(cls, OpClass::Table) && !plan_->tables.empty()) {
    w[kTableGet] = 2;
    w[kTableSet] = 2;
    w[kTableGrow] = 1;
    w[kTableFill] = 1;
  }

  if (plan_->shapes.any() && !frame.unreachable) {
    // Shape constructs, in reachable code only: dead code would hide them.
    const uint32_t room = nesting_limit_ - static_cast<uint32_t>(frames_.size());
    if (shape(Shape::MemoryAliasing)) w[kAlias] = 10;
    if (shape(Shape::ManyLiveValues)) w[kLiveValues] = 4;
    if (shape(Shape::DeepLoops) && room >= 3) w[kLoopNest] = 4;
    if (shape(Shape::WideBrTable) && room >= 2) w[kSwitch] = 4;
    if (shape(Shape::WideBranch) && room >= 1) w[kWideBranch] = 4;
    if (shape(Shape::StraightLine) && straight_left_ == 0) w[kStraightLine] = 4;
    if (shape(Shape::CompareBranch)) w[kCompareBranch] = 6;
    if (shape(Shape::ConstOperand)) w[kConstOperand] = 6;
  }
  if (straight_left_ > 0) {
    // A straight-line run: no control flow, no calls, no constructs. It
    // counts in the statistics once complete (a body may end first).
    if (--straight_left_ == 0) ++usage_->shape_counts[static_cast<size_t>(Shape::StraightLine)];
    for (uint32_t a = kBlock; a < kNumActions; ++a)
      if (a != kNop && a != kRefNull && a != kRefFunc && a != kRefIsNull) w[a] = 0;
  }

  uint32_t total = 0;
  for (uint8_t x : w) total += x;
  uint32_t r = in_->below(total);
  uint32_t a = 0;
  while (r >= w[a]) r -= w[a++];

  switch (static_cast<Action>(a)) {
    case kConsume: {
      uint32_t k = in_->below(matching_ops);
      for (uint8_t g : matching_groups_) {
        std::span<const Opcode> ops = menu_->group(g);
        if (k < ops.size()) {
          emit_fixed(ops[k]);
          break;
        }
        k -= static_cast<uint32_t>(ops.size());
      }
      break;
    }
    case kFresh: {
      uint8_t cls = menu_->classes()[in_->below(static_cast<uint32_t>(menu_->classes().size()))];
      std::span<const Opcode> ops = menu_->of_class(cls);
      Opcode op = ops[in_->below(static_cast<uint32_t>(ops.size()))];
      materialize_operands(op);
      emit_fixed(op);
      break;
    }
    case kConst: emit_fixed(const_opcode(random_numeric_type())); break;
    case kLocalGet: {
      uint32_t l = in_->below(num_user_locals_);
      emit(Opcode::LocalGet);
      code_.u32(l);
      push(locals_[l]);
      break;
    }
    case kGlobalGet: {
      int32_t g = pick_global(nullptr, false);
      emit(Opcode::GlobalGet);
      code_.u32(static_cast<uint32_t>(g));
      push(plan_->globals[g].type);
      break;
    }
    case kLocalSet:
    case kLocalTee: {
      int32_t l = pick_local(stack_.back());
      emit(a == kLocalSet ? Opcode::LocalSet : Opcode::LocalTee);
      code_.u32(static_cast<uint32_t>(l));
      if (a == kLocalSet) pop(1);
      break;
    }
    case kGlobalSet: {
      ValType top = stack_.back();
      int32_t g = pick_global(&top, true);
      emit(Opcode::GlobalSet);
      code_.u32(static_cast<uint32_t>(g));
      pop(1);
      break;
    }
    case kDrop:
      emit(Opcode::Drop);
      pop(1);
      break;
    case kSelect: do_select(); break;
    case kBlock: open_block(Opcode::Block); break;
    case kLoop: open_block(Opcode::Loop); break;
    case kIf: open_block(Opcode::If); break;
    case kElse: do_else(); break;
    case kEnd: end_frame(); break;
    case kBr: do_br(); break;
    case kBrIf: do_br_if(); break;
    case kBrTable: do_br_table(); break;
    case kReturn: do_return(); break;
    case kUnreachable:
      emit(Opcode::Unreachable);
      set_unreachable();
      break;
    case kNop: emit(Opcode::Nop); break;
    case kCall: do_call(); break;
    case kCallIndirect: do_call_indirect(); break;
    case kRefNull: {
      ValType t = ref_types_ == 2 ? (in_->byte() & 1 ? ValType::ExternRef : ValType::FuncRef)
                                  : (config_->types.has(ValType::ExternRef) ? ValType::ExternRef : ValType::FuncRef);
      emit(Opcode::RefNull);
      code_.val_type(t);
      push(t);
      break;
    }
    case kRefFunc:
      emit(Opcode::RefFunc);
      code_.u32(in_->below(plan_->num_callable()));
      push(ValType::FuncRef);
      break;
    case kRefIsNull:
      emit(Opcode::RefIsNull);
      pop(1);
      push(ValType::I32);
      break;
    case kTableGet:
    case kTableSet:
    case kTableGrow:
    case kTableFill: do_table_op(static_cast<Action>(a)); break;
    case kAlias:
    case kLiveValues:
    case kLoopNest:
    case kSwitch:
    case kWideBranch:
    case kCompareBranch:
    case kConstOperand: write_construct(static_cast<Action>(a)); break;
    case kStraightLine: straight_left_ = in_->range(32, 200); break;
    case kNumActions: TANDEM_UNREACHABLE("action out of range");
  }
}

// ---- control -------------------------------------------------------------

BodyGenerator::Frame BodyGenerator::choose_block_type(uint32_t available) {
  Frame f;
  uint8_t r = in_->byte() % 8;
  if (config_->multi_value_blocks && r >= 6) {
    // A type index: params taken from the values on the stack, any results.
    uint32_t k = in_->below(std::min(available, 3u) + 1);
    uint32_t num_results = in_->below(config_->max_results + 1);
    uint32_t skip = static_cast<uint32_t>(stack_.size()) - frame_height() - available;
    scratch_types_.clear();
    for (uint32_t i = 0; i < k; ++i) scratch_types_.push_back(stack_[stack_.size() - skip - k + i]);
    for (uint32_t i = 0; i < num_results; ++i) scratch_types_.push_back(random_type());
    std::span<const ValType> all(scratch_types_);
    f.has_type = true;
    f.type = plan_->types.intern(all.first(k), all.subspan(k));
  } else if (r >= 3) {
    f.num_single = 1;
    f.single = random_type();
  }
  return f;
}

void BodyGenerator::open_block(Opcode op) {
  if (op == Opcode::If && !top_is(ValType::I32)) materialize(ValType::I32);
  uint32_t available = static_cast<uint32_t>(stack_.size()) - frame_height() - (op == Opcode::If ? 1 : 0);
  Frame f = choose_block_type(available);
  f.kind = op == Opcode::Block ? FrameKind::Block : op == Opcode::Loop ? FrameKind::Loop : FrameKind::If;
  emit(op);
  if (f.has_type)
    code_.block_type_index(f.type);
  else if (f.num_single)
    code_.block_type(f.single);
  else
    code_.block_type_empty();
  if (op == Opcode::If) pop(1);
  f.height = static_cast<uint32_t>(stack_.size() - params_of(f).size());
  TANDEM_CHECK(frames_.size() < frames_.capacity(), "frame stack outgrew its reservation");
  frames_.push_back(f);
  if (op == Opcode::Loop) emit_fuel_check();
}

void BodyGenerator::do_else() {
  Frame& f = frames_.back();
  settle(f);
  emit(Opcode::Else);
  stack_.resize(f.height);
  push_all(params_of(f));
  f.kind = FrameKind::Else;
  f.unreachable = false;
}

void BodyGenerator::end_frame() {
  const Frame f = frames_.back();  // a copy: its results stay readable after the pop
  settle(f);
  if (f.counter >= 0) count_down(static_cast<uint32_t>(f.counter));
  if (f.kind == FrameKind::If && !same_types(params_of(f), results_of(f))) {
    // An if whose type is not [t*] -> [t*] needs an else to produce the results.
    emit(Opcode::Else);
    stack_.resize(f.height);
    push_all(params_of(f));
    settle(f);
  }
  emit(Opcode::End, /*counted=*/f.kind != FrameKind::Function);
  stack_.resize(f.height);
  frames_.pop_back();
  if (f.kind != FrameKind::Function) push_all(results_of(f));
  if (f.reads_live_values) read_live_values(f.live_begin);
  if (f.releases_private) release_private(f.private_mark);
}

void BodyGenerator::do_br() {
  uint32_t depth = in_->below(static_cast<uint32_t>(frames_.size()));
  make_top(label_types(frames_[frames_.size() - 1 - depth]));
  emit(Opcode::Br);
  code_.u32(depth);
  set_unreachable();
}

void BodyGenerator::do_br_if() {
  uint32_t depth = in_->below(static_cast<uint32_t>(frames_.size()));
  std::span<const ValType> types = label_types(frames_[frames_.size() - 1 - depth]);
  if (!(top_is(ValType::I32) && top_matches(types, 1))) {
    make_top(types);
    materialize(ValType::I32);
  }
  emit(Opcode::BrIf);
  code_.u32(depth);
  pop(1);
}

void BodyGenerator::do_br_table() {
  uint32_t n = static_cast<uint32_t>(frames_.size());
  uint32_t def = in_->below(n);
  std::span<const ValType> types = label_types(frames_[n - 1 - def]);
  br_targets_.clear();
  uint32_t count = in_->below(6);
  for (uint32_t i = 0; i < count; ++i) {
    uint32_t l = in_->below(n);
    br_targets_.push_back(same_types(label_types(frames_[n - 1 - l]), types) ? l : def);
  }
  if (!(top_is(ValType::I32) && top_matches(types, 1))) {
    make_top(types);
    push_i32(draw_index(*in_, count + 1));
  }
  emit(Opcode::BrTable);
  code_.u32(count);
  for (uint32_t l : br_targets_) code_.u32(l);
  code_.u32(def);
  set_unreachable();
}

void BodyGenerator::do_return() {
  make_top(results_of(frames_.front()));
  emit(Opcode::Return);
  set_unreachable();
}

bool BodyGenerator::late() const {
  if (byte_target_) return uint64_t{code_.size()} * 4 > uint64_t{byte_target_} * 3;
  return uint64_t{ops_} * 4 > uint64_t{budget_} * 3;
}

void BodyGenerator::set_unreachable() {
  stack_.resize(frame_height());
  frames_.back().unreachable = true;
}

// ---- calls ---------------------------------------------------------------

void BodyGenerator::do_call() {
  uint32_t callee;
  const uint32_t next = func_ + 1;
  if (shape(Shape::SmallFunctions) && next < plan_->num_callable() && in_->byte() < 192) {
    // Mostly a later function: chains of calls that end without running
    // out of fuel, as in real call graphs.
    callee = in_->range(next, plan_->num_callable() - 1);
  } else {
    callee = in_->below(plan_->num_callable());
  }
  uint32_t type = plan_->func_types[callee];
  std::span<const ValType> params = plan_->types.params(type);
  if (!top_matches(params)) materialize_all(params);
  emit(Opcode::Call);
  code_.u32(callee);
  pop(static_cast<uint32_t>(params.size()));
  push_all(plan_->types.results(type));
}

void BodyGenerator::do_call_indirect() {
  uint32_t funcref_tables = 0;
  for (const TablePlan& t : plan_->tables) funcref_tables += t.elem == ValType::FuncRef;
  uint32_t k = in_->below(funcref_tables);
  uint32_t table = 0;
  for (;; ++table)
    if (plan_->tables[table].elem == ValType::FuncRef && k-- == 0) break;
  // Mostly the type of some function, which the table may or may not hold
  // at the index; sometimes any type, block types included.
  uint32_t type =
      in_->byte() < 192 ? plan_->func_types[in_->below(plan_->num_callable())] : in_->below(plan_->types.size());
  std::span<const ValType> params = plan_->types.params(type);
  if (!(top_is(ValType::I32) && top_matches(params, 1))) {
    materialize_all(params);
    push_i32(draw_index(*in_, plan_->tables[table].min));
  }
  emit(Opcode::CallIndirect);
  code_.u32(type);
  code_.u32(table);
  pop(static_cast<uint32_t>(params.size()) + 1);
  push_all(plan_->types.results(type));
}

// ---- parametric, tables ----------------------------------------------------

void BodyGenerator::do_select() {
  uint32_t h = static_cast<uint32_t>(stack_.size()) - frame_height();
  size_t n = stack_.size();
  ValType t;
  if (h >= 3 && stack_[n - 1] == ValType::I32 && stack_[n - 2] == stack_[n - 3]) {
    t = stack_[n - 2];
  } else if (h >= 2 && stack_[n - 1] == stack_[n - 2]) {
    t = stack_[n - 1];
    materialize(ValType::I32);
  } else {
    t = random_type();
    materialize(t);
    materialize(t);
    materialize(ValType::I32);
  }
  bool typed = wasm::is_ref(t) || (config_->scope == Scope::Full && (in_->byte() & 1));
  if (typed) {
    emit(Opcode::SelectT);
    code_.u32(1);
    code_.val_type(t);
  } else {
    emit(Opcode::Select);
  }
  pop(3);
  push(t);
}

void BodyGenerator::do_table_op(Action action) {
  uint32_t ti = in_->below(static_cast<uint32_t>(plan_->tables.size()));
  const TablePlan table = plan_->tables[ti];
  ValType et = table.elem;
  switch (action) {
    case kTableGet:
      if (!top_is(ValType::I32)) push_i32(draw_index(*in_, table.min));
      emit(Opcode::TableGet);
      code_.u32(ti);
      pop(1);
      push(et);
      break;
    case kTableSet:
      if (!(top_is(et) && top_is(ValType::I32, 1))) {
        push_i32(draw_index(*in_, table.min));
        materialize(et);
      }
      emit(Opcode::TableSet);
      code_.u32(ti);
      pop(2);
      break;
    case kTableGrow:
      if (!(top_is(ValType::I32) && top_is(et, 1))) {
        materialize(et);
        push_i32(draw_length(*in_, table.max - table.min));
      }
      emit(Opcode::TableGrow);
      code_.u32(ti);
      pop(2);
      push(ValType::I32);
      break;
    case kTableFill:
      if (!(top_is(ValType::I32) && top_is(et, 1) && top_is(ValType::I32, 2))) {
        push_i32(draw_index(*in_, table.min));
        materialize(et);
        push_i32(draw_length(*in_, table.min));
      }
      emit(Opcode::TableFill);
      code_.u32(ti);
      pop(3);
      break;
    default: TANDEM_UNREACHABLE("not a table action");
  }
}

}  // namespace tandem::generator
