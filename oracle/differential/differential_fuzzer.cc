#include "oracle/differential/differential_fuzzer.h"

#include <bit>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

#include "shared_compile/settings.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

Value to_value(const generator::ArgValue& a) { return Value{a.type, a.bits, a.null, a.hi}; }

}  // namespace

std::string FuzzStats::to_string() const {
  std::string s = fmt::format(
      "tandem-stats: inputs={} agree={} inconclusive={} mismatches={} calls={} simd={} sat_out={} real={} twins={} "
      "twins_inconclusive={}",
      inputs, agree, inconclusive, mismatches, calls_compared, simd, sat_out, real_modules, twins, twins_inconclusive);
  for (uint32_t c = 0; c < wasm::kNumOpClasses; ++c)
    s += fmt::format(" class.{}={}", wasm::op_class_name(static_cast<wasm::OpClass>(c)), modules_using_class[c]);
  // Mutations of real modules, then the rewrites of twins: a kind appears
  // where it can happen (the twin makes only semantics-preserving edits;
  // duplicated functions and retyped locals are in both lists).
  for (uint32_t k = 0; k < generator::kNumMutationKinds; ++k) {
    auto kind = static_cast<generator::MutationKind>(k);
    if (k < static_cast<uint32_t>(generator::MutationKind::CommuteOperands))
      s += fmt::format(" mutation.{}={}", generator::mutation_kind_name(kind), inputs_with_mutation[k]);
  }
  for (uint32_t k = 0; k < generator::kNumMutationKinds; ++k) {
    auto kind = static_cast<generator::MutationKind>(k);
    if (generator::is_semantics_preserving(kind))
      s += fmt::format(" rewrite.{}={}", generator::mutation_kind_name(kind), twins_with_rewrite[k]);
  }
  for (uint32_t i = 0; i < generator::kNumShapes; ++i)
    s += fmt::format(" shape.{}={}", generator::shape_name(static_cast<generator::Shape>(i)), modules_using_shape[i]);
  return s;
}

DifferentialFuzzer::DifferentialFuzzer(Options options) : options_(options) {}
DifferentialFuzzer::~DifferentialFuzzer() = default;

Status DifferentialFuzzer::add_real_seeds(const std::string& dir) {
  TANDEM_TRY_STATUS(seeds_.add_directory(dir));
  // The mutator sizes its per-seed state when it is made: make it anew.
  mutator_.reset();
  if (!seeds_.empty()) mutator_ = std::make_unique<generator::RealModuleMutator>(seeds_);
  return {};
}

Status DifferentialFuzzer::add_default_real_seeds(const std::string& source_dir) {
  std::string dirs;
  if (const char* env = std::getenv("TANDEM_REAL_SEEDS")) {
    dirs = env;
  } else {
    for (const char* sub : {"/corpus/real", "/corpus/real/npm"}) {
      std::string dir = source_dir + sub;
      if (std::filesystem::is_directory(dir)) dirs += (dirs.empty() ? "" : ":") + dir;
    }
  }
  if (dirs == "none") return {};
  for (size_t i = 0; i <= dirs.size();) {
    size_t j = dirs.find(':', i);
    if (j == std::string::npos) j = dirs.size();
    if (j > i) TANDEM_TRY_STATUS(add_real_seeds(dirs.substr(i, j - i)));
    i = j + 1;
  }
  return {};
}

uint32_t DifferentialFuzzer::draw_settings(uint32_t draw, std::vector<std::string>* assignments) {
  static const compile::Settings host = [] {
    compile::Settings s;
    s.isa = compile::IsaFlags::detect_host();
    return s;
  }();
  uint32_t key = 0, bits_used = 0, radix = 1;
  for (const compile::SettingInfo& info : compile::all_settings()) {
    if (!info.drawn) {
      // A self-check keeps its default, written out like every setting.
      if (assignments) assignments->push_back(fmt::format("{}={}", info.name, info.default_value));
      continue;
    }
    auto n = static_cast<uint32_t>(info.values.size());
    uint32_t width = std::bit_width(n - 1);
    uint32_t index = ((draw >> bits_used) & ((1u << width) - 1)) % n;
    bits_used += width;
    if (info.is_isa_flag && compile::setting_value_index(host, info.id) == 0) index = 0;
    if (assignments) assignments->push_back(fmt::format("{}={}", info.name, info.values[index]));
    key += index * radix;
    radix *= n;
  }
  TANDEM_CHECK(bits_used <= kSettingsDrawBits, "settings.def needs more bits than a fuzz input's settings draw has");
  return key;
}

DiffOptions DifferentialFuzzer::options_for(std::span<const uint8_t> data) const {
  uint8_t mask_byte = data.size() > 1 ? data[1] : 0;
  DiffOptions d;
  draw_settings(settings_draw(data), &d.settings);
  // Two mixed masks (alternating either way round) keep the oracle cache
  // small while every function meets both neighbours.
  d.mixed_mask = (mask_byte & 1) ? 0x5555555555555555ull : 0xaaaaaaaaaaaaaaaaull;
  d.with_interp = options_.with_interp;
  d.with_optimizing = options_.with_optimizing;
  d.with_mixed = options_.with_mixed;
  d.with_optimizing_unoptimized = options_.with_optimizing_unoptimized;
  d.check_determinism = options_.check_determinism;
  d.check_tables = options_.check_tables;
  d.record_for_twins = true;
  d.limits.call_deadline_ms = options_.call_deadline_ms;
  d.in_process = options_.in_process;
  return d;
}

DifferentialOracle& DifferentialFuzzer::oracle_for(std::span<const uint8_t> data) {
  uint8_t mask_byte = data.size() > 1 ? data[1] : 0;
  const uint32_t key = draw_settings(settings_draw(data)) * 2 + (mask_byte & 1);
  if (oracles_.size() >= kMaxOracles && !oracles_.contains(key)) oracles_.clear();
  std::unique_ptr<DifferentialOracle>& o = oracles_[key];
  if (!o) {
    Result<std::unique_ptr<DifferentialOracle>> made = DifferentialOracle::create(options_for(data));
    TANDEM_CHECK(made.ok(), "the fuzzer's own settings were refused");
    o = std::move(made).value();
  }
  return *o;
}

namespace {

void require_valid(const std::vector<uint8_t>& wasm, const char* what) {
  if (Result<wasm::Module> valid = wasm::decode_and_validate(wasm); !valid) {
    std::fprintf(stderr, "tandem: generator bug: the %s does not validate: %s\n", what,
                 valid.error().to_string().c_str());
    std::abort();
  }
}

}  // namespace

void DifferentialFuzzer::fill_case(const generator::GeneratedModule& m, DiffCase& c) const {
  c.wasm = m.wasm;
  c.calls.resize(m.invocations.size());
  for (size_t i = 0; i < m.invocations.size(); ++i) {
    const generator::Invocation& inv = m.invocations[i];
    DiffCall& call = c.calls[i];
    call.export_name = m.export_name(inv);
    call.args.clear();
    for (const generator::ArgValue& a : m.args_of(inv)) call.args.push_back(to_value(a));
  }
}

// The metamorphic check, after the original agreed: its twin on one engine.
// A difference the interpreter sees too is a wrong rewrite (a generator
// bug: abort). Otherwise that engine runs the twin differently from the
// interpreter, so the twin is an ordinary differential finding: it becomes
// the case (what `tandem reduce` shrinks) and every engine runs it, so the
// finding gets its usual signature; the metamorphic one when the full run
// somehow agrees.
DiffVerdict DifferentialFuzzer::check_twin(std::span<const uint8_t> fuzz, uint8_t byte1, DifferentialOracle& oracle) {
  twin_counts_.clear();
  Status made = twin_rewriter_.make_twin(module_, fuzz, twin_, &twin_counts_);
  TANDEM_CHECK(made.ok(), "the twin rewriter refused a module that validates");
  for (uint32_t k = 0; k < generator::kNumMutationKinds; ++k)
    stats_.twins_with_rewrite[k] += twin_counts_.counts[k] > 0;
  require_valid(twin_.wasm, "twin module");
  fill_case(twin_, twin_case_);
  ++stats_.twins;
  const char* engine = options_.with_optimizing ? twin_engine(byte1) : "baseline";
  DiffVerdict v = oracle.run_twin(twin_case_, engine);
  if (v.kind == DiffVerdict::Kind::Inconclusive) ++stats_.twins_inconclusive;
  if (v.kind != DiffVerdict::Kind::Mismatch) return v;
  if (options_.with_interp) {
    DiffVerdict reference = oracle.run_twin(twin_case_, "interp");
    if (reference.kind == DiffVerdict::Kind::Mismatch) {
      std::fprintf(stderr,
                   "tandem: generator bug: a semantics-preserving rewrite changed what the interpreter does: %s\n",
                   reference.finding->to_string().c_str());
      std::abort();
    }
  }
  std::swap(case_, twin_case_);
  DiffVerdict full = oracle.run(case_);
  if (full.kind == DiffVerdict::Kind::Mismatch) {
    full.finding->detail = "(a metamorphic twin) " + full.finding->detail;
    return full;
  }
  return v;
}

DiffVerdict DifferentialFuzzer::run(std::span<const uint8_t> data) {
  std::span<const uint8_t> rest = data.size() > 2 ? data.subspan(2) : std::span<const uint8_t>();
  const uint8_t byte1 = data.size() > 1 ? data[1] : 0;
  ++stats_.inputs;

  if (mutator_ && wants_real_module(byte1)) {
    Status sliced = mutator_->generate(rest, module_, &real_info_);
    TANDEM_CHECK(sliced.ok(), "the real-module mutator failed with seeds loaded");
    require_valid(module_.wasm, "mutated real module");
    ++stats_.real_modules;
    for (uint32_t k = 0; k < generator::kNumMutationKinds; ++k)
      stats_.inputs_with_mutation[k] += real_info_.mutations.counts[k] > 0;
  } else {
    Status generated = generator_.generate_swarm(rest, options_.scope, module_);
    TANDEM_CHECK(generated.ok(), "the generator refused its own swarm configuration");
    require_valid(module_.wasm, "generated module");
  }
  bool uses_simd = false;
  for (uint32_t c = 0; c < wasm::kNumOpClasses; ++c) {
    stats_.modules_using_class[c] += module_.usage.class_counts[c] > 0;
    uses_simd |= module_.usage.class_counts[c] > 0 && wasm::is_simd_class(static_cast<wasm::OpClass>(c));
  }
  stats_.simd += uses_simd;
  for (uint32_t i = 0; i < generator::kNumShapes; ++i)
    stats_.modules_using_shape[i] += module_.usage.shape_counts[i] > 0;

  fill_case(module_, case_);
  DifferentialOracle& oracle = oracle_for(data);
  DiffVerdict v = oracle.run(case_);
  if (v.kind == DiffVerdict::Kind::Agree && wants_twin(byte1)) {
    DiffVerdict t = check_twin(rest, byte1, oracle);
    if (t.kind == DiffVerdict::Kind::Mismatch) v = std::move(t);
  }
  stats_.calls_compared += v.calls_compared;
  stats_.sat_out += !v.sat_out.empty();
  switch (v.kind) {
    case DiffVerdict::Kind::Agree: ++stats_.agree; break;
    case DiffVerdict::Kind::Inconclusive: ++stats_.inconclusive; break;
    case DiffVerdict::Kind::Mismatch: ++stats_.mismatches; break;
  }
  // The next input may draw other settings, hence other engines: these
  // give their executors back to the pool now.
  oracle.release_engines();
  return v;
}

}  // namespace tandem::oracle
