#include "wasm/byte_reader.h"

namespace tandem::wasm {

Result<std::string> ByteReader::name() {
  TANDEM_TRY(uint32_t size, u32());
  if (size > remaining()) return error(pos_, in_section_ ? "length out of bounds" : "unexpected end");
  std::string_view text(reinterpret_cast<const char*>(bytes_.data() + pos_), size);
  if (!is_valid_utf8(text)) return error(pos_, "malformed UTF-8 encoding");
  pos_ += size;
  return std::string(text);
}

bool is_valid_utf8(std::string_view s) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  const uint8_t* end = p + s.size();
  while (p < end) {
    uint8_t b = *p;
    if (b < 0x80) {
      ++p;
      continue;
    }
    // The lead byte fixes the length and the range of the first continuation
    // byte (which is what excludes overlong forms, surrogates and > U+10FFFF).
    size_t len;
    uint8_t lo = 0x80, hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      len = 2;
    } else if (b >= 0xe0 && b <= 0xef) {
      len = 3;
      if (b == 0xe0) lo = 0xa0;
      if (b == 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      len = 4;
      if (b == 0xf0) lo = 0x90;
      if (b == 0xf4) hi = 0x8f;
    } else {
      return false;
    }
    if (static_cast<size_t>(end - p) < len) return false;
    if (p[1] < lo || p[1] > hi) return false;
    for (size_t i = 2; i < len; ++i)
      if ((p[i] & 0xc0) != 0x80) return false;
    p += len;
  }
  return true;
}

}  // namespace tandem::wasm
