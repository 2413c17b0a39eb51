// The generator's only source of choices (private to generator/). Past the
// end of the input every read is zero, so a short input still yields a
// complete module: zero always means "the smallest, simplest choice", and the
// body generator stops adding operators once the input is exhausted.
//
// A tail (extend) makes the input longer by pseudo-random bytes from a seed:
// on an empty input, it is the source of the one function of a large-
// function draw, tens of kilobytes of code from eight bytes of the input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>

namespace tandem::generator {

// Fallback entropy for the invocation arguments once the input is exhausted
// (splitmix64 seeded from the input): the module stays as the bytes made it,
// but the arguments are not all zeros.
class SplitMix64 {
 public:
  explicit SplitMix64(uint64_t seed = 0) : state_(seed) {}
  uint64_t next() {
    uint64_t z = (state_ += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
  }

 private:
  uint64_t state_;
};

class FuzzReader {
 public:
  FuzzReader() = default;
  explicit FuzzReader(std::span<const uint8_t> bytes) { reset(bytes); }

  void reset(std::span<const uint8_t> bytes) {
    p_ = bytes.data();
    end_ = p_ + bytes.size();
    tail_left_ = 0;
  }
  bool exhausted() const { return p_ == end_ && tail_left_ == 0; }
  size_t remaining() const { return static_cast<size_t>(end_ - p_) + tail_left_; }

  // Appends `bytes` pseudo-random bytes drawn from `seed` after the input.
  void extend(uint64_t seed, size_t bytes) {
    tail_ = SplitMix64(seed);
    tail_left_ = bytes;
    tail_bits_ = 0;
  }

  uint8_t byte() {
    if (p_ != end_) return *p_++;
    return tail_left_ ? tail_byte() : 0;
  }
  // Little-endian. Each read is its own statement: the operands of `|` are
  // unsequenced, and the same bytes must give the same value in every build.
  uint16_t u16() {
    uint16_t lo = byte();
    return static_cast<uint16_t>(lo | byte() << 8);
  }
  uint32_t u32() {
    uint32_t lo = u16();
    return lo | static_cast<uint32_t>(u16()) << 16;
  }
  uint64_t u64() {
    uint64_t lo = u32();
    return lo | static_cast<uint64_t>(u32()) << 32;
  }

  // A value in [0, n), n >= 1, from as few bytes as n needs. The modulo bias
  // is irrelevant for fuzzing and keeps one byte per small choice.
  uint32_t below(uint32_t n) {
    if (n <= 1) return 0;
    if (n <= 256) return byte() % n;
    if (n <= 65536) return u16() % n;
    return u32() % n;
  }
  // A value in [lo, hi] (lo when hi < lo).
  uint32_t range(uint32_t lo, uint32_t hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
  // True with probability num/256; false past the end of the input.
  bool chance(uint32_t num_of_256) { return byte() < num_of_256; }

 private:
  uint8_t tail_byte() {
    if (tail_bits_ == 0) {
      tail_word_ = tail_.next();
      tail_bits_ = 64;
    }
    --tail_left_;
    tail_bits_ -= 8;
    return static_cast<uint8_t>(tail_word_ >> tail_bits_);
  }

  const uint8_t* p_ = nullptr;
  const uint8_t* end_ = nullptr;
  SplitMix64 tail_;
  uint64_t tail_word_ = 0;
  size_t tail_left_ = 0;
  uint32_t tail_bits_ = 0;
};

}  // namespace tandem::generator
