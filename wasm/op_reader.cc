#include "wasm/op_reader.h"

#include <fmt/format.h>

#include <algorithm>

#include "wasm/leb128.h"
#include "wasm/out_of_scope.h"
#include "wasm/type_encoding.h"

namespace tandem::wasm {
namespace {

// The decoding state of one next() call, kept in registers: a cursor and the
// end of the body. Errors are built only on the failure path.
struct Cursor {
  const uint8_t* base;
  const uint8_t* p;
  const uint8_t* end;

  uint32_t offset() const { return static_cast<uint32_t>(p - base); }
};

// Every operator's opcode and immediate layout by encoding, built from the
// operator table at compile time, so that the hot path makes one lookup per
// operator.
struct OperatorEntry {
  bool present = false;
  Opcode opcode = Opcode::Nop;
  ImmKind imm = ImmKind::None;
};

struct DecodeTable {
  OperatorEntry single[256];
  OperatorEntry misc[32];   // after the 0xfc prefix
  OperatorEntry simd[256];  // after the 0xfd prefix

  constexpr DecodeTable() {
#define WASM_OP(name, prefix, code, text, imm, in0, in1, in2, out, traps, cls, width, comm, nan, lanes) \
  (prefix == 0 ? single[code] : prefix == 0xfc ? misc[code] : simd[code]) = {true, Opcode::name, ImmKind::imm};
#include "wasm/opcodes.def"
#undef WASM_OP
    single[0xfc] = {};  // the prefixes themselves are no operators
    single[0xfd] = {};
  }
};

constexpr DecodeTable kDecodeTable;

Error malformed_at(uint32_t offset, std::string message) {
  return make_error(ErrorKind::Malformed, std::move(message), offset);
}

Error leb_error(leb128::Status status, uint32_t offset) {
  if (status == leb128::Status::Truncated) return malformed_at(offset, "unexpected end of section or function");
  return malformed_at(offset, leb128::status_message(status));
}

}  // namespace

OpReader::OpReader(std::span<const uint8_t> module_bytes, uint32_t code_start, uint32_t code_end)
    : bytes_(module_bytes), pos_(code_start), end_(code_end) {
  TANDEM_CHECK(code_start <= code_end && code_end <= module_bytes.size(), "OpReader range outside the module");
}

// The relaxed SIMD proposal's sub-opcodes after 0xfd: later than 2.0, to
// which they are unknown opcodes (malformed), refused by name.
constexpr uint32_t kFirstRelaxedSimd = 0x100;
constexpr uint32_t kLastRelaxedSimd = 0x113;

// The macros keep the immediates' decoding flat; each leaves `c.p` past the
// immediate or returns the error.
#define READ_U32(dst)                                        \
  do {                                                       \
    uint32_t at_ = c.offset();                               \
    leb128::Status s_ = leb128::read_u32(c.p, c.end, dst);   \
    if (s_ != leb128::Status::Ok) return leb_error(s_, at_); \
  } while (0)

#define READ_ZERO_BYTE()                                                                        \
  do {                                                                                          \
    if (c.p == c.end) return malformed_at(c.offset(), "unexpected end of section or function"); \
    if (*c.p != 0) return malformed_at(c.offset(), "zero byte expected");                       \
    ++c.p;                                                                                      \
  } while (0)

Result<Op> OpReader::next() {
  Cursor c{bytes_.data(), bytes_.data() + pos_, bytes_.data() + end_};
  Op op;
  op.offset = pos_;
  if (c.p >= c.end) return malformed_at(pos_, "unexpected end of section or function");

  uint8_t lead = *c.p++;
  const OperatorEntry* entry = &kDecodeTable.single[lead];
  if (!entry->present) {
    if (lead == 0xfc) {
      uint32_t sub;
      READ_U32(sub);
      if (sub < std::size(kDecodeTable.misc)) entry = &kDecodeTable.misc[sub];
      if (!entry->present) return malformed_at(op.offset, fmt::format("illegal opcode 0xfc {}", sub));
    } else if (lead == OpInfo::kSimdPrefix) {
      uint32_t sub;
      READ_U32(sub);
      if (sub < std::size(kDecodeTable.simd)) entry = &kDecodeTable.simd[sub];
      if (!entry->present) {
        if (sub >= kFirstRelaxedSimd && sub <= kLastRelaxedSimd) return out_of_scope(op.offset, "relaxed simd");
        return malformed_at(op.offset, fmt::format("illegal opcode 0xfd {}", sub));
      }
    } else {
      if (const char* feature = unsupported_feature_for_byte(lead)) return out_of_scope(op.offset, feature);
      return malformed_at(op.offset, fmt::format("illegal opcode 0x{:02x}", lead));
    }
  }
  op.opcode = entry->opcode;

  switch (entry->imm) {
    case ImmKind::None: break;

    case ImmKind::BlockType: {
      if (c.p == c.end) return malformed_at(c.offset(), "unexpected end of section or function");
      uint8_t b = *c.p;
      if (b == 0x40) {
        op.block.kind = BlockType::Kind::Empty;
        ++c.p;
      } else if (is_val_type_byte(b)) {
        op.block.kind = BlockType::Kind::Value;
        op.block.value = static_cast<ValType>(b);
        ++c.p;
      } else if (const char* feature = unsupported_feature_for_type_byte(b)) {
        return out_of_scope(c.offset(), feature);
      } else {
        uint32_t at = c.offset();
        int64_t index;
        leb128::Status s = leb128::read_s33(c.p, c.end, index);
        if (s != leb128::Status::Ok) return leb_error(s, at);
        if (index < 0) return malformed_at(at, "malformed block type");
        op.block.kind = BlockType::Kind::TypeIndex;
        op.block.type_index = static_cast<uint32_t>(index);
      }
      break;
    }

    case ImmKind::Label:
    case ImmKind::Func:
    case ImmKind::Local:
    case ImmKind::Global:
    case ImmKind::Table:
    case ImmKind::Elem:
    case ImmKind::Data: READ_U32(op.index); break;

    case ImmKind::BrTable: {
      uint32_t count;
      uint32_t at = c.offset();
      READ_U32(count);
      // Every target takes at least one byte: a count beyond the bytes left
      // is malformed, and checking it first bounds the allocation.
      if (count >= static_cast<size_t>(c.end - c.p)) return malformed_at(at, "unexpected end of section or function");
      targets_.resize(size_t{count} + 1);
      for (uint32_t& target : targets_) READ_U32(target);
      op.index = targets_.back();
      op.br_targets = targets_;
      break;
    }

    case ImmKind::CallIndirect:
      READ_U32(op.index);
      READ_U32(op.index2);
      break;

    case ImmKind::MemArg:
    case ImmKind::MemArgLane: {
      uint32_t at = c.offset();
      uint32_t align;
      READ_U32(align);
      // Bit 6 announces a memory index in the multi-memory encoding.
      // To 2.0 it is an alignment beyond any natural one: invalid.
      if (align & 0x40) return out_of_scope(at, "multi-memory", ErrorKind::Invalid);
      op.mem.align_log2 = align;
      uint32_t offset;
      READ_U32(offset);
      op.mem.offset = offset;
      if (entry->imm == ImmKind::MemArgLane) {
        if (c.p == c.end) return malformed_at(c.offset(), "unexpected end of section or function");
        op.lane = *c.p++;
      }
      break;
    }

    case ImmKind::Lane:
      if (c.p == c.end) return malformed_at(c.offset(), "unexpected end of section or function");
      op.lane = *c.p++;
      break;

    case ImmKind::V128Const:
    case ImmKind::Shuffle:
      // A lane index is a byte, not a LEB128: any value is well-formed, and
      // one past the lanes is the validator's to refuse.
      if (static_cast<size_t>(c.end - c.p) < op.v128.size())
        return malformed_at(c.offset(), "unexpected end of section or function");
      std::copy_n(c.p, op.v128.size(), op.v128.begin());
      c.p += op.v128.size();
      break;

    case ImmKind::Memory: READ_ZERO_BYTE(); break;

    case ImmKind::I32: {
      if (c.p != c.end && *c.p < 0x80) {  // one byte: -64..63
        op.bits = static_cast<uint32_t>(static_cast<int32_t>(static_cast<int8_t>(*c.p << 1) >> 1));
        ++c.p;
        break;
      }
      uint32_t at = c.offset();
      int32_t v;
      leb128::Status s = leb128::read_s32(c.p, c.end, v);
      if (s != leb128::Status::Ok) return leb_error(s, at);
      op.bits = static_cast<uint32_t>(v);
      break;
    }

    case ImmKind::I64: {
      uint32_t at = c.offset();
      int64_t v;
      leb128::Status s = leb128::read_s64(c.p, c.end, v);
      if (s != leb128::Status::Ok) return leb_error(s, at);
      op.bits = static_cast<uint64_t>(v);
      break;
    }

    case ImmKind::F32:
    case ImmKind::F64: {
      size_t width = entry->imm == ImmKind::F32 ? 4 : 8;
      if (static_cast<size_t>(c.end - c.p) < width)
        return malformed_at(c.offset(), "unexpected end of section or function");
      uint64_t bits = 0;
      for (size_t i = 0; i < width; ++i) bits |= static_cast<uint64_t>(c.p[i]) << (8 * i);
      c.p += width;
      op.bits = bits;
      break;
    }

    case ImmKind::SelectT: {
      uint32_t at = c.offset();
      uint32_t count;
      READ_U32(count);
      if (count != 1) {
        // Well-formed for any count, but the spec's validation only admits one.
        return make_error(ErrorKind::Invalid, "invalid result arity", at);
      }
      if (c.p == c.end) return malformed_at(c.offset(), "unexpected end of section or function");
      uint8_t b = *c.p;
      if (!is_val_type_byte(b)) {
        if (const char* feature = unsupported_feature_for_type_byte(b)) return out_of_scope(c.offset(), feature);
        return malformed_at(c.offset(), "malformed value type");
      }
      op.type = static_cast<ValType>(b);
      ++c.p;
      break;
    }

    case ImmKind::RefType: {
      if (c.p == c.end) return malformed_at(c.offset(), "unexpected end of section or function");
      uint8_t b = *c.p;
      if (!is_ref_type_byte(b)) {
        if (const char* feature = unsupported_feature_for_type_byte(b)) return out_of_scope(c.offset(), feature);
        return malformed_at(c.offset(), "malformed reference type");
      }
      op.type = static_cast<ValType>(b);
      ++c.p;
      break;
    }

    case ImmKind::TableCopy:
    case ImmKind::TableInit:
      READ_U32(op.index);
      READ_U32(op.index2);
      break;

    case ImmKind::MemoryInit:
      READ_U32(op.index);
      READ_ZERO_BYTE();
      break;

    case ImmKind::MemoryCopy:
      READ_ZERO_BYTE();
      READ_ZERO_BYTE();
      break;
  }

  pos_ = c.offset();
  return op;
}

#undef READ_U32
#undef READ_ZERO_BYTE

}  // namespace tandem::wasm
