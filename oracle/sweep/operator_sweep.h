// The operator sweep: for every operator of wasm/opcodes.def, small modules
// that use it, called with every combination of edge values for its
// operands (zero, ±1, minimums and maximums, NaN payloads, ±0.0, ±inf,
// subnormals, the 2^31/2^32/2^63/2^64 conversion edges, addresses at the
// memory boundary), on every engine, compared exactly (floats that may be
// NaN compare by the spec's NaN rule). Deterministic, and an operator
// without a sweep case is itself a failure, so adding an operator to the
// table without sweeping it cannot go unnoticed.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "oracle/differential/differential.h"
#include "wasm/opcode.h"

namespace tandem::oracle {

// One module and its calls, covering one or more operators.
struct SweepCase {
  std::string name;                  // "i32.add", "memory.copy", "call_indirect"
  std::vector<wasm::Opcode> covers;  // operators it exercises
  NanPolicy nan_policy = NanPolicy::Exact;
  std::string wat;              // module text
  std::vector<DiffCall> calls;  // typed by the module's exports
};

// Every case of the sweep, in a fixed order.
Result<std::vector<SweepCase>> sweep_cases();

struct SweepOptions {
  // Each entry is one set of native settings; every case runs under each.
  std::vector<std::vector<std::string>> setting_sets;
  std::string only;  // run only cases whose name contains this
  bool stop_at_first = false;
  bool in_process = false;  // native code here, not in executors
};

struct SweepReport {
  uint32_t cases = 0;
  uint64_t calls = 0;
  std::vector<std::string> failures;   // "i32.div_s [bounds_checks=explicit ...]: mismatch ..."
  std::vector<std::string> uncovered;  // operators no case covers
  std::vector<std::string> inconclusive;
};

// The default setting sets: the host's ISA flags with guard pages, and every
// ISA flag off with explicit bounds checks, so both paths of every lowering run.
std::vector<std::vector<std::string>> default_sweep_settings();

SweepReport run_operator_sweep(const SweepOptions& options);

}  // namespace tandem::oracle
