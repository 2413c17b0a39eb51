#include "backends/optimizing/ir/types.h"

#include "wasm/result.h"

namespace tandem::optimizing::ir {

const char* type_name(Type type) {
  switch (type) {
    case Type::I32: return "i32";
    case Type::I64: return "i64";
    case Type::F32: return "f32";
    case Type::F64: return "f64";
    case Type::Ref: return "ref";
    case Type::V128: return "v128";
    case Type::None: return "none";
  }
  return "?";
}

Type type_from_wasm(wasm::ValType t) {
  switch (t) {
    case wasm::ValType::I32: return Type::I32;
    case wasm::ValType::I64: return Type::I64;
    case wasm::ValType::F32: return Type::F32;
    case wasm::ValType::F64: return Type::F64;
    case wasm::ValType::FuncRef:
    case wasm::ValType::ExternRef: return Type::Ref;
    case wasm::ValType::V128: return Type::V128;
  }
  TANDEM_UNREACHABLE("type_from_wasm: an unknown value type");
}

const char* int_cc_name(IntCC cc) {
  static constexpr const char* kNames[] = {"eq", "ne", "slt", "sle", "sgt", "sge", "ult", "ule", "ugt", "uge"};
  return kNames[static_cast<uint8_t>(cc)];
}

IntCC int_cc_inverse(IntCC cc) {
  switch (cc) {
    case IntCC::Eq: return IntCC::Ne;
    case IntCC::Ne: return IntCC::Eq;
    case IntCC::Slt: return IntCC::Sge;
    case IntCC::Sle: return IntCC::Sgt;
    case IntCC::Sgt: return IntCC::Sle;
    case IntCC::Sge: return IntCC::Slt;
    case IntCC::Ult: return IntCC::Uge;
    case IntCC::Ule: return IntCC::Ugt;
    case IntCC::Ugt: return IntCC::Ule;
    case IntCC::Uge: return IntCC::Ult;
  }
  return cc;
}

IntCC int_cc_swap(IntCC cc) {
  switch (cc) {
    case IntCC::Eq: return IntCC::Eq;
    case IntCC::Ne: return IntCC::Ne;
    case IntCC::Slt: return IntCC::Sgt;
    case IntCC::Sle: return IntCC::Sge;
    case IntCC::Sgt: return IntCC::Slt;
    case IntCC::Sge: return IntCC::Sle;
    case IntCC::Ult: return IntCC::Ugt;
    case IntCC::Ule: return IntCC::Uge;
    case IntCC::Ugt: return IntCC::Ult;
    case IntCC::Uge: return IntCC::Ule;
  }
  return cc;
}

const char* float_cc_name(FloatCC cc) {
  static constexpr const char* kNames[] = {"eq", "ne", "lt", "le", "gt", "ge"};
  return kNames[static_cast<uint8_t>(cc)];
}

const char* bounds_check_name(BoundsCheck check) {
  switch (check) {
    case BoundsCheck::Guard: return "guard";
    case BoundsCheck::Explicit: return "explicit";
    case BoundsCheck::InBounds: return "inbounds";
  }
  return "?";
}

}  // namespace tandem::optimizing::ir
