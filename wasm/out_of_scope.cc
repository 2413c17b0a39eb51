#include "wasm/out_of_scope.h"

#include <fmt/format.h>

namespace tandem::wasm {

Error out_of_scope(uint64_t offset, std::string_view feature, ErrorKind kind_in_spec) {
  return make_error(kind_in_spec, fmt::format("unsupported feature: {}", feature), offset);
}

}  // namespace tandem::wasm
