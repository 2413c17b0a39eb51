#include "oracle/engines/interp_engine.h"

#include <algorithm>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>

#include <fmt/format.h>

#include "oracle/engines/wabt_features.h"
#include "wabt/binary-reader-ir.h"
#include "wabt/binary-reader.h"
#include "wabt/error-formatter.h"
#include "wabt/interp/binary-reader-interp.h"
#include "wabt/interp/interp.h"
#include "wabt/ir.h"
#include "wasm/decoder.h"

namespace tandem::oracle {
namespace {

namespace wi = wabt::interp;
using compile::TrapCode;

// wabt's trap messages, by prefix (some carry details after a colon), and
// the TrapCode each one is. The table must cover every trap wabt's
// interpreter raises for the feature scope: an unknown message is a broken
// invariant, not an outcome.
struct WabtTrap {
  std::string_view prefix;
  TrapCode code;
};
// The trap of a host call past InstanceLimits::max_host_calls.
constexpr std::string_view kHostCallLimit = "host error: too many host calls";
constexpr WabtTrap kWabtTraps[] = {
    {kHostCallLimit, TrapCode::HostError},
    {"unreachable executed", TrapCode::Unreachable},
    {"integer divide by zero", TrapCode::IntegerDivideByZero},
    {"integer overflow", TrapCode::IntegerOverflow},
    {"invalid conversion to integer", TrapCode::BadConversionToInteger},
    {"out of bounds memory access", TrapCode::OutOfBoundsMemory},
    {"memory.init out of bounds", TrapCode::OutOfBoundsMemory},
    {"memory.copy out of bounds", TrapCode::OutOfBoundsMemory},
    {"memory.fill out of bounds", TrapCode::OutOfBoundsMemory},
    {"out of bounds table access", TrapCode::OutOfBoundsTable},
    {"table.init out of bounds", TrapCode::OutOfBoundsTable},
    {"table.copy out of bounds", TrapCode::OutOfBoundsTable},
    {"table.fill out of bounds", TrapCode::OutOfBoundsTable},
    {"undefined table index", TrapCode::IndirectCallOutOfBounds},
    {"uninitialized table element", TrapCode::IndirectCallNull},
    {"indirect call signature mismatch", TrapCode::IndirectCallTypeMismatch},
};
// The interpreter's own limits: inconclusive, like a native stack overflow.
constexpr std::string_view kWabtExhaustion[] = {"call stack exhausted", "value stack exhausted"};

Outcome outcome_from_trap(const wi::Trap& trap) {
  std::string message = trap.message();
  for (std::string_view prefix : kWabtExhaustion) {
    if (message.starts_with(prefix)) {
      Outcome o;
      o.kind = Outcome::Kind::Exhausted;
      o.detail = std::move(message);
      return o;
    }
  }
  for (const WabtTrap& t : kWabtTraps) {
    if (message.starts_with(t.prefix)) {
      Outcome o = Outcome::trapped(t.code);
      o.detail = std::move(message);
      return o;
    }
  }
  TANDEM_UNREACHABLE(fmt::format("wabt trap message with no TrapCode: '{}'", message).c_str());
}

std::optional<wasm::ValType> from_wabt(wabt::Type t) {
  switch (t) {
    case wabt::Type::I32: return wasm::ValType::I32;
    case wabt::Type::I64: return wasm::ValType::I64;
    case wabt::Type::F32: return wasm::ValType::F32;
    case wabt::Type::F64: return wasm::ValType::F64;
    case wabt::Type::V128: return wasm::ValType::V128;
    case wabt::Type::FuncRef: return wasm::ValType::FuncRef;
    case wabt::Type::ExternRef: return wasm::ValType::ExternRef;
    default: return std::nullopt;
  }
}

wabt::Type to_wabt(wasm::ValType t) {
  switch (t) {
    case wasm::ValType::I32: return wabt::Type::I32;
    case wasm::ValType::I64: return wabt::Type::I64;
    case wasm::ValType::F32: return wabt::Type::F32;
    case wasm::ValType::F64: return wabt::Type::F64;
    case wasm::ValType::V128: return wabt::Type::V128;
    case wasm::ValType::FuncRef: return wabt::Type::FuncRef;
    case wasm::ValType::ExternRef: return wabt::Type::ExternRef;
  }
  TANDEM_UNREACHABLE("unknown ValType");
}

wabt::Limits to_wabt(const wasm::Limits& l) {
  wabt::Limits limits(l.min);
  limits.has_max = l.has_max;
  limits.max = l.max;
  return limits;
}

// wabt grows a table or memory up to limits.max, which it sets to the
// largest size (2^32 - 1 elements, 65536 pages) when none is declared; it
// has no embedder limit. Lowering max to the native engines' InstanceLimits
// makes table.grow and memory.grow return -1 where theirs do. Import
// matching reads has_max, which keeps what the module declared; only a
// declared maximum above the limit reads lower to a module that imports the
// table or memory from this one (a spec-runner registration; the oracle
// runs one module).
void limit_growth(wabt::Limits& limits, uint64_t limit) { limits.max = std::min(limits.max, limit); }

// Decodes the way the engine does, with a given feature set.
wabt::Result read_interp(std::span<const uint8_t> wasm, const wabt::Features& features, wabt::Errors* errors,
                         wi::ModuleDesc* out) {
  wabt::ReadBinaryOptions options(features, /*log_stream=*/nullptr, /*read_debug_names=*/false,
                                  /*stop_on_first_error=*/true, /*fail_on_custom_section_error=*/true);
  return wi::ReadBinaryInterp("<module>", wasm.data(), wasm.size(), options, errors, out);
}

std::string first_error(const wabt::Errors& errors) {
  return errors.empty() ? std::string("rejected") : errors.front().message;
}

std::string format_errors(const wabt::Errors& errors) {
  std::string text = wabt::FormatErrorsToString(errors, wabt::Location::Type::Binary);
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text.empty() ? std::string("rejected") : text;
}

// Tells why the scope decode refused a module: a proposal it needs (the
// decode with that proposal enabled gets further, or through), or a module
// that is broken whatever is enabled, malformed if wabt's parser alone
// refuses it, else invalid.
InstantiateResult classify_rejection(std::span<const uint8_t> wasm, const wabt::Errors& scope_errors) {
  InstantiateResult r;
  std::string scope_first = first_error(scope_errors);
  uint64_t scope_offset = scope_errors.empty() ? 0 : scope_errors.front().loc.offset;
  for (const OutOfScopeFeature& feature : out_of_scope_features()) {
    wabt::Features features = scope_features();
    (features.*feature.enable)();
    wabt::Errors errors;
    wi::ModuleDesc desc;
    bool ok = wabt::Succeeded(read_interp(wasm, features, &errors, &desc));
    bool got_further =
        first_error(errors) != scope_first || (!errors.empty() && errors.front().loc.offset != scope_offset);
    if (ok || (got_further && !feature.overlaps_core_malformed)) {
      r.status = InstantiateResult::Status::Unsupported;
      r.message = fmt::format("unsupported feature: {} ({})", feature.name, format_errors(scope_errors));
      return r;
    }
  }
  wabt::ReadBinaryOptions options(scope_features(), nullptr, /*read_debug_names=*/false,
                                  /*stop_on_first_error=*/true, /*fail_on_custom_section_error=*/true);
  wabt::Errors parse_errors;
  wabt::Module ir;
  bool parses = wabt::Succeeded(wabt::ReadBinaryIr("<module>", wasm.data(), wasm.size(), options, &parse_errors, &ir));
  r.status = parses ? InstantiateResult::Status::Invalid : InstantiateResult::Status::Malformed;
  r.message = format_errors(scope_errors);
  return r;
}

// The interpreter's own operators, which its compiled code holds and which
// no feature enables.
bool is_interpreter_internal(wabt::Opcode op) {
  static constexpr wabt::Opcode::Enum kInternal[] = {
      wabt::Opcode::InterpAlloca,
      wabt::Opcode::InterpBrUnless,
      wabt::Opcode::InterpCallImport,
      wabt::Opcode::InterpData,
      wabt::Opcode::InterpDropKeep,
      wabt::Opcode::InterpCatchDrop,
      wabt::Opcode::InterpAdjustFrameForReturnCall,
  };
  for (wabt::Opcode::Enum e : kInternal)
    if (op == e) return true;
  return false;
}

// wabt's reader does not gate every operator on its feature flags, so the
// compiled code is checked too: the engine runs exactly the scope, nothing
// more.
std::optional<std::string> out_of_scope_operator(const wi::Istream& code) {
  static const wabt::Features scope = scope_features();
  wi::Istream::Offset offset = 0;
  while (offset < code.end()) {
    wi::Instr instr = code.Read(&offset);
    if (is_interpreter_internal(instr.op) || instr.op.IsEnabled(scope)) continue;
    for (const OutOfScopeFeature& feature : out_of_scope_features()) {
      wabt::Features with = scope;
      (with.*feature.enable)();
      if (instr.op.IsEnabled(with))
        return fmt::format("unsupported feature: {} ({})", feature.name, instr.op.GetName());
    }
    return fmt::format("unsupported feature: operator {}", instr.op.GetName());
  }
  return std::nullopt;
}

}  // namespace

struct InterpEngine::Impl {
  struct InstanceRecord {
    wi::Instance::Ptr instance;
    std::map<std::string, wi::Extern::Ptr, std::less<>> exports;
  };

  Impl(HostEnv* host, const runner::InstanceLimits& limits) : host(host), limits(limits), store(scope_features()) {}

  HostEnv* host;
  runner::InstanceLimits limits;
  // Host calls the current outermost call (or instantiation) made,
  // against limits.max_host_calls.
  uint32_t host_calls = 0;
  // Declared before every RefPtr below, so that it outlives them (they
  // unroot themselves from it when destroyed).
  wi::Store store;
  // One interpreter thread, reused across the calls of a session; a trap
  // leaves frames behind, so it is dropped after one and made anew on the
  // next call.
  std::optional<wi::Thread> thread;
  std::vector<InstanceRecord> instances;
  std::map<std::string, InstanceId, std::less<>> registry;
  // Host functions by HostEnv id: stateless, so they live as long as the engine.
  std::vector<wi::HostFunc::Ptr> host_funcs;
  // Host tables, memories and globals hold state: one of each per session
  // (until reset), made on first import. Keyed by kind, module and name.
  std::map<std::string, wi::Extern::Ptr, std::less<>> host_state;
  // Host values passed in as externref, each one object, so that the same
  // value comes back as the same reference.
  std::unordered_map<uint64_t, wi::Foreign::Ptr> externs;

  wi::Thread& get_thread() {
    if (!thread) thread.emplace(store);
    return *thread;
  }

  // ---- values across the boundary ----

  Result<wi::Value> to_interp(const Value& v) {
    switch (v.type) {
      case wasm::ValType::I32:
      case wasm::ValType::F32: {
        wi::Value out;
        out.Set<uint32_t>(static_cast<uint32_t>(v.bits));
        return out;
      }
      case wasm::ValType::I64:
      case wasm::ValType::F64: {
        wi::Value out;
        out.Set<uint64_t>(v.bits);
        return out;
      }
      case wasm::ValType::ExternRef: {
        if (v.null) return wi::Value::Make(wi::Ref::Null);
        auto it = externs.find(v.bits);
        if (it == externs.end()) {
          void* host_value = reinterpret_cast<void*>(static_cast<uintptr_t>(v.bits));
          it = externs.emplace(v.bits, wi::Foreign::New(store, host_value)).first;
        }
        return wi::Value::Make(it->second.ref());
      }
      case wasm::ValType::V128: {
        ::v128 lanes;
        lanes.set_u64(0, v.bits);
        lanes.set_u64(1, v.hi);
        wi::Value out;
        out.Set<::v128>(lanes);
        return out;
      }
      case wasm::ValType::FuncRef:
        if (v.null) return wi::Value::Make(wi::Ref::Null);
        return make_error(ErrorKind::Usage, "a non-null funcref cannot be passed in from the host");
    }
    TANDEM_UNREACHABLE("unknown ValType");
  }

  Value from_interp(wasm::ValType type, const wi::Value& v) {
    switch (type) {
      case wasm::ValType::I32: return Value::i32(v.Get<uint32_t>());
      case wasm::ValType::F32: return Value::f32_bits(v.Get<uint32_t>());
      case wasm::ValType::I64: return Value::i64(v.Get<uint64_t>());
      case wasm::ValType::F64: return Value::f64_bits(v.Get<uint64_t>());
      case wasm::ValType::ExternRef: {
        wi::Ref ref = v.Get<wi::Ref>();
        if (ref == wi::Ref::Null) return Value::null_ref(type);
        uint64_t host_value = 0;
        if (store.Is<wi::Foreign>(ref))
          host_value = reinterpret_cast<uintptr_t>(store.UnsafeGet<wi::Foreign>(ref)->ptr());
        return Value::extern_ref(host_value);
      }
      case wasm::ValType::FuncRef: {
        wi::Ref ref = v.Get<wi::Ref>();
        if (ref == wi::Ref::Null) return Value::null_ref(type);
        return Value{type, funcref_identity(ref), false};
      }
      case wasm::ValType::V128: {
        ::v128 lanes = v.Get<::v128>();
        return Value::v128(lanes.u64(0), lanes.u64(1));
      }
    }
    TANDEM_UNREACHABLE("unknown ValType");
  }

  // Function index in the defining instance + 1, or 0 for a host function.
  uint64_t funcref_identity(wi::Ref ref) {
    if (!store.Is<wi::DefinedFunc>(ref)) return 0;
    wi::DefinedFunc::Ptr func = store.UnsafeGet<wi::DefinedFunc>(ref);
    wi::Instance::Ptr instance = store.UnsafeGet<wi::Instance>(func->instance());
    const wi::RefVec& funcs = instance->funcs();
    for (size_t i = 0; i < funcs.size(); ++i)
      if (funcs[i] == ref) return i + 1;
    return 0;
  }

  Result<wasm::FuncType> func_type_from_wabt(const wi::FuncType& t) {
    wasm::FuncType out;
    for (wabt::Type p : t.params) {
      std::optional<wasm::ValType> v = from_wabt(p);
      if (!v) return make_error(ErrorKind::Unsupported, "a parameter type outside the feature scope");
      out.params.push_back(*v);
    }
    for (wabt::Type r : t.results) {
      std::optional<wasm::ValType> v = from_wabt(r);
      if (!v) return make_error(ErrorKind::Unsupported, "a result type outside the feature scope");
      out.results.push_back(*v);
    }
    return out;
  }

  // ---- the host side ----

  wi::HostFunc::Ptr host_func(uint32_t id) {
    if (id >= host_funcs.size()) host_funcs.resize(id + 1);
    if (!host_funcs[id]) {
      const wasm::FuncType& type = host->func(id).type;
      wi::ValueTypes params, results;
      for (wasm::ValType t : type.params) params.push_back(to_wabt(t));
      for (wasm::ValType t : type.results) results.push_back(to_wabt(t));
      host_funcs[id] = wi::HostFunc::New(
          store, wi::FuncType(params, results),
          [this, id](wi::Thread&, const wi::Values& in, wi::Values& out, wi::Trap::Ptr* trap) -> wabt::Result {
            if (limits.max_host_calls != 0 && host_calls >= limits.max_host_calls) {
              *trap = wi::Trap::New(store, std::string(kHostCallLimit));
              return wabt::Result::Error;
            }
            ++host_calls;
            call_host(id, in, out);
            return wabt::Result::Ok;
          });
    }
    return host_funcs[id];
  }

  void call_host(uint32_t id, const wi::Values& in, wi::Values& out) {
    const wasm::FuncType& type = host->func(id).type;
    std::vector<Value> args;
    args.reserve(in.size());
    for (size_t i = 0; i < in.size(); ++i) args.push_back(from_interp(type.params[i], in[i]));
    std::vector<Value> results(type.results.size());
    host->call(id, args, results);
    out.resize(results.size());
    for (size_t i = 0; i < results.size(); ++i) {
      Result<wi::Value> v = to_interp(results[i]);
      TANDEM_CHECK(v.ok(), "a host function returned a value the interpreter cannot hold");
      out[i] = *v;
    }
  }

  // A host extern for one import, or an error saying why there is none.
  Result<wi::Extern::Ptr> host_extern(const wi::ImportType& import) {
    const std::string& module = import.module;
    const std::string& name = import.name;
    std::string key = fmt::format("{}\x1f{}\x1f{}", static_cast<int>(import.type->kind), module, name);
    if (auto it = host_state.find(key); it != host_state.end()) return it->second;

    switch (import.type->kind) {
      case wabt::ExternalKind::Func: {
        TANDEM_TRY(wasm::FuncType type, func_type_from_wabt(*wabt::cast<wi::FuncType>(import.type.get())));
        if (std::optional<uint32_t> id = host->resolve_func(module, name, type)) return wi::Extern::Ptr(host_func(*id));
        break;
      }
      case wabt::ExternalKind::Global:
        if (const HostGlobal* g = host->find_global(module, name)) {
          TANDEM_TRY(wi::Value value, to_interp(g->value));
          wi::GlobalType type(to_wabt(g->type.type), g->type.mutable_ ? wi::Mutability::Var : wi::Mutability::Const);
          wi::Extern::Ptr global = wi::Global::New(store, type, value);
          host_state.emplace(key, global);
          return global;
        }
        break;
      case wabt::ExternalKind::Table:
        if (const HostTable* t = host->find_table(module, name)) {
          wi::TableType type(to_wabt(t->type.elem), to_wabt(t->type.limits));
          limit_growth(type.limits, limits.max_table_size);
          wi::Extern::Ptr table = wi::Table::New(store, type);
          host_state.emplace(key, table);
          return table;
        }
        break;
      case wabt::ExternalKind::Memory:
        if (const HostMemory* m = host->find_memory(module, name)) {
          wi::MemoryType type(to_wabt(m->type.limits));
          limit_growth(type.limits, limits.max_memory_pages);
          wi::Extern::Ptr memory = wi::Memory::New(store, type);
          host_state.emplace(key, memory);
          return memory;
        }
        break;
      case wabt::ExternalKind::Tag: break;
    }
    bool exists = host->has_func_named(module, name) || host->find_global(module, name) ||
                  host->find_table(module, name) || host->find_memory(module, name);
    return make_error(
        ErrorKind::Unlinkable,
        fmt::format("{} \"{}\" \"{}\"", exists ? "incompatible import type" : "unknown import", module, name));
  }

  Result<wi::Extern::Ptr> resolve_import(const wi::ImportType& import) {
    if (auto reg = registry.find(import.module); reg != registry.end()) {
      const InstanceRecord& exporter = instances[reg->second];
      auto it = exporter.exports.find(import.name);
      if (it == exporter.exports.end())
        return make_error(ErrorKind::Unlinkable,
                          fmt::format("unknown import \"{}\" \"{}\"", import.module, import.name));
      return it->second;
    }
    return host_extern(import);
  }

  // ---- the Engine operations ----

  InstantiateResult instantiate(std::span<const uint8_t> wasm) {
    host_calls = 0;
    // wabt's own limits are larger than tandem's, or absent: it would read
    // and allocate for the counts tandem's decoder refuses. Every other
    // verdict is wabt's own.
    Result<wasm::Module> decoded = wasm::decode(wasm);
    if (!decoded && decoded.error().kind == ErrorKind::LimitExceeded) {
      InstantiateResult r;
      r.status = InstantiateResult::Status::LimitExceeded;
      r.message = decoded.error().to_string();
      return r;
    }
    wabt::Errors errors;
    wi::ModuleDesc desc;
    if (wabt::Failed(read_interp(wasm, scope_features(), &errors, &desc))) return classify_rejection(wasm, errors);
    for (wi::TableDesc& table : desc.tables) limit_growth(table.type.limits, limits.max_table_size);
    for (wi::MemoryDesc& memory : desc.memories) limit_growth(memory.type.limits, limits.max_memory_pages);
    if (std::optional<std::string> unsupported = out_of_scope_operator(desc.istream)) {
      InstantiateResult r;
      r.status = InstantiateResult::Status::Unsupported;
      r.message = std::move(*unsupported);
      return r;
    }
    wi::Module::Ptr module = wi::Module::New(store, std::move(desc));

    InstantiateResult r;
    wi::RefVec imports;
    std::vector<wi::Extern::Ptr> keep_alive;
    for (const wi::ImportType& import : module->import_types()) {
      Result<wi::Extern::Ptr> ext = resolve_import(import);
      wi::Trap::Ptr trap;
      if (ext.ok() && wabt::Failed((*ext)->Match(store, import, &trap)))
        ext = make_error(ErrorKind::Unlinkable,
                         fmt::format("incompatible import type \"{}\" \"{}\": {}", import.module, import.name,
                                     trap ? trap->message() : std::string("mismatch")));
      if (!ext.ok()) {
        r.status = InstantiateResult::Status::Unlinkable;
        r.message = ext.error().message;
        return r;
      }
      imports.push_back((*ext).ref());
      keep_alive.push_back(std::move(*ext));
    }

    wi::Trap::Ptr trap;
    wi::Instance::Ptr instance = wi::Instance::Instantiate(store, module.ref(), imports, &trap);
    if (trap || !instance) {
      r.status = InstantiateResult::Status::Uninstantiable;
      if (trap) {
        r.trap = outcome_from_trap(*trap);
        r.message = trap->message();
      } else {
        r.message = "instantiation failed";
      }
      return r;
    }

    InstanceRecord record;
    const std::vector<wi::ExportType>& export_types = module->export_types();
    for (size_t i = 0; i < export_types.size(); ++i)
      record.exports.emplace(export_types[i].name, store.UnsafeGet<wi::Extern>(instance->exports()[i]));
    record.instance = std::move(instance);
    r.id = static_cast<InstanceId>(instances.size());
    instances.push_back(std::move(record));
    return r;
  }

  Result<const InstanceRecord*> find_instance(InstanceId id) const {
    if (id >= instances.size()) return make_error(ErrorKind::Usage, fmt::format("no instance {} in engine interp", id));
    return &instances[id];
  }

  template <class T>
  Result<typename T::Ptr> find_export(InstanceId id, std::string_view name, const char* kind) {
    TANDEM_TRY(const InstanceRecord* record, find_instance(id));
    auto it = record->exports.find(name);
    if (it == record->exports.end())
      return make_error(ErrorKind::Usage, fmt::format("instance {} has no export \"{}\"", id, name));
    if (!store.Is<T>(it->second.ref()))
      return make_error(ErrorKind::Usage, fmt::format("export \"{}\" is not a {}", name, kind));
    return store.UnsafeGet<T>(it->second.ref());
  }

  Result<Outcome> invoke(InstanceId id, std::string_view name, std::span<const Value> args) {
    host_calls = 0;
    TANDEM_TRY(wi::Func::Ptr func, find_export<wi::Func>(id, name, "function"));
    TANDEM_TRY(wasm::FuncType type, func_type_from_wabt(func->type()));
    if (args.size() != type.params.size())
      return make_error(ErrorKind::Usage,
                        fmt::format("\"{}\" takes {} arguments, got {}", name, type.params.size(), args.size()));
    wi::Values params;
    params.reserve(args.size());
    for (size_t i = 0; i < args.size(); ++i) {
      if (args[i].type != type.params[i])
        return make_error(ErrorKind::Usage,
                          fmt::format("argument {} of \"{}\" is {}, expected {}", i, name,
                                      wasm::val_type_name(args[i].type), wasm::val_type_name(type.params[i])));
      TANDEM_TRY(wi::Value v, to_interp(args[i]));
      params.push_back(v);
    }

    wi::Values results;
    wi::Trap::Ptr trap;
    // The trap, not the result code, says whether the call trapped: wabt
    // returns Ok for a call stack exhausted inside call_indirect.
    wabt::Result called = func->Call(get_thread(), params, results, &trap);
    if (trap) {
      thread.reset();
      return outcome_from_trap(*trap);
    }
    TANDEM_CHECK(wabt::Succeeded(called), "wabt reported a failed call without a trap");
    std::vector<Value> values;
    values.reserve(results.size());
    for (size_t i = 0; i < results.size(); ++i) values.push_back(from_interp(type.results[i], results[i]));
    return Outcome::returned(std::move(values));
  }

  Result<Value> read_global(InstanceId id, std::string_view name) {
    TANDEM_TRY(wi::Global::Ptr global, find_export<wi::Global>(id, name, "global"));
    std::optional<wasm::ValType> type = from_wabt(global->type().type);
    if (!type) return make_error(ErrorKind::Unsupported, "a global type outside the feature scope");
    return from_interp(*type, global->Get());
  }

  Result<std::span<const uint8_t>> read_memory(InstanceId id, std::string_view name) {
    TANDEM_TRY(wi::Memory::Ptr memory, find_export<wi::Memory>(id, name, "memory"));
    return std::span<const uint8_t>(memory->UnsafeData(), memory->ByteSize());
  }

  void reset() {
    instances.clear();
    registry.clear();
    host_state.clear();
    externs.clear();
    // The thread goes too: it may still hold values of the last call, and
    // the collector marks through them.
    thread.reset();
    // With nothing rooted but the host functions, this frees every module,
    // instance, memory and table of the session.
    store.Collect();
  }
};

InterpEngine::InterpEngine(HostEnv* host, const runner::InstanceLimits& limits)
    : Engine(host), impl_(std::make_unique<Impl>(host, limits)) {}
InterpEngine::~InterpEngine() = default;

InstantiateResult InterpEngine::instantiate(std::span<const uint8_t> wasm) { return impl_->instantiate(wasm); }

Status InterpEngine::register_instance(InstanceId id, std::string_view module_name) {
  if (id >= impl_->instances.size())
    return make_error(ErrorKind::Usage, fmt::format("no instance {} to register as \"{}\"", id, module_name));
  impl_->registry.insert_or_assign(std::string(module_name), id);
  return {};
}

Result<Outcome> InterpEngine::invoke(InstanceId id, std::string_view export_name, std::span<const Value> args) {
  return impl_->invoke(id, export_name, args);
}

Result<Value> InterpEngine::read_global(InstanceId id, std::string_view export_name) {
  return impl_->read_global(id, export_name);
}

Result<std::span<const uint8_t>> InterpEngine::read_memory(InstanceId id, std::string_view export_name) {
  return impl_->read_memory(id, export_name);
}

void InterpEngine::reset() { impl_->reset(); }

}  // namespace tandem::oracle
