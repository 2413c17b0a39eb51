// The operator locator on real engines. Under the exact NaN policy a NaN's
// payload is compared bit for bit, and the backends' f32.min keeps an input
// NaN's payload where the interpreter returns the canonical NaN (the spec
// allows both): a mismatch that is seen only at the end of the call, which
// the locator places at the f32.min when nothing else differs, and at the
// first operator whose non-NaN value differs when something does (the
// generator canonicalizes NaNs after the operator that made them, out of
// the probes' sight, so a payload must not take the blame for a bug that
// lies further on).
#include "oracle/differential/operator_locator.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "oracle/engines/text_format.h"
#include "wasm/op_reader.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

constexpr const char* kMinThenArithmetic = R"((module
  (memory (export "mem") 1)
  (func (export "result") (param f32 f32) (result f32)
    local.get 0 local.get 1 f32.min)
  (func (export "bits") (param f32 f32) (result i32)
    local.get 0 local.get 1 f32.min
    i32.reinterpret_f32 i32.const 1 i32.add)
  (func (export "memory") (param f32 f32)
    i32.const 8 local.get 0 local.get 1 f32.min f32.store))
)";

DiffCase case_of(const char* export_name) {
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(kMinThenArithmetic);
  EXPECT_TRUE(wasm.ok()) << wasm.error().to_string();
  // A signalling NaN's payload: quieted by the interpreter, kept by x86's minss.
  return DiffCase{*wasm, {DiffCall{export_name, {Value::f32_bits(0x7fa00000), Value::f32_bits(0x3f800000)}}}};
}

DiffVerdict run(const DiffCase& c, NanPolicy policy, bool locate, std::string only_starting = "") {
  DiffOptions o;
  o.nan_policy = policy;
  o.locate_operators = locate;
  o.locate_only_signatures_starting = std::move(only_starting);
  o.in_process = true;
  Result<std::unique_ptr<DifferentialOracle>> oracle = DifferentialOracle::create(o);
  EXPECT_TRUE(oracle.ok());
  return (*oracle)->run(c);
}

uint32_t offset_of_first(const DiffCase& c, wasm::Opcode opcode) {
  Result<wasm::Module> m = wasm::decode_and_validate(c.wasm);
  for (const wasm::Function& f : m->functions) {
    wasm::OpReader reader(m->bytes, f.code_start, f.code_end);
    while (!reader.done()) {
      wasm::Op op = *reader.next();
      if (op.opcode == opcode) return op.offset;
    }
  }
  return 0;
}

TEST(OperatorLocator, AResultMismatchIsPlacedAtTheOperatorThatFirstDiffers) {
  DiffCase c = case_of("result");
  DiffVerdict v = run(c, NanPolicy::Exact, true);
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  ASSERT_EQ(v.finding->kind, MismatchKind::Result);
  ASSERT_TRUE(v.finding->op.has_value()) << v.finding->to_string();
  EXPECT_EQ(*v.finding->op, wasm::Opcode::F32Min);
  EXPECT_EQ(v.finding->op_offset, offset_of_first(c, wasm::Opcode::F32Min));
  EXPECT_EQ(v.finding->signature(), "result/baseline+optimizing/f32.min");
}

TEST(OperatorLocator, AMemoryMismatchIsPlacedToo) {
  DiffCase c = case_of("memory");
  DiffVerdict v = run(c, NanPolicy::Exact, true);
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  ASSERT_EQ(v.finding->kind, MismatchKind::Memory);
  ASSERT_TRUE(v.finding->op.has_value());
  EXPECT_EQ(*v.finding->op, wasm::Opcode::F32Min);
}

TEST(OperatorLocator, ANanPayloadYieldsToTheFirstOtherDifference) {
  // The payloads differ at the f32.min, the integer bits at the
  // reinterpret: the reinterpret is blamed, under either policy.
  for (NanPolicy policy : {NanPolicy::Exact, NanPolicy::Spec}) {
    DiffVerdict v = run(case_of("bits"), policy, true);
    ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
    ASSERT_TRUE(v.finding->op.has_value());
    EXPECT_EQ(*v.finding->op, wasm::Opcode::I32ReinterpretF32);
  }
}

TEST(OperatorLocator, OffLeavesTheFindingUnplaced) {
  DiffVerdict v = run(case_of("result"), NanPolicy::Exact, false);
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_FALSE(v.finding->op.has_value());
  EXPECT_EQ(v.finding->signature(), "result/baseline+optimizing/-");
}

TEST(OperatorLocator, OnlySignaturesWithTheWantedStartAreLocated) {
  DiffVerdict other = run(case_of("result"), NanPolicy::Exact, true, "memory/baseline+optimizing/");
  ASSERT_EQ(other.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(other.finding->signature(), "result/baseline+optimizing/-");
  DiffVerdict wanted = run(case_of("result"), NanPolicy::Exact, true, "result/baseline+optimizing/");
  ASSERT_EQ(wanted.kind, DiffVerdict::Kind::Mismatch);
  EXPECT_EQ(wanted.finding->signature(), "result/baseline+optimizing/f32.min");
}

// A probed copy of a loop calls a probe for every value of every
// iteration: the calls stop at kMaxProbeCalls, and a difference before
// that is still placed.
TEST(OperatorLocator, AMismatchBeforeTheProbeLimitIsPlacedInALongLoop) {
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(R"((module
    (func (export "spin") (param f32 f32) (result f32) (local i32)
      (loop
        (local.set 2 (i32.add (local.get 2) (i32.const 1)))
        (br_if 0 (i32.lt_u (local.get 2) (i32.const 1000000))))
      local.get 0 local.get 1 f32.min))
  )");
  ASSERT_TRUE(wasm.ok()) << wasm.error().to_string();
  DiffCase c{*wasm, {DiffCall{"spin", {Value::f32_bits(0x7fa00000), Value::f32_bits(0x3f800000)}}}};
  DiffVerdict v = run(c, NanPolicy::Exact, true);
  ASSERT_EQ(v.kind, DiffVerdict::Kind::Mismatch);
  // The loop's probes come first and alike on every engine; past the
  // limit the probed run traps, so f32.min is reached only by the
  // bisection's runs, which probe fewer operators.
  ASSERT_TRUE(v.finding->op.has_value()) << v.finding->to_string();
  EXPECT_EQ(*v.finding->op, wasm::Opcode::F32Min);
}

// walk_back on a scripted probe: `n` probe sites at offsets 100 + ordinal,
// run in ordinal order. `differs` are the ordinals whose probes see a
// different value; with `together_hides`, a run that probes more than one
// operator sees none.
struct ScriptedProbes {
  std::vector<uint32_t> differs;
  bool together_hides = false;
  std::vector<generator::ProbeRange> runs;
  std::optional<uint32_t> operator()(const generator::ProbeRange& r) {
    runs.push_back(r);
    uint32_t probed = 0;
    std::optional<uint32_t> first;
    for (uint32_t k = r.first; k < r.last; ++k) {
      if (!r.contains(k)) continue;
      ++probed;
      if (!first && std::find(differs.begin(), differs.end(), k) != differs.end()) first = 100 + k;
    }
    return together_hides && probed > 1 ? std::nullopt : first;
  }
};

std::vector<generator::ProbeSite> sites(uint32_t n) {
  std::vector<generator::ProbeSite> out;
  for (uint32_t k = 0; k < n; ++k) out.push_back({100 + k, 0});
  return out;
}

TEST(OperatorLocator, TheWalkBackFollowsTheSourceThatDiffersFirstUntilTheyAgree) {
  // 108 reads 107 and 105, 105 reads 103, 103 reads 101. 105 and 107 both
  // differ, 105 first; 101 agrees: the difference begins at 103. 104 and
  // 106 differ too, but nothing on the way reads them.
  ValueSources sources{.of = {{108, {107, 105}}, {105, {103}}, {103, {101}}}};
  ScriptedProbes probes{{3, 4, 5, 6, 7, 8}};
  EXPECT_EQ(walk_back(sites(12), sources, 108, std::ref(probes)), 103u);
  ASSERT_EQ(probes.runs.size(), 3u) << "{105, 107}, 103, 101";
  EXPECT_EQ(probes.runs[0].only, (std::vector<uint32_t>{5, 7})) << "an operator's sources are probed together";
  EXPECT_EQ(probes.runs[1].only, std::vector<uint32_t>{3});
}

TEST(OperatorLocator, TheWalkBackProbesSourcesAloneWhenTogetherTheyHideTheDifference) {
  ValueSources sources{.of = {{108, {107, 105}}}};
  ScriptedProbes probes{{7, 8}, true};
  EXPECT_EQ(walk_back(sites(12), sources, 108, std::ref(probes)), 107u);
  EXPECT_EQ(probes.runs.size(), 3u) << "{105, 107}, then 105, then 107";
}

TEST(OperatorLocator, TheWalkBackGoesThroughOperatorsThatCannotBeProbedAndVisitsEachOnce) {
  // 111 reads 50, which no probe sees, and 50 reads 109. 109 reads 111
  // back (a checksum folded into itself) and 106.
  ValueSources sources{.of = {{111, {50}}, {50, {109}}, {109, {111, 106}}}};
  ScriptedProbes probes{{6, 9, 11}};
  EXPECT_EQ(walk_back(sites(12), sources, 111, std::ref(probes)), 106u);
  EXPECT_EQ(probes.runs.size(), 2u);
}

TEST(OperatorLocator, TheWalkBackNamesACallOfSeveralResultsWhoseArgumentsAgree) {
  // 108 reads 60 (a call of several results, which no probe sees), whose
  // argument 104 agrees: the call is where the difference begins.
  ValueSources sources{.of = {{108, {60}}, {60, {104}}}, .several_values = {60}};
  ScriptedProbes probes{{8}};
  EXPECT_EQ(walk_back(sites(12), sources, 108, std::ref(probes)), 60u);
  // When its argument differs, the walk goes on there instead.
  ScriptedProbes argument{{4, 8}};
  EXPECT_EQ(walk_back(sites(12), sources, 108, std::ref(argument)), 104u);
}

TEST(OperatorLocator, TheWalkBackEndsWithItsBudget) {
  // A chain through every operator, each differing: the walk stops after
  // kMaxWalkBackRuns probed runs.
  ValueSources sources;
  std::vector<uint32_t> all;
  for (uint32_t k = 0; k < 40; ++k) {
    all.push_back(k);
    if (k > 0) sources.of[100 + k] = {100 + k - 1};
  }
  ScriptedProbes probes{all};
  EXPECT_EQ(walk_back(sites(40), sources, 139, std::ref(probes)), 139u - kMaxWalkBackRuns);
  EXPECT_EQ(probes.runs.size(), static_cast<size_t>(kMaxWalkBackRuns));
  // With no sources it names what it was given, and probes nothing.
  ScriptedProbes none{all};
  EXPECT_EQ(walk_back(sites(40), {}, 139, std::ref(none)), 139u);
  EXPECT_TRUE(none.runs.empty());
}

TEST(OperatorLocator, OnlyUnplacedValueMismatchesNeedIt) {
  Finding f;
  f.kind = MismatchKind::Result;
  EXPECT_TRUE(needs_operator(f));
  f.op = wasm::Opcode::I32Add;
  EXPECT_FALSE(needs_operator(f));
  Finding crash;
  crash.kind = MismatchKind::Crash;
  EXPECT_FALSE(needs_operator(crash));
}

}  // namespace
}  // namespace tandem::oracle
