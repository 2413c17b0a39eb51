// LEB128 decoding with the binary format's exact rules (spec section 5.2.2,
// exercised by binary-leb128.wast):
//
//   - an N-bit integer takes at most ceil(N / 7) bytes; a continuation bit in
//     the last allowed byte is "integer representation too long";
//   - the bits of that last byte beyond N must be zero (unsigned) or copies of
//     the sign bit (signed); anything else is "integer too large".
//
// Shorter-than-maximal encodings with redundant padding (0x80 0x00 for 0) are
// well-formed. The readers take the cursor by reference, advance it past the
// integer on success and never read at or past `end`.
#pragma once

#include <cstdint>

namespace tandem::wasm::leb128 {

enum class Status : uint8_t {
  Ok,
  Truncated,  // the input ended inside the integer
  TooLong,    // more bytes than ceil(N / 7)
  TooLarge,   // unused bits of the last byte are not zero / sign copies
};

inline const char* status_message(Status status) {
  switch (status) {
    case Status::Ok: return "ok";
    case Status::Truncated: return "unexpected end";
    case Status::TooLong: return "integer representation too long";
    case Status::TooLarge: return "integer too large";
  }
  return "?";
}

template <unsigned N>
inline Status read_unsigned(const uint8_t*& p, const uint8_t* end, uint64_t& out) {
  static_assert(N > 0 && N <= 64);
  constexpr unsigned kMaxBytes = (N + 6) / 7;
  constexpr unsigned kLastShift = 7 * (kMaxBytes - 1);
  constexpr unsigned kLastUsedBits = N - kLastShift;  // 1..7
  uint64_t result = 0;
  const uint8_t* q = p;
  for (unsigned shift = 0; shift < kLastShift; shift += 7) {
    if (q == end) return Status::Truncated;
    uint8_t byte = *q++;
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) {
      out = result;
      p = q;
      return Status::Ok;
    }
  }
  if (q == end) return Status::Truncated;
  uint8_t byte = *q++;
  if (byte & 0x80) return Status::TooLong;
  if (kLastUsedBits < 7 && (byte >> kLastUsedBits) != 0) return Status::TooLarge;
  out = result | static_cast<uint64_t>(byte) << kLastShift;
  p = q;
  return Status::Ok;
}

template <unsigned N>
inline Status read_signed(const uint8_t*& p, const uint8_t* end, int64_t& out) {
  static_assert(N > 0 && N <= 64);
  constexpr unsigned kMaxBytes = (N + 6) / 7;
  constexpr unsigned kLastShift = 7 * (kMaxBytes - 1);
  constexpr unsigned kLastUsedBits = N - kLastShift;  // 1..7, the top one is the sign
  uint64_t result = 0;
  const uint8_t* q = p;
  for (unsigned shift = 0; shift < kLastShift; shift += 7) {
    if (q == end) return Status::Truncated;
    uint8_t byte = *q++;
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if (!(byte & 0x80)) {
      if (byte & 0x40) result |= ~uint64_t{0} << (shift + 7);
      out = static_cast<int64_t>(result);
      p = q;
      return Status::Ok;
    }
  }
  if (q == end) return Status::Truncated;
  uint8_t byte = *q++;
  if (byte & 0x80) return Status::TooLong;
  if constexpr (kLastUsedBits < 7) {
    // The sign bit and every bit above it must agree.
    constexpr uint8_t kSignAndUnused = static_cast<uint8_t>((0x7f >> (kLastUsedBits - 1)) << (kLastUsedBits - 1));
    uint8_t high = byte & kSignAndUnused;
    if (high != 0 && high != kSignAndUnused) return Status::TooLarge;
  }
  result |= static_cast<uint64_t>(byte & 0x7f) << kLastShift;
  if (kLastShift + 7 < 64 && (byte & 0x40)) result |= ~uint64_t{0} << ((kLastShift + 7) & 63);
  out = static_cast<int64_t>(result);
  p = q;
  return Status::Ok;
}

// The widths the binary format uses.
inline Status read_u32(const uint8_t*& p, const uint8_t* end, uint32_t& out) {
  if (p != end && *p < 0x80) {  // the common one-byte case
    out = *p++;
    return Status::Ok;
  }
  uint64_t v = 0;
  Status s = read_unsigned<32>(p, end, v);
  out = static_cast<uint32_t>(v);
  return s;
}

inline Status read_s32(const uint8_t*& p, const uint8_t* end, int32_t& out) {
  int64_t v = 0;
  Status s = read_signed<32>(p, end, v);
  out = static_cast<int32_t>(v);
  return s;
}

inline Status read_s33(const uint8_t*& p, const uint8_t* end, int64_t& out) { return read_signed<33>(p, end, out); }

inline Status read_s64(const uint8_t*& p, const uint8_t* end, int64_t& out) { return read_signed<64>(p, end, out); }

}  // namespace tandem::wasm::leb128
