// Values typed on a command line: `tandem run m.wasm --invoke f 1 -2 0x10 1.5 nan -0.0 null`.
#pragma once

#include <string_view>

#include "oracle/engines/value.h"
#include "wasm/result.h"

namespace tandem::oracle {

// Parses `text` as a value of `type`:
//   i32/i64   decimal (signed or unsigned) or 0x hex; out of range is an error
//   f32/f64   a decimal or hex float, inf, -inf, nan, -nan, nan:0xPAYLOAD, or the
//             raw bit pattern as bits:0x...
//   v128      0x and up to 32 hex digits, lane 0 lowest (as Value prints it)
//   funcref   null
//   externref null, or a host value (unsigned integer)
Result<Value> parse_value(std::string_view text, wasm::ValType type);

}  // namespace tandem::oracle
