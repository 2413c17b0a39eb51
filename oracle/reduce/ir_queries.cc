#include "oracle/reduce/ir_queries.h"

#include <algorithm>

#include "wabt/cast.h"

namespace tandem::oracle::reduce_ir {

void walk_lists(wabt::ExprList& list, const std::function<void(wabt::ExprList&)>& on_list) {
  on_list(list);
  for (wabt::Expr& e : list) {
    if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&e))
      walk_lists(b->block.exprs, on_list);
    else if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&e))
      walk_lists(l->block.exprs, on_list);
    else if (auto* i = wabt::dyn_cast<wabt::IfExpr>(&e)) {
      walk_lists(i->true_.exprs, on_list);
      walk_lists(i->false_, on_list);
    }
  }
}

void for_each_list_of(wabt::Module& m, const std::function<void(wabt::Func*, wabt::ExprList&)>& on_list) {
  for (wabt::Func* f : m.funcs) walk_lists(f->exprs, [&](wabt::ExprList& list) { on_list(f, list); });
  for (wabt::Global* g : m.globals) on_list(nullptr, g->init_expr);
}

void find_expr_of(wabt::Module& m,
                  const std::function<bool(wabt::Func*, wabt::ExprList&, wabt::ExprList::iterator)>& on_expr) {
  bool found = false;
  for_each_list_of(m, [&](wabt::Func* f, wabt::ExprList& list) {
    for (auto it = list.begin(); !found && it != list.end(); ++it)
      if (on_expr(f, list, it)) {
        found = true;
        return;  // `it` may be gone: the edit took it out of the list
      }
  });
}

size_t tree_size(const wabt::Expr& e) {
  size_t n = 1;
  auto add = [&n](const wabt::ExprList& list) {
    for (const wabt::Expr& x : list) n += tree_size(x);
  };
  if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&e)) add(b->block.exprs);
  if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&e)) add(l->block.exprs);
  if (auto* i = wabt::dyn_cast<wabt::IfExpr>(&e)) {
    add(i->true_.exprs);
    add(i->false_);
  }
  return n;
}

size_t run_size(const std::vector<wabt::Expr*>& exprs, size_t first, size_t last) {
  size_t n = 0;
  for (size_t i = first; i < last; ++i) n += tree_size(*exprs[i]);
  return n;
}

bool is_unreachable_body(const wabt::Module& m, size_t f) {  // or imported: nothing to replace
  if (f < m.num_func_imports) return true;
  const wabt::ExprList& body = m.funcs[f]->exprs;
  return body.size() == 1 && body.front().type() == wabt::ExprType::Unreachable;
}

std::optional<StackEffect> stack_effect(const wabt::Module& m, const wabt::Expr& e) {
  using wabt::ExprType;
  switch (e.type()) {
    case ExprType::Nop:
    case ExprType::DataDrop:
    case ExprType::ElemDrop: return StackEffect{0, 0};
    case ExprType::Const:
    case ExprType::LocalGet:
    case ExprType::GlobalGet:
    case ExprType::MemorySize:
    case ExprType::TableSize:
    case ExprType::RefNull:
    case ExprType::RefFunc: return StackEffect{0, 1};
    case ExprType::Drop:
    case ExprType::LocalSet:
    case ExprType::GlobalSet: return StackEffect{1, 0};
    case ExprType::LocalTee:
    case ExprType::Unary:
    case ExprType::Convert:
    case ExprType::Load:
    case ExprType::MemoryGrow:
    case ExprType::RefIsNull:
    case ExprType::TableGet: return StackEffect{1, 1};
    case ExprType::Binary:
    case ExprType::Compare:
    case ExprType::TableGrow: return StackEffect{2, 1};
    case ExprType::Store:
    case ExprType::TableSet: return StackEffect{2, 0};
    case ExprType::Select: return StackEffect{3, 1};
    case ExprType::MemoryCopy:
    case ExprType::MemoryFill:
    case ExprType::MemoryInit:
    case ExprType::TableCopy:
    case ExprType::TableInit:
    case ExprType::TableFill: return StackEffect{3, 0};
    case ExprType::CallIndirect: {
      const wabt::FuncSignature& sig = wabt::cast<wabt::CallIndirectExpr>(&e)->decl.sig;
      return StackEffect{sig.GetNumParams() + 1, sig.GetNumResults()};
    }
    case ExprType::Call: {
      const wabt::Func* f = m.GetFunc(wabt::cast<wabt::CallExpr>(&e)->var);
      if (!f) return std::nullopt;
      return StackEffect{f->GetNumParams(), f->GetNumResults()};
    }
    case ExprType::Block:
    case ExprType::Loop: {
      auto* b = wabt::dyn_cast<wabt::BlockExpr>(&e);
      const wabt::FuncSignature& sig = b ? b->block.decl.sig : wabt::cast<wabt::LoopExpr>(&e)->block.decl.sig;
      return StackEffect{sig.GetNumParams(), sig.GetNumResults()};
    }
    case ExprType::If: {
      const wabt::FuncSignature& sig = wabt::cast<wabt::IfExpr>(&e)->true_.decl.sig;
      return StackEffect{sig.GetNumParams() + 1, sig.GetNumResults()};
    }
    default: return std::nullopt;
  }
}

std::optional<size_t> operand_start(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs, size_t end) {
  int64_t needed = 1;
  for (size_t i = end; i-- > 0;) {
    std::optional<StackEffect> effect = stack_effect(m, *exprs[i]);
    if (!effect) return std::nullopt;
    needed -= effect->pushes;
    if (needed < 0) return std::nullopt;  // leaves more than the operand
    needed += effect->pops;
    if (needed == 0) return i;
  }
  return std::nullopt;
}

std::vector<size_t> operand_bounds(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs, size_t at,
                                   uint32_t operands) {
  std::vector<size_t> bounds{at};
  for (uint32_t k = 0; k < operands; ++k) {
    std::optional<size_t> start = operand_start(m, exprs, bounds.front());
    if (!start) return {};
    bounds.insert(bounds.begin(), *start);
  }
  return bounds;
}

std::vector<wabt::Expr*> as_vector(wabt::ExprList& list) {
  std::vector<wabt::Expr*> exprs;
  for (wabt::Expr& e : list) exprs.push_back(&e);
  return exprs;
}

wabt::Type result_type(const wabt::Module& m, const wabt::Expr& e) {
  switch (e.type()) {
    case wabt::ExprType::Binary: return wabt::cast<wabt::BinaryExpr>(&e)->opcode.GetResultType();
    case wabt::ExprType::Compare: return wabt::cast<wabt::CompareExpr>(&e)->opcode.GetResultType();
    case wabt::ExprType::Unary: return wabt::cast<wabt::UnaryExpr>(&e)->opcode.GetResultType();
    case wabt::ExprType::Convert: return wabt::cast<wabt::ConvertExpr>(&e)->opcode.GetResultType();
    case wabt::ExprType::Load: return wabt::cast<wabt::LoadExpr>(&e)->opcode.GetResultType();
    case wabt::ExprType::MemoryGrow:
    case wabt::ExprType::TableGrow:
    case wabt::ExprType::RefIsNull: return wabt::Type::I32;
    case wabt::ExprType::CallIndirect: {
      const wabt::FuncSignature& sig = wabt::cast<wabt::CallIndirectExpr>(&e)->decl.sig;
      return sig.GetNumResults() == 1 ? sig.GetResultType(0) : wabt::Type(wabt::Type::Void);
    }
    case wabt::ExprType::Call: {
      const wabt::Func* f = m.GetFunc(wabt::cast<wabt::CallExpr>(&e)->var);
      return f && f->GetNumResults() == 1 ? f->GetResultType(0) : wabt::Type(wabt::Type::Void);
    }
    default: return wabt::Type::Void;
  }
}

bool names_func(const wabt::Module& m, size_t fi, const wabt::Var& v) {
  return v.is_name() ? v.name() == m.funcs[fi]->name : v.index() == fi;
}

size_t non_export_references(const wabt::Module& m, size_t fi) {
  auto names_it = [&](const wabt::Var& v) { return names_func(m, fi, v); };
  size_t n = 0;
  for (const wabt::Var* v : m.starts) n += names_it(*v);
  for (const wabt::ElemSegment* seg : m.elem_segments)
    for (const wabt::ExprList& item : seg->elem_exprs)
      for (const wabt::Expr& e : item)
        if (auto* r = wabt::dyn_cast<wabt::RefFuncExpr>(&e); r && names_it(r->var)) ++n;
  for (const wabt::Global* g : m.globals)
    for (const wabt::Expr& e : g->init_expr)
      if (auto* r = wabt::dyn_cast<wabt::RefFuncExpr>(&e); r && names_it(r->var)) ++n;
  for (wabt::Func* f : m.funcs)
    walk_lists(f->exprs, [&](wabt::ExprList& list) {
      for (wabt::Expr& e : list) {
        if (auto* c = wabt::dyn_cast<wabt::CallExpr>(&e); c && names_it(c->var)) ++n;
        if (auto* c = wabt::dyn_cast<wabt::ReturnCallExpr>(&e); c && names_it(c->var)) ++n;
        if (auto* r = wabt::dyn_cast<wabt::RefFuncExpr>(&e); r && names_it(r->var)) ++n;
      }
    });
  return n;
}

bool is_exported(const wabt::Module& m, size_t fi) {
  return std::any_of(m.exports.begin(), m.exports.end(), [&](const wabt::Export* e) {
    return e->kind == wabt::ExternalKind::Func && names_func(m, fi, e->var);
  });
}

std::vector<const wabt::FuncDeclaration*> type_users(wabt::Module& m) {
  std::vector<const wabt::FuncDeclaration*> out;
  for (const wabt::Func* f : m.funcs) out.push_back(&f->decl);
  for (wabt::Func* f : m.funcs)
    walk_lists(f->exprs, [&](wabt::ExprList& list) {
      for (wabt::Expr& e : list) {
        if (auto* c = wabt::dyn_cast<wabt::CallIndirectExpr>(&e)) out.push_back(&c->decl);
        if (auto* c = wabt::dyn_cast<wabt::ReturnCallIndirectExpr>(&e)) out.push_back(&c->decl);
        if (auto* b = wabt::dyn_cast<wabt::BlockExpr>(&e)) out.push_back(&b->block.decl);
        if (auto* l = wabt::dyn_cast<wabt::LoopExpr>(&e)) out.push_back(&l->block.decl);
        if (auto* i = wabt::dyn_cast<wabt::IfExpr>(&e)) out.push_back(&i->true_.decl);
      }
    });
  return out;
}

void set_signature(wabt::Module& m, wabt::Func& f, const wabt::FuncSignature& sig) {
  wabt::FuncType* own = f.decl.has_func_type ? m.GetFuncType(f.decl.type_var) : nullptr;
  size_t users = 0;
  for (const wabt::FuncDeclaration* d : type_users(m))
    users += d->has_func_type && own && m.GetFuncType(d->type_var) == own;
  f.decl.sig = sig;
  if (own && users == 1) {
    own->sig = sig;
    return;
  }
  for (size_t i = 0; i < m.types.size(); ++i)
    if (auto* t = wabt::dyn_cast<wabt::FuncType>(m.types[i]); t && t->sig == sig) {
      f.decl.has_func_type = true;
      f.decl.type_var = wabt::Var(static_cast<wabt::Index>(i), f.loc);
      return;
    }
  auto field = std::make_unique<wabt::TypeModuleField>();
  auto type = std::make_unique<wabt::FuncType>();
  type->sig = sig;
  field->type = std::move(type);
  m.AppendField(std::move(field));
  f.decl.has_func_type = true;
  f.decl.type_var = wabt::Var(static_cast<wabt::Index>(m.types.size() - 1), f.loc);
}

bool can_add_param(const wabt::Module& m, size_t fi) {
  return fi >= m.num_func_imports && fi < m.funcs.size() && non_export_references(m, fi) == 0;
}

}  // namespace tandem::oracle::reduce_ir
