// The well-formedness of function bodies apart from typing (private to
// wasm/): every operator decodes, blocks nest and close, `else` appears only
// inside `if`, nothing follows the body's final `end`, and memory.init and
// data.drop come with a data count section.
//
// The validator checks all of this as it types a body. This separate walk
// exists for error priority: the spec decodes the whole module before it
// validates anything, so a malformed body must be reported even when an
// earlier part of the module is already known to be invalid.
#pragma once

#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::wasm {

// The first Malformed error in any body, or success. A body whose walk stops
// at an operator outside the feature scope (whose immediates the reader
// cannot skip) or at an invalid immediate counts as well-formed up to there.
Status find_malformed_body(const Module& module);

}  // namespace tandem::wasm
