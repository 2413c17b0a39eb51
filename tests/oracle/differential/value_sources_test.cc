// value_sources on a body with every kind of link: operands on the
// stack, a local and a global set and read back, and the places where one
// pass cannot know a value's source (after a call, at a loop's head, at a
// block's end).
#include "oracle/differential/value_sources.h"

#include <gtest/gtest.h>

#include "oracle/engines/text_format.h"
#include "wasm/op_reader.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

constexpr const char* kBody = R"((module
  (memory 1)
  (global $g (mut i32) (i32.const 0))
  (func $callee)
  (func (export "f") (param i32) (result i32) (local i32)
    i32.const 8
    i32.load            ;; 1
    local.get 0         ;; 2
    i32.add             ;; 3: 1, 2
    local.set 1
    local.get 1         ;; 5: 3
    global.set $g
    global.get $g       ;; 7: 3 (through the local and the global)
    local.tee 1         ;; 8: 7
    call $callee
    global.get $g       ;; 10: 5, every value set to it (the callee may have set it)
    i32.mul             ;; 11: 8, 10
    block (result i32)
      local.get 1       ;; 13: 7, which the tee stored (a block is entered in a straight line)
    end
    loop
      local.get 1       ;; 16: none (the back edge)
      drop
    end
    local.get 0         ;; 19: none (a parameter)
    select))            ;; 20: 11, 19 (the block's result has no source; 11 is below it)
)";

// A module's sources, and the offset of each operator of one function's
// body (`at[k]`: the k-th).
struct Analyzed {
  ValueSources sources;
  std::vector<uint32_t> at;
  uint32_t memory = 0;  // memory_node of the module
};

Analyzed analyze(const char* wat, size_t defined_func) {
  Analyzed out;
  Result<std::vector<uint8_t>> wasm = wat_to_wasm(wat);
  EXPECT_TRUE(wasm.ok()) << wasm.error().to_string();
  if (!wasm.ok()) return out;
  Result<wasm::Module> m = wasm::decode_and_validate(*wasm);
  EXPECT_TRUE(m.ok());
  if (!m.ok()) return out;
  const wasm::Function& f = m->functions[defined_func];
  wasm::OpReader reader(m->bytes, f.code_start, f.code_end);
  while (!reader.done()) out.at.push_back(reader.next()->offset);
  out.sources = value_sources(*m);
  out.memory = memory_node(*m);
  return out;
}

TEST(ValueSources, LinksOperandsLocalsAndGlobalsInStraightLineCode) {
  const Analyzed a = analyze(kBody, 1);
  const std::vector<uint32_t>& at = a.at;
  const ValueSources& sources = a.sources;
  ASSERT_EQ(at.size(), 22u);
  auto of = [&](size_t k) {
    auto it = sources.of.find(at[k]);
    return it == sources.of.end() ? std::vector<uint32_t>{} : it->second;
  };
  EXPECT_EQ(of(3), (std::vector<uint32_t>{at[1], at[2]}));
  EXPECT_EQ(of(5), std::vector<uint32_t>{at[3]});
  EXPECT_EQ(of(7), std::vector<uint32_t>{at[5]});
  EXPECT_EQ(of(8), std::vector<uint32_t>{at[7]});
  EXPECT_EQ(of(10), std::vector<uint32_t>{at[5]}) << "a global read after a call: any value set to it";
  EXPECT_EQ(of(11), (std::vector<uint32_t>{at[8], at[10]}));
  EXPECT_EQ(of(13), std::vector<uint32_t>{at[7]});
  EXPECT_TRUE(of(16).empty()) << "a local read in a loop";
  EXPECT_TRUE(of(19).empty()) << "a parameter";
  EXPECT_EQ(of(20), (std::vector<uint32_t>{at[11], at[19]}));
  EXPECT_EQ(of(1), std::vector<uint32_t>{a.memory}) << "a constant address is no source: it cannot differ";
  EXPECT_FALSE(sources.of.contains(a.memory)) << "nothing stores";
}

TEST(ValueSources, ALoadReadsItsAddressAndWhatEveryStoreWrote) {
  const Analyzed a = analyze(R"((module
    (memory 1)
    (func (param i32 i32) (result i32)
      local.get 0       ;; 0
      local.get 1       ;; 1
      i32.store         ;; 2
      local.get 1       ;; 3
      i32.load))        ;; 4: 3 and the memory, which 0 and 1 went into
  )",
                             0);
  const std::vector<uint32_t>& at = a.at;
  const ValueSources& sources = a.sources;
  EXPECT_EQ(sources.of.at(at[4]), (std::vector<uint32_t>{at[3], a.memory}));
  EXPECT_EQ(sources.of.at(a.memory), (std::vector<uint32_t>{at[0], at[1]}));
  EXPECT_FALSE(sources.of.contains(at[2])) << "a store pushes nothing";
}

TEST(ValueSources, ACallOfSeveralResultsIsTheSourceOfEach) {
  const Analyzed a = analyze(R"((module
    (func $pair (param i32) (result i32 i32) local.get 0 local.get 0)
    (func (param i32) (result i32)
      local.get 0       ;; 0
      call $pair        ;; 1: 0
      i32.add))         ;; 2: 1, 1
  )",
                             1);
  const std::vector<uint32_t>& at = a.at;
  const ValueSources& sources = a.sources;
  EXPECT_EQ(sources.of.at(at[2]), (std::vector<uint32_t>{at[1], at[1]}));
  EXPECT_EQ(sources.of.at(at[1]), std::vector<uint32_t>{at[0]});
  EXPECT_TRUE(sources.several_values.contains(at[1]));
  EXPECT_EQ(sources.several_values.size(), 1u);
}

}  // namespace
}  // namespace tandem::oracle
