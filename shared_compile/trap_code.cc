#include "shared_compile/trap_code.h"

namespace tandem::compile {
namespace {
struct TrapInfo {
  const char* name;
  const char* spec;
};
constexpr TrapInfo kTraps[] = {
#define TRAP_CODE(name, printable, spec) {printable, spec},
#include "shared_compile/trap_codes.def"
#undef TRAP_CODE
};
}  // namespace

const char* trap_code_name(TrapCode code) { return kTraps[static_cast<uint8_t>(code)].name; }
const char* trap_code_spec_message(TrapCode code) { return kTraps[static_cast<uint8_t>(code)].spec; }

std::optional<TrapCode> trap_code_from_name(std::string_view name) {
  for (uint32_t i = 0; i < kNumTrapCodes; ++i)
    if (name == kTraps[i].name) return static_cast<TrapCode>(i);
  return std::nullopt;
}

}  // namespace tandem::compile
