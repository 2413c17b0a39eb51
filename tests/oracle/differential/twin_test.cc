// The metamorphic check behind the twin rewriter: a module and its twin,
// run on the same engine (wabt's interpreter) with the same calls, do the
// same thing: the same outcome per call (results bit for bit; trap codes,
// not offsets, which the rewrite moves), the same exported globals and
// memory after each call, and the same host-call trace. Over modules from
// the generator and slices of the real seeds in corpus/real/.
#include <gtest/gtest.h>

#include <string>

#include "generator/generator.h"
#include "generator/real_module.h"
#include "oracle/differential/differential.h"
#include "oracle/engines/host_env.h"
#include "oracle/engines/interp_engine.h"

namespace tandem::oracle {
namespace {

using generator::GeneratedModule;

std::vector<uint8_t> bytes_for(uint64_t seed, size_t size) {
  std::vector<uint8_t> out(size);
  uint64_t x = seed * 0x9e3779b97f4a7c15ull + 1;
  for (uint8_t& b : out) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;
    b = static_cast<uint8_t>(x);
  }
  return out;
}

// What one run of a module's invocations did, call by call.
struct CallLog {
  bool instantiated = false;
  bool exhausted = false;  // a call ran out of stack: the runs cannot be compared past it
  std::vector<Outcome> outcomes;
  std::vector<std::vector<Value>> globals;  // after each call
  std::vector<std::vector<uint8_t>> memories;
  std::vector<HostCallRecord> trace;
};

CallLog run_calls(const GeneratedModule& m, std::span<const uint8_t> wasm) {
  HostEnv host = HostEnv::empty();
  host.set_stub_unknown_imports(true);
  InterpEngine engine(&host);
  CallLog r;
  InstantiateResult inst = engine.instantiate(wasm);
  r.instantiated = inst.status == InstantiateResult::Status::Ok;
  if (!r.instantiated) return r;
  for (const generator::Invocation& inv : m.invocations) {
    std::vector<Value> args;
    for (const generator::ArgValue& a : m.args_of(inv)) args.push_back(Value{a.type, a.bits, a.null, a.hi});
    Result<Outcome> o = engine.invoke(inst.id, m.export_name(inv), args);
    EXPECT_TRUE(o.ok()) << (o.ok() ? "" : o.error().to_string());
    if (!o.ok()) break;
    if (o->kind == Outcome::Kind::Exhausted) {
      r.exhausted = true;
      break;
    }
    o->wasm_offset.reset();
    o->detail.clear();
    r.outcomes.push_back(*o);
    std::vector<Value>& globals = r.globals.emplace_back();
    for (const std::string& g : m.global_exports) {
      Result<Value> v = engine.read_global(inst.id, g);
      EXPECT_TRUE(v.ok());
      if (v.ok()) globals.push_back(*v);
    }
    if (m.has_memory) {
      Result<std::span<const uint8_t>> mem = engine.read_memory(inst.id, "mem");
      EXPECT_TRUE(mem.ok());
      if (mem.ok()) r.memories.emplace_back(mem->begin(), mem->end());
    }
  }
  r.trace = host.trace();
  return r;
}

// Compares a module with its twin; false when the run was inconclusive.
bool expect_same_behaviour(const GeneratedModule& m, const GeneratedModule& twin, const std::string& what) {
  CallLog a = run_calls(m, m.wasm), b = run_calls(twin, twin.wasm);
  EXPECT_EQ(a.instantiated, b.instantiated) << what;
  if (a.exhausted || b.exhausted) return false;
  EXPECT_EQ(a.outcomes.size(), b.outcomes.size()) << what;
  for (size_t i = 0; i < std::min(a.outcomes.size(), b.outcomes.size()); ++i) {
    EXPECT_EQ(a.outcomes[i].kind, b.outcomes[i].kind)
        << what << " call " << i << ": " << a.outcomes[i].to_string() << " vs " << b.outcomes[i].to_string();
    EXPECT_EQ(a.outcomes[i].values, b.outcomes[i].values) << what << " call " << i;
    if (a.outcomes[i].kind == Outcome::Kind::Trapped) EXPECT_EQ(a.outcomes[i].trap, b.outcomes[i].trap) << what;
    EXPECT_EQ(a.globals[i], b.globals[i]) << what << " globals after call " << i;
    if (i < a.memories.size() && i < b.memories.size())
      EXPECT_TRUE(a.memories[i] == b.memories[i]) << what << " memory after call " << i;
  }
  EXPECT_EQ(a.trace, b.trace) << what << " host calls";
  return a.instantiated;
}

TEST(Twin, GeneratedModulesBehaveLikeTheirTwins) {
  generator::Generator gen;
  generator::TwinRewriter twins;
  GeneratedModule m, twin;
  uint32_t compared = 0, edits = 0;
  for (uint32_t i = 0; i < 300 && !HasFailure(); ++i) {
    generator::Scope scope = i % 2 ? generator::Scope::Full : generator::Scope::IntegerCore;
    ASSERT_TRUE(gen.generate_swarm(bytes_for(i, 100 + (i * 41) % 1500), scope, m).ok());
    generator::MutationCounts counts;
    ASSERT_TRUE(twins.make_twin(m, bytes_for(i + 7, 16), twin, &counts).ok());
    edits += counts.total();
    compared += expect_same_behaviour(m, twin, "generated input " + std::to_string(i));
  }
  EXPECT_GT(compared, 200u);
  EXPECT_GT(edits, 1000u);
}

TEST(Twin, SlicesOfRealModulesBehaveLikeTheirTwins) {
  generator::SeedPool pool;
  Status loaded = pool.add_directory(std::string(TANDEM_SOURCE_DIR) + "/corpus/real");
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  generator::RealModuleMutator mutator(pool);
  generator::TwinRewriter twins;
  GeneratedModule m, twin;
  uint32_t compared = 0, edits = 0, returned = 0;
  for (uint32_t i = 0; i < 200 && !HasFailure(); ++i) {
    ASSERT_TRUE(mutator.generate(bytes_for(1000 + i, 200 + (i * 29) % 800), m).ok());
    generator::MutationCounts counts;
    ASSERT_TRUE(twins.make_twin(m, bytes_for(i + 3, 16), twin, &counts).ok());
    edits += counts.total();
    compared += expect_same_behaviour(m, twin, "slice " + std::to_string(i));
    CallLog r = run_calls(m, m.wasm);
    for (const Outcome& o : r.outcomes) returned += o.kind == Outcome::Kind::Returned;
  }
  EXPECT_GT(compared, 150u);
  EXPECT_GT(edits, 500u);
  EXPECT_GT(returned, 200u) << "slices should mostly run, not only trap";
}

// Slices of the real seeds, mutated, on every engine: with the NaNs the
// mutator canonicalizes, results, memory and globals compare bit for bit,
// and no engine disagrees with the interpreter (a disagreement here is a
// finding of the backends, to be reduced and fixed).
TEST(RealModules, SlicesAgreeOnEveryEngine) {
  generator::SeedPool pool;
  Status loaded = pool.add_directory(std::string(TANDEM_SOURCE_DIR) + "/corpus/real");
  ASSERT_TRUE(loaded.ok()) << loaded.error().to_string();
  generator::RealModuleMutator mutator(pool);
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(DiffOptions{});
  ASSERT_TRUE(oracle.ok()) << oracle.error().to_string();
  GeneratedModule m;
  DiffCase c;
  uint32_t agree = 0, calls = 0;
  for (uint32_t i = 0; i < 120; ++i) {
    ASSERT_TRUE(mutator.generate(bytes_for(5000 + i, 100 + (i * 37) % 900), m).ok());
    c.wasm = m.wasm;
    c.calls.clear();
    for (const generator::Invocation& inv : m.invocations) {
      DiffCall& call = c.calls.emplace_back();
      call.export_name = m.export_name(inv);
      for (const generator::ArgValue& a : m.args_of(inv)) call.args.push_back(Value{a.type, a.bits, a.null, a.hi});
    }
    DiffVerdict v = (*oracle)->run(c);
    EXPECT_NE(v.kind, DiffVerdict::Kind::Mismatch) << "slice " << i << ": " << v.finding->to_string();
    agree += v.kind == DiffVerdict::Kind::Agree;
    calls += v.calls_compared;
  }
  EXPECT_GT(agree, 100u);
  EXPECT_GT(calls, 400u);
}

}  // namespace
}  // namespace tandem::oracle
