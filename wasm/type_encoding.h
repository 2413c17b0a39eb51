// How value types are encoded, shared by the decoder and OpReader (private to
// wasm/). A byte that is a type of a proposal outside the feature scope is
// recognised so that it can be refused by name rather than as garbage.
#pragma once

#include <cstdint>

#include "wasm/types.h"

namespace tandem::wasm {

// True for the value types of the feature scope: numbers, v128, references.
inline bool is_val_type_byte(uint8_t b) {
  switch (b) {
    case 0x7f:
    case 0x7e:
    case 0x7d:
    case 0x7c:
    case 0x7b:
    case 0x70:
    case 0x6f: return true;
    default: return false;
  }
}

inline bool is_ref_type_byte(uint8_t b) { return b == 0x70 || b == 0x6f; }

// The proposal a type byte belongs to, or nullptr when it is no type at all.
inline const char* unsupported_feature_for_type_byte(uint8_t b) {
  switch (b) {
    case 0x63:
    case 0x64:  // (ref null ht), (ref ht)
      return "function references";
    case 0x69:
    case 0x74:  // exnref, nullexnref
      return "exception handling";
    case 0x6a:
    case 0x6b:
    case 0x6c:
    case 0x6d:
    case 0x6e:  // array, struct, i31, eq, any
    case 0x71:
    case 0x72:
    case 0x73:  // none, noextern, nofunc
      return "gc";
    default: return nullptr;
  }
}

}  // namespace tandem::wasm
