// A finding as a page a person reads (report.md): what differs, on which
// call and engine, the module, and each function's machine code from both
// backends side by side with trap sites, relocations and wasm offsets, then
// the commands that replay and reduce it. Made from a regression file, the
// form every reduced finding takes.
#pragma once

#include <string>

#include "oracle/reduce/regression.h"
#include "wasm/result.h"

namespace tandem::oracle {

// `path` is where the regression file is, for the commands shown. Runs the
// case on every engine (the outcome table) and compiles it with both
// backends (the code). Errors: settings a backend refuses, a module that
// does not compile at all.
Result<std::string> markdown_report(const Regression& r, const std::string& path);

}  // namespace tandem::oracle
