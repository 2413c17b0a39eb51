// SIMD in the wasm layer: the immediates OpReader decodes, the validator's
// rules on them (lane indices, alignment, a memory), v128 wherever a value
// type goes, malformed against invalid as the spec tells them apart, and
// wasm/simd_use.h, which the native backends refuse SIMD by.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "tests/wasm/wat.h"
#include "wasm/decoder.h"
#include "wasm/op_reader.h"
#include "wasm/simd_use.h"
#include "wasm/validator.h"

namespace tandem::wasm {
namespace {

using testing::wat;

// The operators of defined function 0.
std::vector<Op> ops_of(const Module& m) {
  const Function& f = m.functions.at(0);
  OpReader reader(m.bytes, f.code_start, f.code_end);
  std::vector<Op> ops;
  while (!reader.done()) {
    Result<Op> op = reader.next();
    EXPECT_TRUE(op.ok()) << op.error().to_string();
    if (!op.ok()) break;
    ops.push_back(*op);
  }
  return ops;
}

Result<Module> decode_text(std::string_view text) { return decode_and_validate(wat(text)); }

TEST(Simd, ImmediatesDecode) {
  Result<Module> m = decode_text(R"((module (memory 1)
    (func (result v128) (local v128)
      v128.const i32x4 1 2 0x80000000 -1
      v128.const i64x2 0 0
      i8x16.shuffle 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31
      i32.const 7
      i32x4.replace_lane 3
      local.set 0
      i32.const 0
      local.get 0
      v128.load16_lane offset=6 align=2 5
      i32.const 0
      v128.load32_splat offset=3
      i16x8.extract_lane_u 7
      drop))
  )");
  ASSERT_TRUE(m.ok()) << m.error().to_string();
  std::vector<Op> ops = ops_of(*m);
  ASSERT_EQ(ops.size(), 14u);

  ASSERT_EQ(ops[0].opcode, Opcode::V128Const);
  const std::array<uint8_t, 16> first = {1, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0x80, 0xff, 0xff, 0xff, 0xff};
  EXPECT_EQ(ops[0].v128, first);
  ASSERT_EQ(ops[2].opcode, Opcode::I8X16Shuffle);
  const std::array<uint8_t, 16> lanes = {0, 17, 2, 19, 4, 21, 6, 23, 8, 25, 10, 27, 12, 29, 14, 31};
  EXPECT_EQ(ops[2].v128, lanes);
  ASSERT_EQ(ops[4].opcode, Opcode::I32X4ReplaceLane);
  EXPECT_EQ(ops[4].lane, 3);
  ASSERT_EQ(ops[8].opcode, Opcode::V128Load16Lane);
  EXPECT_EQ(ops[8].mem.offset, 6u);
  EXPECT_EQ(ops[8].mem.align_log2, 1u);
  EXPECT_EQ(ops[8].lane, 5);
  ASSERT_EQ(ops[10].opcode, Opcode::V128Load32Splat);
  EXPECT_EQ(ops[10].mem.offset, 3u);
  EXPECT_EQ(ops[10].mem.align_log2, 2u);  // the natural alignment by default
  ASSERT_EQ(ops[11].opcode, Opcode::I16X8ExtractLaneU);
  EXPECT_EQ(ops[11].lane, 7);
}

TEST(Simd, V128GoesWhereverAValueTypeGoes) {
  Result<Module> m = decode_text(R"((module
    (import "env" "g" (global $imported v128))
    (global $g (mut v128) (v128.const i64x2 0x0706050403020100 0x0f0e0d0c0b0a0908))
    (global $copy v128 (global.get $imported))
    (func (param v128 i32) (result v128) (local v128)
      (local.set 2 (block (result v128) (local.get 0)))
      (select (local.get 2) (global.get $g) (local.get 1))
      (select (result v128) (global.get $copy) (local.get 2) (local.get 1))
      (drop)))
  )");
  ASSERT_TRUE(m.ok()) << m.error().to_string();
  EXPECT_EQ(m->globals[1].type.type, ValType::V128);
  EXPECT_EQ(m->globals[1].init.kind, ConstExpr::Kind::V128);
  EXPECT_EQ(m->globals[1].init.bits, 0x0706050403020100u);
  EXPECT_EQ(m->globals[1].init.bits_hi, 0x0f0e0d0c0b0a0908u);
  EXPECT_EQ(m->functions[0].locals.at(0).type, ValType::V128);
}

// Invalid, with `fragment` in the message.
void expect_invalid(std::string_view text, std::string_view fragment) {
  Result<Module> m = decode_text(text);
  ASSERT_FALSE(m.ok()) << "accepted: " << text;
  EXPECT_EQ(m.error().kind, ErrorKind::Invalid) << m.error().to_string();
  EXPECT_NE(m.error().message.find(fragment), std::string::npos) << m.error().to_string();
}

TEST(Simd, LaneIndicesAreBelowTheLaneCount) {
  const std::string v = "(v128.const i64x2 0 0)";
  EXPECT_TRUE(decode_text("(module (func (result i32) (i8x16.extract_lane_s 15 " + v + ")))").ok());
  expect_invalid("(module (func (result i32) (i8x16.extract_lane_s 16 " + v + ")))", "invalid lane index 16");
  expect_invalid("(module (func (result i64) (i64x2.extract_lane 2 " + v + ")))", "invalid lane index 2");
  expect_invalid("(module (func (result v128) (f32x4.replace_lane 4 " + v + " (f32.const 0))))",
                 "invalid lane index 4");
  expect_invalid("(module (memory 1) (func (result v128) (v128.load64_lane 2 (i32.const 0) " + v + ")))",
                 "invalid lane index 2");
  EXPECT_TRUE(
      decode_text("(module (memory 1) (func (result v128) (v128.load64_lane 1 (i32.const 0) " + v + ")))").ok());
}

TEST(Simd, ShuffleLaneIndicesAreBelow32) {
  const std::string v = "(v128.const i64x2 0 0)";
  EXPECT_TRUE(
      decode_text("(module (func (result v128) (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 31 " + v + v + ")))")
          .ok());
  expect_invalid("(module (func (result v128) (i8x16.shuffle 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 32 " + v + v + ")))",
                 "invalid lane index 32");
}

TEST(Simd, AlignmentIsAtMostNaturalAndAMemoryIsNeeded) {
  const std::string v = "(v128.const i64x2 0 0)";
  EXPECT_TRUE(decode_text("(module (memory 1) (func (result v128) (v128.load align=16 (i32.const 0))))").ok());
  expect_invalid("(module (memory 1) (func (result v128) (v128.load align=32 (i32.const 0))))",
                 "alignment must not be larger than natural");
  expect_invalid("(module (memory 1) (func (result v128) (v128.load8x8_s align=16 (i32.const 0))))",
                 "alignment must not be larger than natural");
  expect_invalid("(module (memory 1) (func (v128.store8_lane align=2 0 (i32.const 0) " + v + ")))",
                 "alignment must not be larger than natural");
  expect_invalid("(module (func (result v128) (v128.load32_zero (i32.const 0))))", "unknown memory 0");
}

TEST(Simd, OperandsAreTyped) {
  expect_invalid("(module (func (result v128) (i32x4.add (v128.const i64x2 0 0) (i32.const 0))))",
                 "type mismatch: expected v128, found i32");
  expect_invalid("(module (func (result v128) (i8x16.shl (v128.const i64x2 0 0) (i64.const 0))))",
                 "type mismatch: expected i32, found i64");
  // A v128 global's initializer is a v128 constant.
  expect_invalid("(module (global v128 (i64.const 0)))", "type mismatch");
}

TEST(Simd, TruncatedImmediatesAreMalformed) {
  // v128.const with 15 of its 16 bytes, where the body ends.
  std::vector<uint8_t> body = {0x00, 0xfd, 0x0c};  // no locals, v128.const
  body.insert(body.end(), 15, 0x00);
  std::vector<uint8_t> module = {0x00, 0x61,
                                 0x73, 0x6d,
                                 0x01, 0x00,
                                 0x00, 0x00,  // header
                                 0x01, 0x04,
                                 0x01, 0x60,
                                 0x00, 0x00,  // type () -> ()
                                 0x03, 0x02,
                                 0x01, 0x00,  // func 0: type 0
                                 0x0a, static_cast<uint8_t>(body.size() + 2),
                                 0x01, static_cast<uint8_t>(body.size())};
  module.insert(module.end(), body.begin(), body.end());
  Result<Module> m = decode_and_validate(module);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().kind, ErrorKind::Malformed) << m.error().to_string();
  EXPECT_EQ(m.error().message, "unexpected end of section or function");

  // An unknown SIMD sub-opcode is malformed too.
  body = {0x00, 0xfd, 0xa2, 0x01, 0x0b};  // 0xa2: free in the proposal
  module.resize(18);
  module.insert(module.end(), {0x0a, static_cast<uint8_t>(body.size() + 2), 0x01, static_cast<uint8_t>(body.size())});
  module.insert(module.end(), body.begin(), body.end());
  m = decode_and_validate(module);
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().kind, ErrorKind::Malformed) << m.error().to_string();
}

TEST(SimdUse, FindsEveryKindOfUse) {
  struct Case {
    const char* wat;
    bool declarations;  // refused by refuse_simd_declarations, else by function 0's check
  };
  const Case uses[] = {
      {"(module (func (param v128)))", true},
      {"(module (func (result v128) (v128.const i64x2 0 0)))", true},
      {"(module (global v128 (v128.const i64x2 0 0)))", true},
      {"(module (import \"m\" \"g\" (global v128)))", true},
      {"(module (func (local v128)))", false},
      {"(module (func (drop (i32x4.splat (i32.const 0)))))", false},
      {"(module (func (result i32) (block (result v128) unreachable) drop (i32.const 0)))", false},
      {"(module (func unreachable i32x4.extadd_pairwise_i16x8_u drop))", false},
      {"(module (func (result i32) unreachable (select (result v128)) drop (i32.const 0)))", false},
  };
  for (const Case& c : uses) {
    Result<Module> m = decode_text(c.wat);
    ASSERT_TRUE(m.ok()) << c.wat << ": " << m.error().to_string();
    Status declared = refuse_simd_declarations(*m);
    Status used = m->functions.empty() ? Status{} : refuse_simd_function(*m, m->num_imported_funcs);
    const Status& refused = c.declarations ? declared : used;
    ASSERT_FALSE(refused.ok()) << c.wat;
    EXPECT_EQ(refused.error().kind, ErrorKind::Unsupported) << c.wat;
    EXPECT_TRUE(refused.error().message.starts_with("unsupported feature: simd (")) << refused.error().to_string();
    if (!c.declarations) EXPECT_TRUE(declared.ok()) << c.wat;
  }
  // A function that only calls one taking a v128 uses SIMD too; one that
  // touches nothing of it does not, beside a v128 global.
  Result<Module> m = decode_text(R"((module
    (global $g v128 (v128.const i64x2 0 0))
    (func $takes (param v128))
    (func $calls (call $takes (global.get $g)))
    (func $clean (result i32) (i32.const 1))))");
  ASSERT_TRUE(m.ok()) << m.error().to_string();
  EXPECT_FALSE(refuse_simd_function(*m, 1).ok());
  EXPECT_TRUE(refuse_simd_function(*m, 2).ok());
  Result<Module> plain = decode_text("(module (memory 1) (func (result i64) (i64.load (i32.const 0))))");
  ASSERT_TRUE(plain.ok());
  EXPECT_TRUE(refuse_simd_declarations(*plain).ok());
  EXPECT_TRUE(refuse_simd_function(*plain, 0).ok());
}

}  // namespace
}  // namespace tandem::wasm
