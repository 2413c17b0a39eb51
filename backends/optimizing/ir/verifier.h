// The IR verifier: the invariants every pass keeps.
//
//   structure   every block in the layout ends in exactly one terminator;
//               every instruction sits in the block that lists it; the
//               entry block's parameters are the function's parameters and
//               no branch targets it
//   SSA         every value is defined once (a result or a parameter) and
//               every use is dominated by its definition (uses in blocks
//               unreachable from the entry are exempt, as in Cranelift)
//   types       operand and result types follow each opcode's rule
//   branches    targets are in the layout, with one argument per parameter
//               of the parameter's type; return values match the signature
//
// The pass manager runs it after every pass when TANDEM_VERIFY_IR is defined
// (asan and fuzz builds), so a pass that breaks the IR is caught at once.
#pragma once

#include "backends/optimizing/ir/function.h"
#include "wasm/result.h"

namespace tandem::optimizing::ir {

// ErrorKind::Internal naming the first broken invariant and the instruction.
Status verify_function(const Function& f);

}  // namespace tandem::optimizing::ir
