#include "oracle/native_engine.h"

#include <map>

#include <fmt/format.h>

#include "backends/baseline/baseline.h"
#include "backends/optimizing/optimizing.h"
#include "runner/host_function.h"
#include "runner/libcalls.h"
#include "runner/signals.h"
#include "runner/type_registry.h"
#include "shared_compile/linker.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

using compile::Backend;
using wasm::ExternKind;
using wasm::ValType;
using Status_ = InstantiateResult::Status;

// Native words of reference values: a funcref is a VMFuncRef* (0 is null);
// an externref is the host value plus one (0 is null), so that every host
// value, 0 included, survives a round trip through wasm code.
uint64_t to_word(const Value& v) {
  if (v.type == ValType::ExternRef) return v.null ? 0 : v.bits + 1;
  if (v.type == ValType::FuncRef) return v.null ? 0 : v.bits;
  return v.bits;
}

Value from_word(ValType t, uint64_t w) {
  switch (t) {
    case ValType::I32:
    case ValType::F32: return Value{t, w & 0xffffffffu, false};
    case ValType::ExternRef: return w == 0 ? Value::null_ref(t) : Value::extern_ref(w - 1);
    case ValType::FuncRef: return w == 0 ? Value::null_ref(t) : Value{t, 0, false};
    default: return Value{t, w, false};
  }
}

// A HostEnv function as the runner calls it.
class EnvHostFunction final : public runner::HostFunction {
 public:
  EnvHostFunction(HostEnv* env, uint32_t id, const wasm::FuncType& type)
      : HostFunction(type, runner::canonical_type_id(type)), env_(env), id_(id) {}

  std::optional<compile::TrapCode> call(std::span<const uint64_t> args, std::span<uint64_t> results) override {
    const wasm::FuncType& t = type();
    args_.clear();
    for (size_t i = 0; i < args.size(); ++i) args_.push_back(from_word(t.params[i], args[i]));
    results_.assign(results.size(), Value{});
    env_->call(id_, args_, results_);
    for (size_t i = 0; i < results.size(); ++i) results[i] = to_word(results_[i]);
    return std::nullopt;
  }

 private:
  HostEnv* env_;
  uint32_t id_;
  std::vector<Value> args_, results_;
};

struct NativeInstance {
  wasm::Module module;
  std::vector<compile::CompiledFunction> functions;
  compile::CodeImage image;
  std::unique_ptr<runner::ImageRegistration> registration;
  std::unique_ptr<runner::Instance> instance;  // declared last: destroyed first
};

// Limits subtyping for imports (spec "import matching").
bool limits_match(uint64_t actual_min, bool actual_has_max, uint64_t actual_max, const wasm::Limits& wanted) {
  if (actual_min < wanted.min) return false;
  if (!wanted.has_max) return true;
  return actual_has_max && actual_max <= wanted.max;
}

}  // namespace

const char* native_mode_name(NativeConfig::Mode mode) {
  switch (mode) {
    case NativeConfig::Mode::Baseline: return "baseline";
    case NativeConfig::Mode::Optimizing: return "optimizing";
    case NativeConfig::Mode::Mixed: return "mixed";
  }
  return "?";
}

struct NativeEngine::Impl {
  std::unique_ptr<compile::CompilerBuilder> baseline_builder, optimizing_builder;
  std::unique_ptr<compile::Compiler> baseline, optimizing;
  std::vector<std::unique_ptr<NativeInstance>> instances;
  std::vector<std::unique_ptr<NativeInstance>> failed;  // uninstantiable, but referenced from shared tables
  // Mappings of dropped instances' code, reused by the next links: the
  // fuzzer instantiates several modules per input.
  std::vector<compile::CodeImage> spare_images;
  std::map<std::string, InstanceId, std::less<>> registered;
  // Host objects materialized from the HostEnv for this session.
  std::map<uint32_t, std::unique_ptr<EnvHostFunction>> host_funcs;
  std::map<std::string, std::shared_ptr<runner::LinearMemory>, std::less<>> host_memories;
  std::map<std::string, std::shared_ptr<runner::Table>, std::less<>> host_tables;
  std::map<std::string, std::shared_ptr<runner::GlobalCell>, std::less<>> host_globals;
};

NativeEngine::NativeEngine(HostEnv* host, NativeConfig config)
    : Engine(host), config_(std::move(config)), impl_(std::make_unique<Impl>()) {
  name_ = config_.name.empty() ? native_mode_name(config_.mode) : config_.name;
}

NativeEngine::~NativeEngine() { reset(); }

Result<std::unique_ptr<NativeEngine>> NativeEngine::create(HostEnv* host, NativeConfig config) {
  std::unique_ptr<NativeEngine> e(new NativeEngine(host, std::move(config)));
  Impl& impl = *e->impl_;
  impl.baseline_builder = baseline::make_builder();
  impl.optimizing_builder = optimizing::make_builder();
  const NativeConfig::Mode mode = e->config_.mode;
  for (const std::string& s : e->config_.settings) {
    size_t eq = s.find('=');
    if (eq == std::string::npos)
      return make_error(ErrorKind::Usage, fmt::format("setting '{}' is not of the form name=value", s));
    std::string_view name(s.data(), eq), value(s.data() + eq + 1, s.size() - eq - 1);
    if (mode == NativeConfig::Mode::Baseline) {
      TANDEM_TRY_STATUS(impl.baseline_builder->set(name, value));
    } else if (mode == NativeConfig::Mode::Optimizing) {
      TANDEM_TRY_STATUS(impl.optimizing_builder->set(name, value));
    } else {
      const compile::SettingInfo* info = compile::find_setting(name);
      if (!info) return make_error(ErrorKind::Usage, fmt::format("unknown setting '{}'", name));
      TANDEM_TRY_STATUS(impl.baseline_builder->set_if_accepted(name, value));
      TANDEM_TRY_STATUS(impl.optimizing_builder->set_if_accepted(name, value));
    }
  }
  impl.baseline = impl.baseline_builder->build();
  impl.optimizing = impl.optimizing_builder->build();
  impl.baseline->mutable_budget().set_scale_percent(e->config_.compile_budget_percent);
  impl.optimizing->mutable_budget().set_scale_percent(e->config_.compile_budget_percent);
  return e;
}

const compile::Settings& NativeEngine::settings(Backend backend) const {
  return backend == Backend::Baseline ? impl_->baseline_builder->settings()
                                      : impl_->optimizing_builder->settings();
}

InstantiateResult NativeEngine::instantiate(std::span<const uint8_t> wasm) {
  InstantiateResult out;
  auto fail = [&out](Status_ status, std::string message) {
    out.status = status;
    out.message = std::move(message);
    return out;
  };
  auto ni = std::make_unique<NativeInstance>();
  {
    Result<wasm::Module> decoded = wasm::decode_and_validate(wasm);
    if (!decoded) {
      const Error& e = decoded.error();
      Status_ s = e.kind == ErrorKind::Malformed ? Status_::Malformed
                  : e.kind == ErrorKind::Invalid ? Status_::Invalid
                                                 : Status_::Unsupported;
      return fail(s, e.to_string());
    }
    ni->module = std::move(decoded).value();
  }
  const wasm::Module& m = ni->module;

  if (Status st = compile_module(m, ni->functions); !st) {
    if (st.error().kind == ErrorKind::CompileBlowup) {
      // The compiler that stopped is the one whose budget ran out.
      InstantiateResult r = fail(Status_::CompileBlowup, st.error().message);
      for (const compile::Compiler* c : {impl_->baseline.get(), impl_->optimizing.get()})
        if (c->budget().exceeded()) r.blowup_stage = c->budget().exceeded_stage();
      return r;
    }
    return fail(st.error().kind == ErrorKind::Unsupported ? Status_::Unsupported : Status_::CompilerError,
                st.error().message);
  }
  if (!impl_->spare_images.empty()) {
    ni->image = std::move(impl_->spare_images.back());
    impl_->spare_images.pop_back();
  }
  compile::Linker linker(runner::runtime_libcalls());
  if (Status st = linker.link(ni->functions, ni->image); !st)
    return fail(Status_::CompilerError, "link: " + st.error().to_string());
  ni->registration = std::make_unique<runner::ImageRegistration>(&ni->image);

  // Imports: registered instances first, then the host environment.
  runner::InstanceImports imports;
  for (const wasm::Import& imp : m.imports) {
    NativeInstance* source = nullptr;
    const wasm::Export* exp = nullptr;
    if (auto it = impl_->registered.find(imp.module); it != impl_->registered.end()) {
      source = impl_->instances[it->second].get();
      exp = source->module.find_export(imp.name);
      if (!exp) return fail(Status_::Unlinkable, fmt::format("unknown import {}.{}", imp.module, imp.name));
      if (exp->kind != imp.kind)
        return fail(Status_::Unlinkable, fmt::format("incompatible import type for {}.{}", imp.module, imp.name));
    }
    std::string key = imp.module + "." + imp.name;
    switch (imp.kind) {
      case ExternKind::Func: {
        const wasm::FuncType& want = m.types[imp.type_index];
        if (source) {
          if (source->module.func_type(exp->index) != want)
            return fail(Status_::Unlinkable, fmt::format("incompatible import type for {}", key));
          imports.funcs.push_back(source->instance->funcref(exp->index));
          break;
        }
        std::optional<uint32_t> id = host_->resolve_func(imp.module, imp.name, want);
        if (!id)
          return fail(Status_::Unlinkable, host_->has_func_named(imp.module, imp.name)
                                               ? fmt::format("incompatible import type for {}", key)
                                               : fmt::format("unknown import {}", key));
        auto& fn = impl_->host_funcs[*id];
        if (!fn) fn = std::make_unique<EnvHostFunction>(host_, *id, want);
        imports.funcs.push_back(fn->funcref());
        break;
      }
      case ExternKind::Memory: {
        std::shared_ptr<runner::LinearMemory> mem;
        if (source) {
          mem = source->instance->memory();
        } else if (const HostMemory* hm = host_->find_memory(imp.module, imp.name)) {
          auto& slot = impl_->host_memories[key];
          if (!slot) {
            auto created = runner::LinearMemory::create(hm->type, config_.limits.max_memory_pages);
            if (!created) return fail(Status_::Unsupported, created.error().to_string());
            slot = std::move(created).value();
          }
          mem = slot;
        } else {
          return fail(Status_::Unlinkable, fmt::format("unknown import {}", key));
        }
        const wasm::Limits& actual = mem->type().limits;
        if (!limits_match(mem->pages(), actual.has_max, actual.max, imp.memory.limits))
          return fail(Status_::Unlinkable, fmt::format("incompatible import type for {}", key));
        imports.memories.push_back(std::move(mem));
        break;
      }
      case ExternKind::Table: {
        std::shared_ptr<runner::Table> table;
        if (source) {
          table = source->instance->table(exp->index);
        } else if (const HostTable* ht = host_->find_table(imp.module, imp.name)) {
          auto& slot = impl_->host_tables[key];
          if (!slot) slot = std::make_shared<runner::Table>(ht->type, config_.limits.max_table_size);
          table = slot;
        } else {
          return fail(Status_::Unlinkable, fmt::format("unknown import {}", key));
        }
        const wasm::Limits& actual = table->type().limits;
        if (table->type().elem != imp.table.elem ||
            !limits_match(table->size(), actual.has_max, actual.max, imp.table.limits))
          return fail(Status_::Unlinkable, fmt::format("incompatible import type for {}", key));
        imports.tables.push_back(std::move(table));
        break;
      }
      case ExternKind::Global: {
        std::shared_ptr<runner::GlobalCell> cell;
        if (source) {
          cell = source->instance->global(exp->index);
        } else if (const HostGlobal* hg = host_->find_global(imp.module, imp.name)) {
          auto& slot = impl_->host_globals[key];
          if (!slot) {
            slot = std::make_shared<runner::GlobalCell>();
            slot->type = hg->type;
            slot->bits[0] = to_word(hg->value);
          }
          cell = slot;
        } else {
          return fail(Status_::Unlinkable, fmt::format("unknown import {}", key));
        }
        if (cell->type.type != imp.global.type || cell->type.mutable_ != imp.global.mutable_)
          return fail(Status_::Unlinkable, fmt::format("incompatible import type for {}", key));
        imports.globals.push_back(std::move(cell));
        break;
      }
    }
  }

  Result<runner::Instance::Created> created = runner::Instance::create(m, ni->image, std::move(imports), config_.limits);
  if (!created) return fail(Status_::Unsupported, created.error().to_string());
  const runner::CallResult& start = created->start_result;
  if (start.status != runner::CallResult::Status::Returned) {
    // Segments applied before the trap stay in imported tables and point at
    // this instance's functions, which the spec keeps callable: the failed
    // instance lives on (unregistered, unnamed) until reset().
    ni->instance = std::move(created->instance);
    impl_->failed.push_back(std::move(ni));
    out.status = Status_::Uninstantiable;
    out.trap = Outcome::trapped(start.trap, start.wasm_offset);
    if (start.status == runner::CallResult::Status::StackOverflow) out.trap.kind = Outcome::Kind::Exhausted;
    if (start.status == runner::CallResult::Status::Crashed) out.trap.kind = Outcome::Kind::Crashed;
    out.message = fmt::format("initialization trapped: {}", compile::trap_code_name(start.trap));
    return out;
  }
  ni->instance = std::move(created->instance);
  out.id = static_cast<InstanceId>(impl_->instances.size());
  impl_->instances.push_back(std::move(ni));
  return out;
}

Status NativeEngine::compile_module(const wasm::Module& m, std::vector<compile::CompiledFunction>& out) {
  compile::ModuleEnv env(m);
  out.clear();
  out.reserve(m.functions.size());
  for (uint32_t i = m.num_imported_funcs; i < m.num_funcs(); ++i) {
    bool optimizing = config_.mode == NativeConfig::Mode::Optimizing ||
                      (config_.mode == NativeConfig::Mode::Mixed && ((config_.mixed_mask >> (i % 64)) & 1));
    compile::Compiler& compiler = optimizing ? *impl_->optimizing : *impl_->baseline;
    Result<compile::CompiledFunction> f = compiler.compile_function(env, i);
    if (!f) {
      Error e = f.take_error();
      // A blowup's message names the function, the backend and the stage.
      if (e.kind != ErrorKind::CompileBlowup)
        e.message = fmt::format("{} backend, function {}: {}", compile::backend_name(compiler.backend()), i,
                                e.to_string());
      return e;
    }
    out.push_back(std::move(f).value());
  }
  return {};
}

Result<std::vector<compile::CompiledFunction>> NativeEngine::compile_again(InstanceId id) {
  if (id >= impl_->instances.size()) return make_error(ErrorKind::Usage, "no such instance");
  std::vector<compile::CompiledFunction> out;
  TANDEM_TRY_STATUS(compile_module(impl_->instances[id]->module, out));
  return out;
}

Status NativeEngine::register_instance(InstanceId id, std::string_view module_name) {
  if (id >= impl_->instances.size()) return make_error(ErrorKind::Usage, "no such instance");
  impl_->registered[std::string(module_name)] = id;
  return {};
}

namespace {

std::string crash_detail(const runner::CallResult& r) {
  return fmt::format("signal {} at pc 0x{:x} in function {} ({} backend), fault address 0x{:x}", r.signal, r.pc,
                     r.func_index, compile::backend_name(r.backend), r.fault_address);
}

}  // namespace

Result<Outcome> NativeEngine::invoke(InstanceId id, std::string_view export_name, std::span<const Value> args) {
  if (id >= impl_->instances.size()) return make_error(ErrorKind::Usage, "no such instance");
  NativeInstance& ni = *impl_->instances[id];
  const wasm::Export* exp = ni.module.find_export(export_name);
  if (!exp || exp->kind != ExternKind::Func)
    return make_error(ErrorKind::Usage, fmt::format("no exported function '{}'", export_name));
  const wasm::FuncType& type = ni.module.func_type(exp->index);
  if (args.size() != type.params.size())
    return make_error(ErrorKind::Usage, fmt::format("'{}' takes {} arguments, got {}", export_name,
                                                    type.params.size(), args.size()));
  uint64_t arg_words[32], result_words[32];
  std::vector<uint64_t> arg_big, result_big;
  uint64_t* aw = arg_words;
  uint64_t* rw = result_words;
  if (args.size() > 32) aw = (arg_big.resize(args.size()), arg_big.data());
  if (type.results.size() > 32) rw = (result_big.resize(type.results.size()), result_big.data());
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i].type != type.params[i])
      return make_error(ErrorKind::Usage, fmt::format("argument {} of '{}' is {}, expected {}", i, export_name,
                                                      wasm::val_type_name(args[i].type),
                                                      wasm::val_type_name(type.params[i])));
    aw[i] = to_word(args[i]);
  }
  runner::CallResult r = ni.instance->call(exp->index, {aw, args.size()}, {rw, type.results.size()});
  switch (r.status) {
    case runner::CallResult::Status::Returned: {
      std::vector<Value> values;
      values.reserve(type.results.size());
      for (size_t k = 0; k < type.results.size(); ++k) values.push_back(from_word(type.results[k], rw[k]));
      return Outcome::returned(std::move(values));
    }
    case runner::CallResult::Status::Trapped: return Outcome::trapped(r.trap, r.wasm_offset);
    case runner::CallResult::Status::StackOverflow: {
      Outcome o = Outcome::trapped(compile::TrapCode::StackOverflow);
      o.kind = Outcome::Kind::Exhausted;
      return o;
    }
    case runner::CallResult::Status::Crashed: {
      Outcome o;
      o.kind = Outcome::Kind::Crashed;
      o.detail = crash_detail(r);
      return o;
    }
    case runner::CallResult::Status::TimedOut: {
      Outcome o;
      o.kind = Outcome::Kind::TimedOut;
      o.detail = fmt::format("interrupted at pc 0x{:x} in function {} ({} backend)", r.pc, r.func_index,
                             compile::backend_name(r.backend));
      return o;
    }
  }
  return make_error(ErrorKind::Internal, "unknown call status");
}

Result<Value> NativeEngine::read_global(InstanceId id, std::string_view export_name) {
  if (id >= impl_->instances.size()) return make_error(ErrorKind::Usage, "no such instance");
  NativeInstance& ni = *impl_->instances[id];
  const wasm::Export* exp = ni.module.find_export(export_name);
  if (!exp || exp->kind != ExternKind::Global)
    return make_error(ErrorKind::Usage, fmt::format("no exported global '{}'", export_name));
  const runner::GlobalCell& cell = *ni.instance->global(exp->index);
  return from_word(cell.type.type, cell.bits[0]);
}

Result<std::span<const uint8_t>> NativeEngine::read_memory(InstanceId id, std::string_view export_name) {
  if (id >= impl_->instances.size()) return make_error(ErrorKind::Usage, "no such instance");
  NativeInstance& ni = *impl_->instances[id];
  const wasm::Export* exp = ni.module.find_export(export_name);
  if (!exp || exp->kind != ExternKind::Memory)
    return make_error(ErrorKind::Usage, fmt::format("no exported memory '{}'", export_name));
  const runner::LinearMemory& mem = *ni.instance->memory();
  return std::span<const uint8_t>(mem.base(), mem.length());
}

void NativeEngine::reset() {
  // Instances import from each other: drop the newest first, and keep
  // their code mappings for reuse (after the signal handler forgot them).
  auto recycle = [this](std::vector<std::unique_ptr<NativeInstance>>& list) {
    while (!list.empty()) {
      NativeInstance& ni = *list.back();
      ni.instance.reset();
      ni.registration.reset();
      if (impl_->spare_images.size() < 16) impl_->spare_images.push_back(std::move(ni.image));
      list.pop_back();
    }
  };
  recycle(impl_->failed);
  recycle(impl_->instances);
  impl_->registered.clear();
  impl_->host_memories.clear();
  impl_->host_tables.clear();
  impl_->host_globals.clear();
  impl_->host_funcs.clear();
}

const std::vector<compile::CompiledFunction>* NativeEngine::compiled_functions(InstanceId id) const {
  return id < impl_->instances.size() ? &impl_->instances[id]->functions : nullptr;
}

const compile::CodeImage* NativeEngine::code_image(InstanceId id) const {
  return id < impl_->instances.size() ? &impl_->instances[id]->image : nullptr;
}

const wasm::Module* NativeEngine::module(InstanceId id) const {
  return id < impl_->instances.size() ? &impl_->instances[id]->module : nullptr;
}

}  // namespace tandem::oracle
