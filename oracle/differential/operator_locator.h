// Which operator a mismatch began at, when the mismatch itself does not
// say: a trap names its site, but a wrong result, a wrong byte in memory or
// a wrong global is seen only at the end of a call. The locator runs a copy
// of the case with probes (generator/probes.h), where every value an
// operator computes is also a host call; the oracle compares host traces,
// so the first probe two engines call differently names the first operator
// whose value differs. When the probes hide the bug (a call between every
// two operators changes register allocation), a short bisection probes
// fewer operators until one sees the difference, within a budget of runs,
// and then walks back from it along its operands, one operator per run, to
// where the difference begins.
// When no value differs before one engine's probes stop, both having
// trapped at one operator (one of them earlier, skipping a store the other
// made), that operator is named.
//
// The operator is part of the finding's signature, so distinct bugs get
// distinct signatures and repeats of one bug the same.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "generator/probes.h"
#include "oracle/differential/differential.h"
#include "oracle/differential/value_sources.h"
#include "wasm/module.h"

namespace tandem::oracle {

// Whether `f` is a kind the locator can place and is not placed yet.
bool needs_operator(const Finding& f);

// Places `f` (op, op_class, op_offset) when a probed run shows where the
// first value differs; leaves it as it is otherwise. `m` is the case's
// module decoded; `options` the run's (the probed runs use the same
// settings, mask and engines, made by `make`: DifferentialOracle::create
// when empty).
void locate_operator(const DiffCase& c, const DiffOptions& options, const wasm::Module& m, Finding& f,
                     const OracleFactory& make = {});

// The most probed runs one finding costs: the whole module, then halves,
// quarters, ... of its operators, breadth first.
inline constexpr int kMaxProbedRuns = 12;

// A bisection run names the first differing value among the operators it
// probed, and the operators it left out may hide an earlier one: in a GVN
// finding the calls that hid the bug from the whole-module run also hid
// the load whose value was reused, and a run over one half named the
// global.get that read it back. Which operator a run names then depends on
// where the halves fall, and a reducer's edit moves them, so the signature
// changed under edits that kept the bug. A probe on a few operators
// disturbs little, and the operators whose values a differing value was
// made of (value_sources.h) are where an earlier difference can be: walk
// back along them, probing an operator's sources together (the first that
// differs in the trace differed first), while one differs, and name the
// operator whose sources all agree. A chain of operands does not move
// with unrelated edits.
//
// `sites` are the module's probe sites, `sources` its operators' sources,
// `offset` the operator a run named, `probe` one probed run over a range
// of ordinals: the offset of the first probe that saw a different value,
// if any. Returns the offset it ends at.
using ProbeRun = std::function<std::optional<uint32_t>(generator::ProbeRange)>;
uint32_t walk_back(const std::vector<generator::ProbeSite>& sites, const ValueSources& sources, uint32_t offset,
                   const ProbeRun& probe);

// A value pushed by a call of several results (a stack result read at the
// wrong offset) differs from the call on, and no probe sees the call (a
// probe reports one value): when the sources of the operator at `offset`
// that a probe sees agree, the call among its sources is where the
// difference began. Nullopt when no such call is among them.
std::optional<uint32_t> call_of_several_results(const ValueSources& sources, uint32_t offset);

// The most probed runs one walk back costs.
inline constexpr int kMaxWalkBackRuns = 16;

// The probe calls a probed run makes per call of the case before the next
// one traps. A loop makes millions of them, each a record in every
// engine's trace (and, for native code, on the executor's wire), where
// the first difference is almost always among the first few hundred; a
// bug that shows only later is located by the bisection, whose runs have
// fewer probes.
inline constexpr uint32_t kMaxProbeCalls = 2048;

}  // namespace tandem::oracle
