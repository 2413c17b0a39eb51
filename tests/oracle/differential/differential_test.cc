// The differential oracle's comparison on scripted engines: every kind of
// mismatch is found, the culprit is whoever disagrees with the reference,
// trap offsets compare only between engines that know them, and the NaN
// policy decides whether NaN payloads matter.
#include <gtest/gtest.h>

#include <algorithm>

#include "oracle/differential/differential.h"
#include "oracle/engines/text_format.h"

namespace tandem::oracle {
namespace {

using compile::TrapCode;

// An engine that answers every call from a script. It exports memory "mem"
// and global "g" of whatever content the script sets.
class ScriptedEngine final : public Engine {
 public:
  struct Step {
    Outcome outcome;
    std::vector<std::vector<Value>> host_calls;  // arguments of host calls made during the call
    uint8_t memory_byte = 0;
    Value global = Value::i32(0);
  };

  ScriptedEngine(HostEnv* host, std::string name, std::vector<Step> steps)
      : Engine(host), name_(std::move(name)), steps_(std::move(steps)) {}

  std::string_view name() const override { return name_; }
  // What instantiate answers instead of success, when set.
  void fail_instantiation(InstantiateResult r) { failure_ = std::move(r); }
  // An engine without steps lacks an operator of the module.
  InstantiateResult instantiate(std::span<const uint8_t>) override {
    next_ = 0;
    memory_.assign(16, 0);
    if (failure_) return *failure_;
    InstantiateResult r;
    if (steps_.empty()) {
      r.status = InstantiateResult::Status::Unsupported;
      r.message = "i8x16.popcnt";
    }
    return r;
  }
  Status register_instance(InstanceId, std::string_view) override { return {}; }
  Result<Outcome> invoke(InstanceId, std::string_view, std::span<const Value>) override {
    const Step& s = steps_.at(next_++);
    for (const auto& args : s.host_calls) {
      std::optional<uint32_t> id = host().resolve_func("host", "log", wasm::FuncType{{wasm::ValType::I32}, {}});
      std::vector<Value> none;
      host().call(*id, args, none);
    }
    memory_[0] = s.memory_byte;
    global_ = s.global;
    return s.outcome;
  }
  Result<Value> read_global(InstanceId, std::string_view) override { return global_; }
  Result<std::span<const uint8_t>> read_memory(InstanceId, std::string_view) override {
    return std::span<const uint8_t>(memory_);
  }
  void reset() override {}

 private:
  std::string name_;
  std::vector<Step> steps_;
  std::optional<InstantiateResult> failure_;
  size_t next_ = 0;
  std::vector<uint8_t> memory_;
  Value global_;
};

// A module exporting a memory and a global, so the oracle reads both.
std::vector<uint8_t> module_with_exports() {
  return *wat_to_wasm(R"((module (memory (export "mem") 1) (global (export "g") i32 (i32.const 0))
                                 (func (export "f") (result i32) i32.const 0)))");
}

DiffVerdict run_scripts(std::vector<std::pair<std::string, std::vector<ScriptedEngine::Step>>> engines,
                        size_t calls = 1, NanPolicy policy = NanPolicy::Exact, bool keep_transcript = false) {
  DiffOptions options;
  options.nan_policy = policy;
  options.keep_transcript = keep_transcript;
  std::vector<DifferentialOracle::EngineEntry> entries;
  for (auto& [name, steps] : engines) {
    auto host = std::make_unique<HostEnv>(HostEnv::empty());
    host->set_stub_unknown_imports(true);
    auto engine = std::make_unique<ScriptedEngine>(host.get(), name, std::move(steps));
    entries.push_back({std::move(host), std::move(engine)});
  }
  auto oracle = DifferentialOracle::with_engines(options, std::move(entries));
  DiffCase c;
  c.wasm = module_with_exports();
  for (size_t i = 0; i < calls; ++i) c.calls.push_back(DiffCall{"f", {}});
  return oracle->run(c);
}

ScriptedEngine::Step returns(Value v) { return {Outcome::returned({v})}; }
ScriptedEngine::Step traps(TrapCode code, std::optional<uint32_t> offset) { return {Outcome::trapped(code, offset)}; }

TEST(Differential, AgreementIsAgreement) {
  DiffVerdict v = run_scripts({{"interp", {returns(Value::i32(1))}},
                               {"baseline", {returns(Value::i32(1))}},
                               {"optimizing", {returns(Value::i32(1))}}});
  EXPECT_EQ(v.kind, DiffVerdict::Kind::Agree);
  EXPECT_EQ(v.calls_compared, 1u);
}

// An engine that cannot compile the module (a backend without one of its
// operators) sits the case out; the others still compare, and a mismatch
// among them is still a finding. With the reference out, or one engine
// left, there is nothing to compare.
TEST(Differential, AnEngineThatCannotCompileTheModuleSitsOutAndTheOthersCompare) {
  DiffVerdict agree = run_scripts(
      {{"interp", {returns(Value::i32(1))}}, {"baseline", {returns(Value::i32(1))}}, {"optimizing", {}}, {"mixed", {}}},
      1, NanPolicy::Exact, /*keep_transcript=*/true);
  EXPECT_EQ(agree.kind, DiffVerdict::Kind::Agree) << agree.inconclusive_reason;
  EXPECT_EQ(agree.sat_out, "optimizing+mixed");
  EXPECT_EQ(agree.calls_compared, 1u);
  ASSERT_EQ(agree.transcript.size(), 2u);
  EXPECT_EQ(agree.transcript[1].outcomes[2], "(sat out: unsupported)");

  DiffVerdict mismatch =
      run_scripts({{"interp", {returns(Value::i32(1))}}, {"optimizing", {}}, {"baseline", {returns(Value::i32(2))}}});
  ASSERT_EQ(mismatch.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(mismatch.finding->culprit, "baseline");

  DiffVerdict no_reference =
      run_scripts({{"interp", {}}, {"baseline", {returns(Value::i32(1))}}, {"optimizing", {returns(Value::i32(1))}}});
  EXPECT_EQ(no_reference.kind, DiffVerdict::Kind::Inconclusive);
  EXPECT_NE(no_reference.inconclusive_reason.find("interp: i8x16.popcnt"), std::string::npos);
  EXPECT_EQ(no_reference.sat_out, "");
  DiffVerdict alone = run_scripts({{"interp", {returns(Value::i32(1))}}, {"baseline", {}}, {"optimizing", {}}});
  EXPECT_EQ(alone.kind, DiffVerdict::Kind::Inconclusive);
  EXPECT_NE(alone.inconclusive_reason.find("baseline: i8x16.popcnt"), std::string::npos);
}

TEST(Differential, AResultMismatchNamesTheEngineThatDisagreesWithTheReference) {
  DiffVerdict v = run_scripts({{"interp", {returns(Value::i32(1))}},
                               {"baseline", {returns(Value::i32(1))}},
                               {"optimizing", {returns(Value::i32(2))}}});
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(v.finding->kind, MismatchKind::Result);
  EXPECT_EQ(v.finding->culprit, "optimizing");
  EXPECT_EQ(v.finding->export_name, "f");
  EXPECT_EQ(v.finding->signature(), "result/optimizing/-");
}

TEST(Differential, WhenEveryNativeEngineDisagreesTheyAreAllNamed) {
  DiffVerdict v = run_scripts({{"interp", {returns(Value::i32(1))}},
                               {"baseline", {returns(Value::i32(2))}},
                               {"optimizing", {returns(Value::i32(2))}}});
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(v.finding->culprit, "baseline+optimizing");
}

// The transcript marks what the oracle compares, not what the texts say:
// the interpreter's trap names its message, a native engine's its offset.
TEST(Differential, TheTranscriptMarksTheEnginesThatDifferFromTheReference) {
  DiffVerdict v = run_scripts({{"interp", {traps(TrapCode::IntegerOverflow, std::nullopt)}},
                               {"baseline", {traps(TrapCode::IntegerOverflow, 10)}},
                               {"optimizing", {returns(Value::i32(0))}}},
                              1, NanPolicy::Exact, /*keep_transcript=*/true);
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  ASSERT_EQ(v.transcript.size(), 2u);
  EXPECT_EQ(v.transcript[0].label, "(instantiate)");
  EXPECT_EQ(v.transcript[0].differs, (std::vector<bool>{false, false, false}));
  EXPECT_NE(v.transcript[1].outcomes[0], v.transcript[1].outcomes[1]);
  EXPECT_EQ(v.transcript[1].differs, (std::vector<bool>{false, false, true}));
}

TEST(Differential, TrapCodesMustMatch) {
  DiffVerdict v = run_scripts({{"interp", {traps(TrapCode::IntegerOverflow, std::nullopt)}},
                               {"baseline", {traps(TrapCode::IntegerDivideByZero, 10)}}});
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(v.finding->kind, MismatchKind::Trap);
}

TEST(Differential, TrapOffsetsCompareBetweenEnginesThatKnowThem) {
  // The reference knows no offset: no complaint against it.
  DiffVerdict same = run_scripts({{"interp", {traps(TrapCode::Unreachable, std::nullopt)}},
                                  {"baseline", {traps(TrapCode::Unreachable, 10)}},
                                  {"optimizing", {traps(TrapCode::Unreachable, 10)}}});
  EXPECT_EQ(same.kind, DiffVerdict::Kind::Agree);
  DiffVerdict v = run_scripts({{"interp", {traps(TrapCode::Unreachable, std::nullopt)}},
                               {"baseline", {traps(TrapCode::Unreachable, 10)}},
                               {"optimizing", {traps(TrapCode::Unreachable, 12)}}});
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(v.finding->kind, MismatchKind::TrapOffset);
  EXPECT_EQ(v.finding->culprit, "optimizing");
}

TEST(Differential, HostTracesMemoryAndGlobalsAreCompared) {
  ScriptedEngine::Step a = returns(Value::i32(0)), b = a;
  b.host_calls = {{Value::i32(5)}};
  DiffVerdict trace = run_scripts({{"interp", {a}}, {"baseline", {b}}});
  ASSERT_EQ(trace.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(trace.finding->kind, MismatchKind::HostTrace);

  ScriptedEngine::Step m = a;
  m.memory_byte = 1;
  DiffVerdict memory = run_scripts({{"interp", {a}}, {"baseline", {m}}});
  ASSERT_EQ(memory.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(memory.finding->kind, MismatchKind::Memory);

  ScriptedEngine::Step g = a;
  g.global = Value::i32(9);
  DiffVerdict global = run_scripts({{"interp", {a}}, {"baseline", {g}}});
  ASSERT_EQ(global.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(global.finding->kind, MismatchKind::Global);
}

TEST(Differential, TheNanPolicyDecidesWhetherPayloadsMatter) {
  Value quiet = Value::f32_bits(0x7fc00000), payload = Value::f32_bits(0x7fc00001);
  EXPECT_EQ(run_scripts({{"interp", {returns(quiet)}}, {"baseline", {returns(payload)}}}, 1, NanPolicy::Exact).kind,
            DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(run_scripts({{"interp", {returns(quiet)}}, {"baseline", {returns(payload)}}}, 1, NanPolicy::Spec).kind,
            DiffVerdict::Kind::Agree);
  // A NaN never matches a number, whatever the policy.
  EXPECT_EQ(
      run_scripts({{"interp", {returns(quiet)}}, {"baseline", {returns(Value::f32_bits(0))}}}, 1, NanPolicy::Spec).kind,
      DiffVerdict::Kind::Mismatch);
}

TEST(Differential, ExhaustionIsInconclusiveAndStopsTheComparison) {
  Outcome exhausted = Outcome::trapped(TrapCode::StackOverflow);
  exhausted.kind = Outcome::Kind::Exhausted;
  DiffVerdict v = run_scripts({{"interp", {{exhausted}, returns(Value::i32(1))}},
                               {"baseline", {returns(Value::i32(7)), returns(Value::i32(2))}}},
                              2);
  EXPECT_EQ(v.kind, DiffVerdict::Kind::Inconclusive);
}

TEST(Differential, ACrashIsAFindingAgainstTheCrashingEngine) {
  Outcome crash;
  crash.kind = Outcome::Kind::Crashed;
  crash.detail = "signal 11";
  DiffVerdict v = run_scripts({{"interp", {returns(Value::i32(1))}}, {"optimizing", {{crash}}}});
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(v.finding->kind, MismatchKind::Crash);
  EXPECT_EQ(v.finding->culprit, "optimizing");
}

// A compiler error at a wasm offset (the allocation checker's) names the
// operator there; one without an offset names none.
TEST(Differential, ACompilerErrorAtAnInstructionNamesItsOperator) {
  const std::vector<uint8_t> wasm = module_with_exports();
  // f's body, `i32.const 0 end`, is the last such run (the global's
  // initializer is the first).
  const uint8_t body[] = {0x41, 0x00, 0x0b};
  auto at = std::find_end(wasm.begin(), wasm.end(), std::begin(body), std::end(body));
  ASSERT_NE(at, wasm.end());
  const auto offset = static_cast<uint32_t>(at - wasm.begin());
  auto signature_of = [&](std::optional<uint32_t> error_offset) {
    std::vector<DifferentialOracle::EngineEntry> entries;
    for (const char* name : {"interp", "baseline", "optimizing"}) {
      auto host = std::make_unique<HostEnv>(HostEnv::empty());
      auto engine = std::make_unique<ScriptedEngine>(host.get(), name, std::vector{returns(Value::i32(0))});
      if (std::string_view(name) == "optimizing") {
        InstantiateResult failed;
        failed.status = InstantiateResult::Status::CompilerError;
        failed.message = "optimizing backend, function 0: internal error: regalloc checker: ...";
        failed.error_offset = error_offset;
        engine->fail_instantiation(failed);
      }
      entries.push_back({std::move(host), std::move(engine)});
    }
    DiffVerdict v =
        DifferentialOracle::with_engines(DiffOptions{}, std::move(entries))->run(DiffCase{wasm, {{"f", {}}}});
    return v.kind == DiffVerdict::Kind::Mismatch ? v.finding->signature() : std::string("no mismatch");
  };
  EXPECT_EQ(signature_of(offset), "compiler_error/optimizing/i32.const");
  EXPECT_EQ(signature_of(std::nullopt), "compiler_error/optimizing/-");
}

TEST(Differential, LaterCallsAreComparedToo) {
  DiffVerdict v = run_scripts({{"interp", {returns(Value::i32(1)), returns(Value::i32(2))}},
                               {"baseline", {returns(Value::i32(1)), returns(Value::i32(3))}}},
                              2);
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(v.calls_compared, 1u);
}

}  // namespace
}  // namespace tandem::oracle

namespace tandem::oracle {
namespace {

// The signature names the backend the culprits blame, whatever other
// engines ran, and the operator where one is known: repeats of one bug
// merge, distinct operators stay apart.
TEST(FindingSignature, NamesTheBlamedBackendAndTheOperator) {
  auto sig = [](std::string culprit, std::optional<wasm::Opcode> op = std::nullopt) {
    Finding f;
    f.kind = MismatchKind::Trap;
    f.culprit = std::move(culprit);
    f.op = op;
    if (op) f.op_class = wasm::op_info(*op).cls;
    return f.signature();
  };
  EXPECT_EQ(sig("optimizing"), "trap/optimizing/-");
  EXPECT_EQ(sig("optimizing+optimizing-none+mixed"), "trap/optimizing/-");
  EXPECT_EQ(sig("optimizing-none"), "trap/optimizing/-");
  EXPECT_EQ(sig("baseline+mixed"), "trap/baseline/-");
  EXPECT_EQ(sig("baseline+optimizing+mixed"), "trap/baseline+optimizing/-");
  EXPECT_EQ(sig("mixed"), "trap/mixed/-");
  EXPECT_EQ(sig("optimizing", wasm::Opcode::I32DivS), "trap/optimizing/i32.div_s");
  EXPECT_NE(sig("optimizing", wasm::Opcode::I32DivS), sig("optimizing", wasm::Opcode::I32RemS));
  Finding classed;
  classed.kind = MismatchKind::Result;
  classed.culprit = "baseline";
  classed.op_class = wasm::OpClass::IntDivRem;
  EXPECT_EQ(classed.signature(), "result/baseline/int_divrem");
}

// A v128 under the spec NaN policy: NaN lanes may differ in payload, read
// as f32x4 or as f64x2 lanes; any other difference is one. Under the exact
// policy every bit counts.
TEST(Differential, AV128sNanLanesMayDifferUnderTheSpecPolicyOnly) {
  // f32x4 lanes (1.0, NaN, 2.0, -NaN) with two payloads.
  const Value quiet = Value::v128(0x7fc000003f800000ull, 0xffc0000040000000ull);
  const Value payload = Value::v128(0x7fa000013f800000ull, 0xff80000540000000ull);
  auto verdict = [](Value x, Value y, NanPolicy p) {
    return run_scripts({{"interp", {returns(x)}}, {"baseline", {returns(y)}}}, 1, p).kind;
  };
  EXPECT_EQ(verdict(quiet, payload, NanPolicy::Spec), DiffVerdict::Kind::Agree);
  EXPECT_EQ(verdict(quiet, payload, NanPolicy::Exact), DiffVerdict::Kind::Mismatch);
  // f64x2 lanes: a NaN's payload in the upper lane.
  EXPECT_EQ(verdict(Value::v128(1, 0x7ff8000000000000ull), Value::v128(1, 0xfff0000000000001ull), NanPolicy::Spec),
            DiffVerdict::Kind::Agree);
  // A number lane that differs is a difference, NaNs elsewhere or not.
  const Value other_number = Value::v128(0x7fa000013f800001ull, 0xff80000540000000ull);
  EXPECT_EQ(verdict(quiet, other_number, NanPolicy::Spec), DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(verdict(Value::v128(1, 2), Value::v128(1, 3), NanPolicy::Spec), DiffVerdict::Kind::Mismatch);
}

// One engine trapped where the other did, but before a host call the other
// made (a trapping operator hoisted above it): the traces agree until the
// early one ends, which is what lets the locator name the trapping operator.
TEST(Differential, ATrapBeforeAHostCallTheOtherMadeIsMarkedAsEndingEarly) {
  ScriptedEngine::Step late = traps(TrapCode::IntegerOverflow, std::nullopt);
  late.host_calls = {{Value::i32(1)}, {Value::i32(2)}};
  late.memory_byte = 1;
  ScriptedEngine::Step early = traps(TrapCode::IntegerOverflow, 0x2a);
  early.host_calls = {{Value::i32(1)}};
  DiffVerdict v = run_scripts({{"interp", {late}}, {"baseline", {late}}, {"optimizing", {early}}});
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(v.finding->culprit, "optimizing");
  EXPECT_TRUE(v.finding->probes_end_early);
  EXPECT_EQ(v.finding->trap_offset, std::optional<uint32_t>(0x2a)) << "the native engine's offset";
  EXPECT_FALSE(v.finding->op.has_value()) << "placing it is the locator's job";

  // A call that differs before the end is no early end; nor is a return.
  ScriptedEngine::Step other = early;
  other.host_calls = {{Value::i32(7)}};
  v = run_scripts({{"interp", {late}}, {"optimizing", {other}}});
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_FALSE(v.finding->probes_end_early);
  ScriptedEngine::Step returned = returns(Value::i32(0));
  returned.host_calls = {{Value::i32(1)}};
  v = run_scripts({{"interp", {late}}, {"optimizing", {returned}}});
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_FALSE(v.finding->probes_end_early);
  EXPECT_FALSE(v.finding->trap_offset.has_value());
}

}  // namespace
}  // namespace tandem::oracle
