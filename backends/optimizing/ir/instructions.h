// IR opcodes (opcodes.def) and the static facts about them, and the plain
// data of one instruction.
#pragma once

#include <cstdint>

#include "backends/optimizing/ir/types.h"
#include "shared_compile/trap_code.h"

namespace tandem::optimizing::ir {

enum class Opcode : uint8_t {
#define IR_OPCODE(name, text, format, result, ctrl, operands, flags, idx1, idx2) name,
#include "backends/optimizing/ir/opcodes.def"
#undef IR_OPCODE
};

inline constexpr uint32_t kNumOpcodes = 0
#define IR_OPCODE(name, text, format, result, ctrl, operands, flags, idx1, idx2) +1
#include "backends/optimizing/ir/opcodes.def"
#undef IR_OPCODE
    ;

enum class InstFormat : uint8_t {
  Const,
  VConst,
  Simd,
  Nullary,
  Unary,
  Binary,
  IntCompare,
  FloatCompare,
  Select,
  Load,
  Store,
  IndexArgs,
  Call,
  CallIndirect,
  Trap,
  CondTrap,
  Jump,
  Brif,
  BrTable,
  Return,
};

enum class ResultRule : uint8_t { None, Ctrl, I32, Sig };

// The controlling types an opcode allows (opcodes.def's Ctrl column).
enum class CtrlTypes : uint8_t { Any, Int, Flt, I32, I64, F32, F64, Ref, V128, Num, Mem, Val };
bool ctrl_type_allowed(CtrlTypes allowed, Type t);

// What one letter of opcodes.def's Operands column asks of its operand.
enum class OperandRule : uint8_t { Ctrl, I32, I64, F32, F64, Ref, AnyInt, AnyFloat, CtrlBits, Unknown };
inline constexpr OperandRule operand_rule(char letter) {
  switch (letter) {
    case 't': return OperandRule::Ctrl;
    case 'i': return OperandRule::I32;
    case 'l': return OperandRule::I64;
    case 'f': return OperandRule::F32;
    case 'd': return OperandRule::F64;
    case 'r': return OperandRule::Ref;
    case 'n': return OperandRule::AnyInt;
    case 'x': return OperandRule::AnyFloat;
    case 'b': return OperandRule::CtrlBits;
    default: return OperandRule::Unknown;
  }
}
// A well-formed Operands column: known letters, or "*" alone (typed by hand).
inline constexpr bool is_operand_rule(const char* rule) {
  if (rule[0] == '*') return rule[1] == '\0';
  for (const char* c = rule; *c; ++c) {
    if (operand_rule(*c) == OperandRule::Unknown) return false;
  }
  return true;
}

namespace opflag {
inline constexpr uint8_t P = 1;   // pure
inline constexpr uint8_t T = 2;   // may trap
inline constexpr uint8_t R = 4;   // reads state
inline constexpr uint8_t E = 8;   // has effects
inline constexpr uint8_t B = 16;  // terminator
inline constexpr uint8_t C = 32;  // commutative
inline constexpr uint8_t PC = P | C;
inline constexpr uint8_t RT = R | T;
inline constexpr uint8_t ET = E | T;
inline constexpr uint8_t TB = T | B;
}  // namespace opflag

struct OpcodeInfo {
  const char* text;
  InstFormat format;
  ResultRule result;
  CtrlTypes ctrl;
  const char* operands;  // see opcodes.def
  uint8_t flags;
  const char* index1_prefix;  // IndexArgs/Call/CallIndirect immediates; "" for none
  const char* index2_prefix;
};

const OpcodeInfo& opcode_info(Opcode op);
inline const char* opcode_name(Opcode op) { return opcode_info(op).text; }
inline bool is_terminator(Opcode op) { return opcode_info(op).flags & opflag::B; }
inline bool is_pure(Opcode op) { return opcode_info(op).flags & opflag::P; }
inline bool may_trap(Opcode op) { return opcode_info(op).flags & opflag::T; }
inline bool has_effects(Opcode op) { return opcode_info(op).flags & opflag::E; }
inline bool reads_state(Opcode op) { return opcode_info(op).flags & opflag::R; }
inline bool is_commutative(Opcode op) { return opcode_info(op).flags & opflag::C; }
inline bool is_branch(Opcode op) { return op == Opcode::Jump || op == Opcode::Brif || op == Opcode::BrTable; }
inline bool is_load(Opcode op) { return opcode_info(op).format == InstFormat::Load; }
inline bool is_store(Opcode op) { return opcode_info(op).format == InstFormat::Store; }
// Bytes a load or store touches.
uint32_t memory_access_size(Opcode op, Type type);
// Whether a narrow load sign-extends.
bool load_is_signed(Opcode op);
// Opcode lookup by text; false when unknown.
bool opcode_from_name(const char* text, size_t len, Opcode* out);

// A branch target with its arguments (a list in the Function's value pool).
struct BlockCall {
  Block block;
  uint32_t args = 0;
  uint32_t num_args = 0;
};

// One instruction. Which fields are meaningful follows its format:
//   type      the controlling type (result type; operand type for compares,
//             stores, conditional traps and branches on a value)
//   cond      IntCC (IntCompare), FloatCC (FloatCompare), BoundsCheck
//             (Load, Store), TrapCode (Trap, CondTrap)
//   imm       Const: the value (i32 sign-extended) or float bits;
//             Load/Store: the static offset; VConst: the v128 pool index;
//             Simd: a shuffle's v128 pool index
//   index1/2  IndexArgs, Call (function), CallIndirect (type, table);
//             Simd: the wasm::Opcode, the lane immediate
//   targets   Jump: 1, Brif: then, else; BrTable: default, then the table
struct InstData {
  Opcode opcode = Opcode::Iconst;
  Type type = Type::None;
  uint8_t cond = 0;
  uint32_t args = 0;  // list in the value pool
  uint32_t num_args = 0;
  uint32_t results = 0;  // list in the value pool
  uint32_t num_results = 0;
  uint32_t targets = 0;  // list in Function's block-call pool
  uint32_t num_targets = 0;
  int64_t imm = 0;
  uint32_t index1 = 0;
  uint32_t index2 = 0;
  uint32_t wasm_offset = 0;
  Block block;  // the block holding it; invalid once removed

  IntCC int_cc() const { return static_cast<IntCC>(cond); }
  FloatCC float_cc() const { return static_cast<FloatCC>(cond); }
  BoundsCheck bounds_check() const { return static_cast<BoundsCheck>(cond); }
  compile::TrapCode trap_code() const { return static_cast<compile::TrapCode>(cond); }
};

}  // namespace tandem::optimizing::ir
