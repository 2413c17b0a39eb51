// Implementation limits (wasm/limits.def) across engines: a module past one
// is refused alike by every engine and is no finding of the oracle, and
// tables and memories stop growing at the same size on every engine, the
// interpreter included.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "oracle/differential/differential.h"
#include "oracle/engines/engine_factory.h"
#include "oracle/engines/text_format.h"
#include "tests/wasm/binary_builder.h"

namespace tandem::oracle {
namespace {

using Status_ = InstantiateResult::Status;
using wasm::testing::Bytes;
using wasm::testing::ModuleBuilder;

constexpr const char* kMinusOne = "returned (i32:4294967295 (-1))";

// Exports f, of type () -> (), which declares 4,294,967,295 i32 locals.
Bytes four_billion_locals() {
  ModuleBuilder b;
  b.void_funcs(1);
  b.section(7, {0x01, 0x01, 'f', 0x00, 0x00});
  b.code({{0x01, 0xff, 0xff, 0xff, 0xff, 0x0f, 0x7f, 0x0b}});
  return b.bytes();
}

std::vector<uint8_t> wat(std::string_view text) {
  Result<std::vector<uint8_t>> bytes = wat_to_wasm(text);
  EXPECT_TRUE(bytes.ok()) << (bytes.ok() ? "" : bytes.error().to_string());
  return bytes.ok() ? std::move(*bytes) : std::vector<uint8_t>{};
}

DiffVerdict diff(const DiffOptions& options, std::vector<uint8_t> wasm, std::vector<DiffCall> calls) {
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(options);
  EXPECT_TRUE(oracle.ok()) << oracle.error().to_string();
  if (!oracle.ok()) return {};
  return (*oracle)->run(DiffCase{std::move(wasm), std::move(calls)});
}

// Every engine's outcome of call `i` of the case is `expected`.
void expect_everywhere(const DiffVerdict& v, size_t i, const std::string& expected) {
  ASSERT_LT(i + 1, v.transcript.size());
  const TranscriptRow& row = v.transcript[i + 1];  // after "(instantiate)"
  ASSERT_EQ(row.outcomes.size(), 4u) << "interp, baseline, optimizing, mixed";
  for (const std::string& o : row.outcomes) EXPECT_EQ(o, expected) << row.label;
}

DiffCall call(std::string name, std::vector<Value> args = {}) { return DiffCall{std::move(name), std::move(args)}; }

TEST(Limits, EveryEngineRefusesFourBillionLocalsAlike) {
  for (const EngineTraits& traits : registered_engines()) {
    SCOPED_TRACE(traits.name);
    HostEnv host = HostEnv::spectest();
    Result<std::unique_ptr<Engine>> engine = make_engine(traits.name, &host);
    ASSERT_TRUE(engine.ok()) << engine.error().to_string();
    InstantiateResult r = (*engine)->instantiate(four_billion_locals());
    EXPECT_EQ(r.status, Status_::LimitExceeded) << instantiate_status_name(r.status) << ": " << r.message;
    EXPECT_NE(r.message.find("limit exceeded"), std::string::npos) << r.message;
  }
}

TEST(Limits, TheOracleCallsAModulePastALimitInconclusive) {
  DiffOptions options;
  options.keep_transcript = true;
  DiffVerdict v = diff(options, four_billion_locals(), {call("f")});
  EXPECT_EQ(v.kind, DiffVerdict::Kind::Inconclusive);
  EXPECT_FALSE(v.finding.has_value());
  EXPECT_NE(v.inconclusive_reason.find("limit exceeded"), std::string::npos) << v.inconclusive_reason;
  EXPECT_NE(v.inconclusive_reason.find("function_locals"), std::string::npos) << v.inconclusive_reason;
  // Decided before any engine saw it.
  EXPECT_TRUE(v.transcript.empty());
}

TEST(Limits, AValidatorLimitTheInterpreterDoesNotShareIsNoFinding) {
  DiffOptions options;
  // Past the validator's operand_stack limit, which wabt does not have.
  DiffVerdict v = diff(options, wasm::testing::deep_operand_stack(1000), {});
  EXPECT_EQ(v.kind, DiffVerdict::Kind::Inconclusive) << (v.finding ? v.finding->to_string() : "");
  EXPECT_NE(v.inconclusive_reason.find("operand_stack limit"), std::string::npos) << v.inconclusive_reason;
}

TEST(Limits, TableGrowthStopsAtTheLimitOnEveryEngine) {
  // An unbounded table: wabt alone would grow it to 2^32 - 1 elements.
  DiffOptions options;
  options.keep_transcript = true;
  DiffVerdict v = diff(options, wat(R"((module
      (table 1 funcref)
      (func (export "grow") (param i32) (result i32) (table.grow 0 (ref.null func) (local.get 0)))
      (func (export "size") (result i32) (table.size 0)))
  )"),
                       {call("grow", {Value::i32(10000000)}), call("grow", {Value::i32(9999999)}), call("size"),
                        call("grow", {Value::i32(1)})});
  EXPECT_EQ(v.kind, DiffVerdict::Kind::Agree) << (v.finding ? v.finding->to_string() : v.inconclusive_reason);
  EXPECT_EQ(v.calls_compared, 4u);
  expect_everywhere(v, 0, kMinusOne);
  expect_everywhere(v, 1, "returned (i32:1)");
  expect_everywhere(v, 2, "returned (i32:10000000)");
  expect_everywhere(v, 3, kMinusOne);
}

TEST(Limits, MemoryGrowthPastTheLimitFailsOnEveryEngine) {
  DiffOptions options;
  options.keep_transcript = true;
  DiffVerdict v = diff(options, wat(R"((module
      (memory 1)
      (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0))))
  )"),
                       {call("grow", {Value::i32(65536)})});
  EXPECT_EQ(v.kind, DiffVerdict::Kind::Agree) << (v.finding ? v.finding->to_string() : v.inconclusive_reason);
  expect_everywhere(v, 0, kMinusOne);
}

TEST(Limits, LowerInstanceLimitsBindTheInterpreterToo) {
  // A declared maximum above the limit, and none at all: both stop at it.
  DiffOptions options;
  options.keep_transcript = true;
  options.limits.max_table_size = 4;
  options.limits.max_memory_pages = 2;
  DiffVerdict v = diff(
      options, wat(R"((module
      (table 1 100 funcref)
      (table 1 externref)
      (memory 1)
      (func (export "grow0") (param i32) (result i32) (table.grow 0 (ref.null func) (local.get 0)))
      (func (export "grow1") (param i32) (result i32) (table.grow 1 (ref.null extern) (local.get 0)))
      (func (export "grow_memory") (param i32) (result i32) (memory.grow (local.get 0))))
  )"),
      {call("grow0", {Value::i32(3)}), call("grow0", {Value::i32(1)}), call("grow1", {Value::i32(4)}),
       call("grow1", {Value::i32(3)}), call("grow_memory", {Value::i32(1)}), call("grow_memory", {Value::i32(1)})});
  EXPECT_EQ(v.kind, DiffVerdict::Kind::Agree) << (v.finding ? v.finding->to_string() : v.inconclusive_reason);
  EXPECT_EQ(v.calls_compared, 6u);
  expect_everywhere(v, 0, "returned (i32:1)");
  expect_everywhere(v, 1, kMinusOne);
  expect_everywhere(v, 2, kMinusOne);
  expect_everywhere(v, 3, "returned (i32:1)");
  expect_everywhere(v, 4, "returned (i32:1)");
  expect_everywhere(v, 5, kMinusOne);
}

TEST(Limits, EveryEngineTrapsAtTheSameHostCallPastTheLimit) {
  DiffOptions options;
  options.keep_transcript = true;
  options.limits.max_host_calls = 10;
  DiffVerdict v = diff(options, wat(R"((module
      (import "host" "log" (func $log (param i32)))
      (func (export "log") (param i32)
        (loop (call $log (local.get 0))
              (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
              (br_if 0 (local.get 0)))))
  )"),
                       {call("log", {Value::i32(10)}), call("log", {Value::i32(11)}), call("log", {Value::i32(3)})});
  EXPECT_EQ(v.kind, DiffVerdict::Kind::Agree) << (v.finding ? v.finding->to_string() : v.inconclusive_reason);
  EXPECT_EQ(v.calls_compared, 3u);
  ASSERT_EQ(v.transcript.size(), 4u);
  auto host_calls = [](const std::string& outcome) -> size_t {  // "... [N host calls, last: ...]"
    const size_t at = outcome.find(" [");
    return at == std::string::npos ? 0 : std::stoul(outcome.substr(at + 2));
  };
  // Ten calls are allowed, the eleventh traps; the limit counts per call.
  const size_t expected_calls[] = {10, 10, 3};
  for (size_t i = 0; i < 3; ++i) {
    const TranscriptRow& row = v.transcript[i + 1];
    ASSERT_EQ(row.outcomes.size(), 4u);
    for (const std::string& o : row.outcomes) {
      EXPECT_EQ(o.rfind(i == 1 ? "trapped: host_error" : "returned", 0), 0u) << row.label << ": " << o;
      EXPECT_EQ(host_calls(o), expected_calls[i]) << row.label << ": " << o;
    }
  }
}

TEST(Limits, ImportMatchingKeepsTheDeclaredMaximum) {
  // The exporter declares no maximum, so an import that requires one does
  // not link, on the interpreter as on the native engines, although the
  // interpreter's table stops growing at the limit.
  for (const char* name : {"interp", "baseline"}) {
    SCOPED_TRACE(name);
    HostEnv host = HostEnv::spectest();
    Result<std::unique_ptr<Engine>> engine = make_engine(name, &host);
    ASSERT_TRUE(engine.ok()) << engine.error().to_string();
    InstantiateResult exporter = (*engine)->instantiate(wat(R"((module (table (export "t") 0 funcref)))"));
    ASSERT_EQ(exporter.status, Status_::Ok) << exporter.message;
    ASSERT_TRUE((*engine)->register_instance(exporter.id, "A").ok());
    InstantiateResult importer = (*engine)->instantiate(wat(R"((module (import "A" "t" (table 0 20000000 funcref))))"));
    EXPECT_EQ(importer.status, Status_::Unlinkable)
        << instantiate_status_name(importer.status) << ": " << importer.message;
  }
}

}  // namespace
}  // namespace tandem::oracle
