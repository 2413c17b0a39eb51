// The encoder's primitives against the binary format: LEB128 in shortest
// form (checked against wasm/'s decoder), float bit patterns, opcodes with
// the 0xfc prefix, section framing.
#include <gtest/gtest.h>

#include "generator/encoder.h"
#include "wasm/leb128.h"

namespace tandem::generator {
namespace {

std::vector<uint8_t> bytes_of(const Encoder& e) { return {e.bytes().begin(), e.bytes().end()}; }

TEST(Encoder, UnsignedLeb128) {
  struct Case {
    uint32_t v;
    std::vector<uint8_t> bytes;
  };
  for (const Case& c : {Case{0, {0x00}}, Case{127, {0x7f}}, Case{128, {0x80, 0x01}}, Case{624485, {0xe5, 0x8e, 0x26}},
                        Case{0xffffffff, {0xff, 0xff, 0xff, 0xff, 0x0f}}}) {
    Encoder e;
    e.u32(c.v);
    EXPECT_EQ(bytes_of(e), c.bytes) << c.v;
  }
}

TEST(Encoder, SignedLeb128) {
  struct Case {
    int64_t v;
    std::vector<uint8_t> bytes;
  };
  for (const Case& c : {Case{0, {0x00}}, Case{-1, {0x7f}}, Case{63, {0x3f}}, Case{64, {0xc0, 0x00}}, Case{-64, {0x40}},
                        Case{-65, {0xbf, 0x7f}}, Case{-123456, {0xc0, 0xbb, 0x78}}}) {
    Encoder e;
    e.s64(c.v);
    EXPECT_EQ(bytes_of(e), c.bytes) << c.v;
  }
}

// Round trips through wasm/'s reader at the widths' edges, in shortest form.
TEST(Encoder, SignedLeb128RoundTrips) {
  for (int64_t v : {int64_t{0}, int64_t{1}, int64_t{-1}, int64_t{INT32_MIN}, int64_t{INT32_MAX}, INT64_MIN, INT64_MAX,
                    int64_t{1} << 40, -(int64_t{1} << 40)}) {
    Encoder e;
    e.s64(v);
    const uint8_t* p = e.bytes().data();
    int64_t out = 0;
    ASSERT_EQ(wasm::leb128::read_s64(p, p + e.size(), out), wasm::leb128::Status::Ok);
    EXPECT_EQ(out, v);
    EXPECT_EQ(p, e.bytes().data() + e.size());
    if (v >= INT32_MIN && v <= INT32_MAX) {
      Encoder e32;
      e32.s32(static_cast<int32_t>(v));
      EXPECT_EQ(bytes_of(e32), bytes_of(e));
    }
  }
}

TEST(Encoder, FloatsOpcodesAndTypes) {
  Encoder e;
  e.f32_bits(0x7fc00001);
  e.f64_bits(0x0123456789abcdefull);
  e.opcode(wasm::Opcode::I32Add);
  e.opcode(wasm::Opcode::TableFill);  // 0xfc 17
  e.block_type_index(200);            // s33: 200 needs two bytes
  e.limits(1, std::nullopt);
  e.limits(0, 70000);
  EXPECT_EQ(bytes_of(e), (std::vector<uint8_t>{0x01, 0x00, 0xc0, 0x7f,                          //
                                               0xef, 0xcd, 0xab, 0x89, 0x67, 0x45, 0x23, 0x01,  //
                                               0x6a, 0xfc, 0x11, 0xc8, 0x01,                    //
                                               0x00, 0x01, 0x01, 0x00, 0xf0, 0xa2, 0x04}));
}

TEST(Encoder, ModuleFraming) {
  std::vector<uint8_t> out = {1, 2, 3};  // begin() replaces whatever was there
  ModuleEncoder m(out);
  m.begin();
  Encoder types;
  types.func_type(std::vector<wasm::ValType>{wasm::ValType::I32}, std::vector<wasm::ValType>{});
  m.vector_section(SectionId::Type, 1, types);
  Encoder count;
  count.u32(0);
  m.section(SectionId::DataCount, count);
  EXPECT_EQ(out, (std::vector<uint8_t>{0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,  //
                                       0x01, 0x05, 0x01, 0x60, 0x01, 0x7f, 0x00,        //
                                       0x0c, 0x01, 0x00}));
}

}  // namespace
}  // namespace tandem::generator
