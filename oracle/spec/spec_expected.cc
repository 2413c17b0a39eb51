#include "oracle/spec/spec_expected.h"

#include <fmt/format.h>

namespace tandem::oracle::spec {
namespace {

struct FloatLayout {
  uint64_t exponent_mask;
  uint64_t quiet_bit;
  uint64_t payload_mask;  // significand bits, the quiet bit included
};

FloatLayout layout(wasm::ValType type) {
  if (type == wasm::ValType::F32) return {0x7f800000u, 0x00400000u, 0x007fffffu};
  return {0x7ff0000000000000ull, 0x0008000000000000ull, 0x000fffffffffffffull};
}

bool is_nan(const FloatLayout& l, uint64_t bits) {
  return (bits & l.exponent_mask) == l.exponent_mask && (bits & l.payload_mask) != 0;
}

// Lane `i` of a v128 whose lanes are `lane_type` (F32 or F64).
uint64_t float_lane(wasm::ValType lane_type, uint64_t lo, uint64_t hi, size_t i) {
  if (lane_type == wasm::ValType::F64) return i == 0 ? lo : hi;
  const uint64_t half = i < 2 ? lo : hi;
  return (half >> (32 * (i % 2))) & 0xffffffffu;
}

size_t lane_count(wasm::ValType lane_type) { return lane_type == wasm::ValType::F64 ? 2 : 4; }

bool lane_matches(const ExpectedValue& e, size_t i, uint64_t actual) {
  switch (e.lanes[i]) {
    case ExpectedValue::Kind::CanonicalNan: return is_canonical_nan(e.lane_type, actual);
    case ExpectedValue::Kind::ArithmeticNan: return is_arithmetic_nan(e.lane_type, actual);
    default: return actual == float_lane(e.lane_type, e.bits, e.hi, i);
  }
}

}  // namespace

bool is_canonical_nan(wasm::ValType type, uint64_t bits) {
  if (!wasm::is_float(type)) return false;
  FloatLayout l = layout(type);
  return is_nan(l, bits) && (bits & l.payload_mask) == l.quiet_bit;
}

bool is_arithmetic_nan(wasm::ValType type, uint64_t bits) {
  if (!wasm::is_float(type)) return false;
  FloatLayout l = layout(type);
  return is_nan(l, bits) && (bits & l.quiet_bit) != 0;
}

ExpectedValue ExpectedValue::exact(const Value& v) {
  if (v.null) return ExpectedValue{Kind::NullRef, v.type, 0};
  if (v.type == wasm::ValType::ExternRef) return ExpectedValue{Kind::ExternRef, v.type, v.bits};
  return ExpectedValue{Kind::Exact, v.type, v.bits, v.hi};
}

std::string ExpectedValue::to_string() const {
  switch (kind) {
    case Kind::Exact: return Value{type, bits, false, hi}.to_string();
    case Kind::FloatLanes: {
      std::string s = fmt::format("v128:{}x{}", wasm::val_type_name(lane_type), lane_count(lane_type));
      for (size_t i = 0; i < lane_count(lane_type); ++i) {
        if (lanes[i] == Kind::CanonicalNan)
          s += " nan:canonical";
        else if (lanes[i] == Kind::ArithmeticNan)
          s += " nan:arithmetic";
        else
          s += fmt::format(" {:#x}", float_lane(lane_type, bits, hi, i));
      }
      return s;
    }
    case Kind::CanonicalNan: return fmt::format("{}:nan:canonical", wasm::val_type_name(type));
    case Kind::ArithmeticNan: return fmt::format("{}:nan:arithmetic", wasm::val_type_name(type));
    case Kind::NullRef: return type == wasm::ValType::FuncRef ? "ref.null func" : "ref.null extern";
    case Kind::ExternRef: return fmt::format("ref.extern {}", bits);
    case Kind::AnyFuncRef: return "ref.func";
    case Kind::Unrepresentable: return "(a value no type of the scope holds)";
  }
  return "?";
}

bool matches(const ExpectedValue& expected, const Value& actual) {
  if (expected.type != actual.type) return false;
  switch (expected.kind) {
    case ExpectedValue::Kind::Exact: return !actual.null && actual.bits == expected.bits && actual.hi == expected.hi;
    case ExpectedValue::Kind::FloatLanes:
      for (size_t i = 0; i < lane_count(expected.lane_type); ++i)
        if (!lane_matches(expected, i, float_lane(expected.lane_type, actual.bits, actual.hi, i))) return false;
      return true;
    case ExpectedValue::Kind::CanonicalNan: return is_canonical_nan(actual.type, actual.bits);
    case ExpectedValue::Kind::ArithmeticNan: return is_arithmetic_nan(actual.type, actual.bits);
    case ExpectedValue::Kind::NullRef: return actual.null;
    case ExpectedValue::Kind::ExternRef: return !actual.null && actual.bits == expected.bits;
    case ExpectedValue::Kind::AnyFuncRef: return !actual.null;
    case ExpectedValue::Kind::Unrepresentable: return false;
  }
  return false;
}

bool trap_matches(std::string_view expected_message, compile::TrapCode code) {
  return expected_message.starts_with(compile::trap_code_spec_message(code));
}

}  // namespace tandem::oracle::spec
