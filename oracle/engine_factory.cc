#include "oracle/engine_factory.h"

#include <fmt/format.h>

#include "oracle/interp_engine.h"
#include "oracle/validator_engine.h"

namespace tandem::oracle {
namespace {

template <class E>
std::unique_ptr<Engine> make(HostEnv* host) {
  return std::make_unique<E>(host);
}

constexpr EngineTraits kEngines[] = {
    {"interp", "wabt's reference interpreter (the oracle)", true, &make<InterpEngine>},
    {"validator", "tandem's decoder and validator (module verdicts only)", false, &make<ValidatorEngine>},
};

}  // namespace

std::span<const EngineTraits> registered_engines() { return kEngines; }

const EngineTraits* find_engine(std::string_view name) {
  for (const EngineTraits& e : kEngines)
    if (e.name == name) return &e;
  return nullptr;
}

Result<std::unique_ptr<Engine>> make_engine(std::string_view name, HostEnv* host) {
  const EngineTraits* traits = find_engine(name);
  if (!traits) {
    std::string known;
    for (const EngineTraits& e : kEngines) known += fmt::format("{}{}", known.empty() ? "" : ", ", e.name);
    return make_error(ErrorKind::Usage, fmt::format("unknown engine '{}' (known: {})", name, known));
  }
  return traits->make(host);
}

}  // namespace tandem::oracle
