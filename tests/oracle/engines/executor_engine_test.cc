// The native engines through the sandboxed executor against the same engines
// in process, the reference: the same outcomes (values, traps and their wasm
// offsets, exhaustion, timeouts), host-call traces, memory bytes and globals,
// call by call, on both backends.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include "oracle/engines/engine_factory.h"
#include "oracle/engines/native_engine.h"
#include "oracle/engines/text_format.h"

namespace tandem::oracle {
namespace {

constexpr const char* kModule = R"((module
  (import "spectest" "print_i32" (func $print (param i32)))
  (type $bin (func (param i32 i32) (result i32)))
  (memory (export "mem") 1 4)
  (global $g (export "g") (mut i64) (i64.const 7))
  (table 2 funcref)
  (elem (i32.const 0) $add $div)
  (func $add (export "add") (param i32 i32) (result i32)
    (call $print (local.get 0))
    (i32.add (local.get 0) (local.get 1)))
  (func $div (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
  (func (export "indirect") (param i32 i32 i32) (result i32)
    (call_indirect (type $bin) (local.get 0) (local.get 1) (local.get 2)))
  (func (export "store") (param i32 i64)
    (i64.store (local.get 0) (local.get 1))
    (global.set $g (local.get 1)))
  (func (export "grow_all") (result i32) (local $n i32)
    (block (loop
      (br_if 1 (i32.eq (memory.grow (i32.const 1)) (i32.const -1)))
      (local.set $n (i32.add (local.get $n) (i32.const 1)))
      (br 0)))
    (local.get $n))
  (func $rec (export "recurse") (param i32) (result i32)
    (call $rec (i32.add (local.get 0) (i32.const 1))))
  (func (export "spin") (loop (br 0))))
)";

struct Call {
  const char* name;
  std::vector<Value> args;
};

std::vector<Call> calls() {
  return {
      {"add", {Value::i32(3), Value::i32(4)}},
      {"indirect", {Value::i32(1), Value::i32(0), Value::i32(1)}},  // divide by zero
      {"indirect", {Value::i32(5), Value::i32(6), Value::i32(0)}},  // 11, and a host call
      {"indirect", {Value::i32(1), Value::i32(1), Value::i32(5)}},  // past the table
      {"store", {Value::i32(65528), Value::i64(0x1122334455667788)}},
      {"store", {Value::i32(65530), Value::i64(1)}},  // out of bounds
      {"grow_all", {}},                               // to the declared maximum, then -1
      {"recurse", {Value::i32(0)}},                   // stack exhaustion
      {"spin", {}},                                   // the deadline
      {"add", {Value::i32(40), Value::i32(2)}},       // and on as before
  };
}

// What one engine did, call by call, in a form two runs can compare.
std::vector<std::string> observe(NativeConfig::Mode mode, bool in_process) {
  HostEnv host = HostEnv::spectest();
  NativeConfig config;
  config.mode = mode;
  config.in_process = in_process;
  config.limits.call_deadline_ms = 200;
  Result<std::unique_ptr<NativeEngine>> engine = NativeEngine::create(&host, config);
  EXPECT_TRUE(engine.ok());
  if (!engine.ok()) return {};
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(kModule);
  EXPECT_TRUE(wasm.ok());
  InstantiateResult inst = (*engine)->instantiate(*wasm);
  EXPECT_EQ(inst.status, InstantiateResult::Status::Ok) << inst.message;
  std::vector<std::string> seen;
  for (const Call& c : calls()) {
    size_t trace_before = host.trace().size();
    Result<Outcome> o = (*engine)->invoke(inst.id, c.name, c.args);
    EXPECT_TRUE(o.ok());
    if (!o.ok()) continue;
    // Details name image addresses, which differ between two engines.
    Outcome outcome = *o;
    if (outcome.kind == Outcome::Kind::TimedOut) outcome.detail.clear();
    std::string line = std::string(c.name) + ": " + outcome.to_string();
    line += fmt::format(" offset {}", outcome.wasm_offset.value_or(~0u));
    line += fmt::format(" host calls {}", host.trace().size() - trace_before);
    for (size_t i = trace_before; i < host.trace().size(); ++i)
      for (const Value& v : host.trace()[i].args) line += " " + v.to_string();
    Result<std::span<const uint8_t>> mem = (*engine)->read_memory(inst.id, "mem");
    EXPECT_TRUE(mem.ok());
    if (mem.ok()) {
      uint64_t sum = 0;
      for (uint8_t b : *mem) sum = sum * 31 + b;
      line += fmt::format(" memory {} bytes sum {:#x}", mem->size(), sum);
    }
    Result<Value> g = (*engine)->read_global(inst.id, "g");
    EXPECT_TRUE(g.ok());
    if (g.ok()) line += " g " + g->to_string();
    seen.push_back(std::move(line));
  }
  return seen;
}

TEST(ExecutorEngine, EveryCallDoesWhatItDoesInProcess) {
  for (NativeConfig::Mode mode : {NativeConfig::Mode::Baseline, NativeConfig::Mode::Optimizing}) {
    std::vector<std::string> reference = observe(mode, true);
    std::vector<std::string> executor = observe(mode, false);
    ASSERT_EQ(reference.size(), calls().size());
    ASSERT_EQ(executor.size(), reference.size());
    for (size_t i = 0; i < reference.size(); ++i)
      EXPECT_EQ(executor[i], reference[i]) << native_mode_name(mode) << " call " << i;
    // The reference itself says what the calls should do.
    EXPECT_NE(reference[0].find("returned (i32:7)"), std::string::npos) << reference[0];
    EXPECT_NE(reference[0].find("host calls 1 i32:3"), std::string::npos) << reference[0];
    EXPECT_NE(reference[1].find("trapped: integer_divide_by_zero"), std::string::npos) << reference[1];
    EXPECT_NE(reference[4].find("g i64:1234605616436508552"), std::string::npos) << reference[4];
    EXPECT_NE(reference[6].find("returned (i32:3)"), std::string::npos) << reference[6];
    EXPECT_NE(reference[6].find("memory 262144 bytes"), std::string::npos) << reference[6];
    EXPECT_EQ(reference[7].rfind("recurse: exhausted", 0), 0u) << reference[7];
    EXPECT_EQ(reference[8].rfind("spin: timed_out", 0), 0u) << reference[8];
    EXPECT_NE(reference[9].find("returned (i32:42)"), std::string::npos) << reference[9];
  }
}

// Every native engine runs v128 values, through the executor process (a
// v128 argument and result are two words each there): in a body, a
// signature, a global no function touches, and a lane-moving operator.
TEST(ExecutorEngine, NativeEnginesRunSimdThroughTheExecutor) {
  const char* modules[] = {
      "(module (func (export \"f\") (param v128) (result v128) (local.get 0)))",
      "(module (func (export \"f\") (result i32) (i32x4.extract_lane 0 (i32x4.splat (i32.const 7)))))",
      "(module (global v128 (v128.const i64x2 0 0)) (func (export \"f\") (result i32) (i32.const 1)))",
  };
  for (const char* name : {"baseline", "optimizing", "mixed"}) {
    HostEnv host = HostEnv::spectest();
    Result<std::unique_ptr<Engine>> engine = make_engine(name, &host);
    ASSERT_TRUE(engine.ok()) << engine.error().to_string();
    for (const char* text : modules) {
      Result<std::vector<uint8_t>> wasm = wat_to_wasm(text);
      ASSERT_TRUE(wasm.ok()) << text;
      InstantiateResult r = (*engine)->instantiate(*wasm);
      ASSERT_EQ(r.status, InstantiateResult::Status::Ok) << name << ": " << r.message << "\n" << text;
    }
    Result<std::vector<uint8_t>> identity = wat_to_wasm(modules[0]);
    ASSERT_TRUE(identity.ok());
    InstantiateResult r = (*engine)->instantiate(*identity);
    ASSERT_EQ(r.status, InstantiateResult::Status::Ok) << r.message;
    const Value v = Value::v128(0x0123456789abcdefull, 0xfedcba9876543210ull);
    Result<Outcome> o = (*engine)->invoke(r.id, "f", std::vector<Value>{v});
    ASSERT_TRUE(o.ok()) << o.error().to_string();
    EXPECT_EQ(o->to_string(), Outcome::returned({v}).to_string()) << name;
    // The quadwords swapped.
    Result<std::vector<uint8_t>> shuffle = wat_to_wasm(
        "(module (func (export \"f\") (param v128) (result v128)"
        " (i8x16.shuffle 8 9 10 11 12 13 14 15 0 1 2 3 4 5 6 7 (local.get 0) (local.get 0))))");
    ASSERT_TRUE(shuffle.ok());
    r = (*engine)->instantiate(*shuffle);
    ASSERT_EQ(r.status, InstantiateResult::Status::Ok) << name << ": " << r.message;
    o = (*engine)->invoke(r.id, "f", std::vector<Value>{v});
    ASSERT_TRUE(o.ok()) << o.error().to_string();
    EXPECT_EQ(o->to_string(), Outcome::returned({Value::v128(v.hi, v.bits)}).to_string()) << name;
    Result<std::vector<uint8_t>> plain = wat_to_wasm("(module (func (export \"f\") (result i32) (i32.const 1)))");
    ASSERT_TRUE(plain.ok());
    r = (*engine)->instantiate(*plain);
    EXPECT_EQ(r.status, InstantiateResult::Status::Ok) << name << ": " << r.message;
  }
}

}  // namespace
}  // namespace tandem::oracle
