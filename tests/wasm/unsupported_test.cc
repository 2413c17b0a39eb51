// Modules of proposals outside the feature scope are refused with an error
// that names the proposal and points at the byte where it was met. Its kind
// is what the WebAssembly 2.0 specification says (wasm/out_of_scope.h): the
// later proposals are malformed or invalid to 2.0. (SIMD, part of 2.0, is in
// the scope: tests/wasm/simd_test.cc.)
#include <gtest/gtest.h>

#include <string>

#include "tests/wasm/wat.h"
#include "wasm/decoder.h"
#include "wasm/validator.h"

namespace tandem::wasm {
namespace {

struct Case {
  const char* wat;
  const char* feature;
  uint8_t byte_at_offset;  // what the error's offset points at
  ErrorKind kind = ErrorKind::Malformed;
};

const Case kCases[] = {
    {"(module (func (drop (i16x8.relaxed_q15mulr_s (v128.const i64x2 0 0) (v128.const i64x2 0 0)))))", "relaxed simd",
     0xfd},
    {"(module (memory 1 1 shared))", "threads", 0x03},
    {"(module (memory 1) (func (drop (i32.atomic.load (i32.const 0)))))", "threads", 0xfe},
    {"(module (func $f return_call $f))", "tail calls", 0x12},
    {"(module (type $t (func)) (table 1 funcref) (func return_call_indirect (type $t) (i32.const 0)))", "tail calls",
     0x13},
    {"(module (func try catch_all end))", "exception handling", 0x06},
    {"(module (tag $e))", "exception handling", 0x0d},
    {"(module (func throw 0) (tag))", "exception handling", 0x0d},
    {"(module (memory i64 1))", "memory64", 0x04},
    {"(module (global i32 (i32.add (i32.const 1) (i32.const 2))))", "extended-const", 0x41, ErrorKind::Invalid},
};

TEST(Unsupported, ProposalsOutsideTheScopeAreNamed) {
  for (const Case& c : kCases) {
    std::vector<uint8_t> bytes = testing::wat(c.wat);
    ASSERT_FALSE(bytes.empty()) << c.wat;
    Result<Module> m = decode_and_validate(bytes);
    ASSERT_FALSE(m.ok()) << "accepted: " << c.wat;
    const Error& e = m.error();
    EXPECT_EQ(e.kind, c.kind) << c.wat << ": " << e.to_string();
    EXPECT_EQ(e.message, std::string("unsupported feature: ") + c.feature) << c.wat;
    ASSERT_TRUE(e.offset.has_value()) << c.wat;
    ASSERT_LT(*e.offset, bytes.size()) << c.wat;
    EXPECT_EQ(bytes[*e.offset], c.byte_at_offset) << c.wat << ": " << e.to_string();
  }
}

TEST(Unsupported, MultipleMemoriesAreInvalidAsInTheSpecRevision) {
  // The testsuite calls a second memory invalid ("multiple memories"), so
  // that is what the validator says, rather than naming multi-memory.
  Result<Module> m = decode_and_validate(testing::wat("(module (memory 1) (memory 1))"));
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.error().kind, ErrorKind::Invalid);
  EXPECT_EQ(m.error().message, "multiple memories");
}

}  // namespace
}  // namespace tandem::wasm
