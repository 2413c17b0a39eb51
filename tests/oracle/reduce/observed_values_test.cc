// What each operator computed, as the reducer observes it on the
// interpreter, and the edit that replaces an operator by the constant it
// always had: the module keeps computing what it computed.
#include "oracle/reduce/observed_values.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <vector>

#include "oracle/engines/host_env.h"
#include "oracle/engines/interp_engine.h"
#include "oracle/engines/text_format.h"
#include "oracle/reduce/module_edits.h"
#include "wabt/ir.h"
#include "wasm/op_reader.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

// (4 + 3) * 2 after a loop whose counter takes three values.
constexpr const char* kComputes = R"((module
  (func (export "f") (param i32) (result i32) (local i32)
    (loop
      (local.set 1 (i32.add (local.get 1) (i32.const 1)))
      (br_if 0 (i32.lt_u (local.get 1) (i32.const 3))))
    (i32.mul (i32.add (local.get 0) (i32.const 3)) (i32.const 2))))
)";

DiffCase computes_case() {
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(kComputes);
  EXPECT_TRUE(wasm.ok());
  return DiffCase{*wasm, {DiffCall{"f", {Value::i32(4)}}}};
}

// The end offsets of the operators with `opcode`, in order.
std::vector<uint32_t> ends_of(const std::vector<uint8_t>& wasm, wasm::Opcode opcode) {
  std::vector<uint32_t> ends;
  Result<wasm::Module> m = wasm::decode_and_validate(wasm);
  EXPECT_TRUE(m.ok());
  for (const wasm::Function& f : m->functions) {
    wasm::OpReader reader(m->bytes, f.code_start, f.code_end);
    while (!reader.done()) {
      Result<wasm::Op> op = reader.next();
      if (!op) break;
      if (op->opcode == opcode) ends.push_back(reader.position());
    }
  }
  return ends;
}

std::optional<uint32_t> run_f(const std::vector<uint8_t>& wasm, uint32_t arg) {
  HostEnv host = HostEnv::empty();
  InterpEngine engine{&host};
  InstantiateResult r = engine.instantiate(wasm);
  if (r.status != InstantiateResult::Status::Ok) return std::nullopt;
  std::vector<Value> args{Value::i32(arg)};
  Result<Outcome> o = engine.invoke(r.id, "f", args);
  if (!o.ok() || o->kind != Outcome::Kind::Returned || o->values.size() != 1) return std::nullopt;
  return static_cast<uint32_t>(o->values[0].bits);
}

TEST(ObservedValues, AnOperatorIsObservedWhenItAlwaysHadOneValue) {
  const DiffCase c = computes_case();
  const ObservedValues seen = observe_values(c);
  const std::vector<uint32_t> adds = ends_of(c.wasm, wasm::Opcode::I32Add);
  const std::vector<uint32_t> muls = ends_of(c.wasm, wasm::Opcode::I32Mul);
  const std::vector<uint32_t> compares = ends_of(c.wasm, wasm::Opcode::I32LtU);
  ASSERT_EQ(adds.size(), 2u);
  ASSERT_EQ(muls.size(), 1u);
  ASSERT_EQ(compares.size(), 1u);
  EXPECT_FALSE(seen.contains(adds[0])) << "the loop's counter: 1, 2, 3";
  EXPECT_FALSE(seen.contains(compares[0])) << "true, true, false";
  ASSERT_TRUE(seen.contains(adds[1]));
  EXPECT_EQ(seen.at(adds[1]), Value::i32(7));
  ASSERT_TRUE(seen.contains(muls[0]));
  EXPECT_EQ(seen.at(muls[0]), Value::i32(14));
  // In a child, the same.
  EXPECT_EQ(observe_values_within(c, std::chrono::milliseconds(10000)), seen);
}

TEST(ObservedValues, ACaseThatRunsForEverObservesNothingByTheDeadline) {
  Result<std::vector<uint8_t>> wasm =
      wat_to_wasm(R"((module (func (export "f") (param i32) (result i32) (loop (br 0)) (local.get 0))))");
  ASSERT_TRUE(wasm.ok());
  const auto started = std::chrono::steady_clock::now();
  EXPECT_TRUE(
      observe_values_within(DiffCase{*wasm, {DiffCall{"f", {Value::i32(1)}}}}, std::chrono::milliseconds(300)).empty());
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(5));
}

// Each ToObserved edit replaces an operator and its operands by the
// constant it had: the call computes what it did, with fewer instructions
// for each edit that takes operands away. The loop's counter is offered
// no such edit: it had three values.
TEST(ReducerEdits, ReplacesAnOperatorByTheConstantItAlwaysHad) {
  const DiffCase c = computes_case();
  const ObservedValues seen = observe_values(c);
  std::unique_ptr<wabt::Module> m = reduce_ir::read_ir(c.wasm);
  ASSERT_TRUE(m);
  std::vector<DiffCall> calls = c.calls;
  std::vector<reduce_ir::Edit> edits = reduce_ir::enumerate_edits(*m, calls, seen, /*observed_reads=*/true);
  size_t offered = 0;
  bool mul_gone = false;
  for (const reduce_ir::Edit& e : edits) {
    if (e.kind != reduce_ir::Edit::Kind::ToObserved) continue;
    ++offered;
    std::unique_ptr<wabt::Module> copy = reduce_ir::read_ir(c.wasm);
    ASSERT_TRUE(reduce_ir::apply_edit(copy, e, calls));
    std::optional<std::vector<uint8_t>> wasm = reduce_ir::write_ir(*copy);
    ASSERT_TRUE(wasm.has_value());
    ASSERT_TRUE(wasm::decode_and_validate(*wasm).ok());
    EXPECT_EQ(run_f(*wasm, 4), 14u) << e.value.to_string();
    mul_gone = mul_gone || ends_of(*wasm, wasm::Opcode::I32Mul).empty();
  }
  // local.get 0 (4), the outer i32.add (7), the i32.mul (14); the loop's
  // counter reads (local.get 1: 0, 1, 2) and the compare are absent.
  EXPECT_EQ(offered, 3u);
  EXPECT_TRUE(mul_gone);
  // A read alone is offered only when asked for (after the first fixed point).
  std::unique_ptr<wabt::Module> early = reduce_ir::read_ir(c.wasm);
  std::vector<reduce_ir::Edit> without_reads = reduce_ir::enumerate_edits(*early, calls, seen);
  EXPECT_EQ(std::count_if(without_reads.begin(), without_reads.end(),
                          [](const reduce_ir::Edit& e) { return e.kind == reduce_ir::Edit::Kind::ToObserved; }),
            2);
  // Without observations, none.
  std::unique_ptr<wabt::Module> again = reduce_ir::read_ir(c.wasm);
  std::vector<reduce_ir::Edit> plain = reduce_ir::enumerate_edits(*again, calls);
  EXPECT_TRUE(std::none_of(plain.begin(), plain.end(),
                           [](const reduce_ir::Edit& e) { return e.kind == reduce_ir::Edit::Kind::ToObserved; }));
}

}  // namespace
}  // namespace tandem::oracle
