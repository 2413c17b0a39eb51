#include "oracle/differential_fuzzer.h"

#include <cstdio>
#include <cstdlib>

#include <fmt/format.h>

#include "shared_compile/settings.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

Value to_value(const generator::ArgValue& a) { return Value{a.type, a.bits, a.null}; }

}  // namespace

std::string FuzzStats::to_string() const {
  std::string s = fmt::format("tandem-stats: inputs={} agree={} inconclusive={} mismatches={} calls={}", inputs,
                              agree, inconclusive, mismatches, calls_compared);
  for (uint32_t c = 0; c < wasm::kNumOpClasses; ++c)
    s += fmt::format(" class.{}={}", wasm::op_class_name(static_cast<wasm::OpClass>(c)), modules_using_class[c]);
  for (uint32_t i = 0; i < generator::kNumShapes; ++i)
    s += fmt::format(" shape.{}={}", generator::shape_name(static_cast<generator::Shape>(i)), modules_using_shape[i]);
  return s;
}

DifferentialFuzzer::DifferentialFuzzer(Options options) : options_(options) {}
DifferentialFuzzer::~DifferentialFuzzer() = default;

std::vector<std::string> DifferentialFuzzer::settings_from_byte(uint8_t byte) {
  static const compile::IsaFlags host = compile::IsaFlags::detect_host();
  auto flag = [](const char* name, bool on) { return fmt::format("{}={}", name, on ? "true" : "false"); };
  std::vector<std::string> s;
  s.push_back(fmt::format("bounds_checks={}", (byte & 1) ? "explicit" : "guard"));
  s.push_back(flag("has_sse41", host.has_sse41 && (byte & 2)));
  s.push_back(flag("has_popcnt", host.has_popcnt && (byte & 4)));
  s.push_back(flag("has_lzcnt", host.has_lzcnt && (byte & 8)));
  s.push_back(flag("has_bmi1", host.has_bmi1 && (byte & 16)));
  s.push_back(flag("has_bmi2", host.has_bmi2 && (byte & 32)));
  s.push_back(fmt::format("opt_level={}", (byte & 64) ? "none" : "speed"));
  return s;
}

DiffOptions DifferentialFuzzer::options_for(std::span<const uint8_t> data) const {
  uint8_t settings_byte = data.size() > 0 ? data[0] : 0;
  uint8_t mask_byte = data.size() > 1 ? data[1] : 0;
  DiffOptions d;
  d.settings = settings_from_byte(settings_byte);
  // Two mixed masks (alternating either way round) keep the oracle cache
  // small while every function meets both neighbours.
  d.mixed_mask = (mask_byte & 1) ? 0x5555555555555555ull : 0xaaaaaaaaaaaaaaaaull;
  d.with_interp = options_.with_interp;
  d.with_optimizing = options_.with_optimizing;
  d.with_mixed = options_.with_mixed;
  d.with_optimizing_unoptimized = options_.with_optimizing_unoptimized;
  d.check_determinism = options_.check_determinism;
  d.check_tables = options_.check_tables;
  return d;
}

DifferentialOracle& DifferentialFuzzer::oracle_for(std::span<const uint8_t> data) {
  uint8_t settings_byte = data.size() > 0 ? data[0] : 0;
  uint8_t mask_byte = data.size() > 1 ? data[1] : 0;
  std::unique_ptr<DifferentialOracle>& o = oracles_[settings_byte * 2 + (mask_byte & 1)];
  if (!o) {
    Result<std::unique_ptr<DifferentialOracle>> made = DifferentialOracle::create(options_for(data));
    TANDEM_CHECK(made.ok(), "the fuzzer's own settings were refused");
    o = std::move(made).value();
  }
  return *o;
}

DiffVerdict DifferentialFuzzer::run(std::span<const uint8_t> data) {
  std::span<const uint8_t> rest = data.size() > 2 ? data.subspan(2) : std::span<const uint8_t>();
  ++stats_.inputs;

  Status generated = generator_.generate_swarm(rest, options_.scope, module_);
  TANDEM_CHECK(generated.ok(), "the generator refused its own swarm configuration");
  if (Result<wasm::Module> valid = wasm::decode_and_validate(module_.wasm); !valid) {
    std::fprintf(stderr, "tandem: generator bug: the generated module does not validate: %s\n",
                 valid.error().to_string().c_str());
    std::abort();
  }
  for (uint32_t c = 0; c < wasm::kNumOpClasses; ++c)
    stats_.modules_using_class[c] += module_.usage.class_counts[c] > 0;
  for (uint32_t i = 0; i < generator::kNumShapes; ++i)
    stats_.modules_using_shape[i] += module_.usage.shape_counts[i] > 0;

  case_.wasm = module_.wasm;
  case_.calls.resize(module_.invocations.size());
  for (size_t i = 0; i < module_.invocations.size(); ++i) {
    const generator::Invocation& inv = module_.invocations[i];
    DiffCall& call = case_.calls[i];
    call.export_name = module_.export_name(inv);
    call.args.clear();
    for (const generator::ArgValue& a : module_.args_of(inv)) call.args.push_back(to_value(a));
  }

  DiffVerdict v = oracle_for(data).run(case_);
  stats_.calls_compared += v.calls_compared;
  switch (v.kind) {
    case DiffVerdict::Kind::Agree: ++stats_.agree; break;
    case DiffVerdict::Kind::Inconclusive: ++stats_.inconclusive; break;
    case DiffVerdict::Kind::Mismatch: ++stats_.mismatches; break;
  }
  return v;
}

}  // namespace tandem::oracle
