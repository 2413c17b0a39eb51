#include "oracle/engines/native_engine.h"

#include <map>

#include <fmt/format.h>

#include "backends/baseline/baseline.h"
#include "backends/optimizing/optimizing.h"
#include "runner/executor.h"
#include "runner/import_matching.h"
#include "runner/libcalls.h"
#include "runner/signals.h"
#include "runner/store.h"
#include "shared_compile/abi.h"
#include "shared_compile/linker.h"
#include "wasm/simd_use.h"
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

// A value's words as call_wasm lays them out: two for a v128 (low half
// first), else one. Returns how many it wrote.
size_t put_words(const Value& v, uint64_t* out) {
  out[0] = to_word(v);
  if (v.type != ValType::V128) return 1;
  out[1] = v.hi;
  return 2;
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

}  // namespace

struct NativeInstance {
  wasm::Module module;
  std::vector<compile::CompiledFunction> functions;
  compile::CodeImage image;
  std::unique_ptr<runner::ImageRegistration> registration;  // in-process only: the executor registers its copy
};

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
  // Where the code runs: a Store here, or an executor process.
  std::unique_ptr<runner::Runtime> runtime;
  std::vector<std::unique_ptr<NativeInstance>> instances;  // by runtime instance id
  std::vector<std::unique_ptr<NativeInstance>> failed;     // uninstantiable, but referenced from shared tables
  // Mappings of dropped instances' code, reused by the next links: the
  // fuzzer instantiates several modules per input.
  std::vector<compile::CodeImage> spare_images;
  std::map<std::string, InstanceId, std::less<>> registered;
  std::vector<runner::ImportBinding> bindings;
  std::vector<runner::HostCallWords> host_calls;
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
  // The engine runs what it compiles: a flag for an extension this CPU
  // lacks would be a SIGILL, not a finding.
  TANDEM_TRY_STATUS(compile::check_host_runs(impl.baseline_builder->settings()));
  TANDEM_TRY_STATUS(compile::check_host_runs(impl.optimizing_builder->settings()));
  impl.baseline = impl.baseline_builder->build();
  impl.optimizing = impl.optimizing_builder->build();
  impl.baseline->mutable_budget().set_scale_percent(e->config_.compile_budget_percent);
  impl.optimizing->mutable_budget().set_scale_percent(e->config_.compile_budget_percent);
  if (e->config_.in_process) impl.runtime = std::make_unique<runner::Store>(e->config_.limits);
  return e;
}

const compile::Settings& NativeEngine::settings(Backend backend) const {
  return backend == Backend::Baseline ? impl_->baseline_builder->settings() : impl_->optimizing_builder->settings();
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
      Status_ s = e.kind == ErrorKind::Malformed       ? Status_::Malformed
                  : e.kind == ErrorKind::Invalid       ? Status_::Invalid
                  : e.kind == ErrorKind::LimitExceeded ? Status_::LimitExceeded
                                                       : Status_::Unsupported;
      return fail(s, e.to_string());
    }
    ni->module = std::move(decoded).value();
  }
  const wasm::Module& m = ni->module;
  // Both backends compile v128 values and refuse only the SIMD operators
  // they lack (the optimizing backend some ISA-dependent ones too). A mixed
  // image compiles a SIMD function with the other backend as well (see
  // compile_module), so that its outcome never depends on the mask.
  if (Status st = compile_module(m, ni->functions); !st) {
    if (st.error().kind == ErrorKind::CompileBlowup) {
      // The compiler that stopped is the one whose budget ran out.
      InstantiateResult r = fail(Status_::CompileBlowup, st.error().message);
      for (const compile::Compiler* c : {impl_->baseline.get(), impl_->optimizing.get()})
        if (c->budget().exceeded()) r.blowup_stage = c->budget().exceeded_stage();
      return r;
    }
    InstantiateResult r = fail(
        st.error().kind == ErrorKind::Unsupported ? Status_::Unsupported : Status_::CompilerError, st.error().message);
    if (st.error().offset && *st.error().offset <= UINT32_MAX)
      r.error_offset = static_cast<uint32_t>(*st.error().offset);
    return r;
  }
  if (!impl_->spare_images.empty()) {
    ni->image = std::move(impl_->spare_images.back());
    impl_->spare_images.pop_back();
  }
  compile::Linker linker(runner::runtime_libcalls());
  if (Status st = linker.link(ni->functions, ni->image); !st)
    return fail(Status_::CompilerError, "link: " + st.error().to_string());
  if (config_.in_process) ni->registration = std::make_unique<runner::ImageRegistration>(&ni->image);

  if (std::optional<std::string> why = bind_imports(m); why) return fail(Status_::Unlinkable, std::move(*why));
  if (!impl_->runtime) {
    // A store in the harness's executor process.
    Result<std::unique_ptr<runner::ExecutorClient>> client = runner::ExecutorClient::of_shared_executor();
    if (!client) return fail(Status_::Unsupported, client.error().to_string());
    (*client)->set_limits(config_.limits);
    impl_->runtime = std::move(client).value();
  }
  runner::Instantiation inst = impl_->runtime->instantiate(m, wasm, ni->image, impl_->bindings);
  drain_host_calls();
  switch (inst.status) {
    case runner::Instantiation::Status::Ok:
      TANDEM_CHECK(inst.id == impl_->instances.size(), "the runtime numbered an instance out of step");
      out.id = inst.id;
      impl_->instances.push_back(std::move(ni));
      return out;
    case runner::Instantiation::Status::Unlinkable: return fail(Status_::Unlinkable, std::move(inst.message));
    case runner::Instantiation::Status::Refused: return fail(Status_::Unsupported, std::move(inst.message));
    case runner::Instantiation::Status::Uninstantiable: break;
  }
  // Segments applied before the trap stay in imported tables and point at
  // this instance's functions, which the spec keeps callable: the failed
  // instance lives on (unregistered, unnamed) until reset().
  out.status = Status_::Uninstantiable;
  out.trap = outcome_of(inst.start, *ni);
  out.message = out.trap.kind == Outcome::Kind::Trapped
                    ? fmt::format("initialization trapped: {}", compile::trap_code_name(inst.start.trap))
                    : fmt::format("initialization did not complete: {}", out.trap.to_string());
  impl_->failed.push_back(std::move(ni));
  return out;
}

std::optional<std::string> NativeEngine::bind_imports(const wasm::Module& m) {
  std::vector<runner::ImportBinding>& bindings = impl_->bindings;
  bindings.assign(m.imports.size(), runner::ImportBinding{});
  for (size_t i = 0; i < m.imports.size(); ++i) {
    const wasm::Import& imp = m.imports[i];
    runner::ImportBinding& b = bindings[i];
    b.key = imp.module + "." + imp.name;
    if (auto it = impl_->registered.find(imp.module); it != impl_->registered.end()) {
      const wasm::Module& source = impl_->instances[it->second]->module;
      const wasm::Export* exp = source.find_export(imp.name);
      if (!exp) return fmt::format("unknown import {}", b.key);
      if (!runner::export_may_satisfy(source, *exp, m, imp))
        return fmt::format("incompatible import type for {}", b.key);
      b.kind = runner::ImportBinding::Kind::Export;
      b.instance = it->second;
      b.index = exp->index;
      continue;
    }
    switch (imp.kind) {
      case ExternKind::Func: {
        std::optional<uint32_t> id = host_->resolve_func(imp.module, imp.name, m.types[imp.type_index]);
        if (!id)
          return host_->has_func_named(imp.module, imp.name) ? fmt::format("incompatible import type for {}", b.key)
                                                             : fmt::format("unknown import {}", b.key);
        b.kind = runner::ImportBinding::Kind::HostFunc;
        b.index = *id;
        break;
      }
      case ExternKind::Memory: {
        const HostMemory* hm = host_->find_memory(imp.module, imp.name);
        if (!hm) return fmt::format("unknown import {}", b.key);
        b.kind = runner::ImportBinding::Kind::HostMemory;
        b.memory = hm->type;
        break;
      }
      case ExternKind::Table: {
        const HostTable* ht = host_->find_table(imp.module, imp.name);
        if (!ht) return fmt::format("unknown import {}", b.key);
        b.kind = runner::ImportBinding::Kind::HostTable;
        b.table = ht->type;
        break;
      }
      case ExternKind::Global: {
        const HostGlobal* hg = host_->find_global(imp.module, imp.name);
        if (!hg) return fmt::format("unknown import {}", b.key);
        b.kind = runner::ImportBinding::Kind::HostGlobal;
        b.global = hg->type;
        b.global_bits = to_word(hg->value);
        break;
      }
    }
  }
  return std::nullopt;
}

void NativeEngine::drain_host_calls() {
  impl_->host_calls.clear();
  impl_->runtime->take_host_calls(impl_->host_calls);
  for (const runner::HostCallWords& c : impl_->host_calls) {
    // From the executor these are untrusted: a record that names no host
    // function of this environment, or the wrong arity, cannot be rendered.
    if (c.func >= host_->num_funcs() || c.args.size() != host_->func(c.func).type.params.size()) continue;
    const wasm::FuncType& t = host_->func(c.func).type;
    HostCallRecord rec{c.func, {}};
    for (size_t i = 0; i < c.args.size(); ++i) rec.args.push_back(from_word(t.params[i], c.args[i]));
    host_->record(std::move(rec));
  }
}

Status NativeEngine::compile_module(const wasm::Module& m, std::vector<compile::CompiledFunction>& out) {
  compile::ModuleEnv env(m);
  out.clear();
  out.reserve(m.functions.size());
  for (uint32_t i = m.num_imported_funcs; i < m.num_funcs(); ++i) {
    bool optimizing = config_.mode == NativeConfig::Mode::Optimizing ||
                      (config_.mode == NativeConfig::Mode::Mixed && ((config_.mixed_mask >> (i % 64)) & 1));
    compile::Compiler& compiler = optimizing ? *impl_->optimizing : *impl_->baseline;
    if (config_.mode == NativeConfig::Mode::Mixed && wasm::function_uses_simd(m, i)) {
      // Refused by either backend, a SIMD function is refused whatever the
      // mask gives it to.
      compile::Compiler& other = optimizing ? *impl_->baseline : *impl_->optimizing;
      Result<compile::CompiledFunction> probe = other.compile_function(env, i);
      if (!probe && probe.error().kind == ErrorKind::Unsupported) {
        Error e = probe.take_error();
        e.message =
            fmt::format("{} backend, function {}: {}", compile::backend_name(other.backend()), i, e.to_string());
        return e;
      }
    }
    Result<compile::CompiledFunction> f = compiler.compile_function(env, i);
    if (!f) {
      Error e = f.take_error();
      // A blowup's message names the function, the backend and the stage.
      if (e.kind != ErrorKind::CompileBlowup)
        e.message =
            fmt::format("{} backend, function {}: {}", compile::backend_name(compiler.backend()), i, e.to_string());
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

// The wasm offset of the instruction at `pc` (an address in `ni`'s image),
// from the source locations of the function that holds it.
std::optional<uint32_t> wasm_offset_at(const NativeInstance& ni, uintptr_t pc) {
  const compile::ImageFunction* fn = ni.image.function_containing(pc);
  if (!fn) return std::nullopt;
  uint32_t off = static_cast<uint32_t>(pc - reinterpret_cast<uintptr_t>(ni.image.base()) - fn->offset);
  for (const compile::CompiledFunction& f : ni.functions) {
    if (f.func_index != fn->func_index) continue;
    for (const compile::SourceLoc& loc : f.source_locs)
      if (off >= loc.code_start && off < loc.code_end) return loc.wasm_offset;
  }
  return std::nullopt;
}

}  // namespace

std::string NativeEngine::where(const runner::CallResult& r, const NativeInstance& ni) const {
  if (!ni.image.contains(r.pc)) return fmt::format("pc {:#x}", r.pc);
  std::optional<uint32_t> at = wasm_offset_at(ni, r.pc);
  return fmt::format("pc {:#x} in function {} ({} backend){}", r.pc, r.func_index, compile::backend_name(r.backend),
                     at ? fmt::format(" at wasm offset {:#x}", *at) : std::string());
}

Outcome NativeEngine::outcome_of(const runner::CallResult& r, const NativeInstance& ni) const {
  const std::string& lost = impl_->runtime->failure_detail();
  switch (r.status) {
    case runner::CallResult::Status::Returned: return Outcome::returned({});
    case runner::CallResult::Status::Trapped: return Outcome::trapped(r.trap, r.wasm_offset);
    case runner::CallResult::Status::StackOverflow: {
      Outcome o = Outcome::trapped(compile::TrapCode::StackOverflow);
      o.kind = Outcome::Kind::Exhausted;
      return o;
    }
    case runner::CallResult::Status::Crashed: {
      Outcome o;
      o.kind = Outcome::Kind::Crashed;
      o.detail = !lost.empty()
                     ? lost
                     : fmt::format("signal {} at {}, fault address {:#x}", r.signal, where(r, ni), r.fault_address);
      return o;
    }
    case runner::CallResult::Status::TimedOut: {
      Outcome o;
      o.kind = Outcome::Kind::TimedOut;
      o.detail = !lost.empty() ? lost : fmt::format("interrupted at {}", where(r, ni));
      return o;
    }
  }
  return Outcome::returned({});
}

Result<Outcome> NativeEngine::invoke(InstanceId id, std::string_view export_name, std::span<const Value> args) {
  if (id >= impl_->instances.size()) return make_error(ErrorKind::Usage, "no such instance");
  NativeInstance& ni = *impl_->instances[id];
  const wasm::Export* exp = ni.module.find_export(export_name);
  if (!exp || exp->kind != ExternKind::Func)
    return make_error(ErrorKind::Usage, fmt::format("no exported function '{}'", export_name));
  const wasm::FuncType& type = ni.module.func_type(exp->index);
  if (args.size() != type.params.size())
    return make_error(ErrorKind::Usage,
                      fmt::format("'{}' takes {} arguments, got {}", export_name, type.params.size(), args.size()));
  // Words, not values: a v128 takes two (entry.h).
  size_t num_arg_words = 0, num_result_words = 0;
  for (ValType t : type.params) num_arg_words += compile::abi::slots_of(t);
  for (ValType t : type.results) num_result_words += compile::abi::slots_of(t);
  uint64_t arg_words[32], result_words[32];
  std::vector<uint64_t> arg_big, result_big;
  uint64_t* aw = arg_words;
  uint64_t* rw = result_words;
  if (num_arg_words > 32) aw = (arg_big.resize(num_arg_words), arg_big.data());
  if (num_result_words > 32) rw = (result_big.resize(num_result_words), result_big.data());
  size_t w = 0;
  for (size_t i = 0; i < args.size(); ++i) {
    if (args[i].type != type.params[i])
      return make_error(ErrorKind::Usage,
                        fmt::format("argument {} of '{}' is {}, expected {}", i, export_name,
                                    wasm::val_type_name(args[i].type), wasm::val_type_name(type.params[i])));
    w += put_words(args[i], aw + w);
  }
  runner::CallResult r = impl_->runtime->call(id, exp->index, {aw, num_arg_words}, {rw, num_result_words});
  drain_host_calls();
  if (r.status != runner::CallResult::Status::Returned) return outcome_of(r, ni);
  std::vector<Value> values;
  values.reserve(type.results.size());
  w = 0;
  for (ValType t : type.results) {
    values.push_back(t == ValType::V128 ? Value::v128(rw[w], rw[w + 1]) : from_word(t, rw[w]));
    w += compile::abi::slots_of(t);
  }
  return Outcome::returned(std::move(values));
}

Result<Value> NativeEngine::read_global(InstanceId id, std::string_view export_name) {
  if (id >= impl_->instances.size()) return make_error(ErrorKind::Usage, "no such instance");
  NativeInstance& ni = *impl_->instances[id];
  const wasm::Export* exp = ni.module.find_export(export_name);
  if (!exp || exp->kind != ExternKind::Global)
    return make_error(ErrorKind::Usage, fmt::format("no exported global '{}'", export_name));
  const ValType type = ni.module.globals[exp->index].type.type;
  const std::array<uint64_t, 2> words = impl_->runtime->global_words(id, exp->index);
  return type == ValType::V128 ? Value::v128(words[0], words[1]) : from_word(type, words[0]);
}

Result<std::span<const uint8_t>> NativeEngine::read_memory(InstanceId id, std::string_view export_name) {
  if (id >= impl_->instances.size()) return make_error(ErrorKind::Usage, "no such instance");
  NativeInstance& ni = *impl_->instances[id];
  const wasm::Export* exp = ni.module.find_export(export_name);
  if (!exp || exp->kind != ExternKind::Memory)
    return make_error(ErrorKind::Usage, fmt::format("no exported memory '{}'", export_name));
  return impl_->runtime->memory(id);
}

void NativeEngine::reset() {
  // The runtime first: its instances run the images kept here.
  if (impl_->runtime) impl_->runtime->reset();
  auto recycle = [this](std::vector<std::unique_ptr<NativeInstance>>& list) {
    while (!list.empty()) {
      NativeInstance& ni = *list.back();
      ni.registration.reset();
      if (impl_->spare_images.size() < 16) impl_->spare_images.push_back(std::move(ni.image));
      list.pop_back();
    }
  };
  recycle(impl_->failed);
  recycle(impl_->instances);
  impl_->registered.clear();
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
