// BodyTyper: the validator's stacks, one operator at a time.
#include "wasm/body_typer.h"

#include <gtest/gtest.h>

#include "tests/wasm/wat.h"
#include "wasm/decoder.h"
#include "wasm/validator.h"

namespace tandem::wasm {
namespace {

using testing::wat;

// The operand stack after each operator of function 0.
std::vector<std::vector<ValType>> stacks_after(const Module& m, BodyTyper& typer) {
  std::vector<std::vector<ValType>> out;
  const Function& f = m.functions[0];
  typer.begin(f);
  OpReader reader(m.bytes, f.code_start, f.code_end);
  while (!reader.done()) {
    Result<Op> op = reader.next();
    EXPECT_TRUE(op.ok());
    if (!op.ok()) break;
    Status s = typer.step(*op);
    EXPECT_TRUE(s.ok()) << s.error().to_string();
    out.emplace_back(typer.stack().begin(), typer.stack().end());
  }
  return out;
}

TEST(BodyTyper, TracksTheOperandStack) {
  Result<Module> m = decode_and_validate(wat(R"((module
      (func (param i64) (result f32)
        local.get 0  i32.wrap_i64  f32.convert_i32_s  f32.const 1  f32.add)))"));
  ASSERT_TRUE(m.ok());
  BodyTyper typer(*m);
  auto stacks = stacks_after(*m, typer);
  using V = std::vector<ValType>;
  ASSERT_EQ(stacks.size(), 6u);  // five operators and the end
  EXPECT_EQ(stacks[0], V{ValType::I64});
  EXPECT_EQ(stacks[1], V{ValType::I32});
  EXPECT_EQ(stacks[2], V{ValType::F32});
  EXPECT_EQ(stacks[3], (V{ValType::F32, ValType::F32}));
  EXPECT_EQ(stacks[4], V{ValType::F32});
  EXPECT_EQ(stacks[5], V{ValType::F32});  // the function's results
  EXPECT_TRUE(typer.finished());
}

TEST(BodyTyper, LabelsFramesAndUnreachable) {
  Result<Module> m = decode_and_validate(wat(R"((module
      (func (result i32)
        (block (result i32)
          (loop (param) (result)
            i32.const 7
            br 1)
          unreachable))))"));
  ASSERT_TRUE(m.ok());
  BodyTyper typer(*m);
  const Function& f = m->functions[0];
  typer.begin(f);
  OpReader reader(m->bytes, f.code_start, f.code_end);
  // block, loop, i32.const: three frames open, the loop's label carries nothing.
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(typer.step(*reader.next()).ok());
  EXPECT_EQ(typer.control_depth(), 3u);
  EXPECT_TRUE(typer.label_types(0).empty());         // the loop: its params
  EXPECT_EQ(typer.label_types(1).size(), 1u);        // the block: its result
  EXPECT_EQ(typer.label_types(2)[0], ValType::I32);  // the function
  EXPECT_EQ(typer.frame_height(), 0u);
  EXPECT_FALSE(typer.unreachable());
  ASSERT_TRUE(typer.step(*reader.next()).ok());  // br 1
  EXPECT_TRUE(typer.unreachable());
  EXPECT_TRUE(typer.stack().empty());
}

TEST(BodyTyper, ReportsWhatTheValidatorWouldRefuse) {
  // A body that does not validate: the step that breaks it is an error.
  std::vector<uint8_t> bytes = wat("(module (func (result i32) i64.const 1))");
  Result<Module> m = decode(bytes);
  ASSERT_TRUE(m.ok());
  BodyTyper typer(*m);
  const Function& f = m->functions[0];
  typer.begin(f);
  OpReader reader(m->bytes, f.code_start, f.code_end);
  ASSERT_TRUE(typer.step(*reader.next()).ok());  // i64.const
  Status end = typer.step(*reader.next());
  ASSERT_FALSE(end.ok());
  EXPECT_EQ(end.error().kind, ErrorKind::Invalid);
}

}  // namespace
}  // namespace tandem::wasm
