#include "tests/generator/wabt_interp.h"

#include <bit>

#include "wabt/binary-reader.h"
#include "wabt/error-formatter.h"
#include "wabt/feature.h"
#include "wabt/interp/binary-reader-interp.h"
#include "wabt/interp/interp.h"

namespace tandem::generator::testing {
namespace {

namespace wi = wabt::interp;

wi::Value to_wabt(const ArgValue& a) {
  switch (a.type) {
    case wasm::ValType::I32: return wi::Value::Make(static_cast<uint32_t>(a.bits));
    case wasm::ValType::I64: return wi::Value::Make(static_cast<uint64_t>(a.bits));
    case wasm::ValType::F32: return wi::Value::Make(std::bit_cast<float>(static_cast<uint32_t>(a.bits)));
    case wasm::ValType::F64: return wi::Value::Make(std::bit_cast<double>(a.bits));
    case wasm::ValType::V128: {
      v128 v;
      for (int i = 0; i < 8; ++i) {
        v.v[i] = static_cast<uint8_t>(a.bits >> (8 * i));
        v.v[8 + i] = static_cast<uint8_t>(a.hi >> (8 * i));
      }
      return wi::Value::Make(v);
    }
    default: return wi::Value::Make(wi::Ref::Null);  // the tests pass null references only
  }
}

}  // namespace

InterpRun run_in_wabt(const GeneratedModule& module) {
  InterpRun run;
  wabt::Features features;
  wabt::Errors errors;
  wabt::ReadBinaryOptions options(features, nullptr, false, true, false);
  wi::ModuleDesc desc;
  if (wabt::Failed(
          wi::ReadBinaryInterp("<generated>", module.wasm.data(), module.wasm.size(), options, &errors, &desc))) {
    run.error = wabt::FormatErrorsToString(errors, wabt::Location::Type::Binary);
    return run;
  }
  wi::Store store;
  wi::Module::Ptr mod = wi::Module::New(store, desc);
  wi::RefVec imports;
  for (const wi::ImportDesc& import : mod->desc().imports) {
    const auto* type = wabt::cast<wi::FuncType>(import.type.type.get());
    wi::HostFunc::Ptr stub =
        wi::HostFunc::New(store, *type, [type](wi::Thread&, const wi::Values&, wi::Values& results, wi::Trap::Ptr*) {
          results.resize(type->results.size());
          for (wi::Value& r : results) r = wi::Value::Make(uint64_t{0});
          return wabt::Result::Ok;
        });
    imports.push_back(stub.ref());
  }
  wi::Trap::Ptr trap;
  wi::Instance::Ptr instance = wi::Instance::Instantiate(store, mod.ref(), imports, &trap);
  if (!instance) {
    run.error = trap ? trap->message() : "instantiation failed";
    return run;
  }
  auto find_export = [&](const std::string& name) -> wi::Ref {
    const auto& exports = mod->desc().exports;
    for (size_t i = 0; i < exports.size(); ++i)
      if (exports[i].type.name == name) return instance->exports()[i];
    return wi::Ref::Null;
  };
  wi::Global::Ptr fuel = store.UnsafeGet<wi::Global>(find_export("fuel"));
  for (const Invocation& inv : module.invocations) {
    CallRecord rec;
    rec.name = module.export_name(inv);
    wi::Func::Ptr func = store.UnsafeGet<wi::Func>(find_export(rec.name));
    wi::Values params, results;
    for (const ArgValue& a : module.args_of(inv)) params.push_back(to_wabt(a));
    wi::Trap::Ptr call_trap;
    if (wabt::Failed(func->Call(store, params, results, &call_trap))) {
      rec.trapped = true;
      rec.trap = call_trap ? call_trap->message() : "trap";
    }
    rec.fuel_after = fuel->Get().Get<uint32_t>();
    run.calls.push_back(std::move(rec));
  }
  return run;
}

}  // namespace tandem::generator::testing
