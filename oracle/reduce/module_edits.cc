#include "oracle/reduce/module_edits.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>
#include <string>

#include "oracle/engines/wabt_features.h"
#include "oracle/reduce/ir_queries.h"
#include "oracle/reduce/stand_in_calls.h"
#include "wabt/apply-names.h"
#include "wabt/binary-reader-ir.h"
#include "wabt/binary-reader.h"
#include "wabt/binary-writer.h"
#include "wabt/cast.h"
#include "wabt/generate-names.h"
#include "wabt/ir.h"
#include "wabt/resolve-names.h"
#include "wabt/stream.h"

namespace tandem::oracle::reduce_ir {
namespace {

void clear_labels(wabt::ExprList& list) {
  for (wabt::Expr& e : list) {
    if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&e)) {
      b->block.label.clear();
      clear_labels(b->block.exprs);
    } else if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&e)) {
      l->block.label.clear();
      clear_labels(l->block.exprs);
    } else if (auto* i = wabt::dyn_cast<wabt::IfExpr>(&e)) {
      i->true_.label.clear();
      clear_labels(i->true_.exprs);
      clear_labels(i->false_);
    }
  }
}

// --- Constants -------------------------------------------------------------

uint64_t float_one_bits(wabt::Type t) { return t == wabt::Type::F32 ? 0x3f800000u : 0x3ff0000000000000ull; }

bool is_integer(wabt::Type t) { return t == wabt::Type::I32 || t == wabt::Type::I64; }
bool is_float(wabt::Type t) { return t == wabt::Type::F32 || t == wabt::Type::F64; }

int64_t signed_value(const wabt::Const& c) {
  return c.type() == wabt::Type::I32 ? static_cast<int32_t>(c.u32()) : static_cast<int64_t>(c.u64());
}

uint64_t float_bits(const wabt::Const& c) { return c.type() == wabt::Type::F32 ? c.u32() : c.u64(); }

// The constant's place in the well-founded order that constant edits move
// down: integers by magnitude, a positive value before its negative (0, 1,
// -1, 2, -2, ...); floats 0.0, then 1.0, then every other bit pattern.
unsigned __int128 constant_weight(const wabt::Const& c) {
  if (is_integer(c.type())) {
    const int64_t v = signed_value(c);
    const unsigned __int128 magnitude = v < 0 ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
    return 2 * magnitude - (v > 0 ? 1 : 0);
  }
  if (is_float(c.type())) {
    const uint64_t bits = float_bits(c);
    return bits == 0 ? 0 : bits == float_one_bits(c.type()) ? 1 : 2;
  }
  return 0;  // v128: no edit changes one
}

void set_const(wabt::Const& c, Edit::Kind kind) {
  const wabt::Type t = c.type();
  if (kind == Edit::Kind::ConstHalve) {
    const int64_t half = signed_value(c) / 2;
    c = t == wabt::Type::I32 ? wabt::Const::I32(static_cast<uint32_t>(half))
                             : wabt::Const::I64(static_cast<uint64_t>(half));
    return;
  }
  const bool one = kind == Edit::Kind::ConstToOne;
  if (t == wabt::Type::I32)
    c = wabt::Const::I32(one ? 1 : 0);
  else if (t == wabt::Type::I64)
    c = wabt::Const::I64(one ? 1 : 0);
  else if (t == wabt::Type::F32)
    c = wabt::Const::F32(one ? 0x3f800000u : 0);
  else if (t == wabt::Type::F64)
    c = wabt::Const::F64(one ? 0x3ff0000000000000ull : 0);
}

// Only edits that move the constant down its order (constant_weight): an
// edit that could move it back up is what kept flipping one constant.
void add_constant_edits(const wabt::Const& c, size_t expr_index, bool late_edits, std::vector<Edit>& edits) {
  const unsigned __int128 weight = constant_weight(c);
  if (weight >= 1) edits.push_back({Edit::Kind::ConstToZero, expr_index});
  if (weight >= 2) edits.push_back({Edit::Kind::ConstToOne, expr_index});
  if (late_edits && is_integer(c.type()) && weight >= 5)
    edits.push_back({Edit::Kind::ConstHalve, expr_index});  // |v| > 2
}

// --- Operands --------------------------------------------------------------

// The number of operands of an instruction that computes one value from two
// or more (one operand alone is a removal of the instruction, RemoveRun's
// edit), or 0.
uint32_t replaceable_operands(const wabt::Module& m, const wabt::Expr& e) {
  if (e.type() == wabt::ExprType::Block || e.type() == wabt::ExprType::Loop) return 0;
  std::optional<StackEffect> effect = stack_effect(m, e);
  return effect && effect->pushes == 1 && effect->pops >= 2 ? effect->pops : 0;
}

bool is_pure_value(const wabt::Expr& e) {
  switch (e.type()) {
    case wabt::ExprType::Const:
    case wabt::ExprType::LocalTee:
    case wabt::ExprType::Call:
    case wabt::ExprType::CallIndirect:
    case wabt::ExprType::MemoryGrow:
    case wabt::ExprType::TableGrow: return false;
    default: return true;
  }
}

std::unique_ptr<wabt::ConstExpr> const_of(const Value& v) {
  switch (v.type) {
    case wasm::ValType::I32: return std::make_unique<wabt::ConstExpr>(wabt::Const::I32(static_cast<uint32_t>(v.bits)));
    case wasm::ValType::I64: return std::make_unique<wabt::ConstExpr>(wabt::Const::I64(v.bits));
    case wasm::ValType::F32: return std::make_unique<wabt::ConstExpr>(wabt::Const::F32(static_cast<uint32_t>(v.bits)));
    case wasm::ValType::F64: return std::make_unique<wabt::ConstExpr>(wabt::Const::F64(v.bits));
    default: return nullptr;
  }
}

std::unique_ptr<wabt::ConstExpr> zero_of(wabt::Type t) {
  if (t == wabt::Type::I32) return std::make_unique<wabt::ConstExpr>(wabt::Const::I32(0));
  if (t == wabt::Type::I64) return std::make_unique<wabt::ConstExpr>(wabt::Const::I64(0));
  if (t == wabt::Type::F32) return std::make_unique<wabt::ConstExpr>(wabt::Const::F32(0));
  if (t == wabt::Type::F64) return std::make_unique<wabt::ConstExpr>(wabt::Const::F64(0));
  if (t == wabt::Type::V128) return std::make_unique<wabt::ConstExpr>(wabt::Const::V128(::v128(0, 0, 0, 0)));
  return nullptr;
}

// An instruction with its operands as one unit: a statement (it leaves
// nothing) that can go, or a value that a 0 can stand for. Runs of
// instructions go by halves and miss most such units, which straddle
// the halves' boundaries.
void add_unit_edits(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs, size_t at, size_t expr_index,
                    const ObservedValues& observed, bool late_edits, std::vector<Edit>& edits) {
  std::optional<StackEffect> effect = stack_effect(m, *exprs[at]);
  if (!effect) return;
  std::vector<size_t> bounds = operand_bounds(m, exprs, at, effect->pops);
  if (bounds.empty()) return;
  const size_t unit = run_size(exprs, bounds.front(), at + 1);
  // The value it always had: worth it when operands go with it, or when it
  // reads a local or global that may then go too. Not for an instruction
  // that does more than compute it (a call, a tee, a grow).
  auto seen = observed.find(static_cast<uint32_t>(exprs[at]->loc.offset));
  if (effect->pushes == 1 && seen != observed.end() && is_pure_value(*exprs[at]) && const_of(seen->second) &&
      (unit > 1 || late_edits))
    edits.push_back({Edit::Kind::ToObserved, expr_index, 0, 0, unit - 1, seen->second});
  if (effect->pops == 0) return;
  if (effect->pushes == 0) edits.push_back({Edit::Kind::RemoveWithOperands, expr_index, 0, 0, unit});
  if (effect->pushes == 1 && zero_of(result_type(m, *exprs[at])))
    edits.push_back({Edit::Kind::ToZeroConstant, expr_index, 0, 0, unit - 1});
}

// A value computed from operands replaced by a parameter of its type: a compiler cannot fold it away as it folds a
// constant, so register pressure and live ranges that a finding needs
// often survive the edit.
void add_param_stand_in_edits(const wabt::Module& m, const wabt::Func& f, const std::vector<wabt::Expr*>& exprs,
                              size_t at, size_t expr_index, std::vector<Edit>& edits) {
  std::optional<StackEffect> effect = stack_effect(m, *exprs[at]);
  if (!effect || effect->pops == 0 || effect->pushes != 1) return;
  const wabt::Type t = result_type(m, *exprs[at]);
  if (t == wabt::Type::Void) return;
  std::vector<size_t> bounds = operand_bounds(m, exprs, at, effect->pops);
  if (bounds.empty()) return;
  const size_t unit = run_size(exprs, bounds.front(), at + 1);
  // The last parameter of the type only: one such edit per value keeps a
  // round's candidates few (every parameter tripled the parallel-move
  // finding's candidates and it missed its fixed point within 60 s).
  for (wabt::Index p = f.GetNumParams(); p-- > 0;)
    if (f.GetParamType(p) == t) {
      edits.push_back({Edit::Kind::ToParam, expr_index, p, 0, unit - 1});
      return;
    }
}

// The value a parameter that stands for an instruction's result passes in
// the case's calls: the one the instruction always had, or, when no call
// of the case runs the function, a 0 of its type. Nullopt when neither
// holds, or the type is not a number.
std::optional<Value> new_param_argument(wabt::Type t, const ObservedValues& observed, const wabt::Expr& e,
                                        bool called) {
  if (!is_integer(t) && !is_float(t)) return std::nullopt;
  if (!called) {
    const wasm::ValType vt = t == wabt::Type::I32   ? wasm::ValType::I32
                             : t == wabt::Type::I64 ? wasm::ValType::I64
                             : t == wabt::Type::F32 ? wasm::ValType::F32
                                                    : wasm::ValType::F64;
    return Value{vt, 0};
  }
  auto seen = observed.find(static_cast<uint32_t>(e.loc.offset));
  if (seen == observed.end()) return std::nullopt;
  return seen->second;
}

void add_new_param_edits(const wabt::Module& m, size_t fi, bool called, const std::vector<wabt::Expr*>& exprs,
                         size_t at, size_t expr_index, const ObservedValues& observed, std::vector<Edit>& edits) {
  std::optional<StackEffect> effect = stack_effect(m, *exprs[at]);
  if (!effect || effect->pops == 0 || effect->pushes != 1) return;
  std::optional<Value> argument = new_param_argument(result_type(m, *exprs[at]), observed, *exprs[at], called);
  if (!argument) return;
  std::vector<size_t> bounds = operand_bounds(m, exprs, at, effect->pops);
  if (bounds.empty()) return;
  edits.push_back({Edit::Kind::ToNewParam, expr_index, fi, 0, run_size(exprs, bounds.front(), at + 1) - 1, *argument});
}

// Takes the instruction at `it` out of `list` with its operands, and puts
// `replacement` (if any) in their place.
bool replace_unit(const wabt::Module& m, wabt::ExprList& list, wabt::ExprList::iterator it,
                  std::unique_ptr<wabt::Expr> replacement) {
  std::vector<wabt::Expr*> exprs = as_vector(list);
  const auto at = static_cast<size_t>(std::distance(list.begin(), it));
  std::optional<StackEffect> effect = stack_effect(m, *it);
  if (!effect) return false;
  std::vector<size_t> bounds = operand_bounds(m, exprs, at, effect->pops);
  if (bounds.empty()) return false;
  auto next = list.erase(std::next(list.begin(), static_cast<long>(bounds.front())), std::next(it));
  if (replacement) list.insert(next, std::move(replacement));
  return true;
}

void add_operand_edits(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs, size_t at, size_t expr_index,
                       std::vector<Edit>& edits) {
  const uint32_t operands = replaceable_operands(m, *exprs[at]);
  if (operands == 0) return;
  std::vector<size_t> bounds = operand_bounds(m, exprs, at, operands);
  if (bounds.empty()) return;
  const size_t unit = run_size(exprs, bounds.front(), at + 1);
  for (uint32_t k = 0; k < operands; ++k)
    edits.push_back({Edit::Kind::KeepOperand, expr_index, k, 0, unit - run_size(exprs, bounds[k], bounds[k + 1])});
}

bool keep_operand(const wabt::Module& m, wabt::ExprList& list, wabt::ExprList::iterator it, size_t operand) {
  std::vector<wabt::Expr*> exprs = as_vector(list);
  const auto at = static_cast<size_t>(std::distance(list.begin(), it));
  const uint32_t operands = replaceable_operands(m, *exprs[at]);
  if (operand >= operands) return false;
  std::vector<size_t> bounds = operand_bounds(m, exprs, at, operands);
  if (bounds.empty()) return false;
  auto position = [&](size_t i) { return std::next(list.begin(), static_cast<long>(i)); };
  // The later run first: erasing it leaves the earlier positions valid.
  list.erase(position(bounds[operand + 1]), position(at + 1));
  list.erase(position(bounds.front()), position(bounds[operand]));
  return true;
}

// --- Values that wait on the stack ------------------------------------------

// The instruction that pushed the value on top of the stack before `at`
// (the one `at` takes last), when it pushed that one value alone and every
// instruction between is known: the others between never reach down to it,
// so it could go without them noticing.
std::optional<size_t> producer_of(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs, size_t at) {
  int64_t above = 0;  // values above it on the stack, after the instruction at i
  for (size_t i = at; i-- > 0;) {
    std::optional<StackEffect> effect = stack_effect(m, *exprs[i]);
    if (!effect) return std::nullopt;
    if (above < effect->pushes) return effect->pushes == 1 ? std::optional<size_t>(i) : std::nullopt;
    above += static_cast<int64_t>(effect->pops) - static_cast<int64_t>(effect->pushes);
  }
  return std::nullopt;
}

// Where the unit of the instruction that pushed what the `drop` at `at`
// drops starts, with the producer itself: (first, producer). Nullopt when
// `at` is no drop, the producer is not known, or it is the instruction
// right before (RemoveWithOperands' edit).
std::optional<std::pair<size_t, size_t>> dropped_unit(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs,
                                                      size_t at) {
  if (exprs[at]->type() != wabt::ExprType::Drop) return std::nullopt;
  std::optional<size_t> producer = producer_of(m, exprs, at);
  if (!producer) return std::nullopt;
  std::optional<StackEffect> effect = stack_effect(m, *exprs[*producer]);
  std::vector<size_t> bounds = operand_bounds(m, exprs, *producer, effect->pops);
  if (bounds.empty()) return std::nullopt;
  return std::make_pair(bounds.front(), *producer);
}

void add_dropped_value_edits(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs, size_t at, size_t expr_index,
                             std::vector<Edit>& edits) {
  std::optional<std::pair<size_t, size_t>> unit = dropped_unit(m, exprs, at);
  if (!unit) return;
  const auto [first, producer] = *unit;
  if (producer + 1 < at)
    edits.push_back({Edit::Kind::RemoveDropped, expr_index, 0, 0, run_size(exprs, first, producer + 1) + 1});
  if (exprs[producer]->type() == wabt::ExprType::LocalTee)
    edits.push_back({Edit::Kind::TeeDroppedToSet, expr_index, 0, 0, 1});
}

bool remove_dropped(const wabt::Module& m, wabt::ExprList& list, wabt::ExprList::iterator drop, Edit::Kind kind) {
  std::vector<wabt::Expr*> exprs = as_vector(list);
  const auto at = static_cast<size_t>(std::distance(list.begin(), drop));
  std::optional<std::pair<size_t, size_t>> unit = dropped_unit(m, exprs, at);
  if (!unit) return false;
  auto position = [&](size_t i) { return std::next(list.begin(), static_cast<long>(i)); };
  if (kind == Edit::Kind::TeeDroppedToSet) {
    auto* tee = wabt::dyn_cast<wabt::LocalTeeExpr>(exprs[unit->second]);
    if (!tee) return false;
    auto set = std::make_unique<wabt::LocalSetExpr>(tee->var, tee->loc);
    list.erase(drop);
    auto after = list.erase(position(unit->second));
    list.insert(after, std::move(set));
    return true;
  }
  if (unit->second + 1 >= at) return false;
  list.erase(drop);  // the later one first: the earlier positions hold
  list.erase(position(unit->first), position(unit->second + 1));
  return true;
}

// `local.set $x local.get $x`, the get at `at`.
bool is_set_then_get(const wabt::Func& f, const std::vector<wabt::Expr*>& exprs, size_t at) {
  if (at == 0) return false;
  auto* set = wabt::dyn_cast<wabt::LocalSetExpr>(exprs[at - 1]);
  auto* get = wabt::dyn_cast<wabt::LocalGetExpr>(exprs[at]);
  return set && get && f.GetLocalIndex(set->var) == f.GetLocalIndex(get->var);
}

bool set_get_to_tee(const wabt::Func& f, wabt::ExprList& list, wabt::ExprList::iterator get) {
  std::vector<wabt::Expr*> exprs = as_vector(list);
  const auto at = static_cast<size_t>(std::distance(list.begin(), get));
  if (!is_set_then_get(f, exprs, at)) return false;
  auto* set = wabt::cast<wabt::LocalSetExpr>(exprs[at - 1]);
  auto tee = std::make_unique<wabt::LocalTeeExpr>(set->var, set->loc);
  auto after = list.erase(std::prev(get), std::next(get));
  list.insert(after, std::move(tee));
  return true;
}

// --- Blocks ----------------------------------------------------------------

// Whether a branch in `list` targets the label `depth` levels out of it.
// Branches by name, and instructions with labels this does not follow,
// count as targeting it.
bool targets_label(const wabt::ExprList& list, wabt::Index depth) {
  auto hits = [&](const wabt::Var& v) { return !v.is_index() || v.index() == depth; };
  for (const wabt::Expr& e : list) {
    if (auto* br = wabt::dyn_cast<wabt::BrExpr>(&e)) {
      if (hits(br->var)) return true;
    } else if (auto* br_if = wabt::dyn_cast<wabt::BrIfExpr>(&e)) {
      if (hits(br_if->var)) return true;
    } else if (auto* table = wabt::dyn_cast<wabt::BrTableExpr>(&e)) {
      if (hits(table->default_target) || std::any_of(table->targets.begin(), table->targets.end(), hits)) return true;
    } else if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&e)) {
      if (targets_label(b->block.exprs, depth + 1)) return true;
    } else if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&e)) {
      if (targets_label(l->block.exprs, depth + 1)) return true;
    } else if (auto* i = wabt::dyn_cast<wabt::IfExpr>(&e)) {
      if (targets_label(i->true_.exprs, depth + 1) || targets_label(i->false_, depth + 1)) return true;
    } else if (e.type() == wabt::ExprType::Try) {
      return true;
    }
  }
  return false;
}

// Branches in `list` to labels more than `depth` levels out move one level
// in: the block they crossed is gone.
void retarget_outward_branches(wabt::ExprList& list, wabt::Index depth) {
  auto retarget = [&](wabt::Var& v) {
    if (v.is_index() && v.index() > depth) v.set_index(v.index() - 1);
  };
  for (wabt::Expr& e : list) {
    if (auto* br = wabt::dyn_cast<wabt::BrExpr>(&e)) {
      retarget(br->var);
    } else if (auto* br_if = wabt::dyn_cast<wabt::BrIfExpr>(&e)) {
      retarget(br_if->var);
    } else if (auto* table = wabt::dyn_cast<wabt::BrTableExpr>(&e)) {
      retarget(table->default_target);
      std::for_each(table->targets.begin(), table->targets.end(), retarget);
    } else if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&e)) {
      retarget_outward_branches(b->block.exprs, depth + 1);
    } else if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&e)) {
      retarget_outward_branches(l->block.exprs, depth + 1);
    } else if (auto* i = wabt::dyn_cast<wabt::IfExpr>(&e)) {
      retarget_outward_branches(i->true_.exprs, depth + 1);
      retarget_outward_branches(i->false_, depth + 1);
    }
  }
}

wabt::ExprList* block_body(wabt::Expr& e) {
  if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&e)) return &b->block.exprs;
  if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&e)) return &l->block.exprs;
  return nullptr;
}

bool can_unnest(wabt::Expr& e) {
  wabt::ExprList* body = block_body(e);
  return body && !targets_label(*body, 0);
}

void unnest(wabt::ExprList& list, wabt::ExprList::iterator it) {
  wabt::ExprList inner = std::move(*block_body(*it));
  retarget_outward_branches(inner, 0);
  it = list.erase(it);
  list.splice(it, inner);
}

wabt::ExprList* if_arm(wabt::Expr& e, size_t arm) {
  auto* i = wabt::dyn_cast<wabt::IfExpr>(&e);
  if (!i) return nullptr;
  return arm == 0 ? &i->true_.exprs : &i->false_;
}

// The arm of an `if` can stand for it when no branch in the arm targets
// the `if` and the `if` takes no parameters (its condition is then all it
// takes from the stack).
bool can_take_arm(wabt::Expr& e, size_t arm) {
  wabt::ExprList* body = if_arm(e, arm);
  return body && !targets_label(*body, 0) && wabt::cast<wabt::IfExpr>(&e)->true_.decl.sig.GetNumParams() == 0;
}

void add_arm_edits(wabt::Expr& e, size_t expr_index, std::vector<Edit>& edits) {
  for (size_t arm = 0; arm < 2; ++arm) {
    if (!can_take_arm(e, arm)) continue;
    size_t kept = 0;
    for (const wabt::Expr& x : *if_arm(e, arm)) kept += tree_size(x);
    edits.push_back({Edit::Kind::IfToArm, expr_index, arm, 0, tree_size(e) - kept});
  }
}

// The `if` at `it` replaced by one of its arms; its condition goes too
// when its run is known, and is dropped otherwise (after an `unreachable`
// that an earlier edit left in its place, say).
bool take_arm(const wabt::Module& m, wabt::ExprList& list, wabt::ExprList::iterator it, size_t arm) {
  if (!can_take_arm(*it, arm)) return false;
  std::vector<wabt::Expr*> exprs = as_vector(list);
  const auto at = static_cast<size_t>(std::distance(list.begin(), it));
  std::vector<size_t> condition = operand_bounds(m, exprs, at, 1);
  wabt::ExprList inner = std::move(*if_arm(*it, arm));
  retarget_outward_branches(inner, 0);
  const size_t first = condition.empty() ? at : condition.front();
  auto next = list.erase(std::next(list.begin(), static_cast<long>(first)), std::next(it));
  if (condition.empty()) list.insert(next, std::make_unique<wabt::DropExpr>());
  list.splice(next, inner);
  return true;
}

// --- Module fields and locals ------------------------------------------------

bool is_called_export(const wabt::ModuleField& field, const std::set<std::string>& called) {
  auto* e = wabt::dyn_cast<wabt::ExportModuleField>(&field);
  return e && called.contains(e->export_.name);
}

void add_field_edits(wabt::Module& m, const std::vector<DiffCall>& calls, std::vector<Edit>& edits) {
  std::set<std::string> called;
  for (const DiffCall& c : calls) called.insert(c.export_name);
  std::vector<bool> kept;
  for (const wabt::ModuleField& f : m.fields) kept.push_back(is_called_export(f, called));
  const size_t fields = kept.size();
  for (size_t len = fields / 2; len >= 1; len /= 2)
    for (size_t start = 0; start + len <= fields; start += len)
      if (std::none_of(kept.begin() + static_cast<long>(start), kept.begin() + static_cast<long>(start + len),
                       [](bool k) { return k; }))
        edits.push_back({Edit::Kind::RemoveFields, 0, start, len});
}

// The module without fields [start, start + length): the others appended to
// a new module in order, so that wabt rebuilds every index space. Later
// items move down; a candidate whose references no longer fit fails
// validation and is not kept.
std::unique_ptr<wabt::Module> without_fields(wabt::Module& m, size_t start, size_t length) {
  auto rebuilt = std::make_unique<wabt::Module>();
  for (size_t i = 0; !m.fields.empty(); ++i) {
    std::unique_ptr<wabt::ModuleField> f = m.fields.extract_front();
    if (i < start || i >= start + length) rebuilt->AppendField(std::move(f));
  }
  return rebuilt;
}

// The local a local.get, local.set or local.tee names; null for another
// instruction.
wabt::Var* local_var(wabt::Expr& e) {
  if (auto* get = wabt::dyn_cast<wabt::LocalGetExpr>(&e)) return &get->var;
  if (auto* set = wabt::dyn_cast<wabt::LocalSetExpr>(&e)) return &set->var;
  if (auto* tee = wabt::dyn_cast<wabt::LocalTeeExpr>(&e)) return &tee->var;
  return nullptr;
}

// The locals (parameters and declared locals, by index) that some
// instruction of `f` names.
std::vector<bool> used_locals(wabt::Func& f) {
  std::vector<bool> used(f.GetNumParamsAndLocals(), false);
  walk_lists(f.exprs, [&](wabt::ExprList& list) {
    for (wabt::Expr& e : list) {
      const wabt::Var* v = local_var(e);
      if (!v) continue;
      const wabt::Index i = f.GetLocalIndex(*v);
      if (i < used.size()) used[i] = true;
    }
  });
  return used;
}

std::vector<size_t> unused_locals(wabt::Func& f) {
  std::vector<bool> used = used_locals(f);
  std::vector<size_t> unused;
  for (size_t i = f.GetNumParams(); i < used.size(); ++i)
    if (!used[i]) unused.push_back(i);
  return unused;
}

// All of a function's unused locals at once first: compilers spill
// hundreds of them, and a finding rarely needs one (a frame's size can
// matter, so they go one at a time after that).
void add_local_edits(wabt::Module& m, std::vector<Edit>& edits) {
  for (size_t fi = m.num_func_imports; fi < m.funcs.size(); ++fi) {
    std::vector<size_t> unused = unused_locals(*m.funcs[fi]);
    if (unused.size() > 1) edits.push_back({Edit::Kind::DropUnusedLocals, fi});
    for (size_t i : unused) edits.push_back({Edit::Kind::DropLocal, fi, i});
  }
}

// Forgets the name of local `index` (counting parameters) and moves the
// names of the locals after it down by one, so that references by name
// resolve to their new indices once it is gone.
void unbind_local(wabt::Func& f, size_t index) {
  for (auto it = f.bindings.begin(); it != f.bindings.end();) {
    if (it->second.index == index) {
      it = f.bindings.erase(it);
      continue;
    }
    if (it->second.index > index) --it->second.index;
    ++it;
  }
}

// Removes local `index` (counting parameters) from `f`: the others keep
// their names, and the bindings move down past it, so that references by
// name resolve to the new indices.
bool drop_local(wabt::Func& f, size_t index) {
  const wabt::Index params = f.GetNumParams();
  if (index < params || index >= f.GetNumParamsAndLocals()) return false;
  wabt::TypeVector types;
  for (wabt::Type t : f.local_types) types.push_back(t);
  types.erase(types.begin() + static_cast<long>(index - params));
  f.local_types.Set(types);
  unbind_local(f, index);
  return true;
}

// Where each direct call of function `fi` passes argument `p`: (list,
// first, last) runs of instructions, or nullopt when something other than
// an export or a direct call names it, or some call's arguments are not
// known runs (after an `unreachable`, say).
struct ArgumentRun {
  wabt::ExprList* list;
  size_t first, last;
};
std::optional<std::vector<ArgumentRun>> argument_runs(wabt::Module& m, size_t fi, size_t p) {
  const uint32_t params = m.funcs[fi]->GetNumParams();
  std::vector<ArgumentRun> runs;
  bool known = true;
  for (wabt::Func* f : m.funcs)
    walk_lists(f->exprs, [&](wabt::ExprList& list) {
      std::vector<wabt::Expr*> exprs;
      for (size_t at = 0; known && at < list.size(); ++at) {
        if (at == 0) exprs = as_vector(list);
        auto* call = wabt::dyn_cast<wabt::CallExpr>(exprs[at]);
        if (!call || !names_func(m, fi, call->var)) continue;
        std::vector<size_t> bounds = operand_bounds(m, exprs, at, params);
        if (bounds.empty())
          known = false;
        else
          runs.push_back({&list, bounds[p], bounds[p + 1]});
      }
    });
  if (!known || runs.size() != non_export_references(m, fi)) return std::nullopt;
  return runs;
}

void add_param_edits(wabt::Module& m, std::vector<Edit>& edits) {
  for (size_t fi = m.num_func_imports; fi < m.funcs.size(); ++fi) {
    wabt::Func& f = *m.funcs[fi];
    if (f.GetNumParams() == 0 || !argument_runs(m, fi, 0)) continue;
    std::vector<bool> used = used_locals(f);
    for (size_t p = 0; p < f.GetNumParams(); ++p)
      if (!used[p]) edits.push_back({Edit::Kind::DropParam, fi, p});
  }
}

// Removes parameter `p` of function `fi`, the argument from every call of
// an export that names it, and the instructions that compute it from every
// direct call. The other parameters and the locals move down.
bool drop_param(wabt::Module& m, size_t fi, size_t p, std::vector<DiffCall>& calls) {
  if (fi < m.num_func_imports || fi >= m.funcs.size()) return false;
  wabt::Func& f = *m.funcs[fi];
  if (p >= f.GetNumParams() || used_locals(f)[p]) return false;
  std::optional<std::vector<ArgumentRun>> runs = argument_runs(m, fi, p);
  if (!runs) return false;
  // The later runs of a list first, so that the earlier positions hold; a
  // call nested in another's argument would overlap it: not this edit.
  std::sort(runs->begin(), runs->end(), [](const ArgumentRun& a, const ArgumentRun& b) {
    return a.list != b.list ? a.list < b.list : a.first > b.first;
  });
  for (size_t i = 1; i < runs->size(); ++i)
    if ((*runs)[i].list == (*runs)[i - 1].list && (*runs)[i].last > (*runs)[i - 1].first) return false;
  for (const ArgumentRun& r : *runs) {
    auto first = std::next(r.list->begin(), static_cast<long>(r.first));
    r.list->erase(first, std::next(first, static_cast<long>(r.last - r.first)));
  }
  wabt::FuncSignature sig = f.decl.sig;
  sig.param_types.erase(sig.param_types.begin() + static_cast<long>(p));
  set_signature(m, f, sig);
  unbind_local(f, p);
  for (const wabt::Export* e : m.exports) {
    if (e->kind != wabt::ExternalKind::Func || !names_func(m, fi, e->var)) continue;
    for (DiffCall& c : calls)
      if (c.export_name == e->name && p < c.args.size()) c.args.erase(c.args.begin() + static_cast<long>(p));
  }
  return true;
}

// Whether some call of the case runs function `fi` (through an export).
bool is_called(const wabt::Module& m, size_t fi, const std::vector<DiffCall>& calls) {
  return std::any_of(m.exports.begin(), m.exports.end(), [&](const wabt::Export* e) {
    return e->kind == wabt::ExternalKind::Func && names_func(m, fi, e->var) &&
           std::any_of(calls.begin(), calls.end(), [&](const DiffCall& c) { return c.export_name == e->name; });
  });
}

// Replaces the instruction at `it` in `f`'s body (with its operands) by
// `local.get` of a new last parameter of its type; every call of the case
// that runs `f` passes `argument` for it. The locals move up by one.
bool add_param_for(wabt::Module& m, wabt::Func& f, wabt::ExprList& list, wabt::ExprList::iterator it,
                   const Value& argument, std::vector<DiffCall>& calls) {
  const auto fi = static_cast<size_t>(std::find(m.funcs.begin(), m.funcs.end(), &f) - m.funcs.begin());
  const wabt::Type t = result_type(m, *it);
  if (!can_add_param(m, fi) || t == wabt::Type::Void) return false;
  const wabt::Index p = f.GetNumParams();
  std::string name = "$new" + std::to_string(p);
  while (f.bindings.count(name)) name += "_";
  if (!replace_unit(m, list, it, std::make_unique<wabt::LocalGetExpr>(wabt::Var(name, wabt::Location())))) return false;
  for (auto& [n, binding] : f.bindings)
    if (binding.index >= p) ++binding.index;
  f.bindings.emplace(name, wabt::Binding(p));
  wabt::FuncSignature sig = f.decl.sig;
  sig.param_types.push_back(t);
  set_signature(m, f, sig);
  for (const wabt::Export* e : m.exports) {
    if (e->kind != wabt::ExternalKind::Func || !names_func(m, fi, e->var)) continue;
    for (DiffCall& c : calls)
      if (c.export_name == e->name) c.args.push_back(argument);
  }
  return true;
}

bool drop_unused_locals(wabt::Func& f) {
  std::vector<size_t> unused = unused_locals(f);
  // The highest first, so that the indices still to drop stay where they are.
  for (auto it = unused.rbegin(); it != unused.rend(); ++it) drop_local(f, *it);
  return !unused.empty();
}

// --- Inlining ----------------------------------------------------------------

// The lists of `list` that run inside a loop of it (a loop's body and what
// it nests): a call there may run more than once per call of its caller.
void add_loop_lists(wabt::ExprList& list, bool in_loop, std::set<const wabt::ExprList*>& out) {
  if (in_loop) out.insert(&list);
  for (wabt::Expr& e : list) {
    if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&e))
      add_loop_lists(b->block.exprs, in_loop, out);
    else if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&e))
      add_loop_lists(l->block.exprs, true, out);
    else if (auto* i = wabt::dyn_cast<wabt::IfExpr>(&e)) {
      add_loop_lists(i->true_.exprs, in_loop, out);
      add_loop_lists(i->false_, in_loop, out);
    }
  }
}

std::set<const wabt::ExprList*> loop_lists(wabt::Module& m) {
  std::set<const wabt::ExprList*> out;
  for (wabt::Func* f : m.funcs) add_loop_lists(f->exprs, false, out);
  return out;
}

// Whether the body can move into a block as it is (a `return` becomes a
// branch out of that block): no tail call, which would return from the
// caller, and no instruction with labels the rewrite does not follow.
bool is_inlinable_body(wabt::ExprList& body) {
  bool ok = true;
  walk_lists(body, [&](wabt::ExprList& list) {
    for (const wabt::Expr& e : list) switch (e.type()) {
        case wabt::ExprType::ReturnCall:
        case wabt::ExprType::ReturnCallIndirect:
        case wabt::ExprType::Try: ok = false; break;
        default: break;
      }
  });
  return ok;
}

// The callee of `e` when the call can be inlined into `caller`: a call of
// another defined function that nothing else names (so that it goes with
// the edit), that is not exported, and returns at most one value (a block
// type of more would need a type entry). Null otherwise.
wabt::Func* inlinable_callee(wabt::Module& m, const wabt::Func* caller, const wabt::Expr& e, bool in_loop) {
  auto* call = wabt::dyn_cast<wabt::CallExpr>(&e);
  if (!call || !caller || in_loop) return nullptr;
  const wabt::Index fi = m.GetFuncIndex(call->var);
  if (fi < m.num_func_imports || fi >= m.funcs.size()) return nullptr;
  wabt::Func* callee = m.funcs[fi];
  if (callee == caller || callee->GetNumResults() > 1 || is_exported(m, fi) || non_export_references(m, fi) != 1 ||
      !is_inlinable_body(callee->exprs))
    return nullptr;
  return callee;
}

// The name of local `index` of `f`, or empty.
std::string local_name(const wabt::Func& f, wabt::Index index) {
  for (const auto& [name, binding] : f.bindings)
    if (binding.index == index) return name;
  return {};
}

// Locals renamed by `names` (old name -> new name), and each `return` a
// branch out of the block the body moved into.
void rebind_body(wabt::ExprList& list, wabt::Index depth, const std::map<std::string, std::string>& names) {
  auto rename = [&](wabt::Var& v) {
    if (auto n = names.find(v.is_name() ? v.name() : std::string()); n != names.end()) v.set_name(n->second);
  };
  for (auto it = list.begin(); it != list.end(); ++it) {
    if (wabt::Var* v = local_var(*it)) rename(*v);
    if (it->type() == wabt::ExprType::Return) {
      it = list.erase(it);
      it = list.insert(it, std::make_unique<wabt::BrExpr>(wabt::Var(depth, wabt::Location())));
    }
    if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&*it)) rebind_body(b->block.exprs, depth + 1, names);
    if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&*it)) rebind_body(l->block.exprs, depth + 1, names);
    if (auto* i = wabt::dyn_cast<wabt::IfExpr>(&*it)) {
      rebind_body(i->true_.exprs, depth + 1, names);
      rebind_body(i->false_, depth + 1, names);
    }
  }
}

// Replaces the call at `it` in `caller` by the callee's body: the
// arguments go into new locals of the caller that stand for the callee's
// parameters (its other locals get new ones too: a call outside a loop
// runs once per call of the caller, when they are still 0), and the body
// runs in a block of the callee's results. The callee, which nothing else
// names, is left for the caller of this to remove.
wabt::Func* inline_call(wabt::Module& m, wabt::Func& caller, wabt::ExprList& list, wabt::ExprList::iterator it,
                        bool in_loop) {
  wabt::Func* callee = inlinable_callee(m, &caller, *it, in_loop);
  if (!callee) return nullptr;
  std::map<std::string, std::string> names;
  std::vector<std::string> new_names;
  wabt::TypeVector types;
  for (wabt::Type t : caller.local_types) types.push_back(t);
  for (wabt::Index i = 0; i < callee->GetNumParamsAndLocals(); ++i) {
    const std::string old_name = local_name(*callee, i);
    if (old_name.empty()) return nullptr;
    std::string new_name = callee->name + "." + old_name.substr(1);
    if (caller.bindings.count(new_name)) return nullptr;
    names[old_name] = new_name;
    new_names.push_back(new_name);
    types.push_back(callee->GetLocalType(i));
  }
  const wabt::Index first = caller.GetNumParamsAndLocals();
  caller.local_types.Set(types);
  for (size_t k = 0; k < new_names.size(); ++k)
    caller.bindings.emplace(new_names[k], wabt::Binding(static_cast<wabt::Index>(first + k)));
  auto block = std::make_unique<wabt::BlockExpr>();
  block->block.decl.sig.result_types = callee->decl.sig.result_types;
  block->block.exprs = std::move(callee->exprs);
  rebind_body(block->block.exprs, 0, names);
  it = list.erase(it);
  for (wabt::Index p = callee->GetNumParams(); p-- > 0;)
    list.insert(it, std::make_unique<wabt::LocalSetExpr>(wabt::Var(new_names[p], wabt::Location())));
  list.insert(it, std::move(block));
  return callee;
}

bool apply_inline(std::unique_ptr<wabt::Module>& module, const Edit& edit) {
  wabt::Module& m = *module;
  wabt::Func* inlined = nullptr;
  size_t expr_index = 0;
  const std::set<const wabt::ExprList*> in_loop = loop_lists(m);
  find_expr_of(m, [&](wabt::Func* f, wabt::ExprList& list, wabt::ExprList::iterator it) {
    if (expr_index++ != edit.index) return false;
    if (f) inlined = inline_call(m, *f, list, it, in_loop.contains(&list));
    return true;
  });
  if (!inlined) return false;
  size_t field = 0;
  for (const wabt::ModuleField& f : m.fields) {
    if (auto* func = wabt::dyn_cast<wabt::FuncModuleField>(&f); func && &func->func == inlined) {
      module = without_fields(m, field, 1);
      return true;
    }
    ++field;
  }
  return false;
}

// --- Copies between locals -----------------------------------------------------

// Whether `copy` can stand down for `source`: a declared local (not a
// parameter) of the same type.
bool can_merge(const wabt::Func& f, wabt::Index copy, wabt::Index source) {
  return copy != source && copy >= f.GetNumParams() && copy < f.GetNumParamsAndLocals() &&
         source < f.GetNumParamsAndLocals() && f.GetLocalType(copy) == f.GetLocalType(source);
}

// Pairs (copy, source) of locals of `f` where `local.get $source local.set
// $copy` appears and can_merge holds, in the order they first appear.
std::vector<std::pair<wabt::Index, wabt::Index>> local_copies(wabt::Func& f) {
  std::vector<std::pair<wabt::Index, wabt::Index>> out;
  walk_lists(f.exprs, [&](wabt::ExprList& list) {
    const wabt::Expr* previous = nullptr;
    for (const wabt::Expr& e : list) {
      auto* get = previous ? wabt::dyn_cast<wabt::LocalGetExpr>(previous) : nullptr;
      auto* set = wabt::dyn_cast<wabt::LocalSetExpr>(&e);
      previous = &e;
      if (!get || !set) continue;
      const wabt::Index source = f.GetLocalIndex(get->var), copy = f.GetLocalIndex(set->var);
      if (!can_merge(f, copy, source)) continue;
      if (std::find(out.begin(), out.end(), std::make_pair(copy, source)) == out.end()) out.emplace_back(copy, source);
    }
  });
  return out;
}

void add_copy_edits(wabt::Module& m, std::vector<Edit>& edits) {
  for (size_t fi = m.num_func_imports; fi < m.funcs.size(); ++fi)
    for (const auto& [copy, source] : local_copies(*m.funcs[fi]))
      edits.push_back({Edit::Kind::MergeLocal, fi, copy, source});
}

// Every reference to local `copy` names `source` instead; the copies of a
// local into itself that this leaves go, and so does `copy`.
bool merge_local(wabt::Func& f, wabt::Index copy, wabt::Index source) {
  if (!can_merge(f, copy, source)) return false;
  const std::string source_name = local_name(f, source);
  if (source_name.empty()) return false;
  walk_lists(f.exprs, [&](wabt::ExprList& list) {
    for (auto it = list.begin(); it != list.end();) {
      if (wabt::Var* v = local_var(*it); v && f.GetLocalIndex(*v) == copy) v->set_name(source_name);
      // `local.get $x local.set $x` does nothing: both go.
      auto* set = wabt::dyn_cast<wabt::LocalSetExpr>(&*it);
      if (set && it != list.begin()) {
        auto* get = wabt::dyn_cast<wabt::LocalGetExpr>(&*std::prev(it));
        if (get && f.GetLocalIndex(get->var) == f.GetLocalIndex(set->var)) {
          it = list.erase(std::prev(it), std::next(it));
          continue;
        }
      }
      ++it;
    }
  });
  return drop_local(f, copy);
}

// Each memory at half its initial pages, and at a maximum of its initial.
void add_memory_edits(wabt::Module& m, std::vector<Edit>& edits) {
  for (size_t i = 0; i < m.memories.size(); ++i) {
    const wabt::Limits& l = m.memories[i]->page_limits;
    if (l.initial > 0) edits.push_back({Edit::Kind::ShrinkMemory, i, l.initial / 2, l.has_max ? l.max : 0});
    if (l.has_max && l.max > l.initial) edits.push_back({Edit::Kind::ShrinkMemory, i, l.initial, l.initial});
  }
}

bool shrink_memory(wabt::Module& m, const Edit& edit) {
  if (edit.index >= m.memories.size()) return false;
  wabt::Limits& l = m.memories[edit.index]->page_limits;
  if (edit.start > l.initial || (l.has_max && edit.length > l.max)) return false;
  l.initial = edit.start;
  if (l.has_max) l.max = edit.length;
  return true;
}

void add_body_edits(wabt::Module& m, std::vector<Edit>& edits) {
  // Bodies by halves first: one function of a thousand that the finding
  // needs is found in some twenty kept edits, not a thousand tries (and
  // every candidate after them compiles one function, not all of them).
  const size_t funcs = m.funcs.size();
  for (size_t len = funcs / 2; len >= 2; len /= 2)
    for (size_t start = 0; start + len <= funcs; start += len) {
      bool any = false;
      for (size_t f = start; f < start + len && !any; ++f) any = !is_unreachable_body(m, f);
      if (any) edits.push_back({Edit::Kind::BodiesToUnreachable, 0, start, len});
    }
}

void add_run_edits(wabt::Module& m, bool calls_stand_in, std::vector<Edit>& edits) {
  size_t list_index = 0;
  for_each_list_of(m, [&](wabt::Func* f, wabt::ExprList& list) {
    size_t n = list.size();
    // Removing a run rarely validates in a body that leaves values on the
    // stack; replacing it by `unreachable` always does, and the code after
    // it is dead to both compilers. That halves a 30 KB function per kept
    // edit where removals alone crawled.
    std::vector<wabt::Expr*> exprs = as_vector(list);
    for (size_t len = n; len >= 1; len /= 2)
      for (size_t start = 0; start + len <= n; start += len) {
        const size_t weight = run_size(exprs, start, start + len);
        edits.push_back({Edit::Kind::RemoveRun, list_index, start, len, weight});
        if (len > 1) edits.push_back({Edit::Kind::RunToUnreachable, list_index, start, len, weight - 1});
        if (calls_stand_in && f) {
          const RunCount count = count_run(exprs, start, start + len);
          if (worth_a_call(count))
            edits.push_back({Edit::Kind::RunToCall, list_index, start, len, weight - count.reads});
        }
      }
    ++list_index;
  });
}

void add_expression_edits(wabt::Module& m, const std::vector<DiffCall>& calls, const ObservedValues& observed,
                          bool late_edits, std::vector<Edit>& edits) {
  size_t expr_index = 0;
  const std::set<const wabt::ExprList*> in_loop = loop_lists(m);
  std::map<const wabt::Func*, std::pair<size_t, bool>> new_param_of;  // function -> (index, called)
  for (size_t fi = 0; fi < m.funcs.size(); ++fi)
    if (can_add_param(m, fi)) new_param_of[m.funcs[fi]] = {fi, is_called(m, fi, calls)};
  for_each_list_of(m, [&](wabt::Func* f, wabt::ExprList& list) {
    std::vector<wabt::Expr*> exprs = as_vector(list);
    auto new_param = new_param_of.find(f);
    for (size_t at = 0; at < exprs.size(); ++at, ++expr_index) {
      wabt::Expr& e = *exprs[at];
      if (inlinable_callee(m, f, e, in_loop.contains(&list)))
        edits.push_back({Edit::Kind::InlineCall, expr_index, 0, 0, 1});
      if (e.type() != wabt::ExprType::Unreachable)
        edits.push_back({Edit::Kind::ToUnreachable, expr_index, 0, 0, tree_size(e) - 1});
      add_unit_edits(m, exprs, at, expr_index, observed, late_edits, edits);
      if (f) add_param_stand_in_edits(m, *f, exprs, at, expr_index, edits);
      if (new_param != new_param_of.end())
        add_new_param_edits(m, new_param->second.first, new_param->second.second, exprs, at, expr_index, observed,
                            edits);
      add_operand_edits(m, exprs, at, expr_index, edits);
      add_dropped_value_edits(m, exprs, at, expr_index, edits);
      if (f && calls.empty()) {
        add_call_edits(m, exprs, at, expr_index, edits);
        add_grow_edits(m, exprs, at, expr_index, edits);
      }
      if (f && is_set_then_get(*f, exprs, at)) edits.push_back({Edit::Kind::SetGetToTee, expr_index, 0, 0, 1});
      if (can_unnest(e)) edits.push_back({Edit::Kind::Unnest, expr_index, 0, 0, 1});
      if (auto* t = wabt::dyn_cast<wabt::BrTableExpr>(&e); t && !t->targets.empty())
        edits.push_back({Edit::Kind::BrTableHalve, expr_index, 0, 0, (t->targets.size() + 1) / 2});
      add_arm_edits(e, expr_index, edits);
      if (auto* c = wabt::dyn_cast<wabt::ConstExpr>(&e)) add_constant_edits(c->const_, expr_index, late_edits, edits);
    }
  });
}

void set_unreachable(wabt::ExprList& body) {
  body.clear();
  body.push_back(std::make_unique<wabt::UnreachableExpr>());
}

bool apply_to_run(wabt::Module& m, const Edit& edit) {
  bool done = false;
  std::optional<Stub> stub;
  size_t list_index = 0;
  for_each_list_of(m, [&](wabt::Func* f, wabt::ExprList& list) {
    if (done || list_index++ != edit.index || edit.start + edit.length > list.size()) return;
    if (edit.kind == Edit::Kind::RunToCall) {
      if (f) stub = gather_into_call(m, *f, list, edit.start, edit.start + edit.length, {});
      return;
    }
    auto first = std::next(list.begin(), static_cast<long>(edit.start));
    auto last = list.erase(first, std::next(first, static_cast<long>(edit.length)));
    if (edit.kind == Edit::Kind::RunToUnreachable) list.insert(last, std::make_unique<wabt::UnreachableExpr>());
    done = true;
  });
  if (stub) {
    finish_stand_in(m, *stub);  // after the walk: it may append to the functions the walk went through
    done = true;
  }
  return done;
}

bool apply_to_expression(wabt::Module& m, const Edit& edit, std::vector<DiffCall>& calls) {
  bool done = false;
  std::optional<Stub> stub;
  size_t expr_index = 0;
  find_expr_of(m, [&](wabt::Func* f, wabt::ExprList& list, wabt::ExprList::iterator it) {
    if (expr_index++ != edit.index) return false;
    switch (edit.kind) {
      case Edit::Kind::ToUnreachable:
        it = list.erase(it);
        list.insert(it, std::make_unique<wabt::UnreachableExpr>());
        done = true;
        break;
      case Edit::Kind::RemoveWithOperands: done = replace_unit(m, list, it, nullptr); break;
      case Edit::Kind::RemoveDropped:
      case Edit::Kind::TeeDroppedToSet: done = remove_dropped(m, list, it, edit.kind); break;
      case Edit::Kind::SetGetToTee: done = f && set_get_to_tee(*f, list, it); break;
      case Edit::Kind::ToObserved: done = replace_unit(m, list, it, const_of(edit.value)); break;
      case Edit::Kind::ToZeroConstant: {
        std::unique_ptr<wabt::ConstExpr> zero = zero_of(result_type(m, *it));
        done = zero && replace_unit(m, list, it, std::move(zero));
        break;
      }
      case Edit::Kind::KeepOperand: done = keep_operand(m, list, it, edit.start); break;
      case Edit::Kind::ToCall:
        if (f) stub = apply_call(m, *f, list, it);
        break;
      case Edit::Kind::GrowCall:
        if (f) stub = apply_grow(m, *f, list, it, edit);
        break;
      case Edit::Kind::ToParam: {
        const auto p = static_cast<wabt::Index>(edit.start);
        const std::string name = f ? local_name(*f, p) : std::string();
        done = f && p < f->GetNumParams() && !name.empty() && f->GetParamType(p) == result_type(m, *it) &&
               replace_unit(m, list, it, std::make_unique<wabt::LocalGetExpr>(wabt::Var(name, wabt::Location())));
        break;
      }
      case Edit::Kind::ToNewParam:
        done = f && edit.start < m.funcs.size() && m.funcs[edit.start] == f &&
               add_param_for(m, *f, list, it, edit.value, calls);
        break;
      case Edit::Kind::Unnest:
        done = can_unnest(*it);
        if (done) unnest(list, it);
        break;
      case Edit::Kind::IfToArm: done = take_arm(m, list, it, edit.start); break;
      case Edit::Kind::BrTableHalve:
        if (auto* t = wabt::dyn_cast<wabt::BrTableExpr>(&*it); t && !t->targets.empty()) {
          t->targets.resize(t->targets.size() / 2);
          done = true;
        }
        break;
      case Edit::Kind::ConstToZero:
      case Edit::Kind::ConstToOne:
      case Edit::Kind::ConstHalve:
        if (auto* c = wabt::dyn_cast<wabt::ConstExpr>(&*it)) {
          set_const(c->const_, edit.kind);
          done = true;
        }
        break;
      default: break;
    }
    return true;
  });
  if (stub) {
    finish_stand_in(m, *stub);  // after the walk: it may append to the functions the walk went through
    done = true;
  }
  return done;
}

bool is_run(const Edit& e) {
  return e.kind == Edit::Kind::RemoveRun || e.kind == Edit::Kind::RunToUnreachable || e.kind == Edit::Kind::RunToCall;
}

// The run and expression edits, which enumerate_edits orders by weight.
bool is_weighed(const Edit& e) { return e.kind >= Edit::Kind::RemoveRun; }

}  // namespace

std::unique_ptr<wabt::Module> read_ir(const std::vector<uint8_t>& wasm) {
  auto m = std::make_unique<wabt::Module>();
  wabt::Errors errors;
  wabt::Features features = all_wabt_features();
  wabt::ReadBinaryOptions options(features, nullptr, false, true, false);
  if (wabt::Failed(wabt::ReadBinaryIr("<reduce>", wasm.data(), wasm.size(), options, &errors, m.get()))) return nullptr;
  // References by name, not index, so that removing a function, global,
  // type or local moves the others' references with them (write_ir
  // resolves them again). Branch targets stay depths: labels would make
  // every block that an edit unnests an unresolvable target.
  if (wabt::Failed(wabt::GenerateNames(m.get()))) return nullptr;
  for (wabt::Func* f : m->funcs) clear_labels(f->exprs);
  // ApplyNames resolves every element segment's table, and a passive or
  // declarative segment of a module without tables names table 0, which
  // does not exist (the generator declares every function a body names
  // with ref.func so). An unnamed stand-in table lets it resolve (the
  // segments keep index 0) and goes again before anything sees it.
  const bool stand_in = m->tables.empty() && !m->elem_segments.empty();
  if (stand_in) {
    auto field = std::make_unique<wabt::TableModuleField>();
    field->table.elem_type = wabt::Type::FuncRef;
    m->AppendField(std::move(field));
  }
  const bool named = wabt::Succeeded(wabt::ApplyNames(m.get()));
  if (stand_in) {
    m->tables.pop_back();
    m->fields.erase(std::prev(m->fields.end()));
  }
  if (!named) return nullptr;
  return m;
}

std::optional<std::vector<uint8_t>> write_ir(wabt::Module& m) {
  wabt::Errors errors;
  if (wabt::Failed(wabt::ResolveNamesModule(&m, &errors))) return std::nullopt;  // a reference to a removed field
  wabt::MemoryStream stream;
  wabt::WriteBinaryOptions options;
  options.features = all_wabt_features();
  options.write_debug_names = false;
  if (wabt::Failed(wabt::WriteBinaryModule(&stream, &m, options))) return std::nullopt;
  const auto& data = stream.output_buffer().data;
  return std::vector<uint8_t>(data.begin(), data.end());
}

std::vector<Edit> enumerate_edits(wabt::Module& m, const std::vector<DiffCall>& calls, const ObservedValues& observed,
                                  bool late_edits) {
  std::vector<Edit> edits;
  add_body_edits(m, edits);
  add_field_edits(m, calls, edits);
  for (size_t f = 0; f < m.funcs.size(); ++f)
    if (!is_unreachable_body(m, f)) edits.push_back({Edit::Kind::BodyToUnreachable, f});
  add_local_edits(m, edits);
  add_param_edits(m, edits);
  add_copy_edits(m, edits);
  add_memory_edits(m, edits);
  // Runs and expressions of every function and block together, the edits
  // that take out most first: a run of a hundred instructions in the last
  // block comes before a single one in the first, as delta debugging goes
  // from coarse to fine over the whole input.
  const auto weighed = static_cast<long>(edits.size());
  add_run_edits(m, calls.empty(), edits);
  add_expression_edits(m, calls, observed, late_edits, edits);
  std::stable_sort(edits.begin() + weighed, edits.end(),
                   [](const Edit& a, const Edit& b) { return a.weight > b.weight; });
  return edits;
}

bool apply_edit(std::unique_ptr<wabt::Module>& module, const Edit& edit, std::vector<DiffCall>& calls) {
  wabt::Module& m = *module;
  switch (edit.kind) {
    case Edit::Kind::RemoveFields:
      if (edit.start + edit.length > m.fields.size()) return false;
      module = without_fields(m, edit.start, edit.length);
      return true;
    case Edit::Kind::BodiesToUnreachable:
      if (edit.start + edit.length > m.funcs.size()) return false;
      for (size_t f = std::max<size_t>(edit.start, m.num_func_imports); f < edit.start + edit.length; ++f)
        set_unreachable(m.funcs[f]->exprs);
      return true;
    case Edit::Kind::BodyToUnreachable:
      if (edit.index >= m.funcs.size() || edit.index < m.num_func_imports) return false;
      set_unreachable(m.funcs[edit.index]->exprs);
      return true;
    case Edit::Kind::DropUnusedLocals:
      return edit.index >= m.num_func_imports && edit.index < m.funcs.size() &&
             drop_unused_locals(*m.funcs[edit.index]);
    case Edit::Kind::DropLocal:
      return edit.index >= m.num_func_imports && edit.index < m.funcs.size() &&
             drop_local(*m.funcs[edit.index], edit.start);
    case Edit::Kind::DropParam: return drop_param(m, edit.index, edit.start, calls);
    case Edit::Kind::MergeLocal:
      return edit.index >= m.num_func_imports && edit.index < m.funcs.size() &&
             merge_local(*m.funcs[edit.index], static_cast<wabt::Index>(edit.start),
                         static_cast<wabt::Index>(edit.length));
    case Edit::Kind::InlineCall: return apply_inline(module, edit);
    case Edit::Kind::ShrinkMemory: return shrink_memory(m, edit);
    case Edit::Kind::RemoveRun:
    case Edit::Kind::RunToUnreachable:
    case Edit::Kind::RunToCall: return apply_to_run(m, edit);
    default: return apply_to_expression(m, edit, calls);
  }
}

bool resumes_after(const Edit& e, const Edit& last) {
  if (is_weighed(e) && is_weighed(last)) {
    if (e.weight != last.weight) return e.weight < last.weight;
    if (e.kind != last.kind) return false;
    return is_run(e) ? e.index == last.index && e.length == last.length && e.start >= last.start
                     : e.index >= last.index;
  }
  if (e.kind != last.kind) return false;
  if (e.kind == Edit::Kind::RemoveFields || e.kind == Edit::Kind::BodiesToUnreachable)
    return e.length == last.length && e.start >= last.start;
  return e.index >= last.index;
}

Measure measure(wabt::Module& m, size_t bytes) {
  Measure result;
  for (size_t f = 0; f < m.funcs.size(); ++f) result.functions += !is_unreachable_body(m, f);
  result.bytes = bytes;
  for (const wabt::Func* f : m.funcs) result.locals += f->GetNumLocals();
  for (const wabt::Memory* mem : m.memories)
    result.memory_pages += mem->page_limits.initial + (mem->page_limits.has_max ? mem->page_limits.max : 0);
  for_each_list_of(m, [&](wabt::Func* f, wabt::ExprList& list) {
    for (wabt::Expr& e : list) {
      ++result.instructions;
      if (e.type() == wabt::ExprType::LocalGet || e.type() == wabt::ExprType::GlobalGet) ++result.reads;
      if (auto* c = wabt::dyn_cast<wabt::ConstExpr>(&e)) result.constant_weight += constant_weight(c->const_);
      if (!f) continue;  // a global's initializer
      result.operators += own_operators(e);
    }
  });
  return result;
}

}  // namespace tandem::oracle::reduce_ir
