#include "generator/module_spec.h"

#include <algorithm>

namespace tandem::generator {

using wasm::ConstExpr;
using wasm::ExternKind;
using wasm::Opcode;
using wasm::SegmentMode;
using wasm::ValType;

uint32_t ModuleSpec::intern_type(std::span<const ValType> params, std::span<const ValType> results) {
  auto same = [&](const wasm::FuncType& t) {
    return std::equal(t.params.begin(), t.params.end(), params.begin(), params.end()) &&
           std::equal(t.results.begin(), t.results.end(), results.begin(), results.end());
  };
  for (uint32_t i = 0; i < num_types(); ++i)
    if (same(type(i))) return i;
  extra_types.push_back(wasm::FuncType{{params.begin(), params.end()}, {results.begin(), results.end()}});
  return num_types() - 1;
}

void ModuleSpec::clear() {
  base_types = {};
  extra_types.clear();
  verbatim_imports = {};
  host_import_types.clear();
  func_types.clear();
  tables.clear();
  memories.clear();
  globals.clear();
  exports.clear();
  start.reset();
  elems.clear();
  elem_items.clear();
  datas.clear();
  data_count.reset();
  code.clear();
}

void host_import_name(const wasm::FuncType& type, std::string& out) {
  out.assign("log");
  for (ValType t : type.params) out.append("_").append(wasm::val_type_name(t));
  if (!type.results.empty()) out.append("_to");
  for (ValType t : type.results) out.append("_").append(wasm::val_type_name(t));
}

void write_const_expr(Encoder& e, const ConstExpr& expr) {
  switch (expr.kind) {
    case ConstExpr::Kind::I32:
      e.opcode(Opcode::I32Const);
      e.s32(static_cast<int32_t>(static_cast<uint32_t>(expr.bits)));
      break;
    case ConstExpr::Kind::I64:
      e.opcode(Opcode::I64Const);
      e.s64(static_cast<int64_t>(expr.bits));
      break;
    case ConstExpr::Kind::F32:
      e.opcode(Opcode::F32Const);
      e.f32_bits(static_cast<uint32_t>(expr.bits));
      break;
    case ConstExpr::Kind::F64:
      e.opcode(Opcode::F64Const);
      e.f64_bits(expr.bits);
      break;
    case ConstExpr::Kind::V128:
      e.opcode(Opcode::V128Const);
      for (uint64_t half : {expr.bits, expr.bits_hi})
        for (int i = 0; i < 8; ++i) e.u8(static_cast<uint8_t>(half >> (8 * i)));
      break;
    case ConstExpr::Kind::RefNull:
      e.opcode(Opcode::RefNull);
      e.val_type(expr.type);
      break;
    case ConstExpr::Kind::RefFunc:
      e.opcode(Opcode::RefFunc);
      e.u32(expr.index);
      break;
    case ConstExpr::Kind::GlobalGet:
      e.opcode(Opcode::GlobalGet);
      e.u32(expr.index);
      break;
  }
  e.opcode(Opcode::End);
}

namespace {

void write_limits(Encoder& e, const wasm::Limits& l) {
  e.limits(l.min, l.has_max ? std::optional<uint64_t>(l.max) : std::nullopt);
}

void write_import_desc(Encoder& e, const wasm::Import& im) {
  e.u8(static_cast<uint8_t>(im.kind));
  switch (im.kind) {
    case ExternKind::Func: e.u32(im.type_index); break;
    case ExternKind::Table:
      e.val_type(im.table.elem);
      write_limits(e, im.table.limits);
      break;
    case ExternKind::Memory: write_limits(e, im.memory.limits); break;
    case ExternKind::Global:
      e.val_type(im.global.type);
      e.u8(im.global.mutable_ ? 1 : 0);
      break;
  }
}

}  // namespace

void copy_module_fields(const wasm::Module& m, ModuleSpec& spec) {
  spec.base_types = m.types;
  spec.verbatim_imports = m.imports;
  for (const wasm::Function& f : m.functions) spec.func_types.push_back(f.type_index);
  spec.tables.assign(m.tables.begin() + m.num_imported_tables, m.tables.end());
  spec.memories.assign(m.memories.begin() + m.num_imported_memories, m.memories.end());
  spec.globals.assign(m.globals.begin() + m.num_imported_globals, m.globals.end());
  spec.exports = m.exports;
  spec.start = m.start;
  for (const wasm::ElemSegment& seg : m.elems) {
    ModuleSpec::Elem e;
    e.mode = seg.mode;
    e.table = seg.table;
    e.offset = seg.offset;
    e.type = seg.type;
    e.first_item = static_cast<uint32_t>(spec.elem_items.size());
    e.num_items = static_cast<uint32_t>(seg.items.size());
    spec.elem_items.insert(spec.elem_items.end(), seg.items.begin(), seg.items.end());
    spec.elems.push_back(e);
  }
  for (const wasm::DataSegment& seg : m.datas) spec.datas.push_back({seg.mode, seg.offset, m.data_bytes(seg)});
  spec.data_count = m.data_count;
}

void write_module(const ModuleSpec& spec, std::vector<uint8_t>& out, Encoder& s) {
  ModuleEncoder m(out);
  m.begin();

  s.clear();
  for (uint32_t t = 0; t < spec.num_types(); ++t) s.func_type(spec.type(t).params, spec.type(t).results);
  m.vector_section(SectionId::Type, spec.num_types(), s);

  const uint32_t num_imports = static_cast<uint32_t>(spec.verbatim_imports.size() + spec.host_import_types.size());
  if (num_imports) {
    s.clear();
    for (const wasm::Import& im : spec.verbatim_imports) {
      s.name(im.module);
      s.name(im.name);
      write_import_desc(s, im);
    }
    std::string name;
    for (uint32_t type : spec.host_import_types) {
      host_import_name(spec.type(type), name);
      s.name("host");
      s.name(name);
      s.u8(static_cast<uint8_t>(ExternKind::Func));
      s.u32(type);
    }
    m.vector_section(SectionId::Import, num_imports, s);
  }

  s.clear();
  for (uint32_t t : spec.func_types) s.u32(t);
  m.vector_section(SectionId::Function, static_cast<uint32_t>(spec.func_types.size()), s);

  if (!spec.tables.empty()) {
    s.clear();
    for (const wasm::TableType& t : spec.tables) {
      s.val_type(t.elem);
      write_limits(s, t.limits);
    }
    m.vector_section(SectionId::Table, static_cast<uint32_t>(spec.tables.size()), s);
  }

  if (!spec.memories.empty()) {
    s.clear();
    for (const wasm::MemoryType& mem : spec.memories) write_limits(s, mem.limits);
    m.vector_section(SectionId::Memory, static_cast<uint32_t>(spec.memories.size()), s);
  }

  if (!spec.globals.empty()) {
    s.clear();
    for (const wasm::Global& g : spec.globals) {
      s.val_type(g.type.type);
      s.u8(g.type.mutable_ ? 1 : 0);
      write_const_expr(s, g.init);
    }
    m.vector_section(SectionId::Global, static_cast<uint32_t>(spec.globals.size()), s);
  }

  if (!spec.exports.empty()) {
    s.clear();
    for (const wasm::Export& e : spec.exports) {
      s.name(e.name);
      s.u8(static_cast<uint8_t>(e.kind));
      s.u32(e.index);
    }
    m.vector_section(SectionId::Export, static_cast<uint32_t>(spec.exports.size()), s);
  }

  if (spec.start) {
    s.clear();
    s.u32(*spec.start);
    m.section(SectionId::Start, s);
  }

  if (!spec.elems.empty()) {
    s.clear();
    for (const ModuleSpec::Elem& e : spec.elems) {
      // Element expressions throughout (flags 4-7). 4: active on table 0
      // with funcref items; 6: active on any table; 5: passive; 7: declarative.
      if (e.mode == SegmentMode::Active) {
        bool implicit = e.table == 0 && e.type == ValType::FuncRef;
        s.u32(implicit ? 4 : 6);
        if (!implicit) s.u32(e.table);
        write_const_expr(s, e.offset);
        if (!implicit) s.val_type(e.type);
      } else {
        s.u32(e.mode == SegmentMode::Passive ? 5 : 7);
        s.val_type(e.type);
      }
      s.u32(e.num_items);
      for (uint32_t k = 0; k < e.num_items; ++k) write_const_expr(s, spec.elem_items[e.first_item + k]);
    }
    m.vector_section(SectionId::Element, static_cast<uint32_t>(spec.elems.size()), s);
  }

  if (spec.data_count) {
    s.clear();
    s.u32(*spec.data_count);
    m.section(SectionId::DataCount, s);
  }

  m.vector_section(SectionId::Code, static_cast<uint32_t>(spec.func_types.size()), spec.code);

  if (!spec.datas.empty()) {
    s.clear();
    for (const ModuleSpec::Data& d : spec.datas) {
      if (d.mode == SegmentMode::Passive) {
        s.u32(1);
      } else {
        s.u32(0);
        write_const_expr(s, d.offset);
      }
      s.u32(static_cast<uint32_t>(d.bytes.size()));
      s.raw(d.bytes);
    }
    m.vector_section(SectionId::Data, static_cast<uint32_t>(spec.datas.size()), s);
  }
}

}  // namespace tandem::generator
