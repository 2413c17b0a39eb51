// The spec testsuite as the baseline tests use it: the non-SIMD scripts,
// and scripts cut into pieces the runner can hold.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "oracle/spec/spec_script.h"

namespace tandem::baseline::testing {

inline const std::filesystem::path kTestsuite = TANDEM_SPEC_TESTSUITE;

// The .wast files of the testsuite but the simd_* ones, sorted.
std::vector<std::string> non_simd_files();

// The runner keeps at most runner::kMaxRegistered code images alive, and
// the spec runner keeps every instance of a script alive until its end;
// const.wast alone has 478 modules. A script is therefore played in pieces
// of at most kModulesPerPiece modules, cut only where no later command
// refers to a module of an earlier piece and nothing has been registered.
inline constexpr uint32_t kModulesPerPiece = 200;
std::vector<oracle::spec::Script> split_script(const oracle::spec::Script& script);

}  // namespace tandem::baseline::testing
