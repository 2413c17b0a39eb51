// End-to-end harness for the baseline tests: a module in text format,
// instantiated on a native engine whose functions the baseline compiles
// and on wabt's interpreter, so that a test states a call once and checks
// the native outcome against an expected value and against the reference.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "oracle/engines/host_env.h"
#include "oracle/engines/interp_engine.h"
#include "oracle/engines/native_engine.h"
#include "oracle/engines/value.h"

namespace tandem::baseline::testing {

using oracle::Outcome;
using oracle::Value;

class Harness {
 public:
  // `settings` are "name=value" assignments for the baseline compiler.
  explicit Harness(std::vector<std::string> settings = {});

  // Instantiates the module on both engines (and registers it under
  // `register_as` when not empty). Returns false, with a test failure, when
  // either engine refuses it.
  bool load(std::string_view wat, std::string_view register_as = "");

  // Invokes an export of the last module on one engine.
  Outcome native(std::string_view name, std::vector<Value> args = {});
  Outcome reference(std::string_view name, std::vector<Value> args = {});

  // The compiled functions of the last module, for table checks.
  const std::vector<compile::CompiledFunction>& compiled() const;

 private:
  oracle::HostEnv native_host_;
  oracle::HostEnv interp_host_;
  std::unique_ptr<oracle::NativeEngine> native_;
  std::unique_ptr<oracle::InterpEngine> interp_;
  oracle::InstanceId native_id_ = 0;
  oracle::InstanceId interp_id_ = 0;
};

// Values compare bit for bit (a v128 both halves), but for funcrefs, which compare by nullness
// (each engine has its own identity for a function).
bool same_value(const Value& a, const Value& b);
// Outcomes compare by kind, values and trap code; the wasm offset of a trap
// is compared when both engines report one.
bool same_outcome(const Outcome& a, const Outcome& b);

inline Value i32(uint32_t v) { return Value::i32(v); }
inline Value i64(uint64_t v) { return Value::i64(v); }
Value f32(float v);
Value f64(double v);

Outcome returns(std::vector<Value> values);
Outcome traps(compile::TrapCode code);

}  // namespace tandem::baseline::testing

// EXPECT that `name(args...)` on the baseline gives `expected` and agrees
// with the interpreter.
#define EXPECT_CALL_RESULT(harness, expected, name, ...)                                                           \
  do {                                                                                                             \
    const ::tandem::oracle::Outcome tandem_native = (harness).native(name, {__VA_ARGS__});                         \
    const ::tandem::oracle::Outcome tandem_reference = (harness).reference(name, {__VA_ARGS__});                   \
    EXPECT_TRUE(::tandem::baseline::testing::same_outcome(tandem_native, expected))                                \
        << name << ": baseline " << tandem_native.to_string() << ", expected " << (expected).to_string();          \
    EXPECT_TRUE(::tandem::baseline::testing::same_outcome(tandem_native, tandem_reference))                        \
        << name << ": baseline " << tandem_native.to_string() << ", interpreter " << tandem_reference.to_string(); \
  } while (0)
