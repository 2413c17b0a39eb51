#include "oracle/engines/validator_engine.h"

#include <fmt/format.h>

#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

Error runs_no_code() {
  return make_error(ErrorKind::Unsupported, "the validator voice only decodes and validates; it runs no code");
}

}  // namespace

InstantiateResult ValidatorEngine::instantiate(std::span<const uint8_t> wasm) {
  InstantiateResult r;
  Result<wasm::Module> module = wasm::decode_and_validate(wasm);
  if (module.ok()) {
    r.id = accepted_++;
    return r;
  }
  const Error& e = module.error();
  r.message = e.to_string();
  switch (e.kind) {
    case ErrorKind::Malformed: r.status = InstantiateResult::Status::Malformed; break;
    case ErrorKind::Invalid: r.status = InstantiateResult::Status::Invalid; break;
    case ErrorKind::Unsupported: r.status = InstantiateResult::Status::Unsupported; break;
    case ErrorKind::LimitExceeded: r.status = InstantiateResult::Status::LimitExceeded; break;
    default: r.status = InstantiateResult::Status::CompilerError; break;
  }
  return r;
}

Status ValidatorEngine::register_instance(InstanceId id, std::string_view module_name) {
  if (id >= accepted_)
    return make_error(ErrorKind::Usage, fmt::format("no module {} to register as \"{}\"", id, module_name));
  return {};
}

Result<Outcome> ValidatorEngine::invoke(InstanceId, std::string_view, std::span<const Value>) { return runs_no_code(); }

Result<Value> ValidatorEngine::read_global(InstanceId, std::string_view) { return runs_no_code(); }

Result<std::span<const uint8_t>> ValidatorEngine::read_memory(InstanceId, std::string_view) { return runs_no_code(); }

}  // namespace tandem::oracle
