// Every integer operator on edge values, compiled by the baseline and
// checked against wabt's interpreter: with both operands as parameters
// (registers and memory operands), with one constant operand on either side
// (immediates), and with both constant (folded at compile time). Division
// traps must agree in code and wasm offset. Each configuration runs with
// the ISA extensions detected from the host and with all of them off (the
// clz/ctz/popcnt fallbacks), and with explicit bounds checks.
#include <gtest/gtest.h>

#include <cinttypes>
#include <span>
#include <string>
#include <vector>

#include "tests/baseline/harness.h"
#include "wasm/edge_value_tiers.h"

namespace tandem::baseline::testing {
namespace {

// Every value where the spec's integer rules are sharpest
// (wasm/edge_value_tiers.h), combined pairwise below.
std::vector<uint64_t> edges_of(wasm::ValType type) {
  std::span<const uint64_t> edges = wasm::edge_values(type, wasm::EdgeTier::Interesting);
  return {edges.begin(), edges.end()};
}
const std::vector<uint64_t> kI32Edges = edges_of(wasm::ValType::I32);
const std::vector<uint64_t> kI64Edges = edges_of(wasm::ValType::I64);

const char* const kBinary[] = {"add",  "sub",  "mul",   "div_s", "div_u", "rem_s", "rem_u", "and", "or",
                               "xor",  "shl",  "shr_s", "shr_u", "rotl",  "rotr",  "eq",    "ne",  "lt_s",
                               "lt_u", "gt_s", "gt_u",  "le_s",  "le_u",  "ge_s",  "ge_u"};
const char* const kI32Unary[] = {"clz", "ctz", "popcnt", "eqz", "extend8_s", "extend16_s"};
const char* const kI64Unary[] = {"clz", "ctz", "popcnt", "eqz", "extend8_s", "extend16_s", "extend32_s"};

bool is_compare(const std::string& op) {
  return op == "eq" || op == "ne" || op.rfind("lt", 0) == 0 || op.rfind("gt", 0) == 0 || op.rfind("le", 0) == 0 ||
         op.rfind("ge", 0) == 0 || op == "eqz";
}

std::string constant(const std::string& type, uint64_t v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "(%s.const 0x%" PRIx64 ")", type.c_str(), v);
  return buf;
}

Value value_of(const std::string& type, uint64_t v) { return type == "i32" ? i32(static_cast<uint32_t>(v)) : i64(v); }

struct Config {
  const char* name;
  std::vector<std::string> settings;
};

class IntOps : public ::testing::TestWithParam<Config> {};

// One module per type, holding for each operator the variants
//   <op>          (param, param)
//   <op>/l<i>     constant edge i on the left
//   <op>/r<i>     constant edge i on the right
//   <op>/c<i>_<j> both constant
void check_type(Harness& h, const std::string& type, const std::vector<uint64_t>& edges,
                const std::vector<const char*>& unary) {
  std::string wat = "(module\n";
  for (const char* op_name : kBinary) {
    const std::string op = op_name;
    const std::string result = is_compare(op) ? "i32" : type;
    const std::string insn = type + "." + op;
    wat += "(func (export \"" + op + "\") (param " + type + " " + type + ") (result " + result + ") (" + insn +
           " (local.get 0) (local.get 1)))\n";
    for (size_t i = 0; i < edges.size(); ++i) {
      const std::string c = constant(type, edges[i]);
      const std::string n = std::to_string(i);
      wat += "(func (export \"" + op + "/l" + n + "\") (param " + type + ") (result " + result + ") (" + insn + " " +
             c + " (local.get 0)))\n";
      wat += "(func (export \"" + op + "/r" + n + "\") (param " + type + ") (result " + result + ") (" + insn +
             " (local.get 0) " + c + "))\n";
      for (size_t j = 0; j < edges.size(); ++j)
        wat += "(func (export \"" + op + "/c" + n + "_" + std::to_string(j) + "\") (result " + result + ") (" + insn +
               " " + c + " " + constant(type, edges[j]) + "))\n";
    }
  }
  for (const char* op_name : unary) {
    const std::string op = op_name;
    const std::string result = is_compare(op) ? "i32" : type;
    wat += "(func (export \"" + op + "\") (param " + type + ") (result " + result + ") (" + type + "." + op +
           " (local.get 0)))\n";
    for (size_t i = 0; i < edges.size(); ++i)
      wat += "(func (export \"" + op + "/c" + std::to_string(i) + "\") (result " + result + ") (" + type + "." + op +
             " " + constant(type, edges[i]) + "))\n";
  }
  wat += ")";
  ASSERT_TRUE(h.load(wat));

  int calls = 0;
  for (const char* op_name : kBinary) {
    const std::string op = op_name;
    for (size_t i = 0; i < edges.size(); ++i) {
      const Value a = value_of(type, edges[i]);
      const std::string n = std::to_string(i);
      for (size_t j = 0; j < edges.size(); ++j) {
        const Value b = value_of(type, edges[j]);
        const Outcome ref = h.reference(op, {a, b});
        EXPECT_CALL_RESULT(h, ref, op, a, b);
        EXPECT_CALL_RESULT(h, ref, op + "/l" + n, b);
        EXPECT_CALL_RESULT(h, ref, op + "/r" + std::to_string(j), a);
        EXPECT_CALL_RESULT(h, ref, op + "/c" + n + "_" + std::to_string(j));
        calls += 4;
      }
    }
  }
  for (const char* op_name : unary) {
    const std::string op = op_name;
    for (size_t i = 0; i < edges.size(); ++i) {
      const Outcome ref = h.reference(op, {value_of(type, edges[i])});
      EXPECT_CALL_RESULT(h, ref, op, value_of(type, edges[i]));
      EXPECT_CALL_RESULT(h, ref, op + "/c" + std::to_string(i));
      calls += 2;
    }
  }
  EXPECT_GT(calls, 1000);
}

TEST_P(IntOps, I32AgreesWithTheInterpreter) {
  Harness h(GetParam().settings);
  check_type(h, "i32", kI32Edges, std::vector<const char*>(std::begin(kI32Unary), std::end(kI32Unary)));
}

TEST_P(IntOps, I64AgreesWithTheInterpreter) {
  Harness h(GetParam().settings);
  check_type(h, "i64", kI64Edges, std::vector<const char*>(std::begin(kI64Unary), std::end(kI64Unary)));
}

TEST_P(IntOps, ConversionsAgreeWithTheInterpreter) {
  Harness h(GetParam().settings);
  ASSERT_TRUE(h.load(R"((module
    (func (export "wrap") (param i64) (result i32) (i32.wrap_i64 (local.get 0)))
    (func (export "extend_s") (param i32) (result i64) (i64.extend_i32_s (local.get 0)))
    (func (export "extend_u") (param i32) (result i64) (i64.extend_i32_u (local.get 0)))
    ;; The upper half of an i32 register must be zero for extend_u to be free.
    (func (export "extend_u_of_sum") (param i32 i32) (result i64)
      (i64.extend_i32_u (i32.add (local.get 0) (local.get 1))))
    (func (export "wrap_then_extend") (param i64) (result i64)
      (i64.extend_i32_u (i32.wrap_i64 (local.get 0)))))
  )"));
  for (uint64_t v : kI64Edges) {
    EXPECT_CALL_RESULT(h, returns({i32(static_cast<uint32_t>(v))}), "wrap", i64(v));
    EXPECT_CALL_RESULT(h, returns({i64(v & 0xffffffffu)}), "wrap_then_extend", i64(v));
  }
  for (uint64_t v : kI32Edges) {
    EXPECT_CALL_RESULT(h, returns({i64(static_cast<uint64_t>(int64_t{static_cast<int32_t>(v)}))}), "extend_s",
                       i32(static_cast<uint32_t>(v)));
    EXPECT_CALL_RESULT(h, returns({i64(v)}), "extend_u", i32(static_cast<uint32_t>(v)));
    EXPECT_CALL_RESULT(h, returns({i64((v + 0xffffffffu) & 0xffffffffu)}), "extend_u_of_sum",
                       i32(static_cast<uint32_t>(v)), i32(0xffffffffu));
  }
}

INSTANTIATE_TEST_SUITE_P(
    Settings, IntOps,
    ::testing::Values(Config{"host", {}},
                      Config{"no_extensions",
                             {"has_popcnt=false", "has_lzcnt=false", "has_bmi1=false", "has_sse41=false"}},
                      Config{"explicit_bounds", {"bounds_checks=explicit", "stack_limit_checks=false"}}),
    [](const ::testing::TestParamInfo<Config>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace tandem::baseline::testing
