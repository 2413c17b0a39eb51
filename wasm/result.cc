#include "wasm/result.h"

#include <fmt/format.h>

namespace tandem {

const char* error_kind_name(ErrorKind kind) {
  switch (kind) {
    case ErrorKind::Malformed: return "malformed";
    case ErrorKind::Invalid: return "invalid";
    case ErrorKind::Unsupported: return "unsupported";
    case ErrorKind::Unlinkable: return "unlinkable";
    case ErrorKind::Usage: return "usage";
    case ErrorKind::Io: return "io";
    case ErrorKind::Internal: return "internal error";
    case ErrorKind::CompileBlowup: return "compile_blowup";
    case ErrorKind::LimitExceeded: return "limit exceeded";
  }
  return "?";
}

std::string Error::to_string() const {
  if (offset) return fmt::format("{} at 0x{:x}: {}", error_kind_name(kind), *offset, message);
  return fmt::format("{}: {}", error_kind_name(kind), message);
}

void check_failed(const char* file, int line, const char* cond, const char* msg) {
  std::fprintf(stderr, "tandem: internal check failed at %s:%d: %s (%s)\n", file, line, msg, cond);
  std::fflush(stderr);
  std::abort();
}

}  // namespace tandem
