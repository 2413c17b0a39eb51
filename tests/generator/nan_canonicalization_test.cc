// The NaN policy in the bytes: with canonicalize_nans, every float operator
// whose NaN result the spec leaves open is followed by the canonicalizing
// select; abs/neg/copysign and bit moves are not; without it, nothing is
// inserted.
#include <gtest/gtest.h>

#include <string_view>

#include <set>

#include "generator/generator.h"
#include "tests/generator/wabt_support.h"
#include "wasm/decoder.h"
#include "wasm/op_reader.h"

namespace tandem::generator {
namespace {

using wasm::OpClass;
using wasm::Opcode;

bool nan_open(Opcode op) {
  const wasm::OpInfo& info = wasm::op_info(op);
  std::string_view text = info.text;
  switch (info.cls) {
    case OpClass::FloatArith:
    case OpClass::FloatMinMax:
    case OpClass::FloatRound: return true;
    default: break;
  }
  return text == "f32.sqrt" || text == "f64.sqrt" || text == "f32.demote_f64" || text == "f64.promote_f32";
}

bool followed_by_canonicalization(const std::vector<Opcode>& ops, size_t i) {
  static const Opcode kF32[] = {Opcode::LocalTee, Opcode::F32Const, Opcode::LocalGet,
                                Opcode::LocalGet, Opcode::F32Eq,    Opcode::Select};
  static const Opcode kF64[] = {Opcode::LocalTee, Opcode::F64Const, Opcode::LocalGet,
                                Opcode::LocalGet, Opcode::F64Eq,    Opcode::Select};
  bool f32 = wasm::op_info(ops[i]).out == wasm::SigType::F32;
  const Opcode* want = f32 ? kF32 : kF64;
  if (i + 7 > ops.size()) return false;
  for (size_t k = 0; k < 6; ++k)
    if (ops[i + 1 + k] != want[k]) return false;
  return true;
}

TEST(GeneratorNanPolicy, EveryOpenNanIsCanonicalized) {
  Generator gen;
  GeneratedModule m;
  GeneratorConfig config = GeneratorConfig::full();
  uint32_t checked = 0, exact = 0;
  for (uint32_t i = 0; i < 400; ++i) {
    ASSERT_TRUE(gen.generate(testing::random_input(910000 + i, 1500), config, m).ok());
    std::vector<Opcode> ops = testing::body_opcodes(m.wasm);
    for (size_t k = 0; k < ops.size(); ++k) {
      if (nan_open(ops[k])) {
        ++checked;
        EXPECT_TRUE(followed_by_canonicalization(ops, k)) << wasm::op_name(ops[k]) << " in input " << i;
      } else if (ops[k] == Opcode::F32Abs || ops[k] == Opcode::F64Neg || ops[k] == Opcode::F32Copysign) {
        ++exact;
        EXPECT_FALSE(k + 1 < ops.size() && ops[k + 1] == Opcode::LocalTee && followed_by_canonicalization(ops, k))
            << wasm::op_name(ops[k]) << " is exact on NaNs";
      }
    }
  }
  EXPECT_GT(checked, 500u);
  EXPECT_GT(exact, 10u);
}

TEST(GeneratorNanPolicy, OffMeansNothingInserted) {
  Generator gen;
  GeneratedModule m;
  GeneratorConfig config = GeneratorConfig::full();
  config.canonicalize_nans = false;
  uint32_t open = 0, canonicalized = 0;
  for (uint32_t i = 0; i < 200; ++i) {
    ASSERT_TRUE(gen.generate(testing::random_input(920000 + i, 1500), config, m).ok());
    std::vector<Opcode> ops = testing::body_opcodes(m.wasm);
    for (size_t k = 0; k < ops.size(); ++k)
      if (nan_open(ops[k])) ++open, canonicalized += followed_by_canonicalization(ops, k);
  }
  EXPECT_GT(open, 200u);
  EXPECT_EQ(canonicalized, 0u);
}

}  // namespace
}  // namespace tandem::generator

namespace tandem::generator {
namespace {

// The canonicalization glue parks the raw value in a scratch local (and the
// checksum glue its operand); no other code may read or write those locals, or a raw NaN (whose payload the spec
// leaves open) would reach a result and read as a mismatch under the exact
// NaN policy.
TEST(GeneratorNanPolicy, ScratchLocalsAreTouchedOnlyByTheGlue) {
  Generator gen;
  GeneratedModule m;
  GeneratorConfig config = GeneratorConfig::full();
  uint32_t patterns = 0, folds = 0;
  for (uint32_t i = 0; i < 400; ++i) {
    ASSERT_TRUE(gen.generate(testing::random_input(920000 + i, 2000), config, m).ok());
    Result<wasm::Module> module = wasm::decode(m.wasm);
    ASSERT_TRUE(module.ok());
    for (const wasm::Function& f : module->functions) {
      std::vector<wasm::Op> ops;
      wasm::OpReader reader(module->bytes, f.code_start, f.code_end);
      while (!reader.done()) ops.push_back(*reader.next());
      std::vector<bool> in_glue(ops.size(), false);
      std::set<uint32_t> scratch;
      for (size_t k = 0; k + 5 < ops.size(); ++k) {
        bool is_const = ops[k + 1].opcode == Opcode::F32Const || ops[k + 1].opcode == Opcode::F64Const;
        bool is_eq = ops[k + 4].opcode == Opcode::F32Eq || ops[k + 4].opcode == Opcode::F64Eq;
        if (ops[k].opcode == Opcode::LocalTee && is_const && ops[k + 2].opcode == Opcode::LocalGet &&
            ops[k + 3].opcode == Opcode::LocalGet && is_eq && ops[k + 5].opcode == Opcode::Select &&
            ops[k + 2].index == ops[k].index && ops[k + 3].index == ops[k].index) {
          scratch.insert(ops[k].index);
          for (size_t j = k; j < k + 6; ++j) in_glue[j] = true;
          ++patterns;
        }
      }
      // The checksum glue: local.tee s; global.get; local.get s; ... global.set.
      for (size_t k = 0; k + 2 < ops.size(); ++k) {
        if (ops[k].opcode != Opcode::LocalTee || ops[k + 1].opcode != Opcode::GlobalGet ||
            ops[k + 2].opcode != Opcode::LocalGet || ops[k + 2].index != ops[k].index)
          continue;
        size_t end = k + 3;
        while (end < ops.size() && end < k + 10 && ops[end].opcode != Opcode::GlobalSet) ++end;
        ASSERT_LT(end, ops.size());
        ASSERT_EQ(ops[end].index, ops[k + 1].index) << "the checksum glue writes the global it read";
        scratch.insert(ops[k].index);
        for (size_t j = k; j <= end; ++j) in_glue[j] = true;
        ++folds;
      }
      const wasm::Export* checksum = module->find_export("checksum");
      for (size_t k = 0; k < ops.size(); ++k) {
        bool global_op = ops[k].opcode == Opcode::GlobalGet || ops[k].opcode == Opcode::GlobalSet;
        if (checksum && global_op && ops[k].index == checksum->index)
          EXPECT_TRUE(in_glue[k]) << "input " << i << ": generated code touches the checksum global";
      }
      for (size_t k = 0; k < ops.size(); ++k) {
        bool local_op =
            ops[k].opcode == Opcode::LocalGet || ops[k].opcode == Opcode::LocalSet || ops[k].opcode == Opcode::LocalTee;
        if (local_op && scratch.count(ops[k].index))
          EXPECT_TRUE(in_glue[k]) << "input " << i << ": " << wasm::op_name(ops[k].opcode) << " " << ops[k].index
                                  << " touches a canonicalization scratch local outside the glue";
      }
    }
  }
  EXPECT_GT(patterns, 100u);
  EXPECT_GT(folds, 100u);
}

}  // namespace
}  // namespace tandem::generator
