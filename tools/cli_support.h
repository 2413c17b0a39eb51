// What several subcommands share: loading a module named on the command
// line and typing an export's arguments.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "oracle/differential/differential.h"
#include "oracle/engines/value.h"
#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::tools {

// The time now as findings record it: ISO 8601, UTC, to the second.
std::string now_utc();

struct LoadedModule {
  std::vector<uint8_t> bytes;
  wasm::Module module;  // decoded (not validated: engines judge that)
};

// FILE.wasm or FILE.wat; errors name the file.
Result<LoadedModule> load_module(const std::string& path);

// The arguments of a call to exported function `name`, typed by its parameters.
Result<std::vector<oracle::Value>> parse_invocation(const wasm::Module& module, const std::string& name,
                                                    const std::vector<std::string>& values);

// --compile-budget PERCENT: the compile-work budgets in percent of their
// limits (compile_stages.def), for a function that legitimately needs more.
void add_compile_budget_option(CLI::App* cmd, uint32_t& percent);

// --call-timeout MS: how long one call of native code may run before it
// ends as timed_out (that call only; the others still run). 0: no limit.
void add_call_timeout_option(CLI::App* cmd, uint32_t& ms);
// --in-process: native code runs in the tool's own process (for gdb)
// instead of in a sandboxed executor process.
void add_in_process_option(CLI::App* cmd, bool& in_process);

// A call of every exported function with `lists` edge-value argument lists
// each: what run, diff and reduce do with a module that brings no calls.
std::vector<oracle::DiffCall> edge_calls(const wasm::Module& module, size_t lists);

// Modules nobody wrote for tandem have no fuel: an export may loop for
// hours on an edge-value argument. After `seconds` (0: never) the process
// says on stderr what it was doing (set_activity) and exits with
// kExitTimedOut instead of hanging.
inline constexpr int kExitTimedOut = 3;
void exit_after(unsigned seconds, const char* command);
// What the command is doing now ("calling f2(i32:1)"), for the timeout's
// message. Compiles end by themselves (their work budgets), so a timeout
// names a call or the start function, never "a call" that was not made.
void set_activity(std::string_view what);

}  // namespace tandem::tools
