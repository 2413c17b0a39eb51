// v128 values and the SIMD operators compiled by the optimizing backend and
// run natively, each call compared with wabt's interpreter (and, where
// written down, with the expected value): through parameters and results
// in registers and on the stack, spills, calls, blocks, select and globals;
// every pure SIMD operator on lane values at their edges; the memory
// operators with their bounds checks. Under opt_level=none and =speed,
// both bounds-check forms, NaN canonicalization, and with SSSE3, SSE4.1
// and SSE4.2 switched off so that the SSE2 sequences run too; an operator
// with no sequence under the flags is refused by name.
#include <gtest/gtest.h>

#include <bit>
#include <cmath>
#include <cstring>
#include <functional>
#include <optional>
#include <random>

#include "backends/optimizing/ir/simd_ops.h"
#include "backends/optimizing/isel/simd_needs.h"
#include "oracle/engines/interp_engine.h"
#include "oracle/engines/native_engine.h"
#include "oracle/engines/text_format.h"

namespace tandem::optimizing::test {
namespace {

using oracle::Outcome;
using oracle::Value;

struct Config {
  std::vector<std::string> settings;
  bool ssse3 = true, sse41 = true, sse42 = true;
};

const std::vector<Config>& configurations() {
  static const std::vector<Config> kConfigs = {
      {{"opt_level=none"}},
      {{"opt_level=speed"}},
      {{"opt_level=speed", "bounds_checks=explicit", "nan_canonicalization=true"}},
      {{"opt_level=speed", "has_sse41=false", "has_sse42=false"}, true, false, false},
      {{"opt_level=speed", "has_ssse3=false", "has_sse41=false", "has_sse42=false", "has_avx=false", "has_avx2=false"},
       false,
       false,
       false},
  };
  return kConfigs;
}

std::string label_of(const Config& c) {
  std::string label;
  for (const std::string& s : c.settings) label += s + " ";
  return label;
}

// The settings isel sees under `c` (the host's ISA less what `c` turns off).
compile::Settings settings_of(const Config& c) {
  compile::Settings s;
  s.isa = compile::IsaFlags::detect_host();
  s.isa.has_ssse3 &= c.ssse3;
  s.isa.has_sse41 &= c.sse41;
  s.isa.has_sse42 &= c.sse42;
  return s;
}

Value v128(uint64_t lo, uint64_t hi) { return Value::v128(lo, hi); }
Value i32x4(uint32_t a, uint32_t b, uint32_t c, uint32_t d) {
  return Value::v128(uint64_t{a} | uint64_t{b} << 32, uint64_t{c} | uint64_t{d} << 32);
}

// Lane `k` of `lane_bytes` bytes of a v128 value.
uint64_t lane_of(const Value& v, int lane_bytes, int k) {
  uint8_t bytes[16];
  std::memcpy(bytes, &v.bits, 8);
  std::memcpy(bytes + 8, &v.hi, 8);
  uint64_t x = 0;
  std::memcpy(&x, bytes + k * lane_bytes, lane_bytes);
  return x;
}

bool is_nan_lane(uint64_t x, int lane_bytes) {
  if (lane_bytes == 4) return std::isnan(std::bit_cast<float>(static_cast<uint32_t>(x)));
  return std::isnan(std::bit_cast<double>(x));
}

// `a` native, `b` the reference. With `float_lanes` (4 or 8), a NaN lane
// matches any NaN lane: the spec lets float arithmetic return any NaN.
bool same(const Outcome& a, const Outcome& b, int float_lanes = 0) {
  if (a.kind != b.kind) return false;
  if (a.kind == Outcome::Kind::Trapped) return a.trap == b.trap;
  if (a.kind != Outcome::Kind::Returned) return true;
  if (a.values.size() != b.values.size()) return false;
  for (size_t i = 0; i < a.values.size(); ++i) {
    const Value& x = a.values[i];
    const Value& y = b.values[i];
    if (x.type != y.type) return false;
    if (x.bits == y.bits && x.hi == y.hi) continue;
    if (!float_lanes || x.type != wasm::ValType::V128) return false;
    for (int k = 0; k < 16 / float_lanes; ++k) {
      uint64_t p = lane_of(x, float_lanes, k), q = lane_of(y, float_lanes, k);
      if (p != q && !(is_nan_lane(p, float_lanes) && is_nan_lane(q, float_lanes))) return false;
    }
  }
  return true;
}

struct Call {
  std::string name;
  std::vector<Value> args;
  int float_lanes = 0;  // see same()
};

std::unique_ptr<oracle::NativeEngine> optimizing_engine(oracle::HostEnv* host, const Config& c) {
  oracle::NativeConfig config;
  config.mode = oracle::NativeConfig::Mode::Optimizing;
  config.settings = c.settings;
  Result<std::unique_ptr<oracle::NativeEngine>> engine = oracle::NativeEngine::create(host, config);
  EXPECT_TRUE(engine.ok()) << engine.error().to_string();
  return engine.ok() ? std::move(engine).value() : nullptr;
}

// Runs the calls on the interpreter and on the optimizing backend under
// `c`, on one instance each. `expected` gives the outcome of the first
// calls where it is written down.
void run_module(const Config& c, const std::string& wat, const std::vector<Call>& calls,
                const std::vector<std::optional<Outcome>>& expected = {}) {
  Result<std::vector<uint8_t>> wasm = oracle::wat_to_wasm(wat);
  ASSERT_TRUE(wasm.ok()) << wasm.error().to_string() << "\n" << wat;
  oracle::HostEnv interp_host = oracle::HostEnv::spectest();
  oracle::InterpEngine interp(&interp_host);
  oracle::InstantiateResult ir = interp.instantiate(*wasm);
  ASSERT_EQ(ir.status, oracle::InstantiateResult::Status::Ok) << ir.message;
  oracle::HostEnv host = oracle::HostEnv::spectest();
  std::unique_ptr<oracle::NativeEngine> engine = optimizing_engine(&host, c);
  ASSERT_TRUE(engine);
  oracle::InstantiateResult inst = engine->instantiate(*wasm);
  const std::string label = label_of(c);
  ASSERT_EQ(inst.status, oracle::InstantiateResult::Status::Ok) << label << inst.message;
  for (size_t k = 0; k < calls.size(); ++k) {
    Result<Outcome> ref = interp.invoke(ir.id, calls[k].name, calls[k].args);
    ASSERT_TRUE(ref.ok()) << ref.error().to_string();
    Result<Outcome> o = engine->invoke(inst.id, calls[k].name, calls[k].args);
    ASSERT_TRUE(o.ok()) << o.error().to_string();
    EXPECT_TRUE(same(*o, *ref, calls[k].float_lanes))
        << label << calls[k].name << " #" << k << ": native " << o->to_string() << ", interpreter " << ref->to_string();
    if (k < expected.size() && expected[k]) {
      EXPECT_TRUE(same(*o, *expected[k]))
          << label << calls[k].name << ": native " << o->to_string() << ", expected " << expected[k]->to_string();
    }
  }
}

Outcome returns(std::vector<Value> values) { return Outcome::returned(std::move(values)); }

class Simd : public ::testing::TestWithParam<size_t> {
 protected:
  const Config& config() const { return configurations()[GetParam()]; }
};

TEST_P(Simd, ParamsAndResultsInRegistersAndOnTheStack) {
  // Ten v128 parameters: eight in xmm0..7, two in stack slot pairs, each
  // weighted by its position so that a parameter in the wrong place, or
  // half of one, changes the sum. Three results: two in xmm0/xmm1, one in
  // the return area; a call passes ten and takes three.
  std::string params, body = "(v128.const i32x4 0 0 0 0)";
  for (int i = 0; i < 10; ++i) {
    params += " v128";
    for (int k = 0; k <= i; ++k) body = "(i32x4.add " + body + " (local.get " + std::to_string(i) + "))";
  }
  std::string wat = "(module (func $sum (export \"sum\") (param" + params + ") (result v128) " + body +
                    ")\n (func $three (export \"three\") (param v128 v128 v128) (result v128 v128 v128)"
                    "  (local.get 2) (local.get 0) (local.get 1))\n"
                    " (func (export \"rotate\") (param v128 v128 v128) (result v128 v128 v128)"
                    "  (call $three (local.get 0) (local.get 1) (local.get 2)))\n"
                    " (func (export \"call-sum\") (param v128) (result v128)"
                    "  (call $sum (local.get 0) (local.get 0) (local.get 0) (local.get 0) (local.get 0)"
                    "             (local.get 0) (local.get 0) (local.get 0) (local.get 0)"
                    "             (v128.const i64x2 0x1000000010 0x1000000010))))";
  std::vector<Value> args;
  uint32_t lanes[4] = {0, 0, 0, 0};
  for (uint32_t i = 0; i < 10; ++i) {
    const uint32_t base = 0x01010101u * (i + 1);
    args.push_back(i32x4(base, base + 1, base + 2, 0x80000000u + i));
    for (uint32_t k = 0; k <= i; ++k) {
      lanes[0] += base;
      lanes[1] += base + 1;
      lanes[2] += base + 2;
      lanes[3] += 0x80000000u + i;
    }
  }
  const Value a = v128(0x0123456789abcdefull, 0xfedcba9876543210ull);
  const Value b = v128(~0ull, 1);
  const Value c = v128(1, ~0ull);
  run_module(config(), wat,
             {{"sum", args}, {"three", {a, b, c}}, {"rotate", {a, b, c}}, {"call-sum", {i32x4(1, 1, 1, 1)}}},
             {returns({i32x4(lanes[0], lanes[1], lanes[2], lanes[3])}), returns({c, a, b}), returns({c, a, b}),
              // 45 copies of lane value 1 and ten times 0x10 from the stack pair.
              returns({i32x4(45 + 160, 45 + 160, 45 + 160, 45 + 160)})});
}

TEST_P(Simd, ManyLiveValuesSpillToSixteenByteSlots) {
  // Twenty live vectors (more than the allocatable xmm registers), each
  // with distinct halves, then folded: a slot that kept only 8 bytes, or
  // two slots that overlapped, changes the result. Values live across a
  // call (which clobbers every xmm register) spill too, next to an i64.
  std::string body;
  for (int i = 0; i < 20; ++i)
    body += "(i64x2.add (local.get 0) (v128.const i64x2 " + std::to_string(i + 1) + " " +
            std::to_string((i + 1) << 20) + "))\n";
  for (int i = 0; i < 19; ++i) body += (i % 2 ? "(i64x2.sub)\n" : "(v128.xor)\n");
  std::string wat = "(module (func (export \"spill\") (param v128) (result v128)\n" + body +
                    ")\n (func (export \"across-call\") (param v128 i64) (result v128 i64)"
                    "  (local.get 0) (v128.const i32x4 1 2 3 4) (i32x4.add)"
                    "  (local.get 0) (i64x2.splat (local.get 1)) (i64x2.add)"
                    "  (call $id (v128.const i32x4 5 6 7 8))"
                    "  (i32x4.sub) (i32x4.add) (i64.add (local.get 1) (i64.const 1)))\n"
                    " (func $id (param v128) (result v128) (local.get 0)))";
  uint64_t x = 0x1111111111111111ull, y = 0x2222222222222222ull;
  uint64_t lo[20], hi[20];
  for (int i = 0; i < 20; ++i) {
    lo[i] = x + uint64_t(i + 1);
    hi[i] = y + (uint64_t(i + 1) << 20);
  }
  uint64_t acc_lo = lo[19], acc_hi = hi[19];
  for (int i = 0; i < 19; ++i) {
    const int below = 18 - i;
    acc_lo = i % 2 ? lo[below] - acc_lo : lo[below] ^ acc_lo;
    acc_hi = i % 2 ? hi[below] - acc_hi : hi[below] ^ acc_hi;
  }
  run_module(config(), wat, {{"spill", {v128(x, y)}}, {"across-call", {i32x4(0, 0, 0, 0), Value::i64(5)}}},
             {returns({v128(acc_lo, acc_hi)}),
              returns({i32x4(0xfffffffc + 5, 0xfffffffc, 0xfffffffc + 5, 0xfffffffc), Value::i64(6)})});
}

TEST_P(Simd, LocalsBlocksBranchesSelectAndGlobals) {
  std::string wat = R"((module
    (global $g (mut v128) (v128.const i64x2 0x0102030405060708 0x090a0b0c0d0e0f10))
    (global $k v128 (v128.const i32x4 -1 0 -1 0))
    (func (export "zero-local") (param i32) (result v128) (local i64 v128 i32) (local.get 2))
    (func (export "loop") (param v128 i32) (result v128) (local v128)
      (loop $l
        (local.set 2 (i32x4.add (local.get 2) (local.get 0)))
        (local.set 0 (i8x16.shuffle 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 0 (local.get 0) (local.get 0)))
        (br_if $l (local.tee 1 (i32.sub (local.get 1) (i32.const 1)))))
      (local.get 2))
    (func (export "if") (param v128 v128 i32) (result v128)
      (if (result v128) (local.get 2)
        (then (local.get 0)) (else (v128.xor (local.get 0) (local.get 1)))))
    (func (export "block-params") (param v128 v128) (result v128 v128)
      (local.get 0) (local.get 1)
      (block (param v128 v128) (result v128 v128) (br 0)))
    (func (export "select") (param v128 v128 i32) (result v128 v128)
      (select (local.get 0) (local.get 1) (local.get 2))
      (select (result v128) (local.get 1) (local.get 0) (local.get 2)))
    (func (export "globals") (param v128) (result v128 v128)
      (global.get $g) (global.set $g (v128.or (local.get 0) (global.get $k))) (global.get $g)))
  )";
  const Value a = v128(0x0123456789abcdefull, 0xfedcba9876543210ull);
  const Value b = v128(0x00ff00ff00ff00ffull, 0xff00ff00ff00ff00ull);
  const Value g0 = v128(0x0102030405060708ull, 0x090a0b0c0d0e0f10ull);
  run_module(config(), wat,
             {{"zero-local", {Value::i32(0)}},
              {"loop", {a, Value::i32(5)}},
              {"if", {a, b, Value::i32(1)}},
              {"if", {a, b, Value::i32(0)}},
              {"block-params", {a, b}},
              {"select", {a, b, Value::i32(1)}},
              {"select", {a, b, Value::i32(0)}},
              {"globals", {a}},
              {"globals", {b}}},
             {returns({v128(0, 0)}), std::nullopt, returns({a}), returns({v128(a.bits ^ b.bits, a.hi ^ b.hi)}),
              returns({a, b}), returns({a, b}), returns({b, a}),
              returns({g0, v128(a.bits | 0x00000000ffffffffull, a.hi | 0x00000000ffffffffull)})});
}

TEST_P(Simd, MemoryOperatorsAndTheirBoundsChecks) {
  std::string wat = R"((module
    (memory 1)
    (data (i32.const 0) "\00\01\02\03\04\05\06\07\88\99\aa\bb\cc\dd\ee\ff\10\20\30\40\50\60\70\80")
    (func (export "load") (param i32) (result v128) (v128.load offset=1 align=1 (local.get 0)))
    (func (export "store") (param i32 v128) (result v128)
      (v128.store offset=3 (local.get 0) (local.get 1)) (v128.load offset=3 (local.get 0)))
    (func (export "extend") (param i32) (result v128 v128 v128 v128 v128 v128)
      (v128.load8x8_s (local.get 0)) (v128.load8x8_u (local.get 0)) (v128.load16x4_s (local.get 0))
      (v128.load16x4_u (local.get 0)) (v128.load32x2_s (local.get 0)) (v128.load32x2_u (local.get 0)))
    (func (export "splat") (param i32) (result v128 v128 v128 v128)
      (v128.load8_splat (local.get 0)) (v128.load16_splat (local.get 0)) (v128.load32_splat (local.get 0))
      (v128.load64_splat (local.get 0)))
    (func (export "zero") (param i32) (result v128 v128)
      (v128.load32_zero (local.get 0)) (v128.load64_zero (local.get 0)))
    (func (export "lanes") (param i32 v128) (result v128)
      (v128.load8_lane 15 (local.get 0)
        (v128.load16_lane 1 (local.get 0)
          (v128.load32_lane 3 (local.get 0) (v128.load64_lane 0 (local.get 0) (local.get 1))))))
    (func (export "store-lanes") (param i32 v128) (result v128)
      (v128.store8_lane 5 (local.get 0) (local.get 1))
      (v128.store16_lane offset=1 7 (local.get 0) (local.get 1))
      (v128.store32_lane offset=3 2 (local.get 0) (local.get 1))
      (v128.store64_lane offset=7 1 (local.get 0) (local.get 1))
      (v128.load (local.get 0))))
  )";
  const Value a = v128(0x0123456789abcdefull, 0xfedcba9876543210ull);
  std::vector<Call> calls = {
      {"load", {Value::i32(0)}},
      {"load", {Value::i32(65520)}},
      {"load", {Value::i32(65519)}},
      {"extend", {Value::i32(8)}},
      {"extend", {Value::i32(65529)}},
      {"splat", {Value::i32(13)}},
      {"splat", {Value::i32(65535)}},
      {"zero", {Value::i32(9)}},
      {"zero", {Value::i32(65532)}},
      {"lanes", {Value::i32(4), a}},
      {"lanes", {Value::i32(65534), a}},
      {"store", {Value::i32(100), a}},
      {"store", {Value::i32(65520), a}},
      {"store-lanes", {Value::i32(200), a}},
      {"store-lanes", {Value::i32(65530), a}},
  };
  run_module(config(), wat, calls, {returns({v128(0x8807060504030201ull, 0x10ffeeddccbbaa99ull)})});
}

// The interesting lane values: zeros, ones, signs, a byte ramp, and float
// lanes at their edges (NaNs with payloads, zeros of both signs,
// infinities, values beyond the integer ranges).
std::vector<Value> v128_inputs() {
  return {
      v128(0, 0),
      v128(~0ull, ~0ull),
      v128(0x8000000000000000ull, 0x7fffffffffffffffull),
      v128(0x0706050403020100ull, 0x0f0e0d0c0b0a0908ull),
      v128(0x807f01ff80007fffull, 0x800000007fffffffull),
      v128(0x7fc000018000000full, 0x7f800000ff800000ull),  // f32: 0x8000000f, NaN; -inf, +inf
      v128(0x3fc00000c0200000ull, 0x4f4c4b40cf4c4b40ull),  // f32: -2.5, 1.5; -3.4e9, 3.4e9
      v128(0x7ff8000000000001ull, 0x8000000000000000ull),  // f64: NaN, -0.0
      v128(0xc1e0000000200000ull, 0x41f0000000000000ull),  // f64: -2147483649, 2^32
      v128(0x4004000000000000ull, 0xbfe0000000000000ull),  // f64: 2.5, -0.5
      v128(0xbf000000bfc00000ull, 0x4affffff4b7fffffull),  // f32: -1.5, -0.5; 8388607.5, 16777215
      v128(0x432fffffffffffffull, 0xc330000000000001ull),  // f64: 2^52 - 0.5, -(2^52 + 1)
  };
}

std::vector<Value> scalar_inputs(wasm::SigType t) {
  switch (t) {
    case wasm::SigType::I32:
      return {Value::i32(0),           Value::i32(1),           Value::i32(7),
              Value::i32(0x80000001u), Value::i32(0xffffffffu), Value::i32(33)};
    case wasm::SigType::I64: return {Value::i64(0), Value::i64(~0ull), Value::i64(0x8000000000000001ull)};
    case wasm::SigType::F32: return {Value::f32_bits(0x3fc00000u), Value::f32_bits(0x7fc00005u)};
    case wasm::SigType::F64: return {Value::f64_bits(0xc002000000000000ull), Value::f64_bits(0xfff8000000000000ull)};
    default: return {};
  }
}

const char* type_text(wasm::SigType t) {
  switch (t) {
    case wasm::SigType::I32: return "i32";
    case wasm::SigType::I64: return "i64";
    case wasm::SigType::F32: return "f32";
    case wasm::SigType::F64: return "f64";
    default: return "v128";
  }
}

TEST_P(Simd, EveryPureOperatorAgreesWithTheInterpreter) {
  // One function per operator (per lane for the lane operators, 0 and the
  // last), on every input combination of the pools above. Operators this
  // configuration refuses are checked by RefusesWhatItHasNoSequenceFor.
  const compile::Settings settings = settings_of(config());
  std::string funcs;
  std::vector<Call> calls;
  for (const wasm::OpInfo& op : wasm::all_ops()) {
    if (!op.is_simd() || op.cls == wasm::OpClass::SimdMemory || op.cls == wasm::OpClass::SimdConst) continue;
    if (!isel::simd_needs(op.opcode, settings).supported) continue;
    std::vector<std::string> imms;
    if (op.imm == wasm::ImmKind::Lane) {
      imms = {" 0", " " + std::to_string(op.lanes - 1)};
    } else if (op.imm == wasm::ImmKind::Shuffle) {
      // Both operands' bytes; one operand's bytes (a's, b's); whole dwords
      // of one operand (a's, b's).
      imms = {" 0 17 2 19 4 21 6 23 8 25 10 27 12 29 14 31", " 31 30 29 28 3 2 1 0 16 16 16 16 15 15 15 15",
              " 15 0 14 1 13 2 12 3 11 4 10 5 9 6 8 7",      " 31 16 30 17 29 18 28 19 27 20 26 21 25 22 24 23",
              " 12 13 14 15 0 1 2 3 0 1 2 3 8 9 10 11",      " 20 21 22 23 28 29 30 31 16 17 18 19 16 17 18 19"};
    } else {
      imms = {""};
    }
    for (size_t v = 0; v < imms.size(); ++v) {
      std::string name = std::string(op.text) + "#" + std::to_string(v);
      std::string params, gets;
      uint32_t n = 0;
      for (; n < 3 && op.in[n] != wasm::SigType::None; ++n) {
        params += std::string(" ") + type_text(op.in[n]);
        gets += " (local.get " + std::to_string(n) + ")";
      }
      funcs += "(func (export \"" + name + "\") (param" + params + ") (result " + type_text(op.out) + ") (" + op.text +
               imms[v] + gets + "))\n";
      if (n == 2 && op.in[1] == wasm::SigType::V128 && v == 0) {
        // The second operand a constant: read from the constant pool where
        // the operator has a memory form, rematerialized otherwise.
        std::string cname = name + "c";
        funcs += "(func (export \"" + cname + "\") (param v128) (result " + type_text(op.out) + ") (" + op.text +
                 imms[v] + " (local.get 0) (v128.const i64x2 0x807f01ff80007fff 0x800000007fffffff)))\n";
        for (const Value& a : v128_inputs())
          calls.push_back({cname, {a}, op.nan_nondeterministic ? (op.lanes == 2 ? 8 : 4) : 0});
      }
      // Every combination of the first two operands' pools; a third (the
      // bitselect mask) cycles through its pool.
      std::vector<Value> pools[3];
      for (uint32_t k = 0; k < n; ++k)
        pools[k] = op.in[k] == wasm::SigType::V128 ? v128_inputs() : scalar_inputs(op.in[k]);
      int float_lanes = op.nan_nondeterministic ? (op.lanes == 2 ? 8 : 4) : 0;
      size_t count0 = pools[0].size(), count1 = n > 1 ? pools[1].size() : 1;
      for (size_t i = 0; i < count0; ++i) {
        for (size_t j = 0; j < count1; ++j) {
          std::vector<Value> args = {pools[0][i]};
          if (n > 1) args.push_back(pools[1][j]);
          if (n > 2) args.push_back(pools[2][(i + j) % pools[2].size()]);
          calls.push_back({name, args, float_lanes});
        }
      }
    }
  }
  ASSERT_GT(calls.size(), 10000u);
  run_module(config(), "(module " + funcs + ")", calls);
}

TEST_P(Simd, ShiftsByConstantCounts) {
  // Constant counts become immediates (taken modulo the lane width), a
  // count of a multiple of the width leaves the value alone; the same
  // shifts by a count in a register agree.
  std::string funcs;
  std::vector<Call> calls;
  const Value inputs[] = {v128(0x807f01ff80007fffull, 0x800000007fffffffull),
                          v128(0x0123456789abcdefull, 0xfedcba9876543210ull)};
  for (const char* shape : {"i8x16", "i16x8", "i32x4", "i64x2"}) {
    for (const char* op : {"shl", "shr_s", "shr_u"}) {
      for (int count : {0, 1, 7, 9, 31, 33, 64, 65}) {
        std::string name = std::string(shape) + "." + op + "#" + std::to_string(count);
        funcs += "(func (export \"" + name + "\") (param v128) (result v128) (" + shape + "." + op +
                 " (local.get 0) (i32.const " + std::to_string(count) + ")))\n";
        for (const Value& v : inputs) calls.push_back({name, {v}});
      }
    }
  }
  run_module(config(), "(module " + funcs + ")", calls);
}

TEST_P(Simd, ShufflesWithAZeroOperand) {
  // A zero operand's bytes are zeros without being read (clang
  // zero-extends with such shuffles): in either position, mixed with the
  // other operand's bytes, alone, or both operands zero.
  const char* patterns[] = {"0 16 1 16 2 16 3 16 4 16 5 16 6 16 7 16", "16 17 18 19 0 1 2 3 20 21 22 23 4 5 6 7",
                            "31 30 29 28 27 26 25 24 23 22 21 20 19 18 17 16", "0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15"};
  std::string funcs;
  std::vector<Call> calls;
  const Value x = v128(0x0706050403020100ull, 0x8f8e8d8c8b8a8988ull);
  for (size_t p = 0; p < std::size(patterns); ++p) {
    for (const char* form : {"a0", "0a", "00"}) {
      std::string name = std::string("shuffle-") + form + "#" + std::to_string(p);
      std::string a = form[0] == 'a' ? "(local.get 0)" : "(v128.const i64x2 0 0)";
      std::string b = form[1] == 'a' ? "(local.get 0)" : "(v128.const i64x2 0 0)";
      funcs += "(func (export \"" + name + "\") (param v128) (result v128) (i8x16.shuffle " + patterns[p] + " " + a +
               " " + b + "))\n";
      calls.push_back({name, {x}});
    }
  }
  run_module(config(), "(module " + funcs + ")", calls);
}

TEST_P(Simd, ConstantOperandsFoldToTheSameValues) {
  // Lane operators on constants (folded at opt_level=speed) against the
  // same operators on parameters (never folded).
  std::string wat = R"((module
    (func (export "folded") (result v128 i32 i64 f32 i32 i32 v128)
      (i32x4.add (i32x4.splat (i32.const -7)) (v128.const i32x4 1 2 3 0x80000000))
      (i8x16.extract_lane_s 9 (v128.const i8x16 0 1 2 3 4 5 6 7 8 0x80 10 11 12 13 14 15))
      (i64x2.extract_lane 1 (i64x2.replace_lane 1 (v128.const i64x2 1 2) (i64.const -3)))
      (f32x4.extract_lane 2 (f32x4.splat (f32.const -1.5)))
      (i16x8.bitmask (i16x8.neg (v128.const i16x8 1 -1 0 2 -2 3 -3 0x8000)))
      (i64x2.all_true (v128.bitselect (v128.const i64x2 -1 0) (v128.const i64x2 0 1) (v128.const i64x2 -1 -1)))
      (i8x16.ne (v128.not (v128.const i64x2 0 -1)) (v128.const i64x2 -1 -1)))
    (func (export "unfolded") (param i32 v128 i64 f32 v128 v128) (result v128 i32 i64 f32 i32 i32 v128)
      (i32x4.add (i32x4.splat (local.get 0)) (local.get 1))
      (i8x16.extract_lane_s 9 (local.get 4))
      (i64x2.extract_lane 1 (i64x2.replace_lane 1 (local.get 5) (local.get 2)))
      (f32x4.extract_lane 2 (f32x4.splat (local.get 3)))
      (i16x8.bitmask (i16x8.neg (local.get 4)))
      (i64x2.all_true (v128.bitselect (local.get 5) (local.get 4) (local.get 1)))
      (i8x16.ne (v128.not (local.get 4)) (local.get 5))))
  )";
  run_module(
      config(), wat,
      {{"folded", {}},
       {"unfolded",
        {Value::i32(0xfffffff9u), i32x4(1, 2, 3, 0x80000000u), Value::i64(~2ull), Value::f32_bits(0xbfc00000u),
         v128(0x0706050403020100ull, 0x0f0e0d0c0b0a8008ull), v128(1, 2)}}},
      {returns({i32x4(0xfffffffa, 0xfffffffb, 0xfffffffc, 0x7ffffff9), Value::i32(0xffffff80u), Value::i64(~2ull),
                Value::f32_bits(0xbfc00000u), Value::i32(0xa9), Value::i32(0), v128(0, ~0ull)})});
}

TEST_P(Simd, RandomExpressionTreesUnderRegisterPressure) {
  // Random trees of the exact (NaN-deterministic) v128 operators over four
  // parameters and constants, deep enough that more values are live than
  // there are xmm registers, with calls inside (which clobber all of them)
  // and a loop carrying two vectors: the allocator's spills, reloads and
  // parallel moves of v128 values against the interpreter.
  std::vector<const wasm::OpInfo*> unary, binary;
  for (const wasm::OpInfo& op : wasm::all_ops()) {
    if (!op.is_simd() || op.nan_nondeterministic || op.imm != wasm::ImmKind::None) continue;
    if (op.out != wasm::SigType::V128 || op.in[0] != wasm::SigType::V128) continue;
    if (op.in[1] == wasm::SigType::None) unary.push_back(&op);
    if (op.in[1] == wasm::SigType::V128 && op.in[2] == wasm::SigType::None) binary.push_back(&op);
  }
  std::mt19937 rng(20261205);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  std::function<std::string(int)> tree = [&](int depth) -> std::string {
    if (depth == 0 || pick(8) == 0) {
      switch (pick(3)) {
        case 0:
          return "(v128.const i64x2 " + std::to_string(static_cast<int64_t>(rng())) + " " +
                 std::to_string(static_cast<int64_t>(rng()) << 20) + ")";
        default: return "(local.get " + std::to_string(pick(4)) + ")";
      }
    }
    switch (pick(6)) {
      case 0: return std::string("(") + unary[pick(unary.size())]->text + " " + tree(depth - 1) + ")";
      case 1: return "(call $mix " + tree(depth - 1) + " " + tree(depth - 1) + ")";
      default:
        return std::string("(") + binary[pick(binary.size())]->text + " " + tree(depth - 1) + " " + tree(depth - 1) +
               ")";
    }
  };
  std::string funcs =
      "(func $mix (param v128 v128) (result v128) (i8x16.add (local.get 0) (i64x2.shl (local.get 1) (i32.const 3))))\n";
  std::vector<Call> calls;
  const std::vector<Value> inputs = v128_inputs();
  for (int f = 0; f < 24; ++f) {
    std::string name = "t" + std::to_string(f);
    funcs += "(func (export \"" + name +
             "\") (param v128 v128 v128 v128 i32) (result v128 v128) (local v128 v128)\n"
             "  (local.set 5 " +
             tree(5) +
             ")\n"
             "  (local.set 6 " +
             tree(4) +
             ")\n"
             "  (loop $l (local.set 5 (v128.xor (local.get 5) " +
             tree(3) +
             "))\n"
             "    (local.set 6 (i16x8.add (local.get 6) (local.get 5)))\n"
             "    (br_if $l (local.tee 4 (i32.sub (local.get 4) (i32.const 1)))))\n"
             "  (local.get 5) " +
             tree(5) + ")\n";
    for (int k = 0; k < 4; ++k) {
      calls.push_back({name,
                       {inputs[pick(inputs.size())], inputs[pick(inputs.size())], inputs[pick(inputs.size())],
                        inputs[pick(inputs.size())], Value::i32(1 + static_cast<uint32_t>(pick(4)))}});
    }
  }
  run_module(config(), "(module " + funcs + ")", calls);
}

TEST_P(Simd, EveryOperatorHasASequenceUnderEveryFlag) {
  // No SIMD operator is refused for a missing extension: each has an SSE2
  // sequence. (The sweep above runs them.)
  const compile::Settings settings = settings_of(config());
  for (const wasm::OpInfo& op : wasm::all_ops()) {
    ir::SimdSignature sig;
    if (!ir::simd_signature(op.opcode, &sig)) continue;
    EXPECT_TRUE(isel::simd_needs(op.opcode, settings).supported) << label_of(config()) << op.text;
  }
}

TEST_P(Simd, SwizzleBesideStackArgumentsAndSpills) {
  // Without SSSE3, swizzle goes through frame memory above the outgoing
  // area: a call with stack arguments and values spilled across it must
  // not see it, nor it them.
  std::string params, args;
  for (int i = 0; i < 10; ++i) {
    params += " v128";
    args += " (i32x4.splat (i32.const " + std::to_string(i + 1) + "))";
  }
  std::string wat = "(module (func $sum (param" + params +
                    ") (result v128)"
                    "  (i32x4.add (local.get 8) (local.get 9)))\n"
                    " (func (export \"f\") (param v128 v128) (result v128 v128 v128)"
                    "  (i8x16.swizzle (local.get 0) (local.get 1))"
                    "  (call $sum" +
                    args +
                    ")"
                    "  (i8x16.swizzle (local.get 1) (local.get 0))))";
  const Value table = v128(0x0706050403020100ull, 0x0f0e0d0c0b0a0908ull);
  const Value indices = v128(0x10ff800f00010203ull, 0x0e0d0c0b11203040ull);
  run_module(
      config(), wat, {{"f", {v128(0x1122334455667788ull, 0x99aabbccddeeff00ull), indices}}, {"f", {table, indices}}},
      {std::nullopt, returns({v128(0x0000000f00010203ull, 0x0e0d0c0b00000000ull), i32x4(19, 19, 19, 19), indices})});
}

TEST(SimdMixed, V128CrossesBetweenTheBackendsInBothDirections) {
  // Ten v128 arguments (two in stack slot pairs) and three results (one in
  // the return area) across calls from either backend to the other, under
  // both masks: the two backends share the ABI for v128. A SIMD function
  // the baseline cannot compile refuses the module whatever the mask.
  std::string params, body = "(v128.const i32x4 0 0 0 0)", args;
  for (int i = 0; i < 10; ++i) {
    params += " v128";
    body = "(i32x4.add " + body + " (i32x4.mul (local.get " + std::to_string(i) + ") (i32x4.splat (i32.const " +
           std::to_string(i + 1) + "))))";
    args += " (i64x2.add (local.get 0) (i64x2.splat (i64.const " + std::to_string(i) + ")))";
  }
  std::string wat = "(module (func $callee (param" + params + ") (result v128 v128 v128) " + body +
                    " (local.get 8) (local.get 9))\n"
                    " (func (export \"caller\") (param v128) (result v128 v128 v128) (call $callee" +
                    args + ")))";
  Result<std::vector<uint8_t>> wasm = oracle::wat_to_wasm(wat);
  ASSERT_TRUE(wasm.ok()) << wasm.error().to_string();
  oracle::HostEnv interp_host = oracle::HostEnv::spectest();
  oracle::InterpEngine interp(&interp_host);
  oracle::InstantiateResult ir = interp.instantiate(*wasm);
  ASSERT_EQ(ir.status, oracle::InstantiateResult::Status::Ok) << ir.message;
  const Value arg = v128(0x0123456789abcdefull, 0x7edcba9876543210ull);
  Result<Outcome> reference = interp.invoke(ir.id, "caller", std::vector<Value>{arg});
  ASSERT_TRUE(reference.ok());
  for (uint64_t mask : {0x1ull, 0x2ull}) {
    oracle::HostEnv host = oracle::HostEnv::spectest();
    oracle::NativeConfig config;
    config.mode = oracle::NativeConfig::Mode::Mixed;
    config.mixed_mask = mask;
    Result<std::unique_ptr<oracle::NativeEngine>> engine = oracle::NativeEngine::create(&host, config);
    ASSERT_TRUE(engine.ok()) << engine.error().to_string();
    oracle::InstantiateResult inst = (*engine)->instantiate(*wasm);
    ASSERT_EQ(inst.status, oracle::InstantiateResult::Status::Ok) << inst.message;
    Result<Outcome> o = (*engine)->invoke(inst.id, "caller", std::vector<Value>{arg});
    ASSERT_TRUE(o.ok()) << o.error().to_string();
    EXPECT_TRUE(same(*o, *reference)) << "mask " << mask << ": " << o->to_string() << ", interpreter "
                                      << reference->to_string();
    // The baseline lacks some operator (i8x16.popcnt here, when it does):
    // refused under either mask, never compiled by the optimizing backend
    // alone.
    Result<std::vector<uint8_t>> lacking =
        oracle::wat_to_wasm("(module (func (param v128) (result v128) (i8x16.popcnt (local.get 0))))");
    ASSERT_TRUE(lacking.ok());
    oracle::InstantiateResult r = (*engine)->instantiate(*lacking);
    oracle::HostEnv baseline_host = oracle::HostEnv::spectest();
    oracle::NativeConfig baseline_config;
    baseline_config.mode = oracle::NativeConfig::Mode::Baseline;
    Result<std::unique_ptr<oracle::NativeEngine>> baseline =
        oracle::NativeEngine::create(&baseline_host, baseline_config);
    ASSERT_TRUE(baseline.ok());
    oracle::InstantiateResult b = (*baseline)->instantiate(*lacking);
    EXPECT_EQ(r.status, b.status) << "mask " << mask << ": " << r.message;
  }
}

INSTANTIATE_TEST_SUITE_P(Settings, Simd, ::testing::Range<size_t>(0, configurations().size()));

}  // namespace
}  // namespace tandem::optimizing::test
