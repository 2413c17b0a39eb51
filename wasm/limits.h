// Implementation limits (limits.def): sizes the spec allows that tandem
// refuses, one row each, so that the decoder, the validator and every
// engine's growth limits (runner::InstanceLimits) read the same numbers.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "wasm/result.h"

namespace tandem::wasm {

enum class Limit : uint8_t {
#define TANDEM_LIMIT(id, name, value, unit, what) id,
#include "wasm/limits.def"
#undef TANDEM_LIMIT
};

struct LimitInfo {
  const char* name;  // "function_locals"
  uint64_t value;
  const char* unit;  // "locals"
  const char* what;  // what it bounds, and which stage checks it
};

inline constexpr LimitInfo kLimits[] = {
#define TANDEM_LIMIT(id, name, value, unit, what) {name, value, unit, what},
#include "wasm/limits.def"
#undef TANDEM_LIMIT
};

constexpr const LimitInfo& limit_info(Limit limit) { return kLimits[static_cast<size_t>(limit)]; }
constexpr uint64_t limit_value(Limit limit) { return limit_info(limit).value; }
constexpr bool exceeds(Limit limit, uint64_t actual) { return actual > limit_value(limit); }

// The ErrorKind::LimitExceeded error for `actual` past `limit`, reading
// "{subject} {actual} {unit}, more than the {name} limit of {value}":
// "function 3 declares 4294967295 locals, more than the function_locals
// limit of 50000".
Error limit_exceeded(Limit limit, std::string_view subject, uint64_t actual,
                     std::optional<uint64_t> offset = std::nullopt);

}  // namespace tandem::wasm
