// A .wast script, read with wabt's text front end and turned into plain data
// that names no wabt type: modules as binaries, actions with Values,
// expectations as ExpectedValue patterns. The spec runner (spec_runner.h)
// plays it against engines.
//
// Text modules are encoded with wabt's binary writer, binary modules are kept
// as written, and quoted modules are handed to the text front end
// (text_format.h): for a `module quote` command its binary is what runs; for
// assert_malformed / assert_invalid on quoted text, the front end's verdict
// is the whole assertion, recorded here, since no engine is involved.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "oracle/engines/value.h"
#include "oracle/spec/spec_expected.h"
#include "wasm/result.h"

namespace tandem::oracle::spec {

enum class ModuleForm : uint8_t { Text, Binary, Quoted };

struct ScriptModule {
  ModuleForm form = ModuleForm::Text;
  std::vector<uint8_t> bytes;  // the binary an engine gets (empty if `encode_error`)
  // Text and quoted modules that the text front end could not turn into a
  // binary: why. For a quoted module under assert_malformed/assert_invalid
  // this is the expected outcome, not a problem.
  std::optional<std::string> encode_error;
};

struct Action {
  enum class Kind : uint8_t { Invoke, Get };
  Kind kind = Kind::Invoke;
  // The module command (index into Script::commands) the action targets;
  // nullopt when the script names no module before it.
  std::optional<uint32_t> module;
  std::string field;
  std::vector<Value> args;
  // Set when an argument cannot be held by a Value (a type no proposal of
  // the scope has): the action cannot be run.
  std::optional<std::string> unrepresentable;
};

enum class CommandKind : uint8_t {
  Module,
  Register,
  Action,
  AssertReturn,
  AssertTrap,  // action-level; module-level assert_trap is AssertUninstantiable
  AssertExhaustion,
  AssertMalformed,
  AssertInvalid,
  AssertUnlinkable,
  AssertUninstantiable,
  AssertException,  // exception handling is outside the scope: always unsupported
};
inline constexpr size_t kNumCommandKinds = 11;
const char* command_kind_name(CommandKind kind);  // "assert_return", ...

struct Command {
  CommandKind kind = CommandKind::Module;
  // The line of what the command tests: its module or its action (wabt's
  // script tree keeps no position for the command keyword itself).
  uint32_t line = 0;
  std::optional<ScriptModule> module;       // Module and the module assertions
  std::string module_name;                  // Module: its $name, if any
  std::string register_as;                  // Register: the name the instance is registered under
  std::optional<uint32_t> register_module;  // Register: the module command it registers
  std::optional<Action> action;
  // AssertReturn: each result's acceptable values (one each, or several for
  // an `either` expectation).
  std::vector<std::vector<ExpectedValue>> expected;
  std::string text;  // the expected message of assert_trap, assert_malformed, ...
};

struct Script {
  std::string filename;
  std::vector<Command> commands;
};

// Parses a whole script; a script wabt cannot parse is an error (Malformed,
// with wabt's messages), never a partial script.
Result<Script> parse_script(std::string_view text, std::string_view filename);
Result<Script> read_script(const std::string& path);

// The module names a binary imports from (empty if it does not decode), to
// tell which modules depend on a registered instance.
std::vector<std::string> imported_module_names(std::span<const uint8_t> wasm);

}  // namespace tandem::oracle::spec
