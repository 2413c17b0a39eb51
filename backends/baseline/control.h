// Control frames: one per enclosing block, loop, if and the function body.
//
// A branch target has a *merge state*: where each value the target expects
// lives on arrival, for the entries below the block ([0, stack_base)) and
// its branch values (the results, or the params of a loop). Every path that
// arrives moves its values there (a parallel move), so after the label the
// compiler continues from one known state (Liftoff's merge, Winch's
// control-stack frame). A loop's state is fixed at the loop header; a
// block's or an if's is fixed by the first path that arrives.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "backends/baseline/masm.h"
#include "backends/baseline/value_stack.h"
#include "wasm/module.h"
#include "wasm/op_reader.h"

namespace tandem::baseline {

struct ControlFrame {
  enum class Kind : uint8_t { Function, Block, Loop, If };

  Kind kind = Kind::Block;
  // Inside unreachable code: no code is generated for the frame at all, it
  // only matches its `end`.
  bool dead = false;
  // The frame was entered from reachable code (an if's else arm then is too).
  bool reachable_at_entry = true;
  bool has_else = false;
  uint32_t stack_base = 0;  // value-stack height below the params at entry

  Label label;       // the end (Function, Block, If) or the header (Loop)
  Label else_label;  // If: the else arm

  bool merge_ready = false;
  std::vector<StackValue> merge;       // [0, stack_base + branch_arity)
  std::vector<StackValue> else_state;  // If: the stack at the if, for the else arm

  // The block type: a single result is kept here, a type index refers to the module.
  wasm::BlockType block_type;
  const wasm::FuncType* func_type = nullptr;  // Function, or a TypeIndex block type

  std::span<const wasm::ValType> params() const {
    if (kind == Kind::Function) return {};
    return block_type.kind == wasm::BlockType::Kind::TypeIndex ? std::span<const wasm::ValType>(func_type->params)
                                                               : std::span<const wasm::ValType>();
  }
  std::span<const wasm::ValType> results() const {
    if (kind == Kind::Function || block_type.kind == wasm::BlockType::Kind::TypeIndex) return func_type->results;
    if (block_type.kind == wasm::BlockType::Kind::Value) return {&block_type.value, 1};
    return {};
  }
  // What a branch to this frame carries.
  std::span<const wasm::ValType> branch_types() const { return kind == Kind::Loop ? params() : results(); }
  uint32_t branch_arity() const { return static_cast<uint32_t>(branch_types().size()); }
};

}  // namespace tandem::baseline
