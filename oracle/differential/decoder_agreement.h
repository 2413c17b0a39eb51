// Whether tandem's front end (wasm/ decoder and validator) and wabt's binary
// reader and validator, both held to the feature scope, agree on whether a
// module binary is a valid module: the oracle of the decode_validate fuzz
// target.
//
// wabt 1.0.32 deviates from the spec in a few places (wabt_deviations.h);
// a disagreement of exactly such a class is no finding. Two more classes
// make wabt abort, so they are kept from it altogether.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "wabt/error.h"
#include "wasm/module.h"
#include "wasm/result.h"

namespace tandem::oracle {

struct WabtVerdict {
  bool valid = false;
  wabt::Errors errors;
};

// wabt's reader and validator on `bytes`, errors inside custom sections
// ignored. Must not be called where wabt_would_abort.
WabtVerdict wabt_verdict(std::span<const uint8_t> bytes);

// Whether wabt's IR builder would abort on `bytes` (a constant expression it
// cannot build); every such input is one tandem rejects.
bool wabt_would_abort(std::span<const uint8_t> bytes);

struct DecoderAgreement {
  enum class Kind : uint8_t {
    Agree,           // both accept, or both reject
    KnownDeviation,  // they disagree in a class of wabt_deviations.h
    WabtNotAsked,    // tandem rejects and wabt would abort: not compared
    Disagree,        // a finding
  };
  Kind kind = Kind::Agree;
  const char* deviation = nullptr;  // KnownDeviation: its name
  std::string report;               // Disagree: both verdicts, for the log
};

DecoderAgreement compare_decoders(std::span<const uint8_t> bytes);

// The comparison once both verdicts are known (compare_decoders without
// running either side), for verdicts the caller has.
DecoderAgreement compare_verdicts(std::span<const uint8_t> bytes, const Result<wasm::Module>& ours,
                                  const WabtVerdict& wabt);

}  // namespace tandem::oracle
