// Differential fuzz target for the wasm/ front end: tandem's decoder and
// validator against wabt's binary reader and validator, both held to the
// feature scope (oracle/differential/decoder_agreement.h). The input is a
// module binary; the two must agree on whether it is a valid module, up to
// wabt's known deviations. A disagreement prints both verdicts and aborts.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <span>

#include "oracle/differential/decoder_agreement.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  tandem::oracle::DecoderAgreement agreement = tandem::oracle::compare_decoders(std::span<const uint8_t>(data, size));
  if (agreement.kind != tandem::oracle::DecoderAgreement::Kind::Disagree) return 0;
  std::fputs(agreement.report.c_str(), stderr);
  std::fflush(stderr);
  std::abort();
}
