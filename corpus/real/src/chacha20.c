// ChaCha20 (RFC 8439): the block function over a state kept in linear
// memory, a keystream XOR over a buffer, and a counter run. Its round
// loop carries sixteen words around the back edge: more values than there
// are registers, which once made the optimizing backend's register
// allocator loop forever (corpus/regressions/regalloc-jump-more-args-than-registers.wat).
#include <string.h>

#include "common.h"

#define ROTL(a, b) (((a) << (b)) | ((a) >> (32 - (b))))
#define QR(a, b, c, d) \
  (a += b, d ^= a, d = ROTL(d, 16), c += d, b ^= c, b = ROTL(b, 12), a += b, d ^= a, d = ROTL(d, 8), c += d, b ^= c, b = ROTL(b, 7))

static uint32_t state[16] = {0x61707865, 0x3320646e, 0x79622d32, 0x6b206574};

EXPORT(chacha_key) void chacha_key(uint32_t k0, uint32_t k1, uint32_t nonce, uint32_t counter) {
  for (int i = 0; i < 8; ++i) state[4 + i] = (i & 1 ? k1 : k0) * 0x9e3779b9u + (uint32_t)i;
  state[12] = counter;
  state[13] = nonce;
  state[14] = nonce ^ k0;
  state[15] = nonce ^ k1;
}

EXPORT(chacha_block) void chacha_block(uint32_t out[16]) {
  uint32_t x0 = state[0], x1 = state[1], x2 = state[2], x3 = state[3], x4 = state[4], x5 = state[5],
           x6 = state[6], x7 = state[7], x8 = state[8], x9 = state[9], x10 = state[10], x11 = state[11],
           x12 = state[12], x13 = state[13], x14 = state[14], x15 = state[15];
  for (int i = 0; i < 10; ++i) {
    QR(x0, x4, x8, x12);
    QR(x1, x5, x9, x13);
    QR(x2, x6, x10, x14);
    QR(x3, x7, x11, x15);
    QR(x0, x5, x10, x15);
    QR(x1, x6, x11, x12);
    QR(x2, x7, x8, x13);
    QR(x3, x4, x9, x14);
  }
  uint32_t x[16] = {x0, x1, x2, x3, x4, x5, x6, x7, x8, x9, x10, x11, x12, x13, x14, x15};
  for (int i = 0; i < 16; ++i) out[i] = x[i] + state[i];
  state[12]++;
}

// XORs n bytes at p with the keystream, block by block.
EXPORT(chacha_xor) void chacha_xor(uint8_t* p, uint32_t n) {
  uint32_t block[16];
  while (n > 0) {
    chacha_block(block);
    uint32_t take = n < 64 ? n : 64;
    const uint8_t* ks = (const uint8_t*)block;
    for (uint32_t i = 0; i < take; ++i) p[i] ^= ks[i];
    p += take;
    n -= take;
  }
}

// The first word of block `blocks` after the current counter: a value that
// depends on every round of every block.
EXPORT(chacha_run) uint32_t chacha_run(int32_t blocks) {
  uint32_t block[16], acc = 0;
  for (int32_t b = 0; b < blocks && b < 4096; ++b) {
    chacha_block(block);
    acc = ROTL(acc, 5) ^ block[b & 15];
  }
  return acc;
}
