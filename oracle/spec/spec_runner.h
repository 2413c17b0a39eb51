// The spec runner: plays a .wast script (spec_script.h) against one engine
// and counts what happened.
//
// Every assertion ends in exactly one of three counts:
//   passed       the engine did what the script expects;
//   failed       it did something else;
//   unsupported  it could not run it: the engine refused something as outside
//                its scope (Outcome::Kind::Unsupported,
//                InstantiateResult::Status::Unsupported), or the assertion
//                depends on a module it refused that way (an action on it, or
//                a module linking against it), or a value no Value can hold.
// `module` and `action` commands count as assertions too (the module must
// instantiate, the action must return); `register` counts only when it fails.
//
// assert_malformed / assert_invalid on quoted text test wabt's text front end,
// not the engine: they go to a separate `text` count that engine numbers
// never include.
//
// A voice that only judges modules (the validator: EngineTraits::runs_code
// false) is held to module-level assertions: assert_malformed (binary) and
// assert_invalid must be rejected, every other module accepted. Actions are
// not its business and are counted nowhere for it.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "oracle/engines/engine.h"
#include "oracle/spec/spec_script.h"

namespace tandem::oracle::spec {

struct Counts {
  uint32_t passed = 0;
  uint32_t failed = 0;
  uint32_t unsupported = 0;

  Counts& operator+=(const Counts& o) {
    passed += o.passed;
    failed += o.failed;
    unsupported += o.unsupported;
    return *this;
  }
  bool operator==(const Counts&) const = default;
};

struct Failure {
  uint32_t line = 0;
  CommandKind kind = CommandKind::Module;
  bool text = false;  // a text front-end assertion, not the engine's
  std::string expected;
  std::string actual;
};

struct FileReport {
  std::string file;
  std::string engine;
  std::array<Counts, kNumCommandKinds> by_kind{};  // indexed by CommandKind
  Counts text;                                     // unsupported is always 0
  std::vector<Failure> failures;
  // Why assertions were unsupported, with how many each.
  std::map<std::string, uint32_t> unsupported_reasons;

  Counts total() const;
  FileReport& operator+=(const FileReport& o);  // sums counts and failures (for totals)
};

struct RunOptions {
  // false for a voice that only decodes and validates (see above).
  bool runs_code = true;
};

// Plays the script against `engine`, which is reset first (so one engine
// serves many files). Never aborts on what the engine does.
FileReport run_script(const Script& script, Engine& engine, const RunOptions& options);

}  // namespace tandem::oracle::spec
