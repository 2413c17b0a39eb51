#include "wasm/op_reader.h"

#include <gtest/gtest.h>

#include <vector>

#include "tests/wasm/binary_builder.h"

namespace tandem::wasm {
namespace {

using testing::Bytes;

// Every operator of a body, which must decode without error.
std::vector<Op> read_all(const Bytes& body) {
  OpReader reader(body, 0, static_cast<uint32_t>(body.size()));
  std::vector<Op> ops;
  while (!reader.done()) {
    Result<Op> op = reader.next();
    EXPECT_TRUE(op.ok()) << op.error().to_string();
    if (!op.ok()) break;
    Op copy = *op;
    copy.br_targets = {};  // only valid until the next call
    ops.push_back(copy);
  }
  return ops;
}

// The error of the first operator of `body` that fails to decode.
Error first_error(const Bytes& body, uint32_t start = 0) {
  OpReader reader(body, start, static_cast<uint32_t>(body.size()));
  while (!reader.done()) {
    Result<Op> op = reader.next();
    if (!op.ok()) return op.error();
  }
  ADD_FAILURE() << "body decoded without error";
  return {};
}

TEST(OpReader, ConstantsAndOffsets) {
  Bytes body = {0x41, 0x7f,                                                        // i32.const -1
                0x42, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f,  // i64.const INT64_MIN
                0x43, 0x00, 0x00, 0xc0, 0x7f,                                      // f32.const nan
                0x44, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xf0, 0x3f,              // f64.const 1.0
                0x0b};
  std::vector<Op> ops = read_all(body);
  ASSERT_EQ(ops.size(), 5u);
  EXPECT_EQ(ops[0].opcode, Opcode::I32Const);
  EXPECT_EQ(ops[0].i32(), -1);
  EXPECT_EQ(ops[0].bits, 0xffffffffu);  // zero-extended
  EXPECT_EQ(ops[0].offset, 0u);
  EXPECT_EQ(ops[1].opcode, Opcode::I64Const);
  EXPECT_EQ(ops[1].i64(), INT64_MIN);
  EXPECT_EQ(ops[1].offset, 2u);
  EXPECT_EQ(ops[2].bits, 0x7fc00000u);
  EXPECT_EQ(ops[2].offset, 13u);
  EXPECT_EQ(ops[3].bits, 0x3ff0000000000000u);
  EXPECT_EQ(ops[4].opcode, Opcode::End);
  EXPECT_EQ(ops[4].offset, 27u);
}

TEST(OpReader, BlockTypes) {
  Bytes body = {0x02, 0x40,        // block
                0x03, 0x7e,        // loop (result i64)
                0x04, 0x6f,        // if (result externref)
                0x02, 0x00,        // block (type 0)
                0x02, 0x81, 0x01,  // block (type 129)
                0x0b};
  std::vector<Op> ops = read_all(body);
  ASSERT_EQ(ops.size(), 6u);
  EXPECT_EQ(ops[0].block.kind, BlockType::Kind::Empty);
  EXPECT_EQ(ops[1].opcode, Opcode::Loop);
  EXPECT_EQ(ops[1].block.kind, BlockType::Kind::Value);
  EXPECT_EQ(ops[1].block.value, ValType::I64);
  EXPECT_EQ(ops[2].block.value, ValType::ExternRef);
  EXPECT_EQ(ops[3].block.kind, BlockType::Kind::TypeIndex);
  EXPECT_EQ(ops[3].block.type_index, 0u);
  EXPECT_EQ(ops[4].block.type_index, 129u);
}

TEST(OpReader, NegativeBlockTypeThatIsNoTypeIsMalformed) {
  Error e = first_error({0x02, 0x60, 0x0b});
  EXPECT_EQ(e.kind, ErrorKind::Malformed);
  EXPECT_EQ(e.offset, 1u);
  // Nor is a padded encoding of a value type's byte (wabt 1.0.32 takes
  // 0xff 0x7f for i32; the decode_validate fuzz target skips that class).
  Error padded = first_error({0x02, 0xff, 0x7f, 0x00, 0x0b});
  EXPECT_EQ(padded.kind, ErrorKind::Malformed);
  EXPECT_EQ(padded.message, "malformed block type");
}

TEST(OpReader, BrTableTargetsAndReuse) {
  Bytes body = {0x0e, 0x02, 0x00, 0x01, 0x02,  // br_table 0 1 2
                0x0e, 0x00, 0x05,              // br_table 5
                0x0b};
  OpReader reader(body, 0, static_cast<uint32_t>(body.size()));
  Result<Op> first = reader.next();
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first->opcode, Opcode::BrTable);
  EXPECT_EQ(std::vector<uint32_t>(first->br_targets.begin(), first->br_targets.end()),
            (std::vector<uint32_t>{0, 1, 2}));
  EXPECT_EQ(first->index, 2u);  // the default
  Result<Op> second = reader.next();
  ASSERT_TRUE(second.ok());
  EXPECT_EQ(std::vector<uint32_t>(second->br_targets.begin(), second->br_targets.end()), (std::vector<uint32_t>{5}));
  EXPECT_EQ(second->offset, 5u);
}

TEST(OpReader, BrTableCountBeyondTheBodyIsMalformedBeforeAllocating) {
  Error e = first_error({0x0e, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x00, 0x0b});
  EXPECT_EQ(e.kind, ErrorKind::Malformed);
  EXPECT_EQ(e.offset, 1u);
}

TEST(OpReader, IndexImmediates) {
  Bytes body = {0x20, 0x03,        // local.get 3
                0x24, 0x80, 0x01,  // global.set 128
                0x10, 0x07,        // call 7
                0x11, 0x02, 0x01,  // call_indirect (type 2) table 1
                0x0c, 0x04,        // br 4
                0x25, 0x02,        // table.get 2
                0xd2, 0x09,        // ref.func 9
                0x0b};
  std::vector<Op> ops = read_all(body);
  ASSERT_EQ(ops.size(), 8u);
  EXPECT_EQ(ops[0].index, 3u);
  EXPECT_EQ(ops[1].index, 128u);
  EXPECT_EQ(ops[2].index, 7u);
  EXPECT_EQ(ops[3].opcode, Opcode::CallIndirect);
  EXPECT_EQ(ops[3].index, 2u);
  EXPECT_EQ(ops[3].index2, 1u);
  EXPECT_EQ(ops[4].index, 4u);
  EXPECT_EQ(ops[5].index, 2u);
  EXPECT_EQ(ops[6].opcode, Opcode::RefFunc);
  EXPECT_EQ(ops[6].index, 9u);
}

TEST(OpReader, MemArgAndMemoryIndices) {
  Bytes body = {0x28, 0x02, 0x10,                          // i32.load align=4 offset=16
                0x37, 0x03, 0xff, 0xff, 0xff, 0xff, 0x0f,  // i64.store offset=0xffffffff
                0x3f, 0x00,                                // memory.size
                0x40, 0x00,                                // memory.grow
                0x0b};
  std::vector<Op> ops = read_all(body);
  ASSERT_EQ(ops.size(), 5u);
  EXPECT_EQ(ops[0].mem.align_log2, 2u);
  EXPECT_EQ(ops[0].mem.offset, 16u);
  EXPECT_EQ(ops[1].mem.offset, 0xffffffffu);
  EXPECT_EQ(ops[2].opcode, Opcode::MemorySize);
  EXPECT_EQ(ops[3].opcode, Opcode::MemoryGrow);
}

TEST(OpReader, ReservedMemoryByteMustBeZero) {
  Error e = first_error({0x3f, 0x01, 0x0b});
  EXPECT_EQ(e.kind, ErrorKind::Malformed);
  EXPECT_EQ(e.message, "zero byte expected");
  EXPECT_EQ(e.offset, 1u);
  // A padded LEB128 zero is not the zero byte either (binary.wast).
  EXPECT_EQ(first_error({0x40, 0x80, 0x00, 0x0b}).message, "zero byte expected");
  EXPECT_EQ(first_error({0xfc, 0x0a, 0x00, 0x01, 0x0b}).message, "zero byte expected");
}

TEST(OpReader, MiscPrefixOperators) {
  Bytes body = {0xfc, 0x00,              // i32.trunc_sat_f32_s
                0xfc, 0x80, 0x00,        // the same, sub-opcode padded
                0xfc, 0x08, 0x05, 0x00,  // memory.init 5
                0xfc, 0x09, 0x06,        // data.drop 6
                0xfc, 0x0a, 0x00, 0x00,  // memory.copy
                0xfc, 0x0b, 0x00,        // memory.fill
                0xfc, 0x0c, 0x02, 0x01,  // table.init 1 2 (elem 2, table 1)
                0xfc, 0x0d, 0x03,        // elem.drop 3
                0xfc, 0x0e, 0x01, 0x02,  // table.copy 1 2 (dst 1, src 2)
                0xfc, 0x0f, 0x03,        // table.grow 3
                0xfc, 0x10, 0x04,        // table.size 4
                0xfc, 0x11, 0x05,        // table.fill 5
                0x0b};
  std::vector<Op> ops = read_all(body);
  ASSERT_EQ(ops.size(), 13u);
  EXPECT_EQ(ops[0].opcode, Opcode::I32TruncSatF32S);
  EXPECT_EQ(ops[1].opcode, Opcode::I32TruncSatF32S);
  EXPECT_EQ(ops[2].opcode, Opcode::MemoryInit);
  EXPECT_EQ(ops[2].index, 5u);
  EXPECT_EQ(ops[3].opcode, Opcode::DataDrop);
  EXPECT_EQ(ops[3].index, 6u);
  EXPECT_EQ(ops[4].opcode, Opcode::MemoryCopy);
  EXPECT_EQ(ops[5].opcode, Opcode::MemoryFill);
  EXPECT_EQ(ops[6].opcode, Opcode::TableInit);
  EXPECT_EQ(ops[6].index, 2u);
  EXPECT_EQ(ops[6].index2, 1u);
  EXPECT_EQ(ops[7].index, 3u);
  EXPECT_EQ(ops[8].opcode, Opcode::TableCopy);
  EXPECT_EQ(ops[8].index, 1u);
  EXPECT_EQ(ops[8].index2, 2u);
  EXPECT_EQ(ops[9].opcode, Opcode::TableGrow);
  EXPECT_EQ(ops[10].opcode, Opcode::TableSize);
  EXPECT_EQ(ops[11].opcode, Opcode::TableFill);
  EXPECT_EQ(ops[11].index, 5u);
}

TEST(OpReader, TypedSelectAndRefNull) {
  std::vector<Op> ops = read_all({0x1c, 0x01, 0x70, 0xd0, 0x6f, 0x0b});
  ASSERT_EQ(ops.size(), 3u);
  EXPECT_EQ(ops[0].opcode, Opcode::SelectT);
  EXPECT_EQ(ops[0].type, ValType::FuncRef);
  EXPECT_EQ(ops[1].opcode, Opcode::RefNull);
  EXPECT_EQ(ops[1].type, ValType::ExternRef);

  Error arity = first_error({0x1c, 0x02, 0x7f, 0x7f, 0x0b});
  EXPECT_EQ(arity.kind, ErrorKind::Invalid);
  EXPECT_EQ(arity.message, "invalid result arity");
  // No type at all is not the untyped select either (wabt 1.0.32 reads it as
  // one; the decode_validate fuzz target skips that class).
  Error none = first_error({0x1c, 0x00, 0x0b});
  EXPECT_EQ(none.kind, ErrorKind::Invalid);
  EXPECT_EQ(none.message, "invalid result arity");
  EXPECT_EQ(none.offset, 1u);
  Error not_ref = first_error({0xd0, 0x7f, 0x0b});
  EXPECT_EQ(not_ref.kind, ErrorKind::Malformed);
  EXPECT_EQ(not_ref.message, "malformed reference type");
  EXPECT_EQ(not_ref.offset, 1u);
}

TEST(OpReader, IllegalOpcodes) {
  Error single = first_error({0x01, 0xff});
  EXPECT_EQ(single.kind, ErrorKind::Malformed);
  EXPECT_EQ(single.offset, 1u);
  Error misc = first_error({0xfc, 0x12});
  EXPECT_EQ(misc.kind, ErrorKind::Malformed);
  EXPECT_EQ(misc.offset, 0u);
  // Bytes that are free in every proposal too.
  EXPECT_EQ(first_error({0x27}).kind, ErrorKind::Malformed);
  EXPECT_EQ(first_error({0xc5}).kind, ErrorKind::Malformed);
}

TEST(OpReader, OperatorsOfOtherProposalsAreRefusedByName) {
  struct Case {
    Bytes body;
    const char* message;
  };
  // Illegal opcodes to WebAssembly 2.0 (Malformed).
  const Case cases[] = {
      {{0x01, 0xfd, 0x80, 0x02}, "unsupported feature: relaxed simd"},  // 0x100: i8x16.relaxed_swizzle
      {{0x01, 0xfe, 0x00}, "unsupported feature: threads"},
      {{0x01, 0x12, 0x00}, "unsupported feature: tail calls"},
      {{0x01, 0x06, 0x40}, "unsupported feature: exception handling"},
      {{0x01, 0xfb, 0x00}, "unsupported feature: gc"},
      {{0x01, 0x14}, "unsupported feature: function references"},
  };
  for (const Case& c : cases) {
    Error e = first_error(c.body);
    EXPECT_EQ(e.kind, ErrorKind::Malformed) << c.message;
    EXPECT_EQ(e.message, c.message);
    EXPECT_EQ(e.offset, 1u) << c.message;
  }
  Error unknown_simd = first_error({0x01, 0xfd, 0x9a, 0x01});  // 0x9a: a gap in the SIMD opcodes
  EXPECT_EQ(unknown_simd.kind, ErrorKind::Malformed);
  EXPECT_EQ(unknown_simd.message, "illegal opcode 0xfd 154");
  Error multi_memory = first_error({0x28, 0x42, 0x01, 0x00});  // memarg flag 0x40: a memory index follows
  EXPECT_EQ(multi_memory.kind, ErrorKind::Invalid);            // 2.0: an alignment beyond the natural one
  EXPECT_EQ(multi_memory.message, "unsupported feature: multi-memory");
  EXPECT_EQ(multi_memory.offset, 1u);
}

TEST(OpReader, TruncatedImmediates) {
  for (const Bytes& body :
       {Bytes{0x41}, Bytes{0x41, 0x80}, Bytes{0x43, 0x00, 0x00}, Bytes{0x44, 0, 0, 0, 0, 0, 0, 0}, Bytes{0x28, 0x02},
        Bytes{0x0e, 0x01, 0x00}, Bytes{0xfc}, Bytes{0x02}, Bytes{0x3f}, Bytes{0xfd},
        Bytes{0xfd, 0x0c, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},  // v128.const: 15 of 16 bytes
        Bytes{0xfd, 0x0d, 0, 1, 2}, Bytes{0xfd, 0x15}, Bytes{0xfd, 0x54, 0x00, 0x00}}) {
    Error e = first_error(body);
    EXPECT_EQ(e.kind, ErrorKind::Malformed);
    EXPECT_EQ(e.message, "unexpected end of section or function");
  }
}

TEST(OpReader, BadLeb128InImmediates) {
  Error too_long = first_error({0x41, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00});
  EXPECT_EQ(too_long.message, "integer representation too long");
  EXPECT_EQ(too_long.offset, 1u);
  Error too_large = first_error({0x20, 0xff, 0xff, 0xff, 0xff, 0x1f});
  EXPECT_EQ(too_large.message, "integer too large");
}

TEST(OpReader, NeverReadsPastTheRange) {
  // The i32.const's immediate continues past code_end in the buffer: the
  // reader must stop at the range's end, not the buffer's.
  Bytes bytes = {0x0b, 0x41, 0x80, 0x01, 0x0b};
  OpReader reader(bytes, 1, 3);
  Result<Op> op = reader.next();
  ASSERT_FALSE(op.ok());
  EXPECT_EQ(op.error().message, "unexpected end of section or function");

  OpReader empty(bytes, 2, 2);
  EXPECT_TRUE(empty.done());
  EXPECT_FALSE(empty.next().ok());
}

TEST(OpReader, OffsetsAreRelativeToTheModule) {
  Bytes bytes = {0xaa, 0xaa, 0xaa, 0x01, 0x20, 0x00, 0x0b};
  OpReader reader(bytes, 3, static_cast<uint32_t>(bytes.size()));
  EXPECT_EQ(reader.position(), 3u);
  EXPECT_EQ(reader.next()->offset, 3u);
  EXPECT_EQ(reader.next()->offset, 4u);
  EXPECT_EQ(reader.position(), 6u);
  EXPECT_EQ(reader.next()->opcode, Opcode::End);
  EXPECT_TRUE(reader.done());
}

TEST(OpReader, EveryOperatorOfTheTableDecodes) {
  // One instance of each operator with minimal immediates: the decoder and
  // the table agree on which bytes are operators.
  for (const OpInfo& info : all_ops()) {
    Bytes body;
    if (info.prefix) {
      body = {info.prefix};
      Bytes sub = testing::uleb(info.code);
      body.insert(body.end(), sub.begin(), sub.end());
    } else {
      body = {static_cast<uint8_t>(info.code)};
    }
    switch (info.imm) {
      case ImmKind::None: break;
      case ImmKind::BlockType: body.push_back(0x40); break;
      case ImmKind::BrTable: body.insert(body.end(), {0x01, 0x00, 0x00}); break;
      case ImmKind::CallIndirect:
      case ImmKind::TableCopy:
      case ImmKind::TableInit:
      case ImmKind::MemArg:
      case ImmKind::MemoryInit:
      case ImmKind::MemoryCopy: body.insert(body.end(), {0x00, 0x00}); break;
      case ImmKind::F32: body.insert(body.end(), 4, 0x00); break;
      case ImmKind::F64: body.insert(body.end(), 8, 0x00); break;
      case ImmKind::SelectT: body.insert(body.end(), {0x01, 0x7f}); break;
      case ImmKind::RefType: body.push_back(0x70); break;
      case ImmKind::V128Const:
      case ImmKind::Shuffle: body.insert(body.end(), 16, 0x00); break;
      case ImmKind::MemArgLane: body.insert(body.end(), {0x00, 0x00, 0x00}); break;
      default: body.push_back(0x00); break;
    }
    OpReader reader(body, 0, static_cast<uint32_t>(body.size()));
    Result<Op> op = reader.next();
    ASSERT_TRUE(op.ok()) << info.text << ": " << op.error().to_string();
    EXPECT_EQ(op->opcode, info.opcode) << info.text;
    EXPECT_TRUE(reader.done()) << info.text << " left bytes unread";
  }
}

}  // namespace
}  // namespace tandem::wasm
