// What the spec testsuite's assertions expect of a result: exact values,
// NaN patterns (nan:canonical, nan:arithmetic; of a v128, lane by lane) and
// reference patterns (ref.null, ref.extern N, ref.func), and trap messages.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "oracle/engines/value.h"

namespace tandem::oracle::spec {

struct ExpectedValue {
  enum class Kind : uint8_t {
    Exact,            // bits equal (floats bitwise: -0.0 and every NaN payload are distinct)
    CanonicalNan,     // f32/f64 NaN with only the quiet bit set in the payload, either sign
    ArithmeticNan,    // f32/f64 NaN with the quiet bit set, any payload, either sign
    NullRef,          // ref.null of `type`
    ExternRef,        // ref.extern `bits`
    AnyFuncRef,       // ref.func: any non-null funcref
    FloatLanes,       // v128 of `lane_type` lanes, each Exact or a NaN pattern (`lanes`)
    Unrepresentable,  // a value Value cannot hold: never matches
  };
  Kind kind = Kind::Exact;
  wasm::ValType type = wasm::ValType::I32;
  uint64_t bits = 0;
  uint64_t hi = 0;  // v128: the upper 64 bits (of the Exact lanes of FloatLanes)
  // FloatLanes: F32 (4 lanes) or F64 (2), and each lane's pattern, lane 0 first.
  wasm::ValType lane_type = wasm::ValType::F32;
  std::array<Kind, 4> lanes{};

  static ExpectedValue exact(const Value& v);
  std::string to_string() const;  // "i32:42", "f32:nan:canonical", "ref.null extern", ...
};

bool is_canonical_nan(wasm::ValType type, uint64_t bits);
bool is_arithmetic_nan(wasm::ValType type, uint64_t bits);

bool matches(const ExpectedValue& expected, const Value& actual);

// The testsuite's messages are the reference interpreter's; a trap matches
// when the message starts with the TrapCode's spec message ("uninitialized
// element 2" is an IndirectCallNull).
bool trap_matches(std::string_view expected_message, compile::TrapCode code);

}  // namespace tandem::oracle::spec
