#include "wasm/leb128.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <vector>

namespace tandem::wasm::leb128 {
namespace {

using Bytes = std::vector<uint8_t>;

struct Decoded {
  Status status;
  int64_t value;
  size_t length;  // bytes consumed
};

template <unsigned N>
Decoded unsigned_of(const Bytes& b) {
  const uint8_t* p = b.data();
  uint64_t v = 0;
  Status s = read_unsigned<N>(p, b.data() + b.size(), v);
  return {s, static_cast<int64_t>(v), static_cast<size_t>(p - b.data())};
}

template <unsigned N>
Decoded signed_of(const Bytes& b) {
  const uint8_t* p = b.data();
  int64_t v = 0;
  Status s = read_signed<N>(p, b.data() + b.size(), v);
  return {s, v, static_cast<size_t>(p - b.data())};
}

TEST(Leb128, UnsignedValues) {
  EXPECT_EQ(unsigned_of<32>({0x00}).value, 0);
  EXPECT_EQ(unsigned_of<32>({0x7f}).value, 127);
  EXPECT_EQ(unsigned_of<32>({0x80, 0x01}).value, 128);
  EXPECT_EQ(unsigned_of<32>({0xe5, 0x8e, 0x26}).value, 624485);
  EXPECT_EQ(unsigned_of<32>({0xff, 0xff, 0xff, 0xff, 0x0f}).value, 0xffffffff);
  // Padding with redundant continuation bytes is well-formed up to the maximum length.
  Decoded padded = unsigned_of<32>({0x80, 0x80, 0x80, 0x80, 0x00});
  EXPECT_EQ(padded.status, Status::Ok);
  EXPECT_EQ(padded.value, 0);
  EXPECT_EQ(padded.length, 5u);
}

TEST(Leb128, UnsignedStopsAfterTheLastByte) {
  Decoded d = unsigned_of<32>({0x81, 0x01, 0xff, 0xff});
  EXPECT_EQ(d.status, Status::Ok);
  EXPECT_EQ(d.value, 129);
  EXPECT_EQ(d.length, 2u);
}

TEST(Leb128, UnsignedTooLongAndTooLarge) {
  // A sixth byte: "integer representation too long" (binary-leb128.wast).
  EXPECT_EQ(unsigned_of<32>({0x80, 0x80, 0x80, 0x80, 0x80, 0x00}).status, Status::TooLong);
  // Unused bits of the fifth byte set: "integer too large".
  EXPECT_EQ(unsigned_of<32>({0xff, 0xff, 0xff, 0xff, 0x1f}).status, Status::TooLarge);
  EXPECT_EQ(unsigned_of<32>({0x82, 0x80, 0x80, 0x80, 0x70}).status, Status::TooLarge);
  EXPECT_EQ(unsigned_of<32>({0x82, 0x80, 0x80, 0x80, 0x40}).status, Status::TooLarge);
  EXPECT_EQ(unsigned_of<32>({0x80, 0x80, 0x80, 0x80, 0x10}).status, Status::TooLarge);
}

TEST(Leb128, TruncatedInputLeavesTheCursorAlone) {
  Decoded d = unsigned_of<32>({0x80, 0x80});
  EXPECT_EQ(d.status, Status::Truncated);
  EXPECT_EQ(d.length, 0u);
  EXPECT_EQ(unsigned_of<32>({}).status, Status::Truncated);
  EXPECT_EQ(signed_of<64>({0xff, 0xff, 0xff}).status, Status::Truncated);
  EXPECT_EQ(signed_of<64>({0xff, 0xff, 0xff}).length, 0u);
}

TEST(Leb128, Signed32) {
  EXPECT_EQ(signed_of<32>({0x7f}).value, -1);
  EXPECT_EQ(signed_of<32>({0x40}).value, -64);
  EXPECT_EQ(signed_of<32>({0x3f}).value, 63);
  EXPECT_EQ(signed_of<32>({0x80, 0x7f}).value, -128);
  EXPECT_EQ(signed_of<32>({0xff, 0xff, 0xff, 0xff, 0x07}).value, std::numeric_limits<int32_t>::max());
  EXPECT_EQ(signed_of<32>({0x80, 0x80, 0x80, 0x80, 0x78}).value, std::numeric_limits<int32_t>::min());
  EXPECT_EQ(signed_of<32>({0xff, 0xff, 0xff, 0xff, 0x7f}).value, -1);
  // The fifth byte's bits above bit 3 must copy bit 3, the sign.
  EXPECT_EQ(signed_of<32>({0xff, 0xff, 0xff, 0xff, 0x0f}).status, Status::TooLarge);
  EXPECT_EQ(signed_of<32>({0x80, 0x80, 0x80, 0x80, 0x70}).status, Status::TooLarge);
  EXPECT_EQ(signed_of<32>({0xff, 0xff, 0xff, 0xff, 0x4f}).status, Status::TooLarge);
  EXPECT_EQ(signed_of<32>({0x80, 0x80, 0x80, 0x80, 0x80, 0x00}).status, Status::TooLong);
  EXPECT_EQ(signed_of<32>({0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}).status, Status::TooLong);
}

TEST(Leb128, Signed33ForBlockTypes) {
  EXPECT_EQ(signed_of<33>({0xff, 0xff, 0xff, 0xff, 0x0f}).value, 0xffffffffLL);
  EXPECT_EQ(signed_of<33>({0x80, 0x80, 0x80, 0x80, 0x70}).value, -(1LL << 32));
  EXPECT_EQ(signed_of<33>({0x80, 0x80, 0x80, 0x80, 0x10}).status, Status::TooLarge);
  EXPECT_EQ(signed_of<33>({0x80, 0x80, 0x80, 0x80, 0x60}).status, Status::TooLarge);
}

TEST(Leb128, Signed64) {
  Bytes max(9, 0xff);
  max.push_back(0x00);
  EXPECT_EQ(signed_of<64>(max).value, std::numeric_limits<int64_t>::max());
  Bytes min(9, 0x80);
  min.push_back(0x7f);
  EXPECT_EQ(signed_of<64>(min).value, std::numeric_limits<int64_t>::min());
  Bytes sign_only(9, 0x80);
  sign_only.push_back(0x01);  // the sign bit without its copies
  EXPECT_EQ(signed_of<64>(sign_only).status, Status::TooLarge);
  Bytes unused(9, 0xff);
  unused.push_back(0x7e);
  EXPECT_EQ(signed_of<64>(unused).status, Status::TooLarge);
  Bytes too_long(10, 0x80);
  too_long.push_back(0x00);
  EXPECT_EQ(signed_of<64>(too_long).status, Status::TooLong);
}

// A model of the spec's rules in wide arithmetic: decode the whole byte
// run, then "too long" if it has more than ceil(N/7) bytes, "too large" if
// the value does not fit in N bits. For a maximal-length encoding the
// latter is exactly the condition on the unused bits.
template <unsigned N, bool Signed>
Decoded model(const Bytes& b) {
  constexpr size_t kMax = (N + 6) / 7;
  __int128 value = 0;
  size_t i = 0;
  for (;; ++i) {
    if (i == kMax) return {Status::TooLong, 0, 0};
    if (i == b.size()) return {Status::Truncated, 0, 0};
    value |= static_cast<__int128>(b[i] & 0x7f) << (7 * i);
    if (!(b[i] & 0x80)) break;
  }
  size_t bits = 7 * (i + 1);
  if (Signed && (b[i] & 0x40)) value -= static_cast<__int128>(1) << bits;
  __int128 lo = Signed ? -(static_cast<__int128>(1) << (N - 1)) : 0;
  __int128 hi = Signed ? (static_cast<__int128>(1) << (N - 1)) - 1 : (static_cast<__int128>(1) << N) - 1;
  if (value < lo || value > hi) return {Status::TooLarge, 0, 0};
  return {Status::Ok, static_cast<int64_t>(value), i + 1};
}

template <unsigned N, bool Signed>
void check_against_model(uint32_t seed) {
  std::mt19937 rng(seed);
  for (int iter = 0; iter < 200000; ++iter) {
    Bytes b(rng() % 12);
    for (uint8_t& byte : b) {
      // Bias toward the bytes that matter: continuation runs and extreme final bytes.
      switch (rng() % 4) {
        case 0: byte = 0x80; break;
        case 1: byte = 0xff; break;
        default: byte = static_cast<uint8_t>(rng()); break;
      }
    }
    Decoded want = model<N, Signed>(b);
    Decoded got = Signed ? signed_of<N>(b) : unsigned_of<N>(b);
    ASSERT_EQ(got.status, want.status) << "N=" << N << " signed=" << Signed << " iteration " << iter;
    if (want.status == Status::Ok) {
      int64_t got_value = got.value;
      if constexpr (!Signed && N < 64) got_value &= static_cast<int64_t>((uint64_t{1} << N) - 1);
      ASSERT_EQ(got_value, want.value) << "N=" << N << " signed=" << Signed << " iteration " << iter;
      ASSERT_EQ(got.length, want.length);
    }
  }
}

TEST(Leb128, AgreesWithAWideArithmeticModel) {
  check_against_model<32, false>(1);
  check_against_model<32, true>(2);
  check_against_model<33, true>(3);
  check_against_model<64, true>(4);
  check_against_model<64, false>(5);
  check_against_model<7, false>(6);
  check_against_model<1, false>(7);
}

TEST(Leb128, FixedWidthWrappers) {
  Bytes b = {0xff, 0xff, 0xff, 0xff, 0x0f};
  const uint8_t* p = b.data();
  uint32_t u = 0;
  EXPECT_EQ(read_u32(p, b.data() + b.size(), u), Status::Ok);
  EXPECT_EQ(u, 0xffffffffu);
  p = b.data();
  int32_t s = 0;
  EXPECT_EQ(read_s32(p, b.data() + b.size(), s), Status::TooLarge);
  EXPECT_EQ(p, b.data());
  EXPECT_STREQ(status_message(Status::TooLong), "integer representation too long");
  EXPECT_STREQ(status_message(Status::TooLarge), "integer too large");
}

}  // namespace
}  // namespace tandem::wasm::leb128
