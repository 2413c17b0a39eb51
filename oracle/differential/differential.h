// The differential oracle: one module, one list of calls, every engine side
// by side (the wabt interpreter, the baseline backend, the optimizing
// backend, mixed images), compared call by call: outcomes, traps (code, and
// wasm offset between native engines), host-call traces, and after every
// call the exported memories and globals. Plus what only native code has:
// the same module compiled twice gives identical bytes and tables, and the
// relocation and trap tables pass the checks of table_checks.h.
//
// The interpreter decides the culprit of a mismatch: the engine that
// disagrees with it. A finding's signature (kind, culprit, operator class at
// the first difference) deduplicates findings.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "oracle/engines/engine.h"
#include "oracle/engines/native_engine.h"
#include "wasm/opcode.h"

namespace tandem::oracle {

struct DiffCall {
  std::string export_name;
  std::vector<Value> args;
};

struct DiffCase {
  std::vector<uint8_t> wasm;
  std::vector<DiffCall> calls;  // in order, on one instance per engine
};

enum class NanPolicy : uint8_t {
  Exact,  // NaNs compare bit for bit (the generator canonicalized them)
  Spec,   // any NaN matches any NaN, as the spec allows nondeterministic payloads
};

enum class MismatchKind : uint8_t {
  Instantiate,    // engines disagree on whether/how the module instantiates
  Result,         // different returned values
  Trap,           // trapped vs returned, or different trap codes
  TrapOffset,     // same trap code at different wasm offsets (native engines)
  HostTrace,      // different host calls
  Memory,         // exported memory differs after a call
  Global,         // exported global differs after a call
  Crash,          // a native engine crashed
  CompilerError,  // a backend failed with an internal error
  CompileBlowup,  // a compile stage went past its work budget (a compile that would not end)
  Determinism,    // compiling twice gave different bytes or tables
  Tables,         // a relocation/trap-table check failed
  Metamorphic,    // a module and its semantics-preserving rewrite differ on one engine
  Hang,           // a native engine's call ran past its deadline where the interpreter's call ended
};
const char* mismatch_kind_name(MismatchKind kind);

// An instruction of one backend's code that a finding names: where a table
// check found its problem.
struct CodeSpot {
  compile::Backend backend = compile::Backend::Baseline;
  uint32_t func_index = 0;
  uint32_t code_offset = 0;
};

struct Finding {
  MismatchKind kind = MismatchKind::Result;
  std::string culprit;  // engine name(s) that disagree with the interpreter
  std::string export_name;
  std::string detail;                     // the first difference
  std::optional<wasm::OpClass> op_class;  // of the operator at the first difference, when known
  // A compile_blowup's stage ("regalloc"), or the rule a table check
  // found broken ("reloc-field") when it names no operator; it takes the
  // operator's place in the signature.
  std::string stage;
  std::optional<wasm::Opcode> op;     // the operator at the first difference, when known (op_class is its class)
  std::optional<uint32_t> op_offset;  // its wasm offset
  // A host-trace difference on a module with probes (generator/probes.h):
  // the offset the first differing probe call reports, in the module the
  // probes were added to.
  std::optional<uint32_t> probe_offset;
  // Both engines trapped there, at one operator: what differs is what ran
  // before the trap (a memory byte, a global, a host call), as when one
  // engine trapped too early. In the original module's offsets.
  std::optional<uint32_t> trap_offset;
  // On a module with probes: the probe traces agree until one of them ends,
  // and both calls trapped, so one engine trapped before a probe the other
  // reached. The locator then names the trapping operator.
  bool probes_end_early = false;
  // A table finding's instruction, when its check names one.
  std::optional<CodeSpot> code_spot;
  // An optimizing-backend finding that goes away with its passes off
  // (pass_dependence.h): its backend is then "optimizing-passes".
  bool needs_passes = false;

  // kind/backend/where: "trap/optimizing/i32.div_s",
  // "compile_blowup/optimizing/regalloc", "tables/baseline/reloc-field",
  // "result/baseline/-". The backend
  // is the one the culprits blame whatever other engines ran (optimizing
  // with or without passes is "optimizing"; "mixed" only when both pure
  // images agree), "optimizing-passes" when the optimizing backend's
  // finding needs its passes; where is the operator at the first
  // difference, else its class, else the compile stage, else "-".
  std::string signature() const;
  // The signature's backend: "baseline", "optimizing", "optimizing-passes",
  // "baseline+optimizing", "mixed", or the culprits as they are when no
  // backend is among them.
  std::string blamed_backend() const;
  // One line: "mismatch result: culprit optimizing, export f2: ..."
  std::string to_string() const;
};

// The engine names in a culprit list ("optimizing+mixed"), in its order.
std::vector<std::string_view> culprit_names(std::string_view culprits);

// Marks the operator at wasm `offset` of `m` as where `f` differs (op,
// op_class, op_offset); no change when no operator starts there.
void locate_at(Finding& f, const wasm::Module& m, uint32_t offset);

// One row per call (and one for instantiation): what every engine did, in
// engine order. Kept only with DiffOptions::keep_transcript (`tandem diff`).
struct TranscriptRow {
  std::string label;                  // "f2(i32:1, i64:0)" or "(instantiate)"
  std::vector<std::string> outcomes;  // per engine
  // Per engine: whether it differs from the first (the reference) as the
  // oracle compares, which is not as the texts do: the interpreter's trap
  // names its message, a native engine's its offset.
  std::vector<bool> differs;
};

struct DiffVerdict {
  enum class Kind : uint8_t { Agree, Mismatch, Inconclusive };
  Kind kind = Kind::Agree;
  std::optional<Finding> finding;
  std::string inconclusive_reason;  // exhaustion, unsupported, timeout
  uint32_t calls_compared = 0;
  // Empty when the module instantiated; else why no engine could run it
  // ("unlinkable: ..."), every engine having failed alike. A start
  // function that traps everywhere alike is an instantiation too.
  std::string not_instantiated;
  // Engines that could not compile the module (an operator their backend
  // lacks: unsupported) and sat the case out, the others compared without
  // them ("optimizing+mixed"); empty when every engine ran it.
  std::string sat_out;
  std::vector<TranscriptRow> transcript;
};

struct DiffOptions {
  NanPolicy nan_policy = NanPolicy::Exact;
  // Settings for the native engines ("name=value"); each backend receives
  // the ones it accepts.
  std::vector<std::string> settings;
  uint64_t mixed_mask = 0xaaaaaaaaaaaaaaaaull;
  bool with_interp = true;
  bool with_optimizing = true;  // off: fuzz the baseline alone against the interpreter
  bool with_mixed = true;
  bool check_determinism = true;
  bool check_tables = true;
  // Also run the optimizing backend with opt_level=none, so that its own
  // passes are compared against no passes.
  bool with_optimizing_unoptimized = false;
  bool keep_transcript = false;
  // Keep what every engine did on the last case (outcomes, host calls,
  // globals, memory digests) so that run_twin can compare a rewrite of it.
  bool record_for_twins = false;
  // Stub unknown function imports with logging hosts returning zeros (the
  // generator's "host" module, and modules nobody wrote for tandem).
  bool stub_unknown_imports = true;
  // Provide the spec testsuite's "spectest" module (print functions, a
  // table, a memory, globals), as `tandem run` does.
  bool spectest_imports = false;
  runner::InstanceLimits limits;
  // Native code in this process rather than in sandboxed executors.
  bool in_process = false;
  // The compile-work budgets, in percent of compile_stages.def's limits.
  uint32_t compile_budget_percent = 100;
  // A result, memory, global or host-trace mismatch does not say which
  // operator computed the first wrong value: locate it by running a copy
  // of the module with probes (operator_locator.h). Costs a few runs of
  // the case, only when there is a finding.
  bool locate_operators = true;
  // Locate only findings whose signature starts so ("memory/optimizing/"):
  // the reducer's, since a finding of another kind or culprit cannot carry
  // its signature, and locating costs more than the rest of the run.
  std::string locate_only_signatures_starting = "";
  // For a caller that looks for a finding other than a hang, one that
  // blames fewer than all native engines (the reducer's candidates): the
  // native engines run each call first, and the reference, the slowest
  // engine by far, runs only where it can still decide such a finding.
  // The case ends inconclusive without it when a native engine did not
  // finish (only a hang could follow), and on the last call when the
  // native engines all return or trap alike (any finding would blame every
  // one of them).
  bool reference_on_demand = false;

  // The same engines, settings and limits for a run of which only the
  // verdict is wanted (the locator's probed runs, the pass check): no
  // locating, no determinism or table checks, no transcript, no record for
  // twins, the reference in every call.
  DiffOptions verdict_only() const;
};

class DifferentialOracle;
// Makes an oracle for options (DifferentialOracle::create, or a test's
// scripted engines).
using OracleFactory = std::function<Result<std::unique_ptr<DifferentialOracle>>(const DiffOptions&)>;

class DifferentialOracle {
 public:
  // Drops every engine's instances (and gives executors back to their
  // pool) until the next run: for a caller that keeps many oracles.
  void release_engines();

  // Errors: settings that a backend refuses.
  static Result<std::unique_ptr<DifferentialOracle>> create(const DiffOptions& options);

  // An oracle over engines the caller made (tests script them). The first
  // engine is the reference; native-only checks apply to NativeEngines.
  // `remake` makes such an oracle for other options, which the operator
  // locator's probed runs need; without it, findings are not located.
  struct EngineEntry {
    std::unique_ptr<HostEnv> host;
    std::unique_ptr<Engine> engine;
  };
  static std::unique_ptr<DifferentialOracle> with_engines(const DiffOptions& options, std::vector<EngineEntry> engines,
                                                          OracleFactory remake = {});
  ~DifferentialOracle();

  DiffVerdict run(const DiffCase& c);

  // The metamorphic check: `twin` is the last run()'s case rewritten so
  // that it must behave the same (same exports, same calls). It runs on
  // the engine named `engine` alone and is compared with what that engine
  // did on the original: instantiation, every call's outcome (trap codes,
  // not offsets: the code moved), host calls, exported globals and
  // memories. No reference voice is needed: a difference is a bug of that
  // engine's compiler, or of the rewrite, which running the twin on the
  // interpreter tells apart. Needs DiffOptions::record_for_twins and a
  // last run() that agreed; otherwise the verdict is inconclusive.
  DiffVerdict run_twin(const DiffCase& twin, std::string_view engine);

  // Names of the engines in the order they are run and compared.
  std::vector<std::string> engine_names() const;

 private:
  struct Impl;
  explicit DifferentialOracle(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace tandem::oracle
