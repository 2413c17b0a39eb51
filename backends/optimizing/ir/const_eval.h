// Evaluation of integer operations on constants with wasm's semantics:
// arithmetic wraps, shift and rotate counts are taken modulo the width, and
// a division that would trap (by zero, INT_MIN / -1) has no value.
//
// Constant folding uses the single-operation evaluators; isel uses
// ConstEvaluator to know a divisor's value through an expression of
// constants even without the passes (opt_level=none), as the baseline
// compiler's value stack knows it: a trap site it can prove away must not
// be one the baseline does not have.
#pragma once

#include <cstdint>
#include <vector>

#include "backends/optimizing/ir/cfg.h"
#include "backends/optimizing/ir/function.h"

namespace tandem::optimizing::ir {

// Results are truncated to the type's width (and not sign-extended).
bool eval_int_binary(Opcode op, Type t, uint64_t a, uint64_t b, uint64_t* out);
bool eval_int_unary(Opcode op, Type t, Type arg_type, uint64_t a, uint64_t* out);
bool eval_int_compare(IntCC cc, Type t, uint64_t a, uint64_t b);

// The values of the integer values whose definitions are trees of pure
// integer operations (and selects, bitcasts of float constants, and block
// parameters that receive one known value on every edge) over constants:
// one forward pass in
// reverse postorder, where every definition comes before its uses, so no
// expression is too deep to see through.
class ConstEvaluator {
 public:
  void compute(const Function& f, const ControlFlowGraph& cfg);
  // The value truncated to its type's width, if known.
  bool value(Value v, uint64_t* out) const {
    if (!known_[v.index]) return false;
    *out = values_[v.index];
    return true;
  }

 private:
  std::vector<bool> known_;
  std::vector<uint64_t> values_;
  enum : uint8_t { kNoEdge, kOneValue, kConflict };
  std::vector<uint8_t> merge_state_;                // per block parameter
  std::vector<uint32_t> edges_total_, edges_seen_;  // per block
};

}  // namespace tandem::optimizing::ir
