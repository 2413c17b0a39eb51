#include "oracle/engines/value_text.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <string>

#include <fmt/format.h>

namespace tandem::oracle {
namespace {

using wasm::ValType;

Error bad(std::string_view text, ValType type, std::string_view why = "") {
  return make_error(ErrorKind::Usage, fmt::format("'{}' is not a valid {} value{}{}", text, wasm::val_type_name(type),
                                                  why.empty() ? "" : ": ", why));
}

// An unsigned or negative integer, decimal or 0x hex, within [min, max].
bool parse_int(std::string_view s, int64_t min_signed, uint64_t max_unsigned, uint64_t* out) {
  bool neg = !s.empty() && s[0] == '-';
  if (neg || (!s.empty() && s[0] == '+')) s.remove_prefix(1);
  int base = 10;
  if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
    base = 16;
    s.remove_prefix(2);
  }
  if (s.empty()) return false;
  uint64_t v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v, base);
  if (ec != std::errc() || p != s.data() + s.size()) return false;
  if (neg) {
    if (v > static_cast<uint64_t>(-(min_signed + 1)) + 1) return false;
    *out = (~v + 1) & max_unsigned;
  } else {
    if (v > max_unsigned) return false;
    *out = v;
  }
  return true;
}

}  // namespace

Result<Value> parse_value(std::string_view text, ValType type) {
  switch (type) {
    case ValType::I32: {
      uint64_t v;
      if (!parse_int(text, INT32_MIN, UINT32_MAX, &v)) return bad(text, type);
      return Value::i32(static_cast<uint32_t>(v));
    }
    case ValType::I64: {
      uint64_t v;
      if (!parse_int(text, INT64_MIN, UINT64_MAX, &v)) return bad(text, type);
      return Value::i64(v);
    }
    case ValType::F32:
    case ValType::F64: {
      const bool f32 = type == ValType::F32;
      std::string_view s = text;
      if (s.rfind("bits:", 0) == 0) {
        uint64_t v;
        if (!parse_int(s.substr(5), 0, f32 ? UINT32_MAX : UINT64_MAX, &v)) return bad(text, type);
        return f32 ? Value::f32_bits(static_cast<uint32_t>(v)) : Value::f64_bits(v);
      }
      bool neg = !s.empty() && s[0] == '-';
      std::string_view body = (neg || (!s.empty() && s[0] == '+')) ? s.substr(1) : s;
      if (body.rfind("nan", 0) == 0) {
        uint64_t payload = f32 ? 0x400000 : 0x8000000000000ull;
        if (body.size() > 3) {
          if (body[3] != ':' || !parse_int(body.substr(4), 0, f32 ? 0x7fffff : 0xfffffffffffffull, &payload) ||
              payload == 0)
            return bad(text, type, "a NaN payload is nan:0x<non-zero mantissa>");
        }
        if (f32) return Value::f32_bits((neg ? 0x80000000u : 0) | 0x7f800000u | static_cast<uint32_t>(payload));
        return Value::f64_bits((neg ? (1ull << 63) : 0) | 0x7ff0000000000000ull | payload);
      }
      std::string owned(text);
      char* end = nullptr;
      // strtof for f32: going through double would round twice.
      if (f32) {
        float f = std::strtof(owned.c_str(), &end);
        if (owned.empty() || end != owned.c_str() + owned.size()) return bad(text, type);
        return Value::f32_bits(std::bit_cast<uint32_t>(f));
      }
      double d = std::strtod(owned.c_str(), &end);
      if (owned.empty() || end != owned.c_str() + owned.size()) return bad(text, type);
      return Value::f64_bits(std::bit_cast<uint64_t>(d));
    }
    case ValType::V128: {
      // As Value::to_string prints it: the 128-bit number in hex, lane 0 lowest.
      std::string_view digits = text;
      if (digits.size() < 3 || digits.substr(0, 2) != "0x" || digits.size() > 2 + 32)
        return bad(text, type, "a v128 is 0x and up to 32 hex digits");
      digits.remove_prefix(2);
      const size_t split = digits.size() > 16 ? digits.size() - 16 : 0;
      uint64_t hi = 0, lo = 0;
      if (split && !parse_int(fmt::format("0x{}", digits.substr(0, split)), 0, UINT64_MAX, &hi)) return bad(text, type);
      if (!parse_int(fmt::format("0x{}", digits.substr(split)), 0, UINT64_MAX, &lo)) return bad(text, type);
      return Value::v128(lo, hi);
    }
    case ValType::FuncRef:
      if (text == "null") return Value::null_ref(type);
      return bad(text, type, "only null can be passed");
    case ValType::ExternRef: {
      if (text == "null") return Value::null_ref(type);
      uint64_t v;
      if (!parse_int(text, 0, UINT64_MAX - 1, &v)) return bad(text, type);
      return Value::extern_ref(v);
    }
    default: return bad(text, type, "unsupported type");
  }
}

}  // namespace tandem::oracle
