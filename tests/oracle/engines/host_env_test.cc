#include "oracle/engines/host_env.h"

#include <bit>

#include <gtest/gtest.h>

namespace tandem::oracle {
namespace {

using wasm::FuncType;
using wasm::ValType;

TEST(HostEnvTest, SpectestHasThePrintFunctionsWithTheirExactTypes) {
  HostEnv env = HostEnv::spectest();
  EXPECT_TRUE(env.resolve_func("spectest", "print", FuncType{{}, {}}).has_value());
  EXPECT_TRUE(env.resolve_func("spectest", "print_i32", FuncType{{ValType::I32}, {}}).has_value());
  EXPECT_TRUE(env.resolve_func("spectest", "print_i64", FuncType{{ValType::I64}, {}}).has_value());
  EXPECT_TRUE(env.resolve_func("spectest", "print_f32", FuncType{{ValType::F32}, {}}).has_value());
  EXPECT_TRUE(env.resolve_func("spectest", "print_f64", FuncType{{ValType::F64}, {}}).has_value());
  EXPECT_TRUE(env.resolve_func("spectest", "print_i32_f32", FuncType{{ValType::I32, ValType::F32}, {}}).has_value());
  EXPECT_TRUE(env.resolve_func("spectest", "print_f64_f64", FuncType{{ValType::F64, ValType::F64}, {}}).has_value());
}

TEST(HostEnvTest, AWrongSignatureDoesNotResolveButTheNameIsKnown) {
  HostEnv env = HostEnv::spectest();
  EXPECT_FALSE(env.resolve_func("spectest", "print_i32", FuncType{{ValType::I64}, {}}).has_value());
  EXPECT_FALSE(env.resolve_func("spectest", "print_i32", FuncType{{ValType::I32}, {ValType::I32}}).has_value());
  EXPECT_TRUE(env.has_func_named("spectest", "print_i32"));
  EXPECT_FALSE(env.has_func_named("spectest", "nope"));
  EXPECT_FALSE(env.has_func_named("other", "print_i32"));
}

TEST(HostEnvTest, SpectestGlobalsTableAndMemory) {
  HostEnv env = HostEnv::spectest();
  const HostGlobal* i32 = env.find_global("spectest", "global_i32");
  ASSERT_NE(i32, nullptr);
  EXPECT_EQ(i32->value, Value::i32(666));
  EXPECT_FALSE(i32->type.mutable_);
  ASSERT_NE(env.find_global("spectest", "global_i64"), nullptr);
  EXPECT_EQ(env.find_global("spectest", "global_i64")->value, Value::i64(666));
  ASSERT_NE(env.find_global("spectest", "global_f32"), nullptr);
  EXPECT_EQ(env.find_global("spectest", "global_f32")->value, Value::f32_bits(std::bit_cast<uint32_t>(666.6f)));
  ASSERT_NE(env.find_global("spectest", "global_f64"), nullptr);
  EXPECT_EQ(env.find_global("spectest", "global_f64")->value, Value::f64_bits(std::bit_cast<uint64_t>(666.6)));
  EXPECT_EQ(env.find_global("spectest", "print"), nullptr);

  const HostTable* table = env.find_table("spectest", "table");
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->type.elem, ValType::FuncRef);
  EXPECT_EQ(table->type.limits.min, 10u);
  EXPECT_TRUE(table->type.limits.has_max);
  EXPECT_EQ(table->type.limits.max, 20u);

  const HostMemory* memory = env.find_memory("spectest", "memory");
  ASSERT_NE(memory, nullptr);
  EXPECT_EQ(memory->type.limits.min, 1u);
  EXPECT_TRUE(memory->type.limits.has_max);
  EXPECT_EQ(memory->type.limits.max, 2u);
}

TEST(HostEnvTest, CallsAreTracedAndReturnZeros) {
  HostEnv env = HostEnv::spectest();
  uint32_t id = *env.resolve_func("spectest", "print_i32_f32", FuncType{{ValType::I32, ValType::F32}, {}});
  Value args[] = {Value::i32(7), Value::f32_bits(0x3f800000)};
  env.call(id, args, {});
  ASSERT_EQ(env.trace().size(), 1u);
  EXPECT_EQ(env.trace()[0].func, id);
  EXPECT_EQ(env.trace()[0].args, std::vector<Value>(std::begin(args), std::end(args)));
  EXPECT_EQ(env.func(id).name, "print_i32_f32");
  env.clear_trace();
  EXPECT_TRUE(env.trace().empty());
}

TEST(HostEnvTest, StubsResolveUnknownImportsAndReturnZerosOfTheirTypes) {
  HostEnv env = HostEnv::empty();
  FuncType type{{ValType::I64}, {ValType::I32, ValType::F64, ValType::ExternRef}};
  EXPECT_FALSE(env.resolve_func("env", "f", type).has_value());
  env.set_stub_unknown_imports(true);
  std::optional<uint32_t> id = env.resolve_func("env", "f", type);
  ASSERT_TRUE(id.has_value());
  // The same import resolves to the same stub.
  EXPECT_EQ(env.resolve_func("env", "f", type), id);
  EXPECT_TRUE(env.has_func_named("env", "f"));

  Value args[] = {Value::i64(~0ull)};
  Value results[3] = {Value::i32(1), Value::i32(1), Value::i32(1)};
  env.call(*id, args, results);
  EXPECT_EQ(results[0], Value::i32(0));
  EXPECT_EQ(results[1], Value::f64_bits(0));
  EXPECT_EQ(results[2], Value::null_ref(ValType::ExternRef));
  ASSERT_EQ(env.trace().size(), 1u);
  EXPECT_EQ(env.trace()[0].args[0], Value::i64(~0ull));
}

TEST(HostEnvTest, EmptyHasNoSpectest) {
  HostEnv env = HostEnv::empty();
  EXPECT_FALSE(env.resolve_func("spectest", "print", FuncType{}).has_value());
  EXPECT_EQ(env.find_memory("spectest", "memory"), nullptr);
  EXPECT_EQ(env.find_table("spectest", "table"), nullptr);
}

}  // namespace
}  // namespace tandem::oracle
