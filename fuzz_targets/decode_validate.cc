// Differential fuzz target for the wasm/ front end: tandem's decoder and
// validator against wabt's binary reader and validator, both held to the
// feature scope. The input is a module binary; the two must agree on whether
// it is a valid module. A disagreement prints both verdicts and aborts.
//
// Where wabt itself deviates from the spec, the comparison skips exactly that
// documented class of inputs (see known_wabt_deviation) and a unit test in
// tests/wasm/ pins the spec-correct behaviour on our side.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "oracle/wabt_features.h"
#include "wabt/binary-reader-ir.h"
#include "wabt/binary-reader-nop.h"
#include "wabt/binary-reader.h"
#include "wabt/error-formatter.h"
#include "wabt/ir.h"
#include "wabt/validator.h"
#include "wasm/decoder.h"
#include "wasm/leb128.h"
#include "wasm/op_reader.h"
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

// wabt 1.0.32's IR builder aborts (an assertion in BinaryReaderIR::OnEndExpr,
// on its label stack) after a constant expression that
//   - holds block, loop, if or try: the spec calls the module invalid
//     ("constant expression required");
//   - or runs into the end of its section without its `end`, which wabt's
//     reader accepts but which leaves the IR builder's label stack one short
//     for the next `end` it meets: the spec calls the module malformed.
// Both are pinned by Decoder.NonConstantExpressionIsInvalidButAMalformedByteWins.
// Such inputs are kept from wabt; wabt's own reader, with a delegate that
// builds nothing, finds them.
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

bool wabt_would_abort(std::span<const uint8_t> bytes) {
  wabt::ReadBinaryOptions options(scope_features(), /*log_stream=*/nullptr, /*read_debug_names=*/false,
                                  /*stop_on_first_error=*/true, /*fail_on_custom_section_error=*/false);
  UnsafeInitExprFinder finder;
  (void)wabt::ReadBinary(bytes.data(), bytes.size(), &finder, options);
  return finder.found();
}

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

struct SectionSpan {
  uint8_t id = 0;
  uint64_t start = 0;  // first byte of the contents
  uint64_t end = 0;    // one past the last
};

// The section whose contents hold `offset` (end inclusive), walking the
// section framing only, as far as it holds together.
std::optional<SectionSpan> section_at(std::span<const uint8_t> bytes, uint64_t offset) {
  const uint8_t* p = bytes.data() + std::min<size_t>(8, bytes.size());
  const uint8_t* end = bytes.data() + bytes.size();
  while (p < end) {
    uint8_t id = *p++;
    uint32_t size;
    if (tandem::wasm::leb128::read_u32(p, end, size) != tandem::wasm::leb128::Status::Ok) return std::nullopt;
    SectionSpan section{id, static_cast<uint64_t>(p - bytes.data()), static_cast<uint64_t>(p - bytes.data()) + size};
    if (offset >= section.start && offset <= section.end) return section;
    if (size > static_cast<size_t>(end - p)) return std::nullopt;
    p += size;
  }
  return std::nullopt;
}

bool has_section(std::span<const uint8_t> bytes, uint8_t wanted) {
  const uint8_t* p = bytes.data() + std::min<size_t>(8, bytes.size());
  const uint8_t* end = bytes.data() + bytes.size();
  while (p < end) {
    uint8_t id = *p++;
    uint32_t size;
    if (tandem::wasm::leb128::read_u32(p, end, size) != tandem::wasm::leb128::Status::Ok) return false;
    if (id == wanted) return true;
    if (size > static_cast<size_t>(end - p)) return false;
    p += size;
  }
  return false;
}

// wabt's type checker pushes an unconstrained type for the result of a
// typed select (its TypeChecker::OnSelect leaves the result Any when types
// are given), so `select (result externref)` can feed an i64 consumer. True
// when the module validates once every typed select is replaced by
// `unreachable` padded with `nop`s: the rest of each such select's block is
// then unchecked, which is the (slightly wider) class this skips.
bool valid_without_typed_select_results(std::span<const uint8_t> bytes) {
  Result<Module> m = tandem::wasm::decode(bytes);
  if (!m.ok()) return false;
  std::vector<uint8_t> patched = m->bytes;
  bool any = false;
  for (const tandem::wasm::Function& f : m->functions) {
    tandem::wasm::OpReader reader(m->bytes, f.code_start, f.code_end);
    while (!reader.done()) {
      Result<tandem::wasm::Op> op = reader.next();
      if (!op.ok()) break;
      if (op->opcode != tandem::wasm::Opcode::SelectT) continue;
      any = true;
      patched[op->offset] = 0x00;  // unreachable
      for (uint32_t i = op->offset + 1; i < reader.position(); ++i) patched[i] = 0x01;  // nop
    }
  }
  return any && tandem::wasm::decode_and_validate(patched).ok();
}

// Inputs on which wabt 1.0.32 is known to disagree with the spec, and on
// which tandem follows the spec. Returns the reason to skip, or nullptr.
// Only called when the verdicts differ.
const char* known_wabt_deviation(std::span<const uint8_t> bytes, const Result<Module>& ours,
                                 const WabtVerdict& wabt) {
  if (ours.ok() && !wabt.valid) {
    // wabt rejects a body declaring exactly 2^32 - 1 locals ("local count
    // must be < 0x10000000": its bound is `total < UINT32_MAX`), while the
    // spec's bound is 2^32 - 1 inclusive (binary.wast, "too many locals").
    // Pinned by Decoder.TooManyLocals.
    for (const tandem::wasm::Function& f : ours->functions)
      if (f.num_locals == UINT32_MAX) return "2^32 - 1 locals";

    // wabt reads element segment items as ref.null or ref.func only; the
    // spec admits any constant expression of the segment's type, so also
    // global.get of an imported immutable global. Pinned by
    // Validator.ElementSegments.
    for (const tandem::wasm::ElemSegment& seg : ours->elems)
      for (const tandem::wasm::ConstExpr& item : seg.items)
        if (item.kind == tandem::wasm::ConstExpr::Kind::GlobalGet) return "global.get as an element item";
  }
  if (!ours.ok() && wabt.valid) {
    // wabt does not gate every SIMD operator on the simd feature:
    // i32x4.extadd_pairwise_i16x8_u (0xfd 0x7f) and some other late
    // additions decode with simd disabled. Pinned by
    // Unsupported.ProposalsOutsideTheScopeAreNamed.
    const tandem::Error& simd = ours.error();
    if (simd.kind == tandem::ErrorKind::Unsupported && simd.message == "unsupported feature: simd" && simd.offset &&
        *simd.offset < bytes.size() && bytes[*simd.offset] == 0xfd)
      return "SIMD operator wabt does not gate";

    // wabt reads the type bytes 0x6b and 0x6c as the function-references
    // proposal's (ref ht) and (ref null ht), heap type following, even with
    // that proposal disabled (a table of "(ref 0)" decodes and validates).
    // In the scope they are no type; tandem names the GC types they now
    // encode. Pinned by Decoder.OutOfScopeEncodingsAreUnsupportedByName.
    if (simd.kind == tandem::ErrorKind::Unsupported && simd.offset && *simd.offset < bytes.size() &&
        (bytes[*simd.offset] == 0x6b || bytes[*simd.offset] == 0x6c))
      return "typed reference wabt does not gate";

    // wabt lets call_indirect go through a table of externref; the spec
    // requires funcref. Pinned by Validator.CallIndirect.
    if (ours.error().kind == tandem::ErrorKind::Invalid &&
        ours.error().message.find("call_indirect through a table of externref") != std::string::npos)
      return "call_indirect through an externref table";

    // Pinned by Validator.Select.
    if (ours.error().kind == tandem::ErrorKind::Invalid && valid_without_typed_select_results(bytes))
      return "typed select result used at another type";

    // wabt reads `select` with an empty type vector (0x1c 0x00) as the
    // untyped select; the spec requires exactly one type ("invalid result
    // arity", select.wast). Pinned by OpReader.TypedSelectAndRefNull.
    const tandem::Error& arity = ours.error();
    if (arity.kind == tandem::ErrorKind::Invalid && arity.message == "invalid result arity" && arity.offset &&
        *arity.offset < bytes.size()) {
      const uint8_t* p = bytes.data() + *arity.offset;
      uint32_t count = 1;
      if (tandem::wasm::leb128::read_u32(p, bytes.data() + bytes.size(), count) == tandem::wasm::leb128::Status::Ok &&
          count == 0)
        return "select with no types";
    }

    // Told to ignore errors in custom sections (so that it does not judge
    // the contents of linking, reloc.* or dylink sections, which the spec
    // leaves uninterpreted), wabt also ignores a malformed custom section
    // name: one that overruns the section or is not UTF-8. It records the
    // error and reports success. The spec calls the module malformed.
    // Pinned by Decoder.CustomSectionsAnywhereWithValidNames.
    const tandem::Error& e = ours.error();
    std::optional<SectionSpan> section;
    if (e.kind == tandem::ErrorKind::Malformed && e.offset) section = section_at(bytes, *e.offset);
    if (section && section->id == 0 && !wabt.errors.empty()) return "malformed custom section name";

    // A data count with no data section at all: the spec counts the missing
    // section as an empty vector, which the count must match; wabt compares
    // only when a data section is present. Pinned by
    // Decoder.DataCountMustMatchTheDataSection.
    if (e.message == "data count and data section have inconsistent lengths" && !has_section(bytes, 11))
      return "data count without a data section";

    // wabt accepts an active segment's offset expression with no
    // instruction at all (it checks empty global initializers, but not
    // segment offsets); the spec wants one i32. Pinned by
    // Decoder.NonConstantExpressionIsInvalidButAMalformedByteWins.
    if (e.kind == tandem::ErrorKind::Invalid && e.message == "type mismatch" && e.offset) {
      std::optional<SectionSpan> segments = section_at(bytes, *e.offset);
      if (segments && (segments->id == 9 || segments->id == 11) && bytes[*e.offset] == 0x0b)
        return "empty segment offset expression";
    }

    // wabt decodes data segment flags with the element segments' flag bits
    // and accepts 3 to 7 (as passive or explicit-memory variants); the spec
    // has only 0, 1 and 2. Pinned by Decoder.DataSegmentEncodings.
    if (section && section->id == 11 && e.message == "malformed data segment kind") {
      const uint8_t* p = bytes.data() + *e.offset;
      uint32_t flags = 0;
      if (tandem::wasm::leb128::read_u32(p, bytes.data() + bytes.size(), flags) == tandem::wasm::leb128::Status::Ok &&
          flags >= 3 && flags <= 7)
        return "data segment flags 3 to 7";
    }


    // wabt accepts a body that ends in an `end` closing an inner block,
    // with the function's own frame never closed, as in `(func block end)`;
    // the spec calls that malformed ("END opcode expected", binary.wast).
    // Pinned by Validator.BodyMustEndExactlyAtItsFinalEnd.
    // (Reported as "END opcode expected" at the body's end, whose last byte
    // is then that inner `end`.)
    const tandem::Error& open = ours.error();
    if (open.kind == tandem::ErrorKind::Malformed && open.message == "END opcode expected" && open.offset &&
        *open.offset > 0 && *open.offset <= bytes.size() && bytes[*open.offset - 1] == 0x0b)
      return "body with its function frame left open";
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
  // Every such input is one tandem rejects, so only those are screened.
  if (!ours.ok() && wabt_would_abort(bytes)) return 0;
  WabtVerdict wabt = wabt_verdict(bytes);
  if (ours.ok() != wabt.valid && !known_wabt_deviation(bytes, ours, wabt)) report_disagreement(bytes, ours, wabt);
  return 0;
}
