// Re-encodes one function body operator by operator (private to
// generator/), next to the validator's types for every point of it
// (wasm::BodyTyper), so that edits can be made where the operand stack
// allows them and the result still validates:
//
//   for each operator of the source body (wasm::OpReader):
//       the stack before ─▶ BodyTyper::step ─▶ the stack after
//       EditPolicy::choose(site) ─▶ prefix, the operator (or its
//       replacement), suffix, written with generator/encoder.h
//
// Every edit keeps the operand stack's types at every source operator's
// boundary exactly as they were, so the typing of the source body stays
// valid for the rewritten one. Operators nobody edits and that name
// nothing renumbered are copied byte for byte (real toolchains' padded
// LEB128 immediates included).
//
// Index spaces: function indices are remapped (a slice renumbers them, and
// sends calls that leave it to imports); types, globals, tables, element
// and data segments keep their indices (new ones are appended).
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "generator/encoder.h"
#include "generator/module_spec.h"
#include "generator/real_module.h"
#include "wasm/body_typer.h"
#include "wasm/module.h"
#include "wasm/op_reader.h"

namespace tandem::generator {

// Where a source function index goes: the new index a call uses, and
// whether ref.func may still name it (a function cut from a slice may not:
// ref.func becomes ref.null).
struct FuncRemap {
  uint32_t index = 0;
  bool referable = true;
};

// One operator, as the policy sees it.
struct EditSite {
  const wasm::Op* op = nullptr;
  uint32_t ordinal = 0;  // position among every operator rewritten so far, across bodies
  // Only sites in reachable code are offered; the operator's result, when it
  // pushes exactly one value.
  bool has_result = false;
  wasm::ValType result = wasm::ValType::I32;
};

struct Edit {
  MutationKind kind = MutationKind::ConstEdge;
  wasm::Opcode op = wasm::Opcode::Nop;  // the operator inserted (InsertUnary, InsertBinaryConst)
  uint64_t bits = 0;                    // a constant: the new one, the operand, or a removed op's result
  uint32_t choice = 0;                  // which candidate (BranchDepth: the label, the br_table slot)
};

class EditPolicy {
 public:
  virtual ~EditPolicy() = default;
  // An edit for this site, or false for none. The rewriter may still find
  // it inapplicable (a branch with no other label of its types).
  virtual bool choose(const EditSite& site, Edit& edit) = 0;
  // The function a direct call goes to; `mapped` is the remapped callee.
  virtual uint32_t redirect_call(uint32_t source_callee, uint32_t mapped) { return mapped; }
};

// Edits that fit a site, by the operator's signature and the values around it.
bool edit_fits(MutationKind kind, const EditSite& site);
// Operators for InsertUnary / InsertBinaryConst after a value of type t;
// empty for reference types.
std::span<const wasm::Opcode> unary_ops_for(wasm::ValType t);
std::span<const wasm::Opcode> binary_ops_for(wasm::ValType t);

struct BodyPlan {
  uint32_t source_func = 0;          // index in the source module's defined functions
  std::span<const FuncRemap> funcs;  // by source function index (imports included)
  bool inject_fuel = false;
  uint32_t fuel_global = 0;
  // New position of each declared local (params excluded); empty: unchanged.
  std::span<const uint32_t> local_order;
  // A declared i32 local (absolute index in the source) made i64; -1: none.
  int64_t retype_local = -1;
  // After every float operator whose NaN bits the spec leaves open, the
  // generator's canonicalization, so that engines compare bit for bit.
  bool canonicalize_nans = false;
  uint32_t ordinal_base = 0;
  // The probe import per numeric type (I32, I64, F32, F64), for Probe edits.
  std::array<uint32_t, 4> probe_funcs{};
  OpUsage* usage = nullptr;  // counts the source operators, when set
};

class BodyRewriter {
 public:
  // `source` must have validated and must outlive the rewriter.
  explicit BodyRewriter(const wasm::Module& source);

  // Appends the rewritten body to spec.code as one size-prefixed entry; a
  // type a wrapping block needs is interned in `spec`. Applied edits are
  // counted in `counts`. An error means the source body did not validate.
  Status rewrite(const BodyPlan& plan, EditPolicy* policy, ModuleSpec& spec, MutationCounts& counts);
  // Source operators the last rewrite() walked (for the next plan's ordinal_base).
  uint32_t ops_rewritten() const { return ops_rewritten_; }

 private:
  uint32_t local_index(uint32_t source_index) const;
  uint32_t scratch_local(wasm::ValType t, uint32_t which);
  void emit_fuel_check(uint32_t global);
  void emit_local_op(const wasm::Op& op);
  void emit_const(wasm::ValType t, uint64_t bits);
  void emit_canonical_nan(wasm::ValType t);
  void emit_op(const wasm::Op& op, std::span<const uint8_t> raw, EditPolicy* policy);
  bool emit_branch_retargeted(const wasm::Op& op, uint32_t choice);
  bool emit_removed(const wasm::Op& op, uint64_t bits);
  bool apply(const Edit& edit, const EditSite& site, std::span<const uint8_t> raw, EditPolicy* policy, ModuleSpec& spec,
             std::span<const wasm::ValType> operands);
  void write_entry(ModuleSpec& spec);

  const wasm::Module& m_;
  wasm::BodyTyper typer_;
  const BodyPlan* plan_ = nullptr;
  uint32_t num_params_ = 0;
  Encoder code_;
  Encoder locals_;
  std::vector<wasm::ValType> local_types_;            // declared locals, new order, scratch ones last
  std::array<std::array<uint32_t, 2>, 5> scratch_{};  // per numeric type and v128: two locals, or kNone
  std::vector<uint32_t> candidates_;
  std::vector<uint32_t> targets_;
  std::vector<wasm::ValType> before_;  // top of the stack before an operator
  uint32_t ops_rewritten_ = 0;
};

}  // namespace tandem::generator
