// FunctionCompiler: the operator visitor, the top layer of the baseline
// compiler. It reads a body once with wasm::OpReader and, per operator, pops
// operands from the value stack (CodeGenContext), asks the masm for the
// operation and pushes the result. It never names an x86 instruction.
//
// Dispatch is a table indexed by Opcode, built from wasm/opcodes.def: each
// operator class maps to one lowering (every i32/i64 ALU operator goes
// through visit_int_arith, which reads the operand width from the table's
// signature and the ALU operation from alu_op_of()), and the operators with
// their own rules (control, calls, variables, tables) to their own.
//
// Operator families live in visitor_<family>.cc; control flow and merges in
// visitor_control.cc, calls in calls.cc.
#pragma once

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "backends/baseline/context.h"
#include "backends/baseline/control.h"
#include "backends/baseline/masm.h"
#include "backends/baseline/parallel_move.h"
#include "shared_compile/abi.h"
#include "shared_compile/compiled_function.h"
#include "shared_compile/compiler.h"
#include "wasm/op_reader.h"

namespace tandem::baseline {

// What a conditional branch tests: a value (true when non-zero) or a
// comparison whose operands are already in place, so that `cmp` and `jcc`
// are emitted together when a comparison feeds br_if or if directly.
struct BranchCondition {
  enum class Kind : uint8_t { Value, IntCompare, FloatCompare };
  Kind kind = Kind::Value;
  Operand value;  // Value
  IntCond int_cond = IntCond::Ne;
  OperandSize size = OperandSize::S32;
  FloatCond float_cond = FloatCond::Eq;
  FloatWidth width = FloatWidth::F32;
  Reg lhs;      // IntCompare, FloatCompare
  Operand rhs;  // IntCompare; FloatCompare: a register
};

class FunctionCompiler {
 public:
  // `budget` (null: uncounted) watches the value stack's whole-stack walks
  // and the merges' parallel moves, whose work can grow with the square of
  // the stack depth.
  FunctionCompiler(MacroAssembler& masm, const compile::Settings& settings, compile::CompileBudget* budget = nullptr);

  // Compiles one defined function into the masm's buffer, which the caller
  // has cleared. Returns the frame size.
  Result<uint32_t> compile(const compile::ModuleEnv& env, uint32_t func_index);

  using Visit = Status (FunctionCompiler::*)(const wasm::Op&);

  // ---- control (visitor_control.cc) ---------------------------------------------
  Status visit_unreachable(const wasm::Op& op);
  Status visit_nop(const wasm::Op& op);
  Status visit_block(const wasm::Op& op);
  Status visit_loop(const wasm::Op& op);
  Status visit_if(const wasm::Op& op);
  Status visit_else(const wasm::Op& op);
  Status visit_end(const wasm::Op& op);
  Status visit_br(const wasm::Op& op);
  Status visit_br_if(const wasm::Op& op);
  Status visit_br_table(const wasm::Op& op);
  Status visit_return(const wasm::Op& op);

  // ---- calls (calls.cc) ---------------------------------------------------------
  Status visit_call(const wasm::Op& op);
  Status visit_call_indirect(const wasm::Op& op);

  // ---- variables, parametric, constants, references (visitor_variables.cc) -------
  Status visit_drop(const wasm::Op& op);
  Status visit_select(const wasm::Op& op);
  Status visit_local_get(const wasm::Op& op);
  Status visit_local_set(const wasm::Op& op);
  Status visit_local_tee(const wasm::Op& op);
  Status visit_global_get(const wasm::Op& op);
  Status visit_global_set(const wasm::Op& op);
  Status visit_const(const wasm::Op& op);
  Status visit_ref_null(const wasm::Op& op);
  Status visit_ref_is_null(const wasm::Op& op);
  Status visit_ref_func(const wasm::Op& op);

  // ---- integers (visitor_int.cc) ----------------------------------------------------
  Status visit_int_arith(const wasm::Op& op);
  Status visit_int_shift(const wasm::Op& op);
  Status visit_int_div_rem(const wasm::Op& op);
  Status visit_int_unary(const wasm::Op& op);
  Status visit_int_compare(const wasm::Op& op);

  // ---- floats (visitor_float.cc) ----------------------------------------------------
  Status visit_float_arith(const wasm::Op& op);
  Status visit_float_unary(const wasm::Op& op);
  Status visit_float_round(const wasm::Op& op);
  Status visit_float_compare(const wasm::Op& op);

  // ---- conversions (visitor_convert.cc) ---------------------------------------------
  Status visit_convert(const wasm::Op& op);
  Status visit_truncate(const wasm::Op& op);
  Status visit_reinterpret(const wasm::Op& op);
  Status visit_sign_extend(const wasm::Op& op);

  // ---- memory (visitor_memory.cc) -----------------------------------------------------
  Status visit_load(const wasm::Op& op);
  Status visit_store(const wasm::Op& op);
  Status visit_memory_size(const wasm::Op& op);
  Status visit_memory_grow(const wasm::Op& op);
  Status visit_memory_init(const wasm::Op& op);
  Status visit_data_drop(const wasm::Op& op);
  Status visit_memory_copy(const wasm::Op& op);
  Status visit_memory_fill(const wasm::Op& op);

  // ---- tables (visitor_table.cc) -------------------------------------------------------
  Status visit_table_get(const wasm::Op& op);
  Status visit_table_set(const wasm::Op& op);
  Status visit_table_size(const wasm::Op& op);
  Status visit_table_grow(const wasm::Op& op);
  Status visit_table_fill(const wasm::Op& op);
  Status visit_table_copy(const wasm::Op& op);
  Status visit_table_init(const wasm::Op& op);
  Status visit_elem_drop(const wasm::Op& op);

  // ---- SIMD (visitor_simd.cc) ------------------------------------------------------------
  // The lowering of SIMD operator `op` (visit_simd_unsupported where it has none).
  static Visit simd_visit_for(wasm::Opcode op);
  Status visit_v128_const(const wasm::Op& op);
  Status visit_simd_binary(const wasm::Op& op);
  Status visit_simd_unary(const wasm::Op& op);
  Status visit_v128_bitselect(const wasm::Op& op);
  Status visit_simd_load(const wasm::Op& op);
  Status visit_simd_lane_test(const wasm::Op& op);
  Status visit_simd_int_compare(const wasm::Op& op);
  Status visit_simd_shift(const wasm::Op& op);
  Status visit_simd_binary_with_temp(const wasm::Op& op);
  Status visit_simd_i64_compare(const wasm::Op& op);
  Status visit_simd_float(const wasm::Op& op);
  Status visit_v128_any_true(const wasm::Op& op);
  Status visit_simd_splat(const wasm::Op& op);
  Status visit_simd_extract_lane(const wasm::Op& op);
  Status visit_simd_replace_lane(const wasm::Op& op);
  Status visit_simd_unsupported(const wasm::Op& op);
  // Lane moves, conversions and rounding (visitor_simd_lanes.cc).
  static std::optional<SimdConvertOp> simd_convert_op_of(wasm::Opcode op);
  static std::optional<std::pair<RoundOp, FloatWidth>> simd_round_op_of(wasm::Opcode op);
  Status visit_simd_float_splat(const wasm::Op& op);
  Status visit_simd_float_extract_lane(const wasm::Op& op);
  Status visit_simd_float_replace_lane(const wasm::Op& op);
  Status visit_simd_shuffle_or_swizzle(const wasm::Op& op);
  Status visit_simd_ext_mul_or_q15(const wasm::Op& op);
  Status visit_simd_convert(const wasm::Op& op);
  Status visit_simd_round(const wasm::Op& op);
  Status visit_simd_load_lane(const wasm::Op& op);
  Status visit_simd_store_lane(const wasm::Op& op);

  Status visit_unsupported(const wasm::Op& op);

 private:
  // ---- control helpers (visitor_control.cc) ----------------------------------------
  ControlFrame& push_frame(ControlFrame::Kind kind, const wasm::BlockType& type);
  ControlFrame& frame_at_depth(uint32_t depth) { return control_[control_depth_ - 1 - depth]; }
  // Fixes a target's merge state from the current stack (its first arrival).
  void init_merge(ControlFrame& target);
  // Fills moves_ with what the current state must do to arrive at `target`
  // (fixing its merge state first if this is the first arrival).
  void plan_merge(ControlFrame& target);
  // Makes the compile-time stack the target's merge state (after its label).
  void adopt_merge_state(const ControlFrame& target);
  void restore_state(std::span<const StackValue> state);
  // The moves and the jump of a taken branch to `target`, from the current state.
  void emit_branch_to(ControlFrame& target);
  // Moves the function's results to their ABI locations and returns.
  void emit_return();

  // br_if and if on a condition (a popped value, or a fused comparison).
  Status emit_br_if(const wasm::Op& op, const BranchCondition& cond);
  Status emit_if(const wasm::Op& op, const BranchCondition& cond);
  void branch_if(const BranchCondition& cond, bool when_true, Label target);
  // When the next operator is br_if or if, emits it on `cond` and returns
  // true (the comparison is then never materialized as a value).
  bool fuse_with_next(const BranchCondition& cond, Status* status);

  // ---- call helpers (calls.cc) ---------------------------------------------------------
  // Stores every register value below the top `num_args` entries.
  void spill_below(uint32_t num_args);
  // Moves the top entries to the locations of `locs` (registers or outgoing
  // slots), then pops them.
  void place_arguments(std::span<const compile::abi::Location> locs, uint32_t num_args);
  // Pushes the results of a call that returned in `sig`'s locations.
  void push_call_results(std::span<const wasm::ValType> types, const compile::abi::Signature& sig);
  // A System V call of a runtime function: the VMContext first (when
  // `pass_vmctx`), then the `leading` immediates (segment and table
  // indices), then the top `num_args` entries, which it pops. Pushes the
  // result when `result` is not null.
  void emit_libcall(compile::LibCall callee, bool pass_vmctx, std::span<const uint64_t> leading, uint32_t num_args,
                    const wasm::ValType* result);
  // After a trapping libcall: trap with `code` if it returned non-zero.
  void trap_if_libcall_failed(TrapCode code, uint32_t wasm_offset);
  // The ABI signature of type `type_index`, computed once per function compiled.
  const compile::abi::Signature& signature_of(uint32_t type_index);

  // ---- memory helpers (visitor_memory.cc) ----------------------------------------------
  // The address of an access of `bytes` bytes at the index on top of the
  // stack (popped), with the bounds check the settings ask for. The returned
  // registers are pinned in `*pinned`.
  Address pop_heap_address(uint64_t offset, uint32_t bytes, uint32_t wasm_offset, RegSet* pinned);

  Operand pop_rhs(RegSet* pinned);
  void maybe_canonicalize(FloatWidth w, Reg r);
  Address vmctx_field(int32_t offset) const { return Address::at(masm_.vmctx(), offset); }

  MacroAssembler& masm_;
  compile::Settings settings_;
  CodeGenContext ctx_;
  ParallelMove moves_;

  const compile::ModuleEnv* env_ = nullptr;
  const wasm::Module* module_ = nullptr;
  uint32_t func_index_ = 0;
  compile::abi::Signature sig_;
  // Callee signatures by type index, valid while their epoch is this compile's.
  std::vector<compile::abi::Signature> callee_sigs_;
  std::vector<uint64_t> callee_sig_epochs_;
  uint64_t epoch_ = 0;

  std::vector<ControlFrame> control_;  // frames are reused: only control_depth_ are live
  uint32_t control_depth_ = 0;
  bool reachable_ = true;
  // The operator after the one being visited (null at the end of the body),
  // and whether the visit consumed it too.
  const wasm::Op* lookahead_ = nullptr;
  bool consumed_lookahead_ = false;
  std::vector<uint32_t> br_targets_;  // br_table targets, kept while the next operator is read
  // br_table scratch: per target depth, the label a case jumps to and the
  // stub that makes its moves (invalid when it needs none); the case labels.
  std::vector<Label> br_table_labels_;
  std::vector<Label> br_table_stubs_;
  std::vector<Label> br_table_cases_;
};

}  // namespace tandem::baseline
