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
  return ExpectedValue{Kind::Exact, v.type, v.bits};
}

std::string ExpectedValue::to_string() const {
  switch (kind) {
    case Kind::Exact: return Value{type, bits, false}.to_string();
    case Kind::CanonicalNan: return fmt::format("{}:nan:canonical", wasm::val_type_name(type));
    case Kind::ArithmeticNan: return fmt::format("{}:nan:arithmetic", wasm::val_type_name(type));
    case Kind::NullRef: return type == wasm::ValType::FuncRef ? "ref.null func" : "ref.null extern";
    case Kind::ExternRef: return fmt::format("ref.extern {}", bits);
    case Kind::AnyFuncRef: return "ref.func";
    case Kind::Unrepresentable: return fmt::format("{}:(not representable)", wasm::val_type_name(type));
  }
  return "?";
}

bool matches(const ExpectedValue& expected, const Value& actual) {
  if (expected.type != actual.type) return false;
  switch (expected.kind) {
    case ExpectedValue::Kind::Exact: return !actual.null && actual.bits == expected.bits;
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
