#include "wasm/limits.h"

#include <fmt/format.h>

namespace tandem::wasm {

Error limit_exceeded(Limit limit, std::string_view subject, uint64_t actual, std::optional<uint64_t> offset) {
  const LimitInfo& info = limit_info(limit);
  return make_error(
      ErrorKind::LimitExceeded,
      fmt::format("{} {} {}, more than the {} limit of {}", subject, actual, info.unit, info.name, info.value), offset);
}

}  // namespace tandem::wasm
