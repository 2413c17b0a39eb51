// Engines by name: the one table every command line, test and fuzz target
// goes through to turn "interp" into an Engine. Adding an engine is one row
// in engine_factory.cc.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>

#include "oracle/engines/engine.h"
#include "wasm/result.h"

namespace tandem::oracle {

// How native engines run their code; the other engines ignore it.
struct NativeRunOptions {
  bool in_process = false;        // in this process, not in a sandboxed executor
  uint32_t call_deadline_ms = 0;  // 0: none
};

struct EngineTraits {
  std::string_view name;
  std::string_view description;
  // False for a voice that only decodes and validates: it instantiates
  // nothing real and invokes nothing, so only module-level verdicts count.
  bool runs_code = true;
  // Settings are "name=value" compiler settings; engines without a compiler
  // refuse any.
  Result<std::unique_ptr<Engine>> (*make)(HostEnv* host, std::span<const std::string> settings,
                                          const NativeRunOptions& run);
};

// Every engine this build has, in the order they are listed to users.
std::span<const EngineTraits> registered_engines();

const EngineTraits* find_engine(std::string_view name);

// The engine called `name`, linked against `host` (which must outlive it).
// An unknown name is a Usage error that lists the known ones.
Result<std::unique_ptr<Engine>> make_engine(std::string_view name, HostEnv* host,
                                            std::span<const std::string> settings = {},
                                            const NativeRunOptions& run = {});

}  // namespace tandem::oracle
