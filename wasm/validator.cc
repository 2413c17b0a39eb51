// Module-level validation (spec section 3.4): everything but the bodies,
// which func_validator.cc walks once the module's index spaces are known to
// be sound.
#include "wasm/validator.h"

#include <fmt/format.h>

#include <algorithm>
#include <string_view>

#include "wasm/body_structure.h"
#include "wasm/decoder.h"
#include "wasm/func_validator.h"

namespace tandem::wasm {
namespace {

Error invalid(uint32_t offset, std::string message) {
  return make_error(ErrorKind::Invalid, std::move(message), offset);
}
Error invalid(std::string message) { return make_error(ErrorKind::Invalid, std::move(message)); }

class ModuleValidator {
 public:
  explicit ModuleValidator(const Module& m) : m_(m) {}

  Status run() {
    TANDEM_TRY_STATUS(check_imports());
    TANDEM_TRY_STATUS(check_functions());
    TANDEM_TRY_STATUS(check_tables_and_memories());
    collect_declared_funcs();
    TANDEM_TRY_STATUS(check_globals());
    TANDEM_TRY_STATUS(check_exports());
    TANDEM_TRY_STATUS(check_start());
    TANDEM_TRY_STATUS(check_elems());
    TANDEM_TRY_STATUS(check_datas());
    FuncValidator bodies(m_, declared_funcs_);
    for (const Function& f : m_.functions) TANDEM_TRY_STATUS(bodies.validate(f));
    return {};
  }

 private:
  Status check_type_index(uint32_t index) const {
    if (index >= m_.types.size()) return invalid(fmt::format("unknown type {}", index));
    return {};
  }

  static Status check_limits(const Limits& limits, uint64_t bound, const char* too_large) {
    if (limits.min > bound || (limits.has_max && limits.max > bound)) return invalid(too_large);
    if (limits.has_max && limits.max < limits.min) return invalid("size minimum must not be greater than maximum");
    return {};
  }

  Status check_imports() const {
    for (const Import& import : m_.imports) {
      if (import.kind == ExternKind::Func) TANDEM_TRY_STATUS(check_type_index(import.type_index));
    }
    return {};
  }

  Status check_functions() const {
    for (const Function& f : m_.functions) TANDEM_TRY_STATUS(check_type_index(f.type_index));
    return {};
  }

  Status check_tables_and_memories() const {
    for (const TableType& t : m_.tables)
      TANDEM_TRY_STATUS(check_limits(t.limits, UINT32_MAX, "table size must be at most 2^32 - 1"));
    if (m_.memories.size() > 1) return invalid("multiple memories");
    for (const MemoryType& mem : m_.memories)
      TANDEM_TRY_STATUS(check_limits(mem.limits, kMaxPages, "memory size must be at most 65536 pages (4GiB)"));
    return {};
  }

  // C.refs: functions named by ref.func outside function bodies (globals,
  // element segments) or exported. Only these may be named by ref.func in a
  // body.
  void collect_declared_funcs() {
    declared_funcs_.assign(m_.num_funcs(), false);
    auto declare = [&](const ConstExpr& e) {
      if (e.kind == ConstExpr::Kind::RefFunc && e.index < declared_funcs_.size()) declared_funcs_[e.index] = true;
    };
    for (uint32_t i = m_.num_imported_globals; i < m_.globals.size(); ++i) declare(m_.globals[i].init);
    for (const ElemSegment& seg : m_.elems)
      for (const ConstExpr& item : seg.items) declare(item);
    for (const Export& e : m_.exports)
      if (e.kind == ExternKind::Func && e.index < declared_funcs_.size()) declared_funcs_[e.index] = true;
  }

  // A constant expression of type `expected`. In this revision of the spec a
  // constant expression may only read imported, immutable globals.
  Status check_const_expr(const ConstExpr& e, ValType expected) const {
    ValType type = e.type;
    switch (e.kind) {
      case ConstExpr::Kind::I32:
      case ConstExpr::Kind::I64:
      case ConstExpr::Kind::F32:
      case ConstExpr::Kind::F64:
      case ConstExpr::Kind::V128:
      case ConstExpr::Kind::RefNull: break;
      case ConstExpr::Kind::RefFunc:
        if (e.index >= m_.num_funcs()) return invalid(e.offset, fmt::format("unknown function {}", e.index));
        type = ValType::FuncRef;
        break;
      case ConstExpr::Kind::GlobalGet: {
        if (e.index >= m_.num_imported_globals) return invalid(e.offset, fmt::format("unknown global {}", e.index));
        const GlobalType& global = m_.globals[e.index].type;
        if (global.mutable_) return invalid(e.offset, "constant expression required");
        type = global.type;
        break;
      }
    }
    if (type != expected)
      return invalid(e.offset,
                     fmt::format("type mismatch: expected {}, found {}", val_type_name(expected), val_type_name(type)));
    return {};
  }

  Status check_globals() const {
    for (uint32_t i = m_.num_imported_globals; i < m_.globals.size(); ++i)
      TANDEM_TRY_STATUS(check_const_expr(m_.globals[i].init, m_.globals[i].type.type));
    return {};
  }

  Status check_exports() const {
    std::vector<std::string_view> names;
    names.reserve(m_.exports.size());
    for (const Export& e : m_.exports) {
      size_t bound = 0;
      switch (e.kind) {
        case ExternKind::Func: bound = m_.num_funcs(); break;
        case ExternKind::Table: bound = m_.tables.size(); break;
        case ExternKind::Memory: bound = m_.memories.size(); break;
        case ExternKind::Global: bound = m_.globals.size(); break;
      }
      if (e.index >= bound) return invalid(fmt::format("unknown {} {}", extern_kind_name(e.kind), e.index));
      names.push_back(e.name);
    }
    std::sort(names.begin(), names.end());
    auto dup = std::adjacent_find(names.begin(), names.end());
    if (dup != names.end()) return invalid(fmt::format("duplicate export name \"{}\"", *dup));
    return {};
  }

  Status check_start() const {
    if (!m_.start) return {};
    if (*m_.start >= m_.num_funcs()) return invalid(fmt::format("unknown function {}", *m_.start));
    const FuncType& type = m_.func_type(*m_.start);
    if (!type.params.empty() || !type.results.empty())
      return invalid(fmt::format("start function must have type () -> (), not {}", type.to_string()));
    return {};
  }

  Status check_elems() const {
    for (const ElemSegment& seg : m_.elems) {
      for (const ConstExpr& item : seg.items) TANDEM_TRY_STATUS(check_const_expr(item, seg.type));
      if (seg.mode != SegmentMode::Active) continue;
      if (seg.table >= m_.tables.size())
        return invalid(seg.offset_in_module, fmt::format("unknown table {}", seg.table));
      TANDEM_TRY_STATUS(check_const_expr(seg.offset, ValType::I32));
      if (m_.tables[seg.table].elem != seg.type)
        return invalid(seg.offset_in_module,
                       fmt::format("type mismatch: segment of {} for a table of {}", val_type_name(seg.type),
                                   val_type_name(m_.tables[seg.table].elem)));
    }
    return {};
  }

  Status check_datas() const {
    for (const DataSegment& seg : m_.datas) {
      if (seg.mode != SegmentMode::Active) continue;
      if (seg.memory >= m_.memories.size())
        return invalid(seg.offset_in_module, fmt::format("unknown memory {}", seg.memory));
      TANDEM_TRY_STATUS(check_const_expr(seg.offset, ValType::I32));
    }
    return {};
  }

  const Module& m_;
  std::vector<bool> declared_funcs_;
};

}  // namespace

Status validate(const Module& module) {
  Status status = ModuleValidator(module).run();
  if (!status.ok() && status.error().kind != ErrorKind::Malformed) {
    // The spec decodes everything before validating: a malformed body
    // anywhere outranks the invalidity found first.
    TANDEM_TRY_STATUS(find_malformed_body(module));
  }
  return status;
}

Result<Module> decode_and_validate(std::span<const uint8_t> bytes) {
  TANDEM_TRY(Module module, decode(bytes));
  TANDEM_TRY_STATUS(validate(module));
  return module;
}

}  // namespace tandem::wasm
