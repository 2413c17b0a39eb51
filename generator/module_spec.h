// An editable description of a whole module and its encoding (private to
// generator/): what the real-module slicer and the twin rewriter build, one
// section at a time, before write_module() lays it out in the binary
// format. Function bodies arrive already encoded (size-prefixed code
// entries, see body_rewriter.h); every other section is written from here.
//
// A ModuleSpec lives across inputs: clear() keeps every vector's capacity.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "generator/encoder.h"
#include "wasm/module.h"

namespace tandem::generator {

struct ModuleSpec {
  // Types: the source module's (by reference: they are never edited), then
  // the ones a rewrite added.
  std::span<const wasm::FuncType> base_types;
  std::vector<wasm::FuncType> extra_types;

  // Imports: either the source module's verbatim (the twin), or function
  // imports from module "host" named for their signature (a slice).
  std::span<const wasm::Import> verbatim_imports;
  std::vector<uint32_t> host_import_types;

  std::vector<uint32_t> func_types;        // of each defined function, in order
  std::vector<wasm::TableType> tables;     // defined tables
  std::vector<wasm::MemoryType> memories;  // defined memories (0 or 1)
  std::vector<wasm::Global> globals;       // defined globals
  std::vector<wasm::Export> exports;
  std::optional<uint32_t> start;

  struct Elem {
    wasm::SegmentMode mode = wasm::SegmentMode::Active;
    uint32_t table = 0;
    wasm::ConstExpr offset;
    wasm::ValType type = wasm::ValType::FuncRef;
    uint32_t first_item = 0, num_items = 0;  // into elem_items
  };
  std::vector<Elem> elems;
  std::vector<wasm::ConstExpr> elem_items;

  struct Data {
    wasm::SegmentMode mode = wasm::SegmentMode::Active;
    wasm::ConstExpr offset;
    std::span<const uint8_t> bytes;  // into the source module
  };
  std::vector<Data> datas;
  std::optional<uint32_t> data_count;

  // The code section's entries (each size-prefixed), func_types.size() of them.
  Encoder code;

  uint32_t num_types() const { return static_cast<uint32_t>(base_types.size() + extra_types.size()); }
  const wasm::FuncType& type(uint32_t index) const {
    return index < base_types.size() ? base_types[index] : extra_types[index - base_types.size()];
  }
  // The index of a type equal to (params) -> (results), added when missing.
  uint32_t intern_type(std::span<const wasm::ValType> params, std::span<const wasm::ValType> results);

  void clear();
};

// Every field of `m` as it is, bodies aside (spec.code stays empty): the
// start of a rewrite that keeps the module's shape. Spans point into `m`.
void copy_module_fields(const wasm::Module& m, ModuleSpec& spec);

// The host import name for a signature, as the generator names them:
// "log_i32_f64_to_i64".
void host_import_name(const wasm::FuncType& type, std::string& out);

// Lays `spec` out as a module into `out` (cleared first). `scratch` is
// reused between calls.
void write_module(const ModuleSpec& spec, std::vector<uint8_t>& out, Encoder& scratch);

// Writes a constant expression, `end` included.
void write_const_expr(Encoder& e, const wasm::ConstExpr& expr);

}  // namespace tandem::generator
