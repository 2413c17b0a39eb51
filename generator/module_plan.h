// What a module under generation contains, decided before any body is
// written (private to generator/). Bodies refer to it; the encoder writes it.
// Everything is kept in flat vectors that are cleared, not freed, between
// modules.
#pragma once

#include <cstdint>
#include <iterator>
#include <span>
#include <vector>

#include "generator/edge_values.h"
#include "generator/fuzz_reader.h"
#include "generator/generator.h"
#include "wasm/module.h"
#include "wasm/types.h"

namespace tandem::generator {

// Function types, deduplicated, in type-section order. Block types with
// params or several results are interned here too while bodies are written.
// Spans returned by params()/results() are invalidated by intern().
class TypePool {
 public:
  void clear() {
    types_.clear();
    entries_.clear();
  }
  uint32_t intern(std::span<const wasm::ValType> params, std::span<const wasm::ValType> results);
  uint32_t size() const { return static_cast<uint32_t>(entries_.size()); }
  std::span<const wasm::ValType> params(uint32_t index) const {
    const Entry& e = entries_[index];
    return {types_.data() + e.begin, e.num_params};
  }
  std::span<const wasm::ValType> results(uint32_t index) const {
    const Entry& e = entries_[index];
    return {types_.data() + e.begin + e.num_params, e.num_results};
  }

 private:
  struct Entry {
    uint32_t begin;
    uint32_t num_params;
    uint32_t num_results;
  };
  std::vector<wasm::ValType> types_;
  std::vector<Entry> entries_;
};

struct GlobalPlan {
  wasm::ValType type = wasm::ValType::I32;
  bool is_mutable = false;
  bool exported = false;
  bool is_fuel = false;
  bool is_checksum = false;  // the observability accumulator: glue only
  uint64_t init_bits = 0;    // numeric init (v128: bytes 0-7)
  uint64_t init_hi = 0;      // v128 init: bytes 8-15
  int32_t init_func = -1;    // funcref init: ref.func, or -1 for ref.null
};

struct TablePlan {
  wasm::ValType elem = wasm::ValType::FuncRef;
  uint32_t min = 0;
  uint32_t max = 0;
};

struct ElemPlan {
  wasm::SegmentMode mode = wasm::SegmentMode::Active;
  uint32_t table = 0;   // Active only
  uint32_t offset = 0;  // Active only
  wasm::ValType type = wasm::ValType::FuncRef;
  uint32_t first_item = 0;  // into ModulePlan::elem_items: a function index, or -1 for null
  uint32_t num_items = 0;
};

struct DataPlan {
  bool passive = false;
  uint32_t offset = 0;      // Active only
  uint32_t first_byte = 0;  // into ModulePlan::data_bytes
  uint32_t size = 0;
};

struct ModulePlan {
  TypePool types;
  // Type index of every function, imports first, then the generated
  // functions, then refuel.
  std::vector<uint32_t> func_types;
  std::vector<uint32_t> import_name_begin;  // into import_names, one per import, plus the end
  std::vector<char> import_names;
  uint32_t num_imports = 0;
  uint32_t num_generated = 0;
  uint32_t refuel_func = 0;

  std::vector<GlobalPlan> globals;  // the fuel global first
  uint32_t fuel_global = 0;
  int32_t checksum_global = -1;  // -1: none

  bool has_memory = false;
  uint32_t memory_min_pages = 0;
  uint32_t memory_max_pages = 0;

  std::vector<TablePlan> tables;
  std::vector<ElemPlan> elems;
  std::vector<int32_t> elem_items;
  std::vector<DataPlan> datas;
  std::vector<uint8_t> data_bytes;
  bool data_count = false;

  EdgeContext edges;

  // The shapes this module gets (GeneratorConfig::active_shapes), and for a
  // large-function draw, which function (index space) and the seed of the
  // bytes its body is drawn from.
  ShapeSet shapes;
  uint32_t large_function = UINT32_MAX;
  uint64_t large_function_seed = 0;

  // Functions the bodies may call or reference: everything but refuel,
  // which would defeat the fuel if generated code could reach it.
  uint32_t num_callable() const { return num_imports + num_generated; }
  bool has_funcref_table() const {
    for (const TablePlan& t : tables)
      if (t.elem == wasm::ValType::FuncRef) return true;
    return false;
  }

  void clear() {
    types.clear();
    func_types.clear();
    import_name_begin.clear();
    import_names.clear();
    num_imports = num_generated = refuel_func = 0;
    globals.clear();
    fuel_global = 0;
    has_memory = false;
    memory_min_pages = memory_max_pages = 0;
    tables.clear();
    elems.clear();
    elem_items.clear();
    datas.clear();
    data_bytes.clear();
    data_count = false;
    edges = {};
    shapes.reset();
    large_function = UINT32_MAX;
    large_function_seed = 0;
  }
};

// A value type from `types`, optionally scalar numbers only (no reference,
// no v128; i32 is always there).
inline wasm::ValType pick_type(FuzzReader& in, ValTypeSet types, bool numeric_only = false) {
  wasm::ValType options[std::size(ValTypeSet::kOrder)];
  uint32_t n = 0;
  for (wasm::ValType t : ValTypeSet::kOrder)
    if (types.has(t) && !(numeric_only && (wasm::is_ref(t) || t == wasm::ValType::V128))) options[n++] = t;
  return n ? options[in.below(n)] : wasm::ValType::I32;
}

}  // namespace tandem::generator
