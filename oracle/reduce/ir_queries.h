// Queries over wabt's IR that the reducer's edits share: the walk over a
// module's expression lists, what an instruction takes from and leaves on
// the stack and where its operands start, what names a function, and a
// function's new signature.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "wabt/ir.h"

namespace tandem::oracle::reduce_ir {

// Visits every expression list (function bodies first, then nested blocks,
// pre-order), in one deterministic order.
void walk_lists(wabt::ExprList& list, const std::function<void(wabt::ExprList&)>& on_list);

// Function bodies, then the globals' initializers: a global's constant is
// often a loop's fuel or bound, and a smaller one makes every candidate
// after it run faster. `on_list` learns the function (null for a global).
void for_each_list_of(wabt::Module& m, const std::function<void(wabt::Func*, wabt::ExprList&)>& on_list);

// Calls `on_expr(function, list, position)` for every expression in walk
// order, until it returns true.
void find_expr_of(wabt::Module& m,
                  const std::function<bool(wabt::Func*, wabt::ExprList&, wabt::ExprList::iterator)>& on_expr);

// The instruction and every instruction nested in it.
size_t tree_size(const wabt::Expr& e);

// The instructions of exprs[first, last), nested ones included.
size_t run_size(const std::vector<wabt::Expr*>& exprs, size_t first, size_t last);

// Whether function `f` has nothing to replace: its body is `unreachable`,
// or it is imported.
bool is_unreachable_body(const wabt::Module& m, size_t f);

struct StackEffect {
  uint32_t pops, pushes;
};

// What an instruction takes from and leaves on the stack, for the
// instructions whose effect does not depend on the stack's state; nullopt
// for the others (unreachable, br, return, ...), which end the search for
// an operand.
std::optional<StackEffect> stack_effect(const wabt::Module& m, const wabt::Expr& e);

// The start of the run of `exprs` that ends before `end` and computes
// exactly one value from nothing below it: the operand that the
// instruction at `end` takes last. Nullopt when no such run is known.
std::optional<size_t> operand_start(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs, size_t end);

// Where each operand of the instruction at `at` starts, first operand
// first, followed by `at` itself; empty when some operand's run is not
// known.
std::vector<size_t> operand_bounds(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs, size_t at,
                                   uint32_t operands);

// The list's instructions (not the nested ones), to index.
std::vector<wabt::Expr*> as_vector(wabt::ExprList& list);

// The type of the one value an instruction computes, when its opcode or
// its callee says; Void when it does not compute exactly one.
wabt::Type result_type(const wabt::Module& m, const wabt::Expr& e);

// Whether `v` (a reference by name, or by index) names function `fi`.
bool names_func(const wabt::Module& m, size_t fi, const wabt::Var& v);

// How many times something but an export names function `fi`: a call, a
// ref.func, an element segment, the start function.
size_t non_export_references(const wabt::Module& m, size_t fi);

// Whether an export names function `fi`.
bool is_exported(const wabt::Module& m, size_t fi);

// Every function declaration that names a type: functions, imported
// functions, call_indirect and typed blocks.
std::vector<const wabt::FuncDeclaration*> type_users(wabt::Module& m);

// Gives `f` the signature `sig`: its own type changed in place when no
// other declaration names that type (the module gains no type entry), else
// a type of that signature, appended when the module has none.
void set_signature(wabt::Module& m, wabt::Func& f, const wabt::FuncSignature& sig);

// Whether function `fi` can take one more parameter: it is defined, and
// nothing but exports names it (no call, table or ref.func would need the
// argument).
bool can_add_param(const wabt::Module& m, size_t fi);

}  // namespace tandem::oracle::reduce_ir
