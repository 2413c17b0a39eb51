// Builder: appends instructions to one block of a Function, stamping each
// with the current wasm offset. The translator, the passes and the tests
// build IR through it, so an instruction is always well formed on creation.
#pragma once

#include <initializer_list>
#include <span>

#include "backends/optimizing/ir/function.h"
#include "wasm/opcode.h"

namespace tandem::optimizing::ir {

class Builder {
 public:
  Builder() = default;
  explicit Builder(Function& f) : f_(&f) {}

  void reset(Function& f) {
    f_ = &f;
    block_ = Block();
    srcloc_ = 0;
  }
  Function& func() { return *f_; }
  void set_block(Block b) { block_ = b; }
  Block block() const { return block_; }
  void set_srcloc(uint32_t wasm_offset) { srcloc_ = wasm_offset; }
  uint32_t srcloc() const { return srcloc_; }

  // i32 constants are stored sign-extended from 32 bits.
  Value iconst(Type type, int64_t value);
  Value f32const(uint32_t bits);
  Value f64const(uint64_t bits);
  Value vconst(const Function::V128Bits& bits);
  // A `simd` instruction (ir/simd_ops.h): wasm operator `op` with its lane
  // immediate, or a shuffle's lane indices as a v128 pool index.
  Value simd(wasm::Opcode op, Type result, std::span<const Value> args, uint32_t lane = 0, uint32_t shuffle = 0);
  Value nullary(Opcode op, Type type);
  Value unary(Opcode op, Type type, Value a);
  Value binary(Opcode op, Type type, Value a, Value b);
  Value icmp(IntCC cc, Value a, Value b);
  Value fcmp(FloatCC cc, Value a, Value b);
  Value select(Value cond, Value if_true, Value if_false);
  Value load(Opcode op, Type type, Value heap_base, Value index, uint64_t offset, BoundsCheck check);
  void store(Opcode op, Value value, Value heap_base, Value index, uint64_t offset, BoundsCheck check);
  // IndexArgs instructions; returns the instruction (first_result for a value).
  Inst index_args(Opcode op, Type type, uint32_t index1, uint32_t index2, std::span<const Value> args);
  Inst call(uint32_t func_index, std::span<const Value> args, std::span<const Type> results);
  Inst call_indirect(uint32_t type_index, uint32_t table, Value callee, std::span<const Value> args,
                     std::span<const Type> results);
  void trap(compile::TrapCode code);
  void cond_trap(Opcode op, Value cond, compile::TrapCode code);
  Inst jump(Block target, std::span<const Value> args);
  Inst brif(Value cond, Block then_block, std::span<const Value> then_args, Block else_block,
            std::span<const Value> else_args);
  // A br_table with no targets yet: add them with add_target (default first).
  Inst br_table(Value index);
  void ret(std::span<const Value> values);

 private:
  Inst make(Opcode op, Type type, std::span<const Value> args);
  Value make1(Opcode op, Type type, Type result, std::span<const Value> args);

  Function* f_ = nullptr;
  Block block_;
  uint32_t srcloc_ = 0;
};

}  // namespace tandem::optimizing::ir
