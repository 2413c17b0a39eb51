// Differential fuzz target for the wasm/ front end: tandem's decoder and
// validator against wabt's binary reader and validator, both held to the
// feature scope. The input is a module binary; the two must agree on whether
// it is a valid module. A disagreement prints both verdicts and aborts.
//
// Where wabt itself deviates from the spec, the comparison skips exactly that
// documented class of inputs (see known_wabt_deviation) and a unit test in
// tests/wasm/ pins the spec-correct behaviour on our side.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>
#include <string>

#include "oracle/wabt_features.h"
#include "wabt/binary-reader-ir.h"
#include "wabt/binary-reader.h"
#include "wabt/error-formatter.h"
#include "wabt/ir.h"
#include "wabt/validator.h"
#include "wasm/validator.h"

namespace {

using tandem::Result;
using tandem::wasm::Module;

const wabt::Features& scope_features() {
  static const wabt::Features features = tandem::oracle::scope_features();
  return features;
}

struct WabtVerdict {
  bool valid = false;
  wabt::Errors errors;
};

WabtVerdict wabt_verdict(std::span<const uint8_t> bytes) {
  WabtVerdict verdict;
  wabt::ReadBinaryOptions options(scope_features(), /*log_stream=*/nullptr, /*read_debug_names=*/false,
                                  /*stop_on_first_error=*/true, /*fail_on_custom_section_error=*/false);
  wabt::Module module;
  if (wabt::Failed(wabt::ReadBinaryIr("input", bytes.data(), bytes.size(), options, &verdict.errors, &module)))
    return verdict;
  wabt::ValidateOptions validate_options(scope_features());
  verdict.valid = wabt::Succeeded(wabt::ValidateModule(&module, &verdict.errors, validate_options));
  return verdict;
}

// Inputs on which wabt 1.0.32 is known to disagree with the spec, and on
// which tandem follows the spec. Returns the reason to skip, or nullptr.
const char* known_wabt_deviation(const Result<Module>& ours, const WabtVerdict& wabt) {
  if (ours.ok() && !wabt.valid) {
    // wabt rejects a body declaring exactly 2^32 - 1 locals ("local count
    // must be < 0x10000000": its bound is `total < UINT32_MAX`), while the
    // spec's bound is 2^32 - 1 inclusive (binary.wast, "too many locals").
    // Pinned by Decoder.TooManyLocals.
    for (const tandem::wasm::Function& f : ours->functions)
      if (f.num_locals == UINT32_MAX) return "2^32 - 1 locals";
  }
  return nullptr;
}

[[noreturn]] void report_disagreement(std::span<const uint8_t> bytes, const Result<Module>& ours,
                                      const WabtVerdict& wabt) {
  std::fprintf(stderr, "decode_validate: verdicts disagree on a %zu-byte module\n", bytes.size());
  std::fprintf(stderr, "  tandem: %s\n", ours.ok() ? "valid" : ("rejected: " + ours.error().to_string()).c_str());
  std::string wabt_errors = wabt::FormatErrorsToString(wabt.errors, wabt::Location::Type::Binary);
  std::fprintf(stderr, "  wabt:   %s\n%s", wabt.valid ? "valid" : "rejected:", wabt_errors.c_str());
  std::fflush(stderr);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::span<const uint8_t> bytes(data, size);
  Result<Module> ours = tandem::wasm::decode_and_validate(bytes);
  WabtVerdict wabt = wabt_verdict(bytes);
  if (ours.ok() != wabt.valid && !known_wabt_deviation(ours, wabt)) report_disagreement(bytes, ours, wabt);
  return 0;
}
