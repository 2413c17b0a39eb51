#include "oracle/engines/host_env.h"

#include <bit>

#include "wasm/result.h"

namespace tandem::oracle {
namespace {

using wasm::ValType;

// The spectest module as the spec testsuite expects it (the reference
// interpreter's spectest.ml): print functions of every shape the tests
// import, four constant globals, a table and a memory.
struct SpectestFunc {
  const char* name;
  std::vector<ValType> params;
};

const SpectestFunc kSpectestFuncs[] = {
    {"print", {}},
    {"print_i32", {ValType::I32}},
    {"print_i64", {ValType::I64}},
    {"print_f32", {ValType::F32}},
    {"print_f64", {ValType::F64}},
    {"print_i32_f32", {ValType::I32, ValType::F32}},
    {"print_f64_f64", {ValType::F64, ValType::F64}},
};

constexpr char kSpectest[] = "spectest";

HostGlobal constant_global(const char* name, Value value) {
  return HostGlobal{kSpectest, name, wasm::GlobalType{value.type, /*mutable_=*/false}, value};
}

}  // namespace

HostEnv HostEnv::spectest() {
  HostEnv env;
  for (const SpectestFunc& f : kSpectestFuncs)
    env.funcs_.push_back(HostFunc{kSpectest, f.name, wasm::FuncType{f.params, {}}});
  env.globals_.push_back(constant_global("global_i32", Value::i32(666)));
  env.globals_.push_back(constant_global("global_i64", Value::i64(666)));
  env.globals_.push_back(constant_global("global_f32", Value::f32_bits(std::bit_cast<uint32_t>(666.6f))));
  env.globals_.push_back(constant_global("global_f64", Value::f64_bits(std::bit_cast<uint64_t>(666.6))));
  wasm::TableType table;
  table.elem = ValType::FuncRef;
  table.limits = wasm::Limits{10, true, 20};
  env.tables_.push_back(HostTable{kSpectest, "table", table});
  wasm::MemoryType memory;
  memory.limits = wasm::Limits{1, true, 2};
  env.memories_.push_back(HostMemory{kSpectest, "memory", memory});
  return env;
}

HostEnv HostEnv::empty() { return HostEnv(); }

std::optional<uint32_t> HostEnv::resolve_func(std::string_view module, std::string_view name,
                                              const wasm::FuncType& type) {
  for (uint32_t id = 0; id < funcs_.size(); ++id) {
    const HostFunc& f = funcs_[id];
    if (f.module == module && f.name == name && f.type == type) return id;
  }
  if (!stub_unknown_imports_) return std::nullopt;
  funcs_.push_back(HostFunc{std::string(module), std::string(name), type});
  return static_cast<uint32_t>(funcs_.size() - 1);
}

bool HostEnv::has_func_named(std::string_view module, std::string_view name) const {
  for (const HostFunc& f : funcs_)
    if (f.module == module && f.name == name) return true;
  return false;
}

const HostGlobal* HostEnv::find_global(std::string_view module, std::string_view name) const {
  for (const HostGlobal& g : globals_)
    if (g.module == module && g.name == name) return &g;
  return nullptr;
}

const HostTable* HostEnv::find_table(std::string_view module, std::string_view name) const {
  for (const HostTable& t : tables_)
    if (t.module == module && t.name == name) return &t;
  return nullptr;
}

const HostMemory* HostEnv::find_memory(std::string_view module, std::string_view name) const {
  for (const HostMemory& m : memories_)
    if (m.module == module && m.name == name) return &m;
  return nullptr;
}

void HostEnv::call(uint32_t func, std::span<const Value> args, std::span<Value> results) {
  TANDEM_CHECK(func < funcs_.size(), "host call to an unknown host function id");
  const wasm::FuncType& type = funcs_[func].type;
  TANDEM_CHECK(args.size() == type.params.size(), "host call with the wrong number of arguments");
  TANDEM_CHECK(results.size() == type.results.size(), "host call with the wrong number of results");
  trace_.push_back(HostCallRecord{func, std::vector<Value>(args.begin(), args.end())});
  // Every host function returns zeros (null for references): the trace, not
  // the results, is what tells two engines apart.
  for (size_t i = 0; i < results.size(); ++i) {
    ValType t = type.results[i];
    results[i] = wasm::is_ref(t) ? Value::null_ref(t) : Value{t, 0, false};
  }
}

}  // namespace tandem::oracle
