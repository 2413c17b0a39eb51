// The IR's text form, which the parser (parser.h) reads back:
//
//   function fn3(i32, i64) -> i32 {
//   block0(v0: i32, v1: i64):
//         v2 = iconst.i32 42
//   @001f v3 = sdiv.i32 v0, v2
//         brif.i32 v0, block1(v3), block2
//   block1(v4: i32):
//         return v4
//   block2:
//         trap unreachable
//   }
//
// An instruction line starts with `@` and its wasm offset in hex when it
// has one. Blocks print in layout order; values and blocks keep their
// numbers, so a printed function names what the compiler's tables name.
#pragma once

#include <string>

#include "backends/optimizing/ir/function.h"

namespace tandem::optimizing::ir {

std::string print_function(const Function& f);
void print_inst(std::string& out, const Function& f, Inst inst);

}  // namespace tandem::optimizing::ir
