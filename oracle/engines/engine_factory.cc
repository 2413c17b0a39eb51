#include "oracle/engines/engine_factory.h"

#include <fmt/format.h>

#include "oracle/engines/interp_engine.h"
#include "oracle/engines/native_engine.h"
#include "oracle/engines/validator_engine.h"

namespace tandem::oracle {
namespace {

template <class E>
Result<std::unique_ptr<Engine>> make(HostEnv* host, std::span<const std::string> settings, const NativeRunOptions&) {
  if (!settings.empty())
    return make_error(ErrorKind::Usage, fmt::format("this engine takes no compiler settings (got '{}')", settings[0]));
  return std::unique_ptr<Engine>(std::make_unique<E>(host));
}

template <NativeConfig::Mode M, bool Unoptimized = false>
Result<std::unique_ptr<Engine>> make_native(HostEnv* host, std::span<const std::string> settings,
                                            const NativeRunOptions& run) {
  NativeConfig config;
  config.mode = M;
  config.in_process = run.in_process;
  config.limits.call_deadline_ms = run.call_deadline_ms;
  if (Unoptimized) {
    config.settings.push_back("opt_level=none");
    config.name = "optimizing-none";
  }
  config.settings.insert(config.settings.end(), settings.begin(), settings.end());
  TANDEM_TRY(std::unique_ptr<NativeEngine> e, NativeEngine::create(host, std::move(config)));
  return std::unique_ptr<Engine>(std::move(e));
}

constexpr EngineTraits kEngines[] = {
    {"interp", "wabt's reference interpreter (the oracle)", true, &make<InterpEngine>},
    {"validator", "tandem's decoder and validator (module verdicts only)", false, &make<ValidatorEngine>},
    {"baseline", "the single-pass baseline compiler, native", true, &make_native<NativeConfig::Mode::Baseline>},
    {"optimizing", "the SSA optimizing compiler, native (opt_level=speed)", true,
     &make_native<NativeConfig::Mode::Optimizing>},
    {"optimizing-none", "the optimizing compiler without its passes (opt_level=none)", true,
     &make_native<NativeConfig::Mode::Optimizing, true>},
    {"mixed", "odd functions optimizing, even functions baseline, in one image", true,
     &make_native<NativeConfig::Mode::Mixed>},
};

}  // namespace

std::span<const EngineTraits> registered_engines() { return kEngines; }

const EngineTraits* find_engine(std::string_view name) {
  for (const EngineTraits& e : kEngines)
    if (e.name == name) return &e;
  return nullptr;
}

Result<std::unique_ptr<Engine>> make_engine(std::string_view name, HostEnv* host, std::span<const std::string> settings,
                                            const NativeRunOptions& run) {
  const EngineTraits* traits = find_engine(name);
  if (!traits) {
    std::string known;
    for (const EngineTraits& e : kEngines) known += fmt::format("{}{}", known.empty() ? "" : ", ", e.name);
    return make_error(ErrorKind::Usage, fmt::format("unknown engine '{}' (known: {})", name, known));
  }
  return traits->make(host, settings, run);
}

}  // namespace tandem::oracle
