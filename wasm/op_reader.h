// OpReader: the one way to walk a function body, operator by operator. The
// validator, both backends, the generator's self-checks and the reducer all
// read bodies through it. It decodes immediates but checks nothing that needs
// module context (indices, types): that is the validator's job.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "wasm/opcode.h"
#include "wasm/result.h"
#include "wasm/types.h"

namespace tandem::wasm {

struct MemArg {
  uint32_t align_log2 = 0;
  uint64_t offset = 0;  // u32 in the binary; 64-bit so that address + offset never wraps
};

struct BlockType {
  enum class Kind : uint8_t { Empty, Value, TypeIndex };
  Kind kind = Kind::Empty;
  ValType value = ValType::I32;  // Kind::Value
  uint32_t type_index = 0;       // Kind::TypeIndex
};

// One decoded operator. Which fields are meaningful follows op_info(opcode).imm.
struct Op {
  Opcode opcode = Opcode::Nop;
  uint32_t offset = 0;  // byte offset of the operator's first byte in the module

  uint32_t index = 0;   // label depth, function, local, global, table, type, elem or data index
  uint32_t index2 = 0;  // CallIndirect: table; TableCopy: source table; TableInit: table;
                        // MemoryInit: memory; MemoryCopy: source memory
  uint64_t bits = 0;    // I32/I64 constant (I32 zero-extended), F32/F64 bit pattern
  MemArg mem;           // MemArg, MemArgLane
  uint8_t lane = 0;     // Lane, MemArgLane: the lane index (checked by the validator)
  // V128Const: the constant's bytes, lane 0 first; Shuffle: the lane indices.
  std::array<uint8_t, 16> v128{};
  BlockType block;
  ValType type = ValType::I32;  // RefType, SelectT
  // BrTable: the targets, default last. Valid until the next call to next().
  std::span<const uint32_t> br_targets;

  int32_t i32() const { return static_cast<int32_t>(static_cast<uint32_t>(bits)); }
  int64_t i64() const { return static_cast<int64_t>(bits); }
};

class OpReader {
 public:
  // Reads the operators of [code_start, code_end) of `module_bytes`; offsets
  // in Ops and errors are relative to the start of module_bytes.
  OpReader(std::span<const uint8_t> module_bytes, uint32_t code_start, uint32_t code_end);

  bool done() const { return pos_ >= end_; }
  uint32_t position() const { return pos_; }

  // Decodes the next operator. A truncated immediate, an unknown opcode or a
  // bad LEB128 is a Malformed error; an operator of a feature outside the
  // scope is an Unsupported error naming the feature. Never reads outside the
  // range.
  Result<Op> next();

 private:
  std::span<const uint8_t> bytes_;
  uint32_t pos_;
  uint32_t end_;
  std::vector<uint32_t> targets_;  // reused storage for br_table
};

}  // namespace tandem::wasm
