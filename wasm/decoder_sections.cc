// The contents of each section. Counts are checked against the bytes left
// before anything is reserved, so no input can make the decoder allocate
// more than a small multiple of its own size; and against the
// implementation limits (limits.def), so that no later stage is sized by a
// count the spec allows but no engine could handle.
#include <fmt/format.h>

#include <limits>

#include "wasm/limits.h"
#include "wasm/module_decoder.h"
#include "wasm/out_of_scope.h"
#include "wasm/type_encoding.h"

namespace tandem::wasm {

// --- Limits -------------------------------------------------------------------

Status ModuleDecoder::check_count(Limit limit, uint64_t n, uint32_t at) {
  if (exceeds(limit, n)) return limit_exceeded(limit, "the module declares", n, at);
  return {};
}

// Limits the spec refuses (a minimum above the maximum or above the spec's
// bound) are left to the validator, whose verdict the spec testsuite
// expects: (table 0xffff_ffff 0 funcref) is invalid, not too large.
Status ModuleDecoder::check_initial_size(Limit limit, const Limits& limits, uint64_t spec_bound, std::string_view what,
                                         uint32_t at) {
  if (limits.min > spec_bound || (limits.has_max && limits.max < limits.min)) return {};
  if (exceeds(limit, limits.min)) return limit_exceeded(limit, fmt::format("{} starts with", what), limits.min, at);
  return {};
}

// --- Types ------------------------------------------------------------------

Result<ValType> ModuleDecoder::read_val_type(ByteReader& r) {
  uint32_t at = r.pos();
  TANDEM_TRY(uint8_t b, r.u8());
  if (is_val_type_byte(b)) return static_cast<ValType>(b);
  if (const char* feature = unsupported_feature_for_type_byte(b)) return out_of_scope(at, feature);
  return r.error(at, "malformed value type");
}

Result<ValType> ModuleDecoder::read_ref_type(ByteReader& r) {
  uint32_t at = r.pos();
  TANDEM_TRY(uint8_t b, r.u8());
  if (is_ref_type_byte(b)) return static_cast<ValType>(b);
  if (const char* feature = unsupported_feature_for_type_byte(b)) return out_of_scope(at, feature);
  return r.error(at, "malformed reference type");
}

Result<Limits> ModuleDecoder::read_limits(ByteReader& r, bool is_memory) {
  uint32_t at = r.pos();
  TANDEM_TRY(uint8_t flags, r.u8());
  if (flags > 1) {
    if (is_memory && (flags == 2 || flags == 3)) return out_of_scope(at, "threads");
    if (flags >= 4 && flags <= 7) return out_of_scope(at, "memory64");
    return r.error(at, "integer too large");  // the flag is a u1 in the spec's grammar
  }
  Limits limits;
  TANDEM_TRY(limits.min, r.u32());
  limits.has_max = flags == 1;
  if (limits.has_max) {
    TANDEM_TRY(limits.max, r.u32());
  }
  return limits;
}

// Table and memory types are read before they join their index space, so
// the index of the one being read is the size of that space.
Result<TableType> ModuleDecoder::read_table_type(ByteReader& r) {
  TableType type;
  if (!r.at_end() && r.bytes()[r.pos()] == 0x40)  // a table with an initializer expression
    return out_of_scope(r.pos(), "function references");
  TANDEM_TRY(type.elem, read_ref_type(r));
  uint32_t at = r.pos();
  TANDEM_TRY(type.limits, read_limits(r, /*is_memory=*/false));
  TANDEM_TRY_STATUS(check_initial_size(Limit::TableSize, type.limits, std::numeric_limits<uint32_t>::max(),
                                       fmt::format("table {}", m_.tables.size()), at));
  return type;
}

Result<MemoryType> ModuleDecoder::read_memory_type(ByteReader& r) {
  MemoryType type;
  uint32_t at = r.pos();
  TANDEM_TRY(type.limits, read_limits(r, /*is_memory=*/true));
  TANDEM_TRY_STATUS(
      check_initial_size(Limit::MemoryPages, type.limits, kMaxPages, fmt::format("memory {}", m_.memories.size()), at));
  return type;
}

Result<GlobalType> ModuleDecoder::read_global_type(ByteReader& r) {
  GlobalType type;
  TANDEM_TRY(type.type, read_val_type(r));
  uint32_t at = r.pos();
  TANDEM_TRY(uint8_t mut, r.u8());
  if (mut > 1) return r.error(at, "malformed mutability");
  type.mutable_ = mut == 1;
  return type;
}

Status ModuleDecoder::read_type_section(ByteReader& r) {
  uint32_t count_at = r.pos();
  TANDEM_TRY(uint32_t n, r.count(3));
  TANDEM_TRY_STATUS(check_count(Limit::Types, n, count_at));
  m_.types.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint32_t at = r.pos();
    TANDEM_TRY(uint8_t form, r.u8());
    if (form != 0x60) {
      if (form == 0x5e || form == 0x5f || form == 0x50 || form == 0x4e || form == 0x4f) return out_of_scope(at, "gc");
      return r.error(at, "malformed function type");
    }
    FuncType type;
    TANDEM_TRY(uint32_t num_params, r.count());
    type.params.reserve(num_params);
    for (uint32_t j = 0; j < num_params; ++j) {
      TANDEM_TRY(ValType t, read_val_type(r));
      type.params.push_back(t);
    }
    TANDEM_TRY(uint32_t num_results, r.count());
    type.results.reserve(num_results);
    for (uint32_t j = 0; j < num_results; ++j) {
      TANDEM_TRY(ValType t, read_val_type(r));
      type.results.push_back(t);
    }
    m_.types.push_back(std::move(type));
  }
  return {};
}

// --- Imports and exports ----------------------------------------------------

Status ModuleDecoder::read_import_section(ByteReader& r) {
  uint32_t count_at = r.pos();
  TANDEM_TRY(uint32_t n, r.count(4));
  TANDEM_TRY_STATUS(check_count(Limit::Imports, n, count_at));
  m_.imports.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    Import import;
    TANDEM_TRY(import.module, r.name());
    TANDEM_TRY(import.name, r.name());
    uint32_t at = r.pos();
    TANDEM_TRY(uint8_t kind, r.u8());
    switch (kind) {
      case 0: {
        import.kind = ExternKind::Func;
        TANDEM_TRY(import.type_index, r.u32());
        m_.func_type_indices.push_back(import.type_index);
        ++m_.num_imported_funcs;
        break;
      }
      case 1: {
        import.kind = ExternKind::Table;
        TANDEM_TRY(import.table, read_table_type(r));
        m_.tables.push_back(import.table);
        ++m_.num_imported_tables;
        break;
      }
      case 2: {
        import.kind = ExternKind::Memory;
        TANDEM_TRY(import.memory, read_memory_type(r));
        m_.memories.push_back(import.memory);
        ++m_.num_imported_memories;
        break;
      }
      case 3: {
        import.kind = ExternKind::Global;
        TANDEM_TRY(import.global, read_global_type(r));
        Global global;
        global.type = import.global;
        m_.globals.push_back(global);
        ++m_.num_imported_globals;
        break;
      }
      case 4: return out_of_scope(at, "exception handling");
      default: return r.error(at, "malformed import kind");
    }
    m_.imports.push_back(std::move(import));
  }
  return {};
}

Status ModuleDecoder::read_export_section(ByteReader& r) {
  uint32_t count_at = r.pos();
  TANDEM_TRY(uint32_t n, r.count(3));
  TANDEM_TRY_STATUS(check_count(Limit::Exports, n, count_at));
  m_.exports.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    Export e;
    TANDEM_TRY(e.name, r.name());
    uint32_t at = r.pos();
    TANDEM_TRY(uint8_t kind, r.u8());
    if (kind == 4) return out_of_scope(at, "exception handling");
    if (kind > 3) return r.error(at, "malformed export kind");
    e.kind = static_cast<ExternKind>(kind);
    TANDEM_TRY(e.index, r.u32());
    m_.exports.push_back(std::move(e));
  }
  return {};
}

// --- Functions, tables, memories, globals, start -----------------------------

Status ModuleDecoder::read_function_section(ByteReader& r) {
  uint32_t count_at = r.pos();
  TANDEM_TRY(uint32_t n, r.count());
  TANDEM_TRY_STATUS(check_count(Limit::Functions, uint64_t{m_.num_imported_funcs} + n, count_at));
  num_declared_funcs_ = n;
  m_.functions.reserve(n);
  m_.func_type_indices.reserve(m_.func_type_indices.size() + n);
  for (uint32_t i = 0; i < n; ++i) {
    Function f;
    TANDEM_TRY(f.type_index, r.u32());
    m_.func_type_indices.push_back(f.type_index);
    m_.functions.push_back(f);
  }
  return {};
}

Status ModuleDecoder::read_table_section(ByteReader& r) {
  TANDEM_TRY(uint32_t n, r.count(3));
  m_.tables.reserve(m_.tables.size() + n);
  for (uint32_t i = 0; i < n; ++i) {
    TANDEM_TRY(TableType t, read_table_type(r));
    m_.tables.push_back(t);
  }
  return {};
}

Status ModuleDecoder::read_memory_section(ByteReader& r) {
  TANDEM_TRY(uint32_t n, r.count(2));
  m_.memories.reserve(m_.memories.size() + n);
  for (uint32_t i = 0; i < n; ++i) {
    TANDEM_TRY(MemoryType t, read_memory_type(r));
    m_.memories.push_back(t);
  }
  return {};
}

Status ModuleDecoder::read_global_section(ByteReader& r) {
  uint32_t count_at = r.pos();
  TANDEM_TRY(uint32_t n, r.count(3));
  TANDEM_TRY_STATUS(check_count(Limit::Globals, m_.globals.size() + n, count_at));
  m_.globals.reserve(m_.globals.size() + n);
  for (uint32_t i = 0; i < n; ++i) {
    Global g;
    TANDEM_TRY(g.type, read_global_type(r));
    TANDEM_TRY(g.init, read_const_expr(r));
    m_.globals.push_back(g);
  }
  return {};
}

Status ModuleDecoder::read_start_section(ByteReader& r) {
  TANDEM_TRY(uint32_t index, r.u32());
  m_.start = index;
  return {};
}

// --- Segments -----------------------------------------------------------------

// Element segment encodings, by the flags' three bits:
//   bit 0: passive or declarative (else active)
//   bit 1: with bit 0, declarative; without it, an explicit table index
//   bit 2: items are expressions with a reference type (else function
//          indices with an element kind)
Result<ElemSegment> ModuleDecoder::read_elem_segment(ByteReader& r) {
  ElemSegment seg;
  seg.offset_in_module = r.pos();
  TANDEM_TRY(uint32_t flags, r.u32());
  if (flags > 7) return r.error(seg.offset_in_module, "malformed elements segment kind");
  bool passive_or_declarative = flags & 1;
  bool explicit_table_or_declarative = flags & 2;
  bool exprs = flags & 4;

  if (passive_or_declarative) {
    seg.mode = explicit_table_or_declarative ? SegmentMode::Declarative : SegmentMode::Passive;
  } else {
    seg.mode = SegmentMode::Active;
    if (explicit_table_or_declarative) {
      TANDEM_TRY(seg.table, r.u32());
    }
    TANDEM_TRY(seg.offset, read_const_expr(r));
  }

  // Encodings 0 and 4 carry neither an element kind nor a type: funcref.
  bool has_type_byte = flags != 0 && flags != 4;
  if (exprs && has_type_byte) {
    TANDEM_TRY(seg.type, read_ref_type(r));
  } else if (has_type_byte) {
    uint32_t at = r.pos();
    TANDEM_TRY(uint8_t kind, r.u8());
    if (kind != 0x00) return r.error(at, "malformed element kind");
  }
  if (!exprs) seg.type = ValType::FuncRef;

  uint32_t count_at = r.pos();
  TANDEM_TRY(uint32_t n, r.count());
  if (exceeds(Limit::ElemSegmentItems, n))
    return limit_exceeded(Limit::ElemSegmentItems, fmt::format("element segment {} lists", m_.elems.size()), n,
                          count_at);
  seg.items.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    ConstExpr item;
    if (exprs) {
      TANDEM_TRY(item, read_const_expr(r));
    } else {
      item.kind = ConstExpr::Kind::RefFunc;
      item.type = ValType::FuncRef;
      item.offset = r.pos();
      TANDEM_TRY(item.index, r.u32());
    }
    seg.items.push_back(item);
  }
  return seg;
}

Status ModuleDecoder::read_element_section(ByteReader& r) {
  uint32_t count_at = r.pos();
  TANDEM_TRY(uint32_t n, r.count(3));
  TANDEM_TRY_STATUS(check_count(Limit::ElemSegments, n, count_at));
  m_.elems.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    TANDEM_TRY(ElemSegment seg, read_elem_segment(r));
    m_.elems.push_back(std::move(seg));
  }
  return {};
}

Result<DataSegment> ModuleDecoder::read_data_segment(ByteReader& r) {
  DataSegment seg;
  seg.offset_in_module = r.pos();
  TANDEM_TRY(uint32_t flags, r.u32());
  switch (flags) {
    case 0: {
      seg.mode = SegmentMode::Active;
      TANDEM_TRY(seg.offset, read_const_expr(r));
      break;
    }
    case 1: seg.mode = SegmentMode::Passive; break;
    case 2: {
      seg.mode = SegmentMode::Active;
      TANDEM_TRY(seg.memory, r.u32());
      TANDEM_TRY(seg.offset, read_const_expr(r));
      break;
    }
    default: return r.error(seg.offset_in_module, "malformed data segment kind");
  }
  TANDEM_TRY(uint32_t size, r.count());
  seg.data_start = r.pos();
  seg.data_size = size;
  r.skip_to(r.pos() + size);
  return seg;
}

Status ModuleDecoder::read_data_section(ByteReader& r) {
  uint32_t count_at = r.pos();
  TANDEM_TRY(uint32_t n, r.count(2));
  TANDEM_TRY_STATUS(check_count(Limit::DataSegments, n, count_at));
  m_.datas.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    TANDEM_TRY(DataSegment seg, read_data_segment(r));
    m_.datas.push_back(seg);
  }
  return {};
}

Status ModuleDecoder::read_data_count_section(ByteReader& r) {
  TANDEM_TRY(uint32_t n, r.u32());
  m_.data_count = n;
  return {};
}

// --- Code ----------------------------------------------------------------------

Result<Function> ModuleDecoder::read_function_body(ByteReader& r, Function f) {
  f.body_start = r.pos();
  TANDEM_TRY(uint32_t num_runs, r.count(2));
  f.locals.reserve(num_runs);
  uint64_t total = 0;
  for (uint32_t i = 0; i < num_runs; ++i) {
    uint32_t at = r.pos();
    LocalRun run;
    TANDEM_TRY(run.count, r.u32());
    total += run.count;
    // The spec bounds the declared locals (not the parameters) by 2^32 - 1.
    if (total > std::numeric_limits<uint32_t>::max()) return r.error(at, "too many locals");
    TANDEM_TRY(run.type, read_val_type(r));
    if (run.count != 0) f.locals.push_back(run);
  }
  f.num_locals = static_cast<uint32_t>(total);
  f.code_start = r.pos();
  f.code_end = r.limit();
  r.skip_to(r.limit());
  return f;
}

Status ModuleDecoder::read_code_section(ByteReader& r) {
  uint32_t at = r.pos();
  TANDEM_TRY(uint32_t n, r.count(2));
  if (n != num_declared_funcs_) return r.error(at, "function and code section have inconsistent lengths");
  num_code_entries_ = n;
  uint64_t module_locals = 0;
  for (uint32_t i = 0; i < n; ++i) {
    const uint32_t func_index = m_.num_imported_funcs + i;
    uint32_t size_at = r.pos();
    TANDEM_TRY(uint32_t size, r.u32());
    TANDEM_TRY(ByteReader body, r.sub_reader(size));
    if (exceeds(Limit::FunctionBodySize, size))
      return limit_exceeded(Limit::FunctionBodySize, fmt::format("the body of function {} has", func_index), size,
                            size_at);
    Function& f = m_.functions[i];
    TANDEM_TRY(f, read_function_body(body, f));
    // After the whole declaration, so that the spec's own bound on the sum
    // ("too many locals", malformed) is reported first. Parameters count
    // too: they are locals to every compiler. The type index is not
    // validated yet; an unknown one brings no parameters.
    uint64_t locals = f.num_locals;
    if (f.type_index < m_.types.size()) locals += m_.types[f.type_index].params.size();
    if (exceeds(Limit::FunctionLocals, locals))
      return limit_exceeded(Limit::FunctionLocals, fmt::format("function {} has", func_index), locals, f.body_start);
    module_locals += locals;
    if (exceeds(Limit::ModuleLocals, module_locals))
      return limit_exceeded(Limit::ModuleLocals, fmt::format("with function {}, the module has", func_index),
                            module_locals, f.body_start);
    r.skip_to(body.limit());
  }
  return {};
}

// --- Custom ---------------------------------------------------------------------

Status ModuleDecoder::read_custom_section(ByteReader& r) {
  TANDEM_TRY(std::string name, r.name());
  r.skip_to(r.limit());  // contents are not interpreted
  return {};
}

}  // namespace tandem::wasm
