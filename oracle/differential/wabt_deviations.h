// The classes of module on which wabt 1.0.32's verdict legitimately differs
// from tandem's: each is a place where wabt deviates from the spec (or where
// tandem has an implementation limit), listed with the wabt behaviour it
// stands for and the unit test in tests/wasm/ that pins tandem's
// spec-correct verdict. A class applies to the verdicts, not to a module
// alone: it says "tandem rejects for this reason, and wabt accepts because
// of that deviation".
#pragma once

#include <cstdint>
#include <span>

#include "oracle/differential/decoder_agreement.h"

namespace tandem::oracle {

// The name of the known deviation that explains why tandem's verdict `ours`
// and wabt's on `bytes` differ, or nullptr.
const char* known_wabt_deviation(std::span<const uint8_t> bytes, const Result<wasm::Module>& ours,
                                 const WabtVerdict& wabt);

}  // namespace tandem::oracle
