#include "oracle/engines/validator_engine.h"

#include <gtest/gtest.h>

#include "oracle/engines/engine_factory.h"
#include "oracle/engines/text_format.h"

namespace tandem::oracle {
namespace {

using Status_ = InstantiateResult::Status;

std::vector<uint8_t> wat(std::string_view text) {
  Result<std::vector<uint8_t>> bytes = wat_to_wasm(text);
  EXPECT_TRUE(bytes.ok()) << (bytes.ok() ? "" : bytes.error().to_string());
  return bytes.ok() ? std::move(*bytes) : std::vector<uint8_t>{};
}

TEST(ValidatorEngineTest, AcceptsValidModulesWithoutLinkingThem) {
  HostEnv host = HostEnv::empty();
  ValidatorEngine engine(&host);
  EXPECT_EQ(engine.name(), "validator");
  // Nothing provides this import; the validator does not link, so it is accepted.
  InstantiateResult r = engine.instantiate(wat(R"((module (import "nowhere" "f" (func)) (func (export "g"))))"));
  EXPECT_EQ(r.status, Status_::Ok) << r.message;
  EXPECT_EQ(r.id, 0u);
  EXPECT_EQ(engine.instantiate(wat("(module)")).id, 1u);
  EXPECT_TRUE(engine.register_instance(1, "M").ok());
  EXPECT_FALSE(engine.register_instance(2, "M").ok());
}

TEST(ValidatorEngineTest, RejectionsKeepTheValidatorsVerdict) {
  HostEnv host = HostEnv::empty();
  ValidatorEngine engine(&host);
  const uint8_t truncated[] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00};
  EXPECT_EQ(engine.instantiate(truncated).status, Status_::Malformed);
  InstantiateResult r = engine.instantiate(wat("(module (func (result i32) (i64.const 0)))"));
  EXPECT_EQ(r.status, Status_::Invalid);
  EXPECT_FALSE(r.message.empty());
  // SIMD is the validator's to judge like the rest.
  EXPECT_EQ(engine.instantiate(wat("(module (func (result v128) (v128.const i64x2 0 0)))")).status, Status_::Ok);
  EXPECT_EQ(
      engine.instantiate(wat("(module (func (result i32) (i32x4.extract_lane 4 (v128.const i64x2 0 0))))")).status,
      Status_::Invalid);
}

TEST(ValidatorEngineTest, RunsNoCode) {
  HostEnv host = HostEnv::empty();
  ValidatorEngine engine(&host);
  InstantiateResult r = engine.instantiate(wat(R"((module (global (export "g") i32 (i32.const 1))
                                                   (memory (export "m") 1) (func (export "f"))))"));
  ASSERT_EQ(r.status, Status_::Ok);
  Result<Outcome> o = engine.invoke(r.id, "f", {});
  ASSERT_FALSE(o.ok());
  EXPECT_EQ(o.error().kind, ErrorKind::Unsupported);
  EXPECT_FALSE(engine.read_global(r.id, "g").ok());
  EXPECT_FALSE(engine.read_memory(r.id, "m").ok());
  engine.reset();
  EXPECT_FALSE(engine.register_instance(r.id, "M").ok());
}

TEST(ValidatorEngineTest, IsRegisteredAsAVoiceThatRunsNoCode) {
  const EngineTraits* traits = find_engine("validator");
  ASSERT_NE(traits, nullptr);
  EXPECT_FALSE(traits->runs_code);
  HostEnv host = HostEnv::spectest();
  Result<std::unique_ptr<Engine>> engine = make_engine("validator", &host);
  ASSERT_TRUE(engine.ok());
  EXPECT_EQ((*engine)->name(), "validator");
}

}  // namespace
}  // namespace tandem::oracle
