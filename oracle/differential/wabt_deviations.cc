#include "oracle/differential/wabt_deviations.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "wasm/decoder.h"
#include "wasm/leb128.h"
#include "wasm/op_reader.h"
#include "wasm/validator.h"

namespace tandem::oracle {
namespace {

using wasm::Module;

// Reading the input around an error.

struct SectionSpan {
  uint8_t id = 0;
  uint64_t start = 0;  // first byte of the contents
  uint64_t end = 0;    // one past the last
};

// The sections, by their framing only, as far as it holds together.
std::vector<SectionSpan> sections(std::span<const uint8_t> bytes) {
  std::vector<SectionSpan> out;
  const uint8_t* p = bytes.data() + std::min<size_t>(8, bytes.size());
  const uint8_t* end = bytes.data() + bytes.size();
  while (p < end) {
    uint8_t id = *p++;
    uint32_t size;
    if (wasm::leb128::read_u32(p, end, size) != wasm::leb128::Status::Ok) break;
    uint64_t start = static_cast<uint64_t>(p - bytes.data());
    out.push_back({id, start, start + size});
    if (size > static_cast<size_t>(end - p)) break;
    p += size;
  }
  return out;
}

// The id of the section whose contents (end inclusive) hold `offset`.
std::optional<uint8_t> section_id_at(std::span<const uint8_t> bytes, uint64_t offset) {
  for (const SectionSpan& s : sections(bytes))
    if (offset >= s.start && offset <= s.end) return s.id;
  return std::nullopt;
}

std::optional<uint32_t> u32_at(std::span<const uint8_t> bytes, uint64_t offset) {
  if (offset >= bytes.size()) return std::nullopt;
  const uint8_t* p = bytes.data() + offset;
  uint32_t v = 0;
  if (wasm::leb128::read_u32(p, bytes.data() + bytes.size(), v) != wasm::leb128::Status::Ok) return std::nullopt;
  return v;
}

// The known deviations, each pinned by a unit test of tandem's verdict.

struct Verdicts {
  std::span<const uint8_t> bytes;
  const Result<Module>& ours;
  const WabtVerdict& wabt;

  bool only_wabt_rejects() const { return ours.ok() && !wabt.valid; }
  // Our error when only tandem rejects, with its offset in the input (which
  // may be the input's end).
  const Error* only_ours_rejects() const {
    if (ours.ok() || !wabt.valid) return nullptr;
    const Error& e = ours.error();
    return e.offset && *e.offset <= bytes.size() ? &e : nullptr;
  }
  // The byte at our error's offset, or -1 at the end of the input.
  int byte_at_error() const {
    uint64_t at = *ours.error().offset;
    return at < bytes.size() ? bytes[at] : -1;
  }
};

// wabt reads element segment items as ref.null or ref.func only; the spec
// admits any constant expression of the segment's type, global.get of an
// imported immutable global too. Pinned by Validator.ElementSegments.
bool global_get_element_item(const Verdicts& v) {
  if (!v.only_wabt_rejects()) return false;
  for (const wasm::ElemSegment& seg : v.ours->elems)
    for (const wasm::ConstExpr& item : seg.items)
      if (item.kind == wasm::ConstExpr::Kind::GlobalGet) return true;
  return false;
}

// wabt reads the type bytes 0x6b and 0x6c as the function-references
// proposal's (ref ht) and (ref null ht), even with that proposal disabled (a
// table of "(ref 0)" decodes and validates). In the scope they are no type;
// tandem names the GC types they encode today. Pinned by
// Decoder.OutOfScopeEncodingsAreRefusedByName.
bool ungated_typed_reference(const Verdicts& v) {
  const Error* e = v.only_ours_rejects();
  return e && e->message == "unsupported feature: gc" && (v.byte_at_error() == 0x6b || v.byte_at_error() == 0x6c);
}

// wabt lets call_indirect go through a table of externref; the spec requires
// funcref. Pinned by Validator.CallIndirect.
bool call_indirect_through_externref(const Verdicts& v) {
  const Error* e = v.only_ours_rejects();
  return e && e->kind == ErrorKind::Invalid &&
         e->message.find("call_indirect through a table of externref") != std::string::npos;
}

struct KnownDeviation;
const KnownDeviation* known_deviation(const Verdicts& v);  // below the table

// wabt reads select differently from the spec in two ways:
//   - its type checker leaves the result of a typed select unconstrained
//     (TypeChecker::OnSelect pushes Any when types are given), so
//     `select (result externref)` can feed an i64 consumer;
//   - it reads a typed select with an empty type vector (0x1c 0x00) as the
//     untyped select, where the spec requires exactly one type ("invalid
//     result arity", select.wast).
// Applies when the module validates once its selects are rewritten the way
// wabt reads them: an empty-vector select becomes `select`, and a typed one
// becomes `unreachable`, which leaves the rest of its block unchecked (a
// slightly wider class than wabt's Any). `nop`s pad both to their length.
// Pinned by Validator.Select and OpReader.TypedSelectAndRefNull.
bool valid_when_selects_read_as_wabt_does(const Verdicts& v) {
  const Error* e = v.only_ours_rejects();
  if (!e || e->kind != ErrorKind::Invalid) return false;
  Result<Module> m = wasm::decode(v.bytes);
  if (!m.ok()) return false;
  std::vector<uint8_t> patched = m->bytes;
  bool any = false;
  for (const wasm::Function& f : m->functions) {
    uint32_t pos = f.code_start;
    while (pos < f.code_end) {
      wasm::OpReader reader(patched, pos, f.code_end);
      Result<wasm::Op> op = reader.next();
      if (!op.ok()) {
        const Error& bad = op.error();
        const uint8_t* count = patched.data() + *bad.offset;
        const uint8_t* count_end = count;
        uint32_t types = 1;
        if (bad.message != "invalid result arity" ||
            wasm::leb128::read_u32(count_end, patched.data() + patched.size(), types) != wasm::leb128::Status::Ok ||
            types != 0)
          break;
        patched[pos] = 0x1b;  // select, then read again from `pos`
        std::fill_n(patched.begin() + *bad.offset, count_end - count, 0x01);
        any = true;
        continue;
      }
      if (op->opcode == wasm::Opcode::SelectT) {
        patched[op->offset] = 0x00;  // unreachable
        std::fill(patched.begin() + op->offset + 1, patched.begin() + reader.position(), 0x01);
        any = true;
      }
      pos = reader.position();
    }
  }
  if (!any) return false;
  // The rewritten module may still be rejected for another known deviation
  // (a body whose function frame is left open, say): the classes compose.
  // The rewrite leaves no select to rewrite, so this recursion stops.
  Result<Module> rewritten = wasm::decode_and_validate(patched);
  return rewritten.ok() || known_deviation(Verdicts{patched, rewritten, v.wabt}) != nullptr;
}

// Told to ignore errors in custom sections (see read_options), wabt also
// ignores a malformed custom section name, one that overruns the section or
// is not UTF-8: it records the error and reports success. The spec calls the
// module malformed. Pinned by Decoder.CustomSectionsAnywhereWithValidNames.
bool malformed_custom_section_name(const Verdicts& v) {
  const Error* e = v.only_ours_rejects();
  return e && e->kind == ErrorKind::Malformed && !v.wabt.errors.empty() &&
         section_id_at(v.bytes, *e->offset) == uint8_t{0};
}

// A data count section with no data section: the spec takes the missing
// section as an empty vector, which the count must match; wabt compares only
// when a data section is present. Pinned by Decoder.DataCountMustMatchTheDataSection.
bool data_count_without_data_section(const Verdicts& v) {
  if (v.ours.ok() || !v.wabt.valid) return false;
  if (v.ours.error().message != "data count and data section have inconsistent lengths") return false;
  std::vector<SectionSpan> all = sections(v.bytes);
  return std::none_of(all.begin(), all.end(), [](const SectionSpan& s) { return s.id == 11; });
}

// wabt accepts an active segment's offset expression with no instruction at
// all (it checks empty global initializers, not segment offsets); the spec
// wants one i32. Pinned by Decoder.NonConstantExpressionIsInvalidButAMalformedByteWins.
bool empty_segment_offset(const Verdicts& v) {
  const Error* e = v.only_ours_rejects();
  if (!e || e->kind != ErrorKind::Invalid || e->message != "type mismatch" || v.byte_at_error() != 0x0b) return false;
  std::optional<uint8_t> id = section_id_at(v.bytes, *e->offset);
  return id && (*id == 9 || *id == 11);
}

// wabt decodes data segment flags with the element segments' flag bits and
// takes 3 to 7 as variants of passive and explicit-memory segments; the spec
// has only 0, 1 and 2. Pinned by Decoder.DataSegmentEncodings.
bool data_segment_flags_3_to_7(const Verdicts& v) {
  const Error* e = v.only_ours_rejects();
  if (!e || e->message != "malformed data segment kind") return false;
  std::optional<uint32_t> flags = u32_at(v.bytes, *e->offset);
  return flags && *flags >= 3 && *flags <= 7;
}

// wabt accepts a body whose last `end` closes an inner block, leaving the
// function's own frame open, as in `(func block end)`; the spec calls that
// malformed. tandem reports it as "END opcode expected" at the body's end,
// so the byte before is that inner `end`. Pinned by
// Validator.BodyMustEndExactlyAtItsFinalEnd.
bool function_frame_left_open(const Verdicts& v) {
  if (v.ours.ok() || !v.wabt.valid) return false;
  const Error& e = v.ours.error();
  return e.kind == ErrorKind::Malformed && e.message == "END opcode expected" && e.offset && *e.offset > 0 &&
         *e.offset <= v.bytes.size() && v.bytes[*e.offset - 1] == 0x0b;
}

// wabt reads value, reference and block types as signed LEB128 numbers, so
// a padded encoding such as 0xff 0x7f (for 0x7f, i32) passes for the type;
// the spec's types are single bytes. Pinned by
// Decoder.MalformedImportsAndGlobals and OpReader.NegativeBlockTypeThatIsNoTypeIsMalformed.
bool padded_type_encoding(const Verdicts& v) {
  const Error* e = v.only_ours_rejects();
  if (!e || e->kind != ErrorKind::Malformed || v.byte_at_error() < 0x80) return false;
  if (e->message != "malformed value type" && e->message != "malformed reference type" &&
      e->message != "malformed block type")
    return false;
  const uint8_t* p = v.bytes.data() + *e->offset;
  int32_t code = 0;
  if (wasm::leb128::read_s32(p, v.bytes.data() + v.bytes.size(), code) != wasm::leb128::Status::Ok) return false;
  // i32, i64, f32, f64, funcref, externref and the empty block type.
  return code == -0x01 || code == -0x02 || code == -0x03 || code == -0x04 || code == -0x10 || code == -0x11 ||
         code == -0x40;
}

// Not a wabt deviation but tandem's own: its implementation limits
// (wasm/limits.def), which the spec does not have and wabt sets higher or
// not at all. Pinned by the Limits tests and Validator.OperandStackHeightIsBounded.
bool tandem_implementation_limit(const Verdicts& v) {
  return !v.ours.ok() && v.wabt.valid && v.ours.error().kind == ErrorKind::LimitExceeded;
}

// In an element segment with expressions, wabt's reader records "expected
// ref.null or ref.func" for any other instruction but still reports success
// (wasm-validate exits 0), and reads no further into that instruction. The
// spec calls such an item invalid ("constant expression required"), or
// malformed when the instruction's own immediates are (call_indirect running
// into the end of the section). Both reject; wabt only forgets that it did.
// Pinned by Decoder.NonConstantExpressionIsInvalidButAMalformedByteWins.
bool element_expression_error_wabt_records_but_ignores(const Verdicts& v) {
  const Error* e = v.only_ours_rejects();
  if (!e || (e->kind != ErrorKind::Invalid && e->kind != ErrorKind::Malformed)) return false;
  if (section_id_at(v.bytes, *e->offset) != uint8_t{9}) return false;
  return std::any_of(v.wabt.errors.begin(), v.wabt.errors.end(), [](const wabt::Error& w) {
    return w.message.find("expected ref.null or ref.func") != std::string::npos;
  });
}

struct KnownDeviation {
  const char* name;
  bool (*applies)(const Verdicts&);
};

constexpr KnownDeviation kKnownDeviations[] = {
    {"global.get as an element item", global_get_element_item},
    {"typed reference wabt does not gate", ungated_typed_reference},
    {"call_indirect through an externref table", call_indirect_through_externref},
    {"select read as wabt reads it", valid_when_selects_read_as_wabt_does},
    {"malformed custom section name", malformed_custom_section_name},
    {"data count without a data section", data_count_without_data_section},
    {"empty segment offset expression", empty_segment_offset},
    {"data segment flags 3 to 7", data_segment_flags_3_to_7},
    {"function frame left open", function_frame_left_open},
    {"padded type encoding", padded_type_encoding},
    {"element expression error wabt records but ignores", element_expression_error_wabt_records_but_ignores},
    {"tandem implementation limit", tandem_implementation_limit},
};

const KnownDeviation* known_deviation(const Verdicts& v) {
  for (const KnownDeviation& d : kKnownDeviations)
    if (d.applies(v)) return &d;
  return nullptr;
}

}  // namespace

const char* known_wabt_deviation(std::span<const uint8_t> bytes, const Result<wasm::Module>& ours,
                                 const WabtVerdict& wabt) {
  const KnownDeviation* d = known_deviation(Verdicts{bytes, ours, wabt});
  return d ? d->name : nullptr;
}

}  // namespace tandem::oracle
