#include "oracle/engines/engine.h"

namespace tandem::oracle {

const char* instantiate_status_name(InstantiateResult::Status status) {
  switch (status) {
    case InstantiateResult::Status::Ok: return "ok";
    case InstantiateResult::Status::Malformed: return "malformed";
    case InstantiateResult::Status::Invalid: return "invalid";
    case InstantiateResult::Status::Unlinkable: return "unlinkable";
    case InstantiateResult::Status::Uninstantiable: return "uninstantiable";
    case InstantiateResult::Status::Unsupported: return "unsupported";
    case InstantiateResult::Status::CompilerError: return "compiler error";
    case InstantiateResult::Status::CompileBlowup: return "compile_blowup";
    case InstantiateResult::Status::LimitExceeded: return "limit_exceeded";
  }
  return "?";
}

}  // namespace tandem::oracle
