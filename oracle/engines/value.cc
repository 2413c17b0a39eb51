#include "oracle/engines/value.h"

#include <bit>
#include <cmath>

#include <fmt/format.h>

namespace tandem::oracle {
namespace {

// The bit pattern first, so that two NaNs that differ only in payload print
// differently, then the number it stands for.
std::string float_to_string(wasm::ValType type, uint64_t bits) {
  if (type == wasm::ValType::F32) {
    float f = std::bit_cast<float>(static_cast<uint32_t>(bits));
    return fmt::format("f32:{:#010x} ({})", static_cast<uint32_t>(bits), f);
  }
  double d = std::bit_cast<double>(bits);
  return fmt::format("f64:{:#018x} ({})", bits, d);
}

std::string int_to_string(wasm::ValType type, uint64_t bits) {
  if (type == wasm::ValType::I32) {
    uint32_t u = static_cast<uint32_t>(bits);
    int32_t s = static_cast<int32_t>(u);
    return s < 0 ? fmt::format("i32:{} ({})", u, s) : fmt::format("i32:{}", u);
  }
  int64_t s = static_cast<int64_t>(bits);
  return s < 0 ? fmt::format("i64:{} ({})", bits, s) : fmt::format("i64:{}", bits);
}

}  // namespace

std::string Value::to_string() const {
  switch (type) {
    case wasm::ValType::I32:
    case wasm::ValType::I64: return int_to_string(type, bits);
    case wasm::ValType::F32:
    case wasm::ValType::F64: return float_to_string(type, bits);
    case wasm::ValType::V128:
      // The 128-bit number (lane 0 rightmost), then its i32x4 lanes from lane 0.
      return fmt::format("v128:{:#018x}{:016x} (i32x4 {} {} {} {})", hi, bits, static_cast<uint32_t>(bits),
                         static_cast<uint32_t>(bits >> 32), static_cast<uint32_t>(hi), static_cast<uint32_t>(hi >> 32));
    case wasm::ValType::FuncRef:
      if (null) return "funcref:null";
      // bits is the function index in its defining instance + 1, or 0 when
      // the engine cannot tell which function it is.
      return bits == 0 ? std::string("funcref:non-null") : fmt::format("funcref:func {}", bits - 1);
    case wasm::ValType::ExternRef: return null ? std::string("externref:null") : fmt::format("externref:{}", bits);
  }
  return "?";
}

const char* outcome_kind_name(Outcome::Kind kind) {
  switch (kind) {
    case Outcome::Kind::Returned: return "returned";
    case Outcome::Kind::Trapped: return "trapped";
    case Outcome::Kind::Exhausted: return "exhausted";
    case Outcome::Kind::Crashed: return "crashed";
    case Outcome::Kind::TimedOut: return "timed_out";
    case Outcome::Kind::Unsupported: return "unsupported";
  }
  return "?";
}

std::string Outcome::to_string() const {
  switch (kind) {
    case Kind::Returned: {
      std::string s = "returned (";
      for (size_t i = 0; i < values.size(); ++i) {
        if (i) s += ", ";
        s += values[i].to_string();
      }
      return s + ")";
    }
    case Kind::Trapped: {
      std::string s = fmt::format("trapped: {}", compile::trap_code_name(trap));
      if (wasm_offset) s += fmt::format(" at {:#x}", *wasm_offset);
      if (!detail.empty()) s += fmt::format(" ({})", detail);
      return s;
    }
    case Kind::Exhausted:
    case Kind::Crashed:
    case Kind::TimedOut:
    case Kind::Unsupported:
      return detail.empty() ? std::string(outcome_kind_name(kind))
                            : fmt::format("{}: {}", outcome_kind_name(kind), detail);
  }
  return "?";
}

}  // namespace tandem::oracle
