#include "generator/encoder.h"

namespace tandem::generator {
namespace {

uint32_t uleb_size(uint32_t v) {
  uint32_t n = 1;
  while (v >= 0x80) v >>= 7, ++n;
  return n;
}

}  // namespace

void Encoder::u32(uint32_t v) {
  do {
    uint8_t b = v & 0x7f;
    v >>= 7;
    if (v) b |= 0x80;
    buf_.push_back(b);
  } while (v);
}

void Encoder::s32(int32_t v) { s64(v); }

void Encoder::s64(int64_t v) {
  // Arithmetic shift of a negative value is implementation-defined before
  // C++20 and defined since; the loop ends when the rest is all sign bits.
  for (;;) {
    uint8_t b = static_cast<uint8_t>(v & 0x7f);
    v >>= 7;
    bool done = (v == 0 && !(b & 0x40)) || (v == -1 && (b & 0x40));
    if (!done) b |= 0x80;
    buf_.push_back(b);
    if (done) return;
  }
}

void Encoder::f32_bits(uint32_t bits) {
  for (int i = 0; i < 4; ++i) buf_.push_back(static_cast<uint8_t>(bits >> (8 * i)));
}

void Encoder::f64_bits(uint64_t bits) {
  for (int i = 0; i < 8; ++i) buf_.push_back(static_cast<uint8_t>(bits >> (8 * i)));
}

void Encoder::v128_bits(uint64_t lo, uint64_t hi) {
  f64_bits(lo);
  f64_bits(hi);
}

void Encoder::name(std::string_view s) {
  u32(static_cast<uint32_t>(s.size()));
  buf_.insert(buf_.end(), s.begin(), s.end());
}

void Encoder::val_types(std::span<const wasm::ValType> ts) {
  u32(static_cast<uint32_t>(ts.size()));
  for (wasm::ValType t : ts) val_type(t);
}

void Encoder::func_type(std::span<const wasm::ValType> params, std::span<const wasm::ValType> results) {
  u8(0x60);
  val_types(params);
  val_types(results);
}

void Encoder::limits(uint64_t min, std::optional<uint64_t> max) {
  u8(max ? 0x01 : 0x00);
  u32(static_cast<uint32_t>(min));
  if (max) u32(static_cast<uint32_t>(*max));
}

void Encoder::opcode(wasm::Opcode op) {
  const wasm::OpInfo& info = wasm::op_info(op);
  if (info.prefix) {
    u8(info.prefix);
    u32(info.code);
  } else {
    u8(static_cast<uint8_t>(info.code));
  }
}

void ModuleEncoder::begin() {
  out_.clear();
  static constexpr uint8_t kHeader[] = {0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00};
  out_.insert(out_.end(), std::begin(kHeader), std::end(kHeader));
}

void ModuleEncoder::write_u32(uint32_t v) {
  do {
    uint8_t b = v & 0x7f;
    v >>= 7;
    if (v) b |= 0x80;
    out_.push_back(b);
  } while (v);
}

void ModuleEncoder::section(SectionId id, const Encoder& content) {
  out_.push_back(static_cast<uint8_t>(id));
  write_u32(static_cast<uint32_t>(content.size()));
  out_.insert(out_.end(), content.bytes().begin(), content.bytes().end());
}

void ModuleEncoder::vector_section(SectionId id, uint32_t count, const Encoder& entries) {
  out_.push_back(static_cast<uint8_t>(id));
  write_u32(uleb_size(count) + static_cast<uint32_t>(entries.size()));
  write_u32(count);
  out_.insert(out_.end(), entries.bytes().begin(), entries.bytes().end());
}

}  // namespace tandem::generator
