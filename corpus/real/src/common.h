// Shared by the seed programs: the export attribute and a small PRNG, so
// that every exported entry point can build its own input from a seed.
#pragma once
#include <stddef.h>
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(#name)))

static inline uint32_t seed_next(uint32_t* state) {
  // xorshift32: a zero state stays zero, so it is nudged first.
  uint32_t x = *state ? *state : 0x9e3779b9u;
  x ^= x << 13;
  x ^= x >> 17;
  x ^= x << 5;
  *state = x;
  return x;
}
