// Calls that stand in for code, the edits of a compile-time finding (a
// case with no calls: a compile blowup, a compiler error, the allocation
// checker's verdict). Such a finding needs its values to exist, not what
// computes with them; a register allocator's needs many of them live at
// one point, and removing any one consumer loses the value it read. A run
// or an instruction with its operands becomes its reads of locals and one
// call of a stub, a function whose body is `unreachable` (module_edits.h:
// RunToCall, ToCall, GrowCall).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "oracle/reduce/module_edits.h"
#include "wabt/ir.h"

namespace tandem::oracle::reduce_ir {

// The lines the text format prints for the instruction, nested ones not
// included: a block's `end`, an if's `else` and `end` too.
size_t own_operators(const wabt::Expr& e);

// What a run of instructions weighs for a stand-in call: its operators as
// the text prints them, and its reads of locals, which the call keeps.
struct RunCount {
  size_t operators = 0, reads = 0;
};

RunCount count_run(const std::vector<wabt::Expr*>& exprs, size_t first, size_t last);

// A stand-in call pays for itself when the run loses more operators than
// the call and a new stub's `unreachable` add.
bool worth_a_call(const RunCount& n);

// The callee of a stand-in call: a function whose body is `unreachable`
// and whose signature is `sig`. One of the module's; or (`retype`) the stub
// whose only call the run takes in, given the new signature; or (`added`)
// a new one. The last two happen once the edit has walked the functions.
struct Stub {
  std::string name;
  wabt::FuncSignature sig;
  bool added = false;
  std::optional<size_t> retype;
  // The declared locals (by name) that the gathered run set, of the
  // function `in`: they become its parameters (see gather_into_call).
  wabt::Func* in = nullptr;
  std::vector<std::string> set_locals;
};

// What a stand-in edit does once it has walked the module's functions:
// the locals the gathered run set become parameters, and the stub is
// given its signature (`retype`) or added (`added`).
void finish_stand_in(wabt::Module& m, const Stub& stub);

// Replaces [first, last) of `list`, in `f`, by the run's reads of locals
// in order and a call of a stub that takes them and returns `results`. The
// values the run read stay live up to one point, which is what a register
// allocator finding needs of them, while everything that computed with
// them goes: a compile-time finding's many consumers of live values become
// one call, where single edits could only drop a consumer and its value.
// A declared local that the run set becomes a parameter: the value it held
// after the run stays unknown to the compiler, where an unset local would
// be a 0 it folds. The stub it calls and those parameters are
// finish_stand_in's to make.
std::optional<Stub> gather_into_call(const wabt::Module& m, wabt::Func& f, wabt::ExprList& list, size_t first,
                                     size_t last, const wabt::TypeVector& results);

void add_call_edits(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs, size_t at, size_t expr_index,
                    std::vector<Edit>& edits);

void add_grow_edits(const wabt::Module& m, const std::vector<wabt::Expr*>& exprs, size_t at, size_t expr_index,
                    std::vector<Edit>& edits);

std::optional<Stub> apply_grow(const wabt::Module& m, wabt::Func& f, wabt::ExprList& list, wabt::ExprList::iterator it,
                               const Edit& edit);

std::optional<Stub> apply_call(const wabt::Module& m, wabt::Func& f, wabt::ExprList& list, wabt::ExprList::iterator it);

}  // namespace tandem::oracle::reduce_ir
