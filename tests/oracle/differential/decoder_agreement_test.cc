// The front-end comparison of the decode_validate fuzz target: modules on
// which tandem and wabt must agree, modules of a known wabt deviation (each
// named), the inputs kept from wabt because it would abort, and verdicts
// that no deviation explains, which must be reported.
#include "oracle/differential/decoder_agreement.h"

#include <gtest/gtest.h>

#include <string>

#include "oracle/differential/wabt_deviations.h"
#include "tests/wasm/binary_builder.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

using wasm::testing::Bytes;
using wasm::testing::ModuleBuilder;
using Kind = DecoderAgreement::Kind;

TEST(DecoderAgreement, BothAcceptAValidModule) {
  ModuleBuilder b;
  b.void_funcs(1);
  b.code({{0x00, 0x0b}});
  DecoderAgreement a = compare_decoders(b.bytes());
  EXPECT_EQ(a.kind, Kind::Agree);
  EXPECT_EQ(a.deviation, nullptr);
}

TEST(DecoderAgreement, BothRejectATypeMismatch) {
  // () -> () whose body leaves an i32 on the stack.
  ModuleBuilder b;
  b.void_funcs(1);
  b.code({{0x00, 0x41, 0x01, 0x0b}});
  ASSERT_FALSE(wasm::decode_and_validate(b.bytes()).ok());
  EXPECT_FALSE(wabt_verdict(b.bytes()).valid);
  EXPECT_EQ(compare_decoders(b.bytes()).kind, Kind::Agree);
}

TEST(DecoderAgreement, BothRejectATruncatedHeader) {
  Bytes bytes{0x00, 0x61, 0x73, 0x6d, 0x01};
  EXPECT_EQ(compare_decoders(bytes).kind, Kind::Agree);
}

TEST(DecoderAgreement, DataCountWithoutDataSectionIsAKnownDeviation) {
  // The spec takes the missing data section as empty, which a count of 1
  // contradicts; wabt compares only when a data section is present.
  ModuleBuilder b;
  b.section(5, {0x01, 0x00, 0x01});  // one memory
  b.section(12, {0x01});             // data count 1
  ASSERT_FALSE(wasm::decode_and_validate(b.bytes()).ok());
  ASSERT_TRUE(wabt_verdict(b.bytes()).valid);
  DecoderAgreement a = compare_decoders(b.bytes());
  EXPECT_EQ(a.kind, Kind::KnownDeviation);
  EXPECT_EQ(std::string(a.deviation), "data count without a data section");
}

TEST(DecoderAgreement, FunctionFrameLeftOpenIsAKnownDeviation) {
  // (func block end): the body's last `end` closes the block.
  ModuleBuilder b;
  b.void_funcs(1);
  b.code({{0x00, 0x02, 0x40, 0x0b}});
  DecoderAgreement a = compare_decoders(b.bytes());
  EXPECT_EQ(a.kind, Kind::KnownDeviation);
  EXPECT_EQ(std::string(a.deviation), "function frame left open");
}

TEST(DecoderAgreement, PaddedTypeEncodingIsAKnownDeviation) {
  // A global of type i32 written as the two-byte LEB128 0xff 0x7f.
  ModuleBuilder b;
  b.section(6, {0x01, 0xff, 0x7f, 0x00, 0x41, 0x00, 0x0b});
  DecoderAgreement a = compare_decoders(b.bytes());
  EXPECT_EQ(a.kind, Kind::KnownDeviation);
  EXPECT_EQ(std::string(a.deviation), "padded type encoding");
}

TEST(DecoderAgreement, ABlockInAConstantExpressionIsKeptFromWabt) {
  // A global initializer holding `block end`: wabt's IR builder would abort.
  ModuleBuilder b;
  b.section(6, {0x01, 0x7f, 0x00, 0x02, 0x40, 0x0b, 0x41, 0x00, 0x0b});
  ASSERT_TRUE(wabt_would_abort(b.bytes()));
  EXPECT_EQ(compare_decoders(b.bytes()).kind, Kind::WabtNotAsked);
}

TEST(DecoderAgreement, AValidModuleIsNeverKeptFromWabt) {
  ModuleBuilder b;
  b.section(6, {0x01, 0x7f, 0x00, 0x41, 0x07, 0x0b});
  EXPECT_FALSE(wabt_would_abort(b.bytes()));
  EXPECT_EQ(compare_decoders(b.bytes()).kind, Kind::Agree);
}

TEST(DecoderAgreement, AnUnexplainedRejectionIsADisagreement) {
  // tandem's real rejection (a type mismatch) against a wabt that, here,
  // says valid: no deviation covers a type mismatch in a body.
  ModuleBuilder b;
  b.void_funcs(1);
  b.code({{0x00, 0x41, 0x01, 0x0b}});
  Result<wasm::Module> ours = wasm::decode_and_validate(b.bytes());
  ASSERT_FALSE(ours.ok());
  WabtVerdict accepting;
  accepting.valid = true;
  EXPECT_EQ(known_wabt_deviation(b.bytes(), ours, accepting), nullptr);
  DecoderAgreement a = compare_verdicts(b.bytes(), ours, accepting);
  EXPECT_EQ(a.kind, Kind::Disagree);
  EXPECT_NE(a.report.find("tandem: rejected"), std::string::npos) << a.report;
  EXPECT_NE(a.report.find("wabt:   valid"), std::string::npos) << a.report;
}

TEST(DecoderAgreement, AnUnexplainedAcceptanceIsADisagreement) {
  // A valid module that wabt, here, rejects: only a global.get element item
  // would explain that, and this module has none.
  ModuleBuilder b;
  b.void_funcs(1);
  b.code({{0x00, 0x0b}});
  Result<wasm::Module> ours = wasm::decode_and_validate(b.bytes());
  ASSERT_TRUE(ours.ok());
  EXPECT_EQ(compare_verdicts(b.bytes(), ours, WabtVerdict{}).kind, Kind::Disagree);
}

}  // namespace
}  // namespace tandem::oracle
