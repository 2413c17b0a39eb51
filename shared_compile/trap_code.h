// TrapCode: why wasm code stopped. One enum, one printable name each.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace tandem::compile {

enum class TrapCode : uint8_t {
#define TRAP_CODE(name, printable, spec) name,
#include "shared_compile/trap_codes.def"
#undef TRAP_CODE
};

inline constexpr uint32_t kNumTrapCodes = 0
#define TRAP_CODE(name, printable, spec) +1
#include "shared_compile/trap_codes.def"
#undef TRAP_CODE
    ;

const char* trap_code_name(TrapCode code);          // "integer_divide_by_zero"
const char* trap_code_spec_message(TrapCode code);  // "integer divide by zero"
std::optional<TrapCode> trap_code_from_name(std::string_view name);

}  // namespace tandem::compile
