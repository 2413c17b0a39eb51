#include "shared_compile/compiler.h"

#include <fmt/format.h>

namespace tandem::compile {

Error unsupported_operator(const char* op_text, uint32_t wasm_offset) {
  return make_error(ErrorKind::Unsupported, fmt::format("unsupported operator {}", op_text), wasm_offset);
}

}  // namespace tandem::compile
