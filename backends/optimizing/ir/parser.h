// Reads the text form that printer.h writes, so that passes are tested on
// IR text (tests/optimizing/filetests/). Values and blocks keep the numbers
// the text gives them; a value may be used above its definition, as
// printed IR does whenever the layout is not in dominance order.
//
// `;` starts a comment that runs to the end of the line.
#pragma once

#include <string_view>

#include "backends/optimizing/ir/function.h"
#include "wasm/result.h"

namespace tandem::optimizing::ir {

// Parses exactly one function into `out` (cleared first). Errors
// (ErrorKind::Malformed) say "line N: ...". The result is not verified:
// run the verifier for that.
Status parse_function(std::string_view text, Function& out);

}  // namespace tandem::optimizing::ir
