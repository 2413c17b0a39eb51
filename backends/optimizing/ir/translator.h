// The wasm -> IR translator: one pass over a validated function body.
//
//   locals         SSA variables (ssa_builder.h): local.get reads, local.set
//                  writes, and merges grow block parameters on demand
//   operand stack  a stack of SSA values; an operator pops its operands and
//                  pushes the value of the instruction it emits
//   control        a frame per block/loop/if: the merge block `end` continues
//                  at (its parameters are the block's results), the loop
//                  header (its parameters the loop's), the else block
//   unreachable    after br, br_table, return and unreachable, operators are
//                  skipped (counting nested frames) until the enclosing
//                  else/end; a merge block no branch reached is dropped
//   traps          every instruction carries the wasm offset of its
//                  operator; memory accesses carry their bounds-check form
//                  from the settings (guard or explicit)
//
// The result is unoptimized SSA: one heap_base per access, constants where
// wasm has them; the passes clean up.
#pragma once

#include <vector>

#include "backends/optimizing/ir/builder.h"
#include "backends/optimizing/ir/ssa_builder.h"
#include "shared_compile/compiler.h"
#include "wasm/op_reader.h"

namespace tandem::optimizing::ir {

class Translator {
 public:
  // Translates defined function `func_index` into `out` (cleared first).
  Status translate(const compile::ModuleEnv& env, const compile::Settings& settings, uint32_t func_index,
                   Function& out);
  // SSA construction counts its work here (null: uncounted).
  void set_budget(compile::CompileBudget* budget) { ssa_.set_budget(budget); }

 private:
  struct Frame {
    enum class Kind : uint8_t { Block, Loop, If, Else, Function };
    Kind kind = Kind::Block;
    bool live = true;     // false: opened in unreachable code, only counted
    Block merge;          // continuation after `end` (invalid for Function)
    Block header;         // Loop: the header
    Block else_block;     // If: the else block, entered at `else` or `end`
    uint32_t height = 0;  // operand stack height below the parameters
    uint32_t types = 0;   // into types_: params then results
    uint32_t num_params = 0;
    uint32_t num_results = 0;
    uint32_t saved = 0;  // If: into saved_, the parameter values for the else branch
  };

  Status translate_op(const wasm::Op& op);
  Status translate_control(const wasm::Op& op);
  Status translate_numeric(const wasm::Op& op);
  Status translate_memory(const wasm::Op& op);
  Status translate_variable_or_table(const wasm::Op& op);
  Status translate_call(const wasm::Op& op);
  // SIMD operators (translate_simd.cc).
  Status translate_simd(const wasm::Op& op);
  Status translate_simd_memory(const wasm::Op& op);
  BoundsCheck bounds_check() const;

  // Frames and blocks.
  void push_frame(Frame::Kind kind, const wasm::BlockType& bt);
  std::span<const Type> frame_params(const Frame& fr) const { return {types_.data() + fr.types, fr.num_params}; }
  std::span<const Type> frame_results(const Frame& fr) const {
    return {types_.data() + fr.types + fr.num_params, fr.num_results};
  }
  Block new_block_with_params(std::span<const Type> types);
  void switch_to(Block b);
  Block exit_block();
  // The block a branch to `depth` goes to, and how many values it takes.
  Block branch_target(uint32_t depth, uint32_t* arity);
  void do_end();

  // Branches registered with the SSA builder.
  void emit_jump(Block target, std::span<const Value> args);
  void emit_brif(Value cond, Block then_block, std::span<const Value> then_args, Block else_block);

  // Operand stack.
  Value pop() {
    Value v = stack_.back();
    stack_.pop_back();
    return v;
  }
  void push(Value v) { stack_.push_back(v); }
  std::span<const Value> top(uint32_t n) const { return {stack_.data() + stack_.size() - n, n}; }

  static Value make_default(void* ctx, Type type);
  Value heap_base() { return b_.nullary(Opcode::HeapBase, Type::I64); }

  const compile::ModuleEnv* env_ = nullptr;
  const wasm::Module* module_ = nullptr;
  const compile::Settings* settings_ = nullptr;
  Function* f_ = nullptr;
  Builder b_;
  SsaBuilder ssa_;
  std::vector<Value> stack_;
  std::vector<Frame> frames_;
  std::vector<Type> types_;
  std::vector<Value> saved_;
  std::vector<Type> local_types_;
  std::vector<Value> args_;
  std::vector<Type> result_types_;
  bool reachable_ = true;
  Block exit_;
  Value defaults_[kNumValueTypes];  // per Type: the entry block's zero
};

}  // namespace tandem::optimizing::ir
