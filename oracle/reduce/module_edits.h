// The edits that the reducer tries on a module, over wabt's IR: what they
// are, which ones a module offers, how one is applied to a copy, and the
// measure that every kept edit must make strictly smaller (so that the
// reducer reaches a fixed point instead of trading one edit for another).
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <tuple>
#include <vector>

#include "oracle/differential/differential.h"
#include "oracle/reduce/observed_values.h"

namespace wabt {
struct Module;
}

namespace tandem::oracle::reduce_ir {

// One edit of a module, applied to a fresh copy of it.
struct Edit {
  enum class Kind : uint8_t {
    RemoveFields,         // a run of module fields: types, imports, functions, tables, memories, globals, exports,
                          // element and data segments
    BodiesToUnreachable,  // the bodies of a run of functions
    BodyToUnreachable,
    DropUnusedLocals,  // every local of function `index` that no instruction names
    DropLocal,     // a local (not a parameter) that no instruction names: `index` is the function, `start` the local
    DropParam,     // a parameter that no instruction names, of a function only exports and direct calls name:
                   // `start` the parameter; the case's calls of those exports lose the argument, and the direct
                   // calls the instructions that compute it
    MergeLocal,    // local `start` of function `index` (not a parameter) copied from local `length` of its type:
                   // every reference to it names `length` instead, the copies `local.get $x local.set $x` that
                   // leaves go, and so does the local
    ShrinkMemory,  // memory `index` to `start` initial pages and at most `length` (a case that runs through memory
                   // until it traps at the end runs half as long each time)
    // From here on, run and expression edits: enumerate_edits orders them
    // by weight (below), and resumes_after knows them by this order.
    RemoveRun,
    RunToUnreachable,  // always valid: what follows runs on an unreachable (polymorphic) stack
    RunToCall,         // a run that leaves the stack as it found it replaced by its reads of locals, in order, and a
                       // call of a stub (a function whose body is `unreachable`) that takes them; the declared
                       // locals it set become parameters of the function (when nothing but exports names it).
                       // Offered only when the case has no calls (a finding at compile time), where values need
                       // only exist
    ToUnreachable,
    ToCall,    // an instruction and its operands replaced as RunToCall replaces a run, the stub returning its results
    GrowCall,  // a call of a stub with its operands and `start` statements before them, or `length` after them when
               // it returns nothing, replaced as RunToCall replaces a run: the consumers next to a stand-in call join
               // it
    RemoveWithOperands,  // an instruction that leaves nothing (a drop, a store, ...) and its operands
    RemoveDropped,       // a `drop` and the instruction (with its operands) that pushed the value it drops, when
                         // other instructions ran between them: a value that only waited on the stack
    TeeDroppedToSet,     // a `drop` of the value a `local.tee` left, with the tee a `local.set`
    SetGetToTee,         // `local.set $x local.get $x` -> `local.tee $x`
    ToObserved,          // an instruction and its operands replaced by the constant it had every time the case ran
                         // it (observed_values.h): `value`
    ToZeroConstant,      // an instruction and its operands replaced by a 0 of its result type
    KeepOperand,         // an instruction and its other operands replaced by operand `start` (`x y i32.add` -> `x`)
    ToParam,             // an instruction and its operands replaced by `local.get` of parameter `start`, of its type:
                         // a value that stays live and unknown, where a 0 would be a constant
    ToNewParam,          // an instruction and its operands replaced by `local.get` of a new last parameter of its type
                         // of function `start`, which nothing but exports names: the case's calls pass `value`, the
                         // value the instruction always had (as ToObserved's, but unknown to the compiler)
    Unnest,              // a block or loop that no branch targets replaced by its body
    IfToArm,             // an `if` and its condition replaced by arm `start` (0: then, 1: else) when nothing targets it
    BrTableHalve,        // a br_table's targets cut to their first half (its default stays): a 300-way table shrinks in
                         // nine edits, and blocks no target names any more unnest
    ConstToZero,
    ConstToOne,
    ConstHalve,  // an integer constant halved towards zero
    InlineCall,  // a call, outside any loop, of the function that nothing else names: its body in a block in the
                 // call's place, its parameters and locals the caller's, and the function gone
  };
  Kind kind;
  size_t index;  // which function / list / expression in walk order
  size_t start = 0, length = 0;
  // Instructions the edit takes out, nested ones included (a run or
  // expression edit; 0 for the others): the sweep tries the edits of
  // every function and block by it, the largest first.
  size_t weight = 0;
  Value value;  // ToObserved: the constant
};

// The module's IR with references by name (see read_ir in the .cc), or null
// when wabt cannot read it.
std::unique_ptr<wabt::Module> read_ir(const std::vector<uint8_t>& wasm);
// The module's bytes, or nullopt when a reference no longer resolves (a
// removed field that something still names).
std::optional<std::vector<uint8_t>> write_ir(wabt::Module& m);

// Every edit the module offers, cheap and large first. Exports that `calls`
// call are never offered for removal: no candidate without them can hold.
// `observed` (by the end offset of each instruction in the bytes `m` was
// read from) offers ToObserved edits: of instructions with operands, and
// with `late_edits` of single reads of a local or global too. Constants
// are halved only with `late_edits` (the reducer's second phase).
std::vector<Edit> enumerate_edits(wabt::Module& m, const std::vector<DiffCall>& calls,
                                  const ObservedValues& observed = {}, bool late_edits = false);
// Applies `edit` to `module` (which it may replace) and to `calls` (which
// only DropParam changes); false when the edit no longer fits the module.
bool apply_edit(std::unique_ptr<wabt::Module>& module, const Edit& edit, std::vector<DiffCall>& calls);
// Whether `e` is where a walk that last kept `last` goes on: the same kind
// of edit at the same run length, at or after the same place; for run and
// expression edits, which go by weight, at the same weight or below.
bool resumes_after(const Edit& e, const Edit& last);

// What the reducer makes smaller, compared in order: functions other than
// stubs (a function whose body is `unreachable`: inlining a call adds a few
// bytes and instructions but takes a function and a call boundary away,
// where most other edits could not reach), then the operators a person
// reads (a stand-in call adds a stub and its type, more bytes than the
// operators it takes out), bytes, instructions, locals (a local less often
// leaves the bytes as they were: one run of 99 i32 locals is as long as
// one of 100), then the reads of locals and globals (a read that becomes
// the constant it always gave is as long, but the local may go next), then
// the constants' weight (0 weighs nothing, then by magnitude, a positive
// value before its negative), then the memories' pages (initial and
// maximum). Every component is a natural number, so a chain of strictly
// smaller measures is finite.
struct Measure {
  size_t functions = 0;
  // The operators of the function bodies as the text format prints them,
  // one line each (a block's `end` too), which is what a person reading
  // the finding counts.
  size_t operators = 0;
  size_t bytes = 0;
  size_t instructions = 0;
  size_t locals = 0;
  size_t reads = 0;
  unsigned __int128 constant_weight = 0;
  uint64_t memory_pages = 0;
  bool operator<(const Measure& o) const {
    return std::tie(functions, operators, bytes, instructions, locals, reads, constant_weight, memory_pages) <
           std::tie(o.functions, o.operators, o.bytes, o.instructions, o.locals, o.reads, o.constant_weight,
                    o.memory_pages);
  }
};
Measure measure(wabt::Module& m, size_t bytes);

}  // namespace tandem::oracle::reduce_ir
