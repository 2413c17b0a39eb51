// The decoded module: what wasm/decoder.h produces and every later stage
// reads. Index spaces (functions, tables, memories, globals) hold the imports
// first, as the spec defines them; helpers below map an index to its type.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "wasm/types.h"

namespace tandem::wasm {

// A constant expression: one instruction and `end` (the feature scope has no
// extended-const).
struct ConstExpr {
  enum class Kind : uint8_t { I32, I64, F32, F64, V128, RefNull, RefFunc, GlobalGet };
  Kind kind = Kind::I32;
  ValType type = ValType::I32;  // the value type it produces
  uint64_t bits = 0;            // I32/I64 value (sign-extended for I32 when read as int64), F32/F64 bits,
                                // V128: bytes 0-7 (little-endian)
  uint64_t bits_hi = 0;         // V128: bytes 8-15
  uint32_t index = 0;           // function index for RefFunc, global index for GlobalGet
  uint32_t offset = 0;          // byte offset of the instruction in the module
};

struct Import {
  std::string module;
  std::string name;
  ExternKind kind = ExternKind::Func;
  uint32_t type_index = 0;  // Func
  TableType table;          // Table
  MemoryType memory;        // Memory
  GlobalType global;        // Global
};

struct Export {
  std::string name;
  ExternKind kind = ExternKind::Func;
  uint32_t index = 0;
};

// A run of locals of one type, as declared in the code section.
struct LocalRun {
  uint32_t count = 0;
  ValType type = ValType::I32;
};

struct Function {
  uint32_t type_index = 0;
  std::vector<LocalRun> locals;  // declared locals, not including params
  uint32_t num_locals = 0;       // sum of the runs
  uint32_t body_start = 0;       // offset of the body's size-prefixed entry (the local decls)
  uint32_t code_start = 0;       // offset of the first operator
  uint32_t code_end = 0;         // one past the final `end`
};

struct Global {
  GlobalType type;
  ConstExpr init;
};

enum class SegmentMode : uint8_t { Active, Passive, Declarative };

struct ElemSegment {
  SegmentMode mode = SegmentMode::Active;
  uint32_t table = 0;
  ConstExpr offset;  // Active only
  ValType type = ValType::FuncRef;
  std::vector<ConstExpr> items;  // each RefFunc, RefNull or GlobalGet
  uint32_t offset_in_module = 0;
};

struct DataSegment {
  SegmentMode mode = SegmentMode::Active;  // Active or Passive
  uint32_t memory = 0;
  ConstExpr offset;         // Active only
  uint32_t data_start = 0;  // byte range of the payload in Module::bytes
  uint32_t data_size = 0;
  uint32_t offset_in_module = 0;
};

struct Module {
  std::vector<uint8_t> bytes;  // the binary this was decoded from; bodies and data point into it

  std::vector<FuncType> types;
  std::vector<Import> imports;
  std::vector<Function> functions;   // defined functions only
  std::vector<TableType> tables;     // whole index space, imports first
  std::vector<MemoryType> memories;  // whole index space, imports first
  std::vector<Global> globals;       // whole index space, imports first (their init is unused)
  std::vector<Export> exports;
  std::optional<uint32_t> start;
  std::vector<ElemSegment> elems;
  std::vector<DataSegment> datas;
  std::optional<uint32_t> data_count;

  uint32_t num_imported_funcs = 0;
  uint32_t num_imported_tables = 0;
  uint32_t num_imported_memories = 0;
  uint32_t num_imported_globals = 0;

  // Type index of each function in the index space (imports first).
  std::vector<uint32_t> func_type_indices;

  uint32_t num_funcs() const { return static_cast<uint32_t>(func_type_indices.size()); }
  bool is_imported_func(uint32_t func_index) const { return func_index < num_imported_funcs; }
  const FuncType& func_type(uint32_t func_index) const { return types[func_type_indices[func_index]]; }
  // The defined function with index space index `func_index` (which must not be an import).
  const Function& defined_func(uint32_t func_index) const { return functions[func_index - num_imported_funcs]; }
  std::span<const uint8_t> data_bytes(const DataSegment& seg) const {
    return std::span<const uint8_t>(bytes).subspan(seg.data_start, seg.data_size);
  }
  // Type of local `index` of defined function `f` (params first).
  ValType local_type(const Function& f, uint32_t index) const;
  uint32_t num_locals_with_params(const Function& f) const {
    return static_cast<uint32_t>(types[f.type_index].params.size()) + f.num_locals;
  }
  const Export* find_export(std::string_view name) const;
};

}  // namespace tandem::wasm
