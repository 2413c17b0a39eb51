// The reducer keeps a finding's signature while it removes what the finding
// does not need: calls, module fields (imports, types, globals, tables,
// segments, functions) and instructions. The finding here is planted with
// an empty compile budget: every module whose baseline compile counts any
// value-stack work is a compile_blowup/baseline/value_stack.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <map>
#include <thread>

#include <fmt/format.h>

#include "oracle/engines/interp_engine.h"
#include "oracle/engines/text_format.h"
#include "oracle/reduce/module_edits.h"
#include "oracle/reduce/observed_values.h"
#include "oracle/reduce/reducer.h"
#include "wabt/ir.h"
#include "wasm/decoder.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

constexpr const char* kModule = R"((module
  (import "host" "log" (func $log (param i32)))
  (import "host" "log2" (func $log2 (param i64 i64)))
  (type $unused (func (param f64) (result f32)))
  (memory (export "mem") 1)
  (global $g (export "g") (mut i32) (i32.const 5))
  (table 4 funcref)
  (elem (i32.const 0) $a $b)
  (data (i32.const 16) "some bytes that do not matter")
  (func $a (export "a") (param i32) (result i32)
    (call $log (local.get 0))
    (global.set $g (i32.add (global.get $g) (local.get 0)))
    (i32.mul (local.get 0) (i32.const 3)))
  (func $b (export "b") (param i32) (result i32)
    (block (result i32)
      (br_if 0 (i32.const 7) (local.get 0))
      (drop)
      (call $a (i32.const 9)))))
)";

TEST(Reducer, KeepsTheSignatureAndRemovesWhatTheFindingDoesNotNeed) {
  DiffCase c;
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(kModule);
  ASSERT_TRUE(wasm.ok()) << wasm.error().to_string();
  c.wasm = *wasm;
  c.calls = {DiffCall{"a", {Value::i32(1)}}, DiffCall{"b", {Value::i32(0)}}, DiffCall{"b", {Value::i32(2)}}};
  ReduceOptions options;
  options.diff.compile_budget_percent = 0;
  Result<ReduceResult> r = reduce(c, options);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_EQ(r->finding.signature(), "compile_blowup/baseline/value_stack");
  EXPECT_TRUE(r->reduced.calls.empty());  // a finding at instantiation needs no call
  EXPECT_LT(r->reduced.wasm.size(), r->original_size / 3) << r->reduced.wasm.size() << " of " << r->original_size;
  Result<wasm::Module> m = wasm::decode(r->reduced.wasm);
  ASSERT_TRUE(m.ok());
  EXPECT_TRUE(m->imports.empty());
  EXPECT_TRUE(m->globals.empty());
  EXPECT_TRUE(m->datas.empty());
  EXPECT_EQ(m->functions.size(), 1u);
  EXPECT_LT(r->attempts, 500u);  // the walk resumes where it was instead of starting over
}

TEST(Reducer, RefusesACaseWithoutAFinding) {
  DiffCase c;
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(kModule);
  ASSERT_TRUE(wasm.ok());
  c.wasm = *wasm;
  Result<ReduceResult> r = reduce(c, ReduceOptions{});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().kind, ErrorKind::Usage);
}

// A module of many functions, each calling the next (so that none can go
// while its caller's body holds the call): the bodies go by halves, and the
// candidates grow with the logarithm of the functions, not with them (one
// body per candidate took a candidate per function, each compiling all).
TEST(Reducer, ManyFunctionsGoByHalves) {
  std::string text = "(module\n";
  for (int i = 0; i < 128; ++i)
    text +=
        i + 1 < 128
            ? fmt::format("  (func $f{} (param i32) (result i32) (call $f{} (i32.add (local.get 0) (i32.const {}))))\n",
                          i, i + 1, i)
            : fmt::format("  (func $f{} (param i32) (result i32) (local.get 0))\n", i);
  text += ")";
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(text);
  ASSERT_TRUE(wasm.ok()) << wasm.error().to_string();
  DiffCase c;
  c.wasm = *wasm;
  ReduceOptions options;
  options.diff.compile_budget_percent = 0;
  Result<ReduceResult> r = reduce(c, options);
  ASSERT_TRUE(r.ok()) << r.error().to_string();
  EXPECT_TRUE(r->finding.signature().starts_with("compile_blowup/baseline/")) << r->finding.signature();
  Result<wasm::Module> m = wasm::decode(r->reduced.wasm);
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(m->functions.size(), 1u);
  EXPECT_LT(r->attempts, 100u) << "one candidate per function would take more than 128";
}

// --- The algorithm alone, judged by a predicate over the module's text ------

std::string text_of(const std::vector<uint8_t>& wasm) {
  Result<std::string> text = wasm_to_wat(wasm);
  return text.ok() ? *text : std::string();
}

DiffCase case_of(std::string_view wat, std::vector<DiffCall> calls = {}) {
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(wat);
  EXPECT_TRUE(wasm.ok()) << wasm.error().to_string();
  return DiffCase{wasm.ok() ? *wasm : std::vector<uint8_t>{}, std::move(calls)};
}

// What export `name` returns for `args` in the interpreter (one i32).
std::optional<uint32_t> run_i32(const std::vector<uint8_t>& wasm, std::string_view name, std::vector<Value> args) {
  HostEnv host = HostEnv::spectest();
  InterpEngine engine{&host};
  InstantiateResult r = engine.instantiate(wasm);
  if (r.status != InstantiateResult::Status::Ok) return std::nullopt;
  Result<Outcome> o = engine.invoke(r.id, name, args);
  if (!o.ok() || o->kind != Outcome::Kind::Returned || o->values.size() != 1) return std::nullopt;
  return static_cast<uint32_t>(o->values[0].bits);
}

// Holds while the module's text has every one of `needles` and none of
// `absent`.
CandidateJudge text_has(std::vector<std::string> needles, std::vector<std::string> absent = {}) {
  return [needles = std::move(needles), absent = std::move(absent)](const DiffCase& c) {
    const std::string text = text_of(c.wasm);
    auto in_text = [&](const std::string& n) { return text.find(n) != std::string::npos; };
    return std::all_of(needles.begin(), needles.end(), in_text) && std::none_of(absent.begin(), absent.end(), in_text);
  };
}

// A finding in how an addition carries a NaN payload: the addition and the
// payload stay, the other operand goes to 0 and stays there, and the
// reducer reaches a fixed point well inside its budget. (An edit that
// could take that operand from 0 to 1 and another that takes it back
// kept one constant flipping forever, every attempt spent.)
constexpr const char* kNanPayload = R"((module
  (func (export "f") (param i32) (result f32)
    (drop (i32.add (local.get 0) (i32.const 1000)))
    (drop (i64.const -77))
    (drop (f64.const 2.5))
    (f32.add (f32.const nan:0x200001) (f32.convert_i32_s (i32.const 3)))))
)";

// The finding is in the value returned: no `unreachable` may stand in for
// the addition's operands.
CandidateJudge nan_payload_in_an_addition() { return text_has({"nan:0x200001", "f32.add"}, {"unreachable"}); }

TEST(ReducerAlgorithm, ConvergesOnANanPayloadConstant) {
  const DiffCase c = case_of(kNanPayload);
  Reduction r = reduce_case(c, nan_payload_in_an_addition(), ReduceLimits{});
  EXPECT_TRUE(r.converged);
  EXPECT_LT(r.attempts, 1000u);
  EXPECT_LT(r.reduced.wasm.size(), c.wasm.size() * 2 / 3) << r.reduced.wasm.size() << " of " << c.wasm.size();
  const std::string text = text_of(r.reduced.wasm);
  // The converted 3 is one operator now (a constant or a parameter): the
  // addition and its two operands are all that is left.
  EXPECT_EQ(text.find("f32.convert_i32_s"), std::string::npos) << text;
  std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(r.reduced.wasm);
  ASSERT_TRUE(m);
  EXPECT_EQ(reduce_ir::measure(*m, r.reduced.wasm.size()).operators, 3u) << text;
  EXPECT_EQ(text.find("1000"), std::string::npos) << text;
  EXPECT_EQ(text.find("i64"), std::string::npos) << text;
  EXPECT_EQ(text.find("f64"), std::string::npos) << text;
}

// No cap on candidates (0) still ends, at the fixed point; a cap stops the
// run where it says.
TEST(ReducerAlgorithm, AnAttemptCapOfZeroMeansNone) {
  const DiffCase c = case_of(kNanPayload);
  ReduceLimits unlimited;
  unlimited.max_attempts = 0;
  Reduction r = reduce_case(c, nan_payload_in_an_addition(), unlimited);
  EXPECT_TRUE(r.converged);
  EXPECT_GT(r.attempts, 3u);
  ReduceLimits capped;
  capped.max_attempts = 3;
  Reduction s = reduce_case(c, nan_payload_in_an_addition(), capped);
  EXPECT_FALSE(s.converged);
  EXPECT_EQ(s.attempts, 3u);
}

TEST(ReducerAlgorithm, ReportsProgressOnEveryCandidateJudged) {
  uint32_t calls = 0, kept_seen = 0, last_judged = 0;
  ReduceLimits limits;
  limits.on_progress = [&](const Reduction& r) {
    ++calls;
    const uint32_t judged = r.attempts + r.repeated;
    EXPECT_GT(judged, last_judged);  // one report per verdict, not per edit listed
    kept_seen = r.accepted;
    last_judged = judged;
  };
  Reduction r = reduce_case(case_of(kNanPayload), nan_payload_in_an_addition(), limits);
  EXPECT_GT(r.accepted, 0u);
  EXPECT_EQ(kept_seen, r.accepted);
  EXPECT_EQ(calls, r.attempts + r.repeated) << "rejected candidates are reported too";
  EXPECT_GT(calls, r.accepted);
}

TEST(ReducerAlgorithm, ItsResultIsAFixedPoint) {
  Reduction once = reduce_case(case_of(kNanPayload), nan_payload_in_an_addition(), ReduceLimits{});
  ASSERT_TRUE(once.converged);
  Reduction twice = reduce_case(once.reduced, nan_payload_in_an_addition(), ReduceLimits{});
  EXPECT_TRUE(twice.converged);
  EXPECT_EQ(twice.accepted, 0u);
  EXPECT_EQ(twice.rounds, 2u) << "one round of each phase (the late edits wait for the first fixed point)";
  EXPECT_EQ(twice.reduced.wasm, once.reduced.wasm);
}

TEST(ReducerAlgorithm, IsDeterministic) {
  const DiffCase c = case_of(kNanPayload);
  Reduction a = reduce_case(c, nan_payload_in_an_addition(), ReduceLimits{});
  Reduction b = reduce_case(c, nan_payload_in_an_addition(), ReduceLimits{});
  EXPECT_EQ(a.reduced.wasm, b.reduced.wasm);
  EXPECT_EQ(a.attempts, b.attempts);
}

// Two ways for the finding to hold: thirteen constants together, or one
// i64 constant in an expression heavier than any other run. The first walk
// takes the heaviest edits first, loses the i64 one and stops at the
// thirteen (26 operators); a restart in another order keeps it instead and
// ends at two. Each restart's order comes from its number: the result is
// the same every time.
TEST(ReducerAlgorithm, RestartsInAnotherOrderFromALargeFixedPoint) {
  std::string body;
  for (int k = 101; k <= 113; ++k) body += fmt::format(" (drop (i32.const {}))", k);
  std::string heavy = "(i64.const 77)";
  for (int k = 0; k < 20; ++k) heavy = fmt::format("(i64.add {} (i64.const {}))", heavy, 1000 + k);
  const DiffCase c = case_of(fmt::format(R"((module (func (export "f"){} (drop {}))))", body, heavy));
  CandidateJudge judge = [](const DiffCase& candidate) {
    const std::string text = text_of(candidate.wasm);
    if (text.find("i64.const 77") != std::string::npos) return true;
    for (int k = 101; k <= 113; ++k)
      if (text.find(fmt::format("i32.const {}\n", k)) == std::string::npos) return false;
    return true;
  };
  Reduction r = reduce_case(c, judge, ReduceLimits{});
  EXPECT_TRUE(r.converged);
  const std::string text = text_of(r.reduced.wasm);
  EXPECT_NE(text.find("i64.const 77"), std::string::npos) << text;
  EXPECT_EQ(text.find("i32.const 101"), std::string::npos) << text;
  Reduction again = reduce_case(c, judge, ReduceLimits{});
  EXPECT_EQ(again.reduced.wasm, r.reduced.wasm);
  EXPECT_EQ(again.attempts, r.attempts);
}

// Restarts take the same first steps from the original and meet cases a
// walk before them judged: each case (bytes and calls) goes to the judge
// once, and the others keep the verdict it gave. (The seven constants the
// finding needs are 14 operators: every restart runs.)
TEST(ReducerAlgorithm, JudgesEachCaseOnce) {
  std::string body;
  for (int k = 101; k <= 113; ++k) body += fmt::format(" (drop (i32.const {}))", k);
  const DiffCase c = case_of(fmt::format(R"((module (func (export "f"){})))", body));
  std::map<std::vector<uint8_t>, int> judged;
  CandidateJudge judge = [&judged](const DiffCase& candidate) {
    ++judged[candidate.wasm];
    const std::string text = text_of(candidate.wasm);
    for (int k = 101; k <= 113; k += 2)
      if (text.find(fmt::format("i32.const {}\n", k)) == std::string::npos) return false;
    return true;
  };
  Reduction r = reduce_case(c, judge, ReduceLimits{});
  EXPECT_TRUE(r.converged);
  EXPECT_GT(r.repeated, 0u);  // restarts met what walks before them judged
  EXPECT_EQ(r.attempts, judged.size());
  for (const auto& [wasm, times] : judged) EXPECT_EQ(times, 1) << text_of(wasm);
}

// An integer constant that the finding needs odd: it moves down (4099 -> 1)
// and no candidate ever moves it back above a value it has kept.
TEST(ReducerAlgorithm, ConstantsOnlyMoveDown) {
  const DiffCase c = case_of(R"((module (func (export "f") (result i32) (i32.const 4099))))");
  int64_t smallest_kept = std::numeric_limits<int64_t>::max();
  bool moved_up = false;
  CandidateJudge odd = [&](const DiffCase& candidate) {
    const std::string text = text_of(candidate.wasm);
    const size_t at = text.find("i32.const ");
    if (at == std::string::npos) return false;
    const int64_t v = std::stoll(text.substr(at + 10));
    moved_up = moved_up || std::abs(v) > smallest_kept;
    if (v % 2 == 0) return false;
    smallest_kept = std::min(smallest_kept, std::abs(v));
    return true;
  };
  Reduction r = reduce_case(c, odd, ReduceLimits{});
  EXPECT_TRUE(r.converged);
  EXPECT_FALSE(moved_up);
  EXPECT_EQ(smallest_kept, 1) << text_of(r.reduced.wasm);
  EXPECT_NE(text_of(r.reduced.wasm).find("i32.const 1)"), std::string::npos) << text_of(r.reduced.wasm);
}

TEST(ReducerAlgorithm, StopsAtTheTimeBudgetWithTheSmallestCaseSoFar) {
  const DiffCase c = case_of(kNanPayload);
  CandidateJudge slow = [judge = nan_payload_in_an_addition()](const DiffCase& candidate) {
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return judge(candidate);
  };
  Reduction r = reduce_case(c, slow, ReduceLimits{5000, std::chrono::milliseconds(30)});
  EXPECT_FALSE(r.converged);
  EXPECT_LT(r.attempts, 20u);
  EXPECT_LE(r.reduced.wasm.size(), c.wasm.size());
  EXPECT_TRUE(nan_payload_in_an_addition()(r.reduced));
}

TEST(ReducerAlgorithm, ReplacesAnInstructionByOneOfItsOperands) {
  const DiffCase c = case_of(R"((module
    (func (export "f") (param i32) (result i32)
      (i32.add (i32.mul (local.get 0) (local.get 0)) (i32.const 7)))))");
  // The finding is in the value the function returns: no `unreachable`
  // may stand in for the addition.
  CandidateJudge returns_a_product = text_has({"i32.mul"}, {"unreachable"});
  Reduction r = reduce_case(c, returns_a_product, ReduceLimits{});
  const std::string text = text_of(r.reduced.wasm);
  EXPECT_EQ(text.find("i32.add"), std::string::npos) << text;
  EXPECT_EQ(text.find("i32.const"), std::string::npos) << text;
}

// The inner block goes; the branch in it that left both blocks now leaves
// one, so it must target depth 0 where it targeted depth 1 (the text names
// the one block left $B0; depth 1 would be the function's own label).
TEST(ReducerAlgorithm, UnnestsABlockThatNothingTargets) {
  const DiffCase c = case_of(R"((module
    (func (export "f") (result i32)
      (block $out (result i32)
        (block $in (br $out (i32.const 5)))
        (i32.const 6)))))");
  Reduction r = reduce_case(c, text_has({"br ", "i32.const 5"}), ReduceLimits{});
  const std::string text = text_of(r.reduced.wasm);
  EXPECT_NE(text.find("br $B0"), std::string::npos) << text;
  const size_t first = text.find("block");
  EXPECT_TRUE(first != std::string::npos && text.find("block", first + 1) == std::string::npos) << text;
}

// The `if` goes with its condition, and its else arm takes its place; the
// branch out of the function's block that crossed the `if` moves in.
TEST(ReducerAlgorithm, ReplacesAnIfByOneOfItsArms) {
  const DiffCase c = case_of(R"((module
    (func (export "f") (param i32) (result i32)
      (block $out (result i32)
        (if (result i32) (i32.eqz (local.get 0))
          (then (i32.const 1))
          (else (br $out (i32.const 5))))))))");
  Reduction r = reduce_case(c, text_has({"br ", "i32.const 5"}), ReduceLimits{});
  const std::string text = text_of(r.reduced.wasm);
  EXPECT_EQ(text.find("if"), std::string::npos) << text;
  EXPECT_EQ(text.find("i32.eqz"), std::string::npos) << text;
  EXPECT_NE(text.find("br $B0"), std::string::npos) << text;
}

TEST(ReducerAlgorithm, RemovesUnusedFieldsButNotTheCalledExports) {
  const DiffCase c = case_of(R"((module
    (memory (export "mem") 1)
    (global $g (export "g") (mut i32) (i32.const 5))
    (table 4 funcref)
    (elem (i32.const 0) $f)
    (data (i32.const 16) "bytes")
    (func $f (export "f") (result i32) (i32.const 1))))",
                             {DiffCall{"f", {}}});
  uint32_t without_f = 0;
  CandidateJudge judge = [&](const DiffCase& candidate) {
    if (candidate.calls.empty()) return false;  // the finding is in the call
    if (text_of(candidate.wasm).find("(export \"f\"") == std::string::npos) ++without_f;
    return true;
  };
  Reduction r = reduce_case(c, judge, ReduceLimits{});
  EXPECT_EQ(without_f, 0u) << "a called export is never offered for removal";
  Result<wasm::Module> m = wasm::decode(r.reduced.wasm);
  ASSERT_TRUE(m.ok());
  EXPECT_TRUE(m->globals.empty());
  EXPECT_TRUE(m->datas.empty());
  EXPECT_TRUE(m->elems.empty());
  EXPECT_EQ(m->exports.size(), 1u);
}

TEST(ReducerAlgorithm, DropsUnusedLocals) {
  const DiffCase c = case_of(R"((module
    (func (export "f") (param i32) (result i32) (local i64 f32 i32)
      (local.get 3))))");
  Reduction r = reduce_case(c, text_has({"local.get"}), ReduceLimits{});
  const std::string text = text_of(r.reduced.wasm);
  EXPECT_EQ(text.find("i64"), std::string::npos) << text;
  EXPECT_EQ(text.find("f32"), std::string::npos) << text;
  // The text names locals by index: the i32 that was local 3 is local 0
  // (the parameter nothing read went too).
  EXPECT_NE(text.find("(local $l0 i32)"), std::string::npos) << text;
  EXPECT_NE(text.find("local.get $l0"), std::string::npos) << text;
}

// Dropping one of many locals of one type leaves the bytes as they were (a
// run of 3 i32 is as long as a run of 2): the measure counts locals too.
TEST(ReducerAlgorithm, DropsUnusedLocalsOfOneType) {
  const DiffCase c = case_of(R"((module
    (func (export "f") (param i32) (result i32) (local i32 i32 i32)
      (local.get 2))))");
  Reduction r = reduce_case(c, text_has({"local.get"}), ReduceLimits{});
  const std::string text = text_of(r.reduced.wasm);
  EXPECT_NE(text.find("(local $l0 i32)\n"), std::string::npos) << text;
  EXPECT_NE(text.find("local.get $l0"), std::string::npos) << text;
}

// A parameter nothing reads is offered for removal; removing it takes the
// argument out of every call of the export, and out of every direct call
// (the instructions that compute it go).
TEST(ReducerEdits, DropsAnUnusedParameterAndItsArguments) {
  const DiffCase c = case_of(R"((module
    (func (export "f") (param i64 i32 f64) (result i32)
      (local.get 1))
    (func (export "g") (param i32 i32) (result i32)
      (call $h (local.get 0) (i32.const 0)))
    (func $h (param i32 i32) (result i32)
      (local.get 0))))");
  std::vector<DiffCall> calls = {DiffCall{"f", {Value::i64(5), Value::i32(7), Value::f64_bits(0)}},
                                 DiffCall{"g", {Value::i32(1), Value::i32(2)}}};
  std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(c.wasm);
  ASSERT_TRUE(m);
  std::vector<std::pair<size_t, size_t>> offered;  // (function, parameter)
  for (const reduce_ir::Edit& e : reduce_ir::enumerate_edits(*m, calls))
    if (e.kind == reduce_ir::Edit::Kind::DropParam) offered.emplace_back(e.index, e.start);
  const std::vector<std::pair<size_t, size_t>> expected = {{0, 0}, {0, 2}, {1, 1}, {2, 1}};
  EXPECT_EQ(offered, expected);

  // $h's second parameter, which g's call computes with `i32.const 0`.
  std::unique_ptr<wabt::Module> h = reduce_ir::read_ir(c.wasm);
  std::vector<DiffCall> h_calls = calls;
  ASSERT_TRUE(reduce_ir::apply_edit(h, {reduce_ir::Edit::Kind::DropParam, 2, 1}, h_calls));
  std::optional<std::vector<uint8_t>> h_bytes = reduce_ir::write_ir(*h);
  ASSERT_TRUE(h_bytes.has_value());
  ASSERT_TRUE(wasm::decode_and_validate(*h_bytes).ok()) << text_of(*h_bytes);
  EXPECT_EQ(text_of(*h_bytes).find("i32.const 0"), std::string::npos) << text_of(*h_bytes);
  EXPECT_EQ(run_i32(*h_bytes, "g", {Value::i32(4), Value::i32(5)}), 4u);
  EXPECT_EQ(h_calls[1].args.size(), 2u) << "no export's call changes";

  ASSERT_TRUE(reduce_ir::apply_edit(m, {reduce_ir::Edit::Kind::DropParam, 0, 0}, calls));
  std::optional<std::vector<uint8_t>> bytes = reduce_ir::write_ir(*m);
  ASSERT_TRUE(bytes.has_value());
  ASSERT_TRUE(wasm::decode_and_validate(*bytes).ok());
  const std::string text = text_of(*bytes);
  EXPECT_NE(text.find("(param $p0 i32) (param $p1 f64) (result i32)\n    local.get $p0"), std::string::npos) << text;
  ASSERT_EQ(calls[0].args.size(), 2u);
  EXPECT_EQ(calls[0].args[0].bits, 7u);
  EXPECT_EQ(calls[1].args.size(), 2u) << "g's calls are another export's";
  EXPECT_LT(bytes->size(), c.wasm.size()) << "f's type changed in place: no type added";
}

// The generator declares every function a body names with ref.func in a
// declarative segment, and a module without a table then has a segment
// whose (unused) table index resolves to nothing: wabt's ApplyNames
// refused such modules, and every edit of them failed, so the reducer
// could only drop calls (a planted rotr miscompile came back at 1,516
// instructions). Each must read, edit and write back.
TEST(ReducerEdits, ReadsModulesWithSegmentsButNoTable) {
  for (const char* wat : {"(module (func $f (result funcref) ref.func $f) (elem declare func $f))",
                          "(module (func $f) (func $g call $f) (elem func $f $g))",
                          // A segment the body names: it must resolve too.
                          "(module (func $f elem.drop $e) (elem $e func $f))"}) {
    const DiffCase c = case_of(wat);
    std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(c.wasm);
    ASSERT_TRUE(m) << wat;
    std::optional<std::vector<uint8_t>> same = reduce_ir::write_ir(*m);
    ASSERT_TRUE(same.has_value()) << wat;
    EXPECT_TRUE(wasm::decode_and_validate(*same).ok()) << wat;
    std::vector<DiffCall> calls;
    size_t written = 0;
    for (const reduce_ir::Edit& e : reduce_ir::enumerate_edits(*m, calls)) {
      std::unique_ptr<wabt::Module> copy = reduce_ir::read_ir(c.wasm);
      written += reduce_ir::apply_edit(copy, e, calls) && reduce_ir::write_ir(*copy).has_value();
    }
    EXPECT_GT(written, 0u) << wat;
  }
}

// Runs and expressions of every function and block are tried together,
// the edits that take out most first: the long loop of the second function
// before any single instruction of the first.
// The operators a reader counts: every line of the function bodies as the
// text format prints them, a block's, loop's and if's `end` and an `else`
// included; a global's initializer is none.
TEST(ReducerEdits, TheMeasureCountsTheOperatorsAsTheTextPrintsThem) {
  const DiffCase c = case_of(R"((module
    (global $g (mut i32) (i32.const 5))
    (func (export "f") (param i32) (result i32)
      (block (loop (br_if 1 (local.get 0))))
      (if (result i32) (local.get 0) (then (i32.const 1)) (else (global.get $g))))))");
  std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(c.wasm);
  ASSERT_TRUE(m);
  const reduce_ir::Measure size = reduce_ir::measure(*m, c.wasm.size());
  // block loop local.get br_if end end local.get if i32.const else global.get end
  EXPECT_EQ(size.operators, 12u);
  EXPECT_EQ(size.instructions, 9u);  // the initializer's constant, no ends
}

TEST(ReducerEdits, TheHeaviestRunsAndExpressionsComeFirst) {
  const DiffCase c = case_of(R"((module
    (func (export "f") (result i32) (i32.add (i32.const 1) (i32.const 2)))
    (func (export "g") (param i32)
      (loop
        (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
        (drop (i32.mul (local.get 0) (local.get 0)))
        (drop (i32.mul (local.get 0) (i32.const 3)))
        (br_if 0 (local.get 0))))))");
  std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(c.wasm);
  ASSERT_TRUE(m);
  std::vector<DiffCall> calls;
  std::vector<size_t> weights;
  for (const reduce_ir::Edit& e : reduce_ir::enumerate_edits(*m, calls))
    if (e.kind >= reduce_ir::Edit::Kind::RemoveRun) weights.push_back(e.weight);
  ASSERT_FALSE(weights.empty());
  EXPECT_TRUE(std::is_sorted(weights.rbegin(), weights.rend()));
  EXPECT_EQ(weights.front(), 15u) << "g's whole body: the loop and the 14 instructions in it";
  EXPECT_EQ(weights.back(), 0u) << "constants last";
}

// A finding the probes could not place holds for every finding of its
// kind and culprit, wherever they place the operator; a placed one holds
// only its own operator.
TEST(SignatureHold, AnUnplacedOperatorHoldsAnyOperatorOfItsKindAndCulprit) {
  Finding unplaced{MismatchKind::Global, "baseline+mixed", "f", "global 'g'", std::nullopt};
  SignatureHold hold(unplaced);
  EXPECT_EQ(hold.signature(), "global/baseline/-");
  EXPECT_TRUE(hold.holds(unplaced));
  Finding placed = unplaced;
  placed.op = wasm::Opcode::F32Ne;
  placed.op_class = wasm::op_info(wasm::Opcode::F32Ne).cls;
  Finding other_culprit = placed;
  other_culprit.culprit = "optimizing";
  EXPECT_FALSE(hold.holds(other_culprit)) << "another culprit is another bug";
  Finding other_kind = placed;
  other_kind.kind = MismatchKind::Result;
  EXPECT_FALSE(hold.holds(other_kind));
  EXPECT_TRUE(hold.holds(placed));
  EXPECT_EQ(hold.signature(), "global/baseline/f32.ne") << "the last one held";
  Finding elsewhere = unplaced;
  elsewhere.op = wasm::Opcode::I32Add;
  elsewhere.op_class = wasm::op_info(wasm::Opcode::I32Add).cls;
  EXPECT_TRUE(hold.holds(elsewhere));
  EXPECT_TRUE(hold.holds(unplaced));

  SignatureHold fixed(placed);
  EXPECT_FALSE(fixed.holds(elsewhere));
  EXPECT_FALSE(fixed.holds(unplaced));
  EXPECT_TRUE(fixed.holds(placed));
}

// A global's initializer is edited like a body's constants: it is often a
// loop's fuel or bound, which every later candidate runs through.
TEST(ReducerAlgorithm, ShrinksAGlobalsInitializer) {
  const DiffCase c = case_of(R"((module
    (global $fuel (mut i32) (i32.const 100000))
    (func (export "f") (result i32) (global.get $fuel)))
)",
                             {DiffCall{"f", {}}});
  Reduction r = reduce_case(c, text_has({"global.get"}), {});
  EXPECT_TRUE(r.converged);
  const std::string text = text_of(r.reduced.wasm);
  EXPECT_NE(text.find("(mut i32) (i32.const 0))"), std::string::npos) << text;
}

// The edits of one kind that the module offers, each applied to a fresh
// copy: the modules they make (nullopt where one did not apply or write).
std::vector<std::optional<std::vector<uint8_t>>> apply_each(const DiffCase& c, reduce_ir::Edit::Kind kind) {
  std::vector<std::optional<std::vector<uint8_t>>> out;
  std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(c.wasm);
  if (!m) return out;
  std::vector<DiffCall> calls = c.calls;
  for (const reduce_ir::Edit& e : reduce_ir::enumerate_edits(*m, calls)) {
    if (e.kind != kind) continue;
    std::unique_ptr<wabt::Module> copy = reduce_ir::read_ir(c.wasm);
    out.push_back(reduce_ir::apply_edit(copy, e, calls) ? reduce_ir::write_ir(*copy) : std::nullopt);
  }
  return out;
}

// A call of a function that nothing else names is offered for inlining
// (not one inside a loop, whose callee's locals would need resetting each
// time round; not one of a function something else names): the body runs
// in a block of the callee's result, a `return` in it leaves that block,
// the arguments go into new locals of the caller, and the callee goes.
TEST(ReducerEdits, InlinesACallOfAFunctionNothingElseNames) {
  const DiffCase c = case_of(R"((module
    (func $twice (param i32 i32) (result i32) (local i32)
      (local.set 2 (i32.mul (local.get 0) (i32.const 2)))
      (block (br_if 0 (local.get 1)) (return (i32.const 99)))
      (i32.sub (local.get 2) (local.get 1)))
    (func $shared (result i32) (i32.const 5))
    (func (export "f") (param i32) (result i32) (local i32)
      (local.set 1 (call $twice (local.get 0) (i32.const 3)))
      (loop (drop (call $shared)))
      (i32.add (local.get 1) (call $shared)))
    (func (export "g") (param i32) (result i32)
      (call $twice2 (local.get 0) (i32.const 0)))
    (func $twice2 (param i32 i32) (result i32) (local i32)
      (local.set 2 (i32.mul (local.get 0) (i32.const 2)))
      (block (br_if 0 (local.get 1)) (return (i32.const 99)))
      (i32.sub (local.get 2) (local.get 1)))))",
                             {DiffCall{"f", {Value::i32(10)}}, DiffCall{"g", {Value::i32(10)}}});
  std::vector<std::optional<std::vector<uint8_t>>> inlined = apply_each(c, reduce_ir::Edit::Kind::InlineCall);
  ASSERT_EQ(inlined.size(), 2u) << "the calls of $twice and $twice2; $shared has two callers";
  for (const std::optional<std::vector<uint8_t>>& wasm : inlined) {
    ASSERT_TRUE(wasm.has_value());
    ASSERT_TRUE(wasm::decode_and_validate(*wasm).ok()) << text_of(*wasm);
    std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(*wasm);
    ASSERT_TRUE(m);
    EXPECT_EQ(m->funcs.size(), 4u) << text_of(*wasm);
    EXPECT_TRUE(reduce_ir::measure(*m, wasm->size()) < reduce_ir::measure(*reduce_ir::read_ir(c.wasm), c.wasm.size()));
    // The same answers: 10 * 2 - 3 + 5 and the `return` of 99.
    EXPECT_EQ(run_i32(*wasm, "f", {Value::i32(10)}), 22u) << text_of(*wasm);
    EXPECT_EQ(run_i32(*wasm, "g", {Value::i32(10)}), 99u) << text_of(*wasm);
  }
}

// Bulk memory and table instructions are statements with known operands
// too: each goes with the instructions that compute its operands.
TEST(ReducerEdits, RemovesBulkMemoryAndTableStatementsWithTheirOperands) {
  const DiffCase c = case_of(R"((module
    (memory 1)
    (table 2 funcref)
    (func (export "f") (param i32)
      (memory.copy (local.get 0) (i32.const 1) (i32.const 2))
      (table.fill 0 (i32.const 0) (ref.null func) (i32.const 1)))))");
  std::vector<std::optional<std::vector<uint8_t>>> removed = apply_each(c, reduce_ir::Edit::Kind::RemoveWithOperands);
  ASSERT_EQ(removed.size(), 2u);
  for (const std::optional<std::vector<uint8_t>>& wasm : removed) {
    ASSERT_TRUE(wasm.has_value());
    ASSERT_TRUE(wasm::decode_and_validate(*wasm).ok()) << text_of(*wasm);
    const std::string text = text_of(*wasm);
    EXPECT_TRUE((text.find("memory.copy") == std::string::npos) != (text.find("table.fill") == std::string::npos))
        << text;
  }
}

// A computed value can become a parameter of its type (live and unknown
// to the compiler, as a constant is not).
TEST(ReducerEdits, ReplacesAValueByAParameterOfItsType) {
  const DiffCase c = case_of(R"((module
    (memory 1)
    (func (export "f") (param i32 i64 i32) (result i32)
      (i32.add (i32.load offset=8 (local.get 0)) (i32.const 3)))))",
                             {DiffCall{"f", {Value::i32(0), Value::i64(0), Value::i32(5)}}});
  std::vector<std::optional<std::vector<uint8_t>>> replaced = apply_each(c, reduce_ir::Edit::Kind::ToParam);
  ASSERT_EQ(replaced.size(), 2u) << "the addition, then the load, each by the last i32 parameter, $p2";
  std::vector<std::string> texts;
  for (const std::optional<std::vector<uint8_t>>& wasm : replaced) {
    ASSERT_TRUE(wasm.has_value());
    ASSERT_TRUE(wasm::decode_and_validate(*wasm).ok()) << text_of(*wasm);
    texts.push_back(text_of(*wasm));
  }
  EXPECT_EQ(run_i32(*replaced[0], "f", {Value::i32(0), Value::i64(0), Value::i32(5)}), 5u) << texts[0];
  EXPECT_EQ(texts[0].find("i32.add"), std::string::npos) << texts[0];
  EXPECT_EQ(run_i32(*replaced[1], "f", {Value::i32(0), Value::i64(0), Value::i32(5)}), 8u) << texts[1];
  EXPECT_EQ(texts[1].find("i32.load"), std::string::npos) << texts[1];
}

// `local.get $a local.set $b`: every reference to $b can name $a instead;
// the copy of $a into itself goes, and so does $b.
TEST(ReducerEdits, MergesALocalIntoTheOneItCopies) {
  const DiffCase c = case_of(R"((module
    (func (export "f") (param i32) (result i32) (local i32 i64 i32)
      (local.set 1 (local.get 0))
      (local.set 3 (i32.add (local.get 1) (i32.const 1)))
      (local.set 1 (i32.mul (local.get 1) (local.get 3)))
      (local.get 1))))",
                             {DiffCall{"f", {Value::i32(6)}}});
  std::vector<std::optional<std::vector<uint8_t>>> merged = apply_each(c, reduce_ir::Edit::Kind::MergeLocal);
  ASSERT_EQ(merged.size(), 1u) << "only $l1 copies another local";
  ASSERT_TRUE(merged[0].has_value());
  ASSERT_TRUE(wasm::decode_and_validate(*merged[0]).ok());
  const std::string text = text_of(*merged[0]);
  EXPECT_EQ(run_i32(*merged[0], "f", {Value::i32(6)}), 42u) << text;
  EXPECT_NE(text.find("(local $l1 i64) (local $l2 i32)"), std::string::npos) << text;
  EXPECT_EQ(text.find("local.get $p0\n    local.set $p0"), std::string::npos) << text;
  EXPECT_LT(merged[0]->size(), c.wasm.size());
}

// A value that waited on the stack while other instructions ran goes with
// the `drop` that ends it; a dropped tee becomes a set; a set read back at
// once becomes a tee. Every edit keeps the module valid, and the answers
// are what the edit says they are.
TEST(ReducerEdits, RemovesAValueThatOnlyWaitedOnTheStackForItsDrop) {
  const DiffCase c = case_of(R"((module
    (memory 1)
    (func (export "f") (param i32) (result i32) (local i32)
      local.get 0
      local.get 0
      i32.const 3
      i32.mul
      local.tee 1
      i32.const 0
      i32.const 5
      i32.store
      drop
      drop
      local.get 1
      i32.const 1
      i32.add
      local.set 1
      local.get 1)))",
                             {DiffCall{"f", {Value::i32(4)}}});
  ASSERT_EQ(run_i32(c.wasm, "f", {Value::i32(4)}), 13u);
  auto check = [&](reduce_ir::Edit::Kind kind, std::vector<uint32_t> answers, std::string_view gone) {
    std::vector<std::optional<std::vector<uint8_t>>> edited = apply_each(c, kind);
    ASSERT_EQ(edited.size(), answers.size());
    for (size_t i = 0; i < edited.size(); ++i) {
      ASSERT_TRUE(edited[i].has_value());
      const std::string text = text_of(*edited[i]);
      ASSERT_TRUE(wasm::decode_and_validate(*edited[i]).ok()) << text;
      EXPECT_LT(edited[i]->size(), c.wasm.size()) << text;
      EXPECT_EQ(run_i32(*edited[i], "f", {Value::i32(4)}), answers[i]) << text;
      if (!gone.empty()) EXPECT_EQ(text.find(gone), std::string::npos) << text;
    }
  };
  // The heavier first: the tee with its operands (then $l1 is 0 until the
  // add), then the first `local.get 0`, whose drop is the last.
  check(reduce_ir::Edit::Kind::RemoveDropped, {1u, 13u}, "");
  check(reduce_ir::Edit::Kind::TeeDroppedToSet, {13u}, "local.tee");
  check(reduce_ir::Edit::Kind::SetGetToTee, {13u}, "local.set");
}

// A value computed from operands can become a new last parameter of a
// function that only exports name: the case's calls pass the value it always
// had (it stays unknown to a compiler, as a constant is not), and a
// function no call runs gets a 0. A function something calls directly is
// left alone: its callers would need an argument.
TEST(ReducerEdits, ReplacesAValueByANewParameterThatTheCallsPass) {
  const DiffCase c = case_of(R"((module
    (memory 1)
    (data (i32.const 8) "\05")
    (func (export "f") (param i32) (result i32)
      (i32.add (i32.load offset=8 (local.get 0)) (call $callee)))
    (func $callee (result i32) (i32.mul (i32.const 6) (i32.const 7)))
    (func $unnamed (result i64) (i64.sub (i64.const 6) (i64.const 7)))))",
                             {DiffCall{"f", {Value::i32(0)}}});
  ASSERT_EQ(run_i32(c.wasm, "f", {Value::i32(0)}), 47u);
  const ObservedValues observed = observe_values(c);
  std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(c.wasm);
  ASSERT_TRUE(m);
  std::vector<std::pair<uint32_t, std::string>> seen;  // (answer of the first call, text)
  for (const reduce_ir::Edit& e : reduce_ir::enumerate_edits(*m, c.calls, observed)) {
    if (e.kind != reduce_ir::Edit::Kind::ToNewParam) continue;
    std::unique_ptr<wabt::Module> copy = reduce_ir::read_ir(c.wasm);
    std::vector<DiffCall> calls = c.calls;
    ASSERT_TRUE(reduce_ir::apply_edit(copy, e, calls));
    std::optional<std::vector<uint8_t>> wasm = reduce_ir::write_ir(*copy);
    ASSERT_TRUE(wasm.has_value());
    const std::string text = text_of(*wasm);
    ASSERT_TRUE(wasm::decode_and_validate(*wasm).ok()) << text;
    ASSERT_EQ(calls.size(), 1u);
    std::optional<uint32_t> answer = run_i32(*wasm, "f", calls[0].args);
    ASSERT_TRUE(answer.has_value()) << text;
    seen.emplace_back(*answer, text);
  }
  // The heaviest first: the addition (47 passed), $unnamed's subtraction
  // (no call runs it), the load (5 passed); not $callee's multiplication.
  ASSERT_EQ(seen.size(), 3u);
  for (const auto& [answer, text] : seen) {
    EXPECT_EQ(answer, 47u) << text;
    EXPECT_NE(text.find("i32.mul"), std::string::npos) << text;
  }
  EXPECT_EQ(seen[0].second.find("i32.add"), std::string::npos) << seen[0].second;
  EXPECT_NE(seen[1].second.find("(param $p0 i64) (result i64)\n    local.get $p0)"), std::string::npos)
      << seen[1].second;
  EXPECT_EQ(seen[2].second.find("i32.load"), std::string::npos) << seen[2].second;
}

// A compile-time finding (no call runs anything) needs values to exist,
// not what computes with them: thirteen values live across a call, say.
// Its consumers become one call of a stub that takes every value they
// read, where removing any one consumer would lose the value it read. A
// case with calls runs the code, and a stub's `unreachable` would change
// what it does: it gets no such edit.
constexpr const char* kLiveAcrossACall = R"((module
  (func $g)
  (func (export "f") (param i32 i32 i32 i32 i32 i32) (result i32)
    (call $g)
    (drop (i32.mul (local.get 0) (local.get 1)))
    (i32.add (i32.sub (local.get 2) (local.get 3)) (i32.xor (local.get 4) (i32.and (local.get 5) (i32.const 9))))))
)";

// Holds while the function that calls $g reads every parameter after the
// call and uses what it reads: no `unreachable` in that function, which
// would let the values wait on a dead stack.
CandidateJudge reads_every_parameter_after_the_call() {
  return [](const DiffCase& c) {
    const std::string text = text_of(c.wasm);
    const size_t call = text.find("call $f0\n");
    if (call == std::string::npos) return false;
    const std::string rest = text.substr(call, text.find("(func", call) - call);
    for (int p = 0; p < 6; ++p)
      if (rest.find(fmt::format("local.get $p{}\n", p)) == std::string::npos) return false;
    return rest.find("unreachable") == std::string::npos;
  };
}

TEST(ReducerAlgorithm, GathersTheValuesOfACompileTimeFindingIntoOneStubCall) {
  Reduction r = reduce_case(case_of(kLiveAcrossACall), reads_every_parameter_after_the_call(), ReduceLimits{});
  EXPECT_TRUE(r.converged);
  const std::string text = text_of(r.reduced.wasm);
  for (const char* op : {"i32.mul", "i32.add", "i32.sub", "i32.xor", "i32.and", "drop"})
    EXPECT_EQ(text.find(op), std::string::npos) << op << " in\n" << text;
  std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(r.reduced.wasm);
  ASSERT_TRUE(m);
  // $g's body, call $g, six reads, the stub's call, and the stub's body.
  EXPECT_EQ(reduce_ir::measure(*m, r.reduced.wasm.size()).operators, 10u) << text;
  EXPECT_NE(text.find("(param $p0 i32) (param $p1 i32) (param $p2 i32) (param $p3 i32) (param $p4 i32) "
                      "(param $p5 i32) (result i32)\n    unreachable)"),
            std::string::npos)
      << text;

  const DiffCase with_a_call = case_of(kLiveAcrossACall, {DiffCall{"f", std::vector<Value>(6, Value::i32(1))}});
  std::unique_ptr<wabt::Module> ir = reduce_ir::read_ir(with_a_call.wasm);
  ASSERT_TRUE(ir);
  for (const reduce_ir::Edit& e : reduce_ir::enumerate_edits(*ir, with_a_call.calls))
    EXPECT_TRUE(e.kind != reduce_ir::Edit::Kind::RunToCall && e.kind != reduce_ir::Edit::Kind::ToCall);
}

// A stand-in call's edit writes a valid module when its run leaves the
// stack as it found it, and the second of two like statements calls the
// stub that the first one's edit added.
TEST(ReducerEdits, AStandInCallReusesAStubOfItsSignature) {
  const DiffCase c = case_of(R"((module
    (func (export "f") (param i32 i64)
      (drop (i64.add (local.get 1) (i64.const 1)))
      (drop (i64.add (local.get 1) (i64.const 2))))))");
  // The first valid stand-in of one statement whose module keeps `drops`
  // drops.
  auto stand_in = [](const std::vector<uint8_t>& wasm, size_t drops) -> std::optional<std::vector<uint8_t>> {
    std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(wasm);
    if (!m) return std::nullopt;
    for (const reduce_ir::Edit& e : reduce_ir::enumerate_edits(*m, {})) {
      if (e.kind != reduce_ir::Edit::Kind::ToCall) continue;
      std::unique_ptr<wabt::Module> copy = reduce_ir::read_ir(wasm);
      std::vector<DiffCall> calls;
      if (!reduce_ir::apply_edit(copy, e, calls)) continue;
      std::optional<std::vector<uint8_t>> out = reduce_ir::write_ir(*copy);
      if (!out || !wasm::decode_and_validate(*out).ok()) continue;
      const std::string text = text_of(*out);
      size_t n = 0;
      for (size_t at = text.find("drop"); at != std::string::npos; at = text.find("drop", at + 1)) ++n;
      if (n == drops) return out;
    }
    return std::nullopt;
  };
  std::optional<std::vector<uint8_t>> once = stand_in(c.wasm, 1);
  ASSERT_TRUE(once.has_value());
  const std::string text = text_of(*once);
  EXPECT_NE(text.find("(func $f1 (type $t1) (param $p0 i64)\n    unreachable)"), std::string::npos) << text;
  std::optional<std::vector<uint8_t>> twice = stand_in(*once, 0);
  ASSERT_TRUE(twice.has_value()) << text;
  const std::string text2 = text_of(*twice);
  EXPECT_EQ(text2.find("$f2"), std::string::npos) << text2;  // no second stub
  EXPECT_NE(text2.find("local.get $p1\n    call $f1\n    local.get $p1\n    call $f1)"), std::string::npos) << text2;
}

// A local that a gathered run set keeps a value the compiler does not
// know: it becomes a parameter, where an unset local would read a 0 that
// the compiler folds (and the register it needed would be free).
TEST(ReducerEdits, ALocalThatAStandInCallsRunSetBecomesAParameter) {
  const DiffCase c = case_of(R"((module
    (func $g)
    (func (export "f") (param i32) (result i32) (local i64 i32)
      (local.set 2 (i32.mul (local.get 0) (i32.const 3)))
      (call $g)
      (local.get 2))))");
  std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(c.wasm);
  ASSERT_TRUE(m);
  std::optional<std::string> gathered;
  for (const reduce_ir::Edit& e : reduce_ir::enumerate_edits(*m, {})) {
    if (e.kind != reduce_ir::Edit::Kind::ToCall) continue;
    std::unique_ptr<wabt::Module> copy = reduce_ir::read_ir(c.wasm);
    std::vector<DiffCall> calls;
    if (!reduce_ir::apply_edit(copy, e, calls)) continue;
    std::optional<std::vector<uint8_t>> out = reduce_ir::write_ir(*copy);
    if (!out || !wasm::decode_and_validate(*out).ok()) continue;
    const std::string text = text_of(*out);
    if (text.find("i32.mul") == std::string::npos) gathered = text;
    break;
  }
  ASSERT_TRUE(gathered.has_value());
  // The i32 local is the last parameter now; the i64 one stays a local.
  EXPECT_NE(gathered->find("(param $p0 i32) (param $p1 i32) (result i32)\n    (local $l2 i64)\n    local.get $p0\n"
                           "    call $f2\n    call $f0\n    local.get $p1)"),
            std::string::npos)
      << *gathered;
}

// Statements next to a stand-in call join it, and the stub that only that
// call named takes the new signature: no function is added.
TEST(ReducerEdits, AStandInCallTakesInTheStatementsNextToIt) {
  const DiffCase c = case_of(R"((module
    (func $stub (param i32))
    (func (export "f") (param i32 i32 i32)
      (drop (i32.mul (local.get 1) (local.get 2)))
      (call $stub (local.get 0))
      (drop (i32.eqz (i32.eqz (local.get 2)))))))");
  std::unique_ptr<wabt::Module> ir = reduce_ir::read_ir(c.wasm);
  ASSERT_TRUE(ir);
  ir->funcs[0]->exprs.push_back(std::make_unique<wabt::UnreachableExpr>());  // $stub's body
  std::optional<std::vector<uint8_t>> stubbed = reduce_ir::write_ir(*ir);
  ASSERT_TRUE(stubbed.has_value());
  std::vector<std::string> grown;
  std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(*stubbed);
  ASSERT_TRUE(m);
  for (const reduce_ir::Edit& e : reduce_ir::enumerate_edits(*m, {})) {
    if (e.kind != reduce_ir::Edit::Kind::GrowCall) continue;
    std::unique_ptr<wabt::Module> copy = reduce_ir::read_ir(*stubbed);
    std::vector<DiffCall> calls;
    ASSERT_TRUE(reduce_ir::apply_edit(copy, e, calls));
    std::optional<std::vector<uint8_t>> out = reduce_ir::write_ir(*copy);
    ASSERT_TRUE(out.has_value());
    const std::string text = text_of(*out);
    EXPECT_TRUE(wasm::decode_and_validate(*out).ok()) << text;
    EXPECT_EQ(copy->funcs.size(), 2u) << text;
    grown.push_back(text);
  }
  // Before: the multiplication; after: the double eqz.
  ASSERT_EQ(grown.size(), 2u);
  auto one_has = [&grown](const std::string& needle) {
    return std::any_of(grown.begin(), grown.end(), [&](const std::string& t) { return t.find(needle) != t.npos; });
  };
  EXPECT_TRUE(
      one_has("(param $p0 i32) (param $p1 i32) (param $p2 i32)\n    unreachable)\n  (func $f (type $t1) "
              "(param $p0 i32) (param $p1 i32) (param $p2 i32)\n    local.get $p1\n    local.get $p2\n"
              "    local.get $p0\n    call $f0\n    local.get $p2\n    i32.eqz"))
      << grown[0] << grown[1];
  EXPECT_TRUE(
      one_has("(param $p0 i32) (param $p1 i32)\n    unreachable)\n  (func $f (type $t1) (param $p0 i32) "
              "(param $p1 i32) (param $p2 i32)\n    local.get $p1\n    local.get $p2\n    i32.mul\n    drop\n"
              "    local.get $p0\n    local.get $p2\n    call $f0)"))
      << grown[0] << grown[1];
}

// A memory shrinks by halves and loses the room it may grow into: a case
// that runs through memory until it traps at the end runs half as long.
TEST(ReducerEdits, ShrinksAMemoryByHalvesAndDownToItsInitialSize) {
  const DiffCase c = case_of(R"((module (memory (export "mem") 4 8)
    (func (export "f") (result i32) (memory.size))))",
                             {DiffCall{"f", {}}});
  std::vector<std::optional<std::vector<uint8_t>>> shrunk = apply_each(c, reduce_ir::Edit::Kind::ShrinkMemory);
  ASSERT_EQ(shrunk.size(), 2u);
  const std::unique_ptr<wabt::Module> before = reduce_ir::read_ir(c.wasm);
  const std::vector<std::string> limits = {"(memory $mem 2 8)", "(memory $mem 4 4)"};
  for (size_t i = 0; i < shrunk.size(); ++i) {
    ASSERT_TRUE(shrunk[i].has_value());
    const std::string text = text_of(*shrunk[i]);
    ASSERT_TRUE(wasm::decode_and_validate(*shrunk[i]).ok()) << text;
    EXPECT_NE(text.find(limits[i]), std::string::npos) << text;
    std::unique_ptr<wabt::Module> after = reduce_ir::read_ir(*shrunk[i]);
    EXPECT_TRUE(reduce_ir::measure(*after, shrunk[i]->size()) < reduce_ir::measure(*before, c.wasm.size()));
  }
  EXPECT_EQ(run_i32(*shrunk[0], "f", {}), 2u);
}

// A br_table's targets halve, its default staying, until none is left; a
// block no target names any more can then unnest.
TEST(ReducerEdits, HalvesABrTablesTargets) {
  const DiffCase c = case_of(R"((module
    (func (export "f") (param i32) (result i32)
      (block (block (block (block
        (br_table 0 1 2 3 3 (local.get 0)))
        (return (i32.const 10)))
        (return (i32.const 11)))
        (return (i32.const 12)))
      (i32.const 13))))",
                             {DiffCall{"f", {Value::i32(1)}}});
  std::vector<std::optional<std::vector<uint8_t>>> halved = apply_each(c, reduce_ir::Edit::Kind::BrTableHalve);
  ASSERT_EQ(halved.size(), 1u);
  ASSERT_TRUE(halved[0].has_value());
  const std::string text = text_of(*halved[0]);
  ASSERT_TRUE(wasm::decode_and_validate(*halved[0]).ok()) << text;
  EXPECT_NE(text.find("br_table $B3 $B2 $B0\n"), std::string::npos) << text;
  EXPECT_LT(halved[0]->size(), c.wasm.size());
  EXPECT_EQ(run_i32(*halved[0], "f", {Value::i32(1)}), 11u);
  EXPECT_EQ(run_i32(*halved[0], "f", {Value::i32(2)}), 13u) << "past the targets: the default";
  // To the default alone, by halves.
  CandidateJudge any_br_table = text_has({"br_table"});
  Reduction r = reduce_case(c, any_br_table, ReduceLimits{});
  EXPECT_NE(text_of(r.reduced.wasm).find("br_table $B0\n"), std::string::npos) << text_of(r.reduced.wasm);
}

}  // namespace
}  // namespace tandem::oracle
