#include "oracle/reduce/stand_in_calls.h"

#include <algorithm>
#include <functional>

#include "oracle/reduce/ir_queries.h"
#include "wabt/cast.h"

namespace tandem::oracle::reduce_ir {
namespace {

// Calls `on_expr` for the instruction and every instruction nested in it.
void visit_tree(const wabt::Expr& e, const std::function<void(const wabt::Expr&)>& on_expr) {
  on_expr(e);
  auto visit = [&](const wabt::ExprList& list) {
    for (const wabt::Expr& x : list) visit_tree(x, on_expr);
  };
  if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&e)) visit(b->block.exprs);
  if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&e)) visit(l->block.exprs);
  if (auto* i = wabt::dyn_cast<wabt::IfExpr>(&e)) {
    visit(i->true_.exprs);
    visit(i->false_);
  }
}

bool is_stub(const wabt::Module& m, size_t fi) {
  return fi >= m.num_func_imports && fi < m.funcs.size() && is_unreachable_body(m, fi) && !m.funcs[fi]->name.empty();
}

// The stub that the only call of it, at `e`, names: a run that takes the
// call in can give it the run's signature instead of adding another stub.
std::optional<size_t> sole_call_of_a_stub(const wabt::Module& m, const wabt::Expr& e) {
  auto* call = wabt::dyn_cast<wabt::CallExpr>(&e);
  if (!call) return std::nullopt;
  const wabt::Index fi = m.GetFuncIndex(call->var);
  if (!is_stub(m, fi) || is_exported(m, fi) || non_export_references(m, fi) != 1) return std::nullopt;
  return fi;
}

Stub stub_for(const wabt::Module& m, const wabt::FuncSignature& sig, std::optional<size_t> absorbed) {
  for (size_t fi = m.num_func_imports; fi < m.funcs.size(); ++fi)
    if (is_stub(m, fi) && m.funcs[fi]->decl.sig == sig) return {m.funcs[fi]->name, sig, false, std::nullopt};
  if (absorbed) return {m.funcs[*absorbed]->name, sig, false, absorbed};
  std::string name = "$stub";
  for (size_t k = 1; m.func_bindings.count(name); ++k) name = "$stub" + std::to_string(k);
  return {name, sig, true, std::nullopt};
}

// Declared local `index` of `f` becomes its last parameter, under its
// name; the declared locals before it move up by one.
void local_to_param(wabt::Module& m, wabt::Func& f, wabt::Index index) {
  const wabt::Index params = f.GetNumParams();
  if (index < params || index >= f.GetNumParamsAndLocals()) return;
  wabt::FuncSignature sig = f.decl.sig;
  sig.param_types.push_back(f.GetLocalType(index));
  wabt::TypeVector types;
  for (wabt::Type t : f.local_types) types.push_back(t);
  types.erase(types.begin() + static_cast<long>(index - params));
  f.local_types.Set(types);
  for (auto& [name, binding] : f.bindings) {
    if (binding.index == index)
      binding.index = params;
    else if (binding.index >= params && binding.index < index)
      ++binding.index;
  }
  set_signature(m, f, sig);
}

// The results of the instruction at `at` with its operands, as a stub
// returns them; nullopt when they are not known.
std::optional<wabt::TypeVector> unit_results(const wabt::Module& m, const wabt::Expr& e, uint32_t pushes) {
  if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&e)) return b->block.decl.sig.result_types;
  if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&e)) return l->block.decl.sig.result_types;
  if (auto* i = wabt::dyn_cast<wabt::IfExpr>(&e)) return i->true_.decl.sig.result_types;
  if (pushes == 0) return wabt::TypeVector{};
  const wabt::Type t = result_type(m, e);
  if (pushes != 1 || t == wabt::Type::Void) return std::nullopt;
  return wabt::TypeVector{t};
}

// The unit of the instruction at `at` (its operands' first instruction)
// and what it returns, for ToCall.
std::optional<std::pair<size_t, wabt::TypeVector>> call_unit(const wabt::Module& m,
                                                             const std::vector<wabt::Expr*>& exprs, size_t at) {
  std::optional<StackEffect> effect = stack_effect(m, *exprs[at]);
  if (!effect) return std::nullopt;
  std::optional<wabt::TypeVector> results = unit_results(m, *exprs[at], effect->pushes);
  if (!results) return std::nullopt;
  std::vector<size_t> bounds = operand_bounds(m, exprs, at, effect->pops);
  if (bounds.empty()) return std::nullopt;
  return std::make_pair(bounds.front(), *results);
}

// Where the statements of `exprs` begin and end: the positions at which
// the stack is as the list found it, up to the first instruction whose
// effect is not known.
std::vector<size_t> statement_bounds(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs) {
  std::vector<size_t> bounds{0};
  int64_t height = 0;
  for (size_t i = 0; i < exprs.size(); ++i) {
    std::optional<StackEffect> effect = stack_effect(m, *exprs[i]);
    if (!effect || (height -= effect->pops) < 0) break;
    height += effect->pushes;
    if (height == 0) bounds.push_back(i + 1);
  }
  return bounds;
}

// How many statements on each side GrowCall offers to take in at once: 1,
// 2, 4, ... up to this many (each a candidate the sweep judges).
constexpr size_t kGrowStatements = 16;

// GrowCall's run: the call of a stub at `at` with its operands, `before`
// statements before them and `after` statements after it (only when the
// stub returns nothing), with the stub's results; nullopt when no such
// run is known.
std::optional<std::pair<std::pair<size_t, size_t>, wabt::TypeVector>> grown_run(const wabt::Module& m,
                                                                                const std::vector<wabt::Expr*>& exprs,
                                                                                size_t at, size_t before,
                                                                                size_t after) {
  auto* call = wabt::dyn_cast<wabt::CallExpr>(exprs[at]);
  if (!call || !is_stub(m, m.GetFuncIndex(call->var))) return std::nullopt;
  const wabt::FuncSignature& sig = m.funcs[m.GetFuncIndex(call->var)]->decl.sig;
  if (after > 0 && sig.GetNumResults() > 0) return std::nullopt;
  std::vector<size_t> bounds = operand_bounds(m, exprs, at, sig.GetNumParams());
  if (bounds.empty()) return std::nullopt;
  const std::vector<size_t> statements = statement_bounds(m, exprs);
  auto place = [&](size_t position) {
    return static_cast<size_t>(std::find(statements.begin(), statements.end(), position) - statements.begin());
  };
  size_t first = bounds.front(), last = at + 1;
  if (before > 0) {
    const size_t k = place(first);
    if (k == statements.size() || k < before) return std::nullopt;
    first = statements[k - before];
  }
  if (after > 0) {
    const size_t k = place(last);
    if (k + after >= statements.size()) return std::nullopt;
    last = statements[k + after];
  }
  return std::make_pair(std::make_pair(first, last), sig.result_types);
}

}  // namespace

size_t own_operators(const wabt::Expr& e) {
  if (e.type() == wabt::ExprType::Block || e.type() == wabt::ExprType::Loop) return 2;
  if (auto* i = wabt::dyn_cast<wabt::IfExpr>(&e)) return i->false_.empty() ? 2 : 3;
  return 1;
}

RunCount count_run(const std::vector<wabt::Expr*>& exprs, size_t first, size_t last) {
  RunCount n;
  for (size_t i = first; i < last; ++i)
    visit_tree(*exprs[i], [&n](const wabt::Expr& e) {
      n.operators += own_operators(e);
      n.reads += e.type() == wabt::ExprType::LocalGet;
    });
  return n;
}

bool worth_a_call(const RunCount& n) { return n.operators >= n.reads + 3; }

void finish_stand_in(wabt::Module& m, const Stub& stub) {
  if (stub.in) {
    const auto fi = static_cast<size_t>(std::find(m.funcs.begin(), m.funcs.end(), stub.in) - m.funcs.begin());
    if (can_add_param(m, fi))
      for (const std::string& name : stub.set_locals)
        local_to_param(m, *stub.in, stub.in->GetLocalIndex(wabt::Var(name, wabt::Location())));
  }
  if (stub.retype) set_signature(m, *m.funcs[*stub.retype], stub.sig);
  if (!stub.added) return;
  auto field = std::make_unique<wabt::FuncModuleField>(wabt::Location(), stub.name);
  field->func.exprs.push_back(std::make_unique<wabt::UnreachableExpr>());
  set_signature(m, field->func, stub.sig);
  m.AppendField(std::move(field));
}

std::optional<Stub> gather_into_call(const wabt::Module& m, wabt::Func& f, wabt::ExprList& list, size_t first,
                                     size_t last, const wabt::TypeVector& results) {
  if (first >= last || last > list.size()) return std::nullopt;
  auto begin = std::next(list.begin(), static_cast<long>(first));
  auto end = std::next(list.begin(), static_cast<long>(last));
  std::vector<wabt::Var> reads;
  wabt::FuncSignature sig;
  sig.result_types = results;
  bool resolved = true;
  std::optional<size_t> absorbed;
  std::vector<std::string> set_locals;
  for (auto it = begin; it != end; ++it)
    visit_tree(*it, [&](const wabt::Expr& e) {
      if (!absorbed) absorbed = sole_call_of_a_stub(m, e);
      auto* set = wabt::dyn_cast<wabt::LocalSetExpr>(&e);
      auto* tee = wabt::dyn_cast<wabt::LocalTeeExpr>(&e);
      const wabt::Var* target = set ? &set->var : tee ? &tee->var : nullptr;
      if (target && target->is_name() && f.GetLocalIndex(*target) >= f.GetNumParams() &&
          f.GetLocalIndex(*target) < f.GetNumParamsAndLocals() &&
          std::find(set_locals.begin(), set_locals.end(), target->name()) == set_locals.end())
        set_locals.push_back(target->name());
      auto* get = wabt::dyn_cast<wabt::LocalGetExpr>(&e);
      if (!get) return;
      const wabt::Index local = f.GetLocalIndex(get->var);
      resolved = resolved && local < f.GetNumParamsAndLocals();
      if (!resolved) return;
      reads.push_back(get->var);
      sig.param_types.push_back(f.GetLocalType(local));
    });
  if (!resolved) return std::nullopt;
  Stub stub = stub_for(m, sig, absorbed);
  stub.in = &f;
  stub.set_locals = std::move(set_locals);
  auto next = list.erase(begin, end);
  for (const wabt::Var& v : reads) list.insert(next, std::make_unique<wabt::LocalGetExpr>(v));
  list.insert(next, std::make_unique<wabt::CallExpr>(wabt::Var(stub.name, wabt::Location())));
  return stub;
}

void add_call_edits(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs, size_t at, size_t expr_index,
                    std::vector<Edit>& edits) {
  std::optional<std::pair<size_t, wabt::TypeVector>> unit = call_unit(m, exprs, at);
  if (!unit) return;
  const RunCount n = count_run(exprs, unit->first, at + 1);
  if (worth_a_call(n))
    edits.push_back({Edit::Kind::ToCall, expr_index, 0, 0, run_size(exprs, unit->first, at + 1) - n.reads});
}

void add_grow_edits(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs, size_t at, size_t expr_index,
                    std::vector<Edit>& edits) {
  for (size_t side = 0; side < 2; ++side)
    for (size_t k = 1; k <= kGrowStatements; k *= 2) {
      auto run = side == 0 ? grown_run(m, exprs, at, k, 0) : grown_run(m, exprs, at, 0, k);
      if (!run) break;
      const auto [first, last] = run->first;
      const RunCount n = count_run(exprs, first, last);
      // The stub the call names takes the new signature, or one that has
      // it already does: no function is added.
      if (n.operators >= n.reads + 2)
        edits.push_back({Edit::Kind::GrowCall, expr_index, side == 0 ? k : 0, side == 1 ? k : 0,
                         run_size(exprs, first, last) - n.reads});
    }
}

std::optional<Stub> apply_grow(const wabt::Module& m, wabt::Func& f, wabt::ExprList& list, wabt::ExprList::iterator it,
                               const Edit& edit) {
  std::vector<wabt::Expr*> exprs = as_vector(list);
  const auto at = static_cast<size_t>(std::distance(list.begin(), it));
  auto run = grown_run(m, exprs, at, edit.start, edit.length);
  if (!run) return std::nullopt;
  return gather_into_call(m, f, list, run->first.first, run->first.second, run->second);
}

std::optional<Stub> apply_call(const wabt::Module& m, wabt::Func& f, wabt::ExprList& list,
                               wabt::ExprList::iterator it) {
  std::vector<wabt::Expr*> exprs = as_vector(list);
  const auto at = static_cast<size_t>(std::distance(list.begin(), it));
  std::optional<std::pair<size_t, wabt::TypeVector>> unit = call_unit(m, exprs, at);
  if (!unit) return std::nullopt;
  return gather_into_call(m, f, list, unit->first, at + 1, unit->second);
}

}  // namespace tandem::oracle::reduce_ir
