#include "oracle/engines/interp_engine.h"

#include <gtest/gtest.h>

#include "oracle/engines/engine_factory.h"
#include "oracle/engines/text_format.h"

namespace tandem::oracle {
namespace {

using compile::TrapCode;
using wasm::ValType;
using Status_ = InstantiateResult::Status;

std::vector<uint8_t> wat(std::string_view text) {
  Result<std::vector<uint8_t>> bytes = wat_to_wasm(text);
  EXPECT_TRUE(bytes.ok()) << (bytes.ok() ? "" : bytes.error().to_string());
  return bytes.ok() ? std::move(*bytes) : std::vector<uint8_t>{};
}

class InterpEngineTest : public ::testing::Test {
 protected:
  HostEnv host = HostEnv::spectest();
  InterpEngine engine{&host};

  InstanceId instantiate(std::string_view text) {
    InstantiateResult r = engine.instantiate(wat(text));
    EXPECT_EQ(r.status, Status_::Ok) << instantiate_status_name(r.status) << ": " << r.message;
    return r.id;
  }

  Outcome call(InstanceId id, std::string_view name, std::vector<Value> args = {}) {
    Result<Outcome> o = engine.invoke(id, name, args);
    EXPECT_TRUE(o.ok()) << (o.ok() ? "" : o.error().to_string());
    return o.ok() ? *o : Outcome::unsupported("invoke failed");
  }
};

TEST_F(InterpEngineTest, NameIsInterp) { EXPECT_EQ(engine.name(), "interp"); }

TEST_F(InterpEngineTest, InvokesAnExport) {
  InstanceId id = instantiate(R"((module
      (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
      (func (export "pair") (result i64 f64) (i64.const -1) (f64.const -0.0))))");
  Outcome o = call(id, "add", {Value::i32(40), Value::i32(2)});
  ASSERT_EQ(o.kind, Outcome::Kind::Returned);
  EXPECT_EQ(o.values, std::vector<Value>{Value::i32(42)});

  o = call(id, "pair");
  ASSERT_EQ(o.kind, Outcome::Kind::Returned);
  EXPECT_EQ(o.values, (std::vector<Value>{Value::i64(~0ull), Value::f64_bits(0x8000000000000000ull)}));
}

TEST_F(InterpEngineTest, NanPayloadsCrossTheBoundaryUnchanged) {
  InstanceId id = instantiate(R"((module (func (export "id") (param f32) (result f32) (local.get 0))))");
  Outcome o = call(id, "id", {Value::f32_bits(0x7fa00001)});  // a signaling NaN
  ASSERT_EQ(o.kind, Outcome::Kind::Returned);
  EXPECT_EQ(o.values[0], Value::f32_bits(0x7fa00001));
}

TEST_F(InterpEngineTest, TrapsCarryTheirTrapCode) {
  InstanceId id = instantiate(R"((module
      (type $v (func))
      (type $i (func (result i32)))
      (memory 1)
      (table 2 funcref)
      (elem (i32.const 1) $f)
      (func $f)
      (func (export "div") (param i32) (result i32) (i32.div_s (i32.const 1) (local.get 0)))
      (func (export "overflow") (result i32) (i32.div_s (i32.const 0x80000000) (i32.const -1)))
      (func (export "trunc") (result i32) (i32.trunc_f32_s (f32.const nan)))
      (func (export "unreachable") unreachable)
      (func (export "load") (result i32) (i32.load (i32.const 65536)))
      (func (export "null") (call_indirect (type $v) (i32.const 0)))
      (func (export "mismatch") (result i32) (call_indirect (type $i) (i32.const 1)))
      (func (export "undefined") (call_indirect (type $v) (i32.const 5)))
      (func (export "table") (result funcref) (table.get 0 (i32.const 9)))
      (func (export "fill") (memory.fill (i32.const 65535) (i32.const 0) (i32.const 2)))))");
  struct Case {
    const char* name;
    std::vector<Value> args;
    TrapCode code;
  };
  const Case cases[] = {
      {"div", {Value::i32(0)}, TrapCode::IntegerDivideByZero},
      {"overflow", {}, TrapCode::IntegerOverflow},
      {"trunc", {}, TrapCode::BadConversionToInteger},
      {"unreachable", {}, TrapCode::Unreachable},
      {"load", {}, TrapCode::OutOfBoundsMemory},
      {"null", {}, TrapCode::IndirectCallNull},
      {"mismatch", {}, TrapCode::IndirectCallTypeMismatch},
      {"undefined", {}, TrapCode::IndirectCallOutOfBounds},
      {"table", {}, TrapCode::OutOfBoundsTable},
      {"fill", {}, TrapCode::OutOfBoundsMemory},
  };
  for (const Case& c : cases) {
    Outcome o = call(id, c.name, c.args);
    EXPECT_EQ(o.kind, Outcome::Kind::Trapped) << c.name << ": " << o.to_string();
    EXPECT_EQ(o.trap, c.code) << c.name << ": " << o.to_string();
  }
  // The engine is still usable after traps.
  Outcome o = call(id, "div", {Value::i32(1)});
  ASSERT_EQ(o.kind, Outcome::Kind::Returned);
  EXPECT_EQ(o.values[0], Value::i32(1));
}

TEST_F(InterpEngineTest, UnboundedRecursionIsExhaustionNotATrap) {
  InstanceId id = instantiate(R"((module
      (type $v (func))
      (table funcref (elem $indirect))
      (func $direct (export "direct") (call $direct))
      (func $indirect (export "indirect") (call_indirect (type $v) (i32.const 0)))))");
  EXPECT_EQ(call(id, "direct").kind, Outcome::Kind::Exhausted);
  // wabt reports this one with a success code and a trap: still exhaustion.
  EXPECT_EQ(call(id, "indirect").kind, Outcome::Kind::Exhausted);
}

TEST_F(InterpEngineTest, HostCallsAreTraced) {
  InstanceId id = instantiate(R"((module
      (import "spectest" "print_i32" (func $print (param i32)))
      (func (export "run") (call $print (i32.const 7)) (call $print (i32.const 8)))))");
  EXPECT_EQ(call(id, "run").kind, Outcome::Kind::Returned);
  ASSERT_EQ(host.trace().size(), 2u);
  EXPECT_EQ(host.func(host.trace()[0].func).name, "print_i32");
  EXPECT_EQ(host.trace()[0].args, std::vector<Value>{Value::i32(7)});
  EXPECT_EQ(host.trace()[1].args, std::vector<Value>{Value::i32(8)});
}

TEST_F(InterpEngineTest, SpectestGlobalsTableAndMemoryAreImportable) {
  InstanceId id = instantiate(R"((module
      (import "spectest" "global_i32" (global $g i32))
      (import "spectest" "table" (table 10 funcref))
      (import "spectest" "memory" (memory 1))
      (func (export "g") (result i32) (global.get $g))
      (func (export "sizes") (result i32 i32) (table.size 0) (memory.size))))");
  EXPECT_EQ(call(id, "g").values, std::vector<Value>{Value::i32(666)});
  EXPECT_EQ(call(id, "sizes").values, (std::vector<Value>{Value::i32(10), Value::i32(1)}));
}

TEST_F(InterpEngineTest, ImportsBetweenRegisteredInstances) {
  InstanceId a = instantiate(R"((module
      (global (export "g") (mut i32) (i32.const 5))
      (memory (export "mem") 1)
      (table (export "tab") 1 funcref)
      (func (export "get") (result i32) (global.get 0))))");
  ASSERT_TRUE(engine.register_instance(a, "A").ok());
  InstanceId b = instantiate(R"((module
      (import "A" "g" (global $g (mut i32)))
      (import "A" "mem" (memory 1))
      (import "A" "get" (func $get (result i32)))
      (func (export "bump") (result i32)
        (global.set $g (i32.add (global.get $g) (i32.const 1)))
        (i32.store (i32.const 0) (i32.const 0x11223344))
        (call $get))))");
  Outcome o = call(b, "bump");
  ASSERT_EQ(o.kind, Outcome::Kind::Returned);
  EXPECT_EQ(o.values, std::vector<Value>{Value::i32(6)});  // the global is shared
  Result<Value> g = engine.read_global(a, "g");
  ASSERT_TRUE(g.ok());
  EXPECT_EQ(*g, Value::i32(6));
  Result<std::span<const uint8_t>> mem = engine.read_memory(a, "mem");
  ASSERT_TRUE(mem.ok());
  ASSERT_EQ(mem->size(), 65536u);
  EXPECT_EQ((*mem)[0], 0x44);
  EXPECT_EQ((*mem)[3], 0x11);
}

TEST_F(InterpEngineTest, UnlinkableImports) {
  auto status = [&](std::string_view text) { return engine.instantiate(wat(text)).status; };
  EXPECT_EQ(status(R"((module (import "nowhere" "f" (func))))"), Status_::Unlinkable);
  EXPECT_EQ(status(R"((module (import "spectest" "nope" (func))))"), Status_::Unlinkable);
  EXPECT_EQ(status(R"((module (import "spectest" "print_i32" (func (param i64)))))"), Status_::Unlinkable);
  EXPECT_EQ(status(R"((module (import "spectest" "global_i32" (global i64))))"), Status_::Unlinkable);
  EXPECT_EQ(status(R"((module (import "spectest" "global_i32" (global (mut i32)))))"), Status_::Unlinkable);
  EXPECT_EQ(status(R"((module (import "spectest" "memory" (memory 3))))"), Status_::Unlinkable);
  EXPECT_EQ(status(R"((module (import "spectest" "print" (memory 1))))"), Status_::Unlinkable);
  InstanceId a = instantiate(R"((module (func (export "f"))))");
  ASSERT_TRUE(engine.register_instance(a, "A").ok());
  EXPECT_EQ(status(R"((module (import "A" "g" (func))))"), Status_::Unlinkable);
  EXPECT_EQ(status(R"((module (import "A" "f" (func (result i32)))))"), Status_::Unlinkable);
  EXPECT_EQ(status(R"((module (import "A" "f" (func))))"), Status_::Ok);
}

TEST_F(InterpEngineTest, UninstantiableModulesReportWhatTrapped) {
  InstantiateResult r = engine.instantiate(wat(R"((module (func $s unreachable) (start $s)))"));
  EXPECT_EQ(r.status, Status_::Uninstantiable);
  EXPECT_EQ(r.trap.kind, Outcome::Kind::Trapped);
  EXPECT_EQ(r.trap.trap, TrapCode::Unreachable);

  r = engine.instantiate(wat(R"((module (memory 1) (data (i32.const 65535) "ab")))"));
  EXPECT_EQ(r.status, Status_::Uninstantiable);
  EXPECT_EQ(r.trap.trap, TrapCode::OutOfBoundsMemory);

  r = engine.instantiate(wat(R"((module (table 1 funcref) (func $f) (elem (i32.const 1) $f)))"));
  EXPECT_EQ(r.status, Status_::Uninstantiable);
  EXPECT_EQ(r.trap.trap, TrapCode::OutOfBoundsTable);
}

TEST_F(InterpEngineTest, RejectedModulesSayWhy) {
  const uint8_t truncated[] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00};
  EXPECT_EQ(engine.instantiate(truncated).status, Status_::Malformed);
  const uint8_t bad_magic[] = {0x00, 0x61, 0x73, 0x6e, 0x01, 0x00, 0x00, 0x00};
  EXPECT_EQ(engine.instantiate(bad_magic).status, Status_::Malformed);
  EXPECT_EQ(engine.instantiate(wat(R"((module (func (result i32) (i64.const 0))))")).status, Status_::Invalid);
}

TEST_F(InterpEngineTest, ProposalsOutsideTheScopeAreUnsupported) {
  InstantiateResult r = engine.instantiate(wat(R"((module (func $f (return_call $f))))"));
  EXPECT_EQ(r.status, Status_::Unsupported) << r.message;
  EXPECT_NE(r.message.find("tail-call"), std::string::npos) << r.message;
  // Shared memory: the core testsuite's example of a malformed limits flag.
  const uint8_t shared_memory[] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x05, 0x03, 0x01, 0x02, 0x00};
  EXPECT_EQ(engine.instantiate(shared_memory).status, Status_::Malformed);
}

TEST_F(InterpEngineTest, V128ValuesRoundTrip) {
  InstanceId id = instantiate(R"((module
      (global (export "g") v128 (v128.const i32x4 1 2 3 0xffffffff))
      (func (export "id") (param v128) (result v128) (local.get 0))
      (func (export "add") (param v128 v128) (result v128) (i32x4.add (local.get 0) (local.get 1)))
      (func (export "lane3") (param v128) (result i32) (i32x4.extract_lane 3 (local.get 0)))))");
  // Every byte distinct, and both halves with their top bit set.
  const Value v = Value::v128(0x8786858483828180ull, 0xf7f6f5f4f3f2f1f0ull);
  Outcome o = call(id, "id", {v});
  ASSERT_EQ(o.kind, Outcome::Kind::Returned) << o.to_string();
  EXPECT_EQ(o.values, std::vector<Value>{v});
  // Lane 0 is the lowest, and lane-wise add carries nothing across lanes.
  o = call(id, "add", {Value::v128(0xffffffff'00000001ull, 2), Value::v128(1, 3)});
  ASSERT_EQ(o.kind, Outcome::Kind::Returned) << o.to_string();
  EXPECT_EQ(o.values[0], Value::v128(0xffffffff'00000002ull, 5));
  EXPECT_EQ(call(id, "lane3", {Value::v128(0, 0xdeadbeef'00000000ull)}).values[0], Value::i32(0xdeadbeef));
  Result<Value> g = engine.read_global(id, "g");
  ASSERT_TRUE(g.ok()) << g.error().to_string();
  EXPECT_EQ(*g, Value::v128(0x00000002'00000001ull, 0xffffffff'00000003ull));
}

TEST_F(InterpEngineTest, ReferencesRoundTrip) {
  InstanceId id = instantiate(R"((module
      (table $t 2 funcref)
      (func $f (export "f"))
      (func $g)
      (elem declare func $g)
      (func (export "id") (param externref) (result externref) (local.get 0))
      (func (export "is_null") (param externref) (result i32) (ref.is_null (local.get 0)))
      (func (export "fref") (result funcref) (ref.func $g))
      (func (export "nullf") (result funcref) (ref.null func))))");
  Outcome o = call(id, "id", {Value::extern_ref(42)});
  ASSERT_EQ(o.kind, Outcome::Kind::Returned);
  EXPECT_EQ(o.values[0], Value::extern_ref(42));
  EXPECT_EQ(call(id, "id", {Value::extern_ref(0)}).values[0], Value::extern_ref(0));
  EXPECT_EQ(call(id, "id", {Value::null_ref(ValType::ExternRef)}).values[0], Value::null_ref(ValType::ExternRef));
  EXPECT_EQ(call(id, "is_null", {Value::extern_ref(0)}).values[0], Value::i32(0));
  EXPECT_EQ(call(id, "is_null", {Value::null_ref(ValType::ExternRef)}).values[0], Value::i32(1));
  // A funcref carries its function index + 1.
  EXPECT_EQ(call(id, "fref").values[0], (Value{ValType::FuncRef, 2, false}));
  EXPECT_EQ(call(id, "nullf").values[0], Value::null_ref(ValType::FuncRef));
}

TEST_F(InterpEngineTest, BadInvocationsAreErrorsNotOutcomes) {
  InstanceId id = instantiate(R"((module
      (global (export "g") i32 (i32.const 1))
      (func (export "f") (param i32))))");
  EXPECT_FALSE(engine.invoke(id, "missing", {}).ok());
  EXPECT_FALSE(engine.invoke(id, "g", {}).ok());
  EXPECT_FALSE(engine.invoke(id, "f", {}).ok());
  std::vector<Value> wrong = {Value::i64(1)};
  EXPECT_FALSE(engine.invoke(id, "f", wrong).ok());
  EXPECT_FALSE(engine.invoke(id + 1, "f", {}).ok());
  EXPECT_FALSE(engine.read_global(id, "f").ok());
  EXPECT_FALSE(engine.read_memory(id, "g").ok());
  EXPECT_FALSE(engine.register_instance(id + 7, "X").ok());
}

TEST_F(InterpEngineTest, ResetDropsInstancesAndHostState) {
  const char* writer = R"((module
      (import "spectest" "memory" (memory 1))
      (func (export "write") (i32.store8 (i32.const 0) (i32.const 9)))
      (func (export "read") (result i32) (i32.load8_u (i32.const 0)))))";
  InstanceId id = instantiate(writer);
  ASSERT_TRUE(engine.register_instance(id, "W").ok());
  call(id, "write");
  EXPECT_EQ(call(id, "read").values[0], Value::i32(9));

  engine.reset();
  EXPECT_FALSE(engine.invoke(id, "read", {}).ok());
  // Registrations are gone.
  EXPECT_EQ(engine.instantiate(wat(R"((module (import "W" "read" (func (result i32)))))")).status, Status_::Unlinkable);
  // The spectest memory is new: the write above is not visible.
  InstanceId again = instantiate(writer);
  EXPECT_EQ(call(again, "read").values[0], Value::i32(0));
}

TEST_F(InterpEngineTest, ManyResetsStayCheap) {
  // The fuzzing hot path: instantiate, call, reset, many times over.
  for (int i = 0; i < 200; ++i) {
    InstanceId id = instantiate(R"((module (memory 1) (func (export "f") (result i32) (i32.const 3))))");
    EXPECT_EQ(call(id, "f").values[0], Value::i32(3));
    engine.reset();
  }
}

TEST(EngineFactoryTest, MakesEnginesByName) {
  HostEnv host = HostEnv::spectest();
  Result<std::unique_ptr<Engine>> interp = make_engine("interp", &host);
  ASSERT_TRUE(interp.ok());
  EXPECT_EQ((*interp)->name(), "interp");
  ASSERT_NE(find_engine("interp"), nullptr);
  EXPECT_TRUE(find_engine("interp")->runs_code);

  Result<std::unique_ptr<Engine>> unknown = make_engine("nonesuch", &host);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().kind, ErrorKind::Usage);
  EXPECT_NE(unknown.error().message.find("interp"), std::string::npos);  // lists the known ones
  for (const EngineTraits& e : registered_engines()) EXPECT_EQ(find_engine(e.name), &e);
}

}  // namespace
}  // namespace tandem::oracle
