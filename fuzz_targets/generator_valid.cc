// The generator's own target: every input, with the swarm configuration its
// first bytes draw, must give a module that wasm/'s validator and wabt's
// both accept, and invocations that name real exports with arguments of the
// right types. Anything else is a generator bug: print why and abort.
//
// Byte 0 picks the scope (odd: IntegerCore, even: Full); the rest goes to
// Generator::generate_swarm, exactly as the differential target feeds it.
#include <cstdio>
#include <cstdlib>
#include <string>

#include "generator/generator.h"
#include "wabt/binary-reader-ir.h"
#include "wabt/binary-reader.h"
#include "wabt/error-formatter.h"
#include "wabt/feature.h"
#include "wabt/ir.h"
#include "wabt/validator.h"
#include "wasm/validator.h"

namespace {

using tandem::generator::GeneratedModule;

[[noreturn]] void generator_bug(const char* what, const std::string& detail) {
  std::fprintf(stderr, "tandem: generator bug: %s: %s\n", what, detail.c_str());
  std::abort();
}

void check_with_wabt(const GeneratedModule& m) {
  wabt::Errors errors;
  wabt::Module module;
  wabt::Features features;
  wabt::ReadBinaryOptions options(features, nullptr, false, true, false);
  if (wabt::Failed(wabt::ReadBinaryIr("<generated>", m.wasm.data(), m.wasm.size(), options, &errors, &module)) ||
      wabt::Failed(wabt::ValidateModule(&module, &errors, wabt::ValidateOptions(features))))
    generator_bug("wabt rejects the module", wabt::FormatErrorsToString(errors, wabt::Location::Type::Binary));
}

void check_invocations(const GeneratedModule& m, const tandem::wasm::Module& module) {
  for (const tandem::generator::Invocation& inv : m.invocations) {
    const tandem::wasm::Export* e = module.find_export(m.export_name(inv));
    if (!e || e->kind != tandem::wasm::ExternKind::Func) generator_bug("no such export", m.export_name(inv));
    const tandem::wasm::FuncType& type = module.func_type(e->index);
    auto args = m.args_of(inv);
    if (args.size() != type.params.size()) generator_bug("argument count", m.export_name(inv));
    for (size_t i = 0; i < args.size(); ++i)
      if (args[i].type != type.params[i]) generator_bug("argument type", m.export_name(inv));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static tandem::generator::Generator generator;
  static GeneratedModule module;
  if (size == 0) return 0;
  auto scope = data[0] & 1 ? tandem::generator::Scope::IntegerCore : tandem::generator::Scope::Full;
  tandem::Status s = generator.generate_swarm({data + 1, size - 1}, scope, module);
  if (!s.ok()) generator_bug("the swarm configuration does not check", s.error().to_string());
  tandem::Result<tandem::wasm::Module> decoded = tandem::wasm::decode_and_validate(module.wasm);
  if (!decoded.ok()) generator_bug("wasm/ rejects the module", decoded.error().to_string());
  check_with_wabt(module);
  check_invocations(module, *decoded);
  return 0;
}
