// The IR's value types, entity references and the small enums that
// instructions carry (condition codes, bounds-check forms).
//
//   i32, i64   integers; an i32 is 32 bits, signedness lives in the opcodes
//   f32, f64   IEEE floats
//   ref        a funcref or externref: a 64-bit word, 0 is null
//   v128       a 128-bit SIMD vector, in an xmm register whole; what its
//              lanes mean lives in the operators (wasm's SIMD opcodes)
//
// Entities (Value, Block, Inst) are 32-bit indices into the Function that
// owns them, wrapped in distinct types so that a block cannot be passed
// where a value is expected.
#pragma once

#include <cstdint>
#include <limits>

#include "wasm/types.h"

namespace tandem::optimizing::ir {

enum class Type : uint8_t { I32, I64, F32, F64, Ref, V128, None };
inline constexpr uint32_t kNumValueTypes = 6;  // all but None

const char* type_name(Type type);
inline bool is_int(Type t) { return t == Type::I32 || t == Type::I64; }
inline bool is_float(Type t) { return t == Type::F32 || t == Type::F64; }
// Types held in general-purpose registers (integers and references).
inline bool is_gpr_type(Type t) { return t == Type::I32 || t == Type::I64 || t == Type::Ref; }
// Types held in xmm registers (floats and vectors).
inline bool is_xmm_type(Type t) { return is_float(t) || t == Type::V128; }
inline uint32_t type_bits(Type t) { return t == Type::V128 ? 128 : (t == Type::I32 || t == Type::F32) ? 32 : 64; }
Type type_from_wasm(wasm::ValType t);

template <class Tag>
struct EntityRef {
  static constexpr uint32_t kInvalid = std::numeric_limits<uint32_t>::max();
  uint32_t index = kInvalid;

  constexpr EntityRef() = default;
  constexpr explicit EntityRef(uint32_t i) : index(i) {}
  constexpr bool valid() const { return index != kInvalid; }
  constexpr bool operator==(const EntityRef&) const = default;
  constexpr bool operator<(const EntityRef& o) const { return index < o.index; }
};

struct ValueTag {};
struct BlockTag {};
struct InstTag {};
using Value = EntityRef<ValueTag>;
using Block = EntityRef<BlockTag>;
using Inst = EntityRef<InstTag>;

// Integer comparisons, as in Cranelift's IntCC.
enum class IntCC : uint8_t { Eq, Ne, Slt, Sle, Sgt, Sge, Ult, Ule, Ugt, Uge };
inline constexpr uint32_t kNumIntCCs = 10;
const char* int_cc_name(IntCC cc);
IntCC int_cc_inverse(IntCC cc);  // !(a cc b)  <=> a inverse(cc) b
IntCC int_cc_swap(IntCC cc);     // a cc b     <=> b swap(cc) a

// Float comparisons with wasm's semantics: every comparison but `ne` is
// false on NaN; `ne` is true on NaN.
enum class FloatCC : uint8_t { Eq, Ne, Lt, Le, Gt, Ge };
inline constexpr uint32_t kNumFloatCCs = 6;
const char* float_cc_name(FloatCC cc);

// How a memory access is kept in bounds.
//   guard     the access itself is the trap site: the guard region makes any
//             out-of-bounds access fault (bounds_checks=guard)
//   explicit  compare index + offset + size with the memory length first and
//             trap when above (bounds_checks=explicit)
//   inbounds  proven in bounds by a pass: no check and no trap site
enum class BoundsCheck : uint8_t { Guard, Explicit, InBounds };
const char* bounds_check_name(BoundsCheck check);

}  // namespace tandem::optimizing::ir
