// The decoder's state while it walks the sections of one module (private to
// wasm/; decoder.h is the interface). decoder.cc drives the section loop and
// the checks that span sections; decoder_sections.cc reads each section's
// contents; const_expr.cc reads constant expressions.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "wasm/byte_reader.h"
#include "wasm/limits.h"
#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::wasm {

// Section ids of the binary format.
enum class SectionId : uint8_t {
  Custom = 0,
  Type = 1,
  Import = 2,
  Function = 3,
  Table = 4,
  Memory = 5,
  Global = 6,
  Export = 7,
  Start = 8,
  Element = 9,
  Code = 10,
  Data = 11,
  DataCount = 12,
  Tag = 13,
};

class ModuleDecoder {
 public:
  explicit ModuleDecoder(Module& module) : m_(module) {}

  Status decode();

 private:
  Status read_section(SectionId id, ByteReader& r);

  Status read_type_section(ByteReader& r);
  Status read_import_section(ByteReader& r);
  Status read_function_section(ByteReader& r);
  Status read_table_section(ByteReader& r);
  Status read_memory_section(ByteReader& r);
  Status read_global_section(ByteReader& r);
  Status read_export_section(ByteReader& r);
  Status read_start_section(ByteReader& r);
  Status read_element_section(ByteReader& r);
  Status read_data_count_section(ByteReader& r);
  Status read_code_section(ByteReader& r);
  Status read_data_section(ByteReader& r);
  Status read_custom_section(ByteReader& r);

  Result<ValType> read_val_type(ByteReader& r);
  Result<ValType> read_ref_type(ByteReader& r);
  Result<Limits> read_limits(ByteReader& r, bool is_memory);
  Result<TableType> read_table_type(ByteReader& r);
  Result<MemoryType> read_memory_type(ByteReader& r);
  Result<GlobalType> read_global_type(ByteReader& r);
  Result<ElemSegment> read_elem_segment(ByteReader& r);
  Result<DataSegment> read_data_segment(ByteReader& r);
  Result<Function> read_function_body(ByteReader& r, Function f);

  // Implementation limits (limits.def), checked before anything is sized
  // by the count: a section's item count, and a table's or memory's
  // initial size (`what`: "table 2").
  static Status check_count(Limit limit, uint64_t n, uint32_t at);
  static Status check_initial_size(Limit limit, const Limits& limits, uint64_t spec_bound, std::string_view what,
                                   uint32_t at);

  // Reads a constant expression up to its `end`. Structure problems are
  // Malformed at once; an expression that is well-formed but not one
  // constant instruction is remembered as a deferred validation error (see
  // defer()), since the spec reports malformed input before invalid input.
  Result<ConstExpr> read_const_expr(ByteReader& r);

  // Keeps the first well-formedness-independent error (Invalid or
  // Unsupported) to report once the whole module has decoded.
  void defer(Error error) {
    if (!deferred_) deferred_ = std::move(error);
  }

  Module& m_;
  std::optional<Error> deferred_;
  uint32_t num_declared_funcs_ = 0;  // function section count
  uint32_t num_code_entries_ = 0;    // code section count
  std::optional<uint32_t> code_section_offset_;
  std::optional<uint32_t> data_section_offset_;
};

}  // namespace tandem::wasm
