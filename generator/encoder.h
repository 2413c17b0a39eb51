// A small encoder for the WebAssembly binary format: a growable byte buffer
// with the format's primitives (LEB128, IEEE bit patterns, names, value and
// block types, opcodes, memargs, limits) and the section framing of a
// module. Buffers are meant to be reused: clear() keeps the capacity.
//
// Every integer is written in its shortest LEB128 form, so the output is
// canonical and round-trips through wasm2wat/wat2wasm byte for byte. Nothing
// here knows about generation: the reducer can rebuild modules with it.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

#include "wasm/opcode.h"
#include "wasm/types.h"

namespace tandem::generator {

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
};

class Encoder {
 public:
  void clear() { buf_.clear(); }
  size_t size() const { return buf_.size(); }
  bool empty() const { return buf_.empty(); }
  std::span<const uint8_t> bytes() const { return buf_; }
  std::vector<uint8_t>& buffer() { return buf_; }

  void u8(uint8_t b) { buf_.push_back(b); }
  void raw(std::span<const uint8_t> bytes) { buf_.insert(buf_.end(), bytes.begin(), bytes.end()); }
  void append(const Encoder& other) { raw(other.bytes()); }

  void u32(uint32_t v);  // unsigned LEB128
  void s32(int32_t v);   // signed LEB128
  void s64(int64_t v);
  void f32_bits(uint32_t bits);  // little-endian IEEE 754 bit pattern
  void f64_bits(uint64_t bits);
  void v128_bits(uint64_t lo, uint64_t hi);  // bytes 0-7, then 8-15

  void name(std::string_view s);  // length-prefixed UTF-8
  void val_type(wasm::ValType t) { u8(static_cast<uint8_t>(t)); }
  void val_types(std::span<const wasm::ValType> ts);  // vector of value types
  void func_type(std::span<const wasm::ValType> params, std::span<const wasm::ValType> results);
  void limits(uint64_t min, std::optional<uint64_t> max);

  // Block types: empty, one result, or a type index (signed 33-bit).
  void block_type_empty() { u8(0x40); }
  void block_type(wasm::ValType result) { val_type(result); }
  void block_type_index(uint32_t type_index) { s64(type_index); }

  // The operator's encoding: its byte, or the 0xfc prefix and LEB128 sub-opcode.
  void opcode(wasm::Opcode op);
  void memarg(uint32_t align_log2, uint32_t offset) {
    u32(align_log2);
    u32(offset);
  }

 private:
  std::vector<uint8_t> buf_;
};

// Appends sections to a module under construction. The caller adds them in
// the binary format's order; each is framed with its id and byte size.
class ModuleEncoder {
 public:
  explicit ModuleEncoder(std::vector<uint8_t>& out) : out_(out) {}

  void begin();  // clears `out` and writes the magic and version
  void section(SectionId id, const Encoder& content);
  // Appends `count` and then the entries: the vector form every section uses.
  void vector_section(SectionId id, uint32_t count, const Encoder& entries);

 private:
  void write_u32(uint32_t v);
  std::vector<uint8_t>& out_;
};

}  // namespace tandem::generator
