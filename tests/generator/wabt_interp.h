// Test-only: runs a generated module's invocations in wabt's interpreter,
// with every "host" import a stub that returns zeros, and reports what each
// call did and what the fuel global held afterwards.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "generator/generator.h"

namespace tandem::generator::testing {

struct CallRecord {
  std::string name;
  bool trapped = false;
  std::string trap;  // wabt's message when trapped
  uint32_t fuel_after = 0;
};

struct InterpRun {
  std::string error;  // non-empty when the module did not load or instantiate
  std::vector<CallRecord> calls;
};

InterpRun run_in_wabt(const GeneratedModule& module);

}  // namespace tandem::generator::testing
