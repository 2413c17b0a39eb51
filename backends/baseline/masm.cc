#include "backends/baseline/masm.h"

#include "wasm/result.h"

namespace tandem::baseline {

IntCond negate(IntCond c) {
  switch (c) {
    case IntCond::Eq: return IntCond::Ne;
    case IntCond::Ne: return IntCond::Eq;
    case IntCond::LtS: return IntCond::GeS;
    case IntCond::LtU: return IntCond::GeU;
    case IntCond::GtS: return IntCond::LeS;
    case IntCond::GtU: return IntCond::LeU;
    case IntCond::LeS: return IntCond::GtS;
    case IntCond::LeU: return IntCond::GtU;
    case IntCond::GeS: return IntCond::LtS;
    case IntCond::GeU: return IntCond::LtU;
  }
  TANDEM_UNREACHABLE("bad IntCond");
}

IntCond commute(IntCond c) {
  switch (c) {
    case IntCond::Eq: return IntCond::Eq;
    case IntCond::Ne: return IntCond::Ne;
    case IntCond::LtS: return IntCond::GtS;
    case IntCond::LtU: return IntCond::GtU;
    case IntCond::GtS: return IntCond::LtS;
    case IntCond::GtU: return IntCond::LtU;
    case IntCond::LeS: return IntCond::GeS;
    case IntCond::LeU: return IntCond::GeU;
    case IntCond::GeS: return IntCond::LeS;
    case IntCond::GeU: return IntCond::LeU;
  }
  TANDEM_UNREACHABLE("bad IntCond");
}

LoadKind load_kind_of(wasm::ValType t) {
  switch (t) {
    case wasm::ValType::I32: return LoadKind::I32;
    case wasm::ValType::F32: return LoadKind::F32;
    case wasm::ValType::F64: return LoadKind::F64;
    case wasm::ValType::V128: return LoadKind::V128;
    default: return LoadKind::I64;  // i64 and references
  }
}

StoreKind store_kind_of(wasm::ValType t) {
  switch (t) {
    case wasm::ValType::I32: return StoreKind::I32;
    case wasm::ValType::F32: return StoreKind::F32;
    case wasm::ValType::F64: return StoreKind::F64;
    case wasm::ValType::V128: return StoreKind::V128;
    default: return StoreKind::I64;
  }
}

uint32_t load_bytes(LoadKind k) {
  switch (k) {
    case LoadKind::S8To32:
    case LoadKind::U8To32:
    case LoadKind::S8To64:
    case LoadKind::U8To64: return 1;
    case LoadKind::S16To32:
    case LoadKind::U16To32:
    case LoadKind::S16To64:
    case LoadKind::U16To64: return 2;
    case LoadKind::I32:
    case LoadKind::F32:
    case LoadKind::S32To64:
    case LoadKind::U32To64: return 4;
    case LoadKind::I64:
    case LoadKind::F64: return 8;
    case LoadKind::V128: return 16;
  }
  TANDEM_UNREACHABLE("bad LoadKind");
}

uint32_t store_bytes(StoreKind k) {
  switch (k) {
    case StoreKind::I8: return 1;
    case StoreKind::I16: return 2;
    case StoreKind::I32:
    case StoreKind::F32: return 4;
    case StoreKind::I64:
    case StoreKind::F64: return 8;
    case StoreKind::V128: return 16;
  }
  TANDEM_UNREACHABLE("bad StoreKind");
}

}  // namespace tandem::baseline
