#include "wasm/module.h"

namespace tandem::wasm {

ValType Module::local_type(const Function& f, uint32_t index) const {
  const FuncType& type = types[f.type_index];
  if (index < type.params.size()) return type.params[index];
  index -= static_cast<uint32_t>(type.params.size());
  for (const LocalRun& run : f.locals) {
    if (index < run.count) return run.type;
    index -= run.count;
  }
  return ValType::I32;  // out of range: callers validate indices first
}

const Export* Module::find_export(std::string_view name) const {
  for (const Export& e : exports)
    if (e.name == name) return &e;
  return nullptr;
}

}  // namespace tandem::wasm
