// The reducer on a planted miscompile, end to end: a baseline engine that
// compiles every i32.rem_s as i32.rem_u (a one-operator slip of the kind
// scripts/mutants plants in the real backends), a module the generator
// made on which it shows, and `reduce` as `tandem reduce` runs it: forked
// verdicts, the signature's operator located by probes, restarts, the ISA
// flag step. What comes out must be what a person wants to read: one
// function, at most a dozen operators, a fixed point well inside a minute.
#include <gtest/gtest.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <vector>

#include "generator/generator.h"
#include "oracle/engines/engine_factory.h"
#include "oracle/reduce/module_edits.h"
#include "oracle/reduce/reducer.h"
#include "shared_compile/settings.h"
#include "wabt/ir.h"
#include "wasm/decoder.h"
#include "wasm/op_reader.h"

namespace tandem::oracle {
namespace {

// The real baseline engine, given every module with its i32.rem_s
// operators turned into i32.rem_u (both one byte, neither with an
// immediate): a miscompile of one operator, invisible to the rest.
class RemSAsRemU : public Engine {
 public:
  RemSAsRemU(HostEnv* host, std::unique_ptr<Engine> inner) : Engine(host), inner_(std::move(inner)) {}
  std::string_view name() const override { return inner_->name(); }
  InstantiateResult instantiate(std::span<const uint8_t> wasm) override {
    std::vector<uint8_t> planted(wasm.begin(), wasm.end());
    if (Result<wasm::Module> m = wasm::decode(wasm); m.ok()) {
      for (const wasm::Function& f : m->functions) {
        wasm::OpReader ops(wasm, f.code_start, f.code_end);
        while (!ops.done()) {
          Result<wasm::Op> op = ops.next();
          if (!op.ok()) break;
          if (op->opcode == wasm::Opcode::I32RemS) planted[op->offset] = 0x70;  // i32.rem_u
        }
      }
    }
    return inner_->instantiate(planted);
  }
  Status register_instance(InstanceId id, std::string_view module_name) override {
    return inner_->register_instance(id, module_name);
  }
  Result<Outcome> invoke(InstanceId id, std::string_view export_name, std::span<const Value> args) override {
    return inner_->invoke(id, export_name, args);
  }
  Result<Value> read_global(InstanceId id, std::string_view export_name) override {
    return inner_->read_global(id, export_name);
  }
  Result<std::span<const uint8_t>> read_memory(InstanceId id, std::string_view export_name) override {
    return inner_->read_memory(id, export_name);
  }
  void reset() override { inner_->reset(); }

 private:
  std::unique_ptr<Engine> inner_;
};

// The interpreter as the reference, the planted baseline, and the real
// optimizing backend, under the options' settings.
Result<std::unique_ptr<DifferentialOracle>> planted_oracle(const DiffOptions& options) {
  std::vector<DifferentialOracle::EngineEntry> engines;
  const NativeRunOptions run{.in_process = true, .call_deadline_ms = options.limits.call_deadline_ms};
  for (const char* name : {"interp", "baseline", "optimizing"}) {
    DifferentialOracle::EngineEntry e;
    e.host = std::make_unique<HostEnv>(HostEnv::empty());
    e.host->set_stub_unknown_imports(true);
    // Each backend gets the settings it accepts, as the real oracle does.
    std::vector<std::string> settings;
    if (std::string_view(name) != "interp")
      settings = compile::settings_for_backend(
          std::string_view(name) == "baseline" ? compile::Backend::Baseline : compile::Backend::Optimizing,
          options.settings);
    TANDEM_TRY(e.engine, make_engine(name, e.host.get(), settings, run));
    if (std::string_view(name) == "baseline")
      e.engine = std::make_unique<RemSAsRemU>(e.host.get(), std::move(e.engine));
    engines.push_back(std::move(e));
  }
  return DifferentialOracle::with_engines(options, std::move(engines), planted_oracle);
}

// The first generated module (from a fixed sequence of inputs) on which
// the planted baseline disagrees, with its calls.
bool find_planted_finding(const DiffOptions& options, DiffCase* c) {
  Result<std::unique_ptr<DifferentialOracle>> oracle = planted_oracle(options);
  if (!oracle.ok()) return false;
  generator::Generator generator;
  generator::GeneratedModule m;
  uint64_t state = 0x9e3779b97f4a7c15ull;
  std::vector<uint8_t> input(2048);
  for (int attempt = 0; attempt < 300; ++attempt) {
    for (uint8_t& b : input) {
      state ^= state << 13, state ^= state >> 7, state ^= state << 17;
      b = static_cast<uint8_t>(state >> 24);
    }
    if (!generator.generate_swarm(input, generator::Scope::IntegerCore, m).ok()) continue;
    c->wasm = m.wasm;
    c->calls.clear();
    for (const generator::Invocation& inv : m.invocations) {
      DiffCall call{m.export_name(inv), {}};
      for (const generator::ArgValue& a : m.args_of(inv)) call.args.push_back(Value{a.type, a.bits, a.null, a.hi});
      c->calls.push_back(std::move(call));
    }
    DiffVerdict v = (*oracle)->run(*c);
    if (v.kind == DiffVerdict::Kind::Mismatch && v.finding->blamed_backend() == "baseline") return true;
  }
  return false;
}

TEST(PlantedMiscompile, ASingleOperatorMiscompileReducesToOneFunctionOfAtMostTwelveOperators) {
  DiffOptions diff;
  diff.with_mixed = false;
  diff.in_process = true;
  DiffCase original;
  ASSERT_TRUE(find_planted_finding(diff, &original)) << "no generated module in 300 shows rem_s computed as rem_u";
  std::unique_ptr<wabt::Module> before = reduce_ir::read_ir(original.wasm);
  ASSERT_TRUE(before);
  const reduce_ir::Measure original_size = reduce_ir::measure(*before, original.wasm.size());

  ReduceOptions options;
  options.diff = diff;
  options.time_budget = std::chrono::seconds(60);
  options.make_oracle = planted_oracle;
  Result<ReduceResult> r = reduce(original, options);
  ASSERT_TRUE(r.ok()) << r.error().to_string();

  std::unique_ptr<wabt::Module> after = reduce_ir::read_ir(r->reduced.wasm);
  ASSERT_TRUE(after);
  const reduce_ir::Measure size = reduce_ir::measure(*after, r->reduced.wasm.size());
  std::printf("planted rem_s as rem_u: %zu functions, %zu operators, %zu bytes -> %zu, %zu, %zu (%s; %u candidates)\n",
              original_size.functions, original_size.operators, original.wasm.size(), size.functions, size.operators,
              r->reduced.wasm.size(), r->finding.signature().c_str(), r->attempts);
  EXPECT_EQ(r->finding.blamed_backend(), "baseline") << r->finding.to_string();
  EXPECT_TRUE(r->finding.signature().ends_with("/i32.rem_s")) << r->finding.signature();
  EXPECT_TRUE(r->converged) << "the 60 s budget ended the reduction at " << size.operators << " operators";
  EXPECT_EQ(size.functions, 1u) << "from " << original_size.functions;
  EXPECT_LE(size.operators, 12u) << "from " << original_size.operators;
  EXPECT_GT(original_size.operators, 4 * size.operators) << "a generated module, not a small one";
  // i32.rem_u needs no extension: the bundle asks for none.
  for (const std::string& s : r->settings)
    EXPECT_FALSE(s.starts_with("has_") && s.ends_with("=true")) << s << " is not needed by this finding";
}

}  // namespace
}  // namespace tandem::oracle
