// A bounds-checked cursor over the module bytes for the decoder (private to
// wasm/). Every read stays inside [pos, limit); the limit is the end of the
// module, a section or a function body, and running into it is the spec's
// "unexpected end" (of the module) or "unexpected end of section or function".
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "wasm/leb128.h"
#include "wasm/result.h"

namespace tandem::wasm {

class ByteReader {
 public:
  // A reader of the whole module.
  explicit ByteReader(std::span<const uint8_t> bytes)
      : bytes_(bytes), pos_(0), limit_(static_cast<uint32_t>(bytes.size())), in_section_(false) {}

  uint32_t pos() const { return pos_; }
  uint32_t limit() const { return limit_; }
  uint32_t remaining() const { return limit_ - pos_; }
  bool at_end() const { return pos_ >= limit_; }
  std::span<const uint8_t> bytes() const { return bytes_; }

  void skip_to(uint32_t pos) { pos_ = pos; }

  // A reader over the next `size` bytes, which must fit: "length out of
  // bounds" otherwise (the spec's message for a size field that overruns).
  Result<ByteReader> sub_reader(uint32_t size) const {
    if (size > remaining()) return error(pos_, "length out of bounds");
    return ByteReader(bytes_, pos_, pos_ + size, /*in_section=*/true);
  }

  Result<uint8_t> u8() {
    if (at_end()) return end_error();
    return bytes_[pos_++];
  }

  Result<uint32_t> u32() {
    const uint8_t* p = bytes_.data() + pos_;
    uint32_t v = 0;
    leb128::Status s = leb128::read_u32(p, bytes_.data() + limit_, v);
    if (s != leb128::Status::Ok) return leb_error(s);
    pos_ = static_cast<uint32_t>(p - bytes_.data());
    return v;
  }

  // A count of items that each take at least `min_item_size` bytes: a count
  // the remaining bytes cannot hold is malformed, which bounds every vector
  // the decoder reserves by the size of the input.
  Result<uint32_t> count(uint32_t min_item_size = 1) {
    uint32_t at = pos_;
    TANDEM_TRY(uint32_t n, u32());
    if (static_cast<uint64_t>(n) * min_item_size > remaining())
      return error(at, in_section_ ? "length out of bounds" : "unexpected end");
    return n;
  }

  // The raw bytes of a length-prefixed name, checked to be valid UTF-8.
  Result<std::string> name();

  Error error(uint32_t offset, std::string message) const {
    return make_error(ErrorKind::Malformed, std::move(message), offset);
  }
  Error end_error() const {
    return error(pos_, in_section_ ? "unexpected end of section or function" : "unexpected end");
  }

 private:
  Error leb_error(leb128::Status s) const {
    if (s == leb128::Status::Truncated) return end_error();
    return error(pos_, leb128::status_message(s));
  }

  ByteReader(std::span<const uint8_t> bytes, uint32_t pos, uint32_t limit, bool in_section)
      : bytes_(bytes), pos_(pos), limit_(limit), in_section_(in_section) {}

  std::span<const uint8_t> bytes_;
  uint32_t pos_;
  uint32_t limit_;
  bool in_section_;  // inside a section or body, rather than between sections
};

// The spec's UTF-8 (RFC 3629): shortest forms only, no surrogates, nothing past U+10FFFF.
bool is_valid_utf8(std::string_view s);

}  // namespace tandem::wasm
