// What several subcommands share: loading a module named on the command
// line and typing an export's arguments.
#pragma once

#include <string>
#include <vector>

#include "oracle/value.h"
#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::tools {

struct LoadedModule {
  std::vector<uint8_t> bytes;
  wasm::Module module;  // decoded (not validated: engines judge that)
};

// FILE.wasm or FILE.wat; errors name the file.
Result<LoadedModule> load_module(const std::string& path);

// The arguments of a call to exported function `name`, typed by its parameters.
Result<std::vector<oracle::Value>> parse_invocation(const wasm::Module& module, const std::string& name,
                                                    const std::vector<std::string>& values);

// Modules nobody wrote for tandem have no fuel: an export may loop for
// hours on an edge-value argument. After `seconds` (0: never) the process
// says so on stderr and exits with kExitTimedOut instead of hanging.
inline constexpr int kExitTimedOut = 3;
void exit_after(unsigned seconds, const char* command);

}  // namespace tandem::tools
