// Generated modules (generator/, the fuzzers' input) compiled by the
// baseline and run against wabt's interpreter: every invocation must give
// the same outcome, and the exported memory and globals must agree after
// it. A few hundred fixed seeds per scope and setting, so that a
// regression in any corner the generator reaches fails a unit test, not
// only a fuzzing campaign.
#include <gtest/gtest.h>

#include <cstdio>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "generator/generator.h"
#include "oracle/engines/host_env.h"
#include "oracle/engines/interp_engine.h"
#include "oracle/engines/native_engine.h"
#include "tests/baseline/harness.h"

namespace tandem::baseline::testing {
namespace {

using generator::Scope;

struct GeneratedCase {
  Scope scope;
  const char* label;
  std::vector<std::string> settings;
};

Value value_of(const generator::ArgValue& a) {
  if (a.null) return Value::null_ref(a.type);
  if (a.type == wasm::ValType::ExternRef) return Value::extern_ref(a.bits);
  return Value{a.type, a.bits, false, a.hi};
}

bool same_trace(const std::vector<oracle::HostCallRecord>& a, const std::vector<oracle::HostCallRecord>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    if (a[i].func != b[i].func || a[i].args.size() != b[i].args.size()) return false;
    for (size_t j = 0; j < a[i].args.size(); ++j)
      if (!same_value(a[i].args[j], b[i].args[j])) return false;
  }
  return true;
}

class Generated : public ::testing::TestWithParam<GeneratedCase> {};

TEST_P(Generated, AgreesWithTheInterpreter) {
  constexpr int kModules = 400;
  const GeneratedCase& c = GetParam();
  oracle::HostEnv native_host = oracle::HostEnv::empty();
  native_host.set_stub_unknown_imports(true);
  oracle::HostEnv interp_host = oracle::HostEnv::empty();
  interp_host.set_stub_unknown_imports(true);
  oracle::NativeConfig config;
  config.settings = c.settings;
  Result<std::unique_ptr<oracle::NativeEngine>> native_or = oracle::NativeEngine::create(&native_host, config);
  ASSERT_TRUE(native_or.ok()) << native_or.error().to_string();
  oracle::NativeEngine& native = **native_or;
  oracle::InterpEngine interp(&interp_host);

  generator::Generator gen;
  generator::GeneratedModule m;
  std::mt19937_64 rng(0x5eed);
  std::vector<uint8_t> input(2048);
  int calls = 0, traps = 0;
  for (int i = 0; i < kModules; ++i) {
    for (uint8_t& b : input) b = static_cast<uint8_t>(rng());
    ASSERT_TRUE(gen.generate_swarm(input, c.scope, m).ok());
    native.reset();
    interp.reset();
    native_host.clear_trace();
    interp_host.clear_trace();
    const oracle::InstantiateResult n = native.instantiate(m.wasm);
    const oracle::InstantiateResult r = interp.instantiate(m.wasm);
    ASSERT_EQ(n.status, r.status) << "module " << i << ": " << n.message << " / " << r.message;
    if (n.status != oracle::InstantiateResult::Status::Ok) continue;
    for (const generator::Invocation& inv : m.invocations) {
      std::vector<Value> args;
      for (const generator::ArgValue& a : m.args_of(inv)) args.push_back(value_of(a));
      Result<Outcome> no = native.invoke(n.id, m.export_name(inv), args);
      Result<Outcome> ro = interp.invoke(r.id, m.export_name(inv), args);
      ASSERT_TRUE(no.ok() && ro.ok());
      // Exhaustion depends on each engine's stack: only a real outcome compares.
      if (no->kind == Outcome::Kind::Exhausted || ro->kind == Outcome::Kind::Exhausted) continue;
      ++calls;
      if (no->kind == Outcome::Kind::Trapped) ++traps;
      EXPECT_TRUE(same_outcome(*no, *ro)) << "module " << i << " " << m.export_name(inv) << ": baseline "
                                          << no->to_string() << ", interpreter " << ro->to_string();
      if (m.has_memory) {
        Result<std::span<const uint8_t>> nm = native.read_memory(n.id, "mem");
        Result<std::span<const uint8_t>> rm = interp.read_memory(r.id, "mem");
        ASSERT_TRUE(nm.ok() && rm.ok());
        EXPECT_TRUE(std::equal(nm->begin(), nm->end(), rm->begin(), rm->end()))
            << "module " << i << ": memory differs after " << m.export_name(inv);
      }
      for (const std::string& g : m.global_exports) {
        Result<Value> ng = native.read_global(n.id, g);
        Result<Value> rg = interp.read_global(r.id, g);
        ASSERT_TRUE(ng.ok() && rg.ok());
        EXPECT_TRUE(same_value(*ng, *rg)) << "module " << i << ": global " << g << " after " << m.export_name(inv)
                                          << ": baseline " << ng->to_string() << ", interpreter " << rg->to_string();
      }
      if (::testing::Test::HasFailure()) return;
    }
    EXPECT_TRUE(same_trace(native_host.trace(), interp_host.trace())) << "module " << i << ": host calls differ";
  }
  std::printf("generated %-24s %d modules, %d calls compared, %d of them traps\n", c.label, kModules, calls, traps);
  EXPECT_GT(calls, kModules);
}

INSTANTIATE_TEST_SUITE_P(
    Swarm, Generated,
    ::testing::Values(GeneratedCase{Scope::IntegerCore, "integer_core", {}}, GeneratedCase{Scope::Full, "full", {}},
                      GeneratedCase{Scope::Full,
                                    "full_explicit_no_isa",
                                    {"bounds_checks=explicit", "has_sse41=false", "has_popcnt=false", "has_lzcnt=false",
                                     "has_bmi1=false"}},
                      GeneratedCase{Scope::Full, "full_nan_canonical", {"nan_canonicalization=true"}}),
    [](const ::testing::TestParamInfo<GeneratedCase>& info) { return std::string(info.param.label); });

}  // namespace
}  // namespace tandem::baseline::testing
