#include "oracle/differential/differential.h"

#include <array>
#include <bit>
#include <cmath>
#include <span>

#include <fmt/format.h>
#include <algorithm>
#include <cstring>

#include <xxhash.h>

#include "generator/probes.h"
#include "oracle/checks/table_checks.h"
#include "oracle/differential/operator_locator.h"
#include "oracle/differential/pass_dependence.h"
#include "oracle/engines/interp_engine.h"
#include "wasm/decoder.h"
#include "wasm/op_reader.h"

namespace tandem::oracle {
namespace {

bool is_nan(const Value& v) {
  if (v.type == wasm::ValType::F32) return std::isnan(std::bit_cast<float>(static_cast<uint32_t>(v.bits)));
  if (v.type == wasm::ValType::F64) return std::isnan(std::bit_cast<double>(v.bits));
  return false;
}

// Under the spec policy a v128's NaN lanes may differ in payload. Its lane
// shape is the operator's, which the value does not carry: the lanes
// compare as f32x4 or as f64x2, whichever makes them equal. An integer lane
// that happens to hold a NaN's bits then matches another such lane, a miss
// the exact policy (the generator's default) does not have.
bool same_v128_up_to_nan_lanes(const Value& a, const Value& b) {
  const std::array<uint64_t, 2> x{a.bits, a.hi}, y{b.bits, b.hi};
  auto same_f64_lanes = [&] {
    for (size_t i = 0; i < 2; ++i)
      if (x[i] != y[i] && !(std::isnan(std::bit_cast<double>(x[i])) && std::isnan(std::bit_cast<double>(y[i]))))
        return false;
    return true;
  };
  auto same_f32_lanes = [&] {
    for (size_t i = 0; i < 4; ++i) {
      const auto p = static_cast<uint32_t>(x[i / 2] >> (32 * (i % 2)));
      const auto q = static_cast<uint32_t>(y[i / 2] >> (32 * (i % 2)));
      if (p != q && !(std::isnan(std::bit_cast<float>(p)) && std::isnan(std::bit_cast<float>(q)))) return false;
    }
    return true;
  };
  return same_f32_lanes() || same_f64_lanes();
}

bool same_value(const Value& a, const Value& b, NanPolicy policy) {
  if (a.type != b.type) return false;
  if (wasm::is_ref(a.type)) {
    if (a.null != b.null) return false;
    // Engines identify functions differently; a non-null funcref matches any
    // non-null funcref. Externrefs carry the host's value.
    return a.null || a.type == wasm::ValType::FuncRef || a.bits == b.bits;
  }
  if (policy == NanPolicy::Spec && is_nan(a) && is_nan(b)) return true;
  if (a.type == wasm::ValType::V128 && policy == NanPolicy::Spec) return same_v128_up_to_nan_lanes(a, b);
  return a.bits == b.bits && a.hi == b.hi;
}

// What one engine did for one call, and the state after it.
struct Observation {
  Outcome outcome;
  std::vector<HostCallRecord> trace;
  // Per exported memory: its contents, valid until the engine's next call
  // (every engine has made the call before any comparison).
  std::vector<std::span<const uint8_t>> memories;
  std::vector<Value> globals;  // per exported global
};

struct EngineSlot {
  std::unique_ptr<HostEnv> host;
  std::unique_ptr<Engine> engine;
  NativeEngine* native = nullptr;  // when it is one
  InstanceId instance = 0;
  size_t trace_seen = 0;
};

std::string values_to_string(const std::vector<Value>& vs) {
  std::string s;
  for (size_t i = 0; i < vs.size(); ++i) s += (i ? ", " : "") + vs[i].to_string();
  return s;
}

std::string trace_to_string(const std::vector<HostCallRecord>& trace) {
  std::string s = fmt::format("{} host calls", trace.size());
  if (!trace.empty()) s += fmt::format(", last: host#{}({})", trace.back().func, values_to_string(trace.back().args));
  return s;
}

// The operator class at a wasm offset, when the offset names an operator.
std::optional<wasm::Opcode> op_at(const wasm::Module& m, uint32_t offset) {
  for (const wasm::Function& f : m.functions) {
    if (offset < f.code_start || offset >= f.code_end) continue;
    wasm::OpReader reader(m.bytes, offset, f.code_end);
    Result<wasm::Op> op = reader.next();
    if (op) return op->opcode;
  }
  return std::nullopt;
}

// The backend a list of culprit engines blames, whatever other engines
// ran: the optimizing compiler with or without its passes is one backend,
// and the mixed image is named only when both pure images agree.
std::string blamed_backend_of(std::string_view culprits) {
  bool baseline = false, optimizing = false, mixed = false;
  std::string others;
  for (std::string_view name : culprit_names(culprits)) {
    if (name == "baseline")
      baseline = true;
    else if (name == "optimizing" || name == "optimizing-none")
      optimizing = true;
    else if (name == "mixed")
      mixed = true;
    else
      others += (others.empty() ? "" : "+") + std::string(name);
  }
  if (!others.empty()) return others;
  if (baseline && optimizing) return "baseline+optimizing";
  if (baseline) return "baseline";
  if (optimizing) return "optimizing";
  return mixed ? "mixed" : "?";
}

}  // namespace

const char* mismatch_kind_name(MismatchKind kind) {
  switch (kind) {
    case MismatchKind::Instantiate: return "instantiate";
    case MismatchKind::Result: return "result";
    case MismatchKind::Trap: return "trap";
    case MismatchKind::TrapOffset: return "trap_offset";
    case MismatchKind::HostTrace: return "host_trace";
    case MismatchKind::Memory: return "memory";
    case MismatchKind::Global: return "global";
    case MismatchKind::Crash: return "crash";
    case MismatchKind::CompilerError: return "compiler_error";
    case MismatchKind::CompileBlowup: return "compile_blowup";
    case MismatchKind::Metamorphic: return "metamorphic";
    case MismatchKind::Hang: return "hang";
    case MismatchKind::Determinism: return "determinism";
    case MismatchKind::Tables: return "tables";
  }
  return "?";
}

std::string Finding::signature() const {
  return fmt::format("{}/{}/{}", mismatch_kind_name(kind), blamed_backend(),
                     !stage.empty() ? stage.c_str()
                     : op           ? wasm::op_info(*op).text
                     : op_class     ? wasm::op_class_name(*op_class)
                                    : "-");
}

void locate_at(Finding& f, const wasm::Module& m, uint32_t offset) {
  f.op = op_at(m, offset);
  if (f.op) {
    f.op_class = wasm::op_info(*f.op).cls;
    f.op_offset = offset;
  }
}

std::vector<std::string_view> culprit_names(std::string_view culprits) {
  std::vector<std::string_view> names;
  for (size_t i = 0; i <= culprits.size();) {
    const size_t j = std::min(culprits.find('+', i), culprits.size());
    if (j > i) names.push_back(culprits.substr(i, j - i));
    i = j + 1;
  }
  return names;
}

DiffOptions DiffOptions::verdict_only() const {
  DiffOptions o = *this;
  o.locate_operators = false;
  o.reference_on_demand = false;
  o.check_determinism = false;
  o.check_tables = false;
  o.keep_transcript = false;
  o.record_for_twins = false;
  return o;
}

std::string Finding::blamed_backend() const {
  std::string backend = blamed_backend_of(culprit);
  return needs_passes && backend == "optimizing" ? "optimizing-passes" : backend;
}

std::string Finding::to_string() const {
  return fmt::format("mismatch {}: culprit {}, export {}: {}", mismatch_kind_name(kind),
                     culprit.empty() ? "?" : culprit, export_name.empty() ? "-" : export_name, detail);
}

// What one engine did on one call of the last case, kept for run_twin:
// memories as (size, digest), since the engine's next call overwrites them.
struct Recorded {
  Outcome outcome;
  std::vector<HostCallRecord> trace;
  std::vector<Value> globals;
  std::vector<std::pair<size_t, uint64_t>> memories;
};

std::pair<size_t, uint64_t> digest(std::span<const uint8_t> bytes) {
  return {bytes.size(), XXH3_64bits(bytes.data(), bytes.size())};
}

struct DifferentialOracle::Impl {
  DiffOptions options;
  std::vector<EngineSlot> engines;  // interp first when present
  bool scripted = false;            // made by with_engines
  OracleFactory remake;             // with_engines': such an oracle for the locator's probed runs
  // record_for_twins: per engine, its instantiation status and what each
  // call of the last case did; `recorded_complete` when that case agreed.
  std::vector<InstantiateResult::Status> recorded_inst;
  std::vector<std::vector<Recorded>> recorded;
  bool recorded_complete = false;
  // Per case.
  std::vector<std::string> memory_exports, global_exports;
  wasm::Module module;
  // Per case: the engines left out of it, which every comparison skips.
  std::vector<uint8_t> sits_out;

  bool takes_part(size_t i) const { return !sits_out[i]; }
  bool takes_part(const EngineSlot& s) const { return takes_part(static_cast<size_t>(&s - engines.data())); }
  // The first native engine taking part: every native is compared with it.
  size_t first_native() const {
    size_t i = has_interp() ? 1 : 0;
    while (i < engines.size() && !takes_part(i)) ++i;
    return i;
  }

  Status add_native(NativeConfig::Mode mode, std::vector<std::string> settings, std::string name) {
    EngineSlot slot;
    slot.host = std::make_unique<HostEnv>(options.spectest_imports ? HostEnv::spectest() : HostEnv::empty());
    slot.host->set_stub_unknown_imports(options.stub_unknown_imports);
    NativeConfig config;
    config.mode = mode;
    config.settings = std::move(settings);
    config.mixed_mask = options.mixed_mask;
    config.limits = options.limits;
    config.compile_budget_percent = options.compile_budget_percent;
    config.in_process = options.in_process;
    config.name = std::move(name);
    TANDEM_TRY(std::unique_ptr<NativeEngine> engine, NativeEngine::create(slot.host.get(), std::move(config)));
    slot.native = engine.get();
    slot.engine = std::move(engine);
    engines.push_back(std::move(slot));
    return {};
  }

  bool has_interp() const { return options.with_interp; }

  Observation observe(EngineSlot& slot, const DiffCall& call, Outcome outcome) {
    Observation o;
    o.outcome = std::move(outcome);
    const auto& trace = slot.host->trace();
    o.trace.assign(trace.begin() + static_cast<long>(slot.trace_seen), trace.end());
    slot.trace_seen = trace.size();
    for (const std::string& name : memory_exports) {
      Result<std::span<const uint8_t>> mem = slot.engine->read_memory(slot.instance, name);
      o.memories.push_back(mem ? *mem : std::span<const uint8_t>());
    }
    for (const std::string& name : global_exports) {
      Result<Value> v = slot.engine->read_global(slot.instance, name);
      o.globals.push_back(v ? *v : Value{});
    }
    return o;
  }

  void record(size_t engine, const Observation& o) {
    Recorded r{o.outcome, o.trace, o.globals, {}};
    for (std::span<const uint8_t> m : o.memories) r.memories.push_back(digest(m));
    recorded[engine].push_back(std::move(r));
  }

  // The first difference between what an engine did on the original and on
  // its twin, or nullopt. Trap offsets do not compare: the twin's code moved.
  std::optional<std::string> compare_twin(const Recorded& a, const Observation& b) const {
    const Outcome& x = a.outcome;
    const Outcome& y = b.outcome;
    bool same = x.kind == y.kind && (x.kind != Outcome::Kind::Trapped || x.trap == y.trap);
    if (same && x.kind == Outcome::Kind::Returned) {
      same = x.values.size() == y.values.size();
      for (size_t i = 0; same && i < x.values.size(); ++i)
        same = same_value(x.values[i], y.values[i], options.nan_policy);
    }
    if (!same) return fmt::format("original {} vs twin {}", x.to_string(), y.to_string());
    const bool same_trace =
        std::equal(a.trace.begin(), a.trace.end(), b.trace.begin(), b.trace.end(),
                   [this](const HostCallRecord& x, const HostCallRecord& y) { return same_call(x, y); });
    if (!same_trace) return fmt::format("original {} vs twin {}", trace_to_string(a.trace), trace_to_string(b.trace));
    for (size_t i = 0; i < memory_exports.size(); ++i) {
      std::pair<size_t, uint64_t> y_digest = digest(b.memories[i]);
      // Under the spec NaN policy a stored NaN may differ in payload: sizes only.
      bool differs =
          options.nan_policy == NanPolicy::Exact ? a.memories[i] != y_digest : a.memories[i].first != y_digest.first;
      if (differs)
        return fmt::format("memory '{}' after the call differs ({} bytes vs {} bytes, digests {:#x} vs {:#x})",
                           memory_exports[i], a.memories[i].first, y_digest.first, a.memories[i].second,
                           y_digest.second);
    }
    for (size_t i = 0; i < global_exports.size(); ++i)
      if (!same_value(a.globals[i], b.globals[i], options.nan_policy))
        return fmt::format("global '{}' after the call: original {} vs twin {}", global_exports[i],
                           a.globals[i].to_string(), b.globals[i].to_string());
    return std::nullopt;
  }

  bool same_call(const HostCallRecord& x, const HostCallRecord& y, NanPolicy nan) const {
    return x.func == y.func && std::equal(x.args.begin(), x.args.end(), y.args.begin(), y.args.end(),
                                          [nan](const Value& p, const Value& q) { return same_value(p, q, nan); });
  }
  bool same_call(const HostCallRecord& x, const HostCallRecord& y) const { return same_call(x, y, options.nan_policy); }

  // Where two traces first differ, when both calls there are one probe
  // (the same import, the same operator offset) that saw different values.
  // NaN payloads first count as equal: the generator canonicalizes NaNs
  // after the operator that made them, where the probe cannot see, so a
  // payload the spec leaves open would otherwise be blamed for a bug that
  // lies further on; only when nothing else differs do payloads decide.
  // Engines resolve imports in one order, so a function id names the same
  // import in every engine's host.
  std::optional<uint32_t> first_differing_probe(const std::vector<HostCallRecord>& a,
                                                const std::vector<HostCallRecord>& b) const {
    for (NanPolicy nan : {NanPolicy::Spec, options.nan_policy}) {
      size_t i = 0;
      while (i < a.size() && i < b.size() && same_call(a[i], b[i], nan)) ++i;
      if (i == a.size() || i == b.size()) continue;  // one ends first: see ends_early
      if (a[i].func != b[i].func || a[i].args.size() != 2 || a[i].func >= engines.front().host->num_funcs() ||
          engines.front().host->func(a[i].func).module != generator::kProbeModule)
        return std::nullopt;
      const Value& x = a[i].args[1];
      const Value& y = b[i].args[1];
      if (x.type != wasm::ValType::I32 || !same_value(x, y, NanPolicy::Exact)) return std::nullopt;
      return static_cast<uint32_t>(x.bits);
    }
    return std::nullopt;
  }

  // The first difference between two observations, or nullopt; with the
  // first probe that saw a different value, when there are probes.
  std::optional<Finding> compare(const Observation& a, const Observation& b, const std::string& export_name,
                                 bool compare_offsets) const {
    std::optional<Finding> f = first_difference(a, b, export_name, compare_offsets);
    if (f) f->probe_offset = first_differing_probe(a.trace, b.trace);
    if (f && !f->probe_offset) f->probes_end_early = ends_early(a, b);
    return f;
  }

  // Both calls trapped alike and one trace is the other's beginning: one
  // engine trapped before a host call the other made.
  bool ends_early(const Observation& a, const Observation& b) const {
    const Outcome& x = a.outcome;
    const Outcome& y = b.outcome;
    if (x.kind != Outcome::Kind::Trapped || y.kind != Outcome::Kind::Trapped || x.trap != y.trap) return false;
    if (a.trace.size() == b.trace.size()) return false;
    const size_t n = std::min(a.trace.size(), b.trace.size());
    return std::equal(
        a.trace.begin(), a.trace.begin() + n, b.trace.begin(),
        [this](const HostCallRecord& p, const HostCallRecord& q) { return same_call(p, q, NanPolicy::Spec); });
  }

  std::optional<Finding> first_difference(const Observation& a, const Observation& b, const std::string& export_name,
                                          bool compare_offsets) const {
    Finding f;
    f.export_name = export_name;
    const Outcome& x = a.outcome;
    const Outcome& y = b.outcome;
    if (x.kind != y.kind || (x.kind == Outcome::Kind::Trapped && x.trap != y.trap)) {
      f.kind = MismatchKind::Trap;
      f.detail = fmt::format("{} vs {}", x.to_string(), y.to_string());
      uint32_t off = x.wasm_offset ? *x.wasm_offset : y.wasm_offset ? *y.wasm_offset : 0;
      if (x.wasm_offset || y.wasm_offset) locate_at(f, module, off);
      return f;
    }
    if (x.kind == Outcome::Kind::Trapped && compare_offsets && x.wasm_offset != y.wasm_offset) {
      f.kind = MismatchKind::TrapOffset;
      f.detail = fmt::format("{} vs {}", x.to_string(), y.to_string());
      if (x.wasm_offset) locate_at(f, module, *x.wasm_offset);
      return f;
    }
    // From here on both did the same: trapped alike, or returned.
    if (x.kind == Outcome::Kind::Trapped && (x.wasm_offset || y.wasm_offset))
      f.trap_offset = x.wasm_offset ? x.wasm_offset : y.wasm_offset;
    if (x.kind == Outcome::Kind::Returned) {
      bool same = x.values.size() == y.values.size();
      for (size_t i = 0; same && i < x.values.size(); ++i)
        same = same_value(x.values[i], y.values[i], options.nan_policy);
      if (!same) {
        f.kind = MismatchKind::Result;
        f.detail = fmt::format("({}) vs ({})", values_to_string(x.values), values_to_string(y.values));
        return f;
      }
    }
    const bool same_trace =
        std::equal(a.trace.begin(), a.trace.end(), b.trace.begin(), b.trace.end(),
                   [this](const HostCallRecord& x, const HostCallRecord& y) { return same_call(x, y); });
    if (!same_trace) {
      f.kind = MismatchKind::HostTrace;
      f.detail = fmt::format("{} vs {}", trace_to_string(a.trace), trace_to_string(b.trace));
      return f;
    }
    for (size_t i = 0; i < memory_exports.size(); ++i) {
      std::span<const uint8_t> x = a.memories[i], y = b.memories[i];
      if (x.size() != y.size()) {
        f.kind = MismatchKind::Memory;
        f.detail =
            fmt::format("memory '{}' after the call: {} bytes vs {} bytes", memory_exports[i], x.size(), y.size());
        return f;
      }
      // Under the spec NaN policy a stored NaN may legitimately differ in
      // payload, so only the sizes compare.
      if (options.nan_policy == NanPolicy::Exact && !x.empty() && std::memcmp(x.data(), y.data(), x.size()) != 0) {
        size_t at = static_cast<size_t>(std::mismatch(x.begin(), x.end(), y.begin()).first - x.begin());
        f.kind = MismatchKind::Memory;
        f.detail = fmt::format("memory '{}' after the call: byte {:#x} is {:#04x} vs {:#04x}", memory_exports[i], at,
                               x[at], y[at]);
        return f;
      }
    }
    for (size_t i = 0; i < global_exports.size(); ++i) {
      if (!same_value(a.globals[i], b.globals[i], options.nan_policy)) {
        f.kind = MismatchKind::Global;
        f.detail = fmt::format("global '{}' after the call: {} vs {}", global_exports[i], a.globals[i].to_string(),
                               b.globals[i].to_string());
        return f;
      }
    }
    return std::nullopt;
  }

  // The phases of run(), in order. Those that can end a case early return
  // true when they have decided `verdict` (a finding, or inconclusive).
  DiffVerdict run_case(const DiffCase& c);
  // A table check's finding: placed at the operator the problem names,
  // else at the rule it breaks.
  Finding table_finding(const TableProblem& p, std::string culprit) const {
    Finding f{MismatchKind::Tables, std::move(culprit), "", p.to_string(), std::nullopt};
    if (p.wasm_offset) locate_at(f, module, *p.wasm_offset);
    if (!f.op) f.stage = p.check;
    if (p.code_offset) f.code_spot = CodeSpot{p.backend, p.func_index, *p.code_offset};
    return f;
  }
  bool load_module(std::span<const uint8_t> bytes, DiffVerdict& verdict);
  std::vector<InstantiateResult> instantiate_everywhere(std::span<const uint8_t> bytes, DiffVerdict& verdict);
  bool judge_each_instantiation(const std::vector<InstantiateResult>& inst, DiffVerdict& verdict);
  bool compare_instantiations(const std::vector<InstantiateResult>& inst, DiffVerdict& verdict) const;
  // Every engine failed to instantiate, alike: the case ends in agreement.
  void note_failed_alike(const InstantiateResult& first, DiffVerdict& verdict);
  // The baseline and optimizing engines with their default names, by
  // backend (index 1: optimizing), for the mixed image's determinism check.
  using PureEngines = std::array<const EngineSlot*, 2>;
  bool check_native_code(DiffVerdict& verdict) const;
  bool check_mixed_image(const EngineSlot& slot, const PureEngines& pure, DiffVerdict& verdict) const;
  bool check_pure_image(const EngineSlot& slot, bool compile_again, DiffVerdict& verdict) const;
  bool check_optimizing_traps_within_baseline(DiffVerdict& verdict) const;
  bool run_call(const DiffCall& call, bool last_call, std::vector<Observation>& obs, DiffVerdict& verdict);
  bool invoke_everywhere(const DiffCall& call, bool last_call, std::vector<Observation>& obs, DiffVerdict& verdict);
  bool invoke_engine(size_t i, const DiffCall& call, std::vector<Observation>& obs, DiffVerdict& verdict);
  bool natives_agree(const std::vector<Observation>& obs) const;
  TranscriptRow call_transcript_row(const DiffCall& call, const std::vector<Observation>& obs) const;
  bool judge_call_endings(const DiffCall& call, const std::vector<Observation>& obs, DiffVerdict& verdict) const;
  bool compare_with_reference(const DiffCall& call, const std::vector<Observation>& obs, DiffVerdict& verdict) const;
  bool compare_native_trap_offsets(const DiffCall& call, const std::vector<Observation>& obs,
                                   DiffVerdict& verdict) const;
};

DifferentialOracle::DifferentialOracle(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
DifferentialOracle::~DifferentialOracle() = default;

Result<std::unique_ptr<DifferentialOracle>> DifferentialOracle::create(const DiffOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  if (options.with_interp) {
    EngineSlot slot;
    slot.host = std::make_unique<HostEnv>(options.spectest_imports ? HostEnv::spectest() : HostEnv::empty());
    slot.host->set_stub_unknown_imports(options.stub_unknown_imports);
    slot.engine = std::make_unique<InterpEngine>(slot.host.get(), options.limits);
    impl->engines.push_back(std::move(slot));
  }
  // Each backend gets the settings it accepts.
  std::vector<std::string> baseline_settings, optimizing_settings;
  for (const std::string& s : options.settings) {
    size_t eq = s.find('=');
    const compile::SettingInfo* info = compile::find_setting(std::string_view(s).substr(0, eq));
    if (!info) return make_error(ErrorKind::Usage, fmt::format("unknown setting '{}'", s));
    if (info->baseline) baseline_settings.push_back(s);
    if (info->optimizing) optimizing_settings.push_back(s);
  }
  TANDEM_TRY_STATUS(impl->add_native(NativeConfig::Mode::Baseline, baseline_settings, "baseline"));
  if (options.with_optimizing)
    TANDEM_TRY_STATUS(impl->add_native(NativeConfig::Mode::Optimizing, optimizing_settings, "optimizing"));
  if (options.with_optimizing && options.with_optimizing_unoptimized) {
    std::vector<std::string> none = optimizing_settings;
    none.push_back("opt_level=none");
    TANDEM_TRY_STATUS(impl->add_native(NativeConfig::Mode::Optimizing, none, "optimizing-none"));
  }
  if (options.with_optimizing && options.with_mixed)
    TANDEM_TRY_STATUS(impl->add_native(NativeConfig::Mode::Mixed, options.settings, "mixed"));
  return std::unique_ptr<DifferentialOracle>(new DifferentialOracle(std::move(impl)));
}

std::unique_ptr<DifferentialOracle> DifferentialOracle::with_engines(const DiffOptions& options,
                                                                     std::vector<EngineEntry> engines,
                                                                     OracleFactory remake) {
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->scripted = true;
  impl->remake = std::move(remake);
  for (EngineEntry& e : engines) {
    EngineSlot slot;
    slot.host = std::move(e.host);
    slot.native = dynamic_cast<NativeEngine*>(e.engine.get());
    slot.engine = std::move(e.engine);
    impl->engines.push_back(std::move(slot));
  }
  return std::unique_ptr<DifferentialOracle>(new DifferentialOracle(std::move(impl)));
}

std::vector<std::string> DifferentialOracle::engine_names() const {
  std::vector<std::string> names;
  for (const EngineSlot& s : impl_->engines) names.emplace_back(s.engine->name());
  return names;
}

void DifferentialOracle::release_engines() {
  for (EngineSlot& slot : impl_->engines) slot.engine->reset();
}

namespace {

// A phase of run() that ends the case early says so by deciding the
// verdict: a finding, or inconclusive. Both return true ("decided").
bool decide_mismatch(DiffVerdict& verdict, Finding finding) {
  verdict.kind = DiffVerdict::Kind::Mismatch;
  verdict.finding = std::move(finding);
  return true;
}

bool decide_inconclusive(DiffVerdict& verdict, std::string why) {
  verdict.kind = DiffVerdict::Kind::Inconclusive;
  verdict.inconclusive_reason = std::move(why);
  return true;
}

}  // namespace

bool DifferentialOracle::Impl::load_module(std::span<const uint8_t> bytes, DiffVerdict& verdict) {
  // A module past an implementation limit is judged by no engine, before
  // any of them is handed a count it would allocate for.
  Result<wasm::Module> m = wasm::decode(bytes);
  if (!m)
    return decide_inconclusive(verdict, m.error().kind == ErrorKind::LimitExceeded
                                            ? m.error().to_string()
                                            : "the module does not decode: " + m.error().to_string());
  module = std::move(m).value();
  memory_exports.clear();
  global_exports.clear();
  for (const wasm::Export& e : module.exports) {
    if (e.kind == wasm::ExternKind::Memory) memory_exports.push_back(e.name);
    if (e.kind == wasm::ExternKind::Global) global_exports.push_back(e.name);
  }
  return false;
}

std::vector<InstantiateResult> DifferentialOracle::Impl::instantiate_everywhere(std::span<const uint8_t> bytes,
                                                                                DiffVerdict& verdict) {
  recorded_complete = false;
  if (options.record_for_twins) {
    recorded_inst.clear();
    recorded.resize(engines.size());
    for (auto& calls : recorded) calls.clear();
  }
  std::vector<InstantiateResult> inst;
  for (EngineSlot& slot : engines) {
    slot.engine->reset();
    slot.host->clear_trace();
    slot.trace_seen = 0;
    inst.push_back(slot.engine->instantiate(bytes));
    slot.instance = inst.back().id;
  }
  if (options.keep_transcript) {
    TranscriptRow row{"(instantiate)", {}, {}};
    for (const InstantiateResult& r : inst) {
      row.outcomes.push_back(r.status == InstantiateResult::Status::Ok
                                 ? std::string("ok")
                                 : fmt::format("{}: {}", instantiate_status_name(r.status), r.message));
      row.differs.push_back(r.status != inst[0].status);
    }
    verdict.transcript.push_back(std::move(row));
  }
  if (options.record_for_twins)
    for (const InstantiateResult& r : inst) recorded_inst.push_back(r.status);
  return inst;
}

bool DifferentialOracle::Impl::judge_each_instantiation(const std::vector<InstantiateResult>& inst,
                                                        DiffVerdict& verdict) {
  std::string unsupported;
  for (size_t i = 0; i < engines.size(); ++i) {
    const InstantiateResult& r = inst[i];
    std::string name(engines[i].engine->name());
    if (r.status == InstantiateResult::Status::Unsupported && unsupported.empty())
      unsupported = name + ": " + r.message;
    if (r.status == InstantiateResult::Status::CompilerError) {
      Finding f{MismatchKind::CompilerError, name, "", r.message, std::nullopt};
      // An error at an instruction (the allocation checker's) names its operator.
      if (r.error_offset) locate_at(f, module, *r.error_offset);
      return decide_mismatch(verdict, std::move(f));
    }
    if (r.status == InstantiateResult::Status::CompileBlowup) {
      // The culprit is the backend whose stage blew up, also in a mixed
      // image: the finding is the same whichever engine met it.
      const compile::CompileStageInfo* stage = r.blowup_stage ? &compile::compile_stage_info(*r.blowup_stage) : nullptr;
      return decide_mismatch(
          verdict, Finding{MismatchKind::CompileBlowup, stage ? compile::backend_name(stage->backend) : name, "",
                           r.message, std::nullopt, stage ? stage->name : "?"});
    }
    // A limit only the validator finds (the operand stack) reaches the
    // native engines alone: the interpreter, which has no such limit, ran a
    // module they refused, and there is nothing to compare.
    if (r.status == InstantiateResult::Status::LimitExceeded)
      return decide_inconclusive(verdict, name + ": " + r.message);
    if (r.status == InstantiateResult::Status::Uninstantiable && r.trap.kind == Outcome::Kind::Crashed)
      return decide_mismatch(verdict, Finding{MismatchKind::Crash, name, "(start)", r.trap.detail, std::nullopt});
  }
  // An engine whose backend lacks an operator of the module sits the case
  // out, and the others compare without it (the baseline against the
  // interpreter, say, where the optimizing backend does not compile an
  // operator yet): inconclusive only when the reference is among them or
  // fewer than two engines are left.
  if (unsupported.empty()) return false;
  size_t taking_part = 0;
  for (size_t i = 0; i < engines.size(); ++i) {
    sits_out[i] = inst[i].status == InstantiateResult::Status::Unsupported;
    taking_part += !sits_out[i];
    if (sits_out[i]) verdict.sat_out += (verdict.sat_out.empty() ? "" : "+") + std::string(engines[i].engine->name());
  }
  if (sits_out[0] || taking_part < 2) {
    verdict.sat_out.clear();
    return decide_inconclusive(verdict, unsupported);
  }
  return false;
}

bool DifferentialOracle::Impl::compare_instantiations(const std::vector<InstantiateResult>& inst,
                                                      DiffVerdict& verdict) const {
  for (size_t i = 1; i < engines.size(); ++i) {
    if (!takes_part(i)) continue;
    if (inst[i].status != inst[0].status ||
        (inst[i].status == InstantiateResult::Status::Uninstantiable && inst[i].trap.trap != inst[0].trap.trap)) {
      std::string culprit(engines[i].engine->name());
      return decide_mismatch(
          verdict, Finding{MismatchKind::Instantiate, culprit, "",
                           fmt::format("{} ({}) vs {} ({})", instantiate_status_name(inst[0].status), inst[0].message,
                                       instantiate_status_name(inst[i].status), inst[i].message),
                           std::nullopt});
    }
  }
  return false;
}

void DifferentialOracle::Impl::note_failed_alike(const InstantiateResult& first, DiffVerdict& verdict) {
  recorded_complete = options.record_for_twins;
  if (first.status != InstantiateResult::Status::Uninstantiable)
    verdict.not_instantiated = fmt::format("{}: {}", instantiate_status_name(first.status), first.message);
}

// Same module compiled twice gives the same bytes and tables. A mixed
// image is that second compile for free: each of its functions came from
// another compiler object (with another history) of the same backend and
// settings as the pure engine's, so it must be identical to the pure
// engine's function. Engines no mixed image covers compile again. The
// Capstone checks run on the pure engines' code; for a mixed image, whose
// functions are proven identical to those, only its linked calls are left.
bool DifferentialOracle::Impl::check_native_code(DiffVerdict& verdict) const {
  PureEngines pure;
  bool have_mixed = false;
  for (const EngineSlot& slot : engines) {
    if (!slot.native || !takes_part(slot)) continue;
    NativeConfig::Mode mode = slot.native->config().mode;
    if (mode == NativeConfig::Mode::Mixed)
      have_mixed = true;
    else if (slot.native->config().name == native_mode_name(mode))
      pure[mode == NativeConfig::Mode::Optimizing] = &slot;
  }
  for (const EngineSlot& slot : engines) {
    if (!slot.native || !takes_part(slot)) continue;
    if (slot.native->config().mode == NativeConfig::Mode::Mixed) {
      if (check_mixed_image(slot, pure, verdict)) return true;
      continue;
    }
    bool covered = have_mixed && (&slot == pure[0] || &slot == pure[1]);
    if (check_pure_image(slot, /*compile_again=*/!covered, verdict)) return true;
  }
  return false;
}

bool DifferentialOracle::Impl::check_mixed_image(const EngineSlot& slot, const PureEngines& pure,
                                                 DiffVerdict& verdict) const {
  const std::vector<compile::CompiledFunction>& first = *slot.native->compiled_functions(slot.instance);
  const compile::CodeImage& image = *slot.native->code_image(slot.instance);
  std::string name(slot.engine->name());
  if (options.check_determinism) {
    for (size_t i = 0; i < first.size(); ++i) {
      const EngineSlot* twin = pure[first[i].backend == compile::Backend::Optimizing];
      if (!twin) continue;
      const auto& theirs = *twin->native->compiled_functions(twin->instance);
      if (!(first[i] == theirs[i]))
        return decide_mismatch(verdict,
                               Finding{MismatchKind::Determinism, compile::backend_name(first[i].backend), "",
                                       fmt::format("function {} differs between two compiles (engines {} and {})",
                                                   first[i].func_index, name, twin->engine->name()),
                                       std::nullopt});
    }
  }
  if (options.check_tables)
    if (std::optional<TableProblem> p = check_linked_calls(first, image))
      return decide_mismatch(verdict, table_finding(*p, name));
  return false;
}

bool DifferentialOracle::Impl::check_pure_image(const EngineSlot& slot, bool compile_again,
                                                DiffVerdict& verdict) const {
  const std::vector<compile::CompiledFunction>& first = *slot.native->compiled_functions(slot.instance);
  const compile::CodeImage& image = *slot.native->code_image(slot.instance);
  std::string name(slot.engine->name());
  if (options.check_determinism && compile_again) {
    Result<std::vector<compile::CompiledFunction>> again = slot.native->compile_again(slot.instance);
    if (!again)
      return decide_mismatch(verdict, Finding{MismatchKind::Determinism, name, "",
                                              "second compile failed: " + again.error().to_string(), std::nullopt});
    for (size_t i = 0; i < first.size(); ++i)
      if (!(first[i] == (*again)[i]))
        return decide_mismatch(
            verdict,
            Finding{MismatchKind::Determinism, name, "",
                    fmt::format("function {} differs between two compiles", first[i].func_index), std::nullopt});
  }
  if (options.check_tables)
    if (std::optional<TableProblem> p = check_tables(module, first, image))
      return decide_mismatch(verdict, table_finding(*p, compile::backend_name(p->backend)));
  return false;
}

// Two compilers, one module: the optimizing backend may only trap where the
// baseline can.
bool DifferentialOracle::Impl::check_optimizing_traps_within_baseline(DiffVerdict& verdict) const {
  if (!options.check_tables) return false;
  const NativeEngine* base = nullptr;
  const NativeEngine* opt = nullptr;
  InstanceId base_id = 0, opt_id = 0;
  for (const EngineSlot& slot : engines) {
    if (!slot.native || !takes_part(slot)) continue;
    if (slot.native->config().mode == NativeConfig::Mode::Baseline) base = slot.native, base_id = slot.instance;
    if (slot.native->config().mode == NativeConfig::Mode::Optimizing && !opt) opt = slot.native, opt_id = slot.instance;
  }
  if (!base || !opt) return false;
  if (std::optional<TableProblem> p =
          check_trap_subset(*base->compiled_functions(base_id), *opt->compiled_functions(opt_id)))
    return decide_mismatch(verdict, table_finding(*p, "optimizing"));
  return false;
}

bool DifferentialOracle::Impl::run_call(const DiffCall& call, bool last_call, std::vector<Observation>& obs,
                                        DiffVerdict& verdict) {
  if (invoke_everywhere(call, last_call, obs, verdict)) return true;
  if (options.keep_transcript) verdict.transcript.push_back(call_transcript_row(call, obs));
  if (judge_call_endings(call, obs, verdict) || compare_with_reference(call, obs, verdict) ||
      compare_native_trap_offsets(call, obs, verdict))
    return true;
  if (options.record_for_twins)
    for (size_t i = 0; i < engines.size(); ++i)
      if (takes_part(i)) record(i, obs[i]);
  return false;
}

bool DifferentialOracle::Impl::invoke_everywhere(const DiffCall& call, bool last_call, std::vector<Observation>& obs,
                                                 DiffVerdict& verdict) {
  const bool natives_first = options.reference_on_demand && has_interp() && engines.size() > 1;
  for (size_t i = natives_first ? 1 : 0; i < engines.size(); ++i)
    if (takes_part(i) && invoke_engine(i, call, obs, verdict)) return true;
  if (!natives_first) return false;
  for (size_t i = 1; i < engines.size(); ++i)
    if (takes_part(i) && obs[i].outcome.kind == Outcome::Kind::TimedOut)
      return decide_inconclusive(verdict, fmt::format("{} {}: timed out; the reference was not run",
                                                      engines[i].engine->name(), call.export_name));
  if (last_call && natives_agree(obs))
    return decide_inconclusive(verdict, "the native engines agree; the reference was not run");
  return invoke_engine(0, call, obs, verdict);
}

bool DifferentialOracle::Impl::invoke_engine(size_t i, const DiffCall& call, std::vector<Observation>& obs,
                                             DiffVerdict& verdict) {
  EngineSlot& slot = engines[i];
  Result<Outcome> out = slot.engine->invoke(slot.instance, call.export_name, call.args);
  if (!out) return decide_inconclusive(verdict, fmt::format("{}: {}", slot.engine->name(), out.error().to_string()));
  obs[i] = observe(slot, call, std::move(out).value());
  return false;
}

// Every native engine returned or trapped, and alike, trap offsets
// included: nothing but the reference could still differ.
bool DifferentialOracle::Impl::natives_agree(const std::vector<Observation>& obs) const {
  const size_t first = first_native();
  for (size_t i = first; i < engines.size(); ++i) {
    if (!takes_part(i)) continue;
    const Outcome::Kind k = obs[i].outcome.kind;
    if (k != Outcome::Kind::Returned && k != Outcome::Kind::Trapped) return false;
    if (i > first && compare(obs[first], obs[i], "", true)) return false;
  }
  return true;
}

TranscriptRow DifferentialOracle::Impl::call_transcript_row(const DiffCall& call,
                                                            const std::vector<Observation>& obs) const {
  TranscriptRow row{fmt::format("{}({})", call.export_name, values_to_string(call.args)), {}, {}};
  bool offsets = engines[0].native != nullptr;  // as compare_with_reference compares
  for (size_t i = 0; i < obs.size(); ++i) {
    if (!takes_part(i)) {
      row.outcomes.push_back("(sat out: unsupported)");
      row.differs.push_back(false);
      continue;
    }
    std::string text = obs[i].outcome.to_string();
    if (!obs[i].trace.empty()) text += " [" + trace_to_string(obs[i].trace) + "]";
    row.outcomes.push_back(std::move(text));
    row.differs.push_back(i > 0 && compare(obs[0], obs[i], call.export_name, offsets).has_value());
  }
  return row;
}

// Crashes are findings; a call that did not finish is a hang of its engine
// or says nothing.
bool DifferentialOracle::Impl::judge_call_endings(const DiffCall& call, const std::vector<Observation>& obs,
                                                  DiffVerdict& verdict) const {
  // A native call that ran past its deadline where the interpreter's
  // ended (generated modules carry fuel, so it ends) is a hang of that
  // engine; where the interpreter did not finish either, it says nothing.
  const bool reference_finished = has_interp() && obs[0].outcome.kind != Outcome::Kind::Exhausted &&
                                  obs[0].outcome.kind != Outcome::Kind::TimedOut &&
                                  obs[0].outcome.kind != Outcome::Kind::Unsupported;
  for (size_t i = 0; i < engines.size(); ++i) {
    if (!takes_part(i)) continue;
    const Outcome& o = obs[i].outcome;
    std::string name(engines[i].engine->name());
    if (o.kind == Outcome::Kind::Crashed)
      return decide_mismatch(verdict, Finding{MismatchKind::Crash, name, call.export_name, o.detail, std::nullopt});
    if (o.kind == Outcome::Kind::TimedOut && reference_finished)
      return decide_mismatch(verdict, Finding{MismatchKind::Hang, name, call.export_name,
                                              fmt::format("still running after {} ms, where the interpreter {}",
                                                          options.limits.call_deadline_ms, obs[0].outcome.to_string()),
                                              std::nullopt});
    if (o.kind == Outcome::Kind::Exhausted || o.kind == Outcome::Kind::TimedOut || o.kind == Outcome::Kind::Unsupported)
      return decide_inconclusive(verdict, fmt::format("{} {}: {}", name, call.export_name, outcome_kind_name(o.kind)));
  }
  return false;
}

// Against the reference (the interpreter when present): the culprits are
// the engines that disagree with it.
bool DifferentialOracle::Impl::compare_with_reference(const DiffCall& call, const std::vector<Observation>& obs,
                                                      DiffVerdict& verdict) const {
  std::optional<Finding> first;
  std::string culprits;
  for (size_t i = 1; i < engines.size(); ++i) {
    if (!takes_part(i)) continue;
    bool offsets = engines[0].native != nullptr;
    if (std::optional<Finding> f = compare(obs[0], obs[i], call.export_name, offsets)) {
      if (!first) first = std::move(f);
      culprits += (culprits.empty() ? "" : "+") + std::string(engines[i].engine->name());
    }
  }
  if (!first) return false;
  first->culprit = culprits;
  return decide_mismatch(verdict, std::move(*first));
}

// Trap offsets between native engines (the interpreter reports none).
bool DifferentialOracle::Impl::compare_native_trap_offsets(const DiffCall& call, const std::vector<Observation>& obs,
                                                           DiffVerdict& verdict) const {
  const size_t first = first_native();
  for (size_t i = first + 1; i < engines.size(); ++i) {
    if (!takes_part(i)) continue;
    if (std::optional<Finding> f = compare(obs[first], obs[i], call.export_name, true)) {
      f->culprit = std::string(engines[i].engine->name());
      return decide_mismatch(verdict, std::move(*f));
    }
  }
  return false;
}

DiffVerdict DifferentialOracle::Impl::run_case(const DiffCase& c) {
  DiffVerdict verdict;
  sits_out.assign(engines.size(), 0);
  if (load_module(c.wasm, verdict)) return verdict;
  std::vector<InstantiateResult> inst = instantiate_everywhere(c.wasm, verdict);
  if (judge_each_instantiation(inst, verdict) || compare_instantiations(inst, verdict)) return verdict;
  if (inst[0].status != InstantiateResult::Status::Ok) {
    note_failed_alike(inst[0], verdict);
    return verdict;
  }
  if (check_native_code(verdict) || check_optimizing_traps_within_baseline(verdict)) return verdict;
  std::vector<Observation> obs(engines.size());
  for (size_t k = 0; k < c.calls.size(); ++k) {
    if (run_call(c.calls[k], k + 1 == c.calls.size(), obs, verdict)) return verdict;
    ++verdict.calls_compared;
  }
  // A twin is compared with what its engine did on the original: an
  // engine that sat the original out has nothing to compare with.
  recorded_complete = options.record_for_twins && verdict.sat_out.empty();
  return verdict;
}

DiffVerdict DifferentialOracle::run(const DiffCase& c) {
  DiffVerdict verdict = impl_->run_case(c);
  // Scripted engines (with_engines) are probed only by oracles of their kind.
  const DiffOptions& o = impl_->options;
  if (!verdict.finding || !o.locate_operators || (impl_->scripted && !impl_->remake)) return verdict;
  // The calls up to the mismatching one: runs of later calls would see
  // what the case never ran, and a bundle, which keeps only the calls
  // that ran, would be placed otherwise on replay.
  DiffCase until_mismatch{c.wasm, {}};
  const size_t ran = std::min(c.calls.size(), static_cast<size_t>(verdict.calls_compared) + 1);
  until_mismatch.calls.assign(c.calls.begin(), c.calls.begin() + static_cast<std::ptrdiff_t>(ran));
  if (!impl_->scripted && needs_pass_check(*verdict.finding, o))
    check_pass_dependence(until_mismatch, o, *verdict.finding);
  if (needs_operator(*verdict.finding) && verdict.finding->signature().starts_with(o.locate_only_signatures_starting))
    locate_operator(until_mismatch, impl_->options, impl_->module, *verdict.finding, impl_->remake);
  return verdict;
}

DiffVerdict DifferentialOracle::run_twin(const DiffCase& twin, std::string_view engine) {
  Impl& impl = *impl_;
  DiffVerdict verdict;
  auto inconclusive = [&verdict](std::string why) {
    verdict.kind = DiffVerdict::Kind::Inconclusive;
    verdict.inconclusive_reason = std::move(why);
    return verdict;
  };
  size_t e = 0;
  while (e < impl.engines.size() && impl.engines[e].engine->name() != engine) ++e;
  if (e == impl.engines.size()) return inconclusive(fmt::format("no engine '{}'", engine));
  if (!impl.recorded_complete) return inconclusive("the original case did not agree, or was not recorded");
  const std::vector<Recorded>& original = impl.recorded[e];
  if (twin.calls.size() < original.size()) return inconclusive("the twin makes fewer calls than the original");

  EngineSlot& slot = impl.engines[e];
  auto mismatch = [&](std::string export_name, std::string detail) {
    verdict.kind = DiffVerdict::Kind::Mismatch;
    verdict.finding = Finding{MismatchKind::Metamorphic, std::string(engine), std::move(export_name), std::move(detail),
                              std::nullopt};
    return verdict;
  };
  slot.engine->reset();
  slot.host->clear_trace();
  slot.trace_seen = 0;
  InstantiateResult inst = slot.engine->instantiate(twin.wasm);
  if (inst.status != impl.recorded_inst[e])
    return mismatch("", fmt::format("the original instantiates with status {}, the twin with {} ({})",
                                    instantiate_status_name(impl.recorded_inst[e]),
                                    instantiate_status_name(inst.status), inst.message));
  if (inst.status != InstantiateResult::Status::Ok) return verdict;
  slot.instance = inst.id;
  for (size_t i = 0; i < original.size(); ++i) {
    const DiffCall& call = twin.calls[i];
    Result<Outcome> out = slot.engine->invoke(slot.instance, call.export_name, call.args);
    if (!out) return inconclusive(fmt::format("{}: {}", engine, out.error().to_string()));
    Observation o = impl.observe(slot, call, std::move(out).value());
    if (o.outcome.kind == Outcome::Kind::Exhausted || o.outcome.kind == Outcome::Kind::TimedOut)
      return inconclusive(
          fmt::format("{} {} on the twin: {}", engine, call.export_name, outcome_kind_name(o.outcome.kind)));
    if (std::optional<std::string> d = impl.compare_twin(original[i], o)) return mismatch(call.export_name, *d);
    ++verdict.calls_compared;
  }
  return verdict;
}

}  // namespace tandem::oracle
