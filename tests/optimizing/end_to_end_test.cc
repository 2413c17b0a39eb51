// Whole modules compiled by the optimizing backend and run natively, each
// call compared with wabt's interpreter (and, where written down, with the
// expected value), under opt_level=none and =speed, with guard pages and
// explicit bounds checks, and with the ISA extensions switched off so the
// fallback sequences run too.
#include <gtest/gtest.h>

#include <bit>
#include <limits>
#include <optional>

#include "oracle/engines/interp_engine.h"
#include "oracle/engines/native_engine.h"
#include "oracle/engines/text_format.h"

namespace tandem::optimizing::test {
namespace {

using oracle::Outcome;
using oracle::Value;

const std::vector<std::vector<std::string>>& configurations() {
  static const std::vector<std::vector<std::string>> kConfigs = {
      {"opt_level=none"},
      {"opt_level=speed"},
      {"opt_level=none", "bounds_checks=explicit"},
      {"opt_level=speed", "bounds_checks=explicit"},
      {"opt_level=speed", "has_lzcnt=false", "has_bmi1=false", "has_popcnt=false", "has_bmi2=false", "has_sse41=false"},
  };
  return kConfigs;
}

std::string describe(const Outcome& o) { return o.to_string(); }

// `a` native, `b` the reference. The interpreter reports stack exhaustion
// where native code traps with stack_overflow.
bool same(const Outcome& a, const Outcome& b) {
  if (b.kind == Outcome::Kind::Exhausted) {
    return a.kind == Outcome::Kind::Exhausted ||
           (a.kind == Outcome::Kind::Trapped && a.trap == compile::TrapCode::StackOverflow);
  }
  if (a.kind != b.kind) return false;
  if (a.kind == Outcome::Kind::Trapped) return a.trap == b.trap;
  if (a.kind != Outcome::Kind::Returned) return true;
  if (a.values.size() != b.values.size()) return false;
  for (size_t i = 0; i < a.values.size(); ++i) {
    if (a.values[i].type != b.values[i].type || a.values[i].null != b.values[i].null) return false;
    if (!wasm::is_ref(a.values[i].type) && a.values[i].bits != b.values[i].bits) return false;
  }
  return true;
}

struct Call {
  std::string name;
  std::vector<Value> args;
};

// Runs every call on the interpreter and on each native configuration, in
// order on one instance each (so state carries over, as in a spec script).
// `expected` gives the outcome of the first calls where it is written down
// (nullopt: only compared with the interpreter).
void run_module(const std::string& wat, const std::vector<Call>& calls,
                const std::vector<std::optional<Outcome>>& expected = {}) {
  Result<std::vector<uint8_t>> wasm = oracle::wat_to_wasm(wat);
  ASSERT_TRUE(wasm.ok()) << wasm.error().to_string();
  oracle::HostEnv interp_host = oracle::HostEnv::spectest();
  oracle::InterpEngine interp(&interp_host);
  oracle::InstantiateResult ir = interp.instantiate(*wasm);
  ASSERT_EQ(ir.status, oracle::InstantiateResult::Status::Ok) << ir.message;
  std::vector<Outcome> reference;
  for (size_t k = 0; k < calls.size(); ++k) {
    Result<Outcome> o = interp.invoke(ir.id, calls[k].name, calls[k].args);
    ASSERT_TRUE(o.ok()) << o.error().to_string();
    reference.push_back(*o);
    if (k < expected.size() && expected[k]) {
      EXPECT_TRUE(same(*o, *expected[k]) || same(*expected[k], *o))
          << calls[k].name << ": interpreter " << describe(*o) << ", expected " << describe(*expected[k]);
    }
  }
  for (const auto& settings : configurations()) {
    std::string label;
    for (const std::string& s : settings) label += s + " ";
    oracle::HostEnv host = oracle::HostEnv::spectest();
    oracle::NativeConfig config;
    config.mode = oracle::NativeConfig::Mode::Optimizing;
    config.settings = settings;
    Result<std::unique_ptr<oracle::NativeEngine>> engine = oracle::NativeEngine::create(&host, config);
    ASSERT_TRUE(engine.ok()) << engine.error().to_string();
    oracle::InstantiateResult inst = (*engine)->instantiate(*wasm);
    ASSERT_EQ(inst.status, oracle::InstantiateResult::Status::Ok) << label << inst.message;
    for (size_t k = 0; k < calls.size(); ++k) {
      Result<Outcome> o = (*engine)->invoke(inst.id, calls[k].name, calls[k].args);
      ASSERT_TRUE(o.ok()) << o.error().to_string();
      EXPECT_TRUE(same(*o, reference[k])) << label << calls[k].name << " #" << k << ": native " << describe(*o)
                                          << ", interpreter " << describe(reference[k]);
    }
  }
}

Value i32(uint32_t v) { return Value::i32(v); }
Value i64(uint64_t v) { return Value::i64(v); }

TEST(EndToEnd, IntegerArithmetic) {
  run_module(R"((module
    (func (export "add") (param i32 i32) (result i32) (i32.add (local.get 0) (local.get 1)))
    (func (export "mix") (param i32 i32) (result i32)
      (i32.xor (i32.mul (local.get 0) (i32.const 7)) (i32.sub (local.get 1) (i32.shl (local.get 0) (local.get 1)))))
    (func (export "mix64") (param i64 i64) (result i64)
      (i64.rotl (i64.add (local.get 0) (i64.const 0x123456789)) (local.get 1)))
    (func (export "shifts") (param i32 i32) (result i32)
      (i32.add (i32.shr_s (local.get 0) (local.get 1)) (i32.rotr (local.get 0) (i32.const 35))))
    (func (export "bits") (param i64) (result i64)
      (i64.add (i64.add (i64.clz (local.get 0)) (i64.ctz (local.get 0))) (i64.popcnt (local.get 0))))
    (func (export "bits32") (param i32) (result i32)
      (i32.add (i32.add (i32.clz (local.get 0)) (i32.ctz (local.get 0))) (i32.popcnt (local.get 0))))
    (func (export "ext") (param i32 i64) (result i64)
      (i64.add (i64.extend_i32_s (i32.extend8_s (local.get 0)))
               (i64.add (i64.extend32_s (local.get 1)) (i64.extend_i32_u (i32.wrap_i64 (local.get 1))))))
    (func (export "cmp") (param i32 i32) (result i32)
      (i32.add (i32.lt_s (local.get 0) (local.get 1)) (i32.mul (i32.ge_u (local.get 0) (local.get 1)) (i32.const 2))))
    (func (export "sel") (param i32 i64 i64) (result i64) (select (local.get 1) (local.get 2) (local.get 0)))
    (func (export "eqz") (param i64) (result i32) (i64.eqz (local.get 0))))
  )",
             {{"add", {i32(2), i32(40)}},
              {"add", {i32(0xffffffff), i32(1)}},
              {"mix", {i32(123), i32(33)}},
              {"mix64", {i64(0x8000000000000000ull), i64(67)}},
              {"shifts", {i32(0x80000000u), i32(63)}},
              {"bits", {i64(0)}},
              {"bits", {i64(0x00f0000000001000ull)}},
              {"bits32", {i32(0)}},
              {"bits32", {i32(0x00f01000)}},
              {"ext", {i32(0x80), i64(0x1ffffffffull)}},
              {"cmp", {i32(0xffffffff), i32(1)}},
              {"sel", {i32(0), i64(1), i64(2)}},
              {"sel", {i32(5), i64(1), i64(2)}},
              {"eqz", {i64(0)}}},
             {Outcome::returned({i32(42)}), Outcome::returned({i32(0)})});
}

TEST(EndToEnd, DivisionTrapsAndStrengthReduction) {
  run_module(R"((module
    (func (export "div_s") (param i32 i32) (result i32) (i32.div_s (local.get 0) (local.get 1)))
    (func (export "rem_s") (param i32 i32) (result i32) (i32.rem_s (local.get 0) (local.get 1)))
    (func (export "div_u64") (param i64 i64) (result i64) (i64.div_u (local.get 0) (local.get 1)))
    (func (export "rem_s64") (param i64 i64) (result i64) (i64.rem_s (local.get 0) (local.get 1)))
    (func (export "by_consts") (param i32) (result i32)
      (i32.add (i32.div_s (local.get 0) (i32.const 7))
        (i32.add (i32.rem_u (local.get 0) (i32.const 10)) (i32.div_s (local.get 0) (i32.const -8)))))
    (func (export "by_consts64") (param i64) (result i64)
      (i64.add (i64.div_u (local.get 0) (i64.const 1000)) (i64.rem_s (local.get 0) (i64.const 16))))
    (func (export "by_zero") (param i32) (result i32) (i32.div_u (local.get 0) (i32.const 0))))
  )",
             {{"div_s", {i32(7), i32(0)}},
              {"div_s", {i32(0x80000000u), i32(0xffffffffu)}},
              {"rem_s", {i32(0x80000000u), i32(0xffffffffu)}},
              {"div_s", {i32(0xfffffff9u), i32(2)}},
              {"div_u64", {i64(~0ull), i64(3)}},
              {"rem_s64", {i64(0x8000000000000000ull), i64(~0ull)}},
              {"by_consts", {i32(0x80000001u)}},
              {"by_consts", {i32(123456789)}},
              {"by_consts64", {i64(0xfedcba9876543210ull)}},
              {"by_zero", {i32(1)}}},
             {Outcome::trapped(compile::TrapCode::IntegerDivideByZero),
              Outcome::trapped(compile::TrapCode::IntegerOverflow), Outcome::returned({i32(0)})});
}

TEST(EndToEnd, LoopsAndControlFlow) {
  run_module(R"((module
    (func $fac (export "fac") (param i64) (result i64)
      (if (result i64) (i64.eqz (local.get 0)) (then (i64.const 1))
        (else (i64.mul (local.get 0) (call $fac (i64.sub (local.get 0) (i64.const 1)))))))
    (func (export "sum") (param i32) (result i32) (local i32 i32)
      (block $done (loop $l
        (br_if $done (i32.ge_u (local.get 1) (local.get 0)))
        (local.set 2 (i32.add (local.get 2) (local.get 1)))
        (local.set 1 (i32.add (local.get 1) (i32.const 1)))
        (br $l)))
      (local.get 2))
    (func (export "switch") (param i32) (result i32)
      (block $d (block $c (block $b (block $a
        (br_table $a $b $c $d (local.get 0)))
        (return (i32.const 10))) (return (i32.const 20))) (return (i32.const 30)))
      (i32.const 40))
    (func (export "nested") (param i32) (result i32) (local i32)
      (loop $outer
        (local.set 1 (i32.add (local.get 1) (i32.const 3)))
        (block $skip
          (br_if $skip (i32.and (local.get 1) (i32.const 1)))
          (local.set 1 (i32.mul (local.get 1) (i32.const 2))))
        (br_if $outer (i32.lt_u (local.get 1) (local.get 0))))
      (local.get 1)))
  )",
             {{"fac", {i64(20)}},
              {"sum", {i32(100000)}},
              {"switch", {i32(0)}},
              {"switch", {i32(2)}},
              {"switch", {i32(99)}},
              {"nested", {i32(1000)}}},
             {Outcome::returned({i64(2432902008176640000ull)}), Outcome::returned({i32(704982704u)})});
}

TEST(EndToEnd, CallsWithManyParametersAndResults) {
  run_module(R"((module
    (func $many (param i32 i64 i32 i64 i32 i64 i32 i64 i32) (result i64 i32 i64)
      (i64.add (i64.extend_i32_u (local.get 8)) (local.get 7))
      (i32.add (local.get 0) (local.get 6))
      (i64.sub (local.get 1) (local.get 5)))
    (func (export "caller") (param i32) (result i64)
      (local i64 i32 i64)
      (call $many (local.get 0) (i64.const 2) (i32.const 3) (i64.const 4) (i32.const 5)
                  (i64.const 6) (i32.const 7) (i64.const 8) (i32.const 9))
      (local.set 3) (local.set 2) (local.set 1)
      (i64.add (i64.add (local.get 1) (i64.extend_i32_u (local.get 2))) (local.get 3)))
    (func $deep (param i32) (result i32)
      (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 0))
        (else (i32.add (i32.const 1) (call $deep (i32.sub (local.get 0) (i32.const 1)))))))
    (func (export "deep") (param i32) (result i32) (call $deep (local.get 0)))
    (func $inf (export "inf") (param i32) (result i32) (call $inf (i32.add (local.get 0) (i32.const 1)))))
  )",
             {{"caller", {i32(1)}}, {"deep", {i32(1000)}}, {"inf", {i32(0)}}},
             {Outcome::returned({i64(17 + 8 - 4)}), Outcome::returned({i32(1000)}),
              Outcome::trapped(compile::TrapCode::StackOverflow)});
}

TEST(EndToEnd, MemoryAndGlobals) {
  run_module(R"((module
    (memory 1 3)
    (global $g (mut i64) (i64.const 5))
    (func (export "store_load") (param i32 i64) (result i64)
      (i64.store offset=8 (local.get 0) (local.get 1))
      (i64.add (i64.load offset=8 (local.get 0)) (i64.load32_s offset=12 (local.get 0))))
    (func (export "bytes") (param i32) (result i32)
      (i32.store8 (local.get 0) (i32.const 0xff))
      (i32.store16 offset=1 (local.get 0) (i32.const 0x8001))
      (i32.add (i32.load8_s (local.get 0)) (i32.add (i32.load16_u offset=1 (local.get 0)) (i32.load (local.get 0)))))
    (func (export "oob") (param i32) (result i32) (i32.load offset=4 (local.get 0)))
    (func (export "fold") (param i32 i64) (result i64)
      (i64.xor (local.get 1) (i64.load offset=16 (local.get 0))))
    (func (export "big_offset") (param i32) (result i32) (i32.load offset=0xfffffff0 (local.get 0)))
    (func (export "grow") (param i32) (result i32) (memory.grow (local.get 0)))
    (func (export "size") (result i32) (memory.size))
    (func (export "glob") (param i64) (result i64)
      (global.set $g (i64.add (global.get $g) (local.get 0))) (global.get $g)))
  )",
             {{"store_load", {i32(100), i64(0x7fffffff80000000ull)}},
              {"bytes", {i32(65530)}},
              {"oob", {i32(65532)}},
              {"oob", {i32(65531)}},
              {"big_offset", {i32(0x10)}},
              {"fold", {i32(100), i64(0xff)}},
              {"fold", {i32(65520), i64(1)}},
              {"fold", {i32(65521), i64(1)}},
              {"size", {}},
              {"grow", {i32(1)}},
              {"oob", {i32(65532)}},
              {"size", {}},
              {"grow", {i32(5)}},
              {"glob", {i64(10)}},
              {"glob", {i64(1)}}},
             {Outcome::returned({i64(0x7fffffff80000000ull + 0x7fffffff)})});
}

}  // namespace
}  // namespace tandem::optimizing::test

namespace tandem::optimizing::test {
namespace {

Value f32(float v) { return Value::f32_bits(std::bit_cast<uint32_t>(v)); }
Value f64(double v) { return Value::f64_bits(std::bit_cast<uint64_t>(v)); }

TEST(EndToEnd, FloatArithmeticAndConversions) {
  run_module(R"((module
    (func (export "arith") (param f64 f64) (result f64)
      (f64.add (f64.mul (local.get 0) (local.get 1)) (f64.div (local.get 0) (f64.sqrt (local.get 1)))))
    (func (export "minmax") (param f32 f32) (result f32 f32) (f32.min (local.get 0) (local.get 1)) (f32.max (local.get 0) (local.get 1)))
    (func (export "minmax64") (param f64 f64) (result f64 f64) (f64.min (local.get 0) (local.get 1)) (f64.max (local.get 0) (local.get 1)))
    (func (export "bits") (param f32 f32) (result f32 f32 f32)
      (f32.abs (local.get 0)) (f32.neg (local.get 0)) (f32.copysign (local.get 0) (local.get 1)))
    (func (export "round") (param f64) (result f64 f64 f64 f64)
      (f64.ceil (local.get 0)) (f64.floor (local.get 0)) (f64.trunc (local.get 0)) (f64.nearest (local.get 0)))
    (func (export "cmp") (param f64 f64) (result i32)
      (i32.add (i32.add (f64.eq (local.get 0) (local.get 1)) (i32.shl (f64.ne (local.get 0) (local.get 1)) (i32.const 1)))
               (i32.add (i32.shl (f64.lt (local.get 0) (local.get 1)) (i32.const 2)) (i32.shl (f64.ge (local.get 0) (local.get 1)) (i32.const 3)))))
    (func (export "branch") (param f32 f32) (result i32)
      (if (result i32) (f32.eq (local.get 0) (local.get 1)) (then (i32.const 1)) (else (i32.const 0))))
    (func (export "sel") (param f64 f64 i32) (result f64) (select (local.get 0) (local.get 1) (local.get 2)))
    (func (export "to_i32") (param f64) (result i32) (i32.trunc_f64_s (local.get 0)))
    (func (export "to_u32") (param f32) (result i32) (i32.trunc_f32_u (local.get 0)))
    (func (export "to_u64") (param f64) (result i64) (i64.trunc_f64_u (local.get 0)))
    (func (export "sat") (param f64) (result i32 i32 i64 i64)
      (i32.trunc_sat_f64_s (local.get 0)) (i32.trunc_sat_f64_u (local.get 0))
      (i64.trunc_sat_f64_s (local.get 0)) (i64.trunc_sat_f64_u (local.get 0)))
    (func (export "from") (param i64 i32) (result f32 f64 f32 f64)
      (f32.convert_i64_u (local.get 0)) (f64.convert_i64_u (local.get 0))
      (f32.convert_i32_u (local.get 1)) (f64.convert_i32_s (local.get 1)))
    (func (export "reinterpret") (param f64 i32) (result i64 f32 f64)
      (i64.reinterpret_f64 (local.get 0)) (f32.reinterpret_i32 (local.get 1))
      (f64.promote_f32 (f32.demote_f64 (local.get 0)))))
  )",
             {{"arith", {f64(3.0), f64(16.0)}},
              {"minmax", {f32(-0.0f), f32(0.0f)}},
              {"minmax", {f32(std::numeric_limits<float>::quiet_NaN()), f32(1.0f)}},
              {"minmax64", {f64(0.0), f64(-0.0)}},
              {"minmax64", {f64(-2.5), f64(7.0)}},
              {"bits", {f32(-3.5f), f32(-0.0f)}},
              {"round", {f64(-2.5)}},
              {"round", {f64(3.5)}},
              {"cmp", {f64(1.0), f64(2.0)}},
              {"cmp", {f64(std::numeric_limits<double>::quiet_NaN()), f64(2.0)}},
              {"branch", {f32(std::numeric_limits<float>::quiet_NaN()), f32(std::numeric_limits<float>::quiet_NaN())}},
              {"branch", {f32(2.0f), f32(2.0f)}},
              {"sel", {f64(1.0), f64(2.0), i32(0)}},
              {"to_i32", {f64(-2147483648.9)}},
              {"to_i32", {f64(-2147483649.0)}},
              {"to_i32", {f64(2147483648.0)}},
              {"to_i32", {f64(std::numeric_limits<double>::quiet_NaN())}},
              {"to_u32", {f32(-0.9f)}},
              {"to_u32", {f32(4294967296.0f)}},
              {"to_u64", {f64(18446744073709549568.0)}},
              {"to_u64", {f64(9223372036854775808.0)}},
              {"to_u64", {f64(-1.0)}},
              {"sat", {f64(1e30)}},
              {"sat", {f64(-1e30)}},
              {"sat", {f64(std::numeric_limits<double>::quiet_NaN())}},
              {"sat", {f64(-3.7)}},
              {"from", {i64(~0ull), i32(0xffffffffu)}},
              {"from", {i64(0x8000000000000401ull), i32(0x80000000u)}},
              {"reinterpret", {f64(-1.5), i32(0x7fc00001)}}},
             {{},
              {},
              {},
              {},
              {},
              {},
              {},
              {},
              {},
              {},
              {},
              {},
              {},
              Outcome::returned({i32(0x80000000u)}),
              Outcome::trapped(compile::TrapCode::IntegerOverflow),
              Outcome::trapped(compile::TrapCode::IntegerOverflow),
              Outcome::trapped(compile::TrapCode::BadConversionToInteger)});
}

TEST(EndToEnd, IndirectCallsTablesAndReferences) {
  run_module(R"((module
    (type $ii (func (param i32) (result i32)))
    (type $v (func))
    (table $t 4 8 funcref)
    (table $e 2 externref)
    (func $inc (type $ii) (i32.add (local.get 0) (i32.const 1)))
    (func $dbl (type $ii) (i32.mul (local.get 0) (i32.const 2)))
    (func $nop (type $v))
    (elem (table $t) (i32.const 0) func $inc $dbl $nop)
    (elem $passive func $dbl $inc)
    (func (export "call") (param i32 i32) (result i32) (call_indirect $t (type $ii) (local.get 1) (local.get 0)))
    (func (export "size") (result i32) (table.size $t))
    (func (export "grow") (param i32) (result i32) (table.grow $t (ref.func $inc) (local.get 0)))
    (func (export "is_null") (param i32) (result i32) (ref.is_null (table.get $t (local.get 0))))
    (func (export "set_null") (param i32) (table.set $t (local.get 0) (ref.null func)))
    (func (export "fill") (param i32 i32) (table.fill $t (local.get 0) (ref.func $dbl) (local.get 1)))
    (func (export "copy") (param i32 i32 i32) (table.copy $t $t (local.get 0) (local.get 1) (local.get 2)))
    (func (export "init") (param i32 i32 i32) (table.init $t $passive (local.get 0) (local.get 1) (local.get 2)))
    (func (export "drop") (elem.drop $passive))
    (func (export "extern") (param externref) (result i32)
      (table.set $e (i32.const 1) (local.get 0))
      (ref.is_null (table.get $e (i32.const 1)))))
  )",
             {{"call", {i32(0), i32(41)}},
              {"call", {i32(1), i32(21)}},
              {"call", {i32(2), i32(0)}},
              {"call", {i32(3), i32(0)}},
              {"call", {i32(4), i32(0)}},
              {"size", {}},
              {"grow", {i32(2)}},
              {"call", {i32(5), i32(9)}},
              {"grow", {i32(10)}},
              {"is_null", {i32(3)}},
              {"set_null", {i32(0)}},
              {"is_null", {i32(0)}},
              {"is_null", {i32(99)}},
              {"fill", {i32(0), i32(2)}},
              {"call", {i32(1), i32(5)}},
              {"fill", {i32(5), i32(2)}},
              {"copy", {i32(2), i32(4), i32(2)}},
              {"call", {i32(2), i32(5)}},
              {"init", {i32(0), i32(0), i32(2)}},
              {"call", {i32(1), i32(5)}},
              {"drop", {}},
              {"init", {i32(0), i32(0), i32(1)}},
              {"extern", {Value::extern_ref(7)}},
              {"extern", {Value::null_ref(wasm::ValType::ExternRef)}}},
             {Outcome::returned({i32(42)}), Outcome::returned({i32(42)}),
              Outcome::trapped(compile::TrapCode::IndirectCallTypeMismatch),
              Outcome::trapped(compile::TrapCode::IndirectCallNull),
              Outcome::trapped(compile::TrapCode::IndirectCallOutOfBounds)});
}

TEST(EndToEnd, BulkMemoryAndImports) {
  run_module(R"((module
    (import "spectest" "print_i32" (func $print (param i32)))
    (import "spectest" "global_i32" (global $gi i32))
    (memory 1)
    (data $d "hello, world")
    (func (export "init") (param i32 i32 i32) (memory.init $d (local.get 0) (local.get 1) (local.get 2)))
    (func (export "drop") (data.drop $d))
    (func (export "copy") (param i32 i32 i32) (memory.copy (local.get 0) (local.get 1) (local.get 2)))
    (func (export "fill") (param i32 i32 i32) (memory.fill (local.get 0) (local.get 1) (local.get 2)))
    (func (export "load") (param i32) (result i64) (i64.load (local.get 0)))
    (func (export "call_host") (param i32) (result i32)
      (call $print (local.get 0))
      (i32.add (global.get $gi) (local.get 0))))
  )",
             {{"init", {i32(8), i32(0), i32(12)}},
              {"load", {i32(8)}},
              {"copy", {i32(100), i32(8), i32(8)}},
              {"load", {i32(100)}},
              {"fill", {i32(104), i32(0x41), i32(2)}},
              {"load", {i32(100)}},
              {"copy", {i32(65530), i32(0), i32(8)}},
              {"fill", {i32(65535), i32(0), i32(2)}},
              {"init", {i32(0), i32(10), i32(3)}},
              {"drop", {}},
              {"init", {i32(0), i32(0), i32(1)}},
              {"call_host", {i32(5)}}},
             {{}, Outcome::returned({i64(0x77202c6f6c6c6568ull)})});
}

}  // namespace
}  // namespace tandem::optimizing::test

namespace tandem::optimizing::test {
namespace {

// More float parameters than xmm argument registers, float results in the
// return area, a function with more live values than registers across a
// call, and a large jump table.
TEST(EndToEnd, StackArgumentsPressureAndJumpTables) {
  std::string cases;
  for (int i = 0; i < 300; ++i) cases += "$c" + std::to_string(i % 7) + " ";
  run_module(R"((module
    (func $many (param f64 f64 f64 f64 f64 f64 f64 f64 f64 f32 i64) (result f32 f64 f32 i64)
      (f32.demote_f64 (f64.add (local.get 8) (local.get 0)))
      (f64.sub (local.get 7) (f64.promote_f32 (local.get 9)))
      (f32.const 2.5)
      (i64.add (local.get 10) (i64.trunc_f64_s (local.get 6))))
    (func (export "floats") (param f64) (result f64)
      (local f32 f64 f32 i64)
      (call $many (local.get 0) (f64.const 1) (f64.const 2) (f64.const 3) (f64.const 4) (f64.const 5)
                  (f64.const 6) (f64.const 7) (f64.const 8) (f32.const 0.25) (i64.const 100))
      (local.set 4) (local.set 3) (local.set 2) (local.set 1)
      (f64.add (f64.add (f64.promote_f32 (local.get 1)) (local.get 2))
               (f64.add (f64.promote_f32 (local.get 3)) (f64.convert_i64_s (local.get 4)))))
    (func $id (param i64) (result i64) (local.get 0))
    (func (export "pressure") (param i64) (result i64)
      (local i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64 i64)
      (local.set 1 (i64.mul (local.get 0) (i64.const 3)))
      (local.set 2 (i64.add (local.get 1) (i64.const 5)))
      (local.set 3 (i64.xor (local.get 2) (local.get 0)))
      (local.set 4 (i64.rotl (local.get 3) (i64.const 7)))
      (local.set 5 (i64.sub (local.get 4) (local.get 1)))
      (local.set 6 (i64.mul (local.get 5) (local.get 2)))
      (local.set 7 (i64.add (local.get 6) (local.get 3)))
      (local.set 8 (i64.or (local.get 7) (local.get 4)))
      (local.set 9 (i64.and (local.get 8) (local.get 5)))
      (local.set 10 (i64.add (local.get 9) (local.get 6)))
      (local.set 11 (i64.sub (local.get 10) (local.get 7)))
      (local.set 12 (i64.xor (local.get 11) (local.get 8)))
      (local.set 13 (i64.add (local.get 12) (local.get 9)))
      (local.set 14 (i64.mul (local.get 13) (local.get 10)))
      (local.set 15 (call $id (i64.add (local.get 14) (local.get 11))))
      (local.set 16 (i64.add (local.get 15) (local.get 12)))
      (i64.add (i64.add (i64.add (local.get 1) (local.get 2)) (i64.add (local.get 3) (local.get 4)))
        (i64.add (i64.add (i64.add (local.get 5) (local.get 6)) (i64.add (local.get 7) (local.get 8)))
          (i64.add (i64.add (local.get 13) (local.get 14)) (i64.add (local.get 15) (local.get 16))))))
    (func (export "table") (param i32) (result i32)
      (block $c6 (block $c5 (block $c4 (block $c3 (block $c2 (block $c1 (block $c0
        (br_table )" +
                 cases + R"($c6 (local.get 0)))
        (return (i32.const 10))) (return (i32.const 11))) (return (i32.const 12))) (return (i32.const 13)))
        (return (i32.const 14))) (return (i32.const 15))) (i32.const 16)))
  )",
             {{"floats", {f64(0.5)}},
              {"pressure", {i64(12345)}},
              {"pressure", {i64(~0ull)}},
              {"table", {i32(0)}},
              {"table", {i32(150)}},
              {"table", {i32(299)}},
              {"table", {i32(300)}},
              {"table", {i32(0xffffffffu)}}},
             {Outcome::returned({f64(8.5 + 6.75 + 2.5 + 106.0)})});
}

}  // namespace
}  // namespace tandem::optimizing::test

namespace tandem::optimizing::test {
namespace {

// nan_canonicalization: arithmetic that produces a NaN gives the canonical
// quiet NaN, whatever the operands' payloads; moves and sign operations keep
// payloads.
TEST(EndToEnd, NanCanonicalization) {
  Result<std::vector<uint8_t>> wasm = oracle::wat_to_wasm(R"((module
    (func (export "add") (param f32 f32) (result f32) (f32.add (local.get 0) (local.get 1)))
    (func (export "div") (param f64 f64) (result f64) (f64.div (local.get 0) (local.get 1)))
    (func (export "neg") (param f32) (result f32) (f32.neg (local.get 0)))))");
  ASSERT_TRUE(wasm.ok());
  for (const char* level : {"opt_level=none", "opt_level=speed"}) {
    oracle::HostEnv host = oracle::HostEnv::empty();
    oracle::NativeConfig config;
    config.mode = oracle::NativeConfig::Mode::Optimizing;
    config.settings = {level, "nan_canonicalization=true"};
    auto engine = oracle::NativeEngine::create(&host, config);
    ASSERT_TRUE(engine.ok());
    oracle::InstantiateResult inst = (*engine)->instantiate(*wasm);
    ASSERT_EQ(inst.status, oracle::InstantiateResult::Status::Ok);
    Value payload32 = Value::f32_bits(0x7fa00001u);      // a signaling NaN with a payload
    Value payload32_neg = Value::f32_bits(0xffc00123u);  // a negative quiet NaN with a payload
    Result<Outcome> add = (*engine)->invoke(inst.id, "add", std::vector<Value>{payload32, f32(1.0f)});
    ASSERT_TRUE(add.ok());
    EXPECT_EQ(add->values.at(0).bits, 0x7fc00000u) << level;
    Result<Outcome> div = (*engine)->invoke(inst.id, "div", std::vector<Value>{f64(0.0), f64(0.0)});
    ASSERT_TRUE(div.ok());
    EXPECT_EQ(div->values.at(0).bits, 0x7ff8000000000000ull) << level;
    Result<Outcome> neg = (*engine)->invoke(inst.id, "neg", std::vector<Value>{payload32_neg});
    ASSERT_TRUE(neg.ok());
    EXPECT_EQ(neg->values.at(0).bits, 0x7fc00123u) << level;
  }
}

}  // namespace
}  // namespace tandem::optimizing::test
