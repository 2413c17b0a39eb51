// generator/probes.h: the probed module validates, the probe imports come
// after the module's own, defined functions move up by four everywhere
// they are named, and each probed operator passes its value and its own
// wasm offset to the probe of its type.
#include "generator/probes.h"

#include <gtest/gtest.h>

#include "wasm/op_reader.h"
#include "wasm/validator.h"

namespace tandem::generator {
namespace {

// (module
//   (import "env" "g" (func))
//   (func (export "f") (param i32 i32) (result i32)
//     local.get 0  local.get 1  i32.add  i32.const 7  i32.mul)
//   (start 0))  ;; start names the import, which does not move
const std::vector<uint8_t> kModule = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,                                      // header
    0x01, 0x0a, 0x02, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f, 0x60, 0x00, 0x00,              // types
    0x02, 0x09, 0x01, 0x03, 'e',  'n',  'v',  0x01, 'g',  0x00, 0x01,                    // import
    0x03, 0x02, 0x01, 0x00,                                                              // function
    0x07, 0x05, 0x01, 0x01, 'f',  0x00, 0x01,                                            // export f = func 1
    0x08, 0x01, 0x00,                                                                    // start: func 0
    0x0a, 0x0c, 0x01, 0x0a, 0x00, 0x20, 0x00, 0x20, 0x01, 0x6a, 0x41, 0x07, 0x6c, 0x0b,  // code
};

// The offsets of the source function's operators, in order.
std::vector<uint32_t> source_offsets() {
  Result<wasm::Module> m = wasm::decode_and_validate(kModule);
  EXPECT_TRUE(m.ok());
  std::vector<uint32_t> out;
  wasm::OpReader reader(m->bytes, m->functions[0].code_start, m->functions[0].code_end);
  while (!reader.done()) out.push_back(reader.next()->offset);
  return out;
}

// (probe import index, offset passed) for every probe call in function 0.
std::vector<std::pair<uint32_t, uint32_t>> probe_calls(const wasm::Module& m) {
  std::vector<std::pair<uint32_t, uint32_t>> out;
  wasm::OpReader reader(m.bytes, m.functions[0].code_start, m.functions[0].code_end);
  uint32_t last_const = 0;
  while (!reader.done()) {
    wasm::Op op = *reader.next();
    if (op.opcode == wasm::Opcode::I32Const) last_const = static_cast<uint32_t>(op.bits);
    if (op.opcode == wasm::Opcode::Call && op.index >= 1 && op.index <= 4) out.emplace_back(op.index, last_const);
  }
  return out;
}

TEST(Probes, EveryComputedValueIsReportedWithItsOperatorsOffset) {
  Result<ProbedModule> probed = add_probes(kModule, {});
  ASSERT_TRUE(probed.ok()) << probed.error().to_string();
  Result<wasm::Module> m = wasm::decode_and_validate(probed->wasm);
  ASSERT_TRUE(m.ok()) << m.error().to_string();

  ASSERT_EQ(m->imports.size(), 5u);
  EXPECT_EQ(m->imports[0].module, "env");
  const char* names[] = {"i32", "i64", "f32", "f64"};
  for (int k = 0; k < 4; ++k) {
    EXPECT_EQ(m->imports[1 + k].module, kProbeModule);
    EXPECT_EQ(m->imports[1 + k].name, names[k]);
  }
  ASSERT_EQ(m->exports.size(), 1u);
  EXPECT_EQ(m->exports[0].index, 5u) << "the defined function moved up by four";
  ASSERT_TRUE(m->start.has_value());
  EXPECT_EQ(*m->start, 0u) << "an imported function does not move";

  // local.get, local.get, i32.add and i32.mul; the constant is not probed.
  const std::vector<uint32_t> at = source_offsets();
  EXPECT_EQ(probed->num_probes, 4u);
  EXPECT_EQ(probed->num_ordinals, 4u) << "the operators that can be probed";
  const std::vector<std::pair<uint32_t, uint32_t>> expected = {{1, at[0]}, {1, at[1]}, {1, at[2]}, {1, at[4]}};
  EXPECT_EQ(probe_calls(*m), expected);
}

// A v128 is probed as its two i64 halves, low first, each call passing
// the operator's offset; v128.const, like any constant, is not probed.
TEST(Probes, AV128IsProbedAsItsTwoHalves) {
  // (func (export "f") (param v128) (result v128)
  //   local.get 0  v128.const i32x4 0 0 0 0  i32x4.add)
  std::vector<uint8_t> wasm = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, 0x01, 0x06, 0x01, 0x60,
                               0x01, 0x7b, 0x01, 0x7b, 0x03, 0x02, 0x01, 0x00, 0x07, 0x05, 0x01, 0x01,
                               'f',  0x00, 0x00, 0x0a, 0x1b, 0x01, 0x19, 0x00, 0x20, 0x00, 0xfd, 0x0c};
  wasm.insert(wasm.end(), 16, 0);
  wasm.insert(wasm.end(), {0xfd, 0xae, 0x01, 0x0b});
  Result<wasm::Module> source = wasm::decode_and_validate(wasm);
  ASSERT_TRUE(source.ok()) << source.error().to_string();
  std::vector<uint32_t> at;
  wasm::OpReader sr(source->bytes, source->functions[0].code_start, source->functions[0].code_end);
  while (!sr.done()) at.push_back(sr.next()->offset);

  Result<ProbedModule> probed = add_probes(wasm, {});
  ASSERT_TRUE(probed.ok()) << probed.error().to_string();
  Result<wasm::Module> m = wasm::decode_and_validate(probed->wasm);
  ASSERT_TRUE(m.ok()) << m.error().to_string();
  EXPECT_EQ(probed->num_probes, 2u) << "local.get and i32x4.add";
  std::vector<std::pair<uint32_t, uint32_t>> calls;  // (lane extracted, offset passed), per call of the i64 probe
  wasm::OpReader r(m->bytes, m->functions[0].code_start, m->functions[0].code_end);
  uint32_t lane = 99, last_const = 0;
  while (!r.done()) {
    wasm::Op op = *r.next();
    if (op.opcode == wasm::Opcode::I64X2ExtractLane) lane = op.lane;
    if (op.opcode == wasm::Opcode::I32Const) last_const = static_cast<uint32_t>(op.bits);
    if (op.opcode == wasm::Opcode::Call) {
      EXPECT_EQ(m->imports[op.index].name, "i64");
      calls.emplace_back(lane, last_const);
    }
  }
  const std::vector<std::pair<uint32_t, uint32_t>> expected = {{0, at[0]}, {1, at[0]}, {0, at[2]}, {1, at[2]}};
  EXPECT_EQ(calls, expected);
}

// The range counts the operators that can be probed, not the constant:
// ordinals 1 and 2 are the second local.get and the i32.add.
TEST(Probes, OnlyTheRangeIsProbed) {
  Result<ProbedModule> probed = add_probes(kModule, {1, 3});
  ASSERT_TRUE(probed.ok());
  Result<wasm::Module> m = wasm::decode_and_validate(probed->wasm);
  ASSERT_TRUE(m.ok());
  const std::vector<uint32_t> at = source_offsets();
  const std::vector<std::pair<uint32_t, uint32_t>> expected = {{1, at[1]}, {1, at[2]}};
  EXPECT_EQ(probe_calls(*m), expected);
  EXPECT_EQ(probed->num_probes, 2u);
}

// (module
//   (import "env" "g" (func))                              ;; func 0
//   (type $v (func (result i32)))
//   (table 2 funcref)
//   (global funcref (ref.func 2))
//   (func (type $v) i32.const 1 call_indirect (type $v))   ;; func 1
//   (func (type $v) call 1)                                ;; func 2
//   (elem (i32.const 0) func 1 2))
const std::vector<uint8_t> kReferences = {
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,                    // header
    0x01, 0x08, 0x02, 0x60, 0x00, 0x00, 0x60, 0x00, 0x01, 0x7f,        // types: () -> (), () -> i32
    0x02, 0x09, 0x01, 0x03, 'e',  'n',  'v',  0x01, 'g',  0x00, 0x00,  // import g: type 0
    0x03, 0x03, 0x02, 0x01, 0x01,                                      // functions 1, 2: type 1
    0x04, 0x04, 0x01, 0x70, 0x00, 0x02,                                // table 2 funcref
    0x06, 0x06, 0x01, 0x70, 0x00, 0xd2, 0x02, 0x0b,                    // global funcref = ref.func 2
    0x09, 0x08, 0x01, 0x00, 0x41, 0x00, 0x0b, 0x02, 0x01, 0x02,        // elem at 0: funcs 1, 2
    0x0a, 0x0e, 0x02, 0x07, 0x00, 0x41, 0x01, 0x11, 0x01, 0x00, 0x0b,  // code: call_indirect (type 1)
    0x04, 0x00, 0x10, 0x01, 0x0b,                                      //       call 1
};

TEST(Probes, EveryReferenceToADefinedFunctionMovesWithIt) {
  Result<ProbedModule> probed = add_probes(kReferences, {});
  ASSERT_TRUE(probed.ok()) << probed.error().to_string();
  Result<wasm::Module> m = wasm::decode_and_validate(probed->wasm);
  ASSERT_TRUE(m.ok()) << m.error().to_string();
  ASSERT_EQ(m->globals.size(), 1u);
  EXPECT_EQ(m->globals[0].init.index, 6u) << "ref.func 2 in a global";
  ASSERT_EQ(m->elems.size(), 1u);
  ASSERT_EQ(m->elems[0].items.size(), 2u);
  EXPECT_EQ(m->elems[0].items[0].index, 5u);
  EXPECT_EQ(m->elems[0].items[1].index, 6u);
  // Function 2's body calls function 1, now 5; the call_indirect names a
  // type, which does not move.
  wasm::OpReader reader(m->bytes, m->functions[1].code_start, m->functions[1].code_end);
  std::vector<uint32_t> callees;
  while (!reader.done()) {
    wasm::Op op = *reader.next();
    if (op.opcode == wasm::Opcode::Call && op.index >= 5) callees.push_back(op.index);
  }
  EXPECT_EQ(callees, std::vector<uint32_t>{5});
  wasm::OpReader first(m->bytes, m->functions[0].code_start, m->functions[0].code_end);
  bool typed_call = false;
  while (!first.done()) {
    wasm::Op op = *first.next();
    if (op.opcode == wasm::Opcode::CallIndirect) typed_call = op.index == 1;
  }
  EXPECT_TRUE(typed_call);
}

TEST(Probes, TheMixedMaskTurnsWithTheFunctions) {
  // Function i of the original is function i + 4 of the probed module.
  const uint64_t mask = 0x8000000000000001ull;  // functions 0 and 63
  const uint64_t turned = mixed_mask_with_probes(mask);
  EXPECT_EQ(turned, (1ull << 4) | (1ull << 3));  // 0 + 4, and 63 + 4 = 67, bit 67 % 64 = 3
}

TEST(Probes, AModuleThatDoesNotValidateIsAnError) {
  std::vector<uint8_t> broken = kModule;
  broken.back() = 0x00;  // the body no longer ends
  EXPECT_FALSE(add_probes(broken, {}).ok());
}

}  // namespace
}  // namespace tandem::generator
