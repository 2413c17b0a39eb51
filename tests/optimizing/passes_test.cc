// Passes checked by evaluation rather than by text: strength reduction of
// division by constants (its magic multipliers) against plain division over
// edge and random operands, and the whole speed pipeline keeping the
// printed IR verifiable and round-trippable through the parser.
#include <gtest/gtest.h>

#include <limits>
#include <random>

#include "backends/optimizing/ir/builder.h"
#include "backends/optimizing/ir/const_eval.h"
#include "backends/optimizing/ir/parser.h"
#include "backends/optimizing/ir/printer.h"
#include "backends/optimizing/ir/verifier.h"
#include "backends/optimizing/passes/pass_utils.h"
#include "backends/optimizing/passes/passes.h"
#include "tests/optimizing/test_util.h"

namespace tandem::optimizing::test {
namespace {

using ir::Opcode;
using ir::Type;

// Builds `x op d` on constants, strength-reduces it (without folding
// first), then folds the replacement sequence and reads the constant.
bool reduce_and_evaluate(Opcode op, Type t, uint64_t x, uint64_t d, uint64_t* out, bool* reduced) {
  ir::Function f;
  f.result_types = {t};
  ir::Block b = f.create_block();
  f.append_to_layout(b);
  ir::Builder builder(f);
  builder.set_block(b);
  ir::Value vx = builder.iconst(t, static_cast<int64_t>(x));
  ir::Value vd = builder.iconst(t, static_cast<int64_t>(d));
  ir::Value r = builder.binary(op, t, vx, vd);
  ir::Value results[] = {r};
  builder.ret(results);
  passes::PassContext ctx;
  *reduced = passes::strength_reduce(f, ctx);
  EXPECT_TRUE(ir::verify_function(f).ok());
  passes::const_fold(f, ctx);
  ir::Inst ret = f.terminator(b);
  int64_t c = 0;
  if (!passes::int_constant(f, f.inst_args(ret)[0], &c)) return false;
  *out = static_cast<uint64_t>(c) & passes::type_mask(t);
  return true;
}

uint64_t reference(Opcode op, Type t, uint64_t x, uint64_t d) {
  if (t == Type::I32) {
    uint32_t ux = static_cast<uint32_t>(x), ud = static_cast<uint32_t>(d);
    int32_t sx = static_cast<int32_t>(ux), sd = static_cast<int32_t>(ud);
    switch (op) {
      case Opcode::Udiv: return ux / ud;
      case Opcode::Urem: return ux % ud;
      case Opcode::Sdiv: return static_cast<uint32_t>(sx / sd);
      default: return static_cast<uint32_t>(sx % sd);
    }
  }
  int64_t sx = static_cast<int64_t>(x), sd = static_cast<int64_t>(d);
  switch (op) {
    case Opcode::Udiv: return x / d;
    case Opcode::Urem: return x % d;
    case Opcode::Sdiv: return static_cast<uint64_t>(sx / sd);
    default: return static_cast<uint64_t>(sx % sd);
  }
}

TEST(StrengthReduce, DivisionByConstantsMatchesDivision) {
  std::mt19937_64 rng(42);
  std::vector<int64_t> divisors = {2,  3,  5,   6,   7,   9,    10,    11,         12,         13,
                                   25, 60, 100, 125, 641, 1000, 1024,  6700417,    0x7fffffff, 0x55555555,
                                   -2, -3, -5,  -7,  -8,  -10,  -1000, -0x7fffffff};
  for (int i = 0; i < 40; ++i) divisors.push_back(static_cast<int64_t>(rng()) >> (rng() % 63));
  std::vector<uint64_t> operands = {0,
                                    1,
                                    2,
                                    3,
                                    7,
                                    100,
                                    0x7fffffff,
                                    0x80000000u,
                                    0xffffffffu,
                                    0xfffffffe,
                                    0x7fffffffffffffffull,
                                    0x8000000000000000ull,
                                    ~0ull,
                                    ~1ull,
                                    0x123456789abcdefull};
  for (int i = 0; i < 60; ++i) operands.push_back(rng());
  uint32_t reduced_count = 0;
  for (Type t : {Type::I32, Type::I64}) {
    uint64_t mask = t == Type::I32 ? 0xffffffffu : ~0ull;
    for (Opcode op : {Opcode::Udiv, Opcode::Urem, Opcode::Sdiv, Opcode::Srem}) {
      for (int64_t d : divisors) {
        uint64_t ud = static_cast<uint64_t>(d) & mask;
        int64_t sd = t == Type::I32 ? static_cast<int32_t>(ud) : static_cast<int64_t>(ud);
        if (ud == 0 || ((op == Opcode::Sdiv || op == Opcode::Srem) && sd == -1)) continue;
        for (uint64_t x : operands) {
          x &= mask;
          int64_t sx = t == Type::I32 ? static_cast<int32_t>(x) : static_cast<int64_t>(x);
          int64_t min = t == Type::I32 ? std::numeric_limits<int32_t>::min() : std::numeric_limits<int64_t>::min();
          if (op == Opcode::Sdiv && sx == min && sd == -1) continue;
          uint64_t got = 0;
          bool reduced = false;
          ASSERT_TRUE(reduce_and_evaluate(op, t, x, ud, &got, &reduced))
              << ir::opcode_name(op) << " " << ir::type_name(t) << " " << x << " by " << sd;
          reduced_count += reduced;
          EXPECT_EQ(got, reference(op, t, x, ud) & mask)
              << ir::opcode_name(op) << "." << ir::type_name(t) << " " << x << " by " << sd;
        }
      }
    }
  }
  EXPECT_GT(reduced_count, 1000u);
}

// The speed pipeline on translated modules: every pass leaves verifiable
// IR, and the result prints, parses back and prints the same.
TEST(Pipeline, TranslatedFunctionsStayVerifiableAndRoundTrip) {
  std::unique_ptr<wasm::Module> m = module_from_wat(R"((module
    (memory 1)
    (global $g (mut i32) (i32.const 0))
    (func $f (param i32 i64 f32 f64) (result i64)
      (local i32 i64)
      (loop $l
        (local.set 4 (i32.add (local.get 4) (i32.div_u (local.get 0) (i32.const 7))))
        (i32.store offset=8 (i32.and (local.get 4) (i32.const 0xff)) (local.get 4))
        (local.set 5 (i64.add (local.get 5) (i64.load32_u offset=8 (i32.and (local.get 4) (i32.const 0xff)))))
        (br_if $l (i32.lt_u (local.get 4) (local.get 0))))
      (global.set $g (i32.trunc_f32_s (f32.add (local.get 2) (f32.const 1.5))))
      (if (result i64) (f64.lt (local.get 3) (f64.const 0))
        (then (i64.mul (local.get 5) (i64.const 8)))
        (else (i64.rem_s (local.get 1) (i64.const 10)))))
    (func (param i32) (result i32)
      (block $b (br_table $b $b (local.get 0)))
      (select (i32.const 1) (i32.const 2) (local.get 0))))
  )");
  ASSERT_TRUE(m);
  for (uint32_t fn = 0; fn < m->num_funcs(); ++fn) {
    ir::Function f;
    ASSERT_TRUE(translate(*m, fn, f));
    passes::PassContext ctx;
    ctx.module = m.get();
    ctx.min_memory_bytes = 65536;
    for (const passes::PassInfo& pass : passes::all_passes()) {
      Status st = passes::run_pass(pass, f, ctx, /*verify=*/true);
      ASSERT_TRUE(st.ok()) << st.error().message;
    }
    Status st = passes::run_pipeline(compile::OptLevel::Speed, f, ctx);
    ASSERT_TRUE(st.ok()) << st.error().message;
    std::string printed = ir::print_function(f);
    ir::Function parsed;
    ASSERT_TRUE(parse_ir(printed, parsed));
    ASSERT_TRUE(ir::verify_function(parsed).ok());
    EXPECT_EQ(ir::print_function(parsed), printed);
  }
}

}  // namespace
}  // namespace tandem::optimizing::test

namespace tandem::optimizing::test {
namespace {

// ConstEvaluator sees through constant expressions, bitcasts of float
// constants, references, selects and merges that receive one value on
// every edge, but not through a loop's back edge or a merge of two values.
TEST(ConstEvaluator, KnowsConstantExpressionsAndMerges) {
  ir::Function f;
  ASSERT_TRUE(parse_ir(R"(function fn0(i32) -> i32 {
block0(v0: i32):
      v1 = iconst.i32 32767
      v2 = iconst.i32 65535
      v3 = rotl.i32 v1, v2
      v4 = f64const.f64 0x0000000000000001
      v5 = bitcast.i64 v4
      v6 = ref_null.ref
      v7 = is_null.ref v6
      v8 = select.i32 v7, v3, v0
      brif.i32 v0, block1, block2
block1:
      v9 = iconst.i32 5
      jump block3(v9, v9)
block2:
      v10 = iconst.i32 5
      v11 = iconst.i32 6
      jump block3(v10, v11)
block3(v12: i32, v13: i32):
      jump block4(v12)
block4(v14: i32):
      v15 = iadd.i32 v14, v12
      brif.i32 v15, block4(v15), block5
block5:
      return v14
}
)",
                       f));
  ir::ControlFlowGraph cfg;
  cfg.compute(f);
  ir::ConstEvaluator eval;
  eval.compute(f, cfg);
  auto known = [&](uint32_t v, uint64_t want) {
    uint64_t got = 0;
    return eval.value(ir::Value(v), &got) && got == want;
  };
  EXPECT_TRUE(known(3, 0x80003fffu));  // rotl(0x7fff, 65535 mod 32)
  EXPECT_TRUE(known(5, 1));
  EXPECT_TRUE(known(7, 1));
  EXPECT_TRUE(known(8, 0x80003fffu));
  EXPECT_TRUE(known(12, 5));
  uint64_t unused = 0;
  EXPECT_FALSE(eval.value(ir::Value(0), &unused));
  EXPECT_FALSE(eval.value(ir::Value(13), &unused));  // 5 on one edge, 6 on the other
  EXPECT_FALSE(eval.value(ir::Value(14), &unused));  // a loop header: the back edge is unknown
  EXPECT_FALSE(eval.value(ir::Value(15), &unused));  // depends on the loop parameter
}

}  // namespace
}  // namespace tandem::optimizing::test
