#include "tools/cli_support.h"

#include <fmt/format.h>

#include "oracle/text_format.h"
#include "oracle/value_text.h"
#include "wasm/decoder.h"

namespace tandem::tools {

Result<LoadedModule> load_module(const std::string& path) {
  LoadedModule out;
  TANDEM_TRY(out.bytes, oracle::load_module_file(path));
  Result<wasm::Module> m = wasm::decode(out.bytes);
  if (!m) {
    Error e = m.take_error();
    e.message = fmt::format("{}: {}", path, e.message);
    return e;
  }
  out.module = std::move(m).value();
  return out;
}

Result<std::vector<oracle::Value>> parse_invocation(const wasm::Module& module, const std::string& name,
                                                    const std::vector<std::string>& values) {
  const wasm::Export* e = module.find_export(name);
  if (!e || e->kind != wasm::ExternKind::Func)
    return make_error(ErrorKind::Usage, fmt::format("the module exports no function '{}'", name));
  const wasm::FuncType& type = module.func_type(e->index);
  if (values.size() != type.params.size())
    return make_error(ErrorKind::Usage, fmt::format("'{}' takes {} arguments {}, got {}", name, type.params.size(),
                                                    type.to_string(), values.size()));
  std::vector<oracle::Value> args;
  for (size_t i = 0; i < values.size(); ++i) {
    TANDEM_TRY(oracle::Value v, oracle::parse_value(values[i], type.params[i]));
    args.push_back(v);
  }
  return args;
}

}  // namespace tandem::tools
