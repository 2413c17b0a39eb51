// The fixture of the hex-golden Assembler tests: EXPECT_ENC(hex, call) runs
// one Assembler call on an empty buffer and compares the bytes it wrote.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <span>
#include <string>

#include "shared_compile/code_buffer.h"
#include "shared_compile/x64/assembler.h"

namespace tandem::compile::x64 {

inline std::string hex_bytes(std::span<const uint8_t> bytes) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string s;
  for (uint8_t b : bytes) {
    s += kDigits[b >> 4];
    s += kDigits[b & 15];
  }
  return s;
}

class AssemblerGolden : public ::testing::Test {
 protected:
  CodeBuffer buf;
  Assembler a{buf, all_isa_extensions()};
};

#define EXPECT_ENC(expected_hex, ...)                                                        \
  do {                                                                                       \
    buf.clear();                                                                             \
    __VA_ARGS__;                                                                             \
    EXPECT_EQ(expected_hex, ::tandem::compile::x64::hex_bytes(buf.bytes())) << #__VA_ARGS__; \
  } while (0)

}  // namespace tandem::compile::x64
