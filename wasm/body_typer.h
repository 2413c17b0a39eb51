// BodyTyper: the validator's operand and control stacks, one operator at a
// time, for tools that rewrite a body operator by operator and need to know
// the types on the stack at each point (the generator's real-module mutator).
// It is the validator itself (FuncValidator) driven step by step, not a
// second typing algorithm: whatever the validator accepts, it types.
//
//   BodyTyper typer(module);          // a module that validated
//   typer.begin(func);
//   for each op of func:  (inspect typer.stack()), typer.step(op)
#pragma once

#include <cstdint>
#include <memory>
#include <span>
#include <vector>

#include "wasm/module.h"
#include "wasm/op_reader.h"
#include "wasm/result.h"

namespace tandem::wasm {

class FuncValidator;

class BodyTyper {
 public:
  // The stack entry for a value popped from the polymorphic stack of
  // unreachable code (the spec's Unknown).
  static constexpr ValType kUnknown = static_cast<ValType>(0);

  // `module` must outlive the typer. Every function may be named by
  // ref.func: the typer checks types, not declarations.
  explicit BodyTyper(const Module& module);
  ~BodyTyper();
  BodyTyper(const BodyTyper&) = delete;
  BodyTyper& operator=(const BodyTyper&) = delete;

  void begin(const Function& func);
  // Types one operator; an error means the body does not validate.
  Status step(const Op& op);
  // True once the function's final `end` has been typed.
  bool finished() const;

  // Operand stack after the last step, bottom first.
  std::span<const ValType> stack() const;
  // Control frames open after the last step, the function's own included.
  size_t control_depth() const;
  // Types carried by a branch to label `depth` (< control_depth()).
  std::span<const ValType> label_types(uint32_t depth) const;
  // The rest of the innermost frame is unreachable (the stack is polymorphic).
  bool unreachable() const;
  // Operand stack height at entry to the innermost frame: values below it
  // belong to enclosing frames.
  size_t frame_height() const;

 private:
  std::vector<bool> all_declared_;
  std::unique_ptr<FuncValidator> validator_;
};

}  // namespace tandem::wasm
