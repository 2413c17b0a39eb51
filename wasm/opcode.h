// The operator enum and its static facts, generated from opcodes.def.
#pragma once

#include <cstdint>
#include <optional>
#include <span>

#include "wasm/types.h"

namespace tandem::wasm {

enum class Opcode : uint16_t {
#define WASM_OP(name, prefix, code, text, imm, in0, in1, in2, out, traps, cls, width, comm, nan, lanes) name,
#include "wasm/opcodes.def"
#undef WASM_OP
};

inline constexpr uint32_t kNumOpcodes = 0
#define WASM_OP(name, prefix, code, text, imm, in0, in1, in2, out, traps, cls, width, comm, nan, lanes) +1
#include "wasm/opcodes.def"
#undef WASM_OP
    ;

// How an operator's immediates are laid out after its opcode.
enum class ImmKind : uint8_t {
  None,
  BlockType,     // block type: empty, a value type or a type index
  Label,         // label depth
  BrTable,       // vector of label depths, then the default
  Func,          // function index
  CallIndirect,  // type index, table index
  Local,         // local index
  Global,        // global index
  Table,         // table index
  MemArg,        // alignment exponent, offset
  Memory,        // memory index (a zero byte in the feature scope)
  I32,           // signed LEB128 i32
  I64,           // signed LEB128 i64
  F32,           // 4 bytes
  F64,           // 8 bytes
  SelectT,       // vector of value types (exactly one in the feature scope)
  RefType,       // a reference type byte
  TableCopy,     // destination table, source table
  TableInit,     // element segment, table
  Elem,          // element segment index
  Data,          // data segment index
  MemoryInit,    // data segment index, memory index
  MemoryCopy,    // destination memory, source memory
  V128Const,     // 16 bytes, lane 0 first
  Shuffle,       // 16 lane index bytes
  Lane,          // one lane index byte
  MemArgLane,    // alignment exponent, offset, then one lane index byte
};

enum class OpClass : uint8_t {
  Control,
  Call,
  Parametric,
  Variable,
  Table,
  Load,
  Store,
  Memory,
  BulkMemory,
  Const,
  IntCompare,
  IntUnary,
  IntArith,
  IntDivRem,
  IntShift,
  FloatCompare,
  FloatUnary,
  FloatRound,
  FloatArith,
  FloatMinMax,
  Convert,
  Truncate,
  TruncSat,
  Reinterpret,
  SignExtend,
  Reference,
  // SIMD, which no generator scope and no native backend covers yet.
  SimdMemory,   // v128 loads and stores, whole or of lanes
  SimdConst,    // v128.const
  SimdLane,     // splat, extract and replace lane, shuffle, swizzle
  SimdInt,      // integer lanes: arithmetic, comparisons, shifts; bitwise v128
  SimdFloat,    // float lanes: arithmetic, comparisons, rounding, min/max
  SimdConvert,  // between lane types: narrow, extend, convert, trunc_sat, promote, demote
};
inline constexpr uint32_t kNumOpClasses = static_cast<uint32_t>(OpClass::SimdConvert) + 1;
const char* op_class_name(OpClass cls);

// An operand or result slot in the table: a fixed value type, none, or typed
// by the validator's special rules.
enum class SigType : uint8_t { None, Special, I32, I64, F32, F64, V128 };

struct OpInfo {
  Opcode opcode;
  uint8_t prefix;  // 0, 0xfc or 0xfd (SIMD)
  uint32_t code;
  const char* text;
  ImmKind imm;
  SigType in[3];
  SigType out;
  bool can_trap;
  OpClass cls;
  uint8_t access_bytes;       // loads and stores: bytes accessed; else 0
  bool commutative;           // swapping the operands gives the same bits
  bool nan_nondeterministic;  // the spec lets a NaN result be any NaN
  uint8_t lanes;              // SIMD: the lane count of its shape; else 0

  // True when In0-2 and Out are all fixed types or none: such operators are
  // typed by the table alone.
  bool has_fixed_signature() const;
  uint32_t num_operands() const;  // fixed-signature operators only
  constexpr bool is_simd() const { return prefix == kSimdPrefix; }
  static constexpr uint8_t kSimdPrefix = 0xfd;
};

const OpInfo& op_info(Opcode op);
inline const char* op_name(Opcode op) { return op_info(op).text; }
std::span<const OpInfo> all_ops();

// Decoding lookup: nullopt for a byte that is not an operator of the feature scope.
std::optional<Opcode> opcode_from_byte(uint8_t byte);
std::optional<Opcode> opcode_from_misc(uint32_t sub);  // after the 0xfc prefix
std::optional<Opcode> opcode_from_simd(uint32_t sub);  // after the 0xfd prefix

inline bool is_simd(Opcode op) { return op_info(op).is_simd(); }
inline bool is_simd_class(OpClass cls) { return cls >= OpClass::SimdMemory; }

// The value type of a fixed signature slot (I32..V128 only).
ValType sig_val_type(SigType t);

// Operators outside the feature scope that the decoder recognises in order to
// refuse them by name: returns the feature ("threads", "exception
// handling", "tail calls", ...) for a leading byte, or nullptr.
const char* unsupported_feature_for_byte(uint8_t byte);

}  // namespace tandem::wasm
