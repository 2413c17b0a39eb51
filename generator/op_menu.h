// The operator menu (private to generator/): every operator of
// wasm/opcodes.def with a fixed signature is generatable from its table row
// alone, grouped by operand types so that the body generator can ask "what
// consumes the values on top of the stack" in a handful of comparisons. The
// operators the table marks special (control, calls, variables, select,
// tables, references) are handled by hand in body_generator.cc.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <vector>

#include "generator/generator.h"
#include "generator/module_plan.h"
#include "wasm/opcode.h"

namespace tandem::generator {

// Static facts of one operator, derived from its opcodes.def row.
struct OpFacts {
  bool fixed = false;  // typed by the table alone
  uint8_t num_in = 0;
  wasm::ValType in[3] = {};
  bool has_out = false;
  wasm::ValType out = wasm::ValType::I32;
  uint8_t access_bytes = 0;   // loads and stores: bytes accessed (natural alignment)
  bool canonicalize = false;  // a float result whose NaN bits the spec leaves open
  uint8_t group = 0;          // operand-type group (fixed operators only)
};
const OpFacts& op_facts(wasm::Opcode op);

// The constant operator of a numeric type.
inline wasm::Opcode const_opcode(wasm::ValType t) {
  switch (t) {
    case wasm::ValType::I64: return wasm::Opcode::I64Const;
    case wasm::ValType::F32: return wasm::Opcode::F32Const;
    case wasm::ValType::F64: return wasm::Opcode::F64Const;
    case wasm::ValType::V128: return wasm::Opcode::V128Const;
    default: return wasm::Opcode::I32Const;
  }
}

// i32, i64, f32, f64 -> 0-3: an index for per-numeric-type tables.
inline uint32_t numeric_slot(wasm::ValType t) {
  switch (t) {
    case wasm::ValType::I64: return 1;
    case wasm::ValType::F32: return 2;
    case wasm::ValType::F64: return 3;
    default: return 0;
  }
}

// log2 of an access width: a memarg's natural alignment.
inline uint32_t natural_align_log2(uint32_t width) {
  uint32_t n = 0;
  while (width > 1) width >>= 1, ++n;
  return n;
}

// The distinct operand-type tuples of fixed-signature operators.
struct OperandGroup {
  uint8_t num_in = 0;
  wasm::ValType in[3] = {};
};
std::span<const OperandGroup> operand_groups();

class OpMenu {
 public:
  // The fixed-signature operators this config and module can use: class and
  // value types enabled, and what the immediates need (a memory, a data
  // segment with a data count section, a table, an element segment).
  void build(const GeneratorConfig& config, const ModulePlan& plan);

  std::span<const wasm::Opcode> all() const { return all_; }
  // The enabled operators class by class: choosing a class first keeps the
  // classes with a handful of operators (memory, bulk memory, min/max)
  // from drowning among the arithmetic ones.
  std::span<const uint8_t> classes() const { return classes_; }
  std::span<const wasm::Opcode> of_class(uint8_t cls) const { return by_class_[cls]; }
  std::span<const wasm::Opcode> group(uint32_t g) const { return groups_[g]; }
  uint32_t num_groups() const { return static_cast<uint32_t>(groups_.size()); }
  // Enabled operators that turn one or two values of numeric type `t` into
  // another and cannot trap (add, xor, rotl, neg, ...): the shapes compute
  // values with them without ending the function early.
  std::span<const wasm::Opcode> combiners(wasm::ValType t) const { return combiners_[numeric_slot(t)]; }

 private:
  std::array<std::vector<wasm::Opcode>, 4> combiners_;
  std::vector<wasm::Opcode> all_;
  std::vector<uint8_t> classes_;
  std::array<std::vector<wasm::Opcode>, wasm::kNumOpClasses> by_class_;
  std::vector<std::vector<wasm::Opcode>> groups_;
};

}  // namespace tandem::generator
