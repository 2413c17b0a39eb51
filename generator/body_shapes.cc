// BodyGenerator, third part: the constructs of the shapes a module draws
// (generator/shapes.def). Each writes, in one action, a shape that operator-
// by-operator choice would almost never make:
//
//   alias         stores and loads around one address, straight-line:
//                 store/load of the same, overlapping and adjacent bytes
//                 at other widths and signedness, load-store-load, load-X-
//                 load across a call, host call, memory.grow/fill/copy or
//                 store; the address spelt differently by each access
//   live values   20-40 values computed (on the stack or into private
//                 locals), all on the stack at once, then all used
//   loop nest     values computed into private locals, 3-8 counted loops,
//                 the values read after the outermost loop's end
//   switch        2-24 nested blocks and a br_table of 100-400 targets;
//                 the cases are filled by the ordinary steps
//   wide branch   br/br_if/br_table carrying 12-40 values out of a block,
//                 or a loop whose back edge carries 12-32 values permuted
//   compare       a comparison straight into br_if, if/else or select, of
//   branch        edge constants, computed values, or a value and itself
//   const operand x op C for a strength-reduced C (x / 7, x % -16, x * 9,
//                 x >> 33, ...), then x again
//
// Everything a construct computes reaches the checksum global, which a
// module with shapes always has (floats when NaNs are canonicalized). Construct operators count in the usage
// statistics like any other; the address arithmetic, loop counters and
// checksum folds are glue.
#include <algorithm>
#include <cstdint>

#include "generator/body_generator.h"
#include "generator/edge_values.h"

namespace tandem::generator {
namespace {

using wasm::OpClass;
using wasm::Opcode;
using wasm::ValType;

// Aliasing: accesses start from 8 bytes below a base to some 40 above it,
// and a split address moves up to kAliasReach bytes of that into the memarg
// offset, so an address expression may be 56 bytes under the base; every
// base is at least kAliasLowest, so the arithmetic never wraps.
constexpr int32_t kAliasReach = 48;
constexpr uint32_t kAliasLowest = 64;
constexpr uint32_t kAliasMasks[] = {63, 255, 4095};  // x & mask: a run-time base near the start

// Loop nests: at most this many iterations of the innermost body, so that
// a fuel budget of a few hundred outlasts the nest and the code after it runs.
constexpr uint32_t kMaxNestIterations = 64;

size_t shape_index(Shape s) { return static_cast<size_t>(s); }

void glue_i32_const(Encoder& code, int32_t v) {
  code.opcode(Opcode::I32Const);
  code.s32(v);
}

}  // namespace

// ---- shared ----------------------------------------------------------------

// A construct is one step of the body's budget, whatever it writes, so that
// a body with shapes has as many ordinary operators as one without: the
// shapes add to the plain generator's coverage rather than trade it away.
// (The statistics count every operator a construct writes.)
void BodyGenerator::write_construct(Action action) {
  const uint32_t ops = ops_;
  switch (action) {
    case kAlias: do_alias(); break;
    case kLiveValues: do_live_values(); break;
    case kLoopNest: do_loop_nest(); break;
    case kSwitch: do_switch(); break;
    case kWideBranch: do_wide_branch(); break;
    case kCompareBranch: do_compare_branch(); break;
    case kConstOperand: do_const_operand(); break;
    default: TANDEM_UNREACHABLE("not a construct");
  }
  ops_ = ops + 1;
}

uint32_t BodyGenerator::acquire_private(ValType t) {
  uint32_t slot = numeric_slot(t);
  std::vector<uint32_t>& pool = private_pool_[slot];
  uint16_t& used = private_used_[slot];
  if (used == pool.size()) {
    pool.push_back(static_cast<uint32_t>(locals_.size()));
    locals_.push_back(t);
  }
  return pool[used++];
}

// The value on top goes into the checksum (when its bits are deterministic)
// and, unless kept, off the stack.
void BodyGenerator::observe_top(bool keep) {
  ValType t = stack_.back();
  bool foldable = wasm::is_int(t) || (wasm::is_float(t) && config_->canonicalize_nans);
  if (plan_->checksum_global >= 0 && foldable) fold_into_checksum(t);
  if (keep) return;
  code_.opcode(Opcode::Drop);
  pop(1);
}

// A value of numeric type `t` that the compiler cannot rematerialize as a
// constant: a local, a global or a load, sometimes combined with another
// value by a non-trapping operator.
void BodyGenerator::push_computed(ValType t) {
  uint8_t how = in_->byte();
  Opcode load = Opcode::Nop;
  if (plan_->has_memory && plan_->edges.memory_bytes >= 8 && has_class(config_->classes, OpClass::Load))
    load = t == ValType::I64   ? Opcode::I64Load
           : t == ValType::F32 ? Opcode::F32Load
           : t == ValType::F64 ? Opcode::F64Load
                               : Opcode::I32Load;
  int32_t l = pick_local(t);
  if (how % 4 == 0 && load != Opcode::Nop) {
    push_i32(in_->below(plan_->edges.memory_bytes - 7));
    emit_access(load, 0);
  } else if (how % 4 != 3 && l >= 0) {
    emit(Opcode::LocalGet);
    code_.u32(static_cast<uint32_t>(l));
    push(t);
  } else {
    materialize(t);
  }
  std::span<const Opcode> ops = menu_->combiners(t);
  if (how >= 128 && !ops.empty()) {
    Opcode op = ops[in_->below(static_cast<uint32_t>(ops.size()))];
    if (op_facts(op).num_in == 2) materialize(t);
    emit_fixed(op);
  }
}

// A direct call with materialized arguments; its results are observed.
void BodyGenerator::call_something(bool host_first) {
  uint32_t callee =
      host_first && plan_->num_imports ? in_->below(plan_->num_imports) : in_->below(plan_->num_callable());
  uint32_t type = plan_->func_types[callee];
  materialize_all(plan_->types.params(type));
  emit(Opcode::Call);
  code_.u32(callee);
  pop(static_cast<uint32_t>(plan_->types.params(type).size()));
  push_all(plan_->types.results(type));
  for (size_t i = 0; i < plan_->types.results(type).size(); ++i) observe_top(false);
}

// ---- memory aliasing -----------------------------------------------------------

Opcode BodyGenerator::random_access(OpClass cls) {
  std::span<const Opcode> ops = menu_->of_class(static_cast<uint8_t>(cls));
  return ops[in_->below(static_cast<uint32_t>(ops.size()))];
}

BodyGenerator::AliasBase BodyGenerator::alias_base() {
  const uint32_t mem = plan_->edges.memory_bytes;  // at least a page (active_shapes)
  AliasBase b;
  if (in_->byte() < 16) {
    b.address = mem - 8 - (in_->byte() & 7);  // at the end: some accesses straddle it and trap
  } else {
    b.address = kAliasLowest + in_->u16() % (mem / 2);
    if (in_->byte() & 1) b.address &= ~7u;  // aligned for every width
    b.address = std::max(b.address, kAliasLowest);
  }
  uint8_t kind = in_->byte() % 4;
  int32_t x = pick_local(ValType::I32);
  if (kind >= 2 && x >= 0) {
    // (x & mask) + lowest, into a private local: equal addresses that only
    // the run time knows.
    b.kind = AliasBase::Kind::Local;
    emit(Opcode::LocalGet);
    code_.u32(static_cast<uint32_t>(x));
    glue_i32_const(code_, static_cast<int32_t>(kAliasMasks[in_->below(3)]));
    code_.opcode(Opcode::I32And);
    glue_i32_const(code_, static_cast<int32_t>(kAliasLowest));
    code_.opcode(Opcode::I32Add);
    b.local = acquire_private(ValType::I32);
    emit(Opcode::LocalSet);
    code_.u32(b.local);
  } else if (kind == 1) {
    // The address kept in memory, away from every access of the construct.
    b.kind = AliasBase::Kind::Pointer;
    b.slot = b.address < mem / 2 ? mem - 16 : 16;
    push_i32(b.slot);
    push_i32(b.address);
    emit_access(Opcode::I32Store, 0);
  } else {
    b.kind = AliasBase::Kind::Constant;
  }
  return b;
}

BodyGenerator::AddressForm BodyGenerator::draw_address_form() {
  AddressForm f;
  f.split = in_->byte() & 1;
  if (f.split) f.offset = in_->below(kAliasReach + 1);
  return f;
}

// Pushes the address expression of base + rel and returns the memarg
// offset that goes with it.
uint32_t BodyGenerator::push_alias_address(const AliasBase& b, int32_t rel, AddressForm form) {
  int32_t bias = 0;
  uint32_t offset = 0;
  if (form.split) {
    offset = form.offset;
    bias = rel - static_cast<int32_t>(offset);
  } else if (rel >= 0) {
    offset = static_cast<uint32_t>(rel);
  } else {
    bias = rel;
  }
  switch (b.kind) {
    case AliasBase::Kind::Constant: push_i32(b.address + static_cast<uint32_t>(bias)); return offset;
    case AliasBase::Kind::Local:
      emit(Opcode::LocalGet);
      code_.u32(b.local);
      push(ValType::I32);
      break;
    case AliasBase::Kind::Pointer:
      push_i32(b.slot);
      emit_access(Opcode::I32Load, 0);
      break;
  }
  if (bias != 0) {
    glue_i32_const(code_, bias);
    code_.opcode(Opcode::I32Add);
  }
  return offset;
}

void BodyGenerator::alias_load(const AliasBase& b, Opcode op, int32_t rel, AddressForm form) {
  uint32_t offset = push_alias_address(b, rel, form);
  emit_access(op, offset);
}

// The value is materialized, not computed: a computed one may pass through
// the checksum, whose global.set is an effect of its own between the
// accesses around the store.
void BodyGenerator::alias_store(const AliasBase& b, Opcode op, int32_t rel, AddressForm form) {
  uint32_t offset = push_alias_address(b, rel, form);
  materialize(op_facts(op).in[1]);
  emit_access(op, offset);
}

// Something between two loads of base + rel that may or may not change the
// bytes they read (`width` of them). What it leaves on the stack is observed
// with the loads.
void BodyGenerator::alias_intervene(const AliasBase& b, int32_t rel, uint32_t width) {
  const OpClassSet& cls = config_->classes;
  const bool call = has_class(cls, OpClass::Call) && plan_->num_callable();
  const bool grow = has_class(cls, OpClass::Memory);
  const bool bulk = has_class(cls, OpClass::BulkMemory);
  const int32_t before = static_cast<int32_t>(in_->below(9));  // bulk ranges start this far before
  const uint32_t len = static_cast<uint32_t>(before) + width + in_->below(9);
  switch (in_->byte() % 6) {
    case 0:
      if (call) return call_something(in_->byte() & 1);
      break;
    case 1:
      if (grow) {
        push_i32(in_->below(2));
        emit_fixed(Opcode::MemoryGrow);
        return;
      }
      break;
    case 2:
      if (bulk) {
        push_alias_address(b, rel - before, AddressForm{});
        materialize(ValType::I32);
        push_i32(len);
        emit_fixed(Opcode::MemoryFill);
        return;
      }
      break;
    case 3:
      if (bulk) {
        push_alias_address(b, rel - before, AddressForm{});
        push_i32(in_->below(plan_->edges.memory_bytes - len));
        push_i32(len);
        emit_fixed(Opcode::MemoryCopy);
        return;
      }
      break;
    default: break;
  }
  // A store next to the bytes (which must not change them) or over them.
  Opcode st = random_access(OpClass::Store);
  int32_t sw = static_cast<int32_t>(op_facts(st).access_bytes);
  int32_t at = in_->byte() & 1 ? rel - sw + static_cast<int32_t>(in_->below(static_cast<uint32_t>(sw) + width))
                               : (in_->byte() & 1 ? rel + static_cast<int32_t>(width) : rel - sw);
  alias_store(b, st, at, draw_address_form());
}

// Loads whose values are compared with a later load's keep them on the
// stack until that load is done, as real code keeps `x` in `x = *p; *p = v;
// y = *p; use(x, y)`: observing the first at once would put the checksum's
// global.set, an effect, between the accesses, and hide a compiler that
// forgets the store.
void BodyGenerator::do_alias() {
  const PrivateMark mark = private_mark();
  const size_t height = stack_.size();
  const AliasBase b = alias_base();
  const uint32_t patterns = 1 + in_->below(3);
  for (uint32_t p = 0; p < patterns; ++p) {
    const Opcode ld = random_access(OpClass::Load);
    const int32_t lw = op_facts(ld).access_bytes;
    const int32_t rel = static_cast<int32_t>(in_->below(17));
    switch (in_->byte() % 4) {
      case 0: {  // store, then load the same, overlapping or adjacent bytes
        Opcode st = random_access(OpClass::Store);
        int32_t sw = op_facts(st).access_bytes;
        alias_store(b, st, rel, draw_address_form());
        int32_t at = rel;
        switch (in_->byte() % 4) {
          case 0: at = rel - lw + 1 + static_cast<int32_t>(in_->below(static_cast<uint32_t>(sw + lw - 1))); break;
          case 1: at = in_->byte() & 1 ? rel + sw : rel - lw; break;
          default: break;
        }
        alias_load(b, ld, at, draw_address_form());
        break;
      }
      case 1: {  // load, store the same (or overlapping) bytes, load again
        AddressForm form = draw_address_form();
        alias_load(b, ld, rel, form);
        Opcode st = random_access(OpClass::Store);
        int32_t at = in_->byte() % 4 ? rel : rel - 1 + static_cast<int32_t>(in_->below(3));
        alias_store(b, st, at, in_->byte() & 1 ? form : draw_address_form());
        alias_load(b, ld, rel, in_->byte() % 4 ? form : draw_address_form());
        break;
      }
      case 2: {  // load, something that may write memory, load again
        AddressForm form = draw_address_form();
        alias_load(b, ld, rel, form);
        alias_intervene(b, rel, static_cast<uint32_t>(lw));
        alias_load(b, ld, rel, in_->byte() % 4 ? form : draw_address_form());
        break;
      }
      default: {  // two stores over each other, then a load across both
        Opcode s1 = random_access(OpClass::Store);
        Opcode s2 = random_access(OpClass::Store);
        alias_store(b, s1, rel, draw_address_form());
        alias_store(b, s2, rel + static_cast<int32_t>(in_->below(op_facts(s1).access_bytes)), draw_address_form());
        alias_load(b, ld, rel + static_cast<int32_t>(in_->below(4)), draw_address_form());
        break;
      }
    }
    // Every loaded value into the checksum; the construct's last one stays.
    const bool last = p + 1 == patterns;
    while (stack_.size() > height + (last ? 1 : 0)) observe_top(false);
    if (last) observe_top(true);
  }
  release_private(mark);
  ++usage_->shape_counts[shape_index(Shape::MemoryAliasing)];
}

// ---- many live values ----------------------------------------------------------

void BodyGenerator::do_live_values() {
  const uint32_t n = in_->range(20, 40);
  const bool in_locals = in_->byte() % 3 == 0;
  const bool call = has_class(config_->classes, OpClass::Call) && plan_->num_callable() && (in_->byte() & 1);
  const uint32_t call_at = call ? in_->below(n) : n;
  const PrivateMark mark = private_mark();
  const size_t base = stack_.size();
  shape_locals_.clear();
  for (uint32_t i = 0; i < n; ++i) {
    if (i == call_at) call_something(false);  // the values so far live across it
    ValType t = random_numeric_type();
    push_computed(t);
    if (in_locals) {
      uint32_t l = acquire_private(t);
      emit(Opcode::LocalSet);
      code_.u32(l);
      pop(1);
      shape_locals_.push_back(l);
    }
  }
  // All of them on the stack at once (from the locals, last first), then
  // used from the top.
  for (size_t i = shape_locals_.size(); i-- > 0;) {
    emit(Opcode::LocalGet);
    code_.u32(shape_locals_[i]);
    push(locals_[shape_locals_[i]]);
  }
  while (stack_.size() > base + 1) observe_top(false);
  if (stack_.size() > base) observe_top(true);
  release_private(mark);
  ++usage_->shape_counts[shape_index(Shape::ManyLiveValues)];
}

// ---- loop nests ------------------------------------------------------------------

void BodyGenerator::do_loop_nest() {
  const uint32_t room = nesting_limit_ - static_cast<uint32_t>(frames_.size());
  const uint32_t depth = in_->range(3, std::min(room, 8u));
  const PrivateMark mark = private_mark();
  const uint32_t live_begin = static_cast<uint32_t>(live_locals_.size());
  const uint32_t live = in_->range(4, 16);
  for (uint32_t i = 0; i < live; ++i) {
    ValType t = random_numeric_type();
    push_computed(t);
    uint32_t l = acquire_private(t);
    emit(Opcode::LocalSet);
    code_.u32(l);
    pop(1);
    live_locals_.push_back(l);
  }
  uint32_t iterations = 1;
  for (uint32_t d = 0; d < depth; ++d) {
    uint32_t trips = in_->range(1, 4);
    while (trips > 1 && iterations * trips > kMaxNestIterations) --trips;
    iterations *= trips;
    open_counted_loop(trips, d == 0 ? mark : private_mark(), d == 0, live_begin);
  }
  ++usage_->shape_counts[shape_index(Shape::DeepLoops)];
}

// `trips` iterations unless a branch says otherwise: the counter is set
// before the loop and counted down at its end (end_frame).
void BodyGenerator::open_counted_loop(uint32_t trips, const PrivateMark& mark, bool reads_live, uint32_t live_begin) {
  uint32_t counter = acquire_private(ValType::I32);
  glue_i32_const(code_, static_cast<int32_t>(trips));
  code_.opcode(Opcode::LocalSet);
  code_.u32(counter);
  Frame f = choose_block_type(0);  // no params: the back edge carries nothing
  f.kind = FrameKind::Loop;
  f.counter = static_cast<int32_t>(counter);
  f.reads_live_values = reads_live;
  f.live_begin = live_begin;
  f.releases_private = true;
  f.private_mark = mark;
  emit(Opcode::Loop);
  if (f.has_type)
    code_.block_type_index(f.type);
  else if (f.num_single)
    code_.block_type(f.single);
  else
    code_.block_type_empty();
  f.height = static_cast<uint32_t>(stack_.size());
  TANDEM_CHECK(frames_.size() < frames_.capacity(), "frame stack outgrew its reservation");
  frames_.push_back(f);
  emit_fuel_check();
}

// counter -= 1; back to the loop header while it is not zero.
void BodyGenerator::count_down(uint32_t counter) {
  code_.opcode(Opcode::LocalGet);
  code_.u32(counter);
  glue_i32_const(code_, 1);
  code_.opcode(Opcode::I32Sub);
  code_.opcode(Opcode::LocalTee);
  code_.u32(counter);
  code_.opcode(Opcode::BrIf);
  code_.u32(0);
}

void BodyGenerator::read_live_values(uint32_t begin) {
  for (size_t i = begin; i < live_locals_.size(); ++i) {
    emit(Opcode::LocalGet);
    code_.u32(live_locals_[i]);
    push(locals_[live_locals_[i]]);
    observe_top(false);
  }
  live_locals_.resize(begin);
}

// ---- switches ----------------------------------------------------------------------

void BodyGenerator::do_switch() {
  const uint32_t room = nesting_limit_ - static_cast<uint32_t>(frames_.size());
  const uint32_t cases = in_->range(2, std::min(room, 24u));
  for (uint32_t i = 0; i < cases; ++i) {
    Frame f;
    f.kind = FrameKind::Block;
    f.height = static_cast<uint32_t>(stack_.size());
    emit(Opcode::Block);
    code_.block_type_empty();
    TANDEM_CHECK(frames_.size() < frames_.capacity(), "frame stack outgrew its reservation");
    frames_.push_back(f);
  }
  const uint32_t n = in_->range(100, 400);
  int32_t x = pick_local(ValType::I32);
  if (x >= 0 && (in_->byte() & 1)) {
    emit(Opcode::LocalGet);
    code_.u32(static_cast<uint32_t>(x));
    push(ValType::I32);
  } else {
    push_i32(draw_index(*in_, n + 1));
  }
  // Hundreds of targets from four bytes of the input.
  SplitMix64 targets(in_->u32());
  emit(Opcode::BrTable);
  code_.u32(n);
  for (uint32_t i = 0; i < n; ++i) code_.u32(static_cast<uint32_t>(targets.next() % cases));
  code_.u32(in_->below(cases));
  pop(1);
  set_unreachable();
  ++usage_->shape_counts[shape_index(Shape::WideBrTable)];
}

// ---- wide branches ---------------------------------------------------------------

void BodyGenerator::do_wide_branch() {
  if (in_->byte() & 1)
    wide_block();
  else
    wide_loop();
  ++usage_->shape_counts[shape_index(Shape::WideBranch)];
}

// A block or loop whose type is `all` split after `num_params`, its params
// the top of the stack.
void BodyGenerator::open_typed_frame(FrameKind kind, Opcode op, std::span<const ValType> all, uint32_t num_params) {
  Frame f;
  f.kind = kind;
  f.has_type = true;
  f.type = plan_->types.intern(all.first(num_params), all.subspan(num_params));
  f.height = static_cast<uint32_t>(stack_.size()) - num_params;
  emit(op);
  code_.block_type_index(f.type);
  TANDEM_CHECK(frames_.size() < frames_.capacity(), "frame stack outgrew its reservation");
  frames_.push_back(f);
}

// block (params p) (results p + q): q more values computed inside, then all
// of them carried out by br, br_if or br_table.
void BodyGenerator::wide_block() {
  const uint32_t p = in_->byte() % 3 == 0 ? in_->range(2, 10) : 0;
  const uint32_t q = in_->range(12 - std::min(p, 12u), 40 - p);
  for (uint32_t i = 0; i < p; ++i) push_computed(random_numeric_type());
  scratch_types_.clear();
  scratch_types_.insert(scratch_types_.end(), stack_.end() - p, stack_.end());
  scratch_types_.insert(scratch_types_.end(), stack_.end() - p, stack_.end());
  for (uint32_t i = 0; i < q; ++i) scratch_types_.push_back(random_numeric_type());
  std::span<const ValType> all(scratch_types_);
  open_typed_frame(FrameKind::Block, Opcode::Block, all, p);
  for (uint32_t i = 0; i < q; ++i) push_computed(scratch_types_[2 * p + i]);
  switch (in_->byte() % 3) {
    case 0:
      emit(Opcode::Br);
      code_.u32(0);
      close_unreachable_block();
      break;
    case 1:
      materialize(ValType::I32);
      emit(Opcode::BrIf);
      code_.u32(0);
      pop(1);
      end_frame();
      break;
    default: {
      push_i32(draw_index(*in_, 4));
      uint32_t n = in_->range(1, 8);
      emit(Opcode::BrTable);
      code_.u32(n);
      for (uint32_t i = 0; i <= n; ++i) code_.u32(0);
      pop(1);
      close_unreachable_block();
      break;
    }
  }
  for (uint32_t i = 0; i < p + q; ++i) observe_top(i + 1 == p + q);
}

// After a branch that leaves nothing on the stack: `end` needs nothing on
// it either (the stack is polymorphic), and the block's results follow.
void BodyGenerator::close_unreachable_block() {
  const Frame f = frames_.back();
  emit(Opcode::End);
  stack_.resize(f.height);
  frames_.pop_back();
  push_all(results_of(f));
}

// loop (params t*) (results t*): the values go through private locals and
// come back rotated among those of their type, so that the back edge, which
// carries them all, is a parallel move with cycles.
void BodyGenerator::wide_loop() {
  const uint32_t n = in_->range(12, 32);
  for (uint32_t i = 0; i < n; ++i) push_computed(random_numeric_type());
  scratch_types_.assign(stack_.end() - n, stack_.end());
  scratch_types_.insert(scratch_types_.end(), stack_.end() - n, stack_.end());
  std::span<const ValType> all(scratch_types_);
  const PrivateMark mark = private_mark();
  const uint32_t counter = acquire_private(ValType::I32);
  glue_i32_const(code_, static_cast<int32_t>(in_->range(2, 4)));
  code_.opcode(Opcode::LocalSet);
  code_.u32(counter);
  open_typed_frame(FrameKind::Loop, Opcode::Loop, all, n);
  emit_fuel_check();

  shape_locals_.clear();
  for (uint32_t i = 0; i < n; ++i) shape_locals_.push_back(acquire_private(scratch_types_[i]));
  for (uint32_t i = n; i-- > 0;) {
    emit(Opcode::LocalSet);
    code_.u32(shape_locals_[i]);
    pop(1);
  }
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t j = (i + 1) % n;
    while (scratch_types_[j] != scratch_types_[i]) j = (j + 1) % n;
    emit(Opcode::LocalGet);
    code_.u32(shape_locals_[j]);
    push(scratch_types_[i]);
  }
  count_down(counter);
  emit(Opcode::End);
  frames_.pop_back();
  release_private(mark);
  for (uint32_t i = 0; i < n; ++i) observe_top(i + 1 == n);
}

}  // namespace tandem::generator

namespace tandem::generator {

// ---- compare and branch ------------------------------------------------------------

// An operand of a comparison: an edge constant (NaNs, signed zeros,
// integer limits), a computed value, or the value in private local
// `same_as` (the first operand again).
void BodyGenerator::push_comparand(ValType t, int32_t same_as) {
  uint8_t how = in_->byte() % 8;
  if (same_as >= 0 && how < 3) {
    emit(Opcode::LocalGet, false);
    code_.u32(static_cast<uint32_t>(same_as));
    push(t);
  } else if (how < 6) {
    Opcode op = const_opcode(t);
    emit(op);
    write_immediates(op);
    push(t);
  } else {
    push_computed(t);
  }
}

void BodyGenerator::do_compare_branch() {
  std::span<const Opcode> ints = menu_->of_class(static_cast<uint8_t>(OpClass::IntCompare));
  std::span<const Opcode> floats = menu_->of_class(static_cast<uint8_t>(OpClass::FloatCompare));
  const size_t n = ints.size() + floats.size();
  if (n == 0) return;
  // Floats first when there are any: their unordered cases are the ones a
  // fused branch gets wrong.
  const uint32_t k = in_->below(static_cast<uint32_t>(n));
  const Opcode cmp = !floats.empty() && (in_->byte() & 1) ? floats[k % floats.size()]
                     : k < ints.size()                    ? ints[k]
                                                          : floats[k - ints.size()];
  const OpFacts& f = op_facts(cmp);
  const ValType t = f.in[0];
  const uint32_t taken = in_->range(1, 1000);
  const uint32_t not_taken = taken + in_->range(1, 1000);
  const uint8_t consumer = in_->byte() % 3;  // br_if, if/else, select
  const bool negate = in_->byte() % 4 == 0;  // cmp; i32.eqz; branch
  const PrivateMark mark = private_mark();
  const size_t base = stack_.size();

  if (consumer == 0) {
    emit(Opcode::Block, false);
    code_.block_type(ValType::I32);
    push_i32(taken);
  } else if (consumer == 2) {
    push_i32(taken);
    push_i32(not_taken);
  }
  push_comparand(t, -1);
  int32_t first = -1;
  if (f.num_in == 2) {
    first = static_cast<int32_t>(acquire_private(t));
    emit(Opcode::LocalTee, false);
    code_.u32(static_cast<uint32_t>(first));
    push_comparand(t, first);
  }
  emit(cmp);
  pop(f.num_in);
  push(ValType::I32);
  if (negate) emit(Opcode::I32Eqz);
  pop(1);
  switch (consumer) {
    case 0:
      emit(Opcode::BrIf);
      code_.u32(0);
      emit(Opcode::Drop, false);
      pop(1);
      push_i32(not_taken);
      emit(Opcode::End, false);
      break;
    case 1:
      emit(Opcode::If);
      code_.block_type(ValType::I32);
      push_i32(taken);
      pop(1);
      emit(Opcode::Else, false);
      push_i32(not_taken);
      pop(1);
      emit(Opcode::End, false);
      push(ValType::I32);
      break;
    default:
      emit(Opcode::Select);
      pop(2);
      push(ValType::I32);
      break;
  }
  TANDEM_CHECK(stack_.size() == base + 1 && stack_.back() == ValType::I32,
               "a compare-branch construct left its stack unbalanced");
  observe_top(false);
  release_private(mark);
  ++usage_->shape_counts[shape_index(Shape::CompareBranch)];
}

// ---- constant operands -------------------------------------------------------------

namespace {

// Right operands that compilers rewrite: magic-number division, shifts
// and masks for powers of two, negations, and the trap and overflow edges.
// Values live across a constant-operand sequence, when there are any.
constexpr uint32_t kConstOperandLiveMin = 8;
constexpr uint32_t kConstOperandLiveMax = 18;

constexpr int64_t kDivisors[] = {3,   5,    6,       7,  9,  10, 11, 12,  25,         100,        125,
                                 641, 1000, 6700417, -1, -2, -3, -7, -10, 0x55555555, 0x7fffffff, -0x80000000LL};
constexpr int64_t kMultipliers[] = {0, 1, 2, 3, 5, 9, 10, -1, -2, 0x7fffffff, 0x100000001LL};
constexpr int64_t kShiftCounts[] = {0, 1, 7, 31, 32, 33, 63, 64, 65, -1};
constexpr int64_t kMasks[] = {0xff, 0xffff, 0x7fffffff, -0x80000000LL, -256, 1, 0xffffffffLL};

struct ConstOp {
  Opcode i32, i64;
  std::span<const int64_t> constants;
};

constexpr ConstOp kConstOps[] = {
    {Opcode::I32DivS, Opcode::I64DivS, kDivisors},    {Opcode::I32DivU, Opcode::I64DivU, kDivisors},
    {Opcode::I32RemS, Opcode::I64RemS, kDivisors},    {Opcode::I32RemU, Opcode::I64RemU, kDivisors},
    {Opcode::I32Mul, Opcode::I64Mul, kMultipliers},   {Opcode::I32Shl, Opcode::I64Shl, kShiftCounts},
    {Opcode::I32ShrS, Opcode::I64ShrS, kShiftCounts}, {Opcode::I32ShrU, Opcode::I64ShrU, kShiftCounts},
    {Opcode::I32Rotl, Opcode::I64Rotl, kShiftCounts}, {Opcode::I32And, Opcode::I64And, kMasks},
};

}  // namespace

void BodyGenerator::do_const_operand() {
  const bool wide = config_->types.has(ValType::I64) && (in_->byte() & 1);
  const ValType t = wide ? ValType::I64 : ValType::I32;
  const PrivateMark mark = private_mark();
  const size_t base = stack_.size();
  const uint32_t x = acquire_private(t);
  // x: a run-time value, or now and then an edge constant (then the
  // folder meets the constant operand too).
  const uint8_t how = in_->byte();
  if (how % 4 == 0) {
    materialize(t);
  } else {
    push_computed(t);
    if (how % 3 == 0) {
      // Negative: where signed division by 2^k needs its rounding fix-up.
      if (wide) {
        emit(Opcode::I64Const, false);
        code_.s64(INT64_MIN);
      } else {
        emit(Opcode::I32Const, false);
        code_.s32(INT32_MIN);
      }
      push(t);
      emit_fixed(wide ? Opcode::I64Or : Opcode::I32Or);
    }
  }
  emit(Opcode::LocalSet, false);
  code_.u32(x);
  pop(1);
  // Now and then many values live across the sequence, so that the
  // allocator has to use every register, those the rewritten operator
  // clobbers (rax and rdx around a magic-number division) included.
  const uint32_t live = in_->byte() % 3 == 0 ? in_->range(kConstOperandLiveMin, kConstOperandLiveMax) : 0;
  for (uint32_t i = 0; i < live; ++i) push_computed(in_->byte() & 1 ? t : random_numeric_type());
  const size_t results_at = stack_.size();
  const uint32_t uses = in_->range(1, 3);
  for (uint32_t i = 0; i < uses; ++i) {
    const ConstOp& c = kConstOps[in_->below(static_cast<uint32_t>(std::size(kConstOps)))];
    int64_t v = c.constants[in_->below(static_cast<uint32_t>(c.constants.size()))];
    if (c.constants.data() == kDivisors && (in_->byte() & 1) == 0) v = int64_t{1} << in_->below(wide ? 63 : 31);  // 2^k
    if (c.constants.data() == kDivisors && (in_->byte() & 3) == 0) v = -v;
    emit(Opcode::LocalGet, false);
    code_.u32(x);
    push(t);
    if (wide) {
      emit(Opcode::I64Const);
      code_.s64(v);
    } else {
      emit(Opcode::I32Const);
      code_.s32(static_cast<int32_t>(v));
    }
    push(t);
    emit_fixed(wide ? c.i64 : c.i32);
    if (i > 0) emit_fixed(wide ? Opcode::I64Xor : Opcode::I32Xor);
  }
  // x again, after the rewritten sequence: it must have survived it.
  emit(Opcode::LocalGet, false);
  code_.u32(x);
  push(t);
  emit_fixed(wide ? Opcode::I64Add : Opcode::I32Add);
  TANDEM_CHECK(stack_.size() == results_at + 1, "a constant-operand construct left its stack unbalanced");
  while (stack_.size() > base) observe_top(false);  // the result, then the live values
  release_private(mark);
  ++usage_->shape_counts[shape_index(Shape::ConstOperand)];
}

}  // namespace tandem::generator
