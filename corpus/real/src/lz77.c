// LZ77 with a hash chain match finder, then canonical Huffman coding of the
// literal/length symbols (a small Deflate-like format without its headers'
// compactness), and the matching decompressor.
#include <string.h>

#include "common.h"

enum { WINDOW = 4096, MIN_MATCH = 3, MAX_MATCH = 258, HASH_BITS = 12, SYMS = 256 + 32, MAX_BITS = 15 };

typedef struct { uint16_t sym; uint16_t extra; uint16_t dist; } Token;

static Token tokens[16384];
static int32_t head[1 << HASH_BITS], prev_pos[WINDOW];

static uint32_t hash3(const uint8_t* p) { return ((uint32_t)p[0] << 8 ^ (uint32_t)p[1] << 4 ^ p[2]) & ((1 << HASH_BITS) - 1); }

// Symbols: 0-255 literals, 256 + k a match of length MIN_MATCH + k (k < 32,
// longer lengths in `extra`), distances carried raw.
static int32_t tokenize(const uint8_t* in, int32_t n) {
  for (int i = 0; i < (1 << HASH_BITS); ++i) head[i] = -1;
  int32_t nt = 0;
  for (int32_t i = 0; i < n && nt < 16384;) {
    int32_t best_len = 0, best_dist = 0;
    if (i + MIN_MATCH <= n) {
      uint32_t h = hash3(in + i);
      int32_t cand = head[h], chain = 32;
      while (cand >= 0 && i - cand <= WINDOW && chain--) {
        int32_t len = 0;
        while (len < MAX_MATCH && i + len < n && in[cand + len] == in[i + len]) ++len;
        if (len > best_len) best_len = len, best_dist = i - cand;
        int32_t next = prev_pos[cand % WINDOW];
        if (next >= cand) break;
        cand = next;
      }
      prev_pos[i % WINDOW] = head[h];
      head[h] = i;
    }
    if (best_len >= MIN_MATCH) {
      int32_t k = best_len - MIN_MATCH;
      tokens[nt].sym = (uint16_t)(256 + (k < 31 ? k : 31));
      tokens[nt].extra = (uint16_t)(k < 31 ? 0 : k - 31);
      tokens[nt].dist = (uint16_t)best_dist;
      for (int32_t j = 1; j < best_len && i + j + MIN_MATCH <= n; ++j) {
        uint32_t h = hash3(in + i + j);
        prev_pos[(i + j) % WINDOW] = head[h];
        head[h] = i + j;
      }
      i += best_len;
    } else {
      tokens[nt].sym = in[i++];
    }
    ++nt;
  }
  return nt;
}

// Code lengths by repeatedly merging the two lightest nodes, then limited
// to MAX_BITS by flattening, then canonical codes.
static uint8_t lengths[SYMS];
static uint16_t codes[SYMS];

static void build_lengths(const uint32_t* freq) {
  int32_t parent[2 * SYMS], nodes = SYMS;
  uint32_t weight[2 * SYMS];
  uint8_t alive[2 * SYMS];
  for (int i = 0; i < SYMS; ++i) weight[i] = freq[i], alive[i] = freq[i] != 0, parent[i] = -1;
  for (;;) {
    int a = -1, b = -1;
    for (int i = 0; i < nodes; ++i) {
      if (!alive[i]) continue;
      if (a < 0 || weight[i] < weight[a]) b = a, a = i;
      else if (b < 0 || weight[i] < weight[b]) b = i;
    }
    if (b < 0) break;
    weight[nodes] = weight[a] + weight[b];
    alive[nodes] = 1, parent[nodes] = -1;
    alive[a] = alive[b] = 0;
    parent[a] = parent[b] = nodes++;
  }
  for (int i = 0; i < SYMS; ++i) {
    int depth = 0;
    for (int p = i; parent[p] >= 0; p = parent[p]) ++depth;
    lengths[i] = (uint8_t)(freq[i] ? (depth ? (depth > MAX_BITS ? MAX_BITS : depth) : 1) : 0);
  }
  // Kraft repair after clamping: lengthen the shortest codes until it fits.
  for (;;) {
    uint32_t kraft = 0;
    for (int i = 0; i < SYMS; ++i) if (lengths[i]) kraft += 1u << (MAX_BITS - lengths[i]);
    if (kraft <= (1u << MAX_BITS)) break;
    int s = -1;
    for (int i = 0; i < SYMS; ++i)
      if (lengths[i] && lengths[i] < MAX_BITS && (s < 0 || lengths[i] > lengths[s])) s = i;
    if (s < 0) break;
    ++lengths[s];
  }
  uint16_t next[MAX_BITS + 2] = {0}, count[MAX_BITS + 1] = {0};
  for (int i = 0; i < SYMS; ++i) ++count[lengths[i]];
  count[0] = 0;
  for (int b = 1; b <= MAX_BITS; ++b) next[b + 1] = (uint16_t)((next[b] + count[b]) << 1);
  for (int i = 0; i < SYMS; ++i) if (lengths[i]) codes[i] = next[lengths[i]]++;
}

typedef struct { uint8_t* out; int32_t cap, pos; uint32_t acc; int bits; } BitWriter;

static void put_bits(BitWriter* w, uint32_t v, int n) {
  for (int i = n - 1; i >= 0; --i) {
    w->acc = w->acc << 1 | ((v >> i) & 1);
    if (++w->bits == 8) {
      if (w->pos < w->cap) w->out[w->pos] = (uint8_t)w->acc;
      ++w->pos, w->bits = 0, w->acc = 0;
    }
  }
}

// Output: 4-byte length, SYMS code lengths (4 bits each), then the codes.
EXPORT(lz_compress) int32_t lz_compress(const uint8_t* in, int32_t n, uint8_t* out, int32_t cap) {
  if (n < 0 || n > 65535) return -1;
  int32_t nt = tokenize(in, n);
  uint32_t freq[SYMS] = {0};
  for (int32_t i = 0; i < nt; ++i) ++freq[tokens[i].sym];
  build_lengths(freq);
  BitWriter w = {out, cap, 0, 0, 0};
  put_bits(&w, (uint32_t)n, 32);
  for (int i = 0; i < SYMS; ++i) put_bits(&w, lengths[i], 4);
  for (int32_t i = 0; i < nt; ++i) {
    put_bits(&w, codes[tokens[i].sym], lengths[tokens[i].sym]);
    if (tokens[i].sym >= 256) {
      if (tokens[i].sym == 256 + 31) put_bits(&w, tokens[i].extra, 8);
      put_bits(&w, tokens[i].dist, 12);
    }
  }
  if (w.bits) put_bits(&w, 0, 8 - w.bits);
  return w.pos <= cap ? w.pos : -w.pos;
}

typedef struct { const uint8_t* in; int32_t n, pos; int bit; } BitReader;

static int32_t get_bits(BitReader* r, int n) {
  uint32_t v = 0;
  for (int i = 0; i < n; ++i) {
    if (r->pos >= r->n) return -1;
    v = v << 1 | ((r->in[r->pos] >> (7 - r->bit)) & 1);
    if (++r->bit == 8) r->bit = 0, ++r->pos;
  }
  return (int32_t)v;
}

EXPORT(lz_decompress) int32_t lz_decompress(const uint8_t* in, int32_t n, uint8_t* out, int32_t cap) {
  BitReader r = {in, n, 0, 0};
  int32_t total = get_bits(&r, 32);
  if (total < 0 || total > cap) return -1;
  for (int i = 0; i < SYMS; ++i) {
    int32_t l = get_bits(&r, 4);
    if (l < 0) return -2;
    lengths[i] = (uint8_t)l;
  }
  // Rebuild the canonical codes from the lengths alone.
  uint16_t next[MAX_BITS + 2] = {0}, count[MAX_BITS + 1] = {0};
  for (int i = 0; i < SYMS; ++i) ++count[lengths[i]];
  count[0] = 0;
  for (int b = 1; b <= MAX_BITS; ++b) next[b + 1] = (uint16_t)((next[b] + count[b]) << 1);
  for (int i = 0; i < SYMS; ++i) if (lengths[i]) codes[i] = next[lengths[i]]++;
  int32_t o = 0;
  while (o < total) {
    uint32_t code = 0;
    int len = 0, sym = -1;
    while (sym < 0 && len < MAX_BITS) {
      int32_t b = get_bits(&r, 1);
      if (b < 0) return -3;
      code = code << 1 | (uint32_t)b;
      ++len;
      for (int i = 0; i < SYMS; ++i)
        if (lengths[i] == len && codes[i] == code) { sym = i; break; }
    }
    if (sym < 0) return -4;
    if (sym < 256) {
      out[o++] = (uint8_t)sym;
      continue;
    }
    int32_t k = sym - 256;
    if (k == 31) k += get_bits(&r, 8);
    int32_t dist = get_bits(&r, 12);
    int32_t mlen = k + MIN_MATCH;
    if (dist <= 0 || dist > o || o + mlen > total) return -5;
    for (int32_t j = 0; j < mlen; ++j, ++o) out[o] = out[o - dist];
  }
  return o;
}

static uint8_t plain[8192], packed[12000], unpacked[8192];

// Compresses text-like data made from `seed` and decompresses it again;
// returns the compressed size, or a negative code when the round trip fails.
EXPORT(lz_roundtrip) int32_t lz_roundtrip(uint32_t seed, int32_t len) {
  if (len < 0 || len > 8192) len = 8192;
  static const char words[][8] = {"the ", "wasm ", "code ", "fuzz ", "and ", "of ", "a ", "loop "};
  for (int32_t i = 0; i < len;) {
    const char* w = words[seed_next(&seed) % 8];
    while (*w && i < len) plain[i++] = (uint8_t)*w++;
  }
  int32_t c = lz_compress(plain, len, packed, sizeof packed);
  if (c < 0) return -100;
  int32_t d = lz_decompress(packed, c, unpacked, sizeof unpacked);
  if (d != len) return -200 + (d < 0 ? d : 0);
  if (memcmp(plain, unpacked, len) != 0) return -300;
  return c;
}
