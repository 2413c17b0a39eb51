// Function body validation (private to wasm/; validator.h is the interface):
// the spec's validation algorithm (appendix "Validation Algorithm"), an
// operand stack whose entries may be Unknown below an unreachable point and a
// control stack of frames that each remember their label types, the operand
// stack height at entry and whether the rest of the frame is unreachable.
//
// Operators whose signature the opcode table fixes (OpInfo::in/out) are typed
// from it; the rest (control, calls, variables, select, tables, references)
// and every operator with an immediate that names something in the module
// are checked by hand.
//
// One FuncValidator validates every body of a module, reusing its stacks.
// BodyTyper (wasm/body_typer.h) drives it one operator at a time, for tools
// that need the operand stack's types at each point of a body.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "wasm/module.h"
#include "wasm/op_reader.h"
#include "wasm/result.h"

namespace tandem::wasm {

class FuncValidator {
 public:
  // `declared_funcs[i]` says whether function i may be named by ref.func in
  // a body (the spec's C.refs).
  FuncValidator(const Module& module, const std::vector<bool>& declared_funcs);

  Status validate(const Function& func);

  // Step by step: begin, then one step per operator of the body, in order.
  // Between steps the stacks describe the point after the last operator.
  void begin(const Function& func);
  Status step_one(const Op& op);
  bool finished() const { return ctrls_.empty(); }

  // Operand stack, bottom first. An entry may be kUnknown (the spec's
  // Unknown): a value popped from the polymorphic stack of unreachable code.
  std::span<const ValType> operand_stack() const { return stack_; }
  // Control frames, the function's own included.
  size_t control_depth() const { return ctrls_.size(); }
  // The types a branch to label `depth` carries (depth < control_depth()).
  std::span<const ValType> label_types(uint32_t depth) const { return ctrls_[ctrls_.size() - 1 - depth].label_types(); }
  // True when the rest of the innermost frame is unreachable.
  bool unreachable() const { return !ctrls_.empty() && ctrls_.back().unreachable; }
  // The operand stack height at entry to the innermost frame.
  size_t frame_height() const { return ctrls_.empty() ? 0 : ctrls_.back().height; }

  static constexpr ValType kUnknown = static_cast<ValType>(0);

 private:
  struct ControlFrame {
    Opcode opcode;  // Block (also the function's own frame), Loop, If or Else
    bool unreachable;
    uint32_t height;  // operand stack height at entry
    std::span<const ValType> params;
    std::span<const ValType> results;

    std::span<const ValType> label_types() const { return opcode == Opcode::Loop ? params : results; }
  };

  // Types one operator; false after recording the error in error_.
  bool step(const Op& op);

  // Operand stack. Each returns false after recording the error in error_.
  void push(ValType t) { stack_.push_back(t); }
  bool pop(const Op& op, ValType* out);
  bool pop_expect(const Op& op, ValType expected, ValType* out = nullptr);
  bool pop_vals(const Op& op, std::span<const ValType> types);
  void push_vals(std::span<const ValType> types) { stack_.insert(stack_.end(), types.begin(), types.end()); }

  // Control stack.
  void push_ctrl(Opcode opcode, std::span<const ValType> params, std::span<const ValType> results);
  bool pop_ctrl(const Op& op, ControlFrame* out);
  void set_unreachable();

  bool block_signature(const Op& op, std::span<const ValType>* params, std::span<const ValType>* results);
  bool label(const Op& op, uint32_t depth, const ControlFrame** frame);
  bool local_type(const Op& op, uint32_t index, ValType* out);
  bool check_memory(const Op& op);
  bool check_table(const Op& op, uint32_t index);
  bool check_data_count(const Op& op);
  bool fail(const Op& op, std::string message);
  bool type_mismatch(const Op& op, ValType expected, ValType actual);

  const Module& m_;
  const std::vector<bool>& declared_funcs_;

  // The function being validated.
  std::span<const ValType> params_;
  std::vector<std::pair<uint64_t, ValType>> local_runs_;  // (one past the run's last index, type)
  uint64_t num_locals_ = 0;                               // params included

  std::vector<ValType> stack_;
  std::vector<ControlFrame> ctrls_;
  std::vector<ValType> scratch_;  // br_table's pop-then-push of each target's types
  std::optional<Error> error_;
};

}  // namespace tandem::wasm
