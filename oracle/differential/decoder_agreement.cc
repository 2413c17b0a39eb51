#include "oracle/differential/decoder_agreement.h"

#include <fmt/format.h>

#include "oracle/differential/wabt_deviations.h"
#include "oracle/engines/wabt_features.h"
#include "wabt/binary-reader-ir.h"
#include "wabt/binary-reader-nop.h"
#include "wabt/binary-reader.h"
#include "wabt/error-formatter.h"
#include "wabt/ir.h"
#include "wabt/validator.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

// Built once: the fuzz target asks for it on every input.
const wabt::Features& cached_scope_features() {
  static const wabt::Features features = scope_features();
  return features;
}

wabt::ReadBinaryOptions read_options() {
  // Errors inside custom sections are ignored, as the spec leaves their
  // contents uninterpreted (wabt would otherwise judge linking, reloc.* and
  // dylink sections).
  return wabt::ReadBinaryOptions(cached_scope_features(), /*log_stream=*/nullptr, /*read_debug_names=*/false,
                                 /*stop_on_first_error=*/true, /*fail_on_custom_section_error=*/false);
}

}  // namespace

WabtVerdict wabt_verdict(std::span<const uint8_t> bytes) {
  WabtVerdict verdict;
  wabt::Module module;
  if (wabt::Failed(wabt::ReadBinaryIr("input", bytes.data(), bytes.size(), read_options(), &verdict.errors, &module)))
    return verdict;
  verdict.valid =
      wabt::Succeeded(wabt::ValidateModule(&module, &verdict.errors, wabt::ValidateOptions(cached_scope_features())));
  return verdict;
}

namespace {

// wabt's IR builder aborts (an assertion in BinaryReaderIR::OnEndExpr, on its
// label stack) after a constant expression that
//   - holds block, loop, if or try, which the spec calls invalid
//     ("constant expression required");
//   - or runs into the end of its section without its `end`, which wabt's
//     reader lets pass but which leaves the IR builder's label stack one
//     short for the next `end` it meets; the spec calls that malformed.
// Both are pinned by Decoder.NonConstantExpressionIsInvalidButAMalformedByteWins.
// wabt's own reader, with a delegate that builds nothing, finds them.
class UnsafeInitExprFinder : public wabt::BinaryReaderNop {
 public:
  bool found() const { return found_; }

  bool OnError(const wabt::Error&) override { return true; }  // silently
  wabt::Result BeginGlobalInitExpr(wabt::Index) override { return enter(); }
  wabt::Result EndGlobalInitExpr(wabt::Index) override { return leave(); }
  wabt::Result BeginElemSegmentInitExpr(wabt::Index) override { return enter(); }
  wabt::Result EndElemSegmentInitExpr(wabt::Index) override { return leave(); }
  wabt::Result BeginDataSegmentInitExpr(wabt::Index) override { return enter(); }
  wabt::Result EndDataSegmentInitExpr(wabt::Index) override { return leave(); }
  wabt::Result OnEndExpr() override {
    if (in_init_expr_) saw_end_ = true;
    return wabt::Result::Ok;
  }
  wabt::Result OnBlockExpr(wabt::Type) override { return structured(); }
  wabt::Result OnLoopExpr(wabt::Type) override { return structured(); }
  wabt::Result OnIfExpr(wabt::Type) override { return structured(); }
  wabt::Result OnTryExpr(wabt::Type) override { return structured(); }

 private:
  wabt::Result enter() {
    in_init_expr_ = true;
    saw_end_ = false;
    return wabt::Result::Ok;
  }
  wabt::Result leave() {
    in_init_expr_ = false;
    if (saw_end_) return wabt::Result::Ok;
    found_ = true;
    return wabt::Result::Error;  // no need to read further
  }
  wabt::Result structured() {
    if (!in_init_expr_) return wabt::Result::Ok;
    found_ = true;
    return wabt::Result::Error;
  }

  bool in_init_expr_ = false;
  bool saw_end_ = false;
  bool found_ = false;
};

}  // namespace

bool wabt_would_abort(std::span<const uint8_t> bytes) {
  UnsafeInitExprFinder finder;
  (void)wabt::ReadBinary(bytes.data(), bytes.size(), &finder, read_options());
  return finder.found();
}

namespace {

std::string disagreement_report(std::span<const uint8_t> bytes, const Result<wasm::Module>& ours,
                                const WabtVerdict& wabt) {
  std::string report = fmt::format("decode_validate: verdicts disagree on a {}-byte module\n", bytes.size());
  report += fmt::format("  tandem: {}\n", ours.ok() ? "valid" : "rejected: " + ours.error().to_string());
  report += fmt::format("  wabt:   {}\n", wabt.valid ? "valid" : "rejected:");
  report += wabt::FormatErrorsToString(wabt.errors, wabt::Location::Type::Binary);
  return report;
}

}  // namespace

DecoderAgreement compare_verdicts(std::span<const uint8_t> bytes, const Result<wasm::Module>& ours,
                                  const WabtVerdict& wabt) {
  DecoderAgreement out;
  if (ours.ok() == wabt.valid) return out;
  out.deviation = known_wabt_deviation(bytes, ours, wabt);
  if (out.deviation) {
    out.kind = DecoderAgreement::Kind::KnownDeviation;
    return out;
  }
  out.kind = DecoderAgreement::Kind::Disagree;
  out.report = disagreement_report(bytes, ours, wabt);
  return out;
}

DecoderAgreement compare_decoders(std::span<const uint8_t> bytes) {
  Result<wasm::Module> ours = wasm::decode_and_validate(bytes);
  // Every input that makes wabt abort is one tandem rejects, so only those are screened.
  if (!ours.ok() && wabt_would_abort(bytes)) return DecoderAgreement{DecoderAgreement::Kind::WabtNotAsked, nullptr, {}};
  return compare_verdicts(bytes, ours, wabt_verdict(bytes));
}

}  // namespace tandem::oracle
