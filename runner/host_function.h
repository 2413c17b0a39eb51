// A host function as wasm code sees it: an import whose code is the host
// trampoline and whose "vmctx" is this object. The oracle implements call()
// (logging to the host-call trace); the runner only moves values.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "shared_compile/abi.h"
#include "shared_compile/trap_code.h"
#include "shared_compile/vmcontext.h"
#include "wasm/types.h"

namespace tandem::runner {

class HostFunction {
 public:
  HostFunction(wasm::FuncType type, uint32_t type_id);
  virtual ~HostFunction() = default;
  HostFunction(const HostFunction&) = delete;
  HostFunction& operator=(const HostFunction&) = delete;

  // The values' words as call_wasm lays them out (two for a v128:
  // abi::slots_of). Returning a trap code makes the calling wasm code trap
  // with it.
  virtual std::optional<compile::TrapCode> call(std::span<const uint64_t> args, std::span<uint64_t> results) = 0;

  const wasm::FuncType& type() const { return type_; }
  const compile::abi::Signature& signature() const { return signature_; }
  // What an import slot or a table holds for this function.
  const compile::VMFuncRef* funcref() const { return &funcref_; }

 private:
  wasm::FuncType type_;
  compile::abi::Signature signature_;
  compile::VMFuncRef funcref_;
};

}  // namespace tandem::runner
